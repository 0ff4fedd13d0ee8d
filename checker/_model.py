"""Value types: the plan a reader submits and the findings the checker returns."""

from __future__ import annotations

import datetime as dt
import enum
import itertools
from dataclasses import dataclass, field

__all__ = ["Channel", "Finding", "FollowUp", "Interview", "Kind", "Plan", "Severity"]


class Kind(enum.Enum):
    """What a follow-up is for."""

    THANK_YOU = "thank-you"
    CHECK_IN = "check-in"
    STAY_IN_TOUCH = "stay-in-touch"
    # You tell them about another offer, and by when you must answer it.
    OFFER_UPDATE = "offer-update"
    # You withdraw from the process.
    WITHDRAWAL = "withdrawal"


class Channel(enum.Enum):
    """How a follow-up reaches the employer."""

    EMAIL = "email"
    PHONE = "phone"
    LINKEDIN = "linkedin"
    LETTER = "letter"
    IN_PERSON = "in-person"

    @property
    def how(self) -> str:
        """How it reaches them, as a sentence says it: "by email", "by LinkedIn message", "in person"."""
        return _CHANNEL_WORDS[self]


# The one place a channel is put into words, so the rules and the calendar never say it two ways.
_CHANNEL_WORDS = {
    Channel.EMAIL: "by email",
    Channel.PHONE: "by phone",
    Channel.LINKEDIN: "by LinkedIn message",
    Channel.LETTER: "by letter",
    Channel.IN_PERSON: "in person",
}


class Severity(enum.Enum):
    """How much a finding matters, from most to least serious."""

    ERROR = "error"
    WARNING = "warning"
    SUGGESTION = "suggestion"

    @property
    def rank(self) -> int:
        """0 for the most serious; used for sorting and ``--fail-on``."""
        return _SEVERITY_ORDER.index(self)


_SEVERITY_ORDER = (Severity.ERROR, Severity.WARNING, Severity.SUGGESTION)


@dataclass(frozen=True)
class FollowUp:
    """One planned message to the employer; ``to`` is the name of the person it is for, when given."""

    kind: Kind
    date: dt.date
    channel: Channel = Channel.EMAIL
    draft: str | None = None
    to: str | None = None


@dataclass(frozen=True)
class Interview:
    """One round of interviews: its day and, when given, the names of the people who interviewed you."""

    date: dt.date
    interviewers: tuple[str, ...] = ()


@dataclass(frozen=True)
class Plan:
    """Everything the reader tells us about their interviews and what they plan to send.

    ``interviews`` holds every round in date order, the first on ``interview_date``; left empty, it is
    one round on ``interview_date`` with no names, which is what a plan with only an interview date means.
    """

    interview_date: dt.date
    today: dt.date
    decision_date: dt.date | None = None
    follow_ups: tuple[FollowUp, ...] = field(default_factory=tuple)
    interviews: tuple[Interview, ...] = ()
    company: str | None = None
    role: str | None = None

    def __post_init__(self) -> None:
        if not self.interviews:
            object.__setattr__(self, "interviews", (Interview(self.interview_date),))
        dates = [interview.date for interview in self.interviews]
        if dates[0] != self.interview_date or any(later <= earlier for earlier, later in itertools.pairwise(dates)):
            raise ValueError("interviews must be in date order, one a day, the first on interview_date")

    def days_after_interview(self, day: dt.date) -> int:
        """Days from the first interview to ``day``."""
        return (day - self.interview_date).days

    @property
    def last_interview(self) -> dt.date:
        return self.interviews[-1].date

    def round_of(self, day: dt.date) -> Interview | None:
        """The latest round on or before ``day``: the one a follow-up sent that day belongs to."""
        return next((interview for interview in reversed(self.interviews) if interview.date <= day), None)

    @property
    def news_due(self) -> dt.date:
        """When news was due: the decision date they gave, or the last interview when they gave none.

        Silence is counted from here, by the rules and by the recommended timeline alike.
        """
        if self.decision_date is not None and self.decision_date > self.last_interview:
            return self.decision_date
        return self.last_interview


@dataclass(frozen=True)
class Fix:
    """A rewrite a rule is sure of: replace ``span`` of the draft (code points) with ``replacement``."""

    span: tuple[int, int]
    replacement: str


@dataclass(frozen=True)
class Finding:
    """One problem the checker found, with what to do instead.

    ``follow_up`` indexes ``Plan.follow_ups`` (None for the plan as a whole);
    ``span`` is ``(start, end)`` in code points of that follow-up's draft.
    ``fix``, when the rule is sure of one, rewrites part of that draft.
    """

    rule: str
    severity: Severity
    message: str
    suggestion: str
    guide: str
    follow_up: int | None = None
    span: tuple[int, int] | None = None
    fix: Fix | None = None

    def sort_key(self) -> tuple[int, int, int, int, str, str]:
        # Plan-wide findings first, then by follow-up, position, severity, rule.
        index = -1 if self.follow_up is None else self.follow_up
        start, end = self.span if self.span is not None else (-1, -1)
        return (index, start, end, self.severity.rank, self.rule, self.message)
