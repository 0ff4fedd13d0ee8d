"""A template slot left unfilled.

## What it checks
Anything a template leaves for the writer to replace, in every style that
templates use: words in brackets, mail-merge fields, letters and lines to
write over, slots in round brackets, the bare words a template puts where a
name goes, and instructions to the writer. Ordinary prose is left alone: a
remark in brackets ("[two pages]"), an aside in parentheses, a number in
brackets ("[PDF, 2 MB]"), a mail system's tag ("RE: [EXTERNAL] Interview"), a
quoted company name, a Markdown link such as `[our call](https://...)` and code
are not slots.

## Why it matters
An unfilled slot tells the reader that you copied a template and did not read
your own note. It is the one mistake that can undo all the good of a follow-up.

## Example
"Dear [Interviewer name], thank you for meeting me about the (position) role
at Company Name."

## Better
"Dear Ms. Achieng, thank you for meeting me about the Junior Analyst role at
Lakeside Logistics."
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from itertools import islice

from checker._model import Severity
from checker._text import LazyPattern, Match, Pattern
from checker.rules._base import ALL_KINDS, MAX_HITS_PER_DRAFT, Context, Hit, Rule, phrases
from checker.rules._cues import Cue, Found, cues_doc, find_cues

# Words that name what goes in a slot: "[insert role]", "(Interviewer's name)", "<your name>".
_SLOT_WORDS = (
    r"insert|add|enter|fill|name|names|company|organi[sz]ation|employer|firm|title|position|role|job|date|day|time"
    r"|interviewer|interviewers|manager|recruiter|contact|person|team|department|your|their|first|last|full|surname"
    r"|here|skill|skills|project|topic|detail|details|city|state|address|phone|number|email|link|url|school"
    r"|university|degree|major|field|industry|location|salary|something|specific|mr|ms|mrs|dr|hiring|candidate"
    r"|applicant|signature"
)
_SLOT_WORD = LazyPattern(rf"\b(?:{_SLOT_WORDS})s?\b", re.IGNORECASE)
_ONLY_SLOT_WORDS = LazyPattern(rf"(?:(?:{_SLOT_WORDS})(?:['’]s)?[\s/.,-]*)+", re.IGNORECASE)
_INSTRUCTION_VERBS = (
    "insert|add|mention|include|describe|restate|reiterate|reference|highlight|summari[sz]e|list|enter|type|write"
    "|put|fill in|personali[sz]e|customi[sz]e|tailor|name|state|explain|briefly (?:mention|describe|restate|explain)"
    "|remind (?:them|the (?:interviewer|reader))"
)


# What mail systems and writers put in brackets that is not a slot: "RE: [EXTERNAL] Interview", "[sic]".
_MAIL_TAG = LazyPattern(
    r"(?i:external(?: (?:email|sender|message))?|ext|caution|warning|spam|bulk|secure|encrypt(?:ed)?|confidential"
    r"|redacted|sic|attachments?|attached)"
)
_STARTS_WITH_INSTRUCTION = LazyPattern(rf"(?:{_INSTRUCTION_VERBS})\b", re.IGNORECASE)


def _bracketed_is_slot(found: Found) -> bool:
    """Words in brackets are a slot when they start with a capital or name what goes there.

    "[Company Name]" and "[insert role]" are slots; "[pages 4 to 6]" is a remark and "<b>" a stray tag.
    """
    text = found.match.text
    if text.startswith("{{"):
        return True
    words = text.strip("[]<>{}«» ").replace("_", " ").strip()
    if _MAIL_TAG.fullmatch(words) or (re.search(r"\d", words) and not _STARTS_WITH_INSTRUCTION.match(words)):
        return False
    return words[:1].isupper() or _SLOT_WORD.search(words) is not None


def _parenthesis_is_slot(found: Found) -> bool:
    """ "(position)" or "(insert a detail)" is a slot; "(and the coffee)" and "(SQL, Python)" are asides."""
    inner = found.match.text[1:-1].strip()
    if re.search(r"\d", inner):
        return False  # "(reference 2291)", "(2 pages)"
    if _STARTS_WITH_INSTRUCTION.match(inner):
        return True
    return _ONLY_SLOT_WORDS.fullmatch(inner) is not None and re.search(r"[a-z]{2}", inner, re.IGNORECASE) is not None


def _bare_slot_words() -> Pattern:
    """ "Mr./Ms. Last Name", "Company Name", "Your Name", "NAME": in Title Case or capitals, matched by case.

    Written out in both cases rather than with ``re.IGNORECASE``, which would
    make the engine fold every character of the note.
    """

    def both(words: str) -> str:
        cases = [word.replace("'", "['’]") for word in words.split("|")]
        return "|".join([*cases, *(word.upper() for word in cases)])

    owner = both(
        "Your|Company|Organisation|Organization|Employer|First|Last|Full|Family|Job|Position|Role|Interviewer|"
        "Interviewer's|Hiring Manager|Hiring Manager's|Recruiter|Recruiter's|Contact|Candidate|Candidate's|Applicant|"
        "Applicant's|Team|Dept|Department|School|University|Person|Person's"
    )
    field = both("Name|Title|Surname|Number|Address|Email")
    middle = both("Full|First|Last|Job|Contact|Phone|Email")
    # Every phrase opens with a capital: said first, it lets the engine skip to the capitals (five times as fast).
    return LazyPattern(
        r"(?=[A-Z])(?:\bM[rRsS][sS]?\.?\s?/\s?M[rRsS][sS]?\.?(?:\s+[A-Z][\w’']*){0,2}"
        rf"|\b(?:{owner})(?:\s+(?:{middle}))?\s+(?:{field})\b"
        # One word in capitals: "NAME" under the closing, not "Name" or "Company" at the start of a sentence.
        r"|\b(?:YOUR\s+)?(?:NAME|COMPANY|POSITION|JOB\s+TITLE|SURNAME|FIRSTNAME|INTERVIEWER|PHONE(?:\s+NUMBER)?"
        r"|EMAIL(?:\s+ADDRESS)?|ADDRESS)\b)"
    )


def _instruction(found: Found) -> bool:
    """An imperative that opens its clause and tells the writer what to put in."""
    return found.clause.start == found.match.start and found.clause.joined_by == ""


CUES: tuple[Cue, ...] = (
    Cue(
        "Words in brackets",
        "is an unfilled slot",
        "square or angle brackets around what belongs there, and curly braces",
        "Dear [Interviewer name], thank you for meeting me about the [Job title] role.",
        "I have attached my portfolio [two pages] as you asked.",
        LazyPattern(
            # Not "[1]", "[ ]", "[x]" or "[sic]". A Markdown link never gets here: the plain text keeps only its words.
            r"\[(?![xX ]\]|sic\])(?=[^\[\]\n]{0,80}?[^\W\d_])[^\[\]\n]{1,160}\]"
            r"|<[^\W\d_][^<>\n]{0,80}>"
            r"|«[^«»\n]{1,80}»"
            r"|\{[^\W\d][\w .-]{0,40}\}"
        ),
        _bracketed_is_slot,
    ),
    Cue(
        "A mail-merge field",
        "is an unfilled mail-merge field",
        "double braces, always a slot",
        "Dear {{first_name}},",
        "I enjoyed the session on {data} pipelines.",
        LazyPattern(r"\{\{[^{}\n]{0,80}\}\}"),
        _bracketed_is_slot,
    ),
    Cue(
        "Letters or a line to write over",
        "is a blank left to fill",
        "runs of X, as in XXX or xx, and runs of underscores",
        "Thank you for the interview on XX November for the ____ role.",
        "The XL150 model and the Xbox team were a surprise.",
        # Each branch opens with its character, so the engine skips quickly to the places it could match.
        # One set of first characters, then each way on: searched twice as fast as a choice of two patterns.
        LazyPattern(r"[xX_](?:(?<=[xX])(?<![\w'’][xX])[xX]+(?![\w'’])|(?<=_)__+)"),
    ),
    Cue(
        "A slot in round brackets",
        "is an unfilled slot",
        "a name of what belongs there, or an instruction, in parentheses",
        "Thank you for meeting me about the (position) role, (Interviewer's name).",
        "I enjoyed the tour (and the coffee) and meeting Daniel (from the audit team).",
        LazyPattern(r"\([^()\n]{1,80}\)"),
        _parenthesis_is_slot,
    ),
    Cue(
        "Bare slot words",
        "is template text left in",
        "the words a template puts where a name or title goes, in Title Case or capitals",
        "Dear Mr./Ms. Last Name, I would love to join Company Name. Your Name",
        "Your name came up when I spoke to the company's hiring team.",
        _bare_slot_words(),
    ),
    _INSTRUCTION := Cue(
        "An instruction to the writer",
        "is an instruction from the template, not part of the note",
        "a sentence that tells the writer what to add, left in the note",
        "Mention a skill that fits the role here.",
        "Please let me know if you need anything else.",
        phrases(
            rf"({_INSTRUCTION_VERBS}) (a|an|one|two|the|your|any|something|some|specific|how|what|why|where|when"
            r"|who|that|details?|examples?|skills?|reasons?|one or two|a few|here)"
        ),
        lambda found: (
            _instruction(found)
            and re.search(
                r"\b(?:here|something|specific|details?|examples?|skills?|strengths?|the interviewer|they (?:said|told|"
                r"mentioned|discussed)|you (?:learned|learnt|discussed|talked|enjoyed)|your (?:skills?|experience"
                r"|strengths?"
                r"|name|interest|qualifications)|relevant|a sentence|a line|a point|the (?:role|position|company|job)"
                r"|their (?:name|company|team))\b",
                found.sentence,
            )
            is not None
        ),
    ),
)


def _check(context: Context) -> Iterator[Hit]:
    for index, follow_up, draft in context.drafts(*ALL_KINDS):
        for cue, found in islice(find_cues(draft, follow_up.kind, CUES), MAX_HITS_PER_DRAFT):
            match = found.match
            if cue is _INSTRUCTION:
                # The whole instruction goes, not only its first words.
                start, end = found.prose.sentences[found.clause.sentence]
                match = Match(start, end, draft.plain[start:end])
            text = match.text
            yield Hit.at(
                match,
                index,
                f"Unfilled template slot: {text}",
                "Replace it with the real name, role or detail before you send the note.",
            )


RULE = Rule(
    id="placeholder",
    severity=Severity.ERROR,
    guide="templates/#fill-in-every-blank",
    check=_check,
    doc=cues_doc(__doc__ or "", CUES),
)

__all__ = ["CUES", "RULE"]
