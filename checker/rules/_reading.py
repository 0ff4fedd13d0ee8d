"""A learned reading of tone, for what the cues did not think of.

Cues find the ways of saying a thing that someone wrote down; people find
others. A reading scores each sentence of a note by the words and word pairs
it shares with the sentences of notes that careful advisers flagged, against
those of notes they passed, and the note by its two highest-scoring
sentences: naive Bayes over the project's own collection of drafts
(``tests/corpus/tuning/``, never the held-back part) and labelled sentences
(``tests/corpus/sentences/``). The weights are data, written by
``scripts/train_readings.py`` into ``_readings.py``; a test keeps
them in step with the collection. A rule consults its reading only for a
note where none of its cues matched, and says which words made the sentence
read that way.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from functools import cached_property
from itertools import pairwise, repeat
from weakref import WeakKeyDictionary

from checker._language import CONTRAST
from checker._text import Draft, LazyPattern, Pattern

__all__ = [
    "MIN_WORDS",
    "SHARED",
    "WEIGHT_STEP",
    "Read",
    "Reading",
    "WeightTable",
    "features",
    "note_score",
    "sentences",
    "strongest",
]

# A word, or a number, which a feature writes as "<n>" (as it writes an "<n>" typed in a note).
_WORD_OR_NUMBER = LazyPattern(r"[a-z]+(?:'[a-z]+)*|\d+|<n>")
# Shorter sentences ("Kind regards, Amina.") say nothing about tone.
MIN_WORDS = 4
# How many of a sentence's telling words a finding quotes.
_TELLING = 2


# How many leading characters a feature shares with the one before it in a weight table, as one character.
SHARED = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz"


# A weight is written as a whole number of these: fifths compress better than tenths, and a sentence's score, a sum
# of a dozen weights, moves by a few tenths at most against thresholds of 12 and more.
WEIGHT_STEP = 0.2


@dataclass(frozen=True)
class WeightTable:
    """Every reading's weights in one text, read on first use.

    Two blocks, a blank line between them. The first lists the features in
    sorted order, one per line: a character of ``SHARED`` for how much of the
    feature before it begins this one, then the rest of the feature. The
    second has a line for each feature, in the same order: each reading's
    weight in steps of ``WEIGHT_STEP``, comma-separated, left empty (or off the end)
    where a reading has none ("12,,-4"). A feature that several readings
    weigh is written once, a sorted list shares its beginnings, and features
    and numbers apart compress better than mixed: the table is the bulk of
    the wheel every reader downloads. One string constant costs next to
    nothing to import, where dict literals of thousands of entries would slow
    ``import checker`` and swell the browser's memory snapshot.
    """

    text: str

    @cached_property
    def columns(self) -> tuple[Mapping[str, float], ...]:
        written_features, _, written_weights = self.text.partition("\n\n")
        columns: list[dict[str, float]] = []
        feature = ""
        for written, weights in zip(written_features.splitlines(), written_weights.splitlines(), strict=True):
            feature = feature[: SHARED.index(written[0])] + written[1:]
            for column, weight in enumerate(weights.split(",")):
                if column == len(columns):
                    columns.append({})
                if weight:
                    columns[column][feature] = round(int(weight) * WEIGHT_STEP, 1)
        return tuple(columns)

    @cached_property
    def features(self) -> frozenset[str]:
        """Every feature that some reading of the table weighs."""
        return frozenset().union(*self.columns)


@dataclass(frozen=True)
class Reading:
    """A reading's column of a weight table, and the score above which a sentence reads that way."""

    threshold: float
    table: WeightTable
    column: int

    @cached_property
    def weights(self) -> Mapping[str, float]:
        columns = self.table.columns
        return columns[self.column] if self.column < len(columns) else {}

    def score(self, found: frozenset[str]) -> float:
        return sum(map(self.weights.get, found, repeat(0.0)))  # map, not a generator: a quarter faster


@dataclass(frozen=True)
class Read:
    """The sentence of a note that reads most that way, in code points of the note's plain text."""

    start: int
    end: int
    score: float
    # The features that weigh most for the reading, heaviest first.
    telling: tuple[str, ...]


def features(sentence: str) -> frozenset[str]:
    """The words of a lower-cased sentence and its pairs of adjacent words; a number is "<n>"."""
    # One search by the engine for words and numbers: writing the numbers as "<n>" first took a fifth longer.
    words = ["<n>" if word[0].isdigit() else word for word in _WORD_OR_NUMBER.findall(sentence.replace("’", "'"))]
    return frozenset([*words, *map(" ".join, pairwise(words))])


def sentences(draft: Draft) -> list[tuple[int, int]]:
    """The spans of the sentences that a reading scores: long enough, and not softened by a hedge.

    "I would be grateful for any update at your earliest convenience" shares its words with many a pushy note,
    but its hedge is what it says; the cues leave hedged sentences alone, and so does a reading.
    """
    prose, text = draft.prose, draft.prose.text
    return [
        (start, end)
        for number, (start, end) in enumerate(prose.sentences)
        if len(text[start:end].split()) >= MIN_WORDS
        and not (prose.sentence_hedged(number) and CONTRAST.search(text, start, end) is None)
    ]


# Each rule's reading scores the same sentences of a draft: their features are worked out once, and kept for each
# weight table as the ones it weighs (a third of them or fewer), which are all that a reading adds up.
_FEATURES: WeakKeyDictionary[Draft, list[tuple[int, int, frozenset[str]]]] = WeakKeyDictionary()
_WEIGHED: WeakKeyDictionary[Draft, dict[WeightTable, list[tuple[int, int, frozenset[str]]]]] = WeakKeyDictionary()


def _sentence_features(draft: Draft, table: WeightTable) -> list[tuple[int, int, frozenset[str]]]:
    weighed = _WEIGHED.setdefault(draft, {})
    if table not in weighed:
        if draft not in _FEATURES:
            _FEATURES[draft] = [(start, end, features(draft.prose.text[start:end])) for start, end in sentences(draft)]
        weighed[table] = [(start, end, found & table.features) for start, end, found in _FEATURES[draft]]
    return weighed[table]


# How many of its highest-scoring sentences a note's score adds (``note_score``).
_SENTENCES_ADDED = 2


def note_score(sentence_scores: list[float]) -> float:
    """How much a note reads that way: its two sentences that read most so, added.

    One sentence can share its words with flagged notes by chance; two that do
    rarely come together in a note that means well. Left one tuning file out at
    a time, this found a tenth more blame and pressure than the best sentence
    alone, at the same one in a hundred good notes.
    """
    return sum(sorted(sentence_scores, reverse=True)[:_SENTENCES_ADDED])


def strongest(draft: Draft, reading: Reading, spared: Pattern | None = None) -> Read | None:
    """The note's sentence that reads most that way, when the note scores above the reading's threshold.

    Sentences that ``spared`` finds are left out; it searches each sentence alone, so ``^`` is where it starts.
    The sentences are scored first and searched from the highest score down, only as far as the verdict needs:
    most notes score under the threshold whatever ``spared`` finds, and are never searched.
    """
    text = draft.prose.text
    scored = sorted(
        ((reading.score(found), start, end, found) for start, end, found in _sentence_features(draft, reading.table)),
        key=lambda item: item[0],
        reverse=True,  # a stable sort: of two sentences that score the same, the first in the note comes first
    )
    kept: list[tuple[float, int, int, frozenset[str]]] = []
    for number, item in enumerate(scored):
        # The most the note can still score: the sentences kept, and the highest of the rest as far as it takes.
        still_possible = (max(score, 0.0) for score, *_ in scored[number : number + _SENTENCES_ADDED - len(kept)])
        if sum(score for score, *_ in kept) + sum(still_possible) <= reading.threshold:
            return None
        _, start, end, _ = item
        if spared is None or spared.search(text[start:end]) is None:
            kept.append(item)
            if len(kept) == _SENTENCES_ADDED:
                break
    if not kept or note_score([score for score, *_ in kept]) <= reading.threshold:
        return None
    value, start, end, found = kept[0]
    weighing = sorted(
        (feature for feature in found if reading.weights.get(feature, 0.0) > 0),
        key=lambda feature: (-reading.weights[feature], feature),
    )
    return Read(start, end, value, tuple(weighing[:_TELLING]))
