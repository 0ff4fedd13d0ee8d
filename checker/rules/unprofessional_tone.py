"""Emoji, text-speak, slang, casual greetings or shouting in a note.

## What it checks
- emoji and emoticons such as `:)`;
- text-speak and slang: "u", "pls", "thx", "lol", "gonna", "wanna", "tbh";
- a casual greeting at the start: "Hey", "Yo", "Hiya";
- repeated `!!` or `??` (one `!` is fine);
- whole sentences in capital letters (acronyms such as "SQL" are fine).

## Why it matters
A follow-up is a short business letter. A casual or loud tone can make a
careful candidate look careless, and some readers find it disrespectful.

## Example
"Hey!! Thx so much for the interview 🙂 I'm gonna be SO READY FOR THIS JOB."

## Better
"Dear Mr. Li, thank you for the interview. I am very interested in the role."
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from checker._model import Severity
from checker.rules._base import ALL_KINDS, Context, Hit, Rule, flag_phrases, phrases

_EMOJI = re.compile(
    "[\U0001f000-\U0001faff\u2600-\u27bf\u2b00-\u2bff\ufe0f]+"
    r"|(?<![\w:/])[:;=8]-?[)(DPp3/\\|*](?![\w)(])"
    r"|(?<!\w)<3(?!\w)|(?<!\w)xD(?!\w)"
)
_TEXT_SPEAK = phrases(
    r"(?-i:u|ur|k|ty|ya)(?!\.\w)",
    "thx",
    "thnx",
    "thanx",
    "pls",
    "plz",
    "lol",
    "omg",
    "btw",
    "tbh",
    "idk",
    "imo",
    "lmk",
    "gonna",
    "wanna",
    "gotta",
    "kinda",
    "sorta",
    "cuz",
    "coz",
    "dude",
    "yeah",
    "yep",
    "nope",
    "stoked",
    "super psyched",
    "awesome",
)
_CASUAL_GREETING = re.compile(r"\A\s*(hey(a)?|hiya|yo|sup|howdy|what['’]s up)(?![\w'’])", re.IGNORECASE)
_REPEATED_MARKS = re.compile(r"[!?¡¿]{2,}")
_SENTENCE = re.compile(r"[^.!?\n]+")
_CASED_WORD = re.compile(r"[^\W\d_]+")

_SUGGESTION = "Keep the tone of a short business letter: plain words, no emoji, one exclamation mark at most."


def _shouted(text: str) -> bool:
    """Three or more words, all in capitals, with at least ten letters."""
    words = _CASED_WORD.findall(text)
    return len(words) >= 3 and sum(map(len, words)) >= 10 and all(w.isupper() for w in words)


def _check(context: Context) -> Iterator[Hit]:
    yield from flag_phrases(context, ALL_KINDS, _EMOJI, lambda text: f"Emoji or emoticon: {text}", _SUGGESTION)
    yield from flag_phrases(
        context, ALL_KINDS, _TEXT_SPEAK, lambda text: f'Text-speak or slang: "{text}".', _SUGGESTION
    )
    yield from flag_phrases(
        context,
        ALL_KINDS,
        _CASUAL_GREETING,
        lambda text: f'Casual greeting: "{text.strip()}".',
        'Open with "Dear" or "Hello" and their name.',
    )
    yield from flag_phrases(
        context, ALL_KINDS, _REPEATED_MARKS, lambda text: f'Repeated punctuation: "{text}".', _SUGGESTION
    )
    for index, _, draft in context.drafts(*ALL_KINDS):
        for sentence in draft.find(_SENTENCE):
            if _shouted(sentence.text):
                stripped = sentence.text.strip()
                start = sentence.start + sentence.text.index(stripped)
                yield Hit(
                    "This sentence is all in capital letters, which reads as shouting.",
                    "Write it in normal sentence case.",
                    index,
                    (start, start + len(stripped)),
                )


RULE = Rule(
    id="unprofessional-tone",
    severity=Severity.WARNING,
    guide="thank-you-note/#tone",
    check=_check,
    doc=__doc__ or "",
)
