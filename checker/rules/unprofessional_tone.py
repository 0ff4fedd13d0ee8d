"""Emoji, text-speak, slang or shouting in a note.

## What it checks
- emoji and emoticons such as `:)`;
- text-speak and slang: "u", "pls", "thx", "lol", "gonna", "wanna", "tbh";
- repeated `!!` or `??` (one `!` is fine);
- three or more words in capital letters, such as "SO READY FOR THIS JOB",
  and a word of emphasis in capitals, such as "the BEST candidate" or "I
  REALLY want this" (acronyms such as "SQL" or "NHS, GDPR and ISO" are fine).

## Why it matters
A follow-up is a short business letter. A casual or loud tone can make a
careful candidate look careless, and some readers find it disrespectful.

## Example
"Hi Sam!! Thx so much for the interview 🙂 I'm gonna be SO READY FOR THIS JOB."

## Better
"Dear Mr. Li, thank you for the interview. I am very interested in the role."
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from itertools import islice

from checker._model import Severity
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
_EMOJI = re.compile(
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
_SHORT_FORMS = re.compile(r"[ukrty](?<![\w'’.].)(?:(?<=u)r?|(?<=[rk])|(?<=t)y|(?<=y)a)(?![\w'’]|\.\w)")
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
_REPEATED_MARKS = re.compile(r"[!?¡¿]{2,}")
# Words in capitals, one space apart, from a capital in the Latin, Greek or Cyrillic
# alphabets ("[^\W\d_a-z]" is any letter but a-z; _shouted checks the case properly).
_CAPITALS = r"[^\W\d_a-z]+(?:['’][^\W\d_a-z]+)?"
_CAPITALS_RUN = re.compile(rf"[A-ZÀ-ÖØ-ÞΑ-ΩА-Я][^\W\d_a-z]*(?:['’][^\W\d_a-z]+)?(?: +{_CAPITALS})+")
_LETTERS = re.compile(r"[^\W\d_]+")
# Ordinary words that people put in capitals to raise their voice; an acronym is never one of these.
_EMPHASIS = re.compile(
    r"(?<![\w'’])(?:SO|VERY|REALLY|BEST|LOVE|PERFECT|NEED|MUST|ALWAYS|NEVER|HUGE|TRULY|DEFINITELY|AMAZING|EXCITED"
    r"|THANK|THANKS|PLEASE|ABSOLUTELY|TOTALLY|EXTREMELY|INCREDIBLY|SUPER|NOT|EVER|MUCH|GREAT|HAPPY|THRILLED|DREAM"
    r"|IDEAL|ONLY|HIGHLY|STRONGLY|WANT|EXACTLY|OBVIOUSLY|CLEARLY|STILL|YES|WOW|LOVED|HONESTLY|SERIOUSLY|FINALLY)"
    r"(?![\w'’])"
)

_SUGGESTION = "Keep the tone of a short business letter: plain words, no emoji, one exclamation mark at most."


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


def _check(context: Context) -> Iterator[Hit]:
    yield from flag_phrases(context, ALL_KINDS, _EMOJI, lambda text: f"Emoji or emoticon: {text}", _SUGGESTION)
    for pattern in (_SHORT_FORMS, _TEXT_SPEAK):
        yield from flag_phrases(
            context, ALL_KINDS, pattern, lambda text: f'Text-speak or slang: "{text}".', _SUGGESTION
        )
    yield from flag_phrases(
        context, ALL_KINDS, _REPEATED_MARKS, lambda text: f'Repeated punctuation: "{text}".', _SUGGESTION
    )
    for index, _, draft in context.drafts(*ALL_KINDS):
        runs = [run for run in draft.find(_CAPITALS_RUN) if _shouted(run.text)]
        # A word of emphasis inside a shouted run is already marked with the run.
        single = [word for word in draft.find(_EMPHASIS) if not any(run.start <= word.start < run.end for run in runs)]
        shouts = sorted([*runs, *single], key=lambda match: match.start)
        for run in islice(shouts, MAX_HITS_PER_DRAFT):
            yield Hit.at(
                run, index, "Words in capital letters read as shouting.", "Write them in normal sentence case."
            )


RULE = Rule(
    id="unprofessional-tone",
    severity=Severity.WARNING,
    guide="thank-you-note/#tone",
    check=_check,
    doc=__doc__ or "",
)
