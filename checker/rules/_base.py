"""What every rule is made of, and the small tools rules share."""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from functools import cached_property
from itertools import islice

from checker._dates import long_date
from checker._model import FollowUp, Interview, Kind, Plan, Severity
from checker._policy import Policy
from checker._text import Draft, LazyPattern, Match, Pattern, Phrases
from checker.rules._phrases import phrases

__all__ = [
    "ALL_KINDS",
    "DOC_SECTIONS",
    "MAX_HITS_PER_DRAFT",
    "Context",
    "Hit",
    "Rule",
    "flag_missing",
    "flag_phrases",
    "opening_line",
    "phrases",
]

DOC_SECTIONS = ("What it checks", "Why it matters", "Example", "Better")

# More of one problem than this in one draft needs a rewrite, not more marks;
# the cap also keeps a pasted megabyte from turning into a million findings.
MAX_HITS_PER_DRAFT = 25


@dataclass(frozen=True)
class Hit:
    """A rule's raw result; the engine adds id, severity and guide link.

    ``span`` is in the draft's plain text; the engine maps it to the source.
    """

    message: str
    suggestion: str
    follow_up: int | None = None
    span: tuple[int, int] | None = None
    # A safe rewrite: the plain-text span to replace and what to put there.
    fix: tuple[tuple[int, int], str] | None = None

    @classmethod
    def at(
        cls, match: Match, index: int, message: str, suggestion: str, fix: tuple[tuple[int, int], str] | None = None
    ) -> Hit:
        return cls(message, suggestion, index, (match.start, match.end), fix)


@dataclass(frozen=True)
class Context:
    """What a rule may look at: the plan, the policy and the parsed drafts."""

    plan: Plan
    policy: Policy
    _drafts: dict[int, Draft | None] = field(default_factory=dict, compare=False, repr=False)

    def draft(self, index: int) -> Draft | None:
        """The parsed draft of follow-up ``index``, or None when it has no visible prose."""
        if index not in self._drafts:
            text = self.plan.follow_ups[index].draft
            self._drafts[index] = Draft(text) if text is not None and text.strip() else None
        return self._drafts[index]

    def drafts(self, *kinds: Kind) -> Iterator[tuple[int, FollowUp, Draft]]:
        """Each follow-up of one of ``kinds`` whose draft has some visible prose."""
        for index, follow_up in enumerate(self.plan.follow_ups):
            if follow_up.kind in kinds:
                draft = self.draft(index)
                if draft is not None and draft.lines:
                    yield index, follow_up, draft

    def has(self, *kinds: Kind) -> bool:
        """Whether any follow-up of the plan is of one of ``kinds``."""
        return any(follow_up.kind in kinds for follow_up in self.plan.follow_ups)

    def the_interview(self, interview: Interview) -> str:
        """How a finding names a round: "the interview" in a plan of one, else with its day."""
        if len(self.plan.interviews) == 1:
            return "the interview"
        return f"the interview on {long_date(interview.date)}"

    @property
    def the_last_interview(self) -> str:
        """How a finding names the round that waiting counts from: "the interview", or "the last interview"."""
        return "the interview" if len(self.plan.interviews) == 1 else "the last interview"

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


ALL_KINDS = tuple(Kind)

# A subject line pasted above the note ("Subject: Thank you", "Re: ...").
_SUBJECT_LINE = LazyPattern(r"(?:subject(?: line)?|re|fwd?)\s*:", re.IGNORECASE)


def opening_line(draft: Draft) -> Match:
    """The first line of the note itself, after a pasted subject line if there is one."""
    lines = draft.lines
    if len(lines) > 1 and _SUBJECT_LINE.match(lines[0].text):
        return lines[1]
    return lines[0]


# A rule's safe rewrite of a match: the plain-text span to replace and what to put there, or None.
Fixer = Callable[[Draft, Match], "tuple[tuple[int, int], str] | None"]


def flag_phrases(
    context: Context,
    kinds: Iterable[Kind],
    pattern: Pattern | Phrases,
    message: Callable[[str], str],
    suggestion: str,
    *,
    fix: Fixer | None = None,
    keep: Callable[[Draft, Match], bool] | None = None,
) -> Iterator[Hit]:
    """One hit at each match of ``pattern`` (that ``keep`` keeps) in the drafts of ``kinds``, at most
    ``MAX_HITS_PER_DRAFT`` each."""
    for index, _, draft in context.drafts(*kinds):
        found = (match for match in draft.find(pattern) if keep is None or keep(draft, match))
        for match in islice(found, MAX_HITS_PER_DRAFT):
            yield Hit.at(match, index, message(match.text), suggestion, fix(draft, match) if fix else None)


def flag_missing(
    context: Context,
    kinds: Iterable[Kind],
    pattern: Pattern | Phrases,
    message: Callable[[Kind], str],
    suggestion: str,
) -> Iterator[Hit]:
    """One hit for each draft of ``kinds`` in which ``pattern`` never matches."""
    for index, follow_up, draft in context.drafts(*kinds):
        if draft.first(pattern) is None:
            yield Hit(message(follow_up.kind), suggestion, index)
