"""What every match of a phrase has: the words a draft must contain before the phrase is worth looking for.

A rule's cue is a set of dozens of phrases, and a note matches few of them: a
test of the note's words rules out nearly all the others before any place is
looked up. "the (recruiter|manager) said" needs "said", one of "recruiter" and
"manager", and pairs of words side by side: one of "recruiter said" and
"manager said". A draft has each pair of its words that only whitespace parts,
so a pair is as good a need as a word, and a far rarer one.

A phrase is read once, into a small tree of the regular-expression syntax that
phrases use; a phrase written in a way the tree does not follow needs nothing,
and is looked for wherever it can open.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from itertools import pairwise
from typing import NamedTuple

__all__ = ["needs"]


class _Item(NamedTuple):
    """One character, set or group of a phrase, with how often it may come (a tuple: phrases have thousands)."""

    # "char" (characters that stand for themselves), "space", "set", "group" (capturing or not), "look" (a lookaround:
    # it matches no text) or "other".
    kind: str
    # The characters of a "char"; the letters of a "set", or "" for a set that is more than letters ("[\w']").
    text: str = ""
    alternatives: tuple[tuple[_Item, ...], ...] = ()
    least: int = 1
    most: int | None = 1  # None: as often as it likes

    @property
    def once(self) -> bool:
        return self.least == self.most == 1


# Characters that are themselves in a word as the draft's words are cut (``checker._text``).
_IN_A_WORD = re.compile(r"[a-z0-9']+")
# Past this many spellings of a word ("summari[sz]e", "thank(s|ful)?"), a phrase's needs are not worth listing.
_MAX_SPELLINGS = 64


def needs(phrase: str, common: frozenset[str], most: int) -> tuple[tuple[str, ...], ...]:
    """Up to ``most`` of what every match of ``phrase`` (with no "|" outside groups) has, least common first.

    Each is a sorted tuple of words, or of pairs of words with only whitespace between them ("i was"), one of which
    every match has whole (a tuple: the browser keeps thousands, and a set takes several times the memory);
    ``common`` are the words nearly every draft has, the worst needs of all.
    """
    alternatives = _parse(phrase)
    if alternatives is None or len(alternatives) != 1:
        return ()  # an unbalanced parenthesis: the pattern itself reports it
    found = _needs_of_sequence(alternatives[0], bounded_before=True, bounded_after=True, common=common)
    return tuple(tuple(sorted(need)) for need in found[:most])


# The pieces of a phrase's syntax: a group's opening or its close, a "|", a set, an escape, a quantifier, a space, a
# run of characters that stand for themselves, or any other character ("." or a "{" that is no quantifier).
_TOKEN = re.compile(
    r"(?P<open>\((?:\?(?:<?[=!]|[a-zA-Z-]*:?))?)|(?P<close>\))|(?P<bar>\|)|(?P<set>\[\^?\]?(?:\\.|[^\]\\])*\])"
    r"|(?P<escape>\\.)|(?P<quantifier>(?:[?*+]|\{\d*(?:,\d*)?\})\??)|(?P<space> )|(?P<run>[^\\()\[\]|.^$?*+{ ]+)"
    r"|(?P<other>.)",
    re.DOTALL,
)


def _parse(phrase: str) -> list[tuple[_Item, ...]] | None:
    """The alternatives of ``phrase`` as trees of items; None if its parentheses do not balance."""
    stack: list[tuple[str, list[list[_Item]]]] = [("group", [[]])]
    for token in _TOKEN.finditer(phrase):
        kind, text = token.lastgroup, token.group()
        alternatives = stack[-1][1]
        if kind == "open":
            group = "look" if text[2:3] in ("=", "!", "<") else "group" if text in ("(", "(?:") else "other"
            stack.append((group, [[]]))
        elif kind == "close":
            if len(stack) == 1:
                return None
            group, inner = stack.pop()
            stack[-1][1][-1].append(_Item(group, alternatives=tuple(map(tuple, inner))))
        elif kind == "bar":
            alternatives.append([])
        elif kind == "quantifier" and alternatives[-1]:
            last = alternatives[-1].pop()
            if last.kind == "char" and len(last.text) > 1:  # "hours?": only the "s" is optional
                alternatives[-1].append(last._replace(text=last.text[:-1]))
                last = last._replace(text=last.text[-1])
            alternatives[-1].append(_quantified(last, text))
        elif kind == "set":
            letters = text[1:-1]
            alternatives[-1].append(_Item("set", letters if letters.isalpha() else ""))
        else:
            alternatives[-1].append(_Item(_KINDS.get(kind or "", "other"), text))
    return [tuple(alternative) for alternative in stack[0][1]] if len(stack) == 1 else None


_KINDS = {"run": "char", "space": "space"}


def _quantified(item: _Item, quantifier: str) -> _Item:
    """``item`` with the quantifier after it: "?", "*", "+" or "{m,n}", lazy or not."""
    quantifier = quantifier[:-1] if len(quantifier) > 1 and quantifier.endswith("?") else quantifier
    if quantifier in ("?", "*", "+"):
        return item._replace(least=int(quantifier == "+"), most=1 if quantifier == "?" else None)
    least, comma, most = quantifier[1:-1].partition(",")
    fewest = int(least or 0)
    return item._replace(least=fewest, most=(int(most) if most else None) if comma else fewest)


def _needs_of_sequence(
    sequence: Sequence[_Item], *, bounded_before: bool, bounded_after: bool, common: frozenset[str]
) -> list[frozenset[str]]:
    """The needs of one alternative, least common first. ``bounded_before`` and ``bounded_after`` say whether what
    surrounds it ends a word (a space, or the phrase's own boundary) rather than going on with it ("(un|not )fair")."""
    if len(sequence) == 1 and sequence[0].kind == "char" and sequence[0].once:  # most alternatives: one word
        word = sequence[0].text
        return [frozenset({word})] if bounded_before and bounded_after and _IN_A_WORD.fullmatch(word) else []
    if any(item.kind == "space" and not item.once for item in sequence):
        return []  # "a ?b": an optional space does not part words
    pieces: list[list[_Item]] = [[]]
    for item in sequence:
        if item.kind == "space":
            pieces.append([])
        else:
            pieces[-1].append(item)
    bounds = [
        (bounded_before or number > 0, bounded_after or number < len(pieces) - 1) for number in range(len(pieces))
    ]
    options = [
        _needs_of_word(piece, before, after, common) for piece, (before, after) in zip(pieces, bounds, strict=True)
    ]
    for (first, (before, _)), (second, (_, after)) in pairwise(zip(pieces, bounds, strict=True)):
        # Optional words before the first word ("(yet )?another") or after the second leave the two side by side.
        firsts = _whole_spellings(_without_optional_words_before(first)) if before else None
        seconds = _whole_spellings(_without_optional_words_after(second)) if after else None
        if firsts and seconds and len(firsts) * len(seconds) <= _MAX_SPELLINGS:
            options.append(frozenset(f"{one} {two}" for one in firsts for two in seconds))
    found = {option for option in options if option}
    return sorted(found, key=lambda option: (sum(_how_common(need, common) for need in option), sorted(option)))


def _needs_of_word(
    piece: Sequence[_Item], bounded_before: bool, bounded_after: bool, common: frozenset[str]
) -> frozenset[str] | None:
    """The least common need of a piece of a phrase between spaces: a word, its spellings, or a group's."""
    piece = _without_optional_words_after(_without_optional_words_before(piece))
    if len(piece) == 1 and piece[0].kind == "group" and piece[0].once:
        needed: set[str] = set()
        for alternative in piece[0].alternatives:
            found = _needs_of_sequence(
                alternative, bounded_before=bounded_before, bounded_after=bounded_after, common=common
            )
            if not found:
                return None
            needed |= found[0]
        return frozenset(needed)
    return _whole_spellings(piece) if bounded_before and bounded_after else None


def _how_common(need: str, common: frozenset[str]) -> float:
    """About how likely a draft is to have a word or a pair: a common word nearly always, another word or a pair of
    common words seldom, another pair more seldom still."""
    if " " not in need:
        return 1 if need in common else 0.03
    return 0.02 if all(word in common for word in need.split()) else 0.002


def _without_optional_words_before(piece: Sequence[_Item]) -> Sequence[_Item]:
    """``piece`` without the lookarounds and optional groups of whole words it opens with ("(yet )?another"); the
    word after them stays as bounded as the piece: a group that is there parts it from the word by a space."""
    start = 0
    while start < len(piece) and (piece[start].kind == "look" or _optional_words(piece[start], at_end=True)):
        start += 1
    return piece[start:]


def _without_optional_words_after(piece: Sequence[_Item]) -> Sequence[_Item]:
    """``piece`` without the lookarounds and optional groups of whole words it ends with ("hurry( up)?")."""
    end = len(piece)
    while end > 0 and (piece[end - 1].kind == "look" or _optional_words(piece[end - 1], at_end=False)):
        end -= 1
    return piece[:end]


def _optional_words(item: _Item, *, at_end: bool) -> bool:
    """Whether ``item`` is an optional group each of whose alternatives has a space at its end (``at_end``: "(yet )?"
    before a word) or at its start ("( up)?" after one)."""
    if item.kind != "group" or item.least != 0:
        return False
    edges = [alternative[-1:] if at_end else alternative[:1] for alternative in item.alternatives]
    return all(edge and edge[0].kind == "space" and edge[0].once for edge in edges)


def _whole_spellings(piece: Sequence[_Item]) -> frozenset[str] | None:
    """Every way ``piece`` can be spelt, when it is always a word (never "", as "(s)?" can be)."""
    spellings = _spellings(piece)
    return frozenset(spellings) if spellings and "" not in spellings else None


def _spellings(piece: Sequence[_Item]) -> set[str] | None:
    """Every way ``piece`` can be spelt when it is made of letters, digits, apostrophes, sets of letters ("[sz]")
    and groups of such, each perhaps optional; None for anything else ("\\w+", a space, "s+")."""
    spellings = {""}
    for item in piece:
        if item.kind == "look":
            continue  # it tests the text around; it spells none of it
        options = _item_spellings(item)
        if options is None or not (item.once or (item.least, item.most) == (0, 1)):
            return None
        spellings = {spelt + option for spelt in spellings for option in options | ({""} if item.least == 0 else set())}
        if len(spellings) > _MAX_SPELLINGS:
            return None
    return spellings


def _item_spellings(item: _Item) -> set[str] | None:
    if item.kind == "char":
        return {item.text} if _IN_A_WORD.fullmatch(item.text) else None
    if item.kind == "set":
        return set(item.text) if item.text else None
    if item.kind != "group":
        return None
    options: set[str] = set()
    for alternative in item.alternatives:
        spelt = _spellings(alternative)
        if spelt is None:
            return None
        options |= spelt
    return options
