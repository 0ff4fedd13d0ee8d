"""How a note's sentences are built: clauses, who each is about, negation, hedges and questions.

Phrase lists find what someone thought of and miss the same thing said another
way. The draft rules therefore look for *cues* (a complaint about the wait, a
judgement of their decision, a demand tied to a time), and a cue depends on
who says what about whom: "I can start immediately" is the writer's plan,
"please reply immediately" a demand; "there is no rush" waves pressure away.
This module gives each stretch of a note that context, cheaply and with the
standard library only, so it runs the same in the browser.

The analysis is shallow on purpose: clauses are cut at punctuation and at the
words that join clauses, and a clause's subject is read from its first words.
That is enough to tell the writer's own plans from requests to the reader,
which is what the rules need.
"""

from __future__ import annotations

import bisect
import enum
import re
from dataclasses import dataclass
from functools import cached_property
from itertools import islice

__all__ = ["CONTRAST", "Clause", "Person", "Prose"]


class Person(enum.Enum):
    """Who a clause is about, read from its first words."""

    WRITER = "writer"  # I, we, my: the person sending the note
    READER = "reader"  # you, your: the person reading it
    OTHERS = "others"  # they, the team, no one: people at the employer, or anyone else
    REQUEST = "request"  # "please reply", "let me know", "could you...": asks the reader to act
    THING = "thing"  # it, this, the process, there is: no person at all


@dataclass(frozen=True)
class Clause:
    """A stretch of one sentence with one subject, half-open in code points of the text."""

    start: int
    end: int
    subject: Person
    # The word that joined it to the clause before ("if", "but", "because"), or "".
    joined_by: str
    negated: bool
    hedged: bool
    # Whether its sentence ends with a question mark.
    question: bool
    sentence: int


# Where a sentence ends: closing punctuation before a space, and line breaks.
# "Ms. Achieng" and "e.g. SQL" do not end a sentence (_ABBREVIATION).
# People also end a sentence with an emoji or an emoticon: "Thanks for today :) Please let me know".
# Every ending opens with one of a few characters, matched first and then told apart by lookbehinds: a pattern that
# opens with one set of characters is searched five times as fast as one that opens with a choice of patterns.
_EMOJI = r"\U0001f300-\U0001faff\u2600-\u27bf"
_SENTENCE_END = re.compile(
    rf"[.!?…\n:;{_EMOJI}]"
    r"(?:(?<=[.!?…])[.!?…]*[\"'’”)\]]*(?=\s)"
    r"|(?<=\n)"
    rf"|(?<=[{_EMOJI}])[{_EMOJI}\ufe0f\u200d]*(?=\s)"
    r"|(?<=[:;])(?<!\S[:;])-?[)(DP](?=\s))"
)
_ABBREVIATION = re.compile(
    r"(?:\b(?:mr|mrs|ms|mx|dr|prof|st|sr|jr|vs|etc|no|inc|ltd|co|dept|approx|e\.g|i\.e|a\.m|p\.m)|\b\w)\.$"
)
# The patterns below that are searched in every sentence open with a lookahead of the characters a match can
# start with: the engine tests that one set at each place, not every alternative, and searches two to three times
# as fast.
# Where a clause ends inside a sentence: punctuation, and the words that join clauses.
# "and" and "or" join clauses only when a new subject follows; otherwise they join words
# ("thank you and the team").
_CLAUSE_BREAK = re.compile(
    r"(?=[\s,;:()—–])(?:\s*[,;:()—–]\s*|\s+-\s+"
    r"|\s+(?=(?:but|so|because|although|though|yet|unless|otherwise|whereas|if)\s)"
    # "as", "since", "when" and "while" open a clause only before its subject: not "as soon as possible".
    r"|\s+(?=(?:since|when|while|as)\s+(?:i|i'm|i've|we|you|you're|you've|they|he|she|it|it's|there|this|that|the|my"
    r"|your|our|their|no one|nobody)\b)"
    r"|\s+(?=(?:and|or)\s+(?:i|i'm|i've|i'd|i'll|we|you|you've|you're|they|no one|nobody|still|yet|now|it|it's|"
    r"there|that|this|nothing|please|let|otherwise|then)\b))"
)

# "let you know that another firm has offered me a place": after a verb of saying or knowing, "that" opens a
# clause with a subject of its own; elsewhere ("the date that you gave") it stays inside its clause.
_THAT_CLAUSE = re.compile(
    r"(?=\s)\s+(?=that\s+(?:i|i'm|i've|we|you|you're|you've|they|he|she|it|it's|there|another|the|a|an|my|your|our|their"
    r"|no one|nobody|someone|this|one)\b)"
)
_WORD_BEFORE = re.compile(r"([a-z]+)\W*$")


def _words(text: str) -> frozenset[str]:
    return frozenset(text.split())


_SAYING = _words(
    "know knew known say said saying tell told hear heard understand understood think thought believe believed "
    "feel felt hope hoped mention mentioned note noted confirm confirmed realise realised realize realized see "
    "seen saw guess assume assumed suppose notice noticed noticing learned learnt expect expected sure aware glad "
    "afraid share add explain update inform advise"
)


_WORD = re.compile(r"[a-z0-9]+(?:['’][a-z]+)*")
# Words that open a clause without being its subject: joiners, discourse words, adverbs.
_LEADING = _words(
    "and but so because although though yet or unless otherwise whereas since if while when as also just "
    "honestly frankly however still now then really actually truly again well hence therefore anyway "
    "sadly unfortunately clearly obviously surely perhaps maybe even only simply quite already at least "
    "last finally firstly secondly lastly meanwhile besides plus thus instead personally hopefully "
    "ideally naturally luckily that"
)
_WRITER = _words("i i'm i've i'd i'll me my mine myself we we're we've we'd we'll our ours us")
_READER = frozenset(["you", "you're", "you've", "you'd", "you'll", "your", "yours", "yourself", "yourselves"])
_OTHERS = _words(
    "they they're they've they'd they'll them their he he's she she's his her nobody noone someone "
    "somebody anyone anybody everyone everybody recruiter recruiters hr management interviewer "
    "interviewers panel team company employer manager managers staff people firm firms business businesses "
    "organisation organization agency agencies bank practice school hospital council startup client clients "
    "employers companies offer"
)
# "the other employer", "a competing firm": someone else, two words after the article.
_ANOTHER = frozenset(["other", "second", "competing", "rival", "different", "new", "local"])
_REQUEST_VERBS = _words(
    "please kindly let reply respond confirm tell send get call write inform advise update contact email "
    "answer provide give explain decide make ensure do don't note keep forward"
)
_COORDINATORS = frozenset(("and", "but", "yet", "or"))
_MODALS = frozenset(["could", "can", "would", "will", "might", "may"])
# A contrast undoes a hedge: "I understand, but it was unfair". Not "yet": "I haven't heard yet" contrasts nothing.
CONTRAST = re.compile(r"\b(?:but|however|although|though)\b")
_ARTICLES = frozenset(["the", "a", "an", "this", "that", "these", "those", "another", "other", "one", "some"])
_NEGATION = re.compile(r"(?=[nwc])(?:\b(?:not|never|no|nothing|nobody|none|neither|nor|without|cannot)\b|n['’]t\b)")
# Words that take the edge off a request: "no rush", "whenever suits you".
_HEDGE = re.compile(
    r"(?=[nwaimpdhgu])\b(?:no (?:rush|hurry|pressure|need|obligation|urgency)|not (?:in )?(?:a|any) (?:rush|hurry)"
    r"|whenever|at your (?:earliest )?convenience|in your own time|in due course|when you (?:can|have a moment|are able"
    r"|get a chance|have time|have a chance)|if (?:and when )?you (?:can|are able|have time|get a chance|have a moment)"
    r"|(?:i|we) (?:completely |fully |totally |do )?understand|(?:i|we) (?:know|realise|realize|appreciate) (?:that )?"
    r"(?:these|this|things|hiring|decisions|it|you)|don['’]t mind waiting|happy to wait|glad to wait"
    # A kind reading of the silence: "which may simply mean it has taken longer".
    r"|may (?:simply|just|well) (?:mean|be)|(?:probably|most likely) just|no doubt (?:busy|you|the)"
    r"|understandably)\b"
)


class Prose:
    """The sentences and clauses of a note's plain text (lower-cased, offsets unchanged)."""

    def __init__(self, lowered: str) -> None:
        self.text = lowered

    @cached_property
    def sentences(self) -> tuple[tuple[int, int], ...]:
        """Each sentence as a half-open span, stripped of surrounding space."""
        spans: list[tuple[int, int]] = []
        start = 0
        for end_mark in _SENTENCE_END.finditer(self.text):
            if end_mark.group() != "\n" and _ABBREVIATION.search(
                self.text, max(0, end_mark.start() - 6), end_mark.end()
            ):
                continue
            spans.append((start, end_mark.end()))
            start = end_mark.end()
        spans.append((start, len(self.text)))
        return tuple(span for span in map(self._strip, spans) if span[1] > span[0])

    def clause_at(self, index: int) -> Clause | None:
        """The clause that holds the character at ``index``, if any.

        A sentence is cut into clauses the first time one of its characters is
        asked about: most sentences of a note hold no cue at all.
        """
        number = bisect.bisect_right(self._sentence_starts, index) - 1
        if number < 0 or index >= self.sentences[number][1]:
            return None
        if number not in self._clauses:
            self._clauses[number] = self._cut(number)
        clauses = self._clauses[number]
        position = bisect.bisect_right([clause.start for clause in clauses], index) - 1
        if position < 0:
            return None
        clause = clauses[position]
        return clause if index < clause.end else None

    def sentence_hedged(self, number: int) -> bool:
        """Whether any clause of sentence ``number`` takes the edge off ("I understand these things take time")."""
        start, end = self.sentences[number]
        return _HEDGE.search(self.text, start, end) is not None

    @cached_property
    def _sentence_starts(self) -> list[int]:
        return [start for start, _ in self.sentences]

    @cached_property
    def _clauses(self) -> dict[int, tuple[Clause, ...]]:
        return {}

    def _cut(self, number: int) -> tuple[Clause, ...]:
        """The clauses of sentence ``number``."""
        start, end = self.sentences[number]
        question = self.text[start:end].rstrip("\"'’”) ").endswith("?")
        previous = Person.THING
        edges = [start]
        cuts = [(cut.start(), cut.end()) for cut in _CLAUSE_BREAK.finditer(self.text, start, end)]
        for cut in _THAT_CLAUSE.finditer(self.text, start, end):
            word = _WORD_BEFORE.search(self.text, max(start, cut.start() - 20), cut.start())
            if word is not None and word.group(1) in _SAYING:
                cuts.append((cut.start(), cut.end()))
        for cut_start, cut_end in sorted(cuts):
            if cut_start >= edges[-1]:
                edges += [cut_start, cut_end]
        edges.append(end)
        found: list[Clause] = []
        for clause_start, clause_end in zip(edges[::2], edges[1::2], strict=True):
            if clause_end <= clause_start:
                continue
            # The subject is in the first words: reading a dozen is enough, and keeps this linear.
            words = [word.group() for word in islice(_WORD.finditer(self.text, clause_start, clause_end), 12)]
            joined_by = words[0] if words and words[0] in _LEADING else ""
            subject = _subject(words, previous, first_in_sentence=clause_start == start)
            previous = subject if subject is not Person.REQUEST else previous
            found.append(
                Clause(
                    clause_start,
                    clause_end,
                    subject,
                    joined_by,
                    _NEGATION.search(self.text, clause_start, clause_end) is not None,
                    _HEDGE.search(self.text, clause_start, clause_end) is not None,
                    question,
                    number,
                )
            )
        return tuple(found)

    def _strip(self, span: tuple[int, int]) -> tuple[int, int]:
        start, end = span
        while start < end and self.text[start].isspace():
            start += 1
        while end > start and self.text[end - 1].isspace():
            end -= 1
        return (start, end)


def _subject(words: list[str], previous: Person, *, first_in_sentence: bool) -> Person:
    """Who a clause is about, from its first words; a clause with no subject of its own continues the last one."""
    position = 0
    while position < len(words) and words[position] in _LEADING:
        position += 1
    if position == len(words):
        return previous
    first = words[position].replace("’", "'")
    following = words[position + 1].replace("’", "'") if position + 1 < len(words) else ""
    if first in _ARTICLES and following in _ANOTHER and position + 2 < len(words):
        following = words[position + 2]
    named = _named_subject(first, following)
    if named is not None:
        return named
    if first in _REQUEST_VERBS and (first_in_sentence or first in ("please", "kindly") or position > 0):
        return Person.REQUEST
    # "... and still haven't heard": the same subject goes on.
    continues = bool(_COORDINATORS.intersection(words[:position])) and first not in _ARTICLES
    return previous if continues else Person.THING


def _named_subject(first: str, following: str) -> Person | None:
    """The person that a clause's first two words name, if they name one."""
    if first in _MODALS and following in _READER:
        return Person.REQUEST  # "could you let me know", "would you"
    for people, person in ((_WRITER, Person.WRITER), (_READER, Person.READER), (_OTHERS, Person.OTHERS)):
        if first in people:
            return person
    if (first in _ARTICLES and following in _OTHERS) or (first, following) == ("no", "one"):
        return Person.OTHERS
    return None
