"""Cues: the documented ways a problem shows in a note, and how rules find them.

A cue is a small group of phrasings (a :class:`Phrases` pattern) together
with a test of its context: who the clause is about, whether it is negated or
hedged, whether the sentence is a question, whether the note talks about an
offer from another employer. A rule lists its cues; the engine of this module
finds them, and the rule's documentation lists them with an example that each
cue finds and a non-example it leaves alone. Tests check both examples, so
the docs cannot drift from what the rule does.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass
from itertools import islice
from weakref import WeakKeyDictionary

from checker._language import Clause, Prose
from checker._model import Kind
from checker._text import Draft, LazyPattern, Match, Pattern, Phrases
from checker.rules._base import MAX_HITS_PER_DRAFT, Context, Hit
from checker.rules._phrases import phrases
from checker.rules._reading import Read, Reading, strongest

__all__ = [
    "CUE_LISTING_OPENINGS",
    "THANKS",
    "Cue",
    "Found",
    "anywhere",
    "cues_doc",
    "find_cues",
    "flag_cues",
    "mentions_other_offer",
    "not_negated",
    "sentence_has",
    "unsoftened",
]


@dataclass(frozen=True)
class Found:
    """Where a cue matched, with the clause around it."""

    draft: Draft
    kind: Kind
    prose: Prose
    clause: Clause
    match: Match

    @property
    def words(self) -> str:
        """The matched text, lower-cased."""
        return self.prose.text[self.match.start : self.match.end]

    @property
    def sentence(self) -> str:
        """The match's sentence, lower-cased, at most ``_REACH`` characters either side of the match."""
        start, end = self.prose.sentences[self.clause.sentence]
        return self.prose.text[max(start, self.match.start - _REACH) : min(end, self.match.end + _REACH)]

    @property
    def after(self) -> str:
        """The sentence from the start of the match on, as far as ``sentence`` reaches."""
        end = self.prose.sentences[self.clause.sentence][1]
        return self.prose.text[self.match.start : min(end, self.match.end + _REACH)]

    @property
    def clause_text(self) -> str:
        """The match's clause, as far as ``sentence`` reaches."""
        start, end = self.clause.start, self.clause.end
        return self.prose.text[max(start, self.match.start - _REACH) : min(end, self.match.end + _REACH)]

    @property
    def before(self) -> str:
        """The clause's text before the match, as far as ``sentence`` reaches."""
        return self.prose.text[max(self.clause.start, self.match.start - _REACH) : self.match.start]

    @property
    def sentence_before(self) -> str:
        """The match's sentence up to the match, whatever the clauses."""
        start, _ = self.prose.sentences[self.clause.sentence]
        return self.prose.text[start : self.match.start]

    def neighbour(self, offset: int) -> str:
        """The sentence ``offset`` after the match's (before it, if negative); "" past either end of the note."""
        number = self.clause.sentence + offset
        if not 0 <= number < len(self.prose.sentences):
            return ""
        start, end = self.prose.sentences[number]
        return self.prose.text[start:end]


# How far a cue's test reads around its match. A real sentence is shorter; a pasted megabyte
# with no full stop is not one sentence to read again at every match.
_REACH = 400

Test = Callable[[Found], bool]


def anywhere(found: Found) -> bool:
    """Every match counts: the phrasing is a problem whatever surrounds it."""
    return True


@dataclass(frozen=True)
class Cue:
    """One way a problem shows: phrasings, the context in which they count, and their documentation."""

    name: str
    # How a finding says it, after the quoted words: '"It's been three weeks now" complains about the wait.'
    says: str
    # What the cue is, for the docs: one clause, no final full stop.
    about: str
    # A sentence the cue finds, and one it leaves alone; both are tested.
    example: str
    non_example: str
    # Phrases match the lower-cased text; a plain pattern matches the text as written, for cues that need case.
    pattern: Phrases | Pattern
    counts: Test = anywhere
    # The kinds of note it reads; a cue that means one thing before a decision and another after it reads some.
    kinds: frozenset[Kind] = frozenset(Kind)
    # A rewrite the cue is sure of where it is found, if any: the plain-text span and its replacement.
    fix: Callable[[Found], tuple[tuple[int, int], str] | None] | None = None

    def find(self, draft: Draft, kind: Kind) -> Iterator[Found]:
        """Every place in ``draft`` where this cue counts."""
        if kind not in self.kinds:
            return
        for match in draft.find(self.pattern):
            found = self.at(draft, kind, match)
            if found is not None:
                yield found

    def at(self, draft: Draft, kind: Kind, match: Match) -> Found | None:
        """The cue found at ``match``, if it counts there."""
        # A match may open with punctuation that ends a clause, "(position)": place it by its first word.
        first_word = next((match.start + at for at, char in enumerate(match.text) if char.isalnum()), match.start)
        clause = draft.prose.clause_at(first_word)
        if clause is None:
            return None
        found = Found(draft, kind, draft.prose, clause, match)
        return found if self.counts(found) else None


def find_cues(draft: Draft, kind: Kind, cues: Sequence[Cue]) -> list[tuple[Cue, Found]]:
    """Every cue found in ``draft`` (a note of ``kind``), in text order, without overlaps.

    Of two finds at the same place, the longer wins, then the cue listed first.
    """
    cues = tuple(cues)
    found = [(cue, hit) for cue in cues for hit in cue.find(draft, kind)]
    found.sort(key=lambda item: (item[1].match.start, -item[1].match.end))
    kept: list[tuple[Cue, Found]] = []
    reach = -1
    for cue, hit in found:
        if hit.match.start >= reach:
            kept.append((cue, hit))
            reach = hit.match.end
    return kept


def flag_cues(
    context: Context,
    kinds: Iterable[Kind],
    cues: Sequence[Cue],
    suggestion: str,
    *,
    reading: Reading | None = None,
    reads_as: str = "",
    spared: Pattern | None = None,
) -> Iterator[Hit]:
    """One hit per cue found in the drafts of ``kinds``, at most ``MAX_HITS_PER_DRAFT`` per draft.

    A draft where no cue matched gets one hit for the sentence that ``reading``
    finds reads like ``reads_as``, if any, leaving alone the sentences that
    ``spared`` finds (what the rule says is fine, whatever its words).
    """
    for index, follow_up, draft in context.drafts(*kinds):
        found_cues = find_cues(draft, follow_up.kind, cues)
        for cue, found in islice(found_cues, MAX_HITS_PER_DRAFT):
            words = " ".join(found.match.text.split())
            fix = cue.fix(found) if cue.fix is not None else None
            yield Hit.at(found.match, index, f'"{words}" {cue.says}.', suggestion, fix)
        if not found_cues and reading is not None and (read := strongest(draft, reading, spared)) is not None:
            yield Hit(_reads_as_message(draft, read, reads_as), suggestion, index, (read.start, read.end))


# How much of a sentence a finding from a reading quotes.
_QUOTED_WORDS = 12


def _reads_as_message(draft: Draft, read: Read, reads_as: str) -> str:
    words = draft.plain[read.start : read.end].split()
    quoted = " ".join(words[:_QUOTED_WORDS]) + (" …" if len(words) > _QUOTED_WORDS else "")
    telling = " and ".join(f"“{feature}”" for feature in read.telling)
    return f'"{quoted}" may read as {reads_as}: words like {telling} come up often in notes that read that way.'


# How the part of a rule's doc that ``cues_doc`` adds begins: with the reading's paragraph, or with the list.
# The site's rule reference keeps that part out of its search index (hooks/guide.py).
CUE_LISTING_OPENINGS = ("When none of the cues below matches", "The cues it looks for:")


def cues_doc(doc: str, cues: Sequence[Cue], *, learned: str = "") -> str:
    """``doc`` with the list of ``cues`` added to the end of its "What it checks" section; ``doc`` as it is when it
    has no sections (the browser's copy of a rule, whose docstring the build leaves out).

    ``learned`` names the sentences a learned reading looks for when no cue matches ("blaming"), for a rule that
    has one; the paragraph that says how it works is then added before the list.
    """
    marker = "\n## Why it matters"
    position = doc.find(marker)
    if position < 0:
        return doc
    lines = [""]
    if learned:
        lines += [
            f"{CUE_LISTING_OPENINGS[0]}, a learned reading scores each sentence by the words it shares with"
            f" the {learned} sentences of the project's own collection of drafts and sentences, adds the scores of the"
            " note's two sentences that read most like them, and flags the stronger of the two, saying which words"
            f" weigh most. It finds {learned} sentences worded in ways nobody listed; it can also be wrong, so it"
            " speaks only above a threshold that almost every good note in the collection stays under.",
            "",
        ]
    lines += [CUE_LISTING_OPENINGS[1], ""]
    for cue in cues:
        only = "" if cue.kinds == frozenset(Kind) else f" (in {_kinds_in_words(cue.kinds)} only)"
        lines.append(f"- **{cue.name}**{only}: {cue.about}. Found: “{cue.example}” Left alone: “{cue.non_example}”")
    listing = "\n".join(lines) + "\n"
    return doc[:position].rstrip("\n") + "\n" + listing + doc[position:]


_KIND_WORDS = {
    Kind.THANK_YOU: "thank-you notes",
    Kind.CHECK_IN: "check-ins",
    Kind.STAY_IN_TOUCH: "replies to a rejection",
    Kind.OFFER_UPDATE: "news of another offer",
    Kind.WITHDRAWAL: "withdrawals",
}


def _kinds_in_words(kinds: frozenset[Kind]) -> str:
    return " and ".join(_KIND_WORDS[kind] for kind in Kind if kind in kinds)


# Context tests that several rules share.

_OTHER_OFFER = phrases(
    r"(another|other|competing|second|separate|outside|external|different|an external|a competing) "
    r"((job|written|formal|verbal|firm) )?offers?",
    r"offer (from|elsewhere|with)",
    r"(been|was|got|have been|i've been|i have been|just been) offered",
    r"(offered|offering) (me|us) (a|an|the|work|some work|employment|a start)",
    r"another [a-z]+ (has|have|had) (offered|made me)",
    r"(made|make|extended|given|sent) me (a|an) ((\w+ )?(job|written|formal|verbal|firm) )?offer",
    r"(received|got|have|accepted|holding|hold) an? ((job|written|formal|verbal|firm) )?offer",
    r"offer (of|for) (a|another) (role|position|job)",
    "elsewhere",
    r"(another|other|a different) (company|employer|organi[sz]ation|firm|business|role|position|opportunity)",
)
_NEGATION_BEFORE = LazyPattern(r"\b(?:not|never|no|nor|without|cannot|rather than|instead of)\b|n['’]t\b")


_MENTIONS_OTHER_OFFER: WeakKeyDictionary[Draft, bool] = WeakKeyDictionary()


def mentions_other_offer(found: Found) -> bool:
    """Whether the note speaks of an offer or an opportunity with another employer (read once per draft)."""
    if found.draft not in _MENTIONS_OTHER_OFFER:
        _MENTIONS_OTHER_OFFER[found.draft] = found.draft.first(_OTHER_OFFER) is not None
    return _MENTIONS_OTHER_OFFER[found.draft]


# "Not because I disagree": a negation that governs the clause after it.
_NOT_BECAUSE = LazyPattern(r"\bnot (?:because|that|since|as though|as if)\s+(?:\S+\s+){0,2}$")


def not_negated(found: Found) -> bool:
    """No negation before the match in its clause: "it is not your fault" clears "your fault"; so does "not because"."""
    if _NEGATION_BEFORE.search(found.before) is not None:
        return False
    return _NOT_BECAUSE.search(found.sentence_before[-40:]) is None


# Words of thanks: a sentence of thanks praises them, whatever else it says.
THANKS = LazyPattern(r"\b(?:thank\w*|appreciat\w*|grateful)\b")


def unsoftened(found: Found) -> bool:
    """Not hedged ("no rush", "I understand"), and no negation before the words ("I don't feel ignored")."""
    return not found.clause.hedged and not_negated(found)


def sentence_has(pattern: Pattern) -> Test:
    """A test that the match's sentence also contains ``pattern``."""

    def test(found: Found) -> bool:
        return pattern.search(found.sentence) is not None

    return test
