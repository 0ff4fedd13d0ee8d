"""A draft's Markdown as plain prose, and the map from each prose character back to the source."""

from __future__ import annotations

import importlib
import re
import subprocess
import sys
from collections.abc import Collection
from pathlib import Path
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from checker import RULES, _language
from checker._text import _MAY_BE_MARKUP, Draft, FirstWords, Match, Phrases, _paragraph_pieces, _parsed_pieces, lower
from checker.rules._phrases import phrases
from tests.corpus_cases import load_corpus

ROOT = Path(__file__).resolve().parent.parent


def _source_of(draft: Draft, fragment: str) -> str:
    """The source text behind the first occurrence of ``fragment`` in the prose."""
    start = draft.plain.index(fragment)
    begin, end = draft.source_span(start, start + len(fragment))
    return draft.source[begin:end]


@pytest.mark.parametrize(
    ("source", "plain"),
    [
        ("Dear Ms. Achieng,", "Dear Ms. Achieng,"),
        ("**Thank you** for the *tour*.", "Thank you for the tour."),
        ("See [our call](https://example.com/a) and ![logo](logo.png) too", "See our call and  too"),
        ("Tom \\*not bold\\* &amp; Jerry &copy;", "Tom *not bold* & Jerry ©"),
        ("one\ntwo", "one\ntwo"),
        ("hard  \nbreak\\\nagain", "hard\nbreak\nagain"),
        ("a `code` b", "a   b"),
        ("# Heading\n\n- one\n- two\n\n> quoted", "Heading\none\ntwo\nquoted"),
        ("Before\n\n```\nfenced code\n```\n\nAfter", "Before\nAfter"),
        (
            "Dear Sam,\n\n\tThank you for today.\n\n    Kind regards,\n    Amina",
            "Dear Sam,\nThank you for today.\nKind regards,\nAmina",
        ),
        ("Top\n\n---\n\n____\n\nEnd", "Top\n____\nEnd"),
        ("Windows\r\nline\r\n\r\nends", "Windows\nline\nends"),
        ("<b>not html</b> <Interviewer>", "<b>not html</b> <Interviewer>"),
        ("<https://example.com> <amina@example.com>", "https://example.com amina@example.com"),
    ],
)
def test_plain_text_is_what_a_reader_sees(source: str, plain: str) -> None:
    assert Draft(source).plain == plain


# Bits of lines as people type them, most of them plain, and some that markdown-it may read as markup (a list's
# "1.", a tab, a no-break space, "[", "&", emphasis): some drafts are read without the parser and some with it.
_PLAIN = "Dear Ms thank you é 🙂 3 . , ! ? ' ( ) ; : = ~ + # - [ ] &"
_MARKUP = "1. < * _ ` &amp; ]("
_PLAIN_BITS = [*_PLAIN.split(), " ", " ", "  "]
_MARKUP_BITS = [*_MARKUP.split(), "\t", "\u00a0", "\u3000", "\x1c", "\x85"]
_LINE_BITS = st.sampled_from(_PLAIN_BITS * 6 + _MARKUP_BITS)


@settings(max_examples=600, deadline=None)
@given(st.lists(st.lists(_LINE_BITS, max_size=8).map("".join), max_size=8).map("\n".join))
def test_a_draft_without_markup_is_read_as_markdown_it_reads_it(source: str) -> None:
    if _MAY_BE_MARKUP.search(source) is None:
        assert list(_paragraph_pieces(source)) == list(_parsed_pieces(source))


def test_every_corpus_draft_without_markup_is_read_as_markdown_it_reads_it() -> None:
    plain = [draft.text for draft in load_corpus() if _MAY_BE_MARKUP.search(draft.text) is None]
    assert len(plain) > 1000  # most notes have no markup: the reading without the parser is the common one
    for text in plain:
        assert list(_paragraph_pieces(text)) == list(_parsed_pieces(text)), text


def _offsets(draft: Draft) -> list[int]:
    """Where each character of the prose starts in the source."""
    return [draft.source_span(index, index + 1)[0] for index in range(len(draft.plain))]


def test_every_prose_character_maps_to_itself_in_the_source() -> None:
    source = "Dear **Ms.** [Achieng](https://x.example),\n\nthank _you_ for `today`.  \nBest,\n> Amina 👋🏽"
    draft = Draft(source)
    for character, offset in zip(draft.plain, _offsets(draft), strict=True):
        if character == "\n":
            assert source[offset] in "\n>" or source[offset - 1] == "\n"
        elif character == " " and source[offset] == "`":
            continue  # the stand-in for inline code sits on its opening backtick
        else:
            assert source[offset] == character


@pytest.mark.parametrize(
    ("source", "fragment", "written"),
    [
        ("Dear **Ms. Achieng**, hello", "Ms. Achieng, hello", "Ms. Achieng**, hello"),
        ("Tom \\*not bold\\* &amp; Jerry", "*not bold* &", "\\*not bold\\* &amp;"),
        ("Price &lt; 10 &euro;", "€", "&euro;"),
        ("x &#x1F600; y", "😀", "&#x1F600;"),
        ("one\r\ntwo", "one\ntwo", "one\r\ntwo"),
        ("old\rmac", "old\nmac", "old\rmac"),
        ("`a\nb` then [link\ntext](u) done", "then link\ntext done", "then [link\ntext](u) done"),
        ("`` a ` b `` after `` x ``", "after", "after"),
        ("emoji 👩🏽‍💻 then [Name]", "[Name]", "[Name]"),
        ("nul\0in text", "in text", "in text"),
    ],
)
def test_source_span_covers_the_markup_between(source: str, fragment: str, written: str) -> None:
    assert _source_of(Draft(source), fragment) == written


def test_source_span_is_clamped_to_the_draft() -> None:
    draft = Draft("Hello")
    assert draft.source_span(-5, 99) == (0, 5)
    assert draft.source_span(3, 3) == (3, 4)
    assert Draft("---").source_span(0, 1) == (0, 0)


def test_lines_are_stripped_non_blank_lines_with_their_positions() -> None:
    draft = Draft("Dear Sam,\n\nThank you.  \n\n   Best,  \nAmina")
    assert [(line.text, draft.plain[line.start : line.end]) for line in draft.lines] == [
        ("Dear Sam,", "Dear Sam,"),
        ("Thank you.", "Thank you."),
        ("Best,", "Best,"),
        ("Amina", "Amina"),
    ]


def test_words_count_like_a_word_processor() -> None:
    # I'm / a / data-driven / analyst / see / my / site / and / 2026: no link target, no code.
    draft = Draft("I’m a data-driven analyst, see [my site](https://a.example/b-c/d) — and `code here` 2026!")
    assert draft.word_count == 9
    assert draft.words_after(9) is None
    start, end = draft.words_after(3) or (0, 0)
    assert draft.plain[start:end] == "analyst, see my site — and   2026"
    start, end = draft.words_after(8) or (0, 0)
    assert draft.plain[start:end] == "2026"


def test_find_returns_plain_text_matches() -> None:
    draft = Draft("Thanks **a lot**, THANKS again")
    assert [(m.start, m.end, m.text) for m in draft.find(re.compile("thanks", re.IGNORECASE))] == [
        (0, 6, "Thanks"),
        (14, 20, "THANKS"),
    ]
    assert draft.first(re.compile("nothing")) is None


def test_phrases_match_any_case_and_either_apostrophe() -> None:
    pattern = phrases("i've been waiting", r"(as soon as|asap)( possible)?")
    draft = Draft("I’VE  been\nwaiting. Reply ASAP.")
    assert [m.text for m in draft.find(pattern)] == ["I’VE  been\nwaiting", "ASAP"]


def test_match_line_finds_a_phrase_only_at_the_start_of_the_line() -> None:
    pattern = phrases(r"(kind )?regards", "best")
    draft = Draft("Dear Sam,\n\nBest of luck.\n\nWith kind regards,\nKind Regards,\nAmina")
    first, best, with_kind, kind, name = draft.lines
    assert draft.match_line(pattern, first) is None
    assert draft.match_line(pattern, best) == Match(best.start, best.start + 4, "Best")
    assert draft.match_line(pattern, with_kind) is None
    assert draft.match_line(pattern, kind) == Match(kind.start, kind.start + 12, "Kind Regards")
    assert draft.match_line(pattern, name) is None


def test_phrases_match_whole_words_only() -> None:
    pattern = phrases("fair", "keen")
    assert [m.text for m in Draft("unfair, fairly, keenness; fair and keen").find(pattern)] == ["fair", "keen"]


def test_phrase_lookbehinds_still_guard_the_start() -> None:
    pattern = phrases(r"(?<!not\s)interested", r"(very )?(keen|eager)")
    draft = Draft("not interested, still interested, very keen, eager")
    assert [m.text for m in draft.find(pattern)] == ["interested", "very keen", "eager"]


def test_a_phrase_must_start_with_a_word_or_a_group() -> None:
    """Refused when the pattern is built, on first use; every rule's patterns are built by the rule tests."""
    with pytest.raises(ValueError, match="must start with"):
        _ = phrases(" leading space").source
    with pytest.raises(ValueError, match="unbalanced"):
        _ = phrases("(open").source


def _rule_phrases() -> list[Phrases]:
    """Every set of phrases in a rule's module: named, or a cue's pattern."""
    found: dict[int, Phrases] = {}
    for rule in RULES:
        module = sys.modules[rule.check.__module__]
        for value in vars(module).values():
            for candidate in value if isinstance(value, tuple) else (value,):
                pattern = getattr(candidate, "pattern", candidate)
                if isinstance(pattern, Phrases):
                    found[id(pattern)] = pattern
    return list(found.values())


RULE_PHRASES = _rule_phrases()


def test_every_rule_builds_its_patterns() -> None:
    """A bad phrase fails here rather than on a reader's first check."""
    assert len(RULE_PHRASES) > 50
    for pattern in RULE_PHRASES:
        assert pattern.pattern is not None


def test_the_rules_phrases_all_say_how_they_open() -> None:
    """A phrase whose opening cannot be read is searched for everywhere: correct, but slower for every draft."""
    assert [
        pattern.alternatives[0]
        for pattern in RULE_PHRASES
        if any(branch.opening is None for branch in pattern.branches)
    ] == []


def test_nearly_every_phrase_of_the_rules_says_what_it_needs() -> None:
    """A phrase that cannot say which words it needs is looked for in every draft that has its first words."""
    branches = [branch for pattern in RULE_PHRASES for branch in pattern.branches]
    assert sum(1 for branch in branches if not branch.needs) <= len(branches) // 20


def _opened_with(*alternatives: str) -> FirstWords:
    """The words that the phrases open with, all together."""
    openings = [branch.opening for branch in phrases(*alternatives).branches]
    assert all(opening is not None for opening in openings)
    return FirstWords(
        frozenset().union(*(opening.whole for opening in openings if opening is not None)),
        tuple(sorted({word for opening in openings if opening is not None for word in opening.beginnings})),
        tuple(sorted({word for opening in openings if opening is not None for word in opening.second_beginnings})),
        frozenset().union(*(opening.pairs for opening in openings if opening is not None)),
    )


@pytest.mark.parametrize(
    ("alternatives", "whole", "beginnings", "pairs"),
    [
        (("i've been waiting", "fair"), {"fair"}, (), (("i've", "been"),)),
        ((r"(i've|i have|i) been waiting",), set(), (), (("i've", "been"), ("i", "have"), ("i", "been"))),
        ((r"hours? ago", r"wait\w* long"), set(), ("hour", "wait"), ()),
        ((r"(very )?keen", r"my( own)? best"), {"keen"}, (), (("very", "keen"), ("my", "own"), ("my", "best"))),
        ((r"my( own|self)? best", r"hear(ing)? back"), set(), ("hear", "my"), ()),
        ((r"(?<!not\s)sure", "follow-up"), {"sure", "follow"}, (), ()),
        ((r"(x|)y",), {"xy", "y"}, (), ()),
        (
            (r"(i|we)( would| will)? (gladly|happily) join",),
            set(),
            (),
            {(first, second) for first in ("i", "we") for second in ("would", "will", "gladly", "happily")},
        ),
        ((r"a \w+ note",), {"a"}, (), ()),
        # A group that comes at least once ends the word when each of its phrases does: "a", not every word in "a".
        ((r"(one|a)( small| little)+ (tip|advice)", r"my( [\w-]+){1,3} was"), {"one", "a", "my"}, (), ()),
    ],
)
def test_phrases_know_the_words_they_open_with(
    alternatives: tuple[str, ...],
    whole: set[str],
    beginnings: tuple[str, ...],
    pairs: Collection[tuple[str, str]],
) -> None:
    first = _opened_with(*alternatives)
    assert (first.whole, first.beginnings, first.pairs) == (frozenset(whole), beginnings, frozenset(pairs))


def test_phrases_are_listed_by_their_first_two_words() -> None:
    """ "the" and "i" are in every draft, "the youngest" and "i was" in few: the pattern is tried where the pair is.

    When the next word is only a beginning ("fail\\w*"), a phrase that opens with a common word is tried one word
    before each word with that beginning.
    """
    pattern = phrases(r"the (youngest|highest) (ever|in)", r"i fail\w* to see", "i was sure")
    assert _opened_with(*pattern.alternatives) == FirstWords(
        frozenset(), (), ("fail",), frozenset({("the", "youngest"), ("the", "highest"), ("i", "was")})
    )
    draft = Draft("I was the  youngest ever, and I fail to see why; I was sure of it. The highest-paid? The highest in")
    assert [m.text for m in draft.find(pattern)] == [
        "the  youngest ever",
        "I fail to see",
        "I was sure",
        "The highest in",
    ]


def test_an_apostrophe_inside_a_set_stays_in_the_set() -> None:
    """An apostrophe in a set once became a set of its own inside it, and the phrase never matched "fortnight's"."""
    pattern = phrases(r"turned down( [\w']+){0,3} cover", r"i've")
    draft = Draft("I've turned down a fortnight’s cover. I’ve")
    assert [m.text for m in draft.find(pattern)] == ["I've", "turned down a fortnight’s cover", "I’ve"]


@pytest.mark.parametrize(
    ("phrase", "text"),
    [
        (r"(re-?sending|bumping) (this|my)", "I am resending this, and re-sending my note"),  # "re" is not a word
        (r"thank you-?s", "A few thank yous"),  # nor is "you": the pair is ("thank", "yous")
        (r"a( b|-?){1,2}d", "ad, a-d, a bd"),  # a repeated group that may add nothing to the word
        (r"thank you( so|,?)+much", "thank youmuch"),
        (r"(very )*keen", "so very very keen"),  # after "very", "very" again
        (r"(very )*keen", "very ery keen"),  # the group repeats whole, not from its second letter
        (r"(very )??keen", "very keen, keen"),
    ],
)
def test_openings_read_quantifiers_as_the_engine_does(phrase: str, text: str) -> None:
    """Where a match may open is worked out from the phrase's syntax: a misreading skips a match, silently."""
    pattern, draft = phrases(phrase), Draft(text)
    everywhere = [found.span() for found in pattern.pattern.finditer(draft.lowered)]
    assert everywhere
    assert [(m.start, m.end) for m in draft.find(pattern)] == everywhere


def test_phrases_that_open_unreadably_are_searched_everywhere() -> None:
    pattern = phrases("fine", r"(ab)+c")  # a repeated group: what its first word is, is not worth reading
    assert [branch.opening is None for branch in pattern.branches] == [False, True]
    assert [m.text for m in Draft("so far, fine").find(pattern)] == ["fine"]


@pytest.mark.parametrize(
    ("phrase", "needs"),
    [
        ("thanks for nothing", [{"for nothing"}, {"thanks for"}, {"nothing"}, {"thanks"}, {"for"}]),
        (
            r"the (recruiter|manager) said",
            [{"recruiter said", "manager said"}, {"the recruiter", "the manager"}, {"said"}],
        ),
        (
            r"(yet )?another (email|reminder)",
            [{"another email", "another reminder"}, {"another"}, {"email", "reminder"}],
        ),
        (r"hurry( up)?(?! and)", [{"hurry"}]),
        (r"(?<!no\s)rush(ed|ing)? me", [{"rush me", "rushed me", "rushing me"}, {"rush", "rushed", "rushing"}, {"me"}]),
        (
            r"summari[sz]e (it|this)",
            [
                {"summarise it", "summarize it", "summarise this", "summarize this"},
                {"summarise", "summarize"},
                {"it", "this"},
            ],
        ),
        (r"(un|not )fair", []),  # "unfair" or "not fair": no one word is in both
        (r"a ?b", []),  # "ab" is one word, "a b" two
        (r"my( \w+)? fault", [{"fault"}, {"my"}]),
        (r"(kind|best) regards", [{"kind regards", "best regards"}, {"regards"}, {"kind", "best"}]),
    ],
)
def test_phrases_know_the_words_they_need(phrase: str, needs: list[set[str]]) -> None:
    """Least common first: a pair is rarer than a word, and a common word ("for", "my") is in nearly every draft."""
    (branch,) = phrases(phrase).branches
    assert [set(need) for need in branch.needs] == needs[: len(branch.needs)]
    assert len(branch.needs) == min(len(needs), 3)


def test_a_draft_without_the_words_a_phrase_needs_is_not_searched() -> None:
    pattern = phrases("thanks for nothing", r"(yet )?another (email|reminder)")
    assert [m.text for m in Draft("Thanks for everything, and another email.").find(pattern)] == ["another email"]
    assert [m.text for m in Draft("Thanks for\nnothing. Yet another Reminder").find(pattern)] == [
        "Thanks for\nnothing",
        "Yet another Reminder",
    ]


def test_looking_only_where_a_phrase_can_open_finds_what_a_full_search_finds_in_the_corpus() -> None:
    """Every rule's phrases on real notes (a sample of the tuning part): the words they need, and where they open."""
    for case in load_corpus("tuning")[::25]:
        draft = Draft(case.text)
        for pattern in RULE_PHRASES:
            everywhere = [
                found.span() for found in pattern.pattern.finditer(draft.lowered) if found.end() > found.start()
            ]
            assert [(m.start, m.end) for m in draft.find(pattern)] == everywhere, (case.id, pattern.alternatives[0])


_OPENINGS = sorted(
    {
        word
        for pattern in RULE_PHRASES
        for branch in pattern.branches
        if branch.opening is not None
        for word in branch.opening.whole
        | {word for pair in branch.opening.pairs for word in pair}
        | {word for need in branch.needs for words in need for word in words.split()}
    }
)
_WORDS = st.sampled_from(
    [*_OPENINGS, "been", "waiting", "not", "my", "own", "best", "the", "i", "a", "you", "process", "x"]
)
_GAPS = st.sampled_from([" ", "  ", "\n", "’", "'", "-", ", ", ". ", "s ", "ing "])


@settings(max_examples=150, deadline=None)
@given(st.lists(st.tuples(_WORDS, _GAPS, st.booleans()), max_size=40))
def test_looking_only_where_a_phrase_can_open_finds_what_a_full_search_finds(
    pieces: list[tuple[str, str, bool]],
) -> None:
    text = "".join((word.upper() if shout else word) + gap for word, gap, shout in pieces)
    draft = Draft(text)
    for pattern in RULE_PHRASES:
        everywhere = [found.span() for found in pattern.pattern.finditer(draft.lowered) if found.end() > found.start()]
        assert [(m.start, m.end) for m in draft.find(pattern)] == everywhere, pattern.alternatives[0]


def test_lower_keeps_one_character_per_character() -> None:
    text = "İSTANBUL Straße ΣΊΣΥΦΟΣ"
    assert len(lower(text)) == len(text)
    assert lower(text) == "istanbul straße σίσυφος"


def test_a_phrase_with_a_space_at_its_end_is_refused() -> None:
    """ "offer from " could never match before a word: refusing it at import keeps such a phrase from dying silently."""
    with pytest.raises(ValueError, match="space"):
        phrases("offer from ")


@pytest.mark.parametrize(
    ("phrase", "text", "found"),
    [
        (r"(reason|cause) given( \([^)|]*\))? (is|was) wrong", "the reason given (sadly) was wrong", True),
        (r"(reason|cause) given( \([^)|]*\))? (is|was) wrong", "the reasons are", False),
        (r"a[|]b|c", "a|b", True),
    ],
)
def test_a_parenthesis_or_bar_in_a_set_is_a_character(phrase: str, text: str, found: bool) -> None:
    """Split at a "|" or a ")" inside "[^)|]", a phrase would match stray words ("are") and nothing it meant."""
    assert (phrases(phrase).pattern.search(text) is not None) is found


def test_warming_up_compiles_every_pattern_of_the_rules() -> None:
    """The browser warms up once the checker is ready, a slice at a time, so the reader's first check compiles nothing.

    In a fresh interpreter: here, other tests have compiled the patterns already.
    """
    script = (
        "from checker.bridge import warm_up\n"
        "from tests.test_text import RULE_PHRASES\n"
        "from checker._text import _LAZY_PATTERNS\n"
        "def compiled():\n"
        "    phrases = sum('pattern' in vars(p) and 'needing' in vars(p) for p in RULE_PHRASES)\n"
        "    return phrases + sum('search' in vars(p) for p in _LAZY_PATTERNS)\n"
        "before = compiled()\n"
        "print(before, warm_up(0.0), warm_up(0.0), warm_up(), compiled(), len(RULE_PHRASES) + len(_LAZY_PATTERNS))\n"
    )
    result = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, check=True, cwd=ROOT)
    before, left_after_slice, left_after_next, left_at_end, after, total = map(int, result.stdout.split())
    assert before < total
    assert left_after_slice > left_after_next == left_after_slice - 1  # a slice of no time still compiles one
    assert (left_at_end, after) == (0, total)


_IMPORTED_AFTER = """
import sys
import checker.cli
print("markdown_it" in sys.modules)
import checker.bridge
checker.bridge.prepare()
print("markdown_it" in sys.modules)
"""


def test_the_markdown_parser_is_imported_when_a_check_needs_it() -> None:
    # The command line and ``import checker`` start without it; the worker's prepare() imports it before Ready.
    result = subprocess.run(
        [sys.executable, "-c", _IMPORTED_AFTER], capture_output=True, text=True, check=True, cwd=ROOT
    )
    assert result.stdout.split() == ["False", "True"]


# The patterns that open with a lookahead of the characters a match can start with, for speed: the lookahead must let
# through every character that the rest of the pattern can start with, or a phrase added later would never be found.
_RE_PARSER: Any = importlib.import_module("re._parser")  # what re compiles from; a test may read it
_WITH_LOOKAHEAD = [_language._CLAUSE_BREAK, _language._THAT_CLAUSE, _language._NEGATION, _language._HEDGE]


def _first_characters(items: Any) -> tuple[set[str], bool]:
    """The characters a match of parsed items can start with (categories as "\\\\s" or "\\\\w"), and whether it can be
    empty: zero-width items (word boundaries, lookarounds) are passed over."""
    found: set[str] = set()
    for op, value in items:
        name = str(op)
        if name == "LITERAL":
            return found | {chr(value)}, False
        if name == "IN":
            for kind, member in value:
                found |= {chr(member)} if str(kind) == "LITERAL" else {f"{kind}:{member}"}
            return found, False
        if name == "BRANCH":
            empty = False
            for branch in value[1]:
                first, can_be_empty = _first_characters(branch)
                found |= first
                empty = empty or can_be_empty
            if not empty:
                return found, False
        elif name == "SUBPATTERN":
            first, can_be_empty = _first_characters(value[3])
            found |= first
            if not can_be_empty:
                return found, False
        elif name in ("MAX_REPEAT", "MIN_REPEAT"):
            first, can_be_empty = _first_characters(value[2])
            found |= first
            if value[0] > 0 and not can_be_empty:
                return found, False
        elif name not in ("AT", "ASSERT", "ASSERT_NOT"):
            raise AssertionError(f"not read by this test: {name}")
    return found, True


@pytest.mark.parametrize("pattern", _WITH_LOOKAHEAD, ids=lambda pattern: pattern.pattern[:40])
def test_a_lookahead_for_speed_lets_through_every_first_character(pattern: re.Pattern[str]) -> None:
    (_, (_, lookahead)), *rest = _RE_PARSER.parse(pattern.pattern)
    allowed, _ = _first_characters(lookahead)
    first, can_be_empty = _first_characters(rest)
    assert not can_be_empty
    assert first <= allowed
