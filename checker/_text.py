"""A draft as prose: Markdown parsed into plain text that remembers where each character came from.

Rules search the plain text (no link targets, no code, no Markdown syntax) and
report spans in it; :meth:`Draft.source_span` maps them back to the text the
reader typed, so the marks land on the right characters.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from functools import cache, cached_property
from itertools import islice
from typing import TYPE_CHECKING, Any

from checker._language import Prose

if TYPE_CHECKING:
    from markdown_it import MarkdownIt
    from markdown_it.token import Token

__all__ = [
    "Branch",
    "Draft",
    "FirstWords",
    "LazyPattern",
    "Match",
    "Pattern",
    "Phrases",
    "lazy_patterns_to_compile",
    "lower",
]


@cache
def markdown_parser() -> MarkdownIt:
    """CommonMark without raw HTML: a pasted "<Interviewer>" stays visible text.

    text_join would merge escapes and entities into plain text and lose their
    source form, which the offset map needs. A paragraph indented by a tab or
    four spaces, as a word processor pastes it, is prose, not a block of code:
    only fences mark code in a note. Imported on first use: markdown-it
    is half the time of ``import checker``, which the command line's ``--help``
    and ``--list-rules`` need no parser for. The browser's worker imports it
    before it says Ready (``checker.bridge.prepare``), so a site that lacks a
    module of it fails at once.
    """
    from markdown_it import MarkdownIt  # noqa: PLC0415  # deferred, as the docstring says

    return MarkdownIt("commonmark", {"html": False}).disable(["text_join", "code"])


_WORD = re.compile(r"[^\W_]+(?:['’‐-][^\W_]+)*")
# A word as phrases open with one (the run of word characters and apostrophes that their boundary stops at, once
# curly apostrophes are straight), and what comes between it and the word before (the first group).
_OPENING_WORD_AND_BEFORE = re.compile(r"([^\w']*)([\w']+)")
# Line endings as markdown-it counts lines: token maps are line numbers.
_LINE_END = re.compile(r"\r\n?|\n")


def lower(text: str) -> str:
    """``text.lower()`` with one character per character, so offsets still line up.

    "İ" is the only code point whose lower case is two code points long.
    """
    return text.replace("İ", "i").lower()


@dataclass(frozen=True)
class FirstWords:
    """The words a match of some phrases can open with: whole words, and beginnings of words.

    Words as the prose is cut into them (runs of letters, digits and apostrophes, lower case, with a plain
    apostrophe). A draft in which none of them appears cannot match, and one that has them can match only
    where they are, so the pattern runs there and nowhere else.
    """

    whole: frozenset[str]
    beginnings: tuple[str, ...]
    # Phrases that open with a common word ("i") and a beginning ("fail\w*") are found by that beginning, which is
    # rarer: their matches start one word before it.
    second_beginnings: tuple[str, ...] = ()
    # Phrases whose first two words can be read are found by both words, only whitespace between them: ("i", "was")
    # is far rarer than "i", and ("thank", "you") than "thank".
    pairs: frozenset[tuple[str, str]] = frozenset()


@dataclass(frozen=True)
class Branch:
    """One of the phrases of a ``Phrases``: what each of its matches has, and what it opens with.

    A draft that lacks one of its ``needs`` cannot match the phrase, and one that has them all can match only where
    ``opening`` says (None when the phrase is written in a way that cannot tell).
    """

    # Words, or pairs of words with only whitespace between them ("i was"): every match has one of each tuple. The
    # least common first; none when the phrase cannot say.
    needs: tuple[tuple[str, ...], ...]
    opening: FirstWords | None


@dataclass(frozen=True)
class Phrases:
    """A pattern written in lower case and matched against the lower-cased prose.

    As tolerant of case as ``re.IGNORECASE``, and about twice as fast: the
    engine compares plain characters instead of folding each one. The pattern
    is compiled when first used, not at import: Python compiles a regular
    expression in Python code, and the rules' phrases would otherwise make
    ``import checker`` several times slower (the browser's snapshot is taken
    after a check, so it holds them compiled). A note that lacks the words
    every phrase needs is not searched at all, and the pattern of a set that
    no note has needed yet is not compiled.
    """

    # The phrases it is made of, and how they become one regular expression (``rules._phrases``), also
    # deferred to first use: indexing hundreds of phrases by their first letter is Python work too.
    alternatives: tuple[str, ...]
    joined: Callable[[tuple[str, ...]], str] = field(compare=False, repr=False)
    # What a match of each phrase must have and may open with (``rules._phrases``).
    branching: Callable[[tuple[str, ...]], tuple[Branch, ...]] = field(compare=False, repr=False)

    @cached_property
    def source(self) -> str:
        return self.joined(self.alternatives)

    @cached_property
    def branches(self) -> tuple[Branch, ...]:
        return self.branching(self.alternatives)

    @cached_property
    def needing(self) -> tuple[int, tuple[int, ...]]:
        """This set's place in the index of first needs, which it joins now, and the branches that cannot say."""
        serial = len(_INDEXED)
        _INDEXED.append(self)
        for number, branch in enumerate(self.branches):
            for word in branch.needs[0] if branch.needs else ():
                _NEEDED_FIRST.setdefault(word, []).append((serial, number))
        return serial, tuple(number for number, branch in enumerate(self.branches) if not branch.needs)

    @cached_property
    def pattern(self) -> re.Pattern[str]:
        return re.compile(self.source)


# Every set of phrases whose needs are worked out, and for each word or pair ("i was") the branches that need it
# first, as (the set's place here, the branch's number): a draft looks its words up once for all the sets.
_INDEXED: list[Phrases] = []
_NEEDED_FIRST: dict[str, list[tuple[int, int]]] = {}


class LazyPattern:
    """A regular expression compiled when first used, not at import, with the methods of ``re.Pattern`` rules use.

    The rules' hundreds of small patterns of context took half of ``import checker`` to compile; a check needs
    some of them, and the browser compiles them all once it is ready (``bridge.warm_up``). Once compiled, the
    pattern's own methods sit on the instance: a call costs what it costs on ``re.Pattern``.
    """

    search: Callable[..., re.Match[str] | None]
    match: Callable[..., re.Match[str] | None]
    fullmatch: Callable[..., re.Match[str] | None]
    finditer: Callable[..., Iterator[re.Match[str]]]
    findall: Callable[..., list[Any]]
    split: Callable[..., list[Any]]
    sub: Callable[..., str]

    def __init__(self, source: str, flags: int = 0) -> None:
        self.pattern = source
        self.flags = flags
        _LAZY_PATTERNS.append(self)

    def __getattr__(self, name: str) -> Any:
        """Called only while a method is missing: compiles the pattern, and puts its methods on the instance."""
        if name not in _PATTERN_METHODS:
            raise AttributeError(name)
        compiled = re.compile(self.pattern, self.flags)
        for method in _PATTERN_METHODS:
            setattr(self, method, getattr(compiled, method))
        return getattr(compiled, name)


_PATTERN_METHODS = ("search", "match", "fullmatch", "finditer", "findall", "split", "sub")


# What the rules search prose with, besides phrases: a compiled pattern, or one compiled when first used.
Pattern = re.Pattern[str] | LazyPattern
# Every LazyPattern made, for ``lazy_patterns_to_compile``.
_LAZY_PATTERNS: list[LazyPattern] = []


def lazy_patterns_to_compile() -> list[LazyPattern]:
    """The ``LazyPattern`` made so far that no search has compiled yet."""
    return [lazy for lazy in _LAZY_PATTERNS if "search" not in vars(lazy)]


@dataclass(frozen=True)
class Match:
    """A stretch of the plain text, half-open, in code points."""

    start: int
    end: int
    text: str


class Draft:
    """The prose of one follow-up draft.

    ``plain`` is what a reader sees once Markdown is rendered. It is made of
    pieces, each copied from one place in ``source``: text as typed, or one
    escape or entity ("\\!", "&amp;") that stands for what it shows.
    """

    def __init__(self, source: str) -> None:
        self.source = source
        texts: list[str] = []
        # For each piece: where it starts in the plain text, where in the source,
        # and how long its markup is (None when it is the text as typed).
        self._plain_starts: list[int] = []
        self._pieces: list[tuple[int, int | None]] = []
        length = 0
        for source_start, text, written in _prose_pieces(source):
            texts.append(text)
            self._plain_starts.append(length)
            self._pieces.append((source_start, written))
            length += len(text)
        self.plain = "".join(texts)

    def source_span(self, start: int, end: int) -> tuple[int, int]:
        """The span in ``source`` that the plain-text span ``[start, end)`` came from."""
        if not self.plain:
            return (0, 0)
        start = min(max(start, 0), len(self.plain) - 1)
        last = min(max(end - 1, start), len(self.plain) - 1)
        return (self._source_start(start), self._source_end(last))

    def _source_start(self, index: int) -> int:
        piece = bisect.bisect_right(self._plain_starts, index) - 1
        source_start, written = self._pieces[piece]
        return source_start if written is not None else source_start + index - self._plain_starts[piece]

    def _source_end(self, index: int) -> int:
        piece = bisect.bisect_right(self._plain_starts, index) - 1
        source_start, written = self._pieces[piece]
        return source_start + written if written is not None else source_start + index - self._plain_starts[piece] + 1

    @cached_property
    def lowered(self) -> str:
        return lower(self.plain)

    @cached_property
    def prose(self) -> Prose:
        """Sentences and clauses, for rules that need to know who says what."""
        return Prose(self.lowered)

    @cached_property
    def _words(self) -> dict[str, list[int]]:
        """Where each word of the lower-cased text starts."""
        return self._words_and_previous[0]

    @cached_property
    def _previous(self) -> dict[int, int]:
        """Where the word before a word starts, for each word that only whitespace parts from the one before."""
        return self._words_and_previous[1]

    @cached_property
    def _pairs(self) -> dict[tuple[str, str], list[int]]:
        """Where each pair of words with only whitespace between them starts: ("i", "was") at the "i"."""
        return self._words_and_previous[2]

    @cached_property
    def _words_and_previous(self) -> tuple[dict[str, list[int]], dict[int, int], dict[tuple[str, str], list[int]]]:
        text = self.lowered.replace("’", "'")  # one character for one: the places stay the same
        starts: dict[str, list[int]] = {}
        previous: dict[int, int] = {}
        pairs: dict[tuple[str, str], list[int]] = {}
        # One pass over (what comes before the word, the word), found by the engine in one call: a loop over
        # matches, asking each where it starts, took three times as long.
        at, last_word, last_start = 0, "", -1
        for before, word in _OPENING_WORD_AND_BEFORE.findall(text):
            at += len(before)
            starts.setdefault(word, []).append(at)
            if last_word and before.isspace():
                previous[at] = last_start
                pairs.setdefault((last_word, word), []).append(last_start)
            last_word, last_start = word, at
            at += len(word)
        return starts, previous, pairs

    @cached_property
    def _word_set(self) -> frozenset[str]:
        return frozenset(self._words)

    @cached_property
    def _pair_set(self) -> frozenset[tuple[str, str]]:
        # Two sets meet by the hashes they keep: a tuple looked up in the dict is hashed anew each time.
        return frozenset(self._pairs)

    @cached_property
    def _words_and_pairs(self) -> frozenset[str]:
        """The words of the lower-cased text and its pairs of words with only whitespace between them, "i was"."""
        return frozenset([*self._words, *map(" ".join, self._pairs)])

    @cached_property
    def _live_branches(self) -> tuple[int, dict[int, list[int]]]:
        """How many sets of phrases the index holds, and for each the branches whose first need this draft has."""
        live: dict[int, list[int]] = {}
        for word in self._words_and_pairs & _NEEDED_FIRST.keys():
            for serial, number in _NEEDED_FIRST[word]:
                live.setdefault(serial, []).append(number)
        return len(_INDEXED), live

    @cached_property
    def _words_in_order(self) -> list[str]:
        return sorted(self._words)

    @cached_property
    def _beginning_places(self) -> dict[str, list[int]]:
        """Where a word with a given beginning starts, filled in as rules ask."""
        return {}

    def _openings(self, first: FirstWords) -> list[int]:
        """Where a match of phrases opening with ``first`` may start, in no order, perhaps more than once."""
        places = self._starts_of(first.whole, first.beginnings)
        if first.second_beginnings:
            previous = self._previous
            places += [
                previous[at]
                for beginning in first.second_beginnings
                for at in self._beginning(beginning)
                if at in previous
            ]
        if first.pairs:
            pairs = self._pairs
            places += [at for pair in first.pairs & self._pair_set for at in pairs[pair]]
        return places

    def _starts_of(self, whole: frozenset[str], beginnings: tuple[str, ...]) -> list[int]:
        """Where a word of ``whole``, or a word with one of ``beginnings``, starts."""
        starts = self._words
        places = [at for word in whole & self._word_set for at in starts[word]]
        for beginning in beginnings:
            places += self._beginning(beginning)
        return places

    def _beginning(self, beginning: str) -> list[int]:
        known = self._beginning_places.get(beginning)
        if known is None:
            ordered, places = self._words_in_order, []
            index = bisect.bisect_left(ordered, beginning)
            while index < len(ordered) and ordered[index].startswith(beginning):
                places += self._words[ordered[index]]
                index += 1
            known = self._beginning_places[beginning] = places
        return known

    def _phrases_found(self, phrases: Phrases) -> Iterator[re.Match[str]]:
        """``phrases.pattern.finditer`` over the lower-cased text, tried only where a match can open.

        Most phrases of a rule have no match in a given note, and a note has none of the words they need: each
        phrase is ruled out by a test of its words before any place is looked up.
        """
        words = self._words_and_pairs
        serial, unknown = phrases.needing
        indexed, live_in = self._live_branches
        branches = phrases.branches
        live = set(unknown)
        if serial < indexed:
            live.update(live_in.get(serial, ()))
        else:  # a set that joined the index after this draft read it: the first check of all, mostly
            live.update(
                number
                for number, branch in enumerate(branches)
                if branch.needs and not words.isdisjoint(branch.needs[0])
            )
        # A map, not a generator: no frame for each branch.
        openings = [
            branches[number].opening for number in live if not any(map(words.isdisjoint, branches[number].needs[1:]))
        ]
        if not openings:
            return
        pattern, text, end = phrases.pattern, self.lowered, 0
        if None in openings:
            yield from pattern.finditer(text)
            return
        # Any match is a match of one phrase, which opens where that phrase can open.
        for at in sorted({at for first in openings if first is not None for at in self._openings(first)}):
            if at >= end and (found := pattern.match(text, at)) is not None:
                end = found.end()
                yield found

    def find(self, pattern: Pattern | Phrases) -> Iterator[Match]:
        """Every non-overlapping, non-empty match of ``pattern`` in the plain text."""
        found_all = self._phrases_found(pattern) if isinstance(pattern, Phrases) else pattern.finditer(self.plain)
        for found in found_all:
            start, end = found.span()
            if end > start:
                yield Match(start, end, self.plain[start:end])

    def first(self, pattern: Pattern | Phrases) -> Match | None:
        return next(self.find(pattern), None)

    def match_line(self, pattern: Phrases, line: Match) -> Match | None:
        """One of the phrases at the start of ``line``."""
        found = pattern.pattern.match(self.lowered, line.start, line.end)
        return Match(found.start(), found.end(), self.plain[found.start() : found.end()]) if found else None

    @cached_property
    def word_count(self) -> int:
        """Words as a word processor counts them: "data-driven" and "I'm" are one word each."""
        return len(_WORD.findall(self.plain))

    def words_after(self, count: int) -> tuple[int, int] | None:
        """From the word after the first ``count`` words to the end of the last word, if there is one."""
        first = next(islice(_WORD.finditer(self.plain), count, None), None)
        if first is None:
            return None
        end = len(self.plain)
        while not self.plain[end - 1].isalnum():  # what [^\W_] matches; stops at the word found at worst
            end -= 1
        return (first.start(), end)

    @cached_property
    def lines(self) -> tuple[Match, ...]:
        """Non-blank lines of the plain text, stripped."""
        found: list[Match] = []
        position = 0
        for raw in self.plain.split("\n"):
            stripped = raw.strip()
            if stripped:
                start = position + raw.index(stripped[0])
                found.append(Match(start, start + len(stripped), stripped))
            position += len(raw) + 1
        return tuple(found)


def _prose_pieces(source: str) -> Iterator[tuple[int, str, int | None]]:
    """Yield ``(source_offset, text, written)`` for each piece of visible prose, in order.

    ``written`` is None when ``text`` stands in the source as it is, one
    character for one; otherwise the whole piece came from ``written``
    characters of markup at ``source_offset``. Pieces of one block join
    directly; blocks are separated by a newline that maps to the start of the
    next block.
    """
    if _MAY_BE_MARKUP.search(source) is None:
        return _paragraph_pieces(source)
    return _parsed_pieces(source)


# What could make markdown-it read a draft as more than paragraphs of plain lines: a character that opens inline
# markup (an escape, code, emphasis, an autolink, an entity, link syntax); whitespace other than a space that it
# trims or counts as indentation (a tab, a carriage return, a no-break or other wide space, the separators that
# markdown-it-py before 4.3 trimmed too; NUL, which it rewrites); a line that opens a block (a heading, a quote, a
# list, a divider, a fence, a setext underline, indented code). Most notes have none, and are read as paragraphs
# without the parser, about a fifteenth of a check; tests/test_text.py holds the two readings to the same pieces.
_MAY_BE_MARKUP = re.compile(
    r"[\\`*_<\t\r\v\f\0\x1c-\x1f\x85\xa0\u1680\u2000-\u200a\u2028\u2029\u202f\u205f\u3000]|\]\(|\]:|\]\[|&#?[0-9A-Za-z]+;"
    r"|^ {0,3}(?:[#>+=~-]|[0-9]{1,9}[.)])|^ {4}",
    re.MULTILINE,
)


def _paragraph_pieces(source: str) -> Iterator[tuple[int, str, int | None]]:
    """The pieces markdown-it reads from a draft with no markup: its non-blank lines, stripped of spaces.

    A blank line (spaces only) ends a paragraph. Within one, a line ending is a newline where it stands; between
    two, the newline maps to the start of the next paragraph's first line, as ``_parsed_pieces`` maps it.
    """
    at, in_paragraph, first_block = 0, False, True
    for line in source.split("\n"):
        text = line.strip(" ")
        if not text:
            in_paragraph = False
        else:
            if in_paragraph:
                yield (at - 1, "\n", None)
            elif not first_block:
                yield (at, "\n", None)
            first_block, in_paragraph = False, True
            yield (at + len(line) - len(line.lstrip(" ")), text, None)
        at += len(line) + 1


def _parsed_pieces(source: str) -> Iterator[tuple[int, str, int | None]]:
    """``_prose_pieces`` read by markdown-it."""
    # markdown-it reads NUL as U+FFFD; searching the same substitution keeps every offset.
    source = source.replace("\0", "\ufffd")
    line_starts = [0, *(found.end() for found in _LINE_END.finditer(source))]
    first_block = True
    for token in markdown_parser().parse(source):
        if token.map is None:
            continue
        block_start = line_starts[token.map[0]]
        block_end = line_starts[token.map[1]] if token.map[1] < len(line_starts) else len(source)
        if token.type == "inline":
            pieces = _inline_pieces(source, token.children or [], block_start, block_end)
        elif token.type == "hr" and "_" in token.markup:
            # "____" on a line of its own is a blank to fill in a note, not a divider.
            line = source[block_start:block_end].rstrip("\r\n")
            stripped = line.strip()
            pieces = iter([(block_start + line.index(stripped), stripped, None)])
        else:
            continue  # code blocks, dividers and the containers around inline text
        if not first_block:
            yield (block_start, "\n", None)
        first_block = False
        yield from pieces


def _inline_pieces(
    source: str, children: list[Token], cursor: int, block_end: int
) -> Iterator[tuple[int, str, int | None]]:
    for child in children:
        if child.type == "text":
            text, written = child.content, child.content
        elif child.type == "text_special":
            # An escape ("\\!") or entity ("&amp;"): shown as content, written as markup.
            text, written = child.content, child.markup
        elif child.type in ("softbreak", "hardbreak"):
            ending = _LINE_END.search(source, cursor, block_end)
            position = ending.start() if ending is not None else cursor
            yield (position, "\n", None)
            cursor = ending.end() if ending is not None else cursor
            continue
        elif child.type == "code_inline":
            # Code is not prose: keep a space so the words around it stay apart,
            # and move past the closing backticks (the content itself may have
            # been rewritten: line endings become spaces).
            opening = source.find(child.markup, cursor, block_end)
            if opening < 0:
                continue
            yield (opening, " ", None)
            closing = _closing_backticks(source, child.markup, opening + len(child.markup), block_end)
            cursor = closing + len(child.markup) if closing >= 0 else opening + len(child.markup)
            continue
        else:
            # Images, link markup and formatting marks carry no prose of their own.
            continue
        if not text:
            continue
        found = source.find(written, cursor, block_end)
        if found < 0:
            # markdown-it rewrote the text (a NUL becomes U+FFFD): keep it, pinned to where we are.
            yield (min(cursor, max(len(source) - 1, 0)), text, 1)
            continue
        yield (found, text, None if written == text else len(written))
        cursor = found + len(written)


def _closing_backticks(source: str, run: str, start: int, end: int) -> int:
    """Where the run of exactly ``len(run)`` backticks that closes a code span begins, or -1."""
    position = source.find(run, start, end)
    while position >= 0:
        after = position + len(run)
        if (after >= len(source) or source[after] != "`") and source[position - 1] != "`":
            return position
        # Part of a longer run: skip the whole run.
        while after < len(source) and source[after] == "`":
            after += 1
        position = source.find(run, after, end)
    return -1
