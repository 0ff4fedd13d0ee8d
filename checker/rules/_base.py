"""What every rule is made of, and the small tools rules share."""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from functools import cached_property

from checker._model import FollowUp, Kind, Plan, Severity
from checker._policy import Policy
from checker._text import Draft, Match

__all__ = ["ALL_KINDS", "DOC_SECTIONS", "Context", "Hit", "Rule", "flag_missing", "flag_phrases", "phrases"]

DOC_SECTIONS = ("What it checks", "Why it matters", "Example", "Better")


@dataclass(frozen=True)
class Hit:
    """A rule's raw result; the engine adds id, severity and guide link.

    ``span`` is in the draft's plain text; the engine maps it to the source.
    """

    message: str
    suggestion: str
    follow_up: int | None = None
    span: tuple[int, int] | None = None

    @classmethod
    def at(cls, match: Match, index: int, message: str, suggestion: str) -> Hit:
        return cls(message, suggestion, index, (match.start, match.end))


@dataclass(frozen=True)
class Context:
    """What a rule may look at: the plan, the policy and the parsed drafts."""

    plan: Plan
    policy: Policy
    _drafts: dict[int, Draft] = field(default_factory=dict, compare=False, repr=False)

    def draft(self, index: int) -> Draft | None:
        text = self.plan.follow_ups[index].draft
        if text is None or not text.strip():
            return None
        if index not in self._drafts:
            self._drafts[index] = Draft(text)
        return self._drafts[index]

    def drafts(self, *kinds: Kind) -> Iterator[tuple[int, FollowUp, Draft]]:
        """Each follow-up of one of ``kinds`` that has a non-empty draft."""
        for index, follow_up in enumerate(self.plan.follow_ups):
            if follow_up.kind in kinds:
                draft = self.draft(index)
                if draft is not None:
                    yield index, follow_up, draft

    @cached_property
    def dated(self) -> tuple[tuple[int, FollowUp], ...]:
        """Follow-ups with their indexes, in date order (ties keep plan order)."""
        return tuple(sorted(enumerate(self.plan.follow_ups), key=lambda item: (item[1].date, item[0])))


@dataclass(frozen=True)
class Rule:
    """A rule's metadata and its check. The docstring is its documentation."""

    id: str
    severity: Severity
    guide: str
    check: Callable[[Context], Iterable[Hit]]
    doc: str

    @property
    def summary(self) -> str:
        return self.doc.strip().splitlines()[0].strip()

    @cached_property
    def sections(self) -> dict[str, str]:
        """The docstring's ``## Heading`` sections, by heading."""
        found: dict[str, str] = {}
        heading: str | None = None
        lines: list[str] = []
        for line in self.doc.strip().splitlines()[1:]:
            if line.startswith("## "):
                if heading is not None:
                    found[heading] = "\n".join(lines).strip()
                heading, lines = line[3:].strip(), []
            elif heading is not None:
                lines.append(line)
        if heading is not None:
            found[heading] = "\n".join(lines).strip()
        return found


def phrases(*alternatives: str) -> re.Pattern[str]:
    """A case-insensitive pattern for whole phrases.

    A space matches any run of whitespace, an apostrophe either kind of
    apostrophe, and the phrase must start and end on a word boundary. Phrases
    may contain regular-expression syntax for optional words.
    """
    parts = []
    for alternative in alternatives:
        body = alternative.replace("'", "['’]").replace(" ", r"\s+")
        parts.append(rf"(?<![\w'’]){body}(?![\w'’])")
    return re.compile("|".join(parts), re.IGNORECASE)


ALL_KINDS = tuple(Kind)


def flag_phrases(
    context: Context,
    kinds: Iterable[Kind],
    pattern: re.Pattern[str],
    message: Callable[[str], str],
    suggestion: str,
) -> Iterator[Hit]:
    """One hit at each match of ``pattern`` in the drafts of ``kinds``."""
    for index, _, draft in context.drafts(*kinds):
        for match in draft.find(pattern):
            yield Hit.at(match, index, message(match.text), suggestion)


def flag_missing(
    context: Context,
    kinds: Iterable[Kind],
    pattern: re.Pattern[str],
    message: Callable[[Kind], str],
    suggestion: str,
) -> Iterator[Hit]:
    """One hit for each draft of ``kinds`` in which ``pattern`` never matches."""
    for index, follow_up, draft in context.drafts(*kinds):
        if draft.first(pattern) is None:
            yield Hit(message(follow_up.kind), suggestion, index)
