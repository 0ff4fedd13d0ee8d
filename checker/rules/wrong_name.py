"""The greeting names someone the note is not for.

## What it checks
When the plan gives names (the people who interviewed you in each round, or the
person a note is for), the names in a note's greeting. Each must be the note's
recipient or one of the interviewers of its round: for a thank-you, the round it
thanks for (the latest on or before its date); for any other note, anyone you
have met so far. A first name ("Dear Amina"), a surname, a title and surname
("Dear Dr. Nair"), a short form ("Alex" for Alexandra) or the full name in either
order all count as the right person; case and accents do not matter. So does a
greeting to a whole panel ("Dear Ms. Achieng, Mr. Berg and Dr. Nair") when each
of them is right. Greetings to a team or a role ("Dear Hiring Manager", "Dear
Lakeside team") name no one and are left alone; so are notes when the plan gives
no names.

## Why it matters
A wrong name is the one mistake a reader notices at once. It usually comes from
reusing an earlier note, and it tells them so: the care the rest of the note
shows is lost in the first line.

## Example
A thank-you after the second round, with Priya Nair, that opens "Dear Ms.
Achieng," (the first round's interviewer).

## Better
"Dear Dr. Nair," or, if the note really is for Ms. Achieng, give her as the
note's recipient.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterator
from dataclasses import dataclass

from checker._model import FollowUp, Kind, Plan, Severity
from checker._text import Draft, LazyPattern
from checker.rules._base import ALL_KINDS, Context, Hit, Rule, opening_line

_GREETING = LazyPattern(
    r"(?:dear|hello|hi|hey|hiya|greetings|good\s+(?:morning|afternoon|evening|day)|morning|respected)(?![\w'’])"
    r"[\s,:;!–—-]*",
    re.IGNORECASE,
)
# A word of a name (a letter first, as in "O'Neill", "Smith-Jones" or "Nair."), or one mark.
_TOKEN = LazyPattern(r"[^\W\d_][\w'’-]*\.?|\S")
_TITLES = frozenset(
    "mr mrs ms miss mx dr prof professor sir dame madam madame mme mlle herr frau sr sra srta señor señora".split()  # noqa: SIM905
)
# Small words inside a name: "Maria de la Cruz", "Jan van der Berg".
_PARTICLES = frozenset("de da das do dos di du del della la le van von der den ter ten bin binti al el ibn".split())  # noqa: SIM905
# Words that address a group or a role, not a person: "Dear Hiring Manager", "Dear Lakeside team".
_GROUP_WORDS = frozenset(
    """team teams manager managers hiring recruiter recruiters recruitment recruiting talent acquisition hr human
    resources people panel panelists panellists committee board department office all everyone everybody colleagues
    sir sirs madam madams ma'am folks friends there interviewer interviewers staff partner partners director lead
    head coordinator admissions selection search member members company careers career service services support
    group unit division organisation organization firm agency school university college faculty ltd limited inc llc
    plc gmbh corp corporation holdings associates consulting consultancy solutions labs technologies systems
    foundation trust council hospital clinic bank practice studio studios logistics""".split()  # noqa: SIM905
)
_SEPARATORS = frozenset({",", "&", "and", "+"})


@dataclass(frozen=True)
class _Named:
    """A person the greeting names: the words of the name, normalised, and where it is in the plain text."""

    words: tuple[str, ...]
    start: int
    end: int


def _fold(word: str) -> str:
    """A word as names are compared: case and accents ignored ("Zoë" is "zoe")."""
    decomposed = unicodedata.normalize("NFKD", word.casefold())
    return "".join(character for character in decomposed if not unicodedata.combining(character))


def _name_words(name: str) -> tuple[str, ...]:
    """The words of a name as given in the plan, without titles: "Dr. Priya Nair-Rao" is priya, nair, rao."""
    words = [_fold(word) for word in re.findall(r"[^\W\d_]+", name)]
    return tuple(word for word in words if word not in _TITLES)


def _is_name_word(token: str) -> bool:
    first = token[0]
    # A capital, or a script without capitals (Chinese, Arabic, Devanagari...).
    return first.isalpha() and (first.isupper() or not first.islower())


def _greeted(draft: Draft) -> list[_Named]:
    """The people the opening line greets by name, in order."""
    line = opening_line(draft)
    greeting = _GREETING.match(line.text)
    if greeting is None:
        return []
    found: list[_Named] = []
    words: list[str] = []
    start = end = 0

    def finish() -> None:
        if words:
            found.append(_Named(tuple(words), start, end))
        words.clear()

    titled = False
    for token in _TOKEN.finditer(line.text, greeting.end()):
        text = token.group()
        bare = text.rstrip(".")
        folded = _fold(bare)
        position = line.start + token.start()
        if text in _SEPARATORS or folded == "and":
            finish()
            titled = False
        elif folded in _TITLES and not words:
            start, titled = position, True
        elif bare and (_is_name_word(bare) or (folded in _PARTICLES and (words or titled))):
            if not words and not titled:
                start = position
            words.extend(_name_words(bare))
            end = line.start + token.start() + len(bare)
            if text.endswith(".") and len(bare) > 1:  # "Hi Tom." ends the greeting; "J." is an initial
                break
        elif bare and bare[0].isalpha():
            # A word in lower case: the name was not one ("Dear Lakeside team", "Dear Amina, thank you").
            words.clear()
            break
        else:
            break  # a mark that ends the greeting: "!", ":", "-"
    finish()
    return found


def _same_words(greeted: str, known: str) -> bool:
    """One word of a name against one of the plan's: equal, an initial, or a short form ("Alex", "Alexandra")."""
    if greeted == known:
        return True
    if len(greeted) == 1:
        return known.startswith(greeted)
    return min(len(greeted), len(known)) >= 3 and (known.startswith(greeted) or greeted.startswith(known))


def _is(named: tuple[str, ...], person: tuple[str, ...]) -> bool:
    """Whether the greeting's words name the person: each is one of theirs ("Amina", "Ms. Achieng", "Achieng
    Amina"), or each of theirs is in the greeting ("Amina J. Achieng", "Amina Achieng-Otieno")."""

    def within(words: tuple[str, ...], others: tuple[str, ...]) -> bool:
        return all(any(_same_words(word, other) for other in others) for word in words)

    return within(named, person) or within(person, named)


def _expected(plan: Plan, follow_up: FollowUp) -> list[str]:
    """The names the note may greet: its recipient, and the interviewers of its round (or of every round so far)."""
    names = [follow_up.to] if follow_up.to else []
    if follow_up.kind is Kind.THANK_YOU:
        rounds = [plan.round_of(follow_up.date) or plan.interviews[0]]
    else:
        rounds = [interview for interview in plan.interviews if interview.date <= follow_up.date] or [
            plan.interviews[0]
        ]
    names += [name for interview in rounds for name in interview.interviewers]
    return names


def _check(context: Context) -> Iterator[Hit]:
    plan = context.plan
    # The employer and the job may be named in a greeting too: "Dear Lakeside Logistics,".
    organisation = {word for name in (plan.company, plan.role) if name for word in _name_words(name)}
    for index, follow_up, draft in context.drafts(*ALL_KINDS):
        names = _expected(plan, follow_up)
        people = [words for words in map(_name_words, names) if words]
        if not people:
            continue
        for named in _greeted(draft):
            if set(named.words) & _GROUP_WORDS or set(named.words) <= organisation:
                continue
            if not any(_is(named.words, person) for person in people):
                shown = draft.plain[named.start : named.end]
                yield Hit(
                    f'The greeting names "{shown}", who is not {_listed(names)}.',
                    "Check the name before you send it: a note to the wrong person undoes the rest. "
                    f"If {shown} is the right person, give that name as the note's recipient.",
                    index,
                    (named.start, named.end),
                )


def _listed(names: list[str]) -> str:
    unique = list(dict.fromkeys(names))
    if len(unique) == 1:
        return unique[0]
    return ", ".join(unique[:-1]) + " or " + unique[-1]


RULE = Rule(
    id="wrong-name",
    severity=Severity.ERROR,
    guide="templates/#greeting-and-sign-off",
    check=_check,
    doc=__doc__ or "",
)
