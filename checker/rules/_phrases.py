"""``phrases()``: many ways of saying a thing, compiled into one fast pattern."""

from __future__ import annotations

import re
from collections.abc import Iterator

from checker._text import Phrases

__all__ = ["phrases"]


def phrases(*alternatives: str) -> Phrases:
    """A pattern for whole phrases, written in lower case and matched in any case.

    A space matches any run of whitespace, an apostrophe either kind of
    apostrophe, and the phrase must start and end on a word boundary. Phrases
    may use regular-expression syntax: groups for optional words, and
    lookbehinds at the start for words that must not come before (written
    with ``\\s``, not a space, so they keep a fixed width). Each phrase starts
    with a letter or digit, or a group of such phrases. The pattern is built
    when first used.
    """
    for alternative in alternatives:
        if alternative != alternative.rstrip():
            # A space at the end would have to match whitespace before the word boundary: it never matches.
            raise ValueError(f"a phrase must not end with a space: {alternative!r}")
    return Phrases(alternatives, _joined)


def _joined(alternatives: tuple[str, ...]) -> str:
    """The phrases as one regular expression, indexed by first letter."""
    by_first: dict[str, list[str]] = {}
    for alternative in alternatives:
        for first, rests in _by_first_character(alternative).items():
            by_first.setdefault(first, []).extend(rests)
    # Compiled as "(?<!word)(?:a(?:phrases after a)|b(?:...)|...|other phrases)":
    # at each word start the engine compares one character per first letter
    # and tries only the phrases that start with the letter it found, about
    # three times faster than trying every phrase.
    unindexed = by_first.pop("", [])
    branches = [f"{first}(?:{'|'.join(map(_spaced, rests))})" for first, rests in sorted(by_first.items())]
    branches += map(_spaced, unindexed)
    return rf"(?<![\w'’])(?:{'|'.join(branches)})(?![\w'’])"


_LOOKBEHIND = re.compile(r"\(\?<[!=](?:\\.|[^()\\])*\)")
# Indexing a phrase that opens with a group of words copies the rest of the
# phrase once per first letter in the group; past this many characters the
# copies cost more to compile (at import) than they save.
_MAX_COPIED = 8000


def _by_first_character(pattern: str) -> dict[str, list[str]]:
    """The alternatives of ``pattern`` by first character, each without that character.

    A lookbehind that guarded the start of a phrase moves past the first
    character and grows to cover it, so it still tests the same text.
    Alternatives not worth indexing are kept whole under ``""``.
    """
    found: dict[str, list[str]] = {}
    for alternative in _split_alternatives(pattern):
        guard, moved_guard, phrase = "", "", alternative
        while (lookbehind := _LOOKBEHIND.match(phrase)) is not None:
            guard += lookbehind.group()
            moved_guard += lookbehind.group()[:-1] + ".)"
            phrase = phrase[lookbehind.end() :]
        if phrase[:1].isalnum():
            found.setdefault(phrase[0], []).append(moved_guard + phrase[1:])
            continue
        if not phrase.startswith("(") or phrase.startswith("(?"):
            raise ValueError(f"a phrase must start with a letter, a digit or a group: {alternative!r}")
        end = _group_end(phrase)
        inner, rest = phrase[1:end], phrase[end + 1 :]
        optional = rest.startswith("?")
        rest = rest[1:] if optional else rest
        heads = _by_first_character(inner)
        if "" in heads or len(heads) * len(rest) > _MAX_COPIED:
            found.setdefault("", []).append(alternative)
            continue
        for first, tails in heads.items():
            found.setdefault(first, []).append(f"{moved_guard}(?:{'|'.join(tails)}){rest}")
        if optional:
            for first, tails in _by_first_character(rest).items():
                found.setdefault(first, []).extend((guard if first == "" else moved_guard) + tail for tail in tails)
    return found


def _split_alternatives(pattern: str) -> list[str]:
    """``pattern`` split at each ``|`` that is not inside a group or a set."""
    parts, start = [], 0
    for index, character, depth, in_set in _structure(pattern):
        if character == "|" and depth == 0 and not in_set:
            parts.append(pattern[start:index])
            start = index + 1
    parts.append(pattern[start:])
    return parts


def _structure(pattern: str) -> Iterator[tuple[int, str, int, bool]]:
    """Each unescaped character of ``pattern`` with the group depth and whether it is inside a set.

    A parenthesis in a set ("[^)]") is a character, not a group.
    """
    depth, in_set, index = 0, False, 0
    while index < len(pattern):
        character = pattern[index]
        if character == "\\":
            index += 2
            continue
        if in_set:
            in_set = character != "]"
        elif character == "[":
            in_set = True
            # "[]..." and "[^]...": a first "]" belongs to the set.
            if pattern[index + 1 : index + 2] == "^":
                index += 1
            if pattern[index + 1 : index + 2] == "]":
                index += 1
        elif character == "(":
            depth += 1
        elif character == ")":
            depth -= 1
        yield index, character, depth, in_set
        index += 1


def _group_end(pattern: str) -> int:
    """The index of the parenthesis that closes the group opening ``pattern``."""
    for index, character, depth, in_set in _structure(pattern):
        if character == ")" and depth == 0 and not in_set:
            return index
    raise ValueError(f"unbalanced parentheses in phrase {pattern!r}")


def _spaced(phrase: str) -> str:
    return phrase.replace("'", "['’]").replace(" ", r"\s+")
