"""A thank-you note that could have been written before the interview.

## What it checks
A thank-you note with nothing in it that only this interview could have given
you: it names neither the role nor the company, nor anything you talked about,
and is made only of the stock words that templates and chatbots use ("thank you
for your time", "I enjoyed learning more about the position", "my skills and
experience", "I look forward to hearing from you"). The greeting, the closing
and the signature are not read, and neither are the names of the people you met.
Any word outside those stock phrases counts as a detail ("the routing
dashboard", "your move to Rotterdam", "SQL"), so a note with even one is left
alone. Very short notes (fewer than {min_words} words between greeting and closing)
are left to the other rules.

## Why it matters
Interviewers receive many thank-you notes that say the same things. One line
that shows you listened (a project they described, a question they asked, a
problem you would like to work on) is what makes a note yours and makes them
remember you.

## Example
"Dear Ms. Achieng, thank you for taking the time to meet with me today. I
enjoyed our conversation and learning more about the position. I believe my
skills and experience make me a strong fit for your team. I look forward to
hearing from you."

## Better
"Dear Ms. Achieng, thank you for meeting me today. I enjoyed hearing how your
team plans to move the delivery forecasts onto one dashboard, and I would be
glad to help build it."
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from checker._model import Kind, Plan, Severity
from checker._text import Draft, LazyPattern
from checker.rules._base import Context, Hit, Rule, opening_line, phrases
from checker.rules.no_sign_off import SIGN_OFF

# Fewer words than this are too few to call generic; other rules speak to a note that short.
_MIN_WORDS = 10
_WORD = LazyPattern(r"[^\W\d_]+(?:['’][^\W\d_]+)*")
_GREETING = phrases(
    r"(dear|hello|hi|hey|greetings|good (morning|afternoon|evening|day)|respected|to whom it may concern)"
)

# The words of the stock thank-you: grammar, courtesy, and what any interview has (time, a role, a team).
_STOCK = frozenset(
    """
    a an the and or but so if then than that this these those there here it its it's i i'm i've i'd i'll me my
    mine myself we we're we've us our ours you you're you've you'd your yours yourself yourselves they they're them
    their he she him her his hers to of in on at by for from with without within about as into onto over under
    after before during again further once all any both each few more most other others some such no nor not only
    own same very too can could will would shall should may might must do does did done doing be am is are was
    were been being have has had having get gets got getting just also really truly sincerely greatly deeply
    especially particularly certainly definitely genuinely furthermore additionally moreover well much many lot
    lots what which who whom whose when where why how while until up out off down even still yet already soon
    ever always never one ones let me's like quite rather overall indeed again once everything anything
    something someone everyone anyone everybody thing things way ways
    thank thanks thanking thankful thankfully grateful gratitude appreciate appreciated appreciating appreciation
    appreciative time times taking take took taken give gave given giving spend spending spent allow allowing
    opportunity opportunities chance interview interviews interviewing interviewed interviewer interviewers meet
    meets meeting meetings met speak speaking spoke spoken talk talking talked chat chatting chatted conversation
    conversations discussion discussions discuss discussed discussing today yesterday earlier recently this
    week morning afternoon evening day days
    position positions role roles job jobs post company companies organisation organization organisations team
    teams department firm business workplace colleagues staff panel everyone
    interest interests interested interesting excited exciting excitement enthusiasm enthusiastic eager eagerly
    keen keener pleased glad happy delighted thrilled honoured honored privilege privileged pleasure enjoyed
    enjoy enjoying enjoyable wonderful fantastic excellent lovely nice amazing great good valuable invaluable
    insightful insight insights informative helpful kind kindly generous warm welcoming friendly pleasant
    positive impressive impressed inspiring inspired remarkable tremendous immensely incredibly extremely highly
    learn learning learned learnt hear hearing heard know knowing knew known understand understanding understood
    information detail details more
    look looking looked forward next steps step process decision stage stages regarding update updates
    strong stronger fit fitting match suited suitable skills skill skillset experience experiences
    background qualifications qualified abilities ability expertise passion passionate motivated motivation
    confident confidence believe believes feel felt think thought sure certain convinced hope hoping hopeful
    contribute contributing contribution contributions add adding value valued asset success successful
    goals mission vision values culture environment growth grow develop development career professional
    join joining work working part member become becoming
    please hesitate contact reach touch questions question further additional need needs require provide
    provided help helping assist available availability
    regards best wishes warmest kindest respectfully cordially faithfully yours
    consideration considering consider considered candidacy application applying apply applied
    sir madam mr mrs ms mx dr prof dear hello hi
    make makes made making want wanted wanting wish wishing express expressing reiterate reiterating confirm
    sincere sincerest heartfelt align aligns aligned alignment remain remains remained possibility possible
    possibly potential future prospect bring bringing offer capacity capabilities capable ideal perfect
    dedicated dedication committed commitment hardworking thorough thoughtful engaging meaningful productive
    enlightening energising energizing reinforced reaffirmed strengthened increased deepened solidified continued
    continue continuing welcome answer answering answered else free back shortly follow following note email
    write writing send sending share sharing mention mentioned explain explaining explained walk walking through
    overview clear clearer picture sense idea responsibilities duties expectations requirements aspects aspect
    challenges challenge side humbled honor honour absolutely wholeheartedly firmly strongly eagerness excite
    excites motivating useful attentive
    monday tuesday wednesday thursday friday saturday sunday january february march april may june july august
    september october november december
    """.split()  # noqa: SIM905  # hundreds of words read better as prose than one to a line
)
_ENDINGS = ("s", "es", "ed", "d", "ing", "ly")


def _stock(word: str) -> bool:
    """Whether ``word`` (lower case) is one of the stock words, or one with an ending added."""
    word = re.sub(r"['’]s$", "", word)
    if word in _STOCK:
        return True
    return any(word.endswith(ending) and word[: -len(ending)] in _STOCK for ending in _ENDINGS)


def _body(draft: Draft) -> str:
    """The note between its greeting line and its closing, lower-cased; the subject line is kept."""
    lines = list(draft.lines)
    opening = opening_line(draft)
    if draft.match_line(_GREETING, opening) is not None:
        lines = [line for line in lines if line is not opening]
    for position in range(len(lines) - 1, -1, -1):
        line = lines[position]
        if len(line.text.split()) <= 6 and draft.match_line(SIGN_OFF, line) is not None:
            lines = lines[:position]
            break
    return "\n".join(draft.lowered[line.start : line.end] for line in lines)


def _names(plan: Plan) -> set[str]:
    """The words of every name the plan gives: a note that thanks "Amina and Tom" names people, not a topic."""
    names = [name for interview in plan.interviews for name in interview.interviewers]
    names += [follow_up.to for follow_up in plan.follow_ups if follow_up.to]
    return {word.lower() for name in names for word in _WORD.findall(name)}


def _generic(body: str, plan: Plan) -> bool:
    words = _WORD.findall(body)
    if len(words) < _MIN_WORDS:
        return False
    names = _names(plan)
    # The role or the company, named as the plan names them, is a detail of this interview.
    for named in (plan.company, plan.role):
        if named and named.lower() in body:
            return False
    return all(_stock(word) or word in names for word in words)


def _check(context: Context) -> Iterator[Hit]:
    for index, _, draft in context.drafts(Kind.THANK_YOU):
        if _generic(_body(draft), context.plan):
            yield Hit(
                "This thank-you could have been written before the interview: it names neither the role nor "
                "the company, nor anything you talked about.",
                "Add one detail from the conversation: a project they described, a question they asked, or a "
                "problem you would like to help with, and a word on why it interests you.",
                index,
            )


RULE = Rule(
    id="generic-note",
    severity=Severity.SUGGESTION,
    guide="thank-you-note/#what-to-say",
    check=_check,
    doc=(__doc__ or "").replace("{min_words}", str(_MIN_WORDS)),
)
