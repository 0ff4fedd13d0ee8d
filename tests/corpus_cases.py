"""The corpus in tests/corpus/: drafts as people write them, labelled with the draft rules that must fire.

See tests/corpus/README.md for the format. Used by tests/test_corpus.py and bench/accuracy.py.
"""

from __future__ import annotations

import datetime as dt
import tomllib
from collections.abc import Iterable
from dataclasses import dataclass
from functools import cache
from pathlib import Path

from checker import DEFAULT_POLICY, FollowUp, Kind, Plan, check

__all__ = [
    "APPLIES_TO",
    "CORPUS",
    "DRAFT_RULES",
    "PARTS",
    "CorpusDraft",
    "LabelledSentence",
    "Score",
    "load_corpus",
    "load_sentences",
    "score",
]

CORPUS = Path(__file__).parent / "corpus"
PARTS = ("tuning", "held-back")

# The rules that read what a draft says, and the kinds each one reads.
_ALL = frozenset(Kind)
APPLIES_TO: dict[str, frozenset[Kind]] = {
    "placeholder": _ALL,
    "missing-thanks": frozenset({Kind.THANK_YOU, Kind.STAY_IN_TOUCH, Kind.WITHDRAWAL}),
    "missing-interest": frozenset({Kind.THANK_YOU, Kind.CHECK_IN, Kind.OFFER_UPDATE}),
    "too-long": _ALL,
    "unprofessional-tone": _ALL,
    "pressure": _ALL,
    "boasting": _ALL,
    "blame": _ALL,
    "no-greeting": _ALL,
    "no-sign-off": _ALL,
}
DRAFT_RULES = tuple(APPLIES_TO)

_INTERVIEW = dt.date(2026, 11, 16)
# A date for each kind that no plan rule objects to, so that only the draft rules speak.
_SENT_ON = {Kind.THANK_YOU: 0, Kind.CHECK_IN: 9, Kind.STAY_IN_TOUCH: 20, Kind.OFFER_UPDATE: 5, Kind.WITHDRAWAL: 12}


@dataclass(frozen=True)
class CorpusDraft:
    id: str
    part: str
    file: str
    kind: Kind
    fire: frozenset[str]
    either: frozenset[str]
    pattern: str
    source: str
    text: str

    @property
    def plan(self) -> Plan:
        sent = _INTERVIEW + dt.timedelta(days=_SENT_ON[self.kind])
        return Plan(_INTERVIEW, sent, follow_ups=(FollowUp(self.kind, sent, draft=self.text),))

    def fired(self) -> frozenset[str]:
        """The draft rules that fire on this draft."""
        return frozenset(f.rule for f in check(self.plan, DEFAULT_POLICY).findings if f.rule in APPLIES_TO)

    @property
    def scored(self) -> frozenset[str]:
        """The rules this draft scores: those that read its kind, less the ones labelled ``either``."""
        return frozenset(rule for rule, kinds in APPLIES_TO.items() if self.kind in kinds) - self.either


@cache
def _load() -> tuple[CorpusDraft, ...]:
    drafts: list[CorpusDraft] = []
    for part in PARTS:
        for path in sorted((CORPUS / part).glob("*.toml")):
            with path.open("rb") as file:
                data = tomllib.load(file)
            for entry in data.get("draft", []):
                drafts.append(
                    CorpusDraft(
                        id=entry["id"],
                        part=part,
                        file=f"{part}/{path.name}",
                        kind=Kind(entry["kind"]),
                        fire=frozenset(entry["fire"]),
                        either=frozenset(entry.get("either", [])),
                        pattern=entry["pattern"],
                        source=entry["source"],
                        text=entry["text"],
                    )
                )
    return tuple(drafts)


def load_corpus(part: str | None = None) -> list[CorpusDraft]:
    """Every draft of the corpus, or of one part, in file order."""
    return [draft for draft in _load() if part is None or draft.part == part]


# tests/corpus/sentences/<rule>.toml: single sentences labelled for one rule, to learn its reading of tone from.
SENTENCES = CORPUS / "sentences"
# The key that says whether a sentence reads that way, in each rule's file.
SENTENCE_LABELS = {"pressure": "presses", "blame": "blames", "boasting": "boasts"}


@dataclass(frozen=True)
class LabelledSentence:
    text: str
    reads_so: bool  # whether the sentence reads as the rule's problem
    kind: Kind
    pattern: str
    source: str


@cache
def load_sentences(rule: str) -> tuple[LabelledSentence, ...]:
    """The labelled sentences for ``rule``, from ``<rule>.toml`` and ``<rule>-*.toml`` (none without a file)."""
    if rule not in SENTENCE_LABELS:
        return ()
    label = SENTENCE_LABELS[rule]
    found: list[LabelledSentence] = []
    for path in [*SENTENCES.glob(f"{rule}.toml"), *sorted(SENTENCES.glob(f"{rule}-*.toml"))]:
        with path.open("rb") as file:
            entries = tomllib.load(file)["sentence"]
        found += [
            LabelledSentence(entry["text"], entry[label], Kind(entry["kind"]), entry["pattern"], entry["source"])
            for entry in entries
        ]
    return tuple(found)


@dataclass(frozen=True)
class Score:
    """Counts for one rule (or all of them) over a set of drafts."""

    true_positives: int = 0
    false_negatives: int = 0
    false_positives: int = 0
    true_negatives: int = 0

    def __add__(self, other: Score) -> Score:
        return Score(
            self.true_positives + other.true_positives,
            self.false_negatives + other.false_negatives,
            self.false_positives + other.false_positives,
            self.true_negatives + other.true_negatives,
        )

    @property
    def recall(self) -> float:
        expected = self.true_positives + self.false_negatives
        return self.true_positives / expected if expected else 1.0

    @property
    def precision(self) -> float:
        flagged = self.true_positives + self.false_positives
        return self.true_positives / flagged if flagged else 1.0

    @property
    def false_alarm_rate(self) -> float:
        silent = self.false_positives + self.true_negatives
        return self.false_positives / silent if silent else 0.0


def score(drafts: Iterable[tuple[CorpusDraft, frozenset[str]]]) -> dict[str, Score]:
    """Per rule, how the fired rules of each draft compare with its labels."""
    scores = {rule: Score() for rule in DRAFT_RULES}
    for draft, fired in drafts:
        for rule in draft.scored:
            expected, got = rule in draft.fire, rule in fired
            scores[rule] += Score(
                int(expected and got),
                int(expected and not got),
                int(got and not expected),
                int(not expected and not got),
            )
    return scores
