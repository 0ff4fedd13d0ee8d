"""The engine: run every enabled rule of the registry over a plan."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from checker._model import Finding, Fix, Plan, Severity
from checker._policy import DEFAULT_POLICY, Policy
from checker._text import Draft
from checker.rules import RULES, Context

__all__ = ["Report", "apply_fixes", "check", "fixes_to_apply"]


@dataclass(frozen=True)
class Report:
    """The findings for one plan, sorted, and the policy that produced them."""

    findings: tuple[Finding, ...]
    policy: Policy

    def count(self, severity: Severity) -> int:
        return sum(1 for finding in self.findings if finding.severity is severity)

    def worst(self) -> Severity | None:
        return min((finding.severity for finding in self.findings), key=lambda s: s.rank, default=None)

    def to_json(self) -> dict[str, object]:
        """The object ``followup-check --format json`` prints and the widget returns."""
        return {
            "findings": [
                {
                    "rule": finding.rule,
                    "severity": finding.severity.value,
                    "message": finding.message,
                    "suggestion": finding.suggestion,
                    "follow_up": finding.follow_up,
                    "span": list(finding.span) if finding.span is not None else None,
                    "guide": finding.guide,
                    **(
                        {"fix": {"span": list(finding.fix.span), "replacement": finding.fix.replacement}}
                        if finding.fix is not None
                        else {}
                    ),
                }
                for finding in self.findings
            ],
            "summary": {
                "errors": self.count(Severity.ERROR),
                "warnings": self.count(Severity.WARNING),
                "suggestions": self.count(Severity.SUGGESTION),
                "total": len(self.findings),
                "policy": self.policy.name,
            },
        }


def check(plan: Plan, policy: Policy = DEFAULT_POLICY) -> Report:
    """Every finding for ``plan`` under ``policy``, in a stable order."""
    context = Context(plan, policy)
    findings: list[Finding] = []
    for rule in RULES:
        severity = policy.severity(rule.id, rule.severity)
        if severity is None:
            continue
        for hit in rule.check(context):
            span = fix = None
            draft = context.draft(hit.follow_up) if hit.follow_up is not None else None
            if hit.span is not None and draft is not None:
                span = draft.source_span(*hit.span)
            if hit.fix is not None and draft is not None:
                fix = _source_fix(draft, *hit.fix)
            findings.append(
                Finding(rule.id, severity, hit.message, hit.suggestion, rule.guide, hit.follow_up, span, fix)
            )
    return Report(tuple(sorted(findings, key=Finding.sort_key)), policy)


def _source_fix(draft: Draft, span: tuple[int, int], replacement: str) -> Fix | None:
    """The fix in the draft as typed; none where the text there is markup, not the words it shows."""
    start, end = span
    if start == end:
        at = draft.source_span(start, start + 1)[0] if start < len(draft.plain) else len(draft.source)
        return Fix((at, at), replacement)
    source_start, source_end = draft.source_span(start, end)
    if draft.source[source_start:source_end] != draft.plain[start:end]:
        return None
    return Fix((source_start, source_end), replacement)


def fixes_to_apply(findings: Iterable[Finding], follow_up: int = 0) -> list[Fix]:
    """The fixes for the draft of ``follow_up``, in text order; of two that overlap, the one that starts first."""
    chosen: list[Fix] = []
    offered = (finding.fix for finding in findings if finding.fix is not None and finding.follow_up == follow_up)
    for fix in sorted(offered, key=lambda fix: fix.span):
        if not chosen or fix.span[0] >= chosen[-1].span[1]:
            chosen.append(fix)
    return chosen


def apply_fixes(text: str, findings: Iterable[Finding], follow_up: int = 0) -> str:
    """``text``, the draft of ``follow_up``, with the fixes that ``findings`` offer for it applied."""
    for fix in reversed(fixes_to_apply(findings, follow_up)):
        text = text[: fix.span[0]] + fix.replacement + text[fix.span[1] :]
    return text
