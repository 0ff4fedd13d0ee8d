"""``phrases()``: many ways of saying a thing, compiled into one fast pattern."""

from __future__ import annotations

import time
from collections.abc import Iterator

from checker._text import Branch, FirstWords, LazyPattern, Phrases, lazy_patterns_to_compile
from checker.rules._needs import needs

__all__ = ["compile_all", "phrases"]

# Every set of phrases made, for ``compile_all``.
_MADE: list[Phrases] = []


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
    made = Phrases(alternatives, _joined, _branches)
    _MADE.append(made)
    return made


def compile_all(seconds: float | None = None) -> int:
    """Compile the sets of phrases and the ``LazyPattern`` made so far that no check has compiled yet, for about
    ``seconds`` at most (all of them when None, and at least one), and say how many are left.

    A pattern is compiled when a check first needs it, and together they take a second or more: the browser
    compiles them once the checker is ready, a slice at a time while the reader is still writing, so that a check
    sent meanwhile runs at once instead of waiting for them all.
    """
    until = None if seconds is None else time.perf_counter() + seconds
    waiting: list[Phrases | LazyPattern] = [made for made in _MADE if not vars(made).keys() >= _COMPILED]
    waiting += lazy_patterns_to_compile()
    for done, pattern in enumerate(waiting, start=1):
        _ = (pattern.pattern, pattern.needing) if isinstance(pattern, Phrases) else pattern.search
        if until is not None and time.perf_counter() >= until:
            return len(waiting) - done
    return 0


# What a set of phrases works out once and keeps.
_COMPILED = frozenset({"pattern", "needing"})


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


def _first_words(alternatives: tuple[str, ...]) -> FirstWords | None:
    """The words the phrases open with, or None if some phrase opens in a way this cannot read.

    A phrase whose first two words can be read is listed by the two together ("thank you", "i was"): a draft has
    "thank" a few times and "i" dozens of times, but each pair once or twice, and the pattern is tried only there.
    A common first word with a next word that is only a beginning is listed by that beginning ("i fail\\w*"), and
    any other phrase by its first word.
    """
    words: dict[bool, set[str]] = {True: set(), False: set()}
    second_beginnings: set[str] = set()
    pairs: set[tuple[str, str]] = set()
    for alternative in alternatives:
        for phrase in _split_alternatives(alternative):
            opening = _opening(phrase)
            if opening is None:
                return None
            for word, is_whole, rest in opening:
                following = _opening(rest) if is_whole and rest is not None else None
                if following is not None and all(second_is_whole for _, second_is_whole, _ in following):
                    pairs.update((word, second) for second, _, _ in following)
                elif (
                    following is not None
                    and word in _COMMON
                    # A common beginning ("a" of "a\\w+") says too little to be listed by.
                    and not any(second in _COMMON and not second_is_whole for second, second_is_whole, _ in following)
                ):
                    for second, second_is_whole, _ in following:
                        if second_is_whole:
                            pairs.add((word, second))
                        else:
                            second_beginnings.add(second)
                else:
                    words[is_whole].add(word)
    return FirstWords(
        frozenset(words[True]), tuple(sorted(words[False])), tuple(sorted(second_beginnings)), frozenset(pairs)
    )


# How many of a phrase's needs a draft is tested for: the least common few rule out nearly all that the rest would.
_NEEDS_TESTED = 3


def _branches(alternatives: tuple[str, ...]) -> tuple[Branch, ...]:
    """Each phrase of ``alternatives``, as "|" parts them, with what its matches need and open with."""
    return tuple(
        Branch(needs(phrase, _COMMON, _NEEDS_TESTED), _shared(_first_words((phrase,))))
        for alternative in alternatives
        for phrase in _split_alternatives(alternative)
    )


# Each opening once: phrases that open the same way ("i am", "i'm") share it, and the browser keeps thousands.
_OPENINGS: dict[FirstWords | None, FirstWords | None] = {}


def _shared(opening: FirstWords | None) -> FirstWords | None:
    return _OPENINGS.setdefault(opening, opening)


# Words found many times in most drafts: a phrase that opens with one is listed by its next word.
_COMMON_WORDS = (
    "a an and are as at be been but by do for had has have he i if in is it me my not of on or our so that the"
    " their they this to was we were will with would you your"
)
_COMMON = frozenset(_COMMON_WORDS.split())


# Characters that are themselves in a phrase and end its first word: a space (any whitespace), or punctuation
# that the word boundary stops at.
_ENDS_A_WORD = frozenset(' -,:;!/&"“”%#@=')
_QUANTIFIER = frozenset("?*+{")


# How a phrase's match can open: (word, True, rest) for its whole first word, where ``rest`` is the phrase after
# the space that follows that word (None if no space follows it), or (word, False, None) for the word's beginning.
Opening = tuple[str, bool, str | None]


def _opening(phrase: str) -> set[Opening] | None:
    """How a phrase's match can open; None when it opens with anything but letters or a group of phrases that do."""
    while (lookbehind := _LOOKBEHIND.match(phrase)) is not None:
        phrase = phrase[lookbehind.end() :]  # a guard on what comes before: it does not change the first word
    if phrase[:1].isalnum():
        return _word_opening(phrase)
    if not phrase.startswith("(") or phrase.startswith("(?"):
        return None
    end = _group_end(phrase)
    inner, rest = phrase[1:end], phrase[end + 1 :]
    optional = rest[:1] == "?" and rest[1:2] not in _QUANTIFIER
    if rest[:1] in _QUANTIFIER:
        if not optional:
            return None  # "(ab)+", "(very )*": a head may come again, and what follows it is not worth reading
        rest = rest[1:]
    openings: set[Opening] = set()
    for head in [*_split_alternatives(inner), *([""] if optional else [])]:
        opening = _opening(head + rest)
        if opening is None:
            return None
        openings |= opening
    return openings


def _word_opening(phrase: str) -> set[Opening] | None:
    """The opening of a phrase that starts with a letter or a digit."""
    length = 0
    while length < len(phrase) and (phrase[length].isalnum() or phrase[length] in "_'"):
        length += 1
    word, after = phrase[:length], phrase[length:]
    if after[:1] in _QUANTIFIER:
        word = word[:-1]  # "hours?": the last letter may be missing or repeated
    if not word:
        return None
    if not _ends_the_word(after):
        return {(word, False, None)}
    rests = _rests_after_space(after)
    return {(word, True, rest) for rest in rests} if rests else {(word, True, None)}


def _rests_after_space(after: str) -> list[str] | None:
    """Each way the phrase goes on after the space that ends its first word: "( would| will)? join" goes on as
    "would join", "will join" or "join". None when it does not go on with a space and a word, or not readably."""
    if after[:1] == " ":
        return [after[1:]] if after[1:2] not in ("", " ") else None
    if not after.startswith("(") or after.startswith("(?"):
        return None
    end = _group_end(after)
    inner, rest = after[1:end], after[end + 1 :]
    optional = rest[:1] == "?"
    if rest[:1] in _QUANTIFIER and not optional:
        return None
    rest = rest[1:] if optional else rest
    rests: list[str] = []
    for head in [*_split_alternatives(inner), *([""] if optional else [])]:
        found = _rests_after_space(head + rest)
        if found is None:
            return None
        rests += found
    return rests


def _ends_the_word(after: str) -> bool:
    """Whether every way ``after`` can go on ends the word before it: "( own)? best" does, "(ing)?" does not."""
    if after[:1] in _ENDS_A_WORD and (optional := _OPTIONAL.match(after, 1)) is not None:
        return _ends_the_word(after[optional.end() :])  # "re-?sending": the word may go on without the hyphen
    if after == "" or after[0] in _ENDS_A_WORD:
        return True
    if not after.startswith("(") or after.startswith("(?"):
        return False
    end = _group_end(after)
    inner, rest = after[1:end], after[end + 1 :]
    if (optional := _OPTIONAL.match(rest)) is not None:  # "?", "*", "{0,4}?": what follows may come next
        rest = rest[optional.end() :]
        if not _ends_the_word(rest):
            return False
    elif (repeated := _REPEATED.match(rest)) is not None:  # "+", "{1,3}": the group comes next, once or more
        rest = rest[repeated.end() :]
    elif rest[:1] in _QUANTIFIER:
        return False
    return all(_ends_the_word(head + rest) for head in _split_alternatives(inner))


# A quantifier that lets a group be left out: "?", "*", "{0,4}", lazy or not.
_OPTIONAL = LazyPattern(r"(?:\?|\*|\{0,\d*\})\??")
# One that repeats a group at least once: "+", "{1,3}", "{2}", lazy or not.
_REPEATED = LazyPattern(r"(?:\+|\{[1-9]\d*(?:,\d*)?\})\??")
_LOOKBEHIND = LazyPattern(r"\(\?<[!=](?:\\.|[^()\\])*\)")
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
        optional = rest.startswith("?") and rest[1:2] not in _QUANTIFIER
        rest = rest[1:] if optional else rest
        heads = _by_first_character(inner)
        # A group that may repeat ("(very )*") or is lazy cannot lose its first character to the index.
        if "" in heads or rest[:1] in _QUANTIFIER or len(heads) * len(rest) > _MAX_COPIED:
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
    """A space matches any whitespace and an apostrophe either kind, outside sets: inside one ("[\\w']"), a
    set of its own would end the set. A group is compiled as one that captures nothing: nothing reads what a
    phrase's groups hold, and the engine, which saves each group's place as it goes, matches three to four times
    as fast without them (a gap of words before a verb, tried at every "i" of a note)."""
    pieces, start = [], 0
    for index, character, _, in_set in _structure(phrase):
        if character in " '" and not in_set:
            pieces += [phrase[start:index], r"\s+" if character == " " else "['’]"]
            start = index + 1
        elif character == "(" and not in_set and phrase[index + 1 : index + 2] != "?":
            pieces += [phrase[start:index], "(?:"]
            start = index + 1
        elif character == "'" and in_set:
            pieces += [phrase[start:index], "'’"]
            start = index + 1
    return "".join([*pieces, phrase[start:]])
