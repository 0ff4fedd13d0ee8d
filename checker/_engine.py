"""The engine: run every enabled rule of the registry over a plan."""

from __future__ import annotations

from dataclasses import dataclass

from checker._model import Finding, Plan, Severity
from checker._policy import DEFAULT_POLICY, Policy
from checker.rules import RULES, Context

__all__ = ["Report", "check"]


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
            span = None
            if hit.span is not None and hit.follow_up is not None:
                draft = context.draft(hit.follow_up)
                span = draft.source_span(*hit.span) if draft is not None else None
            findings.append(Finding(rule.id, severity, hit.message, hit.suggestion, rule.guide, hit.follow_up, span))
    return Report(tuple(sorted(findings, key=Finding.sort_key)), policy)
