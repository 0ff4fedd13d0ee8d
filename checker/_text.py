"""A draft as prose: Markdown parsed into plain text that remembers where each character came from.

Rules search the plain text (no link targets, no code, no Markdown syntax) and
report spans in it; :meth:`Draft.source_span` maps them back to the text the
reader typed, so the marks land on the right characters.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from functools import cached_property

from markdown_it import MarkdownIt
from markdown_it.token import Token

__all__ = ["Draft", "Match"]

# CommonMark without raw HTML: a pasted "<Interviewer>" stays visible text.
# text_join would merge escapes and entities into plain text and lose their
# source form, which the offset map needs.
_MARKDOWN = MarkdownIt("commonmark", {"html": False}).disable("text_join")

_WORD = re.compile(r"[^\W_]+(?:['’][^\W_]+)*")
_SKIPPED_BLOCKS = frozenset({"fence", "code_block", "html_block"})


@dataclass(frozen=True)
class Match:
    """A stretch of the plain text, half-open, in code points."""

    start: int
    end: int
    text: str


class Draft:
    """The prose of one follow-up draft.

    ``plain`` is what a reader sees once Markdown is rendered; ``offsets[i]``
    is the index in ``source`` of ``plain[i]``.
    """

    def __init__(self, source: str) -> None:
        self.source = source
        pieces: list[str] = []
        offsets: list[int] = []
        for source_start, text in _prose_pieces(source):
            pieces.append(text)
            offsets.extend(range(source_start, source_start + len(text)))
        self.plain = "".join(pieces)
        self.offsets = offsets

    def source_span(self, start: int, end: int) -> tuple[int, int]:
        """The span in ``source`` that the plain-text span ``[start, end)`` came from."""
        if not self.offsets:
            return (0, 0)
        start = min(max(start, 0), len(self.offsets) - 1)
        last = min(max(end - 1, start), len(self.offsets) - 1)
        return (self.offsets[start], self.offsets[last] + 1)

    def find(self, pattern: re.Pattern[str]) -> Iterator[Match]:
        """Every non-overlapping match of ``pattern`` in the plain text."""
        for found in pattern.finditer(self.plain):
            if found.end() > found.start():
                yield Match(found.start(), found.end(), found.group())

    def first(self, pattern: re.Pattern[str]) -> Match | None:
        return next(self.find(pattern), None)

    @cached_property
    def words(self) -> tuple[Match, ...]:
        return tuple(self.find(_WORD))

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


def _prose_pieces(source: str) -> Iterator[tuple[int, str]]:
    """Yield ``(source_offset, text)`` for each piece of visible prose, in order.

    Pieces of one block join directly; blocks are separated by a newline that
    maps to the start of the next block.
    """
    line_starts = [0]
    for found in re.finditer("\n", source):
        line_starts.append(found.end())
    first_block = True
    for token in _MARKDOWN.parse(source):
        if token.type in _SKIPPED_BLOCKS or token.type != "inline" or token.map is None:
            continue
        block_start = line_starts[token.map[0]]
        block_end = line_starts[token.map[1]] if token.map[1] < len(line_starts) else len(source)
        if not first_block:
            yield (block_start, "\n")
        first_block = False
        yield from _inline_pieces(source, token.children or [], block_start, block_end)


def _inline_pieces(source: str, children: list[Token], cursor: int, block_end: int) -> Iterator[tuple[int, str]]:
    for child in children:
        if child.type == "text":
            text, written = child.content, child.content
        elif child.type == "text_special":
            # An escape ("\\!") or entity ("&amp;"): shown as content, written as markup.
            text, written = child.content, child.markup
        elif child.type in ("softbreak", "hardbreak"):
            found = source.find("\n", cursor, block_end)
            position = found if found >= 0 else cursor
            yield (position, "\n")
            cursor = position + 1
            continue
        elif child.type == "code_inline":
            # Code is not prose: keep a space so the words around it stay apart.
            found = source.find(child.content, cursor, block_end)
            position = found if found >= 0 else cursor
            yield (position, " ")
            cursor = position + len(child.content) if found >= 0 else cursor
            continue
        else:
            # Images, link markup and formatting marks carry no prose of their own.
            continue
        if not text:
            continue
        found = source.find(written, cursor, block_end)
        if found < 0:
            # Should not happen; keep the text, pinned to where we are.
            found = min(cursor, max(len(source) - 1, 0))
            yield from ((found, character) for character in text)
            continue
        if written == text:
            yield (found, text)
        else:
            yield from ((found, character) for character in text)
        cursor = found + len(written)
