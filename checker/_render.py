"""Findings as text for people (in the manner of ruff and Vale) and as JSON for programs."""

from __future__ import annotations

import json

from checker._engine import Report
from checker._model import Finding, Plan, Severity

__all__ = ["render_json", "render_text"]

_COLOURS = {Severity.ERROR: "31", Severity.WARNING: "33", Severity.SUGGESTION: "36"}
_EXCERPT_CONTEXT = 40


def render_json(report: Report) -> str:
    return json.dumps(report.to_json(), ensure_ascii=False, indent=2)


def render_text(report: Report, plan: Plan, source_name: str, colour: bool = False, guide_base: str = "") -> str:
    blocks = [_finding_text(f, plan, source_name, colour, guide_base) for f in report.findings]
    blocks.append(_summary(report))
    return "\n\n".join(blocks) + "\n"


def _paint(text: str, code: str, colour: bool) -> str:
    return f"\x1b[{code}m{text}\x1b[0m" if colour else text


def _finding_text(finding: Finding, plan: Plan, source_name: str, colour: bool, guide_base: str) -> str:
    location = source_name
    excerpt: list[str] = []
    if finding.follow_up is not None:
        follow_up = plan.follow_ups[finding.follow_up]
        location += f":follow-up {finding.follow_up + 1} ({follow_up.kind.value}, {follow_up.date.isoformat()})"
        if finding.span is not None and follow_up.draft is not None:
            line, column, excerpt = _excerpt(follow_up.draft, finding.span)
            location += f":{line}:{column}"
    else:
        location += ":plan"
    severity = _paint(finding.severity.value, _COLOURS[finding.severity], colour)
    head = f"{_paint(location, '1', colour)}: {severity} [{finding.rule}] {finding.message}"
    tail = [f"  = {finding.suggestion}", f"  = guide: {guide_base}{finding.guide}"]
    return "\n".join([head, *excerpt, *tail])


def _excerpt(draft: str, span: tuple[int, int]) -> tuple[int, int, list[str]]:
    """Line and column (1-based) of the span, and the quoted line with carets under it."""
    start, end = span
    line_start = draft.rfind("\n", 0, start) + 1
    line_end = draft.find("\n", start)
    line_end = len(draft) if line_end < 0 else line_end
    line_number = draft.count("\n", 0, start) + 1
    window_start = max(line_start, start - _EXCERPT_CONTEXT)
    window_end = min(line_end, max(end, start + 1) + _EXCERPT_CONTEXT)
    prefix = "…" if window_start > line_start else ""
    suffix = "…" if window_end < line_end else ""
    text = prefix + draft[window_start:window_end].replace("\t", " ") + suffix
    marks = " " * (len(prefix) + start - window_start) + "^" * max(1, min(end, window_end) - start)
    gutter = f"{line_number} | "
    return line_number, start - line_start + 1, [f"  {gutter}{text}", f"  {' ' * (len(gutter) - 2)}| {marks}"]


def _summary(report: Report) -> str:
    if not report.findings:
        return f"No problems found (policy: {report.policy.name})."
    parts = []
    for severity, noun in (
        (Severity.ERROR, "error"),
        (Severity.WARNING, "warning"),
        (Severity.SUGGESTION, "suggestion"),
    ):
        count = report.count(severity)
        if count:
            parts.append(f"{count} {noun}{'s' if count != 1 else ''}")
    listed = parts[0] if len(parts) == 1 else ", ".join(parts[:-1]) + " and " + parts[-1]
    return f"Found {listed} (policy: {report.policy.name})."
