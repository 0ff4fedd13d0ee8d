"""Emoji, text-speak, slang or shouting in a note.

## What it checks
- emoji and emoticons such as `:)`;
- text-speak and slang: "u", "pls", "thx", "lol", "gonna", "wanna", "tbh";
- repeated `!!` or `??` (one `!` is fine);
- three or more words in capital letters, such as "SO READY FOR THIS JOB",
  and a word of emphasis in capitals, such as "the BEST candidate" or "I
  REALLY want this" (acronyms such as "SQL" or "NHS, GDPR and ISO" are fine).

Where the remedy is sure, a finding carries a fix (`--fix` on the command
line, "Apply" in the page): text-speak with one meaning becomes plain words
("thx" to "thanks", "gonna" to "going to"), `!!!` becomes one mark, an emoji
goes, and a single word of emphasis goes back to lower case. Slang and a run
of shouted words need you to rewrite them.

## Why it matters
A follow-up is a short business letter. A casual or loud tone can make a
careful candidate look careless, and some readers find it disrespectful.

## Example
"Hi Sam!! Thx so much for the interview 🙂 I'm gonna be SO READY FOR THIS JOB."

## Better
"Dear Mr. Li, thank you for the interview. I am very interested in the role."
"""

from __future__ import annotations

from collections.abc import Iterator
from itertools import islice

from checker._model import Severity
from checker._text import Draft, LazyPattern, Match
from checker.rules._base import (
    ALL_KINDS,
    MAX_HITS_PER_DRAFT,
    Context,
    Hit,
    Rule,
    flag_phrases,
    phrases,
)

_EMOJI_CHARACTER = "\U0001f000-\U0001faff\u2600-\u27bf\u2b00-\u2bff"
_EMOJI = LazyPattern(
    # Every match starts with one of these characters, so the engine skips to them quickly.
    f"[{_EMOJI_CHARACTER}:;=<xX]"
    # A run of emoji, with the joiners and variation selectors that glue one together.
    f"(?:(?<=[{_EMOJI_CHARACTER}])[{_EMOJI_CHARACTER}\ufe0f\u200d\u20e3]*"
    # Emoticons, but not the "10:30" of a time or the "://" of a web address.
    r"|(?<=[:;=])(?<![\d:/].)-?[)(DPp3|*](?![\w)(])"
    r"|(?<=[:;=])(?<!\S.)-?[/\\](?!\S)"
    r"|(?<=<)(?<!\w.)3(?!\w)"
    r"|(?<=[xX])(?<!\w.)D(?!\w))"
)
# Lower-case short forms only ("u", "ur", "r", "k", "ty", "ya"): "U.S." and "Plan B" are not
# text-speak. Written first letter first, so the engine skips to candidates quickly.
_SHORT_FORMS = LazyPattern(r"[ukrty](?<![\w'’.].)(?:(?<=u)r?|(?<=[rk])|(?<=t)y|(?<=y)a)(?![\w'’]|\.\w)")
_TEXT_SPEAK = phrases(
    r"thx|thnx|thanx|tnx|pls|plz|lol|lmao|rofl|omg|btw|tbh|idk|imo|imho|lmk|ttyl|brb|smh|ngl|wtf",
    r"gonna|wanna|gotta|kinda|sorta|dunno|lemme|gimme|cuz|coz|tho|thru",
    r"gr8|b4|2moro|2morrow|tmrw|l8r|cya|xoxo",
    r"haha(ha)*|hehe(he)*",
    r"dude|bro|y'all|ya'll",
    r"yeah|yep|yup|nope",
    r"stoked|psyched|awesome|super (excited|keen|happy|glad|pumped)|pumped",
    r"(smashed|smashing|crushed|crushing|killed|killing|rocked|owned|bossed|bossing) it",
)
_MARKS = "!?¡¿"
# One mark, then more: a pattern that opens with a set of characters is searched twice as fast as one that opens
# with a repeat.
_REPEATED_MARKS = LazyPattern(rf"[{_MARKS}][{_MARKS}]+")
# Words in capitals, one space apart, from a capital in the Latin, Greek or Cyrillic
# alphabets ("[^\W\d_a-z]" is any letter but a-z; _shouted checks the case properly).
_CAPITALS = r"[^\W\d_a-z]+(?:['’][^\W\d_a-z]+)?"
_CAPITALS_RUN = LazyPattern(rf"[A-ZÀ-ÖØ-ÞΑ-ΩА-Я][^\W\d_a-z]*(?:['’][^\W\d_a-z]+)?(?: +{_CAPITALS})+")
_LETTERS = LazyPattern(r"[^\W\d_]+")
# Ordinary words that people put in capitals to raise their voice; an acronym is never one of these. The capital
# said first lets the engine skip to the capitals.
_EMPHASIS = LazyPattern(
    r"(?=[A-Z])(?<![\w'’])(?:SO|VERY|REALLY|BEST|LOVE|PERFECT|NEED|MUST|ALWAYS|NEVER|HUGE|TRULY|DEFINITELY|AMAZING|EXCITED"
    r"|THANK|THANKS|PLEASE|ABSOLUTELY|TOTALLY|EXTREMELY|INCREDIBLY|SUPER|NOT|EVER|MUCH|GREAT|HAPPY|THRILLED|DREAM"
    r"|IDEAL|ONLY|HIGHLY|STRONGLY|WANT|EXACTLY|OBVIOUSLY|CLEARLY|STILL|YES|WOW|LOVED|HONESTLY|SERIOUSLY|FINALLY)"
    r"(?![\w'’])"
)

_SUGGESTION = "Keep the tone of a short business letter: plain words, no emoji, one exclamation mark at most."

# Text-speak with one plain meaning. "ur" (your or you're?) and slang such as "awesome" need a person.
_PLAIN_WORDS = {
    "u": "you",
    "r": "are",
    "ty": "thank you",
    "thx": "thanks",
    "thnx": "thanks",
    "thanx": "thanks",
    "tnx": "thanks",
    "pls": "please",
    "plz": "please",
    "btw": "by the way",
    "tbh": "to be honest",
    "idk": "I don't know",
    "imo": "in my opinion",
    "imho": "in my opinion",
    "lmk": "let me know",
    "gonna": "going to",
    "wanna": "want to",
    "gotta": "have to",
    "kinda": "kind of",
    "sorta": "sort of",
    "dunno": "don't know",
    "lemme": "let me",
    "gimme": "give me",
    "cuz": "because",
    "coz": "because",
    "tho": "though",
    "thru": "through",
    "gr8": "great",
    "b4": "before",
    "2moro": "tomorrow",
    "2morrow": "tomorrow",
    "tmrw": "tomorrow",
    "yeah": "yes",
    "yep": "yes",
    "yup": "yes",
    "nope": "no",
}
_NEXT_SENTENCE = LazyPattern(r"\s+[A-Z]")
# Where a sentence starts: after closing punctuation, a line break, or an emoji or emoticon that ended the last.
_SENTENCE_START = LazyPattern(r"(?:^|[.!?\U0001f300-\U0001faff\u2600-\u27bf]\s+|[:;]-?[)(DP]\s+|\n\s*)$")


def _at_sentence_start(draft: Draft, match: Match) -> bool:
    return _SENTENCE_START.search(draft.plain, max(0, match.start - 4), match.start) is not None or match.start == 0


def _in_case(draft: Draft, match: Match, words: str) -> str:
    """``words`` capitalised where the match starts a sentence or was written with a capital."""
    if words[:1].isalpha() and (match.text[:1].isupper() or _at_sentence_start(draft, match)):
        return words[:1].upper() + words[1:]
    return words


def _plain_words(draft: Draft, match: Match) -> tuple[tuple[int, int], str] | None:
    words = _PLAIN_WORDS.get(match.text.lower())
    return ((match.start, match.end), _in_case(draft, match, words)) if words else None


def _one_mark(_: Draft, match: Match) -> tuple[tuple[int, int], str]:
    """ "!!!" to "!", "?!?" to "?": a question stays a question."""
    return ((match.start, match.end), "?" if "?" in match.text else match.text[0])


def _without_emoji(draft: Draft, match: Match) -> tuple[tuple[int, int], str]:
    """The emoji and the space before it go; where it ended a sentence, a full stop takes its place.

    Marks on both sides would meet once it is gone ("?:*!"): the ones after it go too, so one pass of fixes is
    enough. Letters on both sides would become one word ("HE🀀Y", then a "HEY" for other rules to mend): a space
    keeps them apart.
    """
    start, end, text = match.start, match.end, draft.plain
    if start > 0 and end < len(text) and text[start - 1].isalnum() and text[end].isalnum():
        return ((start, end), " ")
    while start > 0 and text[start - 1] in " \t":
        start -= 1
    if start > 0 and text[start - 1] in _MARKS:
        while end < len(text) and text[end] in _MARKS:
            end += 1
    ended_sentence = start > 0 and text[start - 1].isalnum() and _NEXT_SENTENCE.match(text, match.end)
    return ((start, end), "." if ended_sentence else "")


def _sentence_case(draft: Draft, match: Match) -> tuple[tuple[int, int], str]:
    """One word of emphasis in capitals, back in lower case ("I" and a sentence's first word keep theirs)."""
    return ((match.start, match.end), _in_case(draft, Match(match.start, match.end, ""), match.text.lower()))


def _shouted(text: str) -> bool:
    """Three or more words in capitals, ten letters or more, one word of five letters or more.

    "SO READY FOR THIS JOB" shouts; "AWS GCP SQL ETL" lists acronyms.
    """
    words = _LETTERS.findall(text)
    return (
        len(words) >= 3
        and sum(map(len, words)) >= 10
        and max(map(len, words)) >= 5
        and all(word.isupper() for word in words)
    )


def _not_in_a_name(draft: Draft, match: Match) -> bool:
    """Slang written with a capital after another word is part of a name: "Ysgol Bro Teifi", "the Dude Ranch"."""
    before = draft.plain[: match.start].rstrip(" ")
    return not (match.text[:1].isupper() and before[-1:].isalpha())


def _check(context: Context) -> Iterator[Hit]:
    yield from flag_phrases(
        context, ALL_KINDS, _EMOJI, lambda text: f"Emoji or emoticon: {text}", _SUGGESTION, fix=_without_emoji
    )
    for pattern in (_SHORT_FORMS, _TEXT_SPEAK):
        yield from flag_phrases(
            context,
            ALL_KINDS,
            pattern,
            lambda text: f'Text-speak or slang: "{text}".',
            _SUGGESTION,
            fix=_plain_words,
            keep=_not_in_a_name,
        )
    yield from flag_phrases(
        context, ALL_KINDS, _REPEATED_MARKS, lambda text: f'Repeated punctuation: "{text}".', _SUGGESTION, fix=_one_mark
    )
    for index, _, draft in context.drafts(*ALL_KINDS):
        runs = [run for run in draft.find(_CAPITALS_RUN) if _shouted(run.text)]
        # A word of emphasis inside a shouted run is already marked with the run.
        single = [word for word in draft.find(_EMPHASIS) if not any(run.start <= word.start < run.end for run in runs)]
        shouts = sorted([*runs, *single], key=lambda match: match.start)
        for run in islice(shouts, MAX_HITS_PER_DRAFT):
            # A run of shouted words may hold a name or an acronym: only a single word of emphasis is fixed.
            fix = None if run in runs else _sentence_case(draft, run)
            yield Hit.at(
                run, index, "Words in capital letters read as shouting.", "Write them in normal sentence case.", fix
            )


RULE = Rule(
    id="unprofessional-tone",
    severity=Severity.WARNING,
    guide="thank-you-note/#tone",
    check=_check,
    doc=__doc__ or "",
)
