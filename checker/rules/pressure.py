"""Demands, deadlines, urgency or guilt in a note.

## What it checks
Anything that pushes the employer to answer: urgency, a demand tied to a
time, an ultimatum, complaints about the wait, assumptions that they have
lost interest, reminders of what they promised, and guilt (what you gave up
for them, or a leaving announced before their answer); also a date named
for their answer ("shall we say Friday?"), days counted like a log, a call
announced to check on them, and their silence read as a no; after a rejection,
a claim to be first next time, or what you gave up for them laid before them
to weigh. Pressure is often
polite on the surface ("Just wondering whether my last two emails reached
you?"), so the rule reads who each clause is about: your own plans ("I can
start immediately") and softened asks ("no rush at all") are not pressure,
and neither is an honest word about another employer's offer and the date
you must answer it. Using that offer as a threat still is. A stray "ASAP"
comes with a fix that removes it.

## Why it matters
Hiring takes time, and the person you write to rarely controls it. Pressure
does not speed up the decision; it makes you look impatient and can cost you
the offer. A follow-up must never feel like harassment.

## Example
"It has been three weeks now and I still haven't heard anything. I need an
answer by Friday."

## Better
"I understand these decisions take time. I remain very interested and would
be glad to hear about the next steps when you have news."
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from checker._language import CONTRAST, Person
from checker._model import Kind, Severity
from checker._text import LazyPattern
from checker.rules._base import ALL_KINDS, Context, Hit, Rule, phrases
from checker.rules._cues import (
    THANKS,
    Cue,
    Found,
    cues_doc,
    flag_cues,
    mentions_other_offer,
    not_negated,
    unsoftened,
)
from checker.rules._readings import PRESSURE

# How many days or weeks: "three", "eighteen", "twenty-one", "a couple of", "10".
_COUNT = (
    r"(a|an|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen"
    r"|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety"
    r"|(twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)-\w+|several|many|a few|a couple of|\d+)"
)
# The same, where a phrase starts with it: a phrase must open with a letter, a digit or a group of them.
_COUNT_FIRST = _COUNT.replace(r"|\d+)", r"|(1|2|3|4|5|6|7|8|9)\d*)")
# A time by which something must happen: "today", "by Friday", "within 48 hours".
_DAY = r"(monday|tuesday|wednesday|thursday|friday|saturday|sunday|mon|tue|tues|wed|thu|thur|thurs|fri)"
_WHEN = (
    r"(immediately|right away|straight away|at once|now|today|tonight|tomorrow|this (afternoon|evening|week)"
    rf"|(by|before|until|no later than) (today|tonight|tomorrow|((this|next|this coming) )?{_DAY}|noon|midday|midnight"
    r"|the end|end of|close of|eod|cob|the \d+(st|nd|rd|th)?|\d|this (afternoon|evening|week))"
    r"|within (the next )?(\d+|one|two|three|twenty-four|forty-eight|24|48|72) (hours|days|business days)"
    r"|(before|by) then|before (the|your|any) (offer|decision|appointment|announcement|contract) (is|goes|gets|has)"
    r"|(before|by) (that|this|the) (date|day|deadline)|not later than|within (the|this) (week|day|month)"
    r"|(this|the) (week|day) itself"
    # "Over the weekend" when they start on Monday: a weekend answer is one set for them.
    r"|(over|by|before|during) (the|this) weekend|this weekend)"
)
# The writer's own actions towards another employer or their own start: not demands of the reader.
_OWN_ACTION = LazyPattern(
    r"\b(?:i|we)(?:['’]ll| will| must| need to| have to| had to| needed to| should| can| could| am able to| would"
    r"| am going to|['’]m going to| plan to| intend to| want(?:ed)? to| hope to| expect to| aim to|['’]d like to"
    r"| would like to)? (?:(?:also|then|probably|likely|definitely|just) )?"
    r"(?:start|begin|join|respond|reply|answer|decide|accept|send|give|let them|get back to them|make (?:a|my)"
    r"|sign|confirm my|travel|relocate|move|be available|return|let you know|tell you|inform you|update you|revert"
    r"|let (?:the|my) [\w-]+ know"
    r"|look (?:over|at|through)|read|review|go (?:over|through)|study)\b"
)
# The writer telling or giving the reader something: "let you know", "give you an answer" ask nothing of them.
_TO_YOU = LazyPattern(r"\b(?:let|tell|inform|update|give|send|show|assure|remind|warn) you\b")
# Asking nicely: a question, or "I would be grateful if you could".
_POLITE = LazyPattern(
    r"\b(?:would it be possible|is there (?:any )?(?:chance|way|possibility)|could you|would you|can you"
    r"|(?:i|we)(?: would|['’]d) (?:be (?:very |most |really )?grateful|appreciate|welcome)|if (?:at all )?possible"
    r"|any chance|if (?:you|the team)(?:['’]re| are| is| were) able to|if (?:you|the team) (?:can|could|might))\b"
)

# Not you, I or we: "Halden would like a response by next Tuesday", "the university hopes to confirm".
_OTHER_WANTS = LazyPattern(
    r"^\W*(?:(?!(?:i|we|you|your|please|i['’]d|we['’]d)\b)[\w'’-]+ ){1,4}(?:would like|wants?|needs?|needed|hopes to"
    r"|plans to) $"
)


def _asked_of_reader(found: Found) -> bool:
    """The clause asks the reader for something, rather than telling of the writer's own plans."""
    if not unsoftened(found):
        return False  # "there is no need to reply today", "no rush"
    if found.clause.subject is Person.OTHERS or _OTHER_WANTS.match(found.before):
        return False  # "they need an answer by Friday": another employer's deadline
    if found.clause.subject is Person.WRITER and _OWN_ACTION.search(found.clause_text):
        return " you " in _TO_YOU.sub("", f" {found.before} ")  # "I need you to reply today" still asks the reader
    if found.clause.subject is Person.WRITER and _MY_PEOPLE_ACT.match(found.clause_text):
        return False  # "my current manager will confirm my notice period by the weekend"
    return _OWN_RESULT.search(f"{found.before}{found.words}") is None  # "I'll know my exam results by the weekend"


# Someone on the writer's side as the clause's subject: "my manager will confirm", "our landlord needs".
_MY_PEOPLE_ACT = LazyPattern(
    r"\W*(?:my|our) (?:[\w-]+ ){0,2}(?:manager|boss|referees?|supervisor|employer|university|school|landlord|bank"
    r"|partner|family|wife|husband|doctor|tutor|college|lawyer|solicitor|accountant|mentor)\b"
)
# The writer's own news to come: "I'll know my results", "I'll have an answer for you", not "I need to know", nor
# "I trust I'll get your answer by Friday", which is their answer.
_OWN_RESULT = LazyPattern(
    r"\b(?:i|we)(?:['’]ll| will| should| shall| expect to| hope to)(?: \w+)? (?:know|have(?! to| you)|get(?! back)"
    r"|receive|find out)\b(?! (?:your|an? (?:answer|decision|reply|response) from you)\b)"
)


_REPORTED = LazyPattern(
    r"\b(?:you|they|the team|the panel|he|she)(?: \w+)? (?:mentioned|said|told|indicated|hoped|planned|expected|aimed"
    r"|intended|anticipated|estimated|hope|plan|expect|aim|intend|were hoping|are hoping)\b|\blast\b"
)


# A date the writer heard of: "pleased to hear the decision is expected by Friday", "I understand news is due".
_TOLD_OF_DATE = LazyPattern(
    r"\b(?:hear|heard|told|understand|gather|learn|learned|learnt|pleased|glad|noted?|see|saw|read)\b(?: [\w'’]+){0,4}"
    r" (?:is|are|was|were|will be|would be)(?: now| still)? (?:expected|due|scheduled|planned|likely|set|meant)\b"
)


_CONTACT = LazyPattern(r"\b(?:call|ring|phone|chase|drop in|pop in|visit|come in)\b")
# Going to someone "directly" is going round the reader only when it names a person, not "writing to you directly"
# or "email the documents directly".
_NOT_A_PERSON = LazyPattern(
    r"\b(?:you|it|them|this|these|those|the (?:documents?|forms?|files?|cv|portfolio|application|details|paperwork"
    r"|references|copies|copy|certificates?|answers|link)|my (?:documents?|forms?|files?|cv|portfolio|application"
    r"|details|paperwork|references|certificates?|answers))\b"
)
# Going to someone else for the answer: what "speak to her directly" or "his direct line" is about.
_DIRECT_LINE = LazyPattern(
    r"\b(?:direct|mobile|personal) (?:number|line|dial|mobile|phone|extension|email|e-mail)\b|mobile$"
)
_DECISION_TALK = LazyPattern(
    r"\b(?:decision|decid\w+|update|where (?:things|it|my application|i) (?:stand|stands|is|are)|sign(?:s|ing)? off"
    r"|signing|the hire|hiring|outcome|news|landed|progress|move things along|answer|appointment)\b"
)
# "You were called to the kitchen twice": someone else was called.
_PASSIVE = LazyPattern(r"\b(?:was|were|been|being|get|got|is|are)\s+$")
_LOOKING_BACK = LazyPattern(r"\b(?:after|since|from)\s+$")


# The reader invited to contact the writer's own people: "feel free to contact my former manager directly".
_YOU_MAY = LazyPattern(r"\b(?:free|welcome|happy for you|you can|you could|you may|you might|please do|do)(?: to)?\s+$")
_MY_PEOPLE = LazyPattern(
    r"(?:my|our) (?:former |previous |current |last |old )?(?:manager|referees?|supervisor|boss"
    r"|mentor|tutor|lecturer|line manager|team lead|head of department|employer)\b"
)
# Sending the papers another way: "would you prefer I send the forms to HR rather than going through you?".
_SENDING_PAPERS = LazyPattern(
    r"\b(?:send|sending|forward|forwarding|return|returning|submit|submitting|upload|uploading|post|email|emailing)"
    r" (?:\w+ ){0,2}(?:documents?|forms?|files?|cv|portfolio|paperwork|references|certificates?|samples?|copies"
    r"|details|contract)\b"
)
# The writer's working habits: "in my last job I often spoke with the CEO directly".
_HABIT = LazyPattern(r"\b(?:often|regularly|always|usually|used to|daily|weekly|frequently|routinely|reported)\b")
_KIND_OF_YOU = LazyPattern(r"\b(?:kind of you|good of you|thank\w*|appreciat\w*|grateful)\b")


def _kindly_meant(found: Found) -> bool:
    """Words of going to someone else that offer or thank: the reader invited to call the writer's referee, the
    forms sent another way, the decision given in person."""
    if found.words.endswith("directly"):
        # "Feel free to contact my former manager directly", "in my last job I often spoke with him directly".
        return (
            _YOU_MAY.search(found.sentence_before) is not None
            or _MY_PEOPLE.search(found.words) is not None
            or (found.words.startswith(("spoke", "talked")) and _HABIT.search(found.sentence_before) is not None)
        )
    if found.words.startswith(("rather than", "instead of", "without")):
        return _SENDING_PAPERS.search(found.sentence) is not None
    if found.words.endswith("in person"):  # "it was kind of you to give me the decision in person"
        return found.kind in AFTER_REJECTION or _KIND_OF_YOU.search(found.sentence) is not None
    return False


def _chases_on(found: Found) -> bool:
    """ "I'll keep calling until I reach someone"; "I'll be checking email every day" while away does not chase."""
    if not unsoftened(found) or _kindly_meant(found):
        return False
    if _READING_MAIL.search(found.words) is not None and _CONTACT.search(found.words) is None:
        return False
    if found.words.endswith("directly") and _NOT_A_PERSON.search(found.words.split(" ", 1)[-1]) is not None:
        return False
    # "I'd be happy to come by the office on Wednesday to sign the paperwork"; "I'll drop by the library on Wednesday
    # to find out whether they stock the handbook".
    errand = _ERRAND.search(found.sentence) or _AS_ASKED.search(found.sentence) or _PUBLIC_PLACE.search(found.words)
    if errand and not _DECISION_TALK.search(found.sentence):
        return False
    if (found.words.endswith("directly") or _DIRECT_LINE.search(found.words)) and not (
        _DECISION_TALK.search(found.sentence) or _DECISION_TALK.search(found.neighbour(1))
    ):
        return False  # "I'd be happy to speak to your director directly about the technical questions"
    return _PASSIVE.search(found.sentence_before) is None


# A visit to a place that is not theirs to answer from: "the library", "the shop".
_PUBLIC_PLACE = LazyPattern(r"\bthe (?:library|shop|store|clinic|studio|building)$")
_READING_MAIL = LazyPattern(r"\b(?:check|checking|read|reading) (?:my )?(?:email|emails|inbox|messages|mail)\b")

# "A frustrating outcome for everyone": sympathy, not a grievance.
_FOR_OTHERS = LazyPattern(
    r"\s*(?:\w+\s+)?for (?:everyone|everybody|you|your team|the team|all|us all|both of us|all of us)\b"
)

# "How the reporting works today": "today" that means "these days", not a day to answer by.
_NOWADAYS = LazyPattern(
    r"\b(?:how|the way)\b.*\b(?:works|is|are|stands|runs|looks|operates|happens|sits|functions|does|do)\s+today$"
)


_WHERE_IT_APPEARED = LazyPattern(r"\b(?:in|from|since|after|during) (?:your|the|their|this|that|its|a|an) (?:\w+ )?$")
# Verbs of the writer's own answer: "I will confirm by Friday", "could I give you my answer by Monday?".
_OWN_ANSWER = LazyPattern(
    r"(?:reply|respond|answer|write back|get back to|confirm|decide|make (?:a|my|the) decision|give|call|contact|revert"
    r"|come back to|review|look at|reconsider|revisit|rethink|re-?evaluate)\b"
)
# The writer as the subject of the clause so far, with nobody asked to act: "which I will", "I expect to", "could I".
_WRITER_ACTS = LazyPattern(r"\b(?:i|we)(?:['’](?:ll|d|m|ve))?\b|\blet me\b")
# A "now" that is no deadline: "know my name by now", "I know now that...", "my contract now ends".
_NOT_A_DEADLINE_NOW = LazyPattern(r"now(?! ?(?:[.,;:!?)…]|$|please\b|or |rather\b|if |and (?:not|no)\b))")
# Where the writer's own answer begins: after a modal, "to", "and" or "I", not after an article ("get an answer").
_BEFORE_OWN_ANSWER = LazyPattern(r"(?:\b(?:will|shall|can|could|would|may|might|to|and|i|we|let me)|['’](?:ll|d))\s+$")


# Someone else named as the one to act: "I expect your crewing department to confirm".
_SOMEONE_ELSE = LazyPattern(
    r"\b(?:you|your|they|them|their|someone|somebody|he|she|him|her|everyone|team|panel|company|firm|department|board"
    r"|recruiter|manager|hr|committee|office)\b"
)


_MY_BEFORE = LazyPattern(r"\b(?:my|our)(?: (?:only|own|big|main|latest|final|firm|little))? $")
_PROMISED = LazyPattern(r"\b(?:promised|owe|gave|give|sent|send) (?:[\w'’-]+ )?$")
_MY_ANSWER_ON = LazyPattern(
    r"\b(?:my|our) (?:final |firm )?(?:decision|answer|reply|response) (?:on|about|to|regarding)\s+$"
)


def _writer_answers(before: str) -> bool:
    """The writer is the last person named before the verb: "I expect to", "could I", "and will"."""
    writers = list(_WRITER_ACTS.finditer(before))
    return bool(writers) and _SOMEONE_ELSE.search(_TO_YOU.sub("", before[writers[-1].end() :])) is None


# Thanks for an answer given in time, or for their offer to answer: "thanks for letting me know before the weekend",
# "thank you for the quick reply before the weekend", "I really appreciated the update over the weekend",
# "thanks for offering to revert by Thursday". Not "thanks in advance for letting me know by Friday".
_THANKED_FOR = LazyPattern(
    r"\bfor (?:letting|telling|informing|getting back to|replying to|answering)(?: me| us)?\s*$"
    r"|\bfor (?:getting|sending|giving|offering to|agreeing to|promising to)(?: [\w-]+){0,3}\s*$"
)
_THANKS_FOR_IT = LazyPattern(
    r"(?:\bthank(?:s| you)(?: \w+){0,3} for|\b(?:i|we) (?:really |truly |so |very much |also )?appreciated"
    r"|\b(?:am|i['’]m|was|are|we['’]re) (?:\w+ )?grateful for)(?: [\w'’-]+){0,3}\s*$"
)
# The reply or decision spoken of as a thing that happened: "your reply over the weekend made my Saturday".
_HAPPENED = LazyPattern(
    r"\s+(?:made|was|were|came|arrived|meant|helped|cheered|must have been|has been|had been|landed)\b"
)
# No hurry in the sentence: "any feedback over the weekend would be welcome, but there is absolutely no hurry".
_NO_HURRY = LazyPattern(
    r"\b(?:no (?:rush|hurry|pressure|expectation)|absolutely no|whenever (?:suits|you|it)|or whenever|whatever suits"
    r"|if that suits|in your own time|for planning (?:only|purposes)"
    # "..., but I fully understand if the committee needs longer": leave to take longer, given in the same breath.
    r"|(?:i|we) (?:completely |fully |totally |entirely |of course |quite )?understand if)\b"
)
# Someone answering the reader: "could my agency revert to you by Wednesday" asks nothing of them.
_TO_THE_READER = LazyPattern(r"(?:revert|get back|come back|reply|respond|write back|report back)(?: back)? to you\b")


def _no_deadline(found: Found) -> bool:
    """The words run past a time word that sets no deadline for the reader."""
    if "in advance" not in found.sentence_before and (
        _THANKED_FOR.search(found.before) or _THANKS_FOR_IT.search(found.sentence_before)
    ):
        return True  # "thanks for letting me know before the weekend", not "thanks in advance for letting me know"
    if _HAPPENED.match(found.after[len(found.words) :]) or _TO_THE_READER.match(found.words):
        return True  # "the decision over the weekend must have been a tough one"; "my agency will revert to you"
    # "Any feedback over the weekend would be welcome, but there is absolutely no hurry"; not "no pressure, but it
    # would be lovely to know by this Friday", where the "but" brings the date back.
    hurry = [*_NO_HURRY.finditer(found.sentence_before)]
    if _NO_HURRY.search(found.after) or (hurry and CONTRAST.search(found.sentence_before, hurry[-1].end()) is None):
        return True
    if re.search(r"[.!?…]\s|\n", found.words):
        return True  # "…reply properly. I noticed this week": two sentences, no deadline
    if _WHERE_IT_APPEARED.search(found.before):
        return True  # "what appeared in your app update this week": a thing that happened, not an answer due
    # "know my name by now", "I know now that", "my contract now ends": no time to answer by.
    return found.words.endswith("now") and (
        found.words.endswith("by now") or _NOT_A_DEADLINE_NOW.match("now" + found.after[len(found.words) :]) is not None
    )


# Another employer's date: "one of which has asked for an answer by the 20th", "the Merrion has offered me the role and
# would like an answer by next Thursday", "expect to hear from them by the 12th".
_THEIR_OWN_DATE = LazyPattern(
    r"\b(?:they|which|who|the other [\w-]+|(?:has|have) offered me\b.*)(?:['’](?:d|ve|re))?(?: \w+){0,3} (?:would"
    r" like|want|wants|need|needs|asked|asking|expect|expects|gave|given|requested|require|requires)\b"
    r"|\bfrom (?:them|my|our|the (?:university|bank|council|embassy|landlord))\b"
)


def _someone_elses_date(found: Found) -> bool:
    """The time is the writer's own answer, or a date the employer gave, or another employer's."""
    upto = f"{found.before}{found.words}"
    if _MY_BEFORE.search(found.before) or _NOWADAYS.search(found.words) or _THEIR_OWN_DATE.search(upto):
        return True  # "my answer by Friday" is the writer's own; "one of which has asked for an answer by the 20th"
    if _MY_ANSWER_ON.search(found.before) or (_PROMISED.search(found.before) and _writer_answers(found.before)):
        return True  # "I shall revert with my decision on your offer by Thursday", "I promised them an answer"
    if _OWN_ANSWER.match(found.words) and _BEFORE_OWN_ANSWER.search(found.before) and _writer_answers(found.before):
        return True  # "which I am reviewing this week and will answer by Friday": the writer's own date
    if _WRITER_ACTS.search(found.words.split(" ", 2)[-1]) and " and " in found.words:
        return True  # "please tell me and I'll respond by Friday": the date is the writer's answer
    if _TOLD_OF_DATE.search(found.sentence) is not None:
        return True  # "I was pleased to hear the decision is expected by Friday": their date, told back
    return _REPORTED.search(found.clause_text) is not None  # "you mentioned the team hoped to decide by Friday"


def _demand_with_time(found: Found) -> bool:
    if not _asked_of_reader(found) or _no_deadline(found) or _someone_elses_date(found):
        return False
    if mentions_other_offer(found):
        # The other employer's date is not a demand; asking this one nicely whether they can answer by then is fair.
        of_reader = " you " in f" {found.before} " or found.words.startswith(("your ", "match", "beat", "better"))
        if found.clause.subject not in (Person.REQUEST, Person.READER) and not of_reader:
            return False
        return not (found.clause.question or _POLITE.search(found.sentence) is not None)
    return True


# Looking back on what the writer would have liked, or the writer's own answer to give: no demand of the reader.
_WISHED = LazyPattern(r"\b(?:would|['’]d) have (?:preferred|liked|appreciated|wanted|valued|welcomed)\b")
_GIVING = LazyPattern(r"\b(?:give|send|bring|get|offer) (?:you|them) (?:a|an|my|our)?\s*$")
_SHORT_OF_TIME = LazyPattern(r"(?:i['’]m |i am |we['’]re |we are )?(?:running|ran) out of time")


def _demands(found: Found) -> bool:
    """A demand of this employer; running short of time is fair to mention when another offer is the reason."""
    if not _asked_of_reader(found) or THANKS.search(found.sentence):
        return False  # "thank you for the courtesy of a reply" thanks them
    if _SHORT_OF_TIME.match(found.words) and mentions_other_offer(found):
        return False
    if _WISHED.search(found.sentence_before) or _GIVING.search(found.sentence_before):
        return False  # "I'd have preferred a straight answer at the time", "to give you a firm answer"
    if found.words.startswith("finally") or found.words.endswith("at last"):
        return _at_last_from_them(found)
    if found.words.endswith("in your court"):
        # Handed over at ease, or on a matter of logistics: "the ball's in your court, and there is honestly no
        # hurry", "the ball is in your court on the parking question".
        rest = found.after[len(found.words) :]
        return _ON_A_DETAIL.match(rest) is None and _AT_EASE_HANDED.search(found.sentence) is None
    return not (found.words.startswith(("i need to know", "we need to know")) and found.clause.question)


# From someone not theirs: "thrilled to finally hear back from the nursing council"; the panel, the team and
# anyone at the firm are theirs.
_ON_A_DETAIL = LazyPattern(
    r"\s+on (?:the|which|a|your) (?!(?:final )?(?:decision|answer|offer|outcome|role|job|post|position|application)\b)"
)
_AT_EASE_HANDED = LazyPattern(
    r"\b(?:happy to wait|as long as you need|no (?:hurry|rush|pressure)|whenever|whatever (?:suits|is fair)"
    r"|both (?:work|suit)|any \w+ (?:is|would be) fine|comfortable with|(?:please )?shout if|anything['’]s missing"
    r"|as you joked)\b"
)
_FROM_OTHERS = LazyPattern(
    r"\s+(?:\w+ )?from (?!you\b|your\b|the (?:panel|team|hiring|recruit\w*|hr|committee|board|company|firm)\b"
    r"|anyone at your\b)"
)
# Their answer as the object: "finally hear back", "finally get your decision", "finally hear what you decided".
_THEIRS = LazyPattern(r"\b(?:from you|your|back|where i stand|what you|whether you|if you)\b")
# Wishing for it: "it would be good to finally get an answer", "I'd love to finally hear", "hoping to finally".
_WISH = LazyPattern(
    r"\b(?:(?:would|it['’]d|['’]d) be (?:good|great|nice|lovely|wonderful|helpful)|(?:i['’]d|i would|we['’]d|we would)"
    r" (?:love|like|welcome)|hoping|hope|want|need)(?: to)?\s+$"
)
# Past, or the writer's own news: "it was lovely to finally see", "an answer on my visa", "in person".
_NOT_AWAITED = LazyPattern(
    r"\bit was\b|\bwas (?:lovely|great|wonderful|nice|good)\b|\b(?:on|about|for|with) (?:my|our|her|his)\b|\bour baby\b"
    r"|\bin person\b"
)


def _at_last_from_them(found: Found) -> bool:
    """ "It would be good to finally get an answer", "I'd like to finally hear back from you"; not "I finally have an
    answer on my visa", "it was great to finally hear from you in person", nor news from the nursing council."""
    rest = found.after[len(found.words) :]
    if _FROM_OTHERS.match(rest) or _NOT_AWAITED.search(found.sentence):
        return False
    before = re.sub(r"\s*finally\s*$", " ", found.sentence_before)
    return _THEIRS.search(found.words + rest[:20]) is not None or _WISH.search(before) is not None


_HOW_LONG = LazyPattern(r"(?:it|that|now)\b")
_A_WHILE = LazyPattern(r"(?:while|long time|some time|ages)$")
_SINCE_I_LAST = LazyPattern(
    r",?\s+(?:now,?\s+)?since (?:i|i['’]ve|i have|i had|i['’]d) (?:last|felt|been|enjoyed|had|seen|met|worked)\b"
)
_NOW_OR_STILL = LazyPattern(r",?\s+(?:now|already)\b")
_SPAN_IS_LONG = LazyPattern(
    r"\S+(?: \S+)? (?:days|weeks|months|working days|business days)(?: now)? (?:is|are|feels|seems|has|have|felt)\b"
)
_LONG_WAIT = LazyPattern(
    r"\b(?:since (?:my|our|the|we)|without|silence|no (?:word|news|reply|update)|wait\w*|(?:heard|hearing|hear)"
    r" (?:back|anything|nothing)|still)\b"
)
# The employer's wait for the writer to start, not the writer's wait for news.
_THEIR_WAIT_FOR_ME = LazyPattern(
    r"\s+for (?:(?:a|an|the|your|my) )?(?:new (?:starter|hire|recruit|colleague|joiner)|starter|hire|recruit"
    r"|replacement|me to (?:start|join|arrive|move)|someone to (?:start|join)|my (?:start|notice|arrival|move))\b"
)
# Knowing someone or something already: "know my name", "know the area", no news waited for.
_KNOWN_THING = LazyPattern(r"\bknows? (?:my|me|the area|the city|the trade|the town|him|her|them|us|who)\b")


def _wait_in_so_many_words(found: Found) -> bool | None:
    """Whether "by now", "five weeks is a long time" or "it's been a while" complain; None for other words."""
    if found.words == "by now":
        # Not "you should have my references by now", nor "the managers here know my name by now".
        return _WAITING_TOPIC.search(_KNOWN_THING.sub("", found.clause_text)) is not None
    if _SPAN_IS_LONG.match(found.words):
        if _THEIR_WAIT_FOR_ME.match(found.after[len(found.words) :]):
            return False  # "four weeks is a long time to wait for a new starter": the writer's notice, their wait
        # "Five weeks is a fair while to sit on one's hands", not "six months is a long time in a start-up".
        return " to " in found.words or _LONG_WAIT.search(found.sentence) is not None
    if _A_WHILE.search(found.words):
        # "It's been a while now", "it has been some time and still nothing"; not "it has been a while since we spoke".
        rest = found.after[len(found.words) :]
        if _SINCE_I_LAST.match(rest):
            return False  # "it has been a while now since I last interviewed, so thank you": the writer's own past
        return _NOW_OR_STILL.match(rest) is not None or (
            _WAIT_MARKERS.search(found.clause_text.replace(" now", "")) is not None and not _understood_next(found)
        )
    return None


def complains_of_wait(found: Found) -> bool:
    """Waiting words count unless softened; "it has been a week" counts only with "now", "still", "over"..."""
    if not unsoftened(found) or found.clause.subject is Person.OTHERS:
        return False  # "the trailers were left waiting at customs" is not the writer's wait
    if found.prose.sentence_hedged(found.clause.sentence) and CONTRAST.search(found.sentence) is None:
        return False  # "I haven't heard anything, which may simply mean it has taken longer"
    special = _wait_in_so_many_words(found)
    if special is not None:
        return special
    if not _HOW_LONG.match(found.words):
        return True
    # "It has been three weeks, and I appreciate these things take time": the same sentence softens it, and so does
    # a next sentence that says so ("I understand that appointments need approvals.").
    return (
        _WAIT_MARKERS.search(found.sentence) is not None
        and not found.prose.sentence_hedged(found.clause.sentence)
        and not _understood_next(found)
    )


_AS_GOOD_AS = LazyPattern(r"\bas \w+ as $")
_UNDERSTANDING = LazyPattern(
    r"(?:i|we) (?:completely |fully |do |quite |of course )?(?:understand|appreciate|realise|realize)\b"
)


def _understood_next(found: Found) -> bool:
    following = found.neighbour(1)
    return _UNDERSTANDING.match(following) is not None and CONTRAST.search(following) is None


# "Now that it's been six weeks, a brief note seemed reasonable" gives the reason for writing; "stages still to
# run" is the process, not the wait.
_WAIT_MARKERS = LazyPattern(
    r"\b(?:now(?! that)|already|still(?! (?:very |really |so |extremely )?(?:interested|keen|excited|enthusiastic|eager"
    r"|committed|available|happy|hopeful)| to (?!hear|get|receive|have))|yet to|and nothing|and no|with no"
    r"|without (?:a|any)|no (?:word|reply"
    r"|response|answer"
    r"|news|update|feedback)|not (?:a|one) (?:word|single)|heard nothing|haven['’]t heard (?:anything|a thing)"
    r"|not heard (?:anything|a thing)|over (?:a|an|one|two|three|four|five|six|\d+|the past|the last)|more than|almost"
    r"|nearly|well past|close to|several|many)\b"
)
_BROKEN = LazyPattern(
    r"\b(?:but|yet|however|still(?! (?:very |really |so |extremely )?(?:interested|keen|excited|enthusiastic|eager"
    r"|committed|available|happy|hopeful|holds?|stands?|applies|apply|on track|valid|the plan|the case|accurate"
    r"|correct|realistic|likely|looks?|looking|suits?|works?))|passed|come and gone|gone by|nothing|no (?:word|news"
    r"|reply|response|update"
    r"|one)"
    r"|haven['’]t|have not|hasn['’]t|has not|didn['’]t|did not|by now|never|nobody|no one|instead)\b"
)
_BROKEN_AFTER = LazyPattern(r"\b(?:but|yet|however|nothing|no (?:word|news|reply|response|update|one)|instead)\b")
# What the writer assumes of their own chances: the role filled, the answer no, them forgotten.
# Not any negative: "which I suspect isn't what either of us wanted", "I'm guessing nobody else has one" are not it,
# nor "I assume the timeline slipped with the holidays".
_BAD_NEWS = LazyPattern(
    r"\b(?:filled|gone|moved on|lost interest|no longer|forg[oe]t(?:ten)?|not interested|someone else"
    r"|another candidate|passed (?:on|over)|not (?:been )?(?:selected|successful|considered|moving)"
    # The writer or the application not chosen for this role: not "my daughter wasn't selected for the choir",
    # "I wasn't shortlisted for the other council's role", "my number hasn't been picked up".
    r"|(?:i|my (?:application|candidacy|cv))(?: \w+)? (?:wasn['’]t|was not|haven['’]t been|hasn['’]t been|have not"
    r" been|has not been) (?:successful|selected|shortlisted|chosen|picked)(?! up| (?:for|with|at|in) (?!(?:the |this"
    r" |your |my )?(?:role|post|position|job|interview|next|final|shortlist|application)\b))"
    r"|ignor(?:ed|ing) (?:me|my)|(?:isn['’]t|is not|aren['’]t|are not|not) (?:going ahead|coming my way|happening"
    r"|moving forward|going anywhere|meant for me|for me)|decided against|out of the running|another way"
    r"|slipped (?:off|down|through|out|from|under|away)"
    r"|too far apart"
    r"|(?:bothered|cared) to|not (?:worth|important)|unsuccessful|rejected|the answer is no|a no|chosen (?:another"
    r"|someone))\b"
)
# A conclusion drawn from their silence: "I take it from the quiet", "from the lack of a reply".
_FROM_SILENCE = LazyPattern(
    r"\bfrom (?:the|your|all the|this) (?:silence|quiet|radio silence|(?:lack|absence) of (?:a |any )?(?:reply|response"
    r"|news|word|contact|answer|update))"
)
# What the writer is waiting for, or the wait itself: a reply, news, a decision, not knowing.
_WAITING_TOPIC = LazyPattern(
    r"\b(?:wait\w*|hear\w*|heard|news|reply|replies|response|update|silence|answer|decision|know(?:ing)?|limbo"
    r"|outcome|result|status|verdict|word)\b"
)
_CONSEQUENCE = LazyPattern(
    r"\b(?:accept(?:ing)?|take|taking|withdraw(?:ing)?|go(?:ing)? with|move on|look elsewhere|assume|escalate|complain"
    r"|contact (?:your|the)|sign(?:ing)? with|say yes|pursue other|consider (?:my|the) (?:application|candidacy)"
    r"|no choice|forced|hold|responsible"
    r"|(?:call|ring|phone|chase)(?: you| the office| your office)? (?:again|first thing|tomorrow|in the morning)"
    r"|lose|losing|lost|regret|reconsider|rethink|walk away|go elsewhere)\b"
)

# "Forgive me if I don't quite take it at face value": asking pardon, not a condition.
_EXCUSE_ME = LazyPattern(r"\b(?:forgive|excuse|pardon) (?:me|us)\s*$")

# Before a decision there is an answer to press for; after a rejection there is none, and the blame rule
# reads the same words as resentment.
# Telling them about another offer is still a note before their decision.
BEFORE_DECISION = frozenset({Kind.THANK_YOU, Kind.CHECK_IN, Kind.OFFER_UPDATE})
AFTER_REJECTION = frozenset({Kind.STAY_IN_TOUCH})

# Words of waiting too long: the pressure rule reads them before a decision, the blame rule after a rejection.
WAITING_WORDS = phrases(
    r"(i've|i have|i) been waiting",
    r"(i've|i have) waited",
    r"still (waiting|awaiting|no (reply|response|answer|news|word|update|feedback|decision)|haven't heard"
    r"|have not heard"
    r"|not heard|hasn't been|have had no|have no|nothing|without)",
    r"(it's|it has|it is|it's now|it has now|it is now|it's already|it has already|that's|that is|now) "
    r"(been )?(over |more than |almost |nearly |about |well over |close to |a good |at least )?"
    rf"{_COUNT} "
    r"(full )?(day|week|month|business day|working day)s?",
    r"(over|more than|almost|nearly) (a|an|one|two|three|four|five|six|\d+) (day|week|month)s? (now|already"
    r"|later)",
    r"(taking|taken|took|waited|waiting|been|drag(ged|ging)? on) (so|this|that|such a|for so|since|for) long",
    r"(drag|drags|dragged|dragging) on",
    r"(taking|taken|waited|waiting|dragged on|dragging on) (for )?(ages|forever|an eternity|weeks and weeks)",
    r"(such|so) a long (wait|time)",
    r"(a|this|the) (very )?long wait",
    r"(days|weeks|months) (have|has) (now )?(passed|gone by|come and gone)",
    r"(day|week|month)s? (go|went|have gone) by",
    r"(days|weeks|months) (without|with no) (a |any )?(word|reply|response|news|update|answer)",
    "by now",
    r"(without|with no) (hearing|getting|receiving|having) (a|any|one|so much as a) (word|thing|reply|response|update"
    r"|news|answer|call)",
    r"(went|go|gone|going|spent|waited) (\w+ )?(days|weeks|months|a week|a month)( and)? (without|with no|before|of"
    r" silence|in silence|chasing)",
    "radio silence",
    r"(total|complete|deafening) silence",
    r"(heard|had|received|got) (absolutely )?nothing",
    r"not (heard|had|received|got) (a|one) (word|thing|peep|single (word|thing|peep|reply|response|line|email"
    r"|call|message|update))",
    r"(haven't|have not|hasn't|has not|didn't|did not) (heard|had|received|got|gotten) (anything|a thing"
    r"|a word)"
    r"( at all| whatsoever| back)?",
    "nothing at all",
    r"no (reply|response|word|news|answer|update)s? (at all|whatsoever|yet again)",
    "still no",
    # Kept waiting is the writer's wait only with the writer in it: not "the trailers left waiting at customs".
    r"(kept|keep|keeping|left|leave|leaving) (me|us) (hanging|waiting|in the dark|guessing|in limbo)",
    r"(it's|it has|it is|it's now|it has now|that's|that has|now) been (quite |rather |a good |such |a fair )?"
    r"(a (long )?while|a long time|some time|a fair while|ages)",
    rf"{_COUNT_FIRST} (days|weeks|months|working days|business days)( now)? (is|are|feels|feels like|seems|seems like"
    r"|has been|have been|has felt|felt like)"
    r" (quite |rather |a fair |a long |a good |a very long |an awfully long |a considerable )?(a )?(while|long time"
    r"|time"
    r"|wait|stretch|age|ages|lifetime|eternity|forever)( to (wait|sit|go|hear|be kept|hold on|be left))?",
    r"(sit|sitting|sat) on (my|one's|our|his|her|their|your) hands",
    r"(i|we)( am| was| were| have been| had been|'ve been|'m| feel| felt)( \w+)? (kept|left) (hanging|waiting"
    r"|in the dark|guessing|in limbo)",
)


# What a promise to a candidate is about: hearing back, a decision, a time.
_PROMISE_TOPIC = LazyPattern(
    r"\b(?:hear|heard|decision|decide|decided|back|weeks?|days?|date|by|within|soon|reply|respond|call|update|contact"
    r"|know|end of|monday|tuesday|wednesday|thursday|friday|next|offer|result|outcome|in touch|news|email|confirm"
    r"|timeline|timeframe|timescale|deadline"
    r"|answer|feedback|response|before|month|holidays?)\b"
)
_GONE = LazyPattern(
    r"\b(?:come and gone|been and gone|ago|(?<!the )(?<!this )past(?! (?:few|couple|year|month|week|decade|\d))"
    r"|(?:has|have|had) (?:now |since |long |already )?passed"
    r"|(?:is|are) (?:now )?(?:over|long past))\b"
)


# The writer's own hope of hearing: after a rejection, the one part of the cue that is not a grievance.
_HOPED = LazyPattern(
    r"(?:i|we) (?:had )?(?:expected|was expecting|were expecting|had expected|anticipated|was hoping"
    r"|had hoped)"
)


def _holds_to_promise(found: Found) -> bool:
    """What they said, set against what has (not) happened since."""
    if found.words.startswith("as promised"):
        # "It did not come as promised" or "as promised, you would call, but nothing came"; not "As promised,
        # here is my portfolio", which keeps the writer's own word.
        before = found.sentence[: found.sentence.find(found.words)]
        broken = _BROKEN.search(before) is not None or _BROKEN_AFTER.search(found.after) is not None
        return broken and not found.clause.hedged
    if found.words.endswith("reminder"):
        # A note that calls itself a reminder holds them to something, however gently it is wrapped.
        return not found.clause.question and not_negated(found)
    # "I was told one to two weeks": after the answer came, a grievance for the blame rule; the feedback they
    # promised is still to come.
    after_the_answer = (
        found.kind in AFTER_REJECTION and _HOPED.match(found.words) is None and "feedback" not in found.sentence
    )
    if not unsoftened(found) or after_the_answer:
        return False
    if found.words.startswith("you promised"):
        return _AS_GOOD_AS.search(found.sentence_before) is None  # "The pie was as good as you promised."
    if _PROMISE_TOPIC.search(found.after) is None and not _GONE.search(found.after):
        return False  # "the rainy season you mentioned", "the twenty minutes I was told to prepare": not a promise
    return _promise_broken(found)


def _promise_broken(found: Found) -> bool:
    """The promise set against what has not happened: "the date you gave has passed", "you said a week, but"."""
    kindly = _TIMING_UNDERSTOOD.search(found.sentence) is not None or _understood_next(found)
    reason = found.words.startswith(("the ", "your ", "that ", "you ")) and _WHY_WRITING_NOW.search(found.sentence)
    if (kindly or reason) and not _BROKEN_AFTER.search(found.after):
        return False  # "As the date you mentioned has now passed, I thought I would check in": why the note comes now
    # "You mentioned the next stage would be a case study, but that the dates were not set yet": what they said.
    after = _BUT_I_UNDERSTAND.sub("", _BUT_THAT.sub("", found.after))
    return (
        re.search(r"supposed|should have|would have|passed|gone|missed|over|past|expect|anticipat", found.words)
        is not None
        or _BROKEN.search(after) is not None
    )


# A passed date told with understanding that things take longer, or as the reason for a polite note.
_TIMING_UNDERSTOOD = LazyPattern(
    r"\b(?:i|we) (?:completely |fully |do |quite |of course )?(?:understand|realise|realize|appreciate)\b"
    r"|\b(?:take|takes|taking|took) (?:a little |a bit |rather )?(?:longer|more time|time|a while)\b"
)
_WHY_WRITING_NOW = LazyPattern(
    r"^(?!.*\b(?:but|nothing|no (?:word|news|reply|update)|still|yet|again)\b).*\b(?:so|as|since|now that)\b.*"
    r"\b(?:thought|wanted|would like|am writing|i['’]m writing|i['’]d)(?: \w+){0,3} (?:check in|check|follow up"
    r"|touch base|get in touch|ask|enquire|see)\b"
    r"|^(?!.*\b(?:but|nothing|no (?:word|news|reply|update)|still|yet|again)\b).*\b(?:writing|wanted|thought i['’]d)"
    r"(?: \w+){0,2} (?:check in|follow up|touch base)\b.*\b(?:as|since|now that)\b"
)
_BUT_THAT = LazyPattern(r",? but (?:also )?that (?:the|you|they|there|we|it|some|a|an)\b[^,;.!?]*")
# "I had hoped to hear before my other deadline, but I understand these things take time": no broken promise.
_BUT_I_UNDERSTAND = LazyPattern(
    r",? but (?:i|we) (?:completely |fully |do |quite |of course |totally )?(?:understand|realise|realize)\b.*"
)


# A wait for something other than their answer: "how much longer should I expect to wait for my DBS check", "at
# reception".
_WAIT_FOR_PAPERS = LazyPattern(
    r"\s+(?:at reception\b|(?:for|on|at) (?:my|the|a|an) (?!(?:final )?(?:decision|answer|news|reply|outcome|update"
    r"|result|response)\b))"
)
# Asked of them: "kindly confirm at the soonest", not "at the soonest, my notice ends on the 30th".
_REPLY_ASKED = LazyPattern(
    r"\b(?:reply|respond|answer|decide|let (?:me|us) know|hear|get back|confirm|inform|revert|update|advise|tell me"
    r"|send|share|issue)\b"
)


def _urgency_of_their_answer(found: Found) -> bool:
    """The haste is asked of their answer."""
    if found.words.startswith("how") and _WAIT_FOR_PAPERS.match(found.after[len(found.words) :]):
        return False  # "how much longer will I need to wait for the medical appointment"
    if found.words.endswith("soonest"):
        return _REPLY_ASKED.search(found.sentence_before) is not None
    return True


# Thanks, or gratitude felt ("I am grateful for the courtesy of a prompt reply"), not offered ("I'd be grateful").
_THANKING = LazyPattern(
    r"\bthank|\b(?:am|i['’]m|was|are|we['’]re) (?:\w+ )?grateful"
    r"|\b(?:i|we) (?:really |truly |do |very much |certainly |also )?appreciat(?:e|ed)\b|(?<!be )\bappreciated\b"
)


# What comes before a quick update that someone asks for: "grateful for a quick update", "could you send me".
_ASKED_FOR = LazyPattern(
    r"\b(?:me|us|for|get|getting|receive|receiving|have|having|hear|need|want|expect|appreciate|welcome)\s+"
    r"(?:a |an |your |some |any )?$"
)
# Telling of an answer: what "without delay" hurries.
_ANSWERING = LazyPattern(
    r"\b(?:repl\w*|respon\w*|answer\w*|decision|decide\w*|outcome|news|update\w*|inform\w*|let me know|hear\w*"
    r"|confirm\w*|offer|feedback|contact\w*|call|get back|come back|tell me|told)\b"
)


# A time that turns "a quick update" from a short one into a fast one.
_BY_A_TIME = LazyPattern(
    r"\b(?:today|tonight|tomorrow|by|before|asap|soon|this (?:week|afternoon|evening)|now|within)\b"
)


def _brief_update(found: Found) -> bool:
    """ "I'd appreciate a quick update, if you have one" asks for a short one; so does asking nicely by the date
    another employer set."""
    if _BY_A_TIME.search(found.sentence) is None:
        return True
    return mentions_other_offer(found) and _POLITE.search(found.sentence) is not None


def _without_asap(found: Found) -> tuple[tuple[int, int], str] | None:
    """ "Please reply ASAP." reads as "Please reply." once the stray "ASAP" and the space before it go."""
    if found.words != "asap":
        return None
    start = found.match.start
    text = found.draft.plain
    if start == 0 or text[start - 1] != " " or (found.match.end < len(text) and text[found.match.end].isalnum()):
        return None
    return ((start - 1, found.match.end), "")


# "Bear that in mind" asks the reader to weigh it: "I hope the panel will bear that in mind" asks it of others,
# about what went wrong on the day.
_ASKS_YOU = LazyPattern(r"\b(?:you|you['’]ll|please)\b")
# Telling one's people of leaving, or resigning, ahead of their answer (phrases of the cue, and how its test knows
# them).
_TOLD_LEAVING = (
    r"(already )?(told|informed|warned|notified|let|mentioned (it )?to|said to|announced (it )?to|broke the"
    r" news to) (my|our) ([\w'’-]+ ){0,2}(supervisor|manager|boss|employer|head|team|colleagues|clients"
    r"|residents|families|pupils|students|patients|landlord|department|lab|school|principal|director|staff"
    r"|customers|parents|class|company|line manager|professor|pi|group)"
)
_RESIGNED = (
    r"(already )?(resigned|handed in (my )?notice|given (my )?notice|gave (my )?notice|served (my )?notice"
    r"|declined to renew|decided not to renew|not renewed|turned down (the|my) (renewal|extension))"
)
_TOLD_OR_RESIGNED = LazyPattern(rf"(?:{_TOLD_LEAVING}|{_RESIGNED})$")
# What was told is the writer's leaving: "I will not renew", "that I might be moving on", "about my plans to leave".
_I_AM_LEAVING = LazyPattern(
    r"\b(?:that )?(?:i|we)(?:['’](?:m|d|ll)| am| would| will| might| may| was| could| won['’]t| wouldn['’]t)?(?: not)?"
    r"(?: be)? (?:renew\w*|leaving|moving on|move on|resigning|quitting|handing in|stepping down|finishing)\b"
    r"|\b(?:i|we)(?: won['’]t| will not| wouldn['’]t| would not| am not|['’]m not)(?: be)? (?:returning|staying|coming"
    r" back|continuing)\b"
    r"|\b(?:my|about my) (?:plans? to (?:leave|move on)|resignation|notice|departure|leaving|last day)\b"
)
# Acted ahead of their answer: "already", or on an expected start ("because I understood the start would be April").
_AHEAD = LazyPattern(
    r"\balready\b|\b(?:because|as|since) (?:i|we) (?:understood|expected|assumed|thought|was told|were told|hoped"
    r"|felt sure)\b"
)
# The bind the writer is left in, not "no worries" nor "I'm not worried"; nor a bind from long ago.
_IN_A_BIND = LazyPattern(
    r"\b(?:worried|worrying|anxious|nervous|uneasy|awkward|(?:difficult|tricky|awkward) (?:position|spot|situation)"
    r"|tricky|stuck|limbo|in a bind|exposed|embarrass\w*|keeps? asking|kept asking|uncomfortable|under pressure"
    r"|panick\w*|stressed|stressful)\b"
)
_NOT_BEFORE = LazyPattern(r"(?:\bnot|n['’]t|\bno|\bnever|\bnothing|\bwithout)\b(?: \w+)?\s*$")


def _left_ahead(found: Found) -> bool:
    """Leaving announced, or a notice given, ahead of their answer, and the writer in a bind for it: "I already told
    my supervisor I will not renew my contract, so now I am a little worried". Not "I told my manager about the
    interview and she was thrilled", nor "I resigned in 2019 to retrain and was nervous at first"."""
    told = re.match(_TOLD_LEAVING, found.words) is not None
    if told and _I_AM_LEAVING.search(found.after[len(found.words) :]) is None:
        return False
    near = f"{found.neighbour(-1)} {found.sentence}"
    if _AHEAD.search(found.sentence) is None and _AHEAD.search(near) is None:
        return False
    if _LONG_AGO.search(found.sentence):
        return False
    for text in (found.sentence, found.neighbour(1)):
        for bind in _IN_A_BIND.finditer(text):
            if _NOT_BEFORE.search(text[: bind.start()]) is None:
                return True
    return False


# Time off tied to the decision: "I took an unpaid day off, so I hope it counts", not "I had booked the morning off
# and the call never came", which tells how the day went wrong.
_TIME_OFF_WEIGHED = LazyPattern(
    r"\b(?:unpaid|hope|hoping|count|counts|shows?|means?|decision|decide|soon|news|quickly)\b"
)


def _leans_on_sacrifice(found: Found) -> bool:
    if not unsoftened(found) or _TOLD_OR_RESIGNED.match(found.words):
        # Leaving announced ahead of their answer has its own test.
        return unsoftened(found) and _left_ahead(found)
    if "mean" in found.words:  # "It would mean a lot to join you" is enthusiasm; "any news would mean a lot" leans.
        return _WAITING_TOPIC.search(found.sentence) is not None
    if found.words.endswith("in mind"):
        return _ASKS_YOU.search(found.sentence_before) is not None
    if re.match(r"(?:took|taken|take|used|booked|using)\b", found.words):
        return _TIME_OFF_WEIGHED.search(found.sentence) is not None
    if _WAITING_ON_MINE.search(found.sentence) or (
        "on hold" in found.words and (_LONG_AGO.search(found.sentence) or _WHILE_OTHER.search(found.sentence))
    ):
        # "I've turned down agency work while I'm waiting for my DBS certificate to arrive", "I put my search on hold
        # while I nursed my mother last year".
        return False
    # Kept free for the interview or trial they arranged: logistics, not a debt.
    return (
        _AGREED.search(found.sentence) is None
        and _FOR_THE_DAY.search(found.sentence) is None
        and _GLADLY.search(found.sentence) is None
    )


# Free for the day itself: "so I'd be free for the trial shift", "to be available for your induction", "for your
# Zoom call", "for your call at two", "for the call": an arranged event, not "on hand for your call" with their news.
_FOR_THE_DAY = LazyPattern(
    r"\b(?:free|available|open|clear|on hand|around|reachable|ready|fresh) for (?:the|your|my|our|\w+['’]s)"
    r" (?:[\w-]+ )?(?:interview|trial|induction|assessment|visit|shift|start|first day|training|open day"
    r"|presentation|medical|meeting|zoom|video call|phone (?:call|screen)|screening|panel|open evening|chat"
    r"|call (?:at|on)\b)\b"
    r"|\b(?:free|available|clear) for the call\b"
)
# Given up gladly: "and it was no trouble at all", "and I'm so glad I did", "I'd do it again".
_GLADLY = LazyPattern(
    r"\b(?:no trouble|no problem|so glad i did|(?:happy|glad) to (?:do (?:it|that|so)|help)|(?:i['’]d|i would) do it"
    r" again|gladly|happily|my pleasure)\b"
)
_WAITING_ON_MINE = LazyPattern(r"\bwhile (?:i['’]m |i am |i )?(?:wait\w*|await\w*) (?:for |on )?my\b")
_WHILE_OTHER = LazyPattern(r"\bwhile (?:i|we) (?!wait|await|am waiting|was waiting|hear)")


# Work the writer sent in: checking that it arrived is no reminder of unanswered notes.
_WORK_SENT = LazyPattern(
    r"\b(?:assessment|test|task|exercise|file|files|form|forms|documents?|references|portfolio|sample|samples"
    r"|submission|answers|transcript|certificates?|paperwork|presentation|case study|report)\b"
)
_NOTES = LazyPattern(r"\b(?:e-?mails?|messages?|notes?|letters?|voicemails?)\b")
# "I know you're busy, but": their being busy, set aside; not "service was busy but the brigade were great".
_THEY_ARE_BUSY = LazyPattern(
    r"\b(?:you|you['’]re|you['’]ve|your|things|everyone|the team|it['’]s|it is|must be)\b|\b(?:are|is|['’]re|get|gets"
    r"|have been|has been)\s+(?:so |very |really |incredibly |extremely )?$"
)
_ESCALATING = LazyPattern(r"(?:copied|copying|cc|looped|looping|forwarded|forwarding|escalat)")


def _points_to_earlier_notes(found: Found) -> bool:
    if found.words.endswith("you") and found.words.startswith(("reached", "got to", "landed")):
        return _WORK_SENT.search(found.sentence_before) is None or _NOTES.search(found.sentence_before) is not None
    if found.words.endswith(("but", "but,")) or found.words.endswith(", but"):
        return _THEY_ARE_BUSY.search(found.sentence_before) is not None
    if _ESCALATING.match(found.words):
        return found.kind not in AFTER_REJECTION  # after a rejection, telling the boss is the blame rule's grievance
    return True


# What a question about the usual pace is about: the wait, not "the usual pace on the ward in winter".
_SILENCE = LazyPattern(
    r"\b(?:silence|quiet|wait\w*|this long|so long|without (?:a |any )?(?:word|news|reply)|no (?:word|news|reply)"
    r"|heard|hear\w*)\b"
)


def _asks_for_account(found: Found) -> bool:
    if not unsoftened(found):
        return False
    if re.search(r"(?:usual|normal|typical|standard|regular) ", found.words) and not found.words.startswith(
        ("is ", "was ")
    ):
        return found.clause.question and _SILENCE.search(found.sentence) is not None
    return True


_UPSET = LazyPattern(r"(?:frustrat|exasperat|annoy|irritat|infuriat|dishearten|demorali|stressful|nerve|agoni)")
# Owed something: "I feel I've earned at least that" presses even after a rejection.
_ENTITLED = LazyPattern(r".*\b(?:deserve|deserved|owed|earned)\b")


_RIGHT_TO_HEAR = LazyPattern(
    r"\s+to (?:an?|some|the|your|a proper|know|hear|be told|expect|ask|demand|feedback|closure|clarity)\b"
)


_OWED_FOR_IT = LazyPattern(r"\b(?:soon|owe|owed|deserve\w*|surely|the least|after all|nothing|still|silence|ignored)\b")


def _guilt(found: Found) -> bool:
    if not unsoftened(found):
        return False
    if found.kind in AFTER_REJECTION and _ENTITLED.match(found.words) is None:
        return False  # after a rejection, "I put a lot into this" and "it's frustrating" are the blame rule's
    if found.words.endswith("the right") and _RIGHT_TO_HEAR.match(found.after[len(found.words) :]) is None:
        return False  # "I have earned the right to practise as a chartered accountant" is a qualification
    if re.match(r"(?:i['’]ve |i have |i )?(?:put|invested)\b", found.words):
        # "I have put a lot of thought into your questions, and here are more ideas" offers more; it does not lean.
        return any(
            _WAITING_TOPIC.search(text) is not None or _OWED_FOR_IT.search(text) is not None
            for text in (found.sentence, found.neighbour(1))
        )
    if _UPSET.match(found.words) is None:
        return True
    return (
        _WAITING_TOPIC.search(found.sentence) is not None and _FOR_OTHERS.match(found.after[len(found.words) :]) is None
    )


CUES: tuple[Cue, ...] = (
    Cue(
        "Urgency",
        "asks for haste",
        'asking for a reply "as soon as possible", calling your note urgent',
        "Please reply as soon as possible, it is urgent.",
        "I could start as soon as possible if that helps the team.",
        phrases(
            "as soon as possible",
            r"as soon as (you )?(possibly )?can",
            "asap",
            r"(it's|it is|this is|is|very|quite|rather|extremely|most|really) (urgent|time-sensitive|pressing)",
            r"urgent(ly)? (reply|response|answer|request|matter|decision|need|require|request|ask|await)",
            r"(prompt|quick|speedy|swift|immediate|timely|rapid|fast) (reply|response|answer|decision|update)",
            r"(need|appreciate|hope for|hoping for|grateful for|ask for|asking for|request|requesting) a (quick|fast"
            r"|speedy|swift|rapid) turnaround",
            r"without (any )?(further )?delay",
            "time is of the essence",
            r"(at|with) your earliest possible",
            r"(?<!no\s)(?<!a\s)(?<!in\s)hurry( up)?",
            r"(move|act|decide|respond|reply) (quickly|fast|soon|swiftly|promptly|now)",
            r"(won't|will not|can't|cannot|can not|am not going to|i'm not going to) (be )?(wait|waiting|hang|hanging)"
            r" (around|forever|long|much longer|indefinitely|about|on)",
            # The writer's own options held for them: not "I can't keep the flat on hold much longer".
            r"(won't|will not|can't|cannot|can not) (keep|put|leave|hold|have)( (my (life|plans|search|job search"
            r"|career|decision|options|other (offers?|options))|things|everything|myself|it|it all))? on hold( for)?"
            r" (much|any) longer",
            r"how (much )?longer (should|must|will|do|shall|am|would) (i|we) (expect to |have to |need to |be expected"
            r" to |expected to )?(wait|be waiting|be kept waiting|hold on)",
            "chop chop",
            r"(expedite|speed up|hurry up|fast-track|accelerate|hasten|rush) (the|this|my|your|things|matters)",
            r"(move|push|speed|hurry|get|bring) (things|this|it|matters|the process|the decision) (along|up|forward"
            r"|on)",
            r"(you )?(may|might|will|would) want to (move|act|decide|hurry|speed|get a move)",
            r"(lose|losing) me",
            r"(hearing|hear|reply|replies|respond|response|news|answer|decision) (back )?(from you )?(quickly|promptly"
            r"|fast"
            r"|swiftly|urgently|immediately)",
            r"at the (very )?(earliest|latest|soonest)",
            r"by return( of (post|email|mail))?",
            r"(move|put|push|bump|jump) (my (application|file|cv|candidacy)|me) (up )?(to|up) (the front|the top)",
            r"(snapped|scooped) up",
            r"(quickly|fast|soon) ([\w-]+ ){0,3}(are|is|get|gets|were|being|been|are being) (picked|taken) up",
            r"(let me know|get back to me|tell me|inform me|update me|come back to me|reply|respond) (promptly|quickly"
            r"|swiftly|right away|straight away|at once)",
        ),
        # "Thank you for the prompt reply" thanks them; "thanks in advance for a prompt reply" presses.
        lambda found: (
            _asked_of_reader(found)
            and _urgency_of_their_answer(found)
            and not (_THANKING.search(found.sentence) and "in advance" not in found.sentence)
            # "A quick update since we spoke: I passed", "I wanted to give you a quick update" are the writer's news.
            and not (found.words.endswith("update") and not _ASKED_FOR.search(found.sentence_before))
            and not (found.words.endswith("me") and found.sentence_before.endswith("than "))  # "cheaper than losing me"
            # "the only project finished without delay" boasts of the writer's record; it asks nothing.
            and not (found.words.endswith("delay") and _ANSWERING.search(found.clause_text) is None)
            and not (found.words.endswith("quick update") and _brief_update(found))
        ),
        fix=_without_asap,
    ),
    Cue(
        "A demand tied to a time",
        "asks for an answer by a time that you set",
        "asking them to reply, confirm or decide by a day or within hours",
        "Please confirm by Thursday whether I am still being considered.",
        "I will send my references by Friday.",
        phrases(
            r"(reply|respond|answer|write back|get back to me|get back to us|let me know|tell me|confirm|decide"
            r"|update me|inform me|advise me|hear back|hear from you|forward to hearing from you|know|hear"
            r"|make (a|your) decision"
            r"|give me (an|your) (answer|decision)|call me|contact me|look at|review|reconsider|revisit|rethink"
            r"|come back to (me|us)|give me a (call|ring|shout)"
            r"|re-?evaluate|revert( back)?( to (me|us))?)"
            r"( (\S+ ){0,5}?| )" + _WHEN,
            r"(an? |your |the )?((confirmed|final|firm|definite|clear|quick|formal|written|one-line|short) )?(update"
            r"|answer"
            r"|response|reply|decision|news|confirmation|feedback|verdict|(straight |simple |clear )?yes or (a )?no)"
            r"( from you| for (me|us))?,? " + _WHEN,
            r"(the |your |an? )?(written |formal )?(offer|contract)( letter)?( (over|across|through))?( to me)? "
            + _WHEN,
            r"(match|beat|better|equal) (it|that|theirs|their offer|the offer|this offer|their timeline|their speed)"
            r"( (\S+ ){0,3}?| )" + _WHEN,
        ),
        _demand_with_time,
    ),
    Cue(
        "An ultimatum",
        "reads as an ultimatum",
        "saying what you will do if they do not answer, or threatening to take another offer",
        "If I don't hear back by Friday, I will accept the other offer.",
        "If you need anything else from me, I would be glad to send it.",
        phrases(
            r"if (i|we) (do not|don't|haven't|have not|can't|cannot|still don't|still haven't|fail to|am not|'m not"
            r"|hear nothing|get no|receive no)( (hear|heard|get|got|gotten|receive|received|have|had))?",
            r"unless (you|i|we|the|your|a|an|there)",
            r"(or|otherwise|else|then) (i will|i'll|i must|i shall|i'm going to|i am going to|i have to|i'd have to"
            r"|i would have to)"
            r" (have to |need to |be forced to |just )?"
            r"(accept|take|withdraw|go|move|look|assume|consider|contact|escalate|complain|sign|say yes|pursue)",
            "or else",
            "ultimatum",
            r"(match|beat|better) (it|the offer|their offer|this offer|that offer|what they)",
            r"(i'll|i will|i would|i'd) (have no (other )?choice|be forced|be left with no choice)",
            r"(last|final) (chance|warning|opportunity to)",
            "take it or leave it",
            r"(reconsider|rethink|review|withdraw|question) my (interest|application|candidacy|options)",
            r"(look|looking|go|going|turn|turning) elsewhere",
            r"(i'm|i am) giving you (until|till|\w+ (more )?(days|hours))",
            r"you have (until|till) \S+",
            r"(should|if) (i|we) not (hear|receive|get|have)",
            r"(my|a firm|a hard|a strict|set a|setting a) deadline (for|to|of) (you|your|an? |the )",
            r"deadline (for|to) (your|an?|the) (answer|decision|response|reply)",
            r"(regret|a shame|a pity|sorry) (it )?if you (lost|lose|missed|miss|let) (me|out|this|the chance)",
            r"(don't|do not) make me (regret|reconsider|rethink|wait)",
        ),
        lambda found: (
            _CONSEQUENCE.search(found.sentence) is not None and _EXCUSE_ME.search(found.sentence_before) is None
        ),
        # A withdrawal withdraws: "I would like to withdraw my application" is its point, not a threat.
        frozenset(Kind) - {Kind.WITHDRAWAL},
    ),
    Cue(
        "A complaint about the wait",
        "complains about the wait",
        "telling them how long it has been, or that you are still waiting",
        "It has been almost three weeks now and I still have no news.",
        "It has been a week since we spoke, so I wanted to check in.",
        WAITING_WORDS,
        complains_of_wait,
        BEFORE_DECISION,
    ),
    Cue(
        "An assumption about their intent",
        "assumes the worst of them",
        "guessing that they have lost interest, forgotten you or filled the role",
        "I can only assume the position has been filled, since nobody has replied.",
        "I assume the team is busy with the end of the quarter, and I am happy to wait.",
        phrases(
            r"(i|we|i'll|we'll) (can only |must |will |have to )?(assume|presume|guess|suppose|gather|suspect|take it"
            r"|conclude)",
            r"(i|i'm|i am) (starting|beginning) to (think|wonder|feel|suspect|believe)",
            r"(i'm|i am) (guessing|assuming|presuming|taking it)",
            r"(guess|guessing|assume|assuming|take it|taking it|gather|conclude|concluding|infer|inferring) from (the"
            r"|your) (silence|quiet|radio silence|(lack|absence) of (a |any )?(reply|response|news|word|contact|answer"
            r"|update)s?)",
            r"(you|they|the team|the company|everyone)( must| may| might| probably| clearly| obviously)?"
            r"( have| has|'ve)? (forgotten|forgot|lost interest|moved on(?! from (the|that|this|a|an|our) )|stopped"
            r"|given up)",
            r"(have|has) (you|the team|the company|everyone) (forgotten|forgot|lost interest|moved on|given up)",
            r"(forgot|forgotten) (about )?(me|my application|my interview|us)",
            r"(haven't|have not|hasn't|has not) been (forgotten|overlooked|left out|lost|dropped|sidelined)",
            r"surely (you|a decision|the team|someone|there|by now|it)",
            r"(fell|fallen|slipped|slipping) through the cracks",
            r"(fell|fallen|slipped|slipping|dropped) (off|down|out of) your (list|radar|pile|shortlist)",
            r"(not|no longer) interested in (me|my (profile|application|candidacy|cv))( anymore| any more)?",
            r"(no one|nobody|noone|none of you)( has| have| had| could| can)?( even| ever)? "
            r"(bothered|cared|replied|responded|answered|got back|gotten back|written|called|acknowledged|told me"
            r" (anything|a thing)(?! (about|on|regarding))|had the"
            r" (courtesy|decency)|taken the time|thought to|returned)",
            r"(you|they|the company|the team) (don't|do not|doesn't|does not|didn't|did not) (seem to )?"
            r"(care|value|respect)",
            r"(if|whether) (i'm|i am|i was) (still )?(even )?(being )?(considered|in the running|on your radar)",
            r"(if|whether) (you|the team|the company) (are|is) (still )?(even )?(interested|considering me)",
        ),
        lambda found: (
            unsoftened(found)
            # A conclusion from their silence is pressure when it is bad news, not "I gather from the quiet that the
            # office is closed for half-term".
            and (
                (not re.match(r"(?:i|we)\b", found.words) and _FROM_SILENCE.search(found.sentence) is None)
                or _BAD_NEWS.search(found.sentence) is not None
            )
            and (
                not re.match(r"(?:if|whether)\b", found.words)
                or re.search(r"\beven\b", found.words) is not None
                or _BAD_NEWS.search(found.sentence) is not None
            )
        ),
        BEFORE_DECISION,
    ),
    Cue(
        "A reminder of what they promised",
        "holds them to what they said",
        "telling them what you expected of them, or that a promised date has passed",
        "You said I would hear within a week, but nothing has come.",
        "You mentioned you hoped to decide by the 20th, so I wanted to check in.",
        phrases(
            r"(i|we) (was|were|had been|have been) (told|promised|assured|led to believe|informed|given to understand)",
            r"(i|we) (had )?(expected|was expecting|were expecting|had expected|anticipated|was hoping|had hoped) "
            r"(to (hear|have heard|get|receive|have)|an? (reply|response|decision|call|answer|update)|you to|your"
            r"|some)",
            r"you (said|told me|told us|promised|mentioned|indicated|assured me|stated|committed)",
            "you promised",
            r"(was|were|is) supposed to",
            r"(should|would) have (heard|had|got|gotten|received|been (told|contacted|informed|updated))",
            r"(the|your|that) (deadline|date|timeline|timeframe|time frame|week|friday|monday|day) "
            r"(you |that you |which you )?(gave|mentioned|set|promised|stated|indicated|named)( me| us)? "
            r"(has|have|is|was)? ?(now )?(long )?(passed|come and gone|gone|been missed|over|past)",
            r"(well|long|way) past (the|your) (date|deadline|timeline|timeframe)",
            r"as promised",
            r"(a |my )?(gentle|friendly|polite|quick|little|small|kind) reminder",
        ),
        _holds_to_promise,
    ),
    Cue(
        "Asking why you have not heard",
        "asks them to account for the delay",
        "asking why nobody has answered, or what is taking so long",
        "Why haven't I heard anything from the team?",
        "Could you tell me when you expect to decide?",
        phrases(
            r"why (haven't|have|didn't|did|hasn't|has|isn't|is|wasn't|was|am|don't|do) (i|you|anyone|no one|nobody|"
            r"the team|the company|it|this|the process|there|everything|my)( not| still)? (even )?"
            r"(replied|responded|answered|got|gotten|called|written|heard|reply|respond|answer|call|write|get back"
            r"|received|been|taking|taken|take|hear|know|told)",
            r"why (the|such a|this|so much) (delay|wait|silence|hold-up|holdup)",
            r"what('s| is| has been| was)? (taking|holding) (so long|things up|it up|this up|you)",
            r"(why|reason) (it is|it's|is it|this is|the decision is) taking (longer|so long|this long|more time)",
            r"what('s| is) the (delay|hold-up|holdup|problem|issue|matter)",
            r"(is|was) there a reason (why )?(i|no one|nobody|you|it|there|my)",
            r"(is|was) (the|this) ([\w-]+ ){0,2}even (still )?(going ahead|open|available|happening|real|a thing)",
            r"(is|was) there (a|any) (particular |specific |good |real )?(reason|explanation|cause) for (the|this"
            r"|such a|all this) (delay|silence|wait"
            r"|hold-up)",
            r"(has|have) (a decision|the decision|anything|nothing|no decision) (really |honestly |actually |still )?"
            r"(not )?(been )?(made|decided|happened) yet",
            r"(really|honestly|actually|still) (not|no) (decided|made a decision|made up your mind)",
            r"(explain|account for) (the|this|such a) (delay|wait|silence)",
            # "Is a month of silence the usual pace for the firm?": asked to be answered with an apology.
            r"(the|your|its|their) (usual|normal|typical|standard|regular) (pace|speed|turnaround|way of doing things"
            r"|practice)",
            r"(is|was) (it|this|that) (normal|usual|typical|standard|common)( practice)?( for [\w ]{1,30}?)? to (take"
            r"|wait|hear nothing|not hear|go quiet|go silent|leave candidates)( \w+){0,3} (this|so|that) long",
        ),
        _asks_for_account,
    ),
    Cue(
        "A reminder that you wrote before",
        "reminds them that they have not answered",
        "pointing out your earlier messages or asking whether they arrived",
        "Just wondering whether my last two emails reached you?",
        "I am following up on our conversation of 12 November.",
        phrases(
            r"(did|have|has|had) (you|anyone|someone|the team)( had a chance to| been able to)? "
            r"(get|got|receive|received|see|seen|read|open|opened|look at|looked at) (any of )?my"
            r" (last|previous|earlier|other|two|three|several|many|prior|past|recent) ((\w+ )?(emails?|messages?|notes?"
            r"|voicemails?|calls?|letters?))",
            r"my (last|previous|earlier|prior|past) (two|three|four|few|several|couple of|\d+) "
            r"(emails|messages|notes|voicemails|calls|letters)",
            r"my (several|many|numerous|repeated|multiple) (emails|messages|notes|voicemails|calls|letters|attempts)",
            r"(reached|got to|landed in) (you|your inbox)",
            r"(just )?(checking|check|making sure|to make sure|to check) (that )?(you )?(got|received|saw|had|have) my"
            r" (note|email|message|last email|last note|earlier email|email from|note from)(?! (with|about) the"
            r" (corrected|new|right|updated))",
            r"(as )?per my (last|previous|earlier|prior|recent) (email|message|note|mail|voicemail|call)",
            r"as (i )?(mentioned|said|stated|noted|explained|asked) (in|before|previously|earlier|twice|already)"
            r"( (my|the|a) (last|previous|earlier|prior) (email|message|note|call))?",
            r"(following up|checking in|writing|reaching out|emailing|asking|chasing)( you)? (yet again"
            r"|for the (second|third|fourth|fifth|last|final|umpteenth) time)",
            r"(yet )?another (email|reminder|follow-up|follow up|message|nudge|chaser)",
            r"(bump|bumping|re-?sending|re-?sent|re-?forwarding|nudging) (this|my|the)",
            r"(this is|here is|writing|sending) (my|the|a) (second|third|fourth|fifth|\d+(st|nd|rd|th)|last|final) "
            r"((gentle|friendly|polite|quick|kind|little|short|brief) )?"
            r"(email|message|attempt|reminder|follow-up|try)",
            r"(second|third|fourth|fifth) time (i've|i have|that i|i am|i'm|i) (written|emailed|asked|followed"
            r"|contacted"
            r"|called|rung|chased|reached|sent|checked|had to|write|email|ask|follow|contact|call|chase|reach|send"
            r"|check|writing|emailing|asking|following|contacting|calling|chasing|reaching|sending|checking)",
            r"(sent|left|written|emailed) (you )?(two|three|four|several|multiple|many|a few|numerous) "
            r"(emails|messages|voicemails|notes|times|follow-ups)",
            r"in case you (missed|didn't see|did not see|forgot|overlooked|never (got|received|saw))",
            r"(circling|circle|looping|loop|bumping|coming) back (again|once more|on this again|to this again"
            r"|yet again)",
            r"(reaches|reach|gets to|lands with|finds) (the right person|someone|you) this time",
            r"this time(?= ?[.!?])",
            r"(swamped|busy|snowed under|inundated)(,)? but",
            r"(the|my) (\w+ )?(email|message|note|voicemail) (i sent|from) (last|two|three|a few|several) (week|weeks"
            r"|days"
            r"|times)",
            r"chas(e|ing) (you|this) (up )?again",
            r"chas(e|ed|ing) (it|this|you|things|the matter|my application) up",
            r"(copied|copying|cc'd|cc|cc-ing|looped|looping|forwarded|forwarding) (in )?(\w+ ){0,3}(manager|director"
            r"|boss"
            r"|supervisor|ceo|head|mr|ms|mrs|dr|chief|senior)",
            r"escalat(e|ed|ing) (this|it|the matter|things|my (application|case|query|concern|complaint))",
            r"escalat(e|ed|ing) (\w+ ){0,3}to (your|the|a) (manager|director|boss|supervisor|ceo|head|senior|hr|partner"
            r"|board)",
            r"(would like|want|expect|need) (this|it|the matter) (resolved|sorted|settled|addressed|cleared up)",
        ),
        _points_to_earlier_notes,
    ),
    Cue(
        "A demand",
        "demands an answer",
        "telling them you need, expect or deserve an answer, or that they must reply",
        "I expect a response to this email.",
        "I would be glad to hear about the next steps when you have news.",
        phrases(
            r"(i|we|i'm|we're|i'll|we'll)( really| just| still| do| simply| urgently| definitely| absolutely| will"
            r"| would)? (need|must have|expect|demand|require|want|insist on|deserve|am owed|owed|am entitled to"
            r"|entitled to) (an?|your|the|some|to (have|get|receive|hear|know)) ?((confirmed|final|firm|definite|clear"
            r"|quick|formal|written|proper) )?"
            r"(answer|response|reply|decision|update|feedback|news|explanation|confirmation|clarity|closure|word)?",
            r"(i|we) (demand|insist)",
            r"(i'd|i would|i|we'd|we) (expect|need|require|want) (a|an|your|the) (clear |firm |definite |proper )?"
            r"(timeline|timescale|date|indication) (from you|by|within|this week|today|tomorrow)",
            r"(i|we) must (know|have|hear|get)",
            r"(a )?yes or (a )?no",
            r"(a|an|your) (straight answer|definite answer|firm answer|final answer|clear answer"
            r"|answer one way)",
            r"(i|we) need to know (now|today|where i stand|what's happening|what is happening|one way or"
            r" (the )?other|either way|if|whether|what)",
            r"you (need|have|must|ought|are obliged|are required) to (reply|respond|answer|let me know|get back|tell"
            r"|inform|decide|make|give|contact|call|update|explain)",
            r"(i'm|i am|we're|we are) (running out of|losing|low on) (time|patience)",
            r"(my|our) patience",
            r"running out of (time|patience)",
            "ran out of patience",
            r"one way or (the )?other",
            r"(a|any) (reply|response|answer|acknowledgement|acknowledgment) (at all|of any kind|whatsoever)",
            # "It would be good to finally get an answer": impatience; "to finally meet the team" is not.
            r"finally (get|have|hear|receive|know|see) (an? (answer|decision|reply|response|update)|some (news|word"
            r"|answers?)|news|word|back|something|from you|your (answer|decision|reply)|where i stand)",
            r"finally (hear|know|learn|find out) (what|whether|if) (you|the)",
            r"(hear|get|have|receive) (something|anything|an? (answer|decision|reply|response|update)|some (news|word)"
            r"|news|word|back)( from you)? at last",
            # Their decision planned around the writer's date: "please plan your decision around that", not "fit the
            # answer around your board meeting".
            r"(plan|time|schedule|fit|arrange) (your|the) (decision|answer|reply) (around|to fit|to suit|for) (my|our"
            r"|that|this|me|us)",
            r"(the )?ball('s| is) (now )?(firmly |squarely )?in your court",
            r"even (just )?(a|one) ((one-line|one line|quick|short|brief|two-line) )?(line|word|reply|update|response"
            r"|note)",
            r"one word (is|would be) (fine|enough|plenty)",
            r"(a|the) (simple|quick|short|courtesy|brief) (reply|response|acknowledg\w+|email) (would|is|was|is all)",
            r"the (least|bare minimum) (you|the team|the company|they|anyone) (could|can)",
            r"(a|an) (reply|response|answer|acknowledgement|update) this time",
            r"(is|seems|would be|be|it's|it is) (a |an |only |surely |not |hardly )?(reasonable|fair|not too much|the"
            r" least"
            r"|too much)( thing)? to (hope|expect)( for)?",
            r"it would be (nice|polite|courteous|decent|respectful|professional|common courtesy) to (get|have|receive"
            r"|hear|know|be told|let|reply|respond)",
            r"(i|we) (need|have|want) to (plan|move on with|get on with|organi[sz]e) (my|our) (life|lives|future|plans"
            r"|finances)",
            "common courtesy",
            r"the (courtesy|decency) (of|to)",
        ),
        _demands,
    ),
    Cue(
        "Guilt",
        "tries to make them feel guilty",
        "telling them how their silence makes you feel, or that they never replied",
        "Honestly, I feel ignored, and you never replied to my call.",
        "I never expected such a friendly welcome, thank you.",
        phrases(
            r"(i |i'm |i am )?(feel|felt|feeling) (so |very |rather |quite |a bit |a little |completely )?"
            r"(ignored|forgotten|disrespected|neglected|overlooked|invisible|strung along|let down|messed around"
            r"|left in the dark|unappreciated|dismissed|frustrated|anxious|stressed|desperate|annoyed|upset)",
            r"(frustrat\w+|exasperat\w+|annoy\w+|irritat\w+|infuriat\w+|disheartening|demoraliz\w+|demoralis\w+"
            r"|stressful|nerve-wracking|agonizing|agonising)",
            r"(fed up|tired|sick) (of|with) (waiting|the wait|chasing|hearing nothing)",
            r"(you|the team|the company|they|no one|nobody|the recruiter)( still)? (never|haven't|have not|didn't"
            r"|did not"
            r"|has not|hasn't|still haven't|have yet to|has yet to|failed to"
            r"|couldn't be bothered to) (even )?(bother(ed)? to )?"
            r"(replied|responded|answered|got back|gotten back|called|written|wrote|acknowledged|reply|respond|answer"
            r"|get back|call|write|acknowledge|return(ed)?)",
            r"(i|we) (deserve|am owed)",
            "i'm owed",
            r"(i've|i have|we've|we have|i feel i've|i think i've|i'd say i've|surely i've) (earned|deserved|more than"
            r" earned) (at least |surely |by now )?(that|this|it|a (chance|second look|fair hearing|reply|call|spot"
            r"|place"
            r"|look|shot)|the (chance|right)|first (refusal|call)|an? (answer|interview|reply))",
            r"(i've|i have|i) (put|invested) (so much|a lot|a great deal|hours|days|weeks)",
            r"(sleepless|losing sleep|can't sleep|cannot sleep|on tenterhooks|on edge)",
        ),
        _guilt,
    ),
    Cue(
        "Guilt about what you gave up",
        "tries to make them feel guilty",
        "telling them what you have given up or who depends on their answer",
        "I have turned down other work while I wait, and my family is relying on this job.",
        "I am relying on public transport, so a morning slot would suit me best.",
        phrases(
            r"(turned down|put (everything|my life|my plans|my search|other things) on hold|given up|passed up|declined"
            r"|said no to) (other|\w+ )?(work|offers|jobs|opportunities|interviews|roles|everything)",
            r"(turned down|turned away|given up|gave up|passed up|declined|said no to|cancelled|withdrawn from"
            r"|pulled out"
            r" of)( \w+){0,3} (other )?(interviews?|offers?|jobs?|roles?|positions?|posts?|places?|contracts?"
            r"|opportunities|processes)( \w+){0,6} (to (stay|remain|keep myself) (free|available|open)|for (you|this"
            r"|your))",
            r"(turned down|declined|given up|gave up|passed up|said no to)( [\w']+){0,4} (cover|shifts?|work|hours"
            r"|assignments?|projects?|gigs?|placements?|contracts?)( [\w,']+){0,8} so (that )?(i'd|i would|i could|i"
            r" can|i'm|i am|i was|i) (be )?(free|available)",
            # Work refused to stay free for them: "I've said no to two weekends of overtime to keep my diary open for
            # you", "I've been turning away cover work while I wait on your answer".
            r"(turned down|turning down|turned away|turning away|declined|declining|given up|gave up|giving up"
            r"|passed up|passed on|passing on|said no to|saying no to|refused|refusing|cancelled|canceled|cancelling"
            r"|skipped|dropped)( [\w'-]+){0,4} (cover|shifts?|overtime|hours|assignments?|gigs?|placements?|contracts?"
            r"|bookings?|temp work|temping|locums?|agency work|work|jobs?|weekends?|offers?)( [\w,'-]+){0,6}"
            r" (to (keep|stay|remain|be)( \w+){0,3} (free|available|open|clear|on hand|around|reachable) for"
            r" (you|your)|so (that )?(i|i'd|i'm|i am|i can|i could|i would|i'll)( be| stay| keep| remain)?"
            r"( \w+){0,2} (free|available|on hand|around|reachable|ready) for (you|your)|while (i |i'm |i am )?"
            r"(wait|waiting|await|awaiting)( on| for)? (you|your|to hear|news|a decision|an answer|the decision)"
            r"|because (i was sure|i expected|i thought|i hoped|i felt sure) (i'd|i would) (hear|be hearing|get)"
            r"( back)? (from you|back|your|an answer|news))",
            # "I've been refusing interviews elsewhere while I wait for you", "I cancelled a holiday so I'd be free
            # for you", "I've kept my diary completely empty for you".
            r"(turned down|turning down|turned away|turning away|declined|declining|given up|gave up|passed up"
            r"|said no to|saying no to|refused|refusing|cancelled|canceled)( [\w'-]+){0,3} (clients|customers"
            r"|interviews?|holidays?|trips?|opportunit\w+|other roles|everything)( [\w,'-]+){0,6} (to (keep|stay"
            r"|remain|be)( \w+){0,3} (free|available|open|clear) for you\b|so (that )?(i'd|i would|i could|i can)( be)?"
            r" (free|available) for you\b|while (i |i'm |i am )?(wait|waiting)( on| for)? (you|your)\b)",
            r"(kept|keeping|cleared|clearing) (my|the) (diary|calendar|schedule|week|days|weekends?|evenings?)( \w+)?"
            r" (empty|clear|free|open) for you\b",
            r"stopped (applying|looking|interviewing)( for (other )?(jobs|roles|work))?( anywhere)?( else| elsewhere)",
            r"(my life|my plans|everything|my search|my career|my job search) on (pause|hold)",
            r"(put|placed|kept|am keeping|i'm keeping)( \w+){0,3} (process|processes|offer|offers|application"
            r"|applications"
            r"|interview|interviews|search) on hold",
            r"(to )?(stay|remain|keep myself) (free|available) for (you|this|your)",
            r"(relying|depending|counting|dependent|banking) on (this|you|the job|it|me getting|hearing|an answer"
            r"|a decision"
            r"|getting)",
            r"(relying|depending|counting|banking) on ((some|good|positive|quick|your) )?(news|word|an answer|a reply"
            r"|a response|a decision|an update|a quick)",
            r"(bear|keep) (that|this) in mind",
            r"my (family|parents|partner|wife|husband|landlord|bank|children|kids|mum|mom|dad|friends)( \w+)? (keeps?"
            r"|keep"
            r"|are|is"
            r"|have been|has been|needs?|want|wants) (\w+ )?(asking|waiting|to know|chasing|an answer)",
            r"my (family|parents|partner|wife|husband|children|kids|mum|mom|mother|father|dad|friends|relatives)"
            r"( \w+){0,2} (ask|asks|phone|call|calls|rings?) (me )?(every|each|all the) (day|evening|night|morning|time"
            r"|week)",
            r"(i'll|i will|i would|i'd|i can) (take|accept|do) (any|anything|whatever)( \w+)?( role| job| position"
            r"| at all)",
            r"(i beg you|i'm begging|i am begging|please,? please)(,)? (just )?(let me know|tell me|give me|reply"
            r"|answer)",
            r"please,? just (let me know|tell me|give me|reply|answer|say)",
            r"(phone|notifications|ringer) on (loud|all day|all night)",
            r"(checking|refreshing) (the|my|your)( [\w-]+){0,4} (portal|inbox|email|phone|application status"
            r"|website) (twice"
            r"|three"
            r" times|every|constantly|hourly|several times)",
            r"(give|hand in|hand|serve) (my )?notice( \w+){0,6} (so|before|by)",
            r"(all )?for nothing",
            r"(don't|do not) know what (i'll|i will|i would|i'd|i am going to|i'm going to) do",
            r"(refreshing|checking|refresh|check) my (inbox|email|emails|phone|messages)( roughly| about| around"
            r"| literally| basically)? (every|constantly|all|each"
            r"|hourly)",
            r"(would|will) mean (a lot|so much|everything|the world)",
            r"(took|taken|take|used|booked|using) (a|a whole|an entire|the|half a|my|unpaid|annual) "
            r"(day|afternoon|morning|week|day's|days|leave|holiday)( off| of leave| of holiday| leave)?",
            r"(took|taken|used|lost)( \w+)? unpaid (days?|leave|holiday|time)",
            r"took (a day's|a day of|annual|unpaid) (leave|holiday)",
            r"(the )?(effort|money|hours) (i|we) (put|invested|spent)",
            r"(pencilled|penciled|booked|set|arranged|fixed|planned|put)( in)? (\w+ ){0,3}(as )?my (joining|start"
            r"|starting|first) (date|day)",
            r"(every|each) (extra|further|additional|passing|more) (day|week|hour)( [\w']+){0,8} (harder|more difficult"
            r"|tougher|more tempting)",
            r"(withdrew|pulled out|stepped back|stepped away|walked away)( from| of)? (an?|another|the other|two|three"
            r"|other|my other)( [\w-]+){0,2} (interviews?|offers?|process(es)?|applications?|roles?|jobs?)("
            r" [\w']+){0,5}"
            r" (because|since|as) (of )?(this|you|your|i felt|i was|i'm|i am)",
            r"(kept|keeping|held|holding|blocked|blocking|left|leaving) (\w+ ){1,5}(clear|free|open) for the (past"
            r"|last)"
            r" (\w+ )?(weeks?|days|months?)",
            # Leaving announced ahead of their answer, and the bind it leaves: "I already told my supervisor I will
            # not renew my contract, so now I am a little worried"; "it's awkward, as I'd already mentioned to my
            # residents' families that I might be moving on".
            _TOLD_LEAVING,
            _RESIGNED,
        ),
        _leans_on_sacrifice,
        BEFORE_DECISION,
    ),
)


# Work read, not mail watched: "Priya told me you had read my dissertation" (what follows an active verb).
_READ_ELSEWHERE = LazyPattern(
    r"\s+(?:my|the|our|your|his|her|their|a|an) (?!(?:last |latest |recent |previous |earlier )?(?:e-?mails?|messages?"
    r"|notes?|mail|inmail|profile|linkedin|application|cv)\b)"
)


# "I will keep a note" of their advice is the writer's plan; "I have been keeping a note" logs the wait.
_WILL_KEEP = LazyPattern(r"(?:\b(?:will|shall|to|can|could|would|might|may)|['’]ll)\s+(?:\w+ )?$")
# Rounds counted to say it is enough: "hoping it was the last step"; not "it has only made me keener".
_ENOUGH_ROUNDS = LazyPattern(
    r"\b(?:last|final|another|more|decision|decid\w*|soon|hear\w*|news|answer|outcome|wait\w*|yet|enough|end)\b"
)


def _keeps_count(found: Found) -> bool:
    if found.clause.hedged:
        return False
    if found.words.startswith("kee") and _WILL_KEEP.search(found.before) is not None:
        return False
    if found.words.startswith("our "):
        return _ENOUGH_ROUNDS.search(found.after[len(found.words) :]) is not None
    return True


CUES = (
    *CUES,
    Cue(
        "Keeping count",
        "keeps count of the wait or of your emails",
        "counting the days, or listing the emails they have not answered",
        "Further to my emails of 3 and 11 March, neither of which has had a reply: not that I'm counting.",
        "Further to our call on Monday, here are the references you asked for.",
        phrases(
            r"not that (i'm|i am|anyone is|we're) counting",
            r"(counting|count|counted) (down )?(the )?(days|hours|weeks|minutes)",
            # Emails listed, not one referred to: "following up on my note of 2 October" is how a second check-in opens.
            r"(further to|following up on|following|as per|per|re|regarding|in addition to) my (previous |last |earlier"
            r" |two |three |several |many |other )?(emails|messages|notes|calls|voicemails|letters)( of| from| on"
            r"| dated| sent| last)",
            r"(neither|none|not one) of which (has|have|had) (yet )?(been answered|received|had|got|been acknowledged)",
            r"which (has|have|had) (yet to|still not|not yet) (receive|received|been answered|had|been acknowledged)",
            r"(back )?(to|on|at) the top of your inbox",
            r"(i will|i'll|i won't|i will not|i shall) (not )?(disturb|bother|trouble|pester|chase) you (again|anymore"
            r"|any more)",
            # Rounds counted against the calendar: "our third conversation in five weeks".
            r"our (third|fourth|fifth|sixth|seventh|eighth) (conversation|interview|round|meeting|call|stage|visit"
            r"|assessment)s? in (just |only |the (last|past) |under |less than )?(\w+ )?(days|weeks|months|week|month"
            r"|fortnight)",
            # "I have been keeping a note, as you can see": the wait logged, with nothing else to log.
            r"(keeping|kept|keep) (a )?(note|log|record|tally|count|diary|track)( of (it|this|the (days|dates|wait|time"
            r"|calls|emails)|how long|each (day|email|call)|every (day|email|call)))?(?=\s*([.,;!?]|$|as you|since))",
        ),
        _keeps_count,
        BEFORE_DECISION,
    ),
    Cue(
        "Watching them",
        "hints that you are watching them",
        "noting that they are clearly at their desk or online, that they opened your email or viewed your profile",
        "Since you're clearly back at your desk, a quick line won't be too much trouble.",
        "I hope you had a good break and are settling back in.",
        phrases(
            r"(since|as|now that|seeing as|given that) you('re| are| have been|'ve been) (clearly|obviously|evidently"
            r"|apparently|visibly) (back|around|online|active|in the office|at your desk|free|posting|busy on)",
            r"(saw|see|noticed|notice|can see|could see) (that )?you('ve| have| had)? (looked at|viewed|opened|read"
            r"|checked|visited|seen) my (linkedin|profile|email|emails|message|messages|application|cv|note)",
            r"(read receipts?|(my|the) (email|emails|message|messages|note|notes|mail)( [\w,]+){0,5} (was|were|has been"
            r"|have been|had been|shows? as|showed as|showing as|got|marked as) (opened|read|viewed|seen))",
            r"(shows?|showed|showing|tells me|told me|says|said|confirms|confirmed) (that )?(it|they|you|both|each"
            r"|the email|my email|my message|my note)( was| were| had been| have been| has been| had| have| has)?"
            r" (opened|read|viewed|seen)",
        ),
        # "The email you sent was opened by my spam filter" is their email, not the writer's being watched.
        lambda found: (
            not found.clause.hedged
            and not (found.words.startswith(("my ", "the ")) and " you " in found.words)
            and not (
                re.search(r"\b(?:was|were|been|being)\b", found.words) is None
                and _READ_ELSEWHERE.match(found.after[len(found.words) :]) is not None
            )
        ),
    ),
    Cue(
        "Chasing to come",
        "promises to keep chasing",
        "telling them you will write, call or drop in again and again, keep trying, or go to someone above them",
        "I'll drop you a line every couple of weeks so you don't forget my face.",
        "I'll keep an eye on your careers page for future roles.",
        phrases(
            r"(i'll|i will|i plan to|i intend to|i'm going to|i am going to|expect me to)( \w+){0,3} (drop you a line"
            r"|check in|check back|follow up|chase|call|ring|email|write|be in touch|pop by|drop by|stop by|pop in"
            r"|drop in"
            r"|call in)( \w+){0,6} (every|each) (couple of |few |other )?(\w+ )?(days|weeks|fortnight|week|month|monday"
            r"|morning|day)",
            r"(i'll|i will|i'm going to|i am going to) keep (trying|calling|ringing|phoning|emailing|chasing"
            r"|following up"
            r"|checking in|writing)",
            r"(i'll|i will) (try|ring|call|phone|email|write|chase|follow up|check) (you )?again",
            r"(please )?expect to hear from me",
            r"(rang|called|phoned|rung|tried (ringing|calling|phoning|to call|to ring))( [\w,]+){0,8} (again"
            r"|three times"
            r"|four times|several times|every day|each day|twice|repeatedly)",
            r"(go|going|contact|contacting|email|emailing|write to|writing to|call|ring|phone|speak to|speaking to"
            r"|spoke to"
            r"|speak with|spoke with|talk to|talked to|talking to|talk with|approach|reach|get hold of|reach out to"
            r"|escalate (this|it|the matter) to)( dr\.?| mr\.?| ms\.?| mrs\.?)?( [\w.-]+){1,3} directly",
            r"(go|going) (over|above|around|round) your head",
            # Going round the reader: "rather than going through you", asking for the decision-maker's own line.
            r"(rather than|instead of|without) (going|having to go|coming|working) (through|via) you",
            r"(his|her|their|(mr|ms|mrs|dr|prof)\.? [\w-]+'s|(manager|director|boss|partner|chair|owner|head)'s)"
            r" (direct (number|line|dial|mobile|phone|extension|email|e-mail)|mobile( number)?|personal (number|email"
            r"|mobile))",
            r"(ring|call|phone|email|chase|try)( [\w,']+){0,14} (until|till) (i catch|i reach|i hear|i get|i speak"
            r"|someone|somebody|you|a decision|there)",
            r"keep (trying|calling|ringing|phoning|emailing|chasing)( \w+){0,3} (for as long as it takes|until)",
            r"so (that )?you (don't|do not|won't|will not) forget (me|my|about me)",
            r"(i'll|i will|i plan to|i intend to|i'm going to|i am going to)( \w+){0,3} (call|ring|phone|email|write"
            r"|check in|follow up|chase|pop in|drop in|come in|call in)( [\w,]+){0,10} (until|till) (a|the|your|i"
            r" hear|you|there)",
            rf"(call|ring|phone|email|write|check in|follow up|chase|contact|pop in|drop in|come in"
            rf"|call in)( [\w,]+){{0,4}}"
            rf" on {_DAY}(,? {_DAY})*,? (and|then) {_DAY}",
            r"(pop|drop|stop|call|come|swing) (in|into|by|round|over|past)( at)? (the|your) (office|branch|site"
            r"|reception"
            r"|premises|store|shop|school|clinic|depot|warehouse|studio|building|plant|hangar|library|ward|desk)",
            r"(tell|give|let|break) me (the )?(outcome|news|answer|decision|result|verdict)( \w+){0,2} in person",
            r"(pop|drop|stop|call|come|swing) (in|into|by|round|over|past) (in person|to (collect|get|hear"
            r"|pick up) (the"
            r" )?(news|an answer|a decision|an update))",
        ),
        _chases_on,
    ),
    Cue(
        "Kept in suspense",
        "says you are kept in suspense",
        "telling them you are sitting by the phone, or asking not to be kept in suspense",
        "I'll be sitting by my phone all week, so please don't keep me in suspense.",
        "I kept the suspense going in my dissertation's last chapter.",
        phrases(
            r"(keep|leave|keeping|leaving) me (in suspense|hanging|guessing|in the dark|on tenterhooks|dangling)",
            r"(sitting|waiting|glued|camped) (by|to|next to|beside) (my|the) (phone|inbox|email|laptop)",
            r"(put|putting) me out of my misery",
            r"(won't|will not|not|never) (be )?(kept|keep me|be left) waiting",
            r"(keep|leave|keeping|leaving) me waiting",
        ),
        # "After waiting by the phone for a call that never came" tells how it went; it does not press.
        lambda found: not found.clause.hedged and _LOOKING_BACK.search(found.sentence_before) is None,
    ),
)


# Telling them you are writing, asking or chasing: the act a repetition marker turns into chasing.
_WRITING_AGAIN = LazyPattern(
    r"\b(?:writ(?:e|ing)|email(?:ing)?|follow(?:ing)? up|check(?:ing)? in|chas(?:e|ing)|nudg(?:e|ing)|reach(?:ing)? out"
    r"|contact(?:ing)?|ask(?:ing)?|bump(?:ing)?|circl(?:e|ing) back|try(?:ing)?|ping(?:ing)?|touch(?:ing)? base"
    r"|note|email|message|line)\b"
)


def _chasing_again(found: Found) -> bool:
    """ "Just following up again", "my fourth note": a repetition marker on the act of writing, not thanks.

    "I know this is my third email" owns up to it, and still counts.
    """
    return _WRITING_AGAIN.search(found.clause_text) is not None and THANKS.search(found.clause_text) is None


def _weighs_on_you(found: Found) -> bool:
    """Distress tied to the wait, in the writer's own clause: "the waiting is keeping me up at night"."""
    return unsoftened(found) and _WAITING_TOPIC.search(found.sentence) is not None and not found.clause.question


CUES = (
    *CUES,
    Cue(
        "Chasing again",
        "chases them again",
        "telling them that you are writing yet again, or counting your own notes",
        "Just following up, as this is my fourth note on the matter.",
        "Thank you for your time, and this is my third week on the night shift, so evenings suit me.",
        phrases(
            r"yet again",
            r"(my|this|a|the) (third|fourth|fifth|sixth|umpteenth|nth) (email|note|message|follow-up|follow up|attempt"
            r"|try|time|reminder|nudge|chaser)",
            r"(another|one more|a further|a third) (reminder|nudge|chaser)",
        ),
        _chasing_again,
        BEFORE_DECISION,
    ),
    Cue(
        "The weight of waiting",
        "tells them the wait weighs on you",
        "telling them the wait keeps you awake, makes you anxious or leaves you in limbo",
        "The waiting has left me anxious and I am not sleeping well until I hear.",
        "I was anxious before the presentation, but the team put me at ease.",
        phrases(
            r"(anxious|anxiety|stressed|stressful|stress|on edge|sleepless|not sleeping|can't sleep|cannot sleep"
            r"|losing sleep|lost sleep|keeping me up|keeps me up|kept me up|can't focus|cannot focus|can't concentrate"
            r"|desperate|desperately|worried sick|in limbo|agony|agonising|agonizing|torture|torturous|nerve-wracking"
            r"|nerve-racking|on tenterhooks|at my wits' end|at my wit's end|beside myself|a wreck|sick with worry)",
        ),
        _weighs_on_you,
        BEFORE_DECISION,
    ),
)


_SOON_OR_OWED = LazyPattern(r"\b(?:soon|quickly|owe|owed|deserve|appreciate|mean|after all)\b")
_IF_YOU_DECIDE = LazyPattern(
    r"\bif (?:you|the team|your team|the panel)(?: \w+)? (?:can|could|are able to|is able to|were able to|manage to)"
    r" (?:confirm|decide|make|send|offer|get back|let me know|give me|come back)"
)


CUES = (
    *CUES,
    Cue(
        "A bargain for speed",
        "bargains for a quick answer",
        "offering something in return for an answer by a date, or saying the offer lapses after it",
        "If you can confirm by Friday, I can start a week earlier; after Friday, that window closes.",
        "If you can share the start date, I will plan my notice around it.",
        phrases(
            r"(that|the|this|my) (window|door|chance|opportunity|availability|flexibility) (closes|will close|shuts"
            r"|will shut|expires|ends|lapses|goes)",
            r"(confirm|decide|make (an|the) offer|offer|get back to me|let me know|come back to me)( \w+){0,4} "
            + _WHEN,
        ),
        lambda found: (
            not found.clause.hedged
            and (
                found.words.split()[1] in ("window", "door", "chance", "opportunity", "availability", "flexibility")
                or _IF_YOU_DECIDE.search(found.sentence) is not None
            )
        ),
        BEFORE_DECISION,
    ),
    Cue(
        "A subject line that presses",
        "presses in the subject line",
        "a subject line that calls the note urgent, final or a decision needed",
        "Subject: Urgent - decision needed on my application",
        "Subject: Thank you - Junior Accountant interview",
        phrases(
            r"subject: (re: |fwd?: )?((\w+ ){0,4}(- |– |— |: ))?(urgent|final (follow-up|follow up|reminder|notice"
            r"|chance|request)|(decision|action|response|reply|answer) (needed|required|requested)|time[- ]sensitive"
            r"|third (follow-up|follow up|reminder)|second (reminder|chaser)|still waiting|chasing)",
        ),
        # "Time-sensitive update" heading honest news of another offer tells why it is written now.
        lambda found: (
            not (
                re.search(r"time[- ]sensitive$", found.words)
                and (found.kind is Kind.OFFER_UPDATE or mentions_other_offer(found))
            )
        ),
    ),
    Cue(
        "What you put in",
        "leans on the effort you put in",
        "telling them how many weekends, nights or days off the application took, while asking to hear soon",
        "I put the best part of three weekends into the case, so I'd appreciate hearing something soon.",
        "I spent three weekends building the model for my dissertation, which taught me a lot about SQL.",
        phrases(
            r"(put|spent|invested|poured|sank|gave up|sacrificed|used up|lost|burned|took)( in)?( (the best part of"
            r"|most of"
            r"|all of|many|several|two|three|four|five|a whole|an entire|a full|my))* (weekends|weekend|evenings|nights"
            r"|holidays|holiday|annual leave|days off|day off|savings|family time)",
        ),
        lambda found: (
            unsoftened(found)
            and _WAITING_TOPIC.search(found.sentence) is not None
            and _SOON_OR_OWED.search(found.sentence) is not None
        ),
        BEFORE_DECISION,
    ),
)


# Reaching someone, in the past: the verbs that list the channels a note has already tried.
_CONTACT_VERBS = "left|sent|texted|rang|phoned|called|messaged|emailed|tried|dropped|pinged"


CUES = (
    *CUES,
    Cue(
        "Chasing on every channel",
        "chases them on several channels",
        "telling them you have also called, left voicemails or messaged them on LinkedIn or WhatsApp",
        "I left a voicemail, and I have also messaged you on LinkedIn and on WhatsApp.",
        "I have attached my portfolio here and added the link to my LinkedIn profile.",
        phrases(
            r"(voicemail|voicemails|linkedin|whatsapp|a text|text message|an sms|a message),?( [\w,]+){0,8} (and"
            r"|as well as"
            r"|plus) (also )?(on |by |via |through )?(linkedin|whatsapp|voicemail|a voicemail|a text|an sms|email|phone"
            r"|the phone)",
            r"(tried|rang|called|phoned) (your|the) (office|line|number|mobile|desk)( \w+){0,6} (and|then) (left|sent"
            r"|also)",
        ),
        lambda found: not found.clause.hedged,
        BEFORE_DECISION,
    ),
    Cue(
        "Every channel at once",
        "chases them on several channels",
        "telling them you have already reached them three ways (a call, a voicemail, LinkedIn, a text, this email)",
        "I left a voicemail this morning, sent a note on LinkedIn at lunch and texted your mobile.",
        "You can reach me by phone, by email or on LinkedIn, whichever suits you.",
        phrases(f"({_CONTACT_VERBS})"),
        lambda found: unsoftened(found) and _channels_in(found.sentence) >= 3 and _first_contact(found),
        BEFORE_DECISION,
    ),
    Cue(
        "Sarcasm about their time",
        "suggests a reply would cost them little",
        "saying how little time a reply takes, or that surely someone can spare a minute",
        "I'd guess a two-line reply takes rather less time than the harvest.",
        "I know how busy the harvest is, so a short reply whenever you have a moment is plenty.",
        phrases(
            r"(a|one|two|three|a few|a quick|a short|a brief|a simple)(-| )(line|word|minute|sentence)s? (reply|email"
            r"|answer|response|note|message)( (\w+ ){0,2})?(takes?|would take|only takes|can't take|cannot take"
            r"|won't take|costs?)",
            r"(reply|email|answer|response|note|message) (takes?|would take|only takes|can't take|won't take) (only "
            r"|just |rather |far |much )?(less time|a (minute|moment|second)|seconds|two minutes|five minutes|a few"
            r" (minutes|seconds))",
            r"(surely|i'm sure|i am sure) (you|someone|somebody|the team|one of you) (can|could) (find|spare|manage)"
            r" (a|the|two|five|one)( spare| quick)? (minute|moment|minutes|seconds|line)",
        ),
        lambda found: not found.clause.question or found.words.startswith("surely"),
        BEFORE_DECISION,
    ),
)

# A second thought offered on a clock: "if something came through in the next two days, I would think again".
_THINK_AGAIN = LazyPattern(
    r"\b(?:think again|reconsider|change my mind|revisit|rethink|stay in the (?:process|running)|remain in the process"
    r"|keep my application|withdraw my withdrawal|hold off|(?:happy|glad|willing|open) to (?:stay|continue|remain"
    r"|reconsider)(?! in (?:touch|contact))|still (?:consider|be (?:interested|open|available)))\b"
)
_CONDITION = LazyPattern(r"\b(?:if|should|were|unless|provided|as long as|so long as)\b")
# What the condition waits on: their offer or answer coming, not "if you need anything from me before Friday".
_THEIR_MOVE = LazyPattern(
    r"\b(?:offer\w*|answer|decision|decide\w*|news|came|come|comes|hear|heard|update|call|reply|respond|confirm\w*)\b"
)


def _second_thought(found: Found) -> bool:
    """ "If an offer came from you within the next two days, I would reconsider": the condition is their move."""
    if not not_negated(found) or _THINK_AGAIN.search(found.sentence) is None:
        return False
    conditions = list(_CONDITION.finditer(found.sentence_before))
    if conditions:  # "if something came through in the next two days": from the condition to the time
        condition = found.sentence_before[conditions[-1].start() :]
    else:  # "within the next two days, if an offer came, I would think again"
        condition = re.split(r"[;.]", found.after, maxsplit=1)[0]
        if _CONDITION.search(condition) is None:
            return False
    return _THEIR_MOVE.search(condition) is not None


# The day a promise fell due, joked about: the wait is what the joke is about. Not "by my reckoning I ran forty
# deliveries in two weeks" or "unless my calendar is wrong, the interview is on Friday", which count the writer's own.
_DUE = LazyPattern(
    r"\b(?:since|ago|been|passed|overdue|deadline|promised|said|mentioned|gave|due|ended|up|expired|lapsed|elapsed)\b"
)
# The writer's own part in a timeline: "if I had given", "to bring a rough timeline of my notice period".
_MY_OWN_PART = LazyPattern(
    r"\b(?:if (?:i|we)|to (?:bring|send|prepare|include|share|draw up|put together|have (?:brought|prepared|sent)))\b"
)
# Offered a tour or a coffee in the lobby: no news about the role.
_SMALL_COURTESY = LazyPattern(
    r"\s+(?:(?:a|an|the|some)\s+)?(?:tour|coffee|tea|drink|seat|glass|cup|lunch|parking|taxi|lift|look round|water)\b"
)
_LONG_AGO = LazyPattern(r"\b(?:(?:19|20)\d\d|last year|years? ago|a few years|in the past|a while back)\b")
# A call that was agreed is not one the writer books for them.
_AGREED = LazyPattern(
    r"\b(?:arranged|agreed|scheduled|booked|as discussed|as planned|you suggested|you proposed|you asked|we set"
    r"|we fixed"
    r"|we agreed|invited|suggesting|you (?:kindly )?offered|offered to (?:set up|arrange|call|ring)|set up)\b"
)
# The call they said they would make: "you mentioned you would call candidates on Friday".
_CALL_THEY_DESCRIBED = LazyPattern(
    r"\byou (?:said|mentioned|explained|told me|told us)(?: that)? (?:you|you['’]d|you['’]ll|the team|someone|[\w-]+)"
    r"(?: would| will| (?:were|are) (?:going|planning|hoping) to| plan to| aim to)? (?:be )?(?:call|ring|phon)\w*"
)
# Messages of the writer's that went unanswered: not "I left one question unanswered in the interview".
_MY_NOTES = LazyPattern(r"\b(?:e-?mails?|messages?|calls?|voicemails?|notes?|letters?|follow-ups?)\b")


_NONE_OF = LazyPattern(r"\b(?:none|not one|nothing|no one)\b")
# Their notes that the writer left unanswered: "I'm sorry your kind message went unanswered; I was travelling".
_YOUR_NOTE = LazyPattern(r"\byour (?:[\w-]+ ){0,3}$")


# The reader checking their own side: "while you check internally", "thank you for offering to ask around".
_YOU_ASK = LazyPattern(
    r"(?:\b(?:you|you['’](?:re|ll|d))(?: (?:are|can|could|may|might|will|would|do|did|kindly|offered to|to))*"
    r"|\bfor (?:kindly )?(?:offering|agreeing|volunteering) to)\s+$"
)


def _asks_inside(found: Found) -> bool:
    """A contact asking inside the firm for the writer; not "I always check internally before escalating"."""
    return (
        unsoftened(found)
        and _YOU_ASK.search(found.sentence_before) is None
        and _HABIT.search(found.sentence_before) is None
    )


def _unanswered_notes(found: Found) -> bool:
    if not unsoftened(found):
        return False
    if found.words.split()[0] in ("went", "gone", "go", "have", "has", "remain", "remained", "remains", "sat", "left"):
        notes = list(_MY_NOTES.finditer(found.sentence_before))
        if not notes or "question" in found.sentence_before or _NONE_OF.search(found.before):
            return False  # "none ever went unanswered" boasts of the writer's own record
        return _YOUR_NOTE.search(found.sentence_before[: notes[-1].start()]) is None
    return True


CUES = (
    *CUES,
    Cue(
        "A window to change your mind",
        "leaves them a short window to change your mind",
        "withdrawing or deciding, but offering to think again if they answer within hours or days",
        "If an offer came from you within the next two days, I would gladly reconsider.",
        "I will be travelling for the next two days, so I may be slow to reply.",
        phrases(
            r"(in|within|over|during|inside) the (next|coming) ([\w-]+ ){0,3}(hours|hour|days|day|week)",
            r"within (\d+|one|two|three|four|five|a few|a couple of|twenty-four|forty-eight|seventy-two) (hours|days"
            r"|working days|business days)",
            rf"(by|before|until) (tomorrow|tonight|close of business|end of (day|play|business)|the end of (the|this)"
            rf" (day|week)|noon|midday|{_DAY})",
        ),
        _second_thought,
        frozenset(Kind) - AFTER_REJECTION,
    ),
    Cue(
        "Unanswered notes counted",
        "counts the notes they left unanswered",
        "counting your unanswered emails or calls, or saying they went unanswered, even on your way out",
        "After four unanswered emails, I have decided to withdraw.",
        "I left one question unanswered in the interview, so here is my answer.",
        phrases(
            rf"{_COUNT_FIRST} (unanswered|unreturned|unacknowledged|ignored) (emails|e-mails|messages|calls|voicemails"
            r"|notes|letters|follow-ups)",
            r"(went|gone|go|have gone|has gone|remain|remained|remains|sat|left) (unanswered|unacknowledged|unreturned"
            r"|without (a |any )?(reply|response|answer|acknowledgement))",
        ),
        _unanswered_notes,
        frozenset(Kind) - AFTER_REJECTION,
    ),
    Cue(
        "Others heard back",
        "says others have heard back",
        "passing on that another candidate or a contact has already heard, been called or been offered",
        "I heard from another candidate that she has already been called back.",
        "Another candidate and I had a good chat in the waiting room.",
        phrases(
            r"(another|other|a fellow|the other|one of the other|fellow) (candidates?|applicants?|interviewees?"
            r"|finalists?)( [\w']+){0,5} (has|have|had|already|got|received|heard|were|was)( [\w']+){0,3} (heard back"
            r"|been (called|contacted|offered|invited|told|given)|an offer|offers|a call|a callback|a second interview"
            r"|their (results|feedback|outcome|offers?|answers?))",
            r"(heard|hear|told|learned|learnt|understand|gather|seen|saw|noticed)( [\w']+){0,4} (that )?(someone"
            r"|somebody|another candidate|other candidates|the other candidates|one of the others|a friend who|a friend"
            r" of mine who|someone else who)( [\w']+){0,6} (has|have|had|already|was|were) (already )?(heard|been"
            r" (called|contacted|offered|told|invited)|got|received)",
            r"(a friend|someone|somebody|a colleague|a contact|a former colleague|people|others|everyone)( who| that)?"
            r" (also )?(interviewed|applied|was interviewed|were interviewed|sat the"
            r"|went through)( [\w']+){0,6} (has|have"
            r"|had) (already )?(heard back|been (called|contacted|offered|told|invited)|had (a|an|their) (call|offer"
            r"|answer|feedback))",
        ),
        # "A former colleague who interviewed with you in 2023 had been offered a place": how the writer heard of
        # the firm, not a race for this role.
        lambda found: (
            unsoftened(found)
            and _LONG_AGO.search(found.sentence) is None
            and _SMALL_COURTESY.match(found.after[len(found.words) :]) is None
        ),
        BEFORE_DECISION,
    ),
    Cue(
        "The time is up",
        "jokes that their time is up",
        "joking that the promised days are up, or that by your count the date has passed",
        "By my count, the two weeks you mentioned were up on Friday!",
        "By my count we covered six case studies, which was a lot of fun.",
        phrases(
            r"(time's|time is|the (\w+ )?(days|weeks) are|the (week|fortnight|month|deadline|date) (is|has)|your"
            r" (deadline|date|week|fortnight) is|(days|weeks) you (mentioned|gave|said|promised)( \w+){0,3} (are|were))"
            r" (officially |well and truly |now )?up",
            r"by my (count|calculations?|reckoning|maths|math|calendar)",
            r"(unless|if) my (calendar|diary|maths|math|watch|clock|counting|calculations?) (is|was|are) (wrong|off"
            r"|mistaken|playing up|broken)",
        ),
        lambda found: (
            not_negated(found) and _DUE.search(f"{found.sentence_before} {found.after[len(found.words) :]}") is not None
        ),
        BEFORE_DECISION,
    ),
    Cue(
        "A date they should have given",
        "tells them they should have given a date",
        "telling them that they should have given you a date or a timeline, or that one would have been nice",
        "You really should have given us a rough date for the decision.",
        "You gave me a clear date for the decision, which helped me plan.",
        phrases(
            r"(you|someone|somebody|the team|the recruiter|they|hr|the company|the panel)( really| surely| honestly)?"
            r" (should|could|might|ought to) (really |at least |easily )?have (given|told|let|sent|offered|mentioned"
            r"|shared|provided) (me|us"
            r"|candidates|people)( \w+){0,3} (a |an |some |any )?(rough |clear |firm )?(date|timeline|timeframe|time"
            r" frame|timescale|deadline|idea|indication|estimate|heads-up|heads up|update)",
            r"(a|some|any) (rough |clear |firm )?(date|timeline|timeframe|time frame|timescale|indication of (timing"
            r"|when)|estimate) would have been (really |very |so |much |quite |a lot |far )?(more )?(nice|helpful"
            r"|useful|good"
            r"|appreciated|welcome|courteous|polite)",
            r"it would have (been )?(nice|helpful|useful|good|courteous|polite|helped)( to| if)( \w+){0,4} (a|some|the"
            r"|any) (rough |clear |firm )?(date|timeline|timeframe|time frame|timescale|indication)",
        ),
        # "It would have helped if I had given a clear timeline in my answer" looks back on the writer's own part.
        lambda found: unsoftened(found) and _MY_OWN_PART.search(found.words) is None,
        frozenset(Kind) - AFTER_REJECTION,
    ),
    Cue(
        "Booking their call",
        "books their call for them",
        "telling them you will keep a time free for their call or expect their answer then, though none was agreed",
        "I'll keep Friday afternoon clear for your call with the offer.",
        "I'll keep Friday afternoon free for the call we arranged.",
        phrases(
            r"(keep|keeping|kept|leave|leaving|left|hold|holding|held|block|blocking|blocked|clear|clearing|cleared)"
            r" (\w+ ){0,3}(free|clear|open) for (your|the) (call|phone call|decision|news|answer|offer|verdict"
            r"|good news)",
        ),
        lambda found: (
            unsoftened(found)
            and _AGREED.search(found.sentence) is None
            and _CALL_THEY_DESCRIBED.search(f"{found.neighbour(-1)} {found.sentence}") is None
        ),
        BEFORE_DECISION,
    ),
    Cue(
        "Someone on the inside",
        "finds out through someone on the inside",
        "telling them a contact inside the company will ask around, or asking to hear before your contact does",
        "A friend in your finance team has offered to ask around internally, so I hope to hear from you first.",
        "A friend in your finance team told me how much she enjoys working there.",
        phrases(
            r"(ask|asking|asked|check|checking|checked|find out|finding out|found out|dig|digging|enquire|enquiring"
            r"|inquire|inquiring|look|looking)( around| about| into it| into things)? (internally|inside the (company"
            r"|firm|team|office)|on the inside)",
            r"ask(ing|ed)? around (about|on|for|in|at|within)( \w+){0,2} (your|the) (team|company|firm|office"
            r"|department|side|building)",
            r"(let me know|tell me|hear it from you|hear from you|hear it|find out)( \w+){0,3} before (he|she|they|my"
            r" friend|my contact|anyone else) (does|do|tells|finds|hears)",
        ),
        _asks_inside,
        BEFORE_DECISION,
    ),
)

# A time named in the sentence: what turns "shall we say" into a date for their answer.
_TIME_NAMED = LazyPattern(
    rf"\b(?:{_DAY}\w*|tomorrow|tonight|weekend|noon|midday|midnight|end of|next week|this week|\d+(?:st|nd|rd|th)?)\b"
)
# Proposing, the way a date for a meeting is proposed: "shall we say", "let's make", "could we agree on".
_LET_US = (
    r"(shall we|should we|let's|let us|can we|could we|why don't we|how about we|maybe we|perhaps we) (say|make|set"
    r"|pencil in|put|agree on|agree|aim for|go with|settle on|fix|call it|pick|choose)"
)
_A_DAY = rf"({_DAY}\w*|tomorrow|the weekend|the \d+(st|nd|rd|th)?)"
_THEIR_ANSWER = (
    r"(decision|answer|reply|response|verdict|news|outcome|cut-off|cutoff|deadline|yes or no|yes or a no|go-ahead)"
)
_ORDINAL = (
    r"(first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|eleventh|twelfth|thirteenth|fourteenth"
    r"|fifteenth|sixteenth|seventeenth|eighteenth|nineteenth|twentieth|\d+(st|nd|rd|th))"
)
# A call or visit the writer announces: what it is for, and the errands and offers that are no chasing.
_CALL_PURPOSE = LazyPattern(
    r"\bto (?:check|see|find out|chase|ask|follow up)(?:\s*[.,;!?)]|$| (?:in|up|on (?:things|progress|it|this|my"
    r" application|where)|back|again|whether|if|how|where|what|about (?:the|my|your) (?:decision|application|news"
    r"|outcome|progress|role|post|position)|after))"
    rf"|{_DECISION_TALK.pattern}"
)
# A call held over them if they are silent: "if I haven't heard by lunchtime I'll ring the office to check".
# Not "if I don't hear from my referee" or "if there's nothing in the post": their silence, not someone else's.
_IF_NOT_HEARD = LazyPattern(
    r"\b(?:if (?:i|we) (?:don['’]t|do not|haven['’]t|have not|still (?:don['’]t|haven['’]t)) (?:hear|heard)"
    r"|if (?:there['’]s|there is|there has been) (?:still )?(?:nothing|no (?:word|news|reply|answer|update))"
    r"|if nothing (?:has )?(?:comes?|came|arrives|arrived) (?:through|in)|unless (?:i|we) hear)\b"
    r"(?! (?:\w+ )?(?:in the post|from (?:my|the|him|her|them|an?)\b))"
)
_AS_ASKED = LazyPattern(
    r"\b(?:as (?:we |you )?(?:arranged|agreed|discussed|planned|requested|instructed|asked)|as (?:your|the) (?:e-?mail"
    r"|letter|note|message|invitation) (?:asked|said|requested))\b"
)
_ERRAND = LazyPattern(
    r"\b(?:happy to|glad to|would you like|shall i|should i|could i|may i|if (?:that|it)(?:['’]s| is| would be| helps"
    r"| suits| works)|if you(?:['’]d| would) (?:like|prefer)|to (?:book|sign|collect|drop off|bring|deliver|return"
    r"|pick up|hand in)|medical|paperwork|forms?|documents?|originals|certificates?|transcripts?|passport|uniform|keys"
    r"|parking|directions|induction|referees?|as you (?:kindly )?(?:suggested|offered))\b"
)


# Whom the call is to: someone of the writer's own, a shop, another firm, or "them" (never the reader, who is "you").
# "I'll phone the nursery tomorrow to check", "I'll call the other firm", "I'll drop by the library".
_CALLS_SOMEONE_ELSE = LazyPattern(
    r"\s+(?:(?:to|into|at|by) )?(?:them\b|him\b|(?:the|my|our|a|an|his|her|their)\s+(?!(?:office|offices|reception"
    r"|switchboard|front desk|team|hr|hiring|recruit\w*|department|site|studio|shop|store|clinic|ward|practice"
    r"|school office)\b)"
    r"|[\w-]+ (?:at|from) (?:the|an?) other\b|(?:mum|mom|dad|mother|father|sister|brother|grandma|gran)\b)"
)
# A visit as a customer or visitor, and a call made of the writer's own accord elsewhere.
_AS_CUSTOMER = LazyPattern(
    r"\b(?:as a (?:customer|visitor|guest|shopper|diner|member of the public)|just as a|other (?:firm|company"
    r"|employer|offer|organisation|organization))\b"
)
# Getting there: "to ask how to get to the car park" is an errand.
_GETTING_THERE = LazyPattern(r"\b(?:car park|how to get|which entrance|where to (?:park|go|find)|the route)\b")


def _calls_to_check(found: Found) -> bool:
    """ "I will call the office on Sunday morning to check"; not "I'll ring on Monday to book the medical", nor
    a call to the nursery, the other firm or the writer's sister, nor "I will not be calling"."""
    if found.clause.hedged or found.clause.question or _TIME_NAMED.search(found.sentence) is None:
        return False
    if re.search(r"\b(?:not|never)\b|n['’]t\b", found.words):
        return False  # "I will not be calling on Friday to check"
    if _ERRAND.search(found.sentence) is not None or _GETTING_THERE.search(found.sentence) is not None:
        return False
    if _CALLS_SOMEONE_ELSE.match(found.after[len(found.words) :]) or _AS_CUSTOMER.search(found.sentence):
        return False
    if _IF_NOT_HEARD.search(found.sentence) is not None:
        return True  # "As we discussed, I'll look out for your call, and if I haven't heard by lunchtime I'll ring"
    return (
        not_negated(found)
        and _CALL_PURPOSE.search(found.sentence) is not None
        and _AS_ASKED.search(found.sentence) is None
        and _AGREED.search(found.sentence) is None
        and _CALL_THEY_DESCRIBED.search(found.sentence) is None
    )


# The silence read kindly: "the quiet on your end tells me the team is busy" does not assume the worst.
_KIND_READING = LazyPattern(
    r"\b(?:busy|holidays?|leave|away|workload|end of (?:the )?(?:term|quarter|year|season)|good news|patience"
    r"|nothing to worry)\b"
)
# What the silence is read as counts only when it is a no: "as a no", "tells me you've moved on", "all I need to
# know"; not "as a sign you're thinking it over", "as 'still deciding'", nor "the quiet says a lot about your team".
_DECLINED = LazyPattern(r"\bwould be (?:unfair|presumptuous|wrong|unkind|premature|silly)\b")
_READ_AS_NO = LazyPattern(r"(?:(?:me|us) )?(?:(?:an? )?(?:\w+ )?no\b|a rejection|all (?:i|we) need to know|enough)")


def _reads_silence_as_no(found: Found) -> bool:
    """Their silence taken as a no; the reading is what follows the words."""
    if not unsoftened(found) or _KIND_READING.search(found.sentence) or _DECLINED.search(found.sentence):
        return False  # "reading the silence as a no would be unfair of me"
    if re.match(r"(?:i|i['’]m|i am|i['’]ll|i will|i shall)\b", found.words) or found.words.startswith("silence is"):
        return True  # "I'm treating the role as filled": the reading is in the words
    reading = found.after[len(found.words) :]
    return _BAD_NEWS.search(reading) is not None or _READ_AS_NO.match(reading.lstrip(" '‘\"“")) is not None


# What the count runs from, right after it: the interview or their last word, not "day five since my knee operation"
# with the interview named later in the sentence.
_COUNTED_FROM_THEM = LazyPattern(
    r"\b(?:since|after|from) (?:the|my|our|your) (?:[\w-]+ )?(?:interview|final round|second round|first round"
    r"|assessment|panel|meeting|call|last (?:e-?mail|message|note|call|contact|update))\b"
    r"|\bsince (?:we|i|you) (?:last )?(?:met|spoke|interviewed|heard|applied(?! for (?:my|a|an)\b)|last heard"
    r"|submitted|wrote|emailed)\b|\bsince (?:your|you) (?:last )?(?:e-?mail|message|reply|note|call|wrote)\b"
    r"|\b(?:of|without) (?:silence|waiting|(?:a |any )?(?:word|reply|news|answer))\b"
)
# A count told at ease: warm news of the writer's own since, or the pace they said. "It's day four since my
# interview and I've already started reading the book you recommended"; "exactly as you said".
_AT_EASE = LazyPattern(
    r"\b(?:smil\w*|loving|enjoy\w*|excit\w*|recovered|celebrat\w*|delighted|thrilled|on track|already (?:started"
    r"|begun|told|read\w*|finished|booked|made)|as (?:you|we) (?:said|expected|planned|agreed|mentioned)"
    r"|as (?:requested|asked|agreed|planned|expected))\b"
)
_TOLD_AS_A_DATE = LazyPattern(r"[^,.;!?]{0,40}? (?:was|fell on|is when)\b")
_AT_THE_END = LazyPattern(r"(?:,? now)?\s*(?:[.!?…]|$)")


# The answer is the writer's, or their own people's or papers': "an answer from me", "the answer from my referee",
# "the answer on my visa", "the news to go to your team about my start date", "a decision on my start date".
_MINE_NEXT = LazyPattern(
    r"\s+(?:from (?:me|my|our|us)\b|(?:on|about|of|for|regarding) (?:my|our)\b|to (?:go|be sent)\b|from my side)"
)


def _names_their_date(found: Found) -> bool:
    """A date proposed for their answer: "shall we say Friday for your decision?"; not a date they agreed, the
    writer's own answer, or one offered with no hurry ("no rush at all; shall we say the end of next month?")."""
    return (
        unsoftened(found)
        and _TIME_NAMED.search(found.sentence) is not None
        # "Shall we set" is the proposal itself, not a date they already agreed to.
        and _AGREED.search(found.sentence.replace(found.words, " ")) is None
        and _MINE_NEXT.match(found.after[len(found.words) :]) is None
        and _NO_HURRY.search(found.sentence) is None
    )


def _counts_days(found: Found) -> bool:
    """Days counted like a log: "we're now on day eleven since the interview", "three weeks and two days, to be
    exact, since my final round"; the count must run from them, and not be told as the writer's own good news."""
    if not unsoftened(found) or _AT_EASE.search(found.sentence) or found.sentence_before.endswith("on "):
        return False  # "on the first working day after the interview, I sent my references"
    if not (
        _COUNTED_FROM_THEM.search(found.after[: len(found.words) + 45])
        or _AT_THE_END.match(found.after[len(found.words) :])
    ):
        return False  # "day nine since I gave up coffee"; "three weeks and two days is the notice I owe"
    if found.words.startswith(("today", "this", "that")):  # "today marks ten business days since we met"
        return _WHY_WRITING_NOW.search(found.sentence) is None and not _understood_next(found)
    # "The second day since the interview was my son's first day at school": a date told, not a count kept.
    return not (found.words.startswith("the ") and _TOLD_AS_A_DATE.match(found.after[len(found.words) :]))


CUES = (
    *CUES,
    Cue(
        "A date you name for them",
        "names a date for their answer",
        "proposing a day for their decision the way one proposes a meeting, though they named none",
        "They haven't given me a deadline, so shall we say Friday for your decision?",
        "Shall we say Friday at ten for the second interview?",
        phrases(
            rf"{_LET_US}( [\w'-]+){{0,5}} (for|as) (your|the|a|an) ((final|firm|formal|clear) )?{_THEIR_ANSWER}",
            rf"{_LET_US}( [\w'-]+){{0,5}} for yours",
            rf"{_LET_US}( [\w'-]+){{0,5}} (as|for) the (day|date|deadline|cut-off) (you|when you|that you|for you to"
            r"|by which you)( \w+)? (let me know|decide|confirm|reply|get back|tell me|answer|come back|respond"
            r"|give me)",
            r"(let's|let us|shall we|can we|could we) (aim|plan|try|agree|target|hope)( \w+){0,3} (to have|for|on)"
            rf" (your|a|the) {_THEIR_ANSWER}",
            rf"({_DAY}\w*|tomorrow|the weekend|the end of (the|this|next) week|this week) (would be|is|will be|works as"
            r"|sounds like) (a good|the best|an ideal|ideal|the latest|perfect|fine|great|the right)( [\w'-]+){0,4}"
            r" (for|to (hear|get|receive|have)) (your|an|the) (answer|decision|reply|response|verdict|news)",
            # "I'd like to propose Friday as your decision date", "could Friday be the day I hear from you?",
            # "how does Friday sound for letting me know?", "would Monday work for you to give me an answer?"
            rf"(propose|suggest|pencil in|put down|mark) {_A_DAY} (as|for) (your |the )?(decision|answer) (date|day)",
            rf"(pencil in|put down|mark) {_A_DAY} (as|for) decision day",
            rf"(could|can|shall|should) {_A_DAY} be the day (i hear|you (decide|let me know|tell me|confirm|get back))",
            rf"how (does|would|about) {_A_DAY} (sound|work) for (letting me know|your (decision|answer|reply)|you to"
            r" (decide|let me know|confirm|get back))",
            rf"would {_A_DAY} work for you to (give me (an|your) (answer|decision)|let me know|decide|confirm"
            r"|get back)",
        ),
        _names_their_date,
        BEFORE_DECISION,
    ),
    Cue(
        "Counting the days like a log",
        "counts the days like a log",
        "numbering the days since the interview, or counting the wait to the day",
        "We are now on day eleven since the interview.",
        "I am on day three after my knee operation, so a phone call suits me better than a visit.",
        phrases(
            rf"day {_COUNT} since",
            rf"the {_ORDINAL} (full |clear )?(working |business )?day since",
            rf"the {_ORDINAL} (full |clear )?(working|business) day (after|from)",
            rf"(today|this|that)( now)? (marks|makes)( it)?( exactly| precisely)? {_COUNT} (full |clear )?(working"
            r" |business )?(days|weeks)",
            rf"{_COUNT_FIRST} (weeks?|months?) and {_COUNT} (days?|weeks?)(,? (now|since|to be (exact|precise)|exactly"
            r"|precisely|of (silence|waiting)))",
            rf"{_COUNT_FIRST} (full |clear )?(working |business |calendar )?(days|weeks)( since [\w ]{{1,30}}?)?,?"
            r" (to be (exact|precise)|if (you're|anyone's|anyone is) counting)",
            # "Seventeen days and counting since the interview", "we're at day 14 now", "the twelfth day of silence".
            rf"{_COUNT_FIRST} (full |clear )?(working |business )?(days|weeks)(,? (and )?{_COUNT} (days?|weeks?))? and"
            r" counting",
            rf"(we're|we are|i'm|i am) (now )?(at|on) day {_COUNT}",
            rf"the {_ORDINAL} (full |clear )?(working |business )?day (of|without) (silence|waiting|(a |any )?(word"
            r"|reply|news))",
            r"(i've|i have) been counting",
        ),
        _counts_days,
        BEFORE_DECISION,
    ),
    Cue(
        "A call announced",
        "announces a call to check on them",
        "telling them you will ring or come by on a given day to find out, though nobody asked you to",
        "In case email is easy to miss, I will call the office on Sunday morning to check.",
        "I will ring the office on Monday to book the medical, as your email asked.",
        phrases(
            r"(i'll|i will|i shall|i'm going to|i am going to|i plan to|i intend to|i'll be|i will be|my plan is to"
            r"|i'm planning to|i am planning to)( \w+){0,2}"
            r" (call|ring|phone|telephone|calling|ringing|phoning|telephoning|pick up the phone|be in touch by phone"
            r"|give (you|your office|the office|reception|someone|(?!(my|the|a|an|his|her|mum|mom|dad)\b)\w+) a (call"
            r"|ring|bell)|pop in|drop in|drop by|come by|come in|stop by|call in|call round|pop round|swing by)",
            r"expect (a|my) (call|ring|phone call|visit) from me",
            r"expect my (call|visit)",
        ),
        _calls_to_check,
        BEFORE_DECISION,
    ),
    Cue(
        "Reading their silence",
        "reads their silence as an answer",
        "telling them you take their silence as a no, or treat the role as filled because nobody replied",
        "I'll read your silence as a no.",
        "I read your note as good news for the whole team.",
        phrases(
            r"(read|reading|take|taking|interpret|interpreting|treat|treating|count|counting) (your|the|this|all this"
            r"|all the) (silence|quiet|radio silence|lack of (a )?(reply|response|news|word|contact|answer))( on your"
            r" (end|side|part))? (as|to mean)",
            r"(your|the) (silence|quiet|lack of (a )?(reply|response|news|word|contact))( on your (end|side|part))?"
            r" (tells|says|suggests|speaks|means|must mean|probably means|can only mean)",
            r"reading between the lines of (your|the|this) (silence|quiet|lack of \w+)",
            r"(i'm|i am|i'll|i will|i shall)( just| now)? (treat|treating|take|taking|consider|considering|count"
            r"|counting) (the (role|position|post|job|vacancy|place)|it) (as|to be) (filled|gone|closed|taken|a no)",
            r"silence is (an|its own|also an|itself an) answer",
        ),
        _reads_silence_as_no,
        BEFORE_DECISION,
    ),
)

# After a rejection, the writer presumes, asks or is owed a place at the front next time.
_PRESUMING = (
    r"((i'll|i will|i shall|i) (just |fully )?(take it(?! as an? (?!given))|assume|presume|trust|expect|count on"
    r"|consider myself)"
    r"|(i'm|i am|i'll be|i will be) (taking it|assuming|presuming|trusting|counting on|expecting|banking on)|i'd expect"
    r"|surely|no doubt|naturally)"
)
_AT_THE_FRONT = (
    r"(your first (phone )?(call|name|number|phone|person|port of call|choice|pick)|(the )?first (phone )?(call|name"
    r"|number|phone|person|port of call|one|choice|pick) (you|to|on|ringing|in|when)"
    r"|first in (line|the queue)|first (refusal|dibs)|(the )?(top|head|front) of (the|your) (list|queue|line|pile)"
    r"|next in line|(before|ahead of) (anyone|anybody|everyone|everybody) else|(is|be) (as good as )?mine|me first)"
)
_PRESUMED = LazyPattern(_PRESUMING.replace("'", "['’]"))
_OTHERS_PASSED_OVER = LazyPattern(
    r"\b(?:before (?:you |it )?(?:post|go|ask|offer)|advertis|(?:any|every)(?:one|body) else|other (?:ca|ap))"
)
# The writer put first ("I trust my number", "counting on being first"), not "I trust the first person you hire".
_WRITER_FIRST = LazyPattern(
    r"\s*(?:to be|being|getting|to get|having|to have|to hear|hearing|first|top|next)\b|.*\b(?:i|i['’]m|i['’]ll|i['’]d"
    r"|me|my|mine|myself)\b"
)
# Offered freely ("feel free to call me first if that's easier"), or not their opening ("wherever I apply").
_OFFERED_FREELY = LazyPattern(
    r"\b(?:free to|welcome to|happy for you to|if you['’]d (?:rather|prefer)|easier|wherever|elsewhere|anywhere)\b"
)
# Someone else's words: "my partner jokes that I'll expect to be first".
_SAID = LazyPattern(r"\b(?:jok\w*|teas\w*|says|said|reckons?|tells? me|told me)(?: that| to)?\s+$")
_JOB = r"(role|job|post|position|opening|vacancy|offer|interview|place|contract|one)s?"
# The call expected is about the next opening, not "your call next week about the feedback session".
_NEXT_OPENING = LazyPattern(
    r"\b(?:next(?! week| month)|another|future|again|similar|renew\w*|comes? up|opens?|advertis\w*|either way|signed"
    r"|through)\b"
)


def _claims_the_next(found: Found) -> bool:
    if not unsoftened(found) or _OFFERED_FREELY.search(found.sentence) or _AGREED.search(found.sentence):
        return False  # "I'll expect your call as arranged"
    words = found.words
    if _SAID.search(found.before) or _MY_PEOPLE.match(found.after[len(words) :].lstrip()):
        return False  # "my old manager said to call me first", "speak to me before you approach my referees"
    if re.match(r"(?:should|ought|must)\b", words):
        # "the next collections opening should come my way", not "if a role should come my way elsewhere"
        return re.search(rf"\bnext (?:[\w-]+ )?{_JOB} (?:\w+ )?$", found.before) is not None
    presumed = _PRESUMED.match(words)
    if presumed is None:
        # "Ring me first before you advertise" puts the writer ahead of others; "I hope you'll think of me first for
        # locum work" hopes, and "call me first" may choose a channel.
        return not words.endswith(" me first") or _OTHERS_PASSED_OVER.search(found.sentence) is not None
    return _presumes_first(found, presumed.group(), words[presumed.end() :])


def _presumes_first(found: Found, presumed: str, rest: str) -> bool:
    if re.search(r"\b(?:not|never|was|were|had|hop\w*|love|like|thrilled|delighted|glad)\b|n['’]t\b", rest):
        return False  # "I'll take it as a compliment that I was next in line", "naturally I'd love to be first"
    if rest.endswith(("from you", " your call", " your ring")) or " you to " in rest:
        # "I'll be expecting a call from you if they haven't signed", not "only if the form needs anything"
        return _NEXT_OPENING.search(found.sentence) is not None and "only if" not in found.after
    return presumed.endswith("myself") or _WRITER_FIRST.match(rest) is not None


# Told what the decision cost, and asked to weigh it: "I'd told my manager I was leaving, so please bear that in mind".
_WHAT_IT_COST = LazyPattern(
    r"\b(?:turned down|turning down|turned away|gave up|given up|passed up|declined|cancel+ed|pulled out|withdrew"
    r"|told (?:my|everyone|people)|handed in|resigned|my notice|awkward|(?:difficult|tricky|hard) (?:position|spot"
    r"|situation)|hard on|took (?:it|this) (?:hard|badly)|counted on|was counting|put (?:so much|a lot"
    r"|everything|(?:\w+ )?into)|on hold|sacrific\w*|cost me|unpaid)\b"
)


# Given up for them or ahead of their answer, not "I resigned to care for my father, so I'm free from March".
_FOR_THEM = LazyPattern(
    r"\b(?:for (?:you|this|it|the (?:role|job|post|position))|on the strength|so sure|expecting|got the job"
    r"|i(?:['’]d| was| would)(?: \w+){0,2} (?:moving|leaving|starting|joining)"
    r"|to (?:stay|keep|be) (?:\w+ )?(?:free|available|open)|because (?:i|we) (?:thought|expected|was sure|felt sure))\b"
)


def _weighs_the_cost(found: Found) -> bool:
    if not unsoftened(found) or _GLADLY.search(found.sentence) or found.clause.subject is Person.OTHERS:
        return False
    if not any(
        _WHAT_IT_COST.search(told) and _FOR_THEM.search(told) and not THANKS.search(told)
        for told in (found.neighbour(-1), found.sentence)
    ):
        return False
    if re.match(r"(?:,? as|,? to| that (?:i|you|we|they|there|it|my|the)\b)", found.after[len(found.words) :]):
        return False  # "let that count as my joke of the week", "please remember that I'm still very keen"
    return re.search(r"\b(?:count|you|please)", found.before + found.words) is not None


CUES = (
    *CUES,
    Cue(
        "A claim to the next opening",
        "claims the next opening as yours",
        "after a rejection, taking it for granted, asking or saying you are owed that you come first next time",
        "Since I came so close, I'll assume I'm first in line when the next post opens.",
        "If anything comes up, I'd love to be among the first to apply.",
        phrases(
            rf"{_PRESUMING}( [\w'-]+){{0,8}} {_AT_THE_FRONT}",
            r"(call|ring|phone|contact|email|get in touch with|speak to|come to|come back to|think of|consider|approach"
            r"|offer (it|the \w+) to) me (first(?! thing)|before (anyone|anybody|everyone|you (advertise|go|look|post"
            r"|approach|ask|offer|contact)|going|advertising|posting)|ahead of ((any|every)(one|body)|others))",
            r"(give|offer) me (the )?first (refusal|dibs)",
            r"(don't|didn't) advertise (\S+ ){0,3}(until|before) (you've )?(spoken|speaking|talked|talking)"
            r" (to|with) me",
            # Owed a chance at the work, or just owed: not "no explanation" or "a coffee".
            r"(you|the (team|company|firm|panel|practice|school|board)) (owe|owes) (me|it to me)(?=\s*([^\w\s]|$"
            rf"|(after|one(?! \w)|at least|the next|first|(an?|the) (\w+ )?(chance|shot|call|{_JOB}))\b))",
            r"(you're|you are) in my debt",
            # Not an equal footing: "only fair that I'm considered alongside everyone else".
            r"(it's|it is|it would be|it'd be|it seems|only) (only )?fair (that )?(i|i'm|i am|mine|my name|me)"
            r"( \w+){0,2} (considered|first|next|offered|called|put forward)(?![^.;]*\b(same|alongside|equal|(like|as)"
            r" (any|every|other)))",
            r"(should|ought to|must) ((come|go) (my way|to me)|be mine)",
            r"(i'll|i will|i shall|i'd|i'm|i am|i)( just| now| then| fully)? (be )?(expect|expecting|counting on"
            r"|banking on) (a (phone )?(call|ring) from you|your (call|ring)|to hear from you|you to (call|ring"
            r"|contact))",
        ),
        _claims_the_next,
        AFTER_REJECTION,
    ),
    Cue(
        "What it cost you, weighed",
        "asks them to weigh what it cost you",
        "after a rejection, telling them what you gave up or told people on the strength of it, and asking them to"
        " bear it in mind next time",
        "I'd already told my landlord I was moving, so please keep that in mind if another role comes up.",
        "I'm free most weekends, so please keep that in mind if you need cover.",
        phrases(
            r"(keep|bear|hold|have) (that|this|it|all (of )?(that|this)) in mind",
            r"(something|worth) ((you'll|you will|you might|you could|you can|to) )?(keep|keeping|bear|bearing)"
            r" in mind",
            r"(remember|weigh|factor in) (that|this|how much|what (i|it|this))|factor (that|this|it) in",
            r"take (that|this|it|all (of )?this) into (account|consideration)",
            r"(that|this|it) (to |will |should |might |would |may )?count(s|ed)? for something",
            r"(let|make) (that|this|it) count",
        ),
        _weighs_the_cost,
        AFTER_REJECTION,
    ),
)

# The ways of reaching someone, each counted once in a sentence.
_CHANNELS = tuple(
    LazyPattern(pattern)
    for pattern in (
        r"\b(?:voicemails?|voice mails?|rang|phoned|called|desk line|phone|mobile)\b",
        r"\blinkedin\b",
        r"\b(?:texted|text messages?|a text|texts|sms)\b",
        r"\bwhatsapp\b",
        r"\b(?:e-?mail|emailed|this message)\b",
    )
)


def _channels_in(sentence: str) -> int:
    return sum(channel.search(sentence) is not None for channel in _CHANNELS)


_CONTACTED = LazyPattern(rf"\b(?:{_CONTACT_VERBS})\b")


def _first_contact(found: Found) -> bool:
    """The first of the sentence's contacts: one finding for the list, not one per item."""
    return _CONTACTED.search(found.sentence_before) is None


# Sentences the learned reading leaves alone, whatever words they share with pushy notes: they say what good notes
# say. Each reading sentence is searched alone; one that also asks this employer to hurry is not spared.
_SPARED = LazyPattern(
    r"^(?!.*\b(?:please|can you|could you|need (?:you|yours|your)|match|beat|so i need|regret|make me)\b)(?:"
    # Another employer's date, told honestly: "I received an offer, and they would like a reply by Friday".
    r"(?=.*\b(?:offer|offered)\b).*\b(?:they|they['’]ve|they have|who|which|i['’]ve been|i have been|i was|i['’]m|i am)"
    r"(?: \w+){0,2} (?:would like|want|wants|need|needs|asked|asking|expect|expects|gave|given|requested)\b"
    # The writer's own date, given to the other employer: "I've told them I'll answer by the end of the month".
    r"|.*\b(?:told|promised|assured|let|informed) (?:them|the other \w+|the (?:firm|company|employer|agency"
    r"|recruiter))(?: that)? (?:i['’]ll|i will|i would|i['’]d|i can|i could)\b"
    # Asking for more time to answer their offer: "Would it be possible to give you my answer by Wednesday?"
    r"|(?:would it be possible|could i|may i|might i|is there any (?:chance|possibility)(?: that)? i)\b.*"
    r"\b(?:give you (?:my|an) (?:answer|decision)|get back to you|have until|more time|extra (?:days|time)"
    r"|a few (?:more )?days)\b"
    # The writer's own timing: "one other application, which I expect to resolve next week"; "I'll respond by Friday
    # as planned".
    r"|(?!.*\b(?:can['’]t|cannot|won['’]t|forever|indefinitely|much longer)\b).*\b(?:waiting to hear|waiting on|waiting"
    r" for|hearing back)\b.*\b(?:other|another) (?:application|process|employer|company|firm|interview)\b"
    r"|.*\b(?:i['’]ll|i will) (?:respond|reply|answer|decide|confirm|get back to you)\b"
    r".*\bas (?:planned|agreed|arranged)\b"
    # Asking politely to hear, with no time set: "I'd be grateful if you could let me know either way".
    r"|(?!.*\b(?:by|before|today|tomorrow|this week|within|asap|soon|quickly)\b).*\b(?:grateful|appreciate|glad)\b"
    r".*\bif you could let me know\b"
    r"|if there is any (?:update|news) you (?:can|could|are able to) share\b"
    # Changing channel as a courtesy: "I thought I'd follow up by email in case that's easier".
    r"|(?!.*\b(?:also|too|as well|couple|several|voicemails|messages|in person|wait)\b).*\b(?:in case|if) (?:that|it"
    r"|email|this)(?:['’]s| is| would be| might be) (?:easier|more convenient|simpler)\b"
    # Silence read kindly: "I haven't heard back yet, which I'm sure just means the team is busy".
    r"|(?!.*\b(?:but|still|again|forgotten|ignored|surely)\b).*\bwhich (?:i['’]m sure|i expect|i imagine|i suspect"
    r"|probably|most likely|likely|i assume)(?: simply| just| only)? means\b"
    # A hope given up with understanding: "I had hoped to hear before my deadline, but I understand these things
    # take time".
    r"|(?!.*\b(?:still|nothing|again|surely|forever|much longer)\b).*\bbut (?:i|we) (?:completely |fully |do |of course"
    r" )?understand\b.*\b(?:takes?|taking) (?:time|longer|a while)\b"
    # Glad to wait longer: "I was told to expect news within a fortnight, and I'm happy to keep waiting".
    # A time they proposed or both agreed: "Shall we say 2pm for the call you suggested?"
    r"|(?!.*\b(?:if i|unless)\b).*\b(?:as (?:we |you )?(?:arranged|agreed|discussed|planned|suggested|proposed|asked"
    r"|offered)|(?:the|a)"
    r" (?:[\w-]+ ){0,2}(?:call|time|slot|meeting|interview|visit|trial|shift|induction|date|day) (?:you|we)"
    r" (?:suggested|proposed|offered|asked for|arranged|booked|set|agreed))\b"
    # A time proposed for a meeting, not for their answer: "Shall we say Friday at ten for the second interview?"
    r"|(?!.*\b(?:decision|answer|reply|news|verdict|outcome|deadline)\b)(?:shall we|let['’]s|could we|can we)"
    r" (?:say|make|set|pencil in|agree on)\b.*\bfor (?:the|a|our) (?:[\w-]+ )?(?:interview|call|meeting|trial|visit"
    r"|chat|start|induction|presentation|assessment)\b"
    # The writer's own answer to come: "I will revert by Friday with the forms", "I'll have a decision for you".
    r"|(?!.*\b(?:if you|unless|don['’]t|do not|otherwise)\b).*\b(?:i|we)(?:['’]ll| will| shall)(?: \w+)?"
    r" (?:revert|get back to you|come back to you|have (?:an? |my )?(?:answer|decision) for you|reply to (?:any|your)"
    r"|respond to (?:any|your))\b"
    # Waiting on someone else, or on papers: "If I don't hear from my referee by Friday, I'll call you".
    r"|.*\bif (?:i|we) (?:don['’]t|haven['’]t|do not|have not) (?:hear|heard|get|got|receive|received) (?:back )?"
    r"(?:from (?:my|the) |the (?:forms?|documents?|paperwork|papers|certificates?|transcripts?)\b)"
    # The writer's own life since: "six weeks since I moved to Leeds, and I love it".
    r"|(?!.*\b(?:wait\w*|heard|hear|news|reply|still|yet|interview\w*)\b).*\bsince (?:i|we) (?:moved|started|joined"
    r"|qualified|graduated|arrived|began|relocated)\b"
    r"|.*\b(?:give|tell|send) (?:the other \w+|them|the (?:firm|company|employer|agency|recruiter)) (?:my|an)"
    r" (?:answer|decision)\b"
    # What they said they would do, waited for: "You mentioned the panel would meet Friday, so I'll wait to hear".
    r"|(?!.*\b(?:but|still|again|already|nothing)\b).*\byou (?:mentioned|said|told me|explained|indicated)\b.*"
    r"\b(?:so|and) (?:i['’]ll|i will) (?:wait|be patient|look forward)\b"
    r"|.*\bball(?:['’]s| is) (?:now )?(?:in my court|rolling)\b"
    r"|.*\bwhichever (?:is|suits|works) (?:easier|best|better)\b"
    # Calls to the writer's own people, or about the day's arrangements.
    r"|.*\b(?:i['’]ll|i will|i['’]m going to|i am going to|i plan to) (?:call|ring|phone|email|contact|message|text)"
    r" (?:my|the) (?:[\w-]+ )?(?:referees?|manager|bank|agency|university|college|school|landlord|doctor|gp|dbs"
    r"|visa|embassy|family|partner|tutor)\b"
    r"|(?!.*\b(?:decision|news|update|outcome|answer|where things)\b).*\b(?:call|ring|phone|pop in|drop in|come by)\b"
    r".*\b(?:parking|directions|address|arrangements|paperwork|forms|documents|certificates|badge|uniform|medical"
    r"|keys)\b"
    # Quiet enjoyed: "the silence in the reading room was lovely".
    r"|(?!.*\b(?:wait\w*|heard|hear|news|reply|replies|since|still|yet|your silence)\b).*\b(?:silence|quiet)\b.*"
    r"\b(?:enjoy\w*|lov\w+|peaceful|calm|relaxing)\b"
    # Their silence read as anything but a no, or the reading declined: "I'll read your silence as 'still deciding'",
    # "I won't take the quiet as a sign of anything", "interpreting the quiet as a yes would be presumptuous".
    r"|(?!.*\b(?:a no|no longer|gone|filled|moved on|move on|someone else|rejection|answer|not (?:successful|selected"
    r"|interested)|decided against|cue)\b).*\b(?:read|reading|take|taking|treat|treating|interpret\w*|conclude)\b.*"
    r"\b(?:silence|quiet|lack of (?:a )?reply)\b.*\b(?:as|that)\b"
    # The ball handed over at ease or in a story: "the ball's in your court, and I'm happy to wait as long as you
    # need", "I hope the ball was in your court for the winning point".
    r"|.*\bball (?:was|had been) in (?:my|your) court\b"
    r"|(?=.*\b(?:happy to wait|whatever|comfortable with|any \w+ is fine|shout if|as you joked|grateful|thank"
    r"|leave it there)\b).*\bball(?:['’]s| is) (?:now )?(?:\w+ )?in your court\b"
    # Kept free for the writer's own family or an arranged call, or waiting on the writer's own papers.
    r"|.*\b(?:free|available|clear|around|reachable) for (?:my|our) [\w-]+['’]s\b"
    r"|.*\b(?:free|available|clear) for (?:your|the) (?:[\w-]+ )?(?:zoom|video|phone screen|panel|open evening"
    r"|open day|interview)\b"
    r"|.*\bwhile (?:i['’]m|i am|i) wait\w* (?:for|on) my (?:visa|dbs|papers|permit|results|licence|license"
    r"|certificates?)\b"
    # The writer's own things on hold, or a wait for papers: "I can't keep the flat on hold much longer, so I've
    # signed for it"; "how much longer should I expect to wait for my DBS check".
    r"|.*\bon hold (?:much |any )?longer\b,? so (?:i['’]ve|i have) (?:booked|signed|enrolled|cancelled|taken|decided"
    r"|sorted)\b"
    r"|.*\bhow much longer\b.*\b(?:for (?:my|the) (?!(?:final )?(?:decision|answer|news|reply|outcome|update|result)\b)"
    r"|i wondered\b)"
    r"|.*\bball(?:['’]s| is) (?:now )?in your court on (?:the|which) (?!(?:final )?(?:decision|answer|offer|outcome)\b)"
    # The writer's own answer, or their own people's: "the answer from my side", "an answer from my bank", "my agency
    # will revert to you", "the answer on my visa".
    r"|.*\b(?:answer|decision|reply|news) (?:from (?:me|my side)|on my)\b"
    r"|.*\b(?:an answer|news|word) from my (?:bank|landlord|referee|doctor|agency|university|solicitor)\b"
    r"|.*\b(?:revert|get back|come back|report back) to you\b"
    r"|.*\bmy (?:landlord|bank|agency|referee|manager|solicitor)\b(?: \w+){0,2} (?:needs?|will|has) to (?:revert"
    r"|confirm|reply|get back)\b"
    # Another employer's date told honestly: "the other firm wants an answer by the weekend, so I wanted to let you
    # know where things stand".
    r"|.*\bthe other (?:firm|company|employer)\b(?: \w+){0,2} (?:wants|needs|asked|would like)\b"
    # Days counted as the writer's good news: "day two since the interview and I've already told my family".
    r"|.*\bsince (?:the|my) interview\b.*\b(?:already (?:told|started|read\w*)|still smiling|loving)\b"
    # Calls to the writer's own people or to another firm: "I'll phone the nursery", "I'll call them".
    r"|.*\b(?:i['’]ll|i will) (?:call|ring|phone) (?:them|the (?:nursery|hotel|venue|estate agent|school|agency)"
    r"|my (?:sister|brother|mum|dad|current manager))\b"
    r"|.*\b(?:call|ring|phone)\b.*\bcar park\b"
    # The writer's own work counted: "it's been ten working days of training at my current site".
    r"|(?!.*\b(?:wait\w*|silence|heard|hear|news|reply|since)\b).*\b(?:days|weeks|months|years) of (?:training|work"
    r"|induction|placement|shadowing|study|practice|teaching|nights|shifts)\b"
    r"|(?!.*\b(?:but|however|can['’]t|cannot|won['’]t|not|forever|indefinitely|much longer|patience|still no)\b)"
    r".*\b(?:i['’]m|i am|i['’]d be|i would be|i remain) (?:very |more than |perfectly |quite )?(?:happy|glad|content"
    r"|willing) to (?:keep )?wait(?:ing)?\b"
    r")"
)


def _check(context: Context) -> Iterator[Hit]:
    return flag_cues(
        context,
        ALL_KINDS,
        CUES,
        "Be patient and polite: say you understand decisions take time and that you remain interested.",
        reading=PRESSURE,
        reads_as="pressing them for an answer",
        spared=_SPARED,
    )


RULE = Rule(
    id="pressure",
    severity=Severity.WARNING,
    guide="waiting/#no-pressure",
    check=_check,
    doc=cues_doc(__doc__ or "", CUES, learned="pressing"),
)

__all__ = ["AFTER_REJECTION", "BEFORE_DECISION", "CUES", "RULE", "WAITING_WORDS", "complains_of_wait"]
