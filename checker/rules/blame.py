"""Accusing the recruiter or the process.

## What it checks
Resentment in a note, with or without a harsh word: an accusation, a
judgement of their decision or of your rejected qualifications, saying the
time was wasted or the outcome fixed in advance, complaints about their
people or their process, sarcasm, and demands that they justify themselves.
Regret about the result itself is fine ("I was disappointed to hear the
news"), and so is a polite request for feedback.

## Why it matters
After a rejection it is natural to feel hurt. But recruiters rarely make the
final decision, and a bitter note closes a door you may want open later.
Recruiters remember candidates who stayed gracious, and they fill many roles.

## Example
"I fail to see how someone with less experience was chosen. It was a waste of
my time."

## Better
"Thank you for letting me know, and for your time during the process. I would
be glad to hear about future openings."
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator

from checker._language import Person
from checker._model import Kind, Severity
from checker._text import LazyPattern, Pattern
from checker.rules._base import ALL_KINDS, Context, Hit, Rule, phrases
from checker.rules._cues import THANKS, Cue, Found, anywhere, cues_doc, flag_cues, not_negated, unsoftened
from checker.rules._readings import BLAME
from checker.rules.pressure import AFTER_REJECTION, WAITING_WORDS, complains_of_wait

_SHOULD_HAVE_DONE = (
    r"(told|said|let|informed|called|replied|responded|answered|given|considered|hired|chosen|picked|read"
    r"|checked|looked|asked|listened|been|warned|explained|mentioned|contacted|bothered)"
)
# People and things at the employer whose conduct a note may complain about.
_THEIR = (
    r"(your|the|their|this|that) (recruiter|recruiters|interviewer|interviewers|panel|hiring manager|manager|hr"
    r"|hr team|team|coordinator|receptionist|staff|process|company|firm|agency|organi[sz]ation|communication"
    r"|scheduling|interview|interviews|test|assessment|questions)"
)
_POLITE_ASK = LazyPattern(
    r"\b(?:if (?:at all )?(?:you(?: are)?|it['’]s|it is) (?:possible|able|willing|have time|can)|would (?:appreciate"
    r"|welcome|be grateful)|['’]d (?:appreciate|welcome|be grateful)|any feedback|happy to hear|glad to hear|could you"
    r" share)\b"
)
_DELIGHTED = LazyPattern(r"\b(?:loved|enjoyed|lovely|wonderful|delighted|fun|a pleasure|a joy|admire|admired)\b")
# "I sent an old version by mistake": the writer's own slip.
_WRITER_DID = LazyPattern(r"\b(?:i|i['’]ve|i have|i had|i['’]d|we)\s+(?:\w+\s+)?$")
# The writer's own side of things: "on my side", "at my current employer", "my train".
_OWN_SIDE = LazyPattern(
    r"\b(?:(?:on|at|from|by|with) my|my (?:own|current|present|old|side|end|part)|at my request|for me)\b"
)
# "how the team made a big mistake in the first launch and learned from it" tells their story.
_MISTAKE_STORY = LazyPattern(r"\b(?:how|when|once|the time|story|admitted|told me about|talked about)\b")
# "Would it be possible to hear what the panel's notes said?" asks politely.
_MAY_I = LazyPattern(
    r"\b(?:would|might|could) it be possible|\bis it possible|\b(?:could|may|might) i (?:ask|see|hear)\b"
)
_CONTRAST = LazyPattern(
    r"\b(?:but|yet|evidently|apparently|clearly|obviously|somehow|spoke for itself|speaks for itself|would have"
    r" thought|surely|still)\b"
)


# "the sample I brought found a good home with the kitchen team": a gift enjoyed, not an idea taken.
_GIFT = LazyPattern(
    r"\bi (?:brought|baked|made|left|gave|cooked|handed|dropped off|sent in)\b|\b(?:your|their|his|her)\b"
)
# "I imagine this one was no exception, so thank you for replying personally": sympathy for their workload.
_WORKLOAD = LazyPattern(r"\b(?:applications|applicants|busy|inbox|workload|demand|popular|interest|hundreds|flood)\b")
# What makes "exactly what a junior role is for" a retort: "frustrating to keep hearing ... when that's exactly".
_RETORT = LazyPattern(
    r"\b(?:when|but|yet|surely|frustrat\w*|odd|strange|ironic\w*|even though|although|not enough|lack\w*|told"
    r"|hearing)\b"
)


def _insinuates(found: Found) -> bool:
    """Irony after a rejection, not a gift enjoyed, sympathy for their inbox, or the writer's plain enthusiasm."""
    if not unsoftened(found):
        return False
    words, sentence = found.words, found.sentence
    if re.search(r"(?:home|to (?:good |great |some )?use)$", words):
        return _GIFT.search(words) is None
    if words.endswith(("no exception", "no different")):
        return THANKS.search(sentence) is None and _WORKLOAD.search(sentence) is None
    if words.startswith(("exactly", "precisely")):
        return _RETORT.search(found.sentence_before) is not None
    if words.endswith(("familiar", "flattery")) or (_LIKENESS.search(words) and _MY_WORK.search(words)):
        return _too_familiar(found)
    return True


_LIKENESS = LazyPattern(r"\b(?:like|resemblance|noticing|notice|seeing|spotting)\b")
_MY_WORK = LazyPattern(
    r"\b(?:pitch|concept|ideas?|samples?|proposal|designs?|menu|work|brief|deck|slides|trial|pitched|presented"
    r"|suggested|sketched|proposed|submitted|sent)\b"
)


def _like_my_pitch(found: Found) -> bool:
    """Their launch set beside the writer's pitch, unless warmly ("like the one I pitched, and I'm thrilled"); not "it
    looks like my trial went well"."""
    sentence = found.sentence
    return (
        (_LAUNCHED.search(sentence) is not None or re.search(r"\b(?:your|their|the new)\b", found.before) is not None)
        and _PRAISE.search(sentence) is None
        and _DELIGHTED.search(sentence) is None
        and THANKS.search(sentence) is None
        and re.search(r"\b(?:thrilled|proud|honou?red|glad|happy|pleased|inspired)\b", sentence) is None
    )


# Something of theirs that came out since, and the writer's dry word on the likeness.
_LAUNCHED = LazyPattern(
    r"\b(?:went live|gone live|go live|launched|released|came out|aired|rolled out|published|unveiled|on air|in the"
    r" shops|on (?:the )?(?:shelves|menu|site|website))\b"
)
# Only words that are irony in themselves: "funnily enough" or "I wonder" bring in a harmless coincidence as often.
_DRY = LazyPattern(
    r"\b(?:(?:take|took|taking|takes) it as (?:a|the sincerest form of) (?:compliment|flattery)|flatter(?:ed|ing|y)"
    r"|imitation|ahem|funny,? that|what a coincidence|some coincidence|coincidence\?)"
)
# The likeness said to be to the writer's own work: "similar to mine", "like my pitch".
_LIKE_MINE = LazyPattern(
    r"\b(?:similar to|resembl\w*|like|close to|echo\w*) (?:mine|my|the (?:one|ones|work|concept|idea) i)\b"
)
# The writer's own thing as the one that is similar: "my portfolio pieces look rather similar to your house style".
_MINE_IS_LIKE = LazyPattern(
    r"\b(?:my|our|the [\w-]+ i (?:left|made|sent|brought|drew))(?: [\w'’-]+){0,3} (?:is|are|was|were|looks?|looked"
    r"|seems?|seemed)(?: \w+)? (?:similar to|like|close to)\b"
)
_WARM = LazyPattern(
    r"\b(?:wonderful|lovely|beautiful\w*|joy|excellent|proud|fun|made our day|thank\w*|laugh\w*|joked|saying goes"
    r"|everyone agreed|learn from|safest)\b"
)
# "felt familiar because I grew up with the original ads": why, said plainly.
_PLAIN_REASON = LazyPattern(
    r"\b(?:because|since|as i|reminded me of (?:my|the|our) (?:old|childhood|grand\w*|family)|grew up|used to|in a good"
    r" way|best (?:possible )?way|to use|nostalgi\w*|to me|as a (?:user|customer|fan|regular|reader|listener|viewer))\b"
)


def _too_familiar(found: Found) -> bool:
    """ "The new spots that went live last week felt very familiar; I'll take it as a compliment", after a rejection."""
    if not found.words.endswith(("familiar", "flattery")):
        return _like_my_pitch(found)
    if found.words.endswith("flattery"):
        # Their thing said to copy the writer's, not "as my mentor used to say", the writer copying them, or a likeness
        # between third parties praised ("similar to the famous one in Lisbon, and it works beautifully here").
        before = found.neighbour(-1)
        return (
            re.search(r"\b(?:i|i['’]ve|i have|my|as \w+ say)\b", found.sentence) is None
            and _LIKE_MINE.search(before) is not None
            and _MINE_IS_LIKE.search(before) is None
            and _WARM.search(found.sentence) is None
            and _PRAISE.search(found.sentence) is None
        )
    context = found.sentence + " " + found.neighbour(1)
    return (
        _LAUNCHED.search(found.sentence) is not None
        and _DRY.search(context) is not None
        and _PLAIN_REASON.search(found.sentence) is None
        and _PRAISE.search(found.sentence) is None
    )


_PRAISE = LazyPattern(
    r"\b(?:loved|enjoyed|lovely|wonderful|delighted|great|brilliant|kind|supportive|welcoming|friendly|proud|fantastic"
    r"|impressive|impressed|(?:nobody|no one) (?:ever )?(?:wants to leave|leaves))\b"
)


# "The final round is likely a formality after how the technical interview went" presumes the writer will win, which
# the boasting rule reads; "I hope the last interview is a formality" hopes so. "Given the way the internal candidate
# was introduced" is a jab's evidence, not the writer's favour.
_IN_MY_FAVOUR = LazyPattern(
    r"\s*,?\s*(?:after|given|considering|judging by|on the strength of) (?:how (?:well )?(?:my|our|i|we|the"
    r" (?:technical|first|last|second|earlier|practical))|my|our)\b"
)
_HOPED_BEFORE = LazyPattern(r"\b(?:hopefully|i hope|i['’]m hoping|i am hoping|fingers crossed)\b")
# "The reference check is just a formality", "just a formality, the right-to-work check": paperwork, which is one, not
# an interview held for show.
_PAPERWORK = (
    r"(?:references?|reference checks?|checks?|medical|paperwork|dbs|vetting|clearance|background|contracts?|signing"
    r"|signature|forms?|induction|probation|right[- ]to[- ]work|visa|onboarding|sign-off|approval|formalities|documents"
    r"|passport|p45|payroll)"
)
_PAPERWORK_BEFORE = LazyPattern(r"\b" + _PAPERWORK + r"(?:\s+[\w'’-]+){0,4}\s+$")
_PAPERWORK_AFTER = LazyPattern(r"^[^.;!?]{0,60}?\b" + _PAPERWORK + r"\b")
# "You mentioned the final meeting is mostly a formality": their reassurance passed on before a decision.
_THEY_SAID = LazyPattern(
    r"\b(?:you|your(?: [\w-]+){1,2}|the (?:recruiter|coordinator|agency|hiring manager))(?:, \w+,)? (?:said|says"
    r"|mentioned|told me|explained|assured me|reassured me|confirmed|put it)\b|\bas you (?:said"
    r"|put it|explained|mentioned)\b|\bi (?:gather|understand|hear|heard|was told)\b|\bas \w+ (?:said|explained"
    r"|mentioned|put it)\b|\bper your\b|\b(?:for saying|to hear)\b|\b(?:they|you) tell me\b"
)
# What takes a reassurance back: "you told me it was a formality, yet three weeks later I still have no answer".
_SAID_THEN_BROKEN = LazyPattern(
    r"\b(?:yet|but|however)\b[^.!?]*\b(?:still|no (?:answer|reply|word|news|decision)|nothing|weeks|months"
    r"|silence|instead|someone else|internal)\b"
)
# Not a verdict on their process: a question with its alternative ("a formality, or should I prepare"), a condition
# ("if it is just a formality, could I..."), the writer's belief denied or revised ("nobody should think...", "I used to
# think..., but"), or another employer's stage.
_NOT_A_VERDICT_BEFORE = LazyPattern(
    r"\b(?:even )?if\b(?:(?!\b(?:was|were|had been)\b)[^.;!?])*$"
    r"|\b(?:nobody|no one|never|(?<!hard )(?<!difficult )not|don['’]t|doesn['’]t)\b[^.;!?]*\b(?:think|treat\w*"
    r"|assum\w*|consider\w*|see)\b[^.;!?]*$"
    r"|\b(?:other|another) (?:firm|company|employer|organi[sz]ation|school|practice|hospital)\b"
)
_NOT_A_VERDICT_AFTER = LazyPattern(
    r"^,? or\b|^[^.!?]*\bor (?:a|an) (?:full|proper|real|formal)\b|^[^.;!?]{0,40}\bwith the other\b"
)
# A belief the writer has since revised: "I used to think the final round would be a formality, but your team...".
_REVISED = LazyPattern(r"\bi (?:used to|once) (?:think|thought|assume|believe)\b[^.!?]*\bbut\b")
# The writer taking the stage seriously all the same, before a decision: "I'm preparing as if it were a full interview".
_PREPARING_ANYWAY = LazyPattern(
    r"\b(?:i['’]m|i am|i['’]ll|i will|i['’]d like to|i want to) (?:still |be )?prepar\w* (?:properly|as if|as seriously"
    r"|fully|thoroughly|for it as)|\bprepar\w* as if it (?:were|was|isn['’]t)\b"
)


def _formality_not_sham(found: Found) -> bool:
    """A formality the writer hopes or presumes will go their way, a formality of paperwork, their own word, a question
    or condition, a belief denied, or another employer's stage."""
    if "formalit" not in found.words:
        return False
    rest, before = _rest(found), found.sentence_before
    said = _THEY_SAID.search(found.sentence) is not None and _SAID_THEN_BROKEN.search(rest) is None
    return (
        _IN_MY_FAVOUR.match(rest) is not None
        or (found.kind not in AFTER_REJECTION and _HOPED_BEFORE.search(before) is not None)
        or _PAPERWORK_BEFORE.search(before[-60:]) is not None
        or _PAPERWORK_AFTER.search(rest) is not None
        or (found.kind not in AFTER_REJECTION and said)
        or _NOT_A_VERDICT_BEFORE.search(before) is not None
        or _NOT_A_VERDICT_AFTER.search(rest) is not None
        or _REVISED.search(found.sentence) is not None
        or (found.kind not in AFTER_REJECTION and _PREPARING_ANYWAY.search(found.sentence) is not None)
    )


def _sham(found: Found) -> bool:
    """The writer's own interview for show: not "a manager in name only at my last job", or how all are interviewed."""
    if not unsoftened(found) or _formality_not_sham(found):
        return False
    words = found.words
    if words in ("in name only", "a paper exercise", "window dressing", "window-dressing") or "sake" in words:
        # "I was a manager in name only at my last job", "a paper exercise on budgeting, really engaging"
        if re.search(r"\b(?:i|i['’]m|i was|i['’]ve|my)\b", found.before) is not None:
            return False
        if re.match(r"\s+(?:on|in|about|covering)\b", found.after[len(words) :]):
            return False
        return re.search(r"\b(?:enjoy\w*|engag\w*|loved|interesting)\b", found.sentence) is None
    if words.startswith(("shortlisted", "interviewed", "invited", "included", "seen")):
        # "All second-round candidates are interviewed twice for comparison" is how they do it.
        return (
            re.search(r"\b(?:i|we)\s+(?:\w+\s+){0,3}$", found.before) is not None
            or re.search(r"\b(?:me|us)\b", words) is not None
        )
    return True


def _not_thanking(found: Found) -> bool:
    """Not in a sentence of thanks: "thank you for the effort you put in" praises them."""
    return unsoftened(found) and THANKS.search(found.sentence) is None


def _time_wasted(found: Found) -> bool:
    # Before their decision, telling them what the interview cost you is guilt, which the pressure rule reads;
    # calling it a waste is blame whenever it is said.
    if found.kind is not Kind.STAY_IN_TOUCH and "wast" not in found.words:
        return False
    if found.words.startswith("took") and _GLADLY_GIVEN.search(_rest(found)) is not None:
        return False  # "I took a day off for it, and it was time well spent."
    return _not_thanking(found)


# What they did meant a lot to the writer: "a form letter is all most expect, so your note meant a lot".
_MEANT_A_LOT = LazyPattern(r"\bmeant (?:so much|a lot|a great deal)\b(?! less)|\bstood out to me\b")
_GLADLY_GIVEN = LazyPattern(
    r"\b(?:time well spent|worth it|glad i did|(?:gladly|happily) do it again)(?: for (?:a|the) (?:team|company|role"
    r"|job|chance)\b[^.!?;]*)?(?=\s*[.!;]|\s*$)"
)


# "The honest reason I applied": the writer's own reason, not one asked of them.
_OWN_REASON = LazyPattern(r"\s+(?:(?:why|that) )?(?:i|we)\b")


def _demands_account(found: Found) -> bool:
    if _OWN_REASON.match(found.after[len(found.words) :]) is not None:
        return False
    return _not_thanking(found) and _POLITE_ASK.search(found.sentence) is None


_SURPRISE = LazyPattern(
    r"surprised|shocked|baffled|stunned|puzzled|perplexed|confused|bewildered|mystified|astonished"
    r"|amazed|dismayed"
)
_DECISION = LazyPattern(
    r"\b(?:decision|outcome|news|result|chosen|chose|choice|selected|rejected|unsuccessful|successful|went with|hired"
    r"|picked|not moving|another candidate|someone else)\b"
)


# The writer taking it on trust, drily: "I'm sure it", "no doubt", "must have".
_ONLY_ASSUMED = LazyPattern(
    r"\b(?:i['’]m sure|i am sure|no doubt|doubtless|presumably|i suppose|i imagine|i expect|i guess|i assume|only"
    r" assume|must)\b"
)


_ACCEPTS = LazyPattern(r"\b(?:i|we) (?:fully |completely |do )?(?:understand|respect|accept|agree)\b")
_ADVERBS = ("evidently", "apparently", "clearly", "obviously")
# "how clearly", "so obviously": the adverb says how they did something.
_DEGREE_BEFORE = LazyPattern(r"\b(?:how|so|very|as|more|most|really|quite)\s+$")
_ADVERB_VERDICT = LazyPattern(
    r"\b(?:took|preferred|wanted|decided|chose|went (?:with|for)|felt|thought|saw (?:it|things) differently"
    r"|(?:another|a different) view|disagreed|had other ideas|valued|someone else|less|fewer|overlooked|ignored)\b"
)


def _judges_decision(found: Found) -> bool:
    if not unsoftened(found) or _ACCEPTS.search(found.sentence):
        return False  # "hard to accept, but I understand your decision" accepts it
    if found.words.startswith(("i would have", "i'd have")):
        return _CONTRAST.search(found.sentence) is not None
    if found.words.startswith(_ADVERBS):
        if _DEGREE_BEFORE.search(found.before):
            return False  # "I appreciated how clearly you explained it" praises the way they did it
        # "Evidently the panel took another view" judges; "clearly the panel had a strong field, and I'm grateful"
        # and "apparently the team is growing" do not.
        return THANKS.search(found.sentence) is None and _ADVERB_VERDICT.search(found.after) is not None
    if _SURPRISE.search(found.words):
        return "pleasantly" not in found.sentence and _DECISION.search(found.sentence) is not None
    return True


_SUSPICION = LazyPattern(
    r"\b(?:suspect|think|thought|feel|felt|believe|guess|assum|imagin|gather|sens|seem|clear|obvious|know|knew"
    r"|suggest|appear|impression|wonder|fair idea(?! of))\w*"
)


def _about_them(found: Found) -> bool:
    """About what they did, or what the writer suspects of them: not "I have been keen all along"."""
    if not unsoftened(found) or _formality_not_sham(found):
        return False
    return found.clause.subject is not Person.WRITER or _SUSPICION.search(found.clause_text) is not None


_YOU_BEFORE = LazyPattern(r"\b(?:you|your|they|the company|the panel|the team)\b")
_WRITER_BEFORE = LazyPattern(r"\b(?:i|i['’]ve|i have|i['’]d|i had|we|we['’]ve)\b")


# "My inbox has been slightly ridiculous", "a slightly absurd week": the writer's own life, not their process.
_LIFE_WORDS = ("ridiculous", "absurd", "chaotic")
_LIFE_AFTER = LazyPattern(r"\s+(?:week|day|month|year|morning|afternoon|evening|fortnight|few (?:days|weeks|months))\b")
# "the thoughtful way the interview was run" praises it.
_KIND_BEFORE = LazyPattern(
    r"\b(?:thoughtful|kind|warm|considerate|careful|smooth|efficient|clear|friendly|welcoming|generous|respectful"
    r"|fair|lovely|great|excellent|brilliant|professional)\s+$"
)


def _own_lateness(found: Found) -> bool:
    """ "When I arrived fifteen minutes late": the writer's own lateness, which blames nobody."""
    return found.words.startswith(("arrived", "was ", "came", "joined", "ran ")) and (
        found.clause.subject is Person.WRITER or re.search(r"\bi\s+$", found.before) is not None
    )


# "Things have gone quiet, which is understandable": a kind reading of the silence.
_KIND_READING = LazyPattern(
    r"\b(?:understandabl[ey]|no doubt|i'm sure|i am sure|i imagine|i expect|must be busy"
    r"|(?:may|might) (?:simply |just )?have|probably|perhaps)\b"
)
# Something that went wrong on the day, taken in good part: "but you never once made me feel rushed".
_TAKEN_WELL = LazyPattern(
    r"\b(?:but|though|although|yet|and|so)\b.*\b(?:kind\w*|patien\w*|calm\w*|humou?r|grace\w*|brilliant\w*|lovely"
    r"|generous\w*|enjoy\w*|best|admir\w*|no (?:harm|problem|trouble|difference)|(?:didn't|did not) matter|made up for"
    r"|never (?:once )?(?:made me feel|felt) rushed)\b"
)
# What a late start cost the writer, if the sentence says.
_LATE_COST = LazyPattern(
    r"\b(?:cut|never reached|didn't reach|did not reach|ran out|threw|bear in mind|compressed|squeezed|shame|missed"
    r"|couldn't|could not|lost|shortened|rushed)\b"
)
# "We began twenty minutes late. You made up for it with a brilliant tour."
_MADE_UP_FOR = LazyPattern(
    r"\b(?:made up for|never (?:once )?(?:made me feel|felt) rushed|(?:didn't|did not) matter|no difference"
    r"|(?:barely|hardly) noticed)\b"
)
_NEVER_RUSHED = LazyPattern(r"\b(?:never|not|didn't|did not)(?: \w+){0,4} rushed\b")
# "If no one has been in touch yet", "in case my form slipped through the cracks": a possibility, not a charge.
_IN_CASE_BEFORE = LazyPattern(r"\b(?:if|in case|whether|unless|in the event|perhaps|may have|might have)\b")
# The writer's own plans and commitments, which a cancellation of theirs may move: "my flight", "my shifts".
_MY_OWN_THING = LazyPattern(
    r"\bmy (?:\w+ )?(?:flight|train|bus|ferry|coach|shifts?|rota|exams?|class|classes|lectures?|hospital|appointments?"
    r"|surgery|operation|lift|car|childcare|connection|lessons?|seminar|placement|wedding|holiday)\b"
)
# An alarm or a storm is nobody's diary: "the fire alarm certainly wasn't in anyone's diary".
_ACT_OF_NATURE = LazyPattern(r"\b(?:alarm|storm|snow|power cut|flood|outage|emergency|strike|downpour|weather)\b")
# "I've rearranged my shifts again so that I can make Thursday": the writer's willingness.
_SO_I_CAN = LazyPattern(
    r"\b(?:so (?:that )?(?:i can|i could|i['’]m|i am|i['’]ll|i will)|to (?:make|fit|be|attend|accommodate)"
    r"|(?:i['’]m|i am) (?:now )?(?:fully |completely )?(?:free|available|flexible))\b"
)
_RESPECTED = LazyPattern(
    r"\b(?:respect\w*|honou?r\w*|kept to|happy (?:for|to)|welcome to|free to|fine to|can now|may now|now be)\b"
)


# "The projector appeared to have switched off by itself": a machine, not a mind.
_DEVICE_BEFORE = LazyPattern(
    r"\b(?:projector|screen|laptop|monitor|alarm|lights?|heating|machine|power|system|display|tv|camera|mic|microphone"
    r"|speakers?|fan|printer|kettle|phone|tablet|router|wifi|wi-fi|link|call|app|it)\s+(?:\w+\s+){0,2}$"
)


def _late_taken_well(found: Found) -> bool:
    """ "Even though we started late, you never once made me feel rushed" takes a late start in good part."""
    sentence, after = found.sentence, found.neighbour(1)
    taken_well = _TAKEN_WELL.search(sentence) is not None or _MADE_UP_FOR.search(after) is not None
    return taken_well and _LATE_COST.search(_NEVER_RUSHED.sub("", sentence + " " + after)) is None


def _switched_off(found: Found) -> bool:
    return re.search(r"(?:switched|checked|zoned|tuned) (?:off|out)$", found.words) is not None


def _rest(found: Found) -> str:
    """The sentence after the match."""
    return found.after[len(found.words) :]


# "sent me to the old site to see the kilns": a visit, not a wrong turning.
_VISIT_AFTER = LazyPattern(r"\s+(?:to (?:see|meet|look|visit|collect|pick)|for (?:a|the) (?:tour|visit|look)|where)\b")


# "I was not at my best", "the kind of first impression I wanted": words of _TAKEN_WELL that take nothing well.
_NOT_TAKEN_WELL = LazyPattern(
    r"\b(?:not|never|hardly|barely|scarcely|n['’]t)\b(?:\s+[\w'’]+){0,3}?\s+best\b|\bkind of\b"
)


def _taken_well(sentence: str) -> bool:
    return _TAKEN_WELL.search(_NOT_TAKEN_WELL.sub("", sentence)) is not None


# Who sent the writer astray, named just before: "your recruitment team sent me", "you emailed me".
_THEIR_SENDER = LazyPattern(
    r"\b(?:you|your|they|their|the (?:recruit\w*|coordinator|agency|hr|hiring manager|panel|team|staff))\s+"
    r"(?:[\w'’-]+\s+){0,3}$"
)
# Not theirs to answer for: "the satnav sent me", "the booking system emailed me".
_OTHER_SENDER = LazyPattern(
    r"\b(?:satnav|sat-nav|maps|google|gps|taxi|driver|cab|hotel|lift|app|system|portal|website|guard|security)\b"
)
# "I was directed to the wrong building by your own staff".
_BY_THEM = LazyPattern(
    r"\s+(?:[\w-]+\s+){0,2}by (?:you|your|their|the (?:recruit\w*|coordinator|agency|hr|hiring manager|panel|team"
    r"|staff))\b"
)
_SENT_WRITER = LazyPattern(r"\b(?:i|we) (?:was|were|got|had been)\s+$")
# A wrong address or date held against them, or what it cost: "which set the tone", "I arrived flustered".
_MISDIRECTION_COST = LazyPattern(
    r"\b(?:frankly|set the tone|typical\w*|again|twice|had to|flustered|late|lost|missed|cost|wasted|hardly"
    r"|through no fault|(?:no|without (?:an|any)) apology)\b"
)


def _not_a_slip_forgiven(found: Found) -> bool:
    """Not "if I was given the wrong date", a visit ("sent me to the old site to see the kilns"), or a slip taken
    well ("but Anna came down to find me, which was very kind")."""
    return (
        _IN_CASE_BEFORE.search(found.sentence_before) is None
        and not _taken_well(found.sentence)
        and _DELIGHTED.search(found.sentence) is None
        and _VISIT_AFTER.match(_rest(found)) is None
    )


def _misdirected(found: Found) -> bool:
    """ "Your recruitment team sent me to the old office", "I was directed to the wrong building by your own staff":
    sent astray by their people, not by "the satnav", "the hotel" or "the booking system"."""
    if " me " not in found.words:
        # Said of the writer, who was sent: "I was directed to", not "I sent it to the wrong address".
        by_them = _SENT_WRITER.search(found.before) is not None and (
            _BY_THEM.match(_rest(found)) is not None
            or (_MISDIRECTION_COST.search(found.sentence) is not None and _OTHER_SENDER.search(found.sentence) is None)
        )
    else:
        sender = _THEIR_SENDER.search(found.before)
        by_them = sender is not None and _OTHER_SENDER.search(sender.group()) is None
    return by_them and _not_a_slip_forgiven(found)


def _document_misled(found: Found) -> bool:
    """ "Frankly the invitation still had the wrong address, which set the tone": held against them, not a heads-up
    ("the calendar entry still had the previous address, in case it catches out the next candidate") or a query."""
    return _MISDIRECTION_COST.search(found.sentence) is not None and _not_a_slip_forgiven(found)


def _wrong_details(found: Found) -> bool:
    """ "Your coordinator gave me the wrong time, so I was not at my best"; not "if I was given the wrong date", nor
    "the panel gave me the wrong brief, but it made no difference"."""
    return _IN_CASE_BEFORE.search(found.sentence_before) is None and not _taken_well(found.sentence)


def _nobody_did(found: Found) -> bool:
    """ "Nobody got back to me"; not "if no one has been in touch yet", "nobody could have followed up more kindly",
    or "nobody has replied to her yet, but she may simply have missed it"."""
    if "bother" in found.words:
        return True  # "if no one can be bothered to reply" is scorn, however it is put
    return (
        _IN_CASE_BEFORE.search(found.sentence_before) is None
        and re.search(r"\b(?:could(?! tell)|would|can|might|may)\b", found.words) is None
        and ("could tell" not in found.words or re.search(r"\bstill\s+$", found.before) is not None)
        and _KIND_READING.search(found.sentence) is None
    )


def _without_a_word(found: Found) -> bool:
    """ "Rejected without any explanation"; not "without a notice period", "no explanation is needed", "if you decide
    without a reason", nor an alarm that went off without warning and was calmly handled."""
    if re.match(r"\s+(?:period|is |was |needed|necessary|required|being)", _rest(found)):
        return False
    sentence = found.sentence
    return (
        THANKS.search(sentence) is None
        and _DELIGHTED.search(sentence) is None
        and _TAKEN_WELL.search(sentence) is None
        and re.search(r"\b(?:if|unless|whether)\b", found.before) is None
    )


def _their_plans_moved(found: Found) -> bool:
    """ "The interview was moved three times"; not "my flight was moved at the last minute again", "the first two dates
    were moved at my request", or "I loved hearing how the launch had been postponed three times"."""
    return (
        _MY_OWN_THING.search(found.sentence_before) is None
        and _OWN_SIDE.search(found.sentence) is None
        and _DELIGHTED.search(found.sentence) is None
    )


# "My references were contacted without my consent" says it was done; "I'd ask that they aren't contacted without my
# consent", "it can be moved without anyone asking me" ask or offer.
_DONE_BEFORE = LazyPattern(
    r"\b(?:was|were|had been|have been|has been|got|they|they['’]d|they had|you|you['’]d|you had|hr|someone|somebody"
    r"|he|she|your(?: [\w-]+){1,3}|the [\w-]+(?: [\w-]+)?)(?: already| just| then| simply| quietly)?\s+$"
)
# An ask or an offer just before the verb: "please don't", "if they could be", not "I can't believe you".
_ASKED_BEFORE = LazyPattern(
    r"(?:\b(?:if|unless|please|would|could|may|might|should|can)\b(?!['’])|\b(?:won|don|aren|isn)['’]t\b|\bnot be"
    r"|\bnever be)(?:\s+[\w'’-]+){0,3}\s*$"
)


# "In my last job, rotas were moved without anyone telling me": the writer's past, not their process.
_MY_PAST_JOB = LazyPattern(
    r"\b(?:(?:in|at) my (?:last|previous|old|former|first) (?:job|role|post|employer|company|workplace|team)|my (?:last"
    r"|previous|old|former) (?:employer|manager|boss|job|company|workplace)|at (?:university|uni|college|school))\b"
)
# The writer's own people, whom a note may tell things or whose part is theirs, not the employer's.
_MY_PEOPLE = LazyPattern(
    r"\bmy (?:current |own )?(?:references?|referees?|manager|boss|employer|team|family|partner|tutor|advis[eo]r"
    r"|supervisor|mentor|agency|agent|recruiter)\b"
)
# What the employer does with a candidate: "my referees", "my details", "the reference checks", "the interview".
_THEIR_BUSINESS = LazyPattern(
    r"\bmy (?:current |line |present )?(?:references?|referees?|manager|boss|employer|application|details|cv"
    r"|personal details|contact details|data|file|test results?|interview|offer|start date)\b"
    r"|\b(?:reference|background|pre-employment|dbs|vetting|security) checks?\b"
    r"|\b(?:the|your|our|my) (?:[\w-]+ )?(?:interview|assessment|panel|trial|offer|contract|start date|call)s?\b"
)
# A thing of the writer's own done by someone else, told as a heads-up: "my parking permit was cancelled", "the
# hotel moved my booking"; not their business ("my referees were contacted").
_MY_OWN_ERRAND = LazyPattern(
    r"\bmy (?:own |old |new )?(?!(?:current |line |present )?(?:references?|referees?|manager|boss|employer"
    r"|application|details|cv|personal|contact|data|file|test|interview|offer|start)\b)[\w-]+"
)
_HEADS_UP = LazyPattern(
    r"\b(?:just so you know|so please|please (?:use|note)|which is (?:why|the only reason)|which means"
    r"|so i (?:may|might|am|['’]m|will|['’]ll|can)|if that helps|all worked out)\b"
)


def _behind_back(found: Found) -> bool:
    """Done to the writer's application behind their back ("HR contacted my referees without my consent"), not an
    errand of the writer's own ("my parking permit was cancelled without anyone telling me, so...") or an ask."""
    sentence, words = found.sentence, found.words
    if re.match(
        r"(?:contacted|called|rang|rung|phoned|emailed|approached) my (?:current )?(?:manager|employer|boss"
        r"|referee|reference)",
        words,
    ):
        return True  # the older phrase: their call to the writer's people says it all
    done_to = found.before + " " + words[: words.find("without")]
    # Thanks that a "but" does not take back: "thank you, but you contacted my manager" still blames.
    thanked = (
        THANKS.search(sentence) is not None
        and re.search(r"\b(?:thank\w*|appreciat\w*|grateful)\b[^.!?]*\b(?:but|however|yet)\b", sentence) is None
    )
    return (
        _MY_PAST_JOB.search(sentence) is None
        and _DONE_BEFORE.search(found.before) is not None
        and _ASKED_BEFORE.search(found.before) is None
        and _THEIR_BUSINESS.search(sentence) is not None
        and _MY_OWN_ERRAND.search(done_to) is None
        and _HEADS_UP.search(sentence) is None
        and not _taken_well(sentence)
        and _DELIGHTED.search(sentence) is None
        and not thanked
    )


# Phrasings of the people-or-process cue whose context decides, each with the test of when it counts.
_PROCESS_TESTS: tuple[tuple[Pattern, Callable[[Found], bool]], ...] = (
    (
        LazyPattern(
            r"\bwithout (?:anyone|anybody|someone|you|your team|the recruiter|the agency|my|(?:first )?(?:telling"
            r"|asking|informing|warning|letting|checking with|consulting|mentioning it to|clearing it with) me"
            r"|(?:so much as )?a (?:word|call|message|warning|heads-up) to me)\b"
        ),
        _behind_back,
    ),
    # "Gave me the wrong time" counts unless taken well; the places and papers ask who sent the writer astray.
    (
        LazyPattern(
            r"^(?:gave|given|sent|told) (?:me )?(?:the )?(?:wrong|incorrect|outdated|misleading|inaccurate)"
            r" (?:information|brief|details|time|date|address|job description|salary)\b"
        ),
        _wrong_details,
    ),
    (
        LazyPattern(
            r"^(?:(?:sent|directed|gave|given|emailed|booked) me|sent|directed|booked) (?:to |for )?(?:the )?(?:wrong"
            r"|incorrect|old|outdated|out-of-date|previous|former) "
        ),
        _misdirected,
    ),
    (
        LazyPattern(
            r"^(?:invitation|invite|confirmation|email|letter|booking|calendar entry)\b.* the (?:wrong|incorrect|old"
            r"|outdated|out-of-date|previous|former) "
        ),
        _document_misled,
    ),
    (LazyPattern(r"^(?:no one|nobody|none of them|none of you|not one person) "), _nobody_did),
    (LazyPattern(r" (?:late|over)$"), lambda found: not _late_taken_well(found)),
    (LazyPattern(r"^(?:without|with no|given no|and no)\b"), _without_a_word),
    # "two conflicting dates from my current employer"
    (LazyPattern(r"contradict|conflict|inconsistent"), lambda found: _OWN_SIDE.search(found.sentence) is None),
    # "We debated whether the two forecasts can't both be right"
    (
        LazyPattern(r"both be (?:right|true|correct|accurate)$"),
        lambda found: (
            _DELIGHTED.search(found.sentence) is None
            and re.search(r"\b(?:debat|discuss|argu|jok)\w*", found.sentence) is None
        ),
    ),
    # "I'll settle on one version before I send it" is the writer's own.
    (
        LazyPattern(r"^settle on"),
        lambda found: re.search(r"\byou\b", found.sentence_before.replace("thank you", "")) is not None,
    ),
    # "The fire alarm certainly wasn't in anyone's diary, but you handled it with great humour."
    (
        LazyPattern(r"(?:diary|calendar)$"),
        lambda found: (
            _TAKEN_WELL.search(found.sentence) is None and _ACT_OF_NATURE.search(found.sentence_before) is None
        ),
    ),
    # "gave me pause about how my own team is run" reflects on the writer's own work.
    (
        LazyPattern(r"\bpause\b"),
        lambda found: (
            re.search(r"\b(?:my|our)\b", found.words) is None
            and re.search(r"\b(?:in|at) my\b|\bmy own\b", _rest(found)) is None
        ),
    ),
    # "I didn't know about the scheme until Tom mentioned it": how the writer heard of it.
    (
        LazyPattern(r"^(?:didn't|did not|don't|doesn't|does not) .*\b(?:know|aware|heard)\b"),
        lambda found: (
            _WRITER_DID.search(found.before) is None and re.search(r"\b(?:until|till|before)\b", _rest(found)) is None
        ),
    ),
    # "In case my form slipped through the cracks as well, I attach another copy."
    (
        LazyPattern(r"^(?:slipped|fell|slips|falls|slipping|falling) "),
        lambda found: _IN_CASE_BEFORE.search(found.sentence_before) is None,
    ),
    # "I've rearranged my shifts again so that I can make Thursday" offers; "I've rearranged my work twice" complains.
    (
        LazyPattern(r"^(?:i've|i have|i had) .*\b(?:rearranged|reorgani[sz]ed|moved|reshuffled)\b"),
        lambda found: _SO_I_CAN.search(_rest(found)) is None,
    ),
    (
        LazyPattern(r"\b(?:moved|cancell?ed|changed|rescheduled|pulled|postponed|delayed|pushed back)\b"),
        _their_plans_moved,
    ),
    # "I had asked that my manager not be contacted, and I was grateful you respected that."
    (
        LazyPattern(r"\b(?:contacted|approached|called)$"),
        lambda found: THANKS.search(found.sentence) is None and _RESPECTED.search(_rest(found)) is None,
    ),
    (
        LazyPattern(r"(?:switched|checked|zoned|tuned) (?:off|out)$"),
        lambda found: _DEVICE_BEFORE.search(found.sentence_before) is None,
    ),
    # "then it went very quiet", not a hush in the room; papers lost at their end, not in my bag
    (
        LazyPattern(r" (?:quiet|silent)$"),
        lambda found: (
            _KIND_READING.search(sentence := found.sentence) is None
            and _OWN_SIDE.search(sentence) is None
            and _ACT_OF_NATURE.search(sentence) is None
            and (
                found.words.split()[-2] in ("went", "gone", "going", "go")
                or re.search(r"\b(?:then|since)\b", found.sentence_before + _rest(found)[:7]) is not None
            )
        ),
    ),
    (
        LazyPattern(r"(?:missing|lost|disappearing)$| though your "),
        lambda found: re.search(r"\b(?:in(?:to)? my\b(?! file)|if|may have)|\bmy own", found.sentence) is None,
    ),
    (
        LazyPattern(r"^(?:after|following) |\b(?:lose|lost|misplaced?|mislaid|ate) my\b"),
        lambda found: (
            _OWN_SIDE.search(sentence := found.sentence) is None
            and _MY_OWN_THING.search(sentence) is None
            and (
                found.words.startswith(("after", "following"))
                # A form lost more than once or "somehow", not once and sorted: "managed to lose my form twice"
                or (
                    re.search(r"\b(?:managed to|somehow|twice|three times|yet again)\b", sentence) is not None
                    and THANKS.search(sentence) is None
                    and _TAKEN_WELL.search(sentence) is None
                )
            )
        ),
    ),
)


def _blames_process(found: Found) -> bool:
    """Their people or process blamed: not apologised for, not the writer's own lateness, plans or willingness."""
    if not unsoftened(found) or _own_lateness(found):
        return False
    if _APOLOGISING.search(sentence := found.sentence) is not None or _MEANT_A_LOT.search(sentence) is not None:
        return False
    counts = next((test for pattern, test in _PROCESS_TESTS if pattern.search(found.words)), None)
    return counts is None or counts(found)


# "Due to a system error", "a booking mix-up": nobody's slip in particular, unless the sentence says it was theirs.
_IMPERSONAL_SLIP = LazyPattern(r"(?:because of|due to|owing to|caused by|down to|the result of) an? ")
_THEIRS = LazyPattern(r"\b(?:your|their|the (?:company|agency|recruiter|team|panel|firm)['’]s)\b")


def _tells_their_story(found: Found) -> bool:
    """ "You made the mistake sound like the best thing that happened", "how the team made a mistake and learned"."""
    return (
        re.match(r"\s+(?:sound|seem|look|feel|appear)", _rest(found)) is not None
        or _MISTAKE_STORY.search(found.sentence_before) is not None
        or re.search(r"\blearn", found.sentence) is not None
    )


def _accuses(found: Found) -> bool:
    if found.words.startswith(("got", "get")) and "wrong" in found.words and _WRITER_BEFORE.search(found.before):
        return False  # "if I've got that wrong" owns the mistake
    if _IMPERSONAL_SLIP.match(found.words):
        return _THEIRS.search(found.sentence) is not None and _OWN_SIDE.search(found.sentence) is None
    if re.search(r" made (?:a|the) (?:\w+ )?(?:mistake|wrong)", found.words) and _tells_their_story(found):
        return False
    if (found.words in _LIFE_WORDS and (re.search(r"\bmy\b", found.before) or _LIFE_AFTER.match(_rest(found)))) or (
        # "I do the work of a paid coordinator at the food bank"
        (" paid " in found.words or "given away" in found.words) and re.search(r"\b(?:i|my)\b", found.before)
    ):
        return False
    # "the thoughtful way it was run"; questions off the job "which you said was deliberate"
    if (found.words.startswith(("way", "the way")) and _KIND_BEFORE.search(found.before)) or (
        re.search(r" (?:job|role|position|post)$", found.words)
        and (_DELIGHTED.search(found.clause_text) or re.search(r"\b(?:deliberate|on purpose|you said)", found.sentence))
    ):
        return False
    return not_negated(found) or found.words.startswith(("not ", "hardly", "isn't", "wasn't"))


def _warns_them(found: Found) -> bool:
    """ "I hope you don't come to regret it" after a rejection: a regret wished on them, not the writer's own.

    Before a decision, "you won't regret hiring me" is a boast, which the boasting rule reads.
    """
    return _YOU_BEFORE.search(found.before) is not None or found.clause.subject in (Person.READER, Person.OTHERS)


# The writer owning the misunderstanding: "because I rushed it", "sorry if my accent...", "I asked a badly put one".
_OWN_FAULT = LazyPattern(
    r"\b(?:sorry|apolog\w*|my fault|my mistake|(?:because|since|as )?i (?:rushed|asked|wasn't clear|was not clear"
    r"|didn't explain|did not explain|explained|phrased|worded|put it|mumbled|misspoke|spoke too|answered too))\b"
)


# The writer as the one who misunderstood: "I misread the brief".
_WRITER_MISREAD = LazyPattern(r"\bi (?:\w+ )?(?:misunderstood|misread|misheard|misinterpreted|got (?:it|that) wrong)\b")


def _says_they_misunderstood(found: Found) -> bool:
    """Not hedged, not the writer's own fault, and not the writer's own wrong impression ("I was working from..")."""
    if found.clause.hedged or _OWN_FAULT.search(found.sentence) is not None:
        return False
    return _WRITER_MISREAD.search(found.clause_text) is None


# The person they chose instead, however a note names them: "he", "whoever you hired", "the nurse you chose".
_CHOSEN = (
    r"(he|she|the person|whoever|your (new )?(hire|appointee|recruit|starter)|the successful (candidate"
    r"|applicant|[a-z]+)|the new (hire|appointee|recruit|starter)|the [a-z]+ (you|they) (chose|hired|picked|appointed"
    r"|selected|went with))"
)
# Words that bring the hire into a sentence: "he" alone may be anyone.
_HIRED = LazyPattern(
    r"\b(?:chose|chosen|hired|appointed|picked|selected|went with|successful|got the (?:job|role|post|position)"
    r"|offered the|new hire|appointee|instead|(?:congratulations|congrats) to)\b"
)


def _doubts_the_hire(found: Found) -> bool:
    """Unsoftened, with the hire in this sentence or the one before when the note says only "he" or "she"."""
    if not unsoftened(found) or re.search(r"\b(?:i['’]m|i am) (?:sure|confident)\b", _rest(found)):
        return False  # "... as they were at the assessment, and I'm sure they will be"
    if " grow into " in found.words and (
        _PRAISE.search(found.sentence) is not None
        or re.search(
            r"\b(?:you (?:said|mentioned|explained|told)|as you said|support|training|development|scheme)\b",
            found.sentence,
        )
    ):
        return False  # "she'll grow into it; she's a lovely person", or how the post is meant to work
    if not found.words.startswith(("he ", "she ", "hope he ", "hope she ", "hoping he ", "hoping she ")):
        return True
    return _HIRED.search(found.neighbour(-1) + " " + found.sentence) is not None


_APOLOGISING = LazyPattern(r"\b(?:sorry (?:again )?(?:for|about)|apologi[sz]e (?:again )?for|apologies for)\b")

# "I can send it whenever you need it": an offer, not "you'll need it".
_OFFERING_BEFORE = LazyPattern(r"\b(?:whenever|when|if|in case|as soon as|once|should|where|wherever)\s+$")


def _luck_for_them(found: Found) -> bool:
    """ "It will take rather a lot of luck" after a rejection; not "job hunting takes a lot of luck, so thank you"."""
    sentence = found.sentence
    return (
        found.kind in AFTER_REJECTION
        and THANKS.search(sentence) is None
        and re.search(r"\b(?:weather|rain|traffic|trains?)\b", sentence) is None
    )


# The writer owning what went wrong, which makes "lesson learned" sincere: "I'll admit my pitch may have had one pun too
# many", "I rushed the budget question".
_OWN_SLIP = LazyPattern(
    r"\bi(?:['’]ll| will| must| have to| do)? admit\b|\bmy (?:own )?[\w-]+(?: [\w'’-]+){0,4}"
    r" (?:may|might|probably|must) have\b|\b(?:my|on my) (?:fault|mistake|part|bad)\b"
    r"|\bmy (?:own )?(?:nerves|timing|pacing|answers?|pitch|demo|slides|presentation|portfolio|preparation|prep"
    r"|reading of)\b|\bi (?:rushed|overdid|over-?prepared|under-?prepared"
    r"|misjudged|misread|forgot|rambled|talked too|spoke too|went (?:on )?too|got carried|made (?:a|the|that) mistake"
    r"|should have (?:practi[sc]ed|prepared|checked|read|asked|slowed|kept|brought|rehearsed))\b"
    r"|\bi (?:\w+ )?(?:spilled|spilt|dropped|lost|missed|took the wrong|got lost|was late|ran late|left my|locked|broke"
    r"|overslept|mixed up|muddled)\b"
)
# A resolution about the writer's own habits after it: "lesson learned: always bring a spare pen".
_OWN_RESOLUTION = LazyPattern(
    r"^[,:;—–-]?\s*(?:and |so )?(?:i['’]ll|i will|next time,? i['’]ll|next time i|always|never) (?:\w+ )?(?:leave|bring"
    r"|arrive|check|double-check|set|ask|carry|pack|print|charge|plan|allow|test)\b"
)


def _lesson_owned(found: Found) -> bool:
    """ "Lesson learned" after the writer's own slip, in its sentence or the one before when it stands alone."""
    before = found.sentence_before
    context = before if before.strip(" ;:,—–-") else found.neighbour(-1)
    return _OWN_SLIP.search(context) is not None or _OWN_RESOLUTION.search(_rest(found)) is not None


# Their dates cancelled or moved, which "third time lucky" then ribs: moved by them ("your team shifted the date", "the
# two earlier dates were cancelled on your side"), not the writer's own errands, a wish for their launch, or a storm.
_THEIR_CANCELLING = LazyPattern(
    r"\b(?:you|they|your(?: [\w-]+){1,2}|the(?: [\w'’-]+){0,2} (?:interviews?|meetings?|calls?|dates?|panels?"
    r"|assessments?|slots?|trials?|sessions?|rounds?|appointments?))(?: (?:had|have|has|were|was|had been|have been"
    r"|has been|got|kept|then|just|again|already|twice))* (?:cancell?ed|moved|rescheduled|postponed|pushed back"
    r"|called off|bumped|pulled|chang(?:ed|ing)|shift(?:ed|ing)|fell through)\b"
    r"|\b(?:on|from|by) your (?:side|end|office|team|part)\b"
)
_NOT_THEIR_CANCELLING = LazyPattern(
    r"\bi (?:\w+ ){0,3}(?:had to |needed to )?(?:cancel|move|reschedul|postpon|push|call|ask|request)\w*"
    r"|\b(?:my|our) (?:own )?(?:side|end|part|request|fault)\b|\bfor me\b|\bappl\w*|\btr(?:y|ied)\b|\battempts?\b"
    r"|\b(?:train|flight|bus|taxi|coach|ferry|tram|weather|storm|snow|strike|illness|ill|unwell|flu|covid|fire alarm"
    r"|power cut)\b|\b(?:nothing|no need)\b|\bi hope\b|\bfor all of us\b"
)


def _third_time_rib(found: Found) -> bool:
    """ "Third time lucky" after two dates they moved; not after the writer's own applications or a storm."""
    context = found.neighbour(-1) + " " + found.sentence
    return _THEIR_CANCELLING.search(context) is not None and _NOT_THEIR_CANCELLING.search(context) is None


# What a trialist is kept to when nobody lets them cook: a chore or a tool, not a stage or a station to learn at.
_CHORE = LazyPattern(
    r"\b(?:carrots?|potato(?:es)?|onions?|veg\w*|peelers?|graters?|washing[- ]up|dishes|sinks?|mops?|mopping|bins?"
    r"|tea|kettle|photocopier|photocopying|filing|shredd\w*|garnish\w*|sweeping|stapler|post ?room|coffee(?: run)?)\b"
)
_KEPT_TO = LazyPattern(r"\b(?:further than|beyond|past|more than|other than) (?:the|a|an) ")
# Sincere wishes for whoever comes next: a comparison with the writer ("faster than I did"), praise, or their plan.
_NEXT_WISHED_WELL = LazyPattern(
    r"\b(?:faster|quicker|sooner) than\b|\bthan (?:i|me)\b|\bas i (?:did|was|had)\b|\bmyself\b|\bi was (?:so|too)\b"
    r"|\b(?:best|fun|brilliant|wonderful|kindly|patient|vividly|admir\w*|planned|enjoy\w*|loved?|as your \w+"
    r"|on the tour)\b"
)


def _menial_only(found: Found) -> bool:
    """ "I hope the next person on trial gets further than the carrot grater" after a rejection: kept to a chore; not a
    stage ("past the technical round"), nor wishes that praise the station or laugh at the writer's own nerves."""
    sentence, kept = found.sentence, _KEPT_TO.search(found.words)
    return (
        found.kind in AFTER_REJECTION
        and kept is not None
        and _CHORE.search(found.words[kept.end() :]) is not None
        and _NEXT_WISHED_WELL.search(sentence) is None
        and _PRAISE.search(sentence) is None
    )


_SINCERE = LazyPattern(
    r"\b(?:pass on|please|warm(?:est)?|sincere(?:st)?|genuine(?:ly)?|heartfelt|my congratulations)\b"
)

# A format that rewards the wrong people: set against the right ones, or the loudest; not "rewards people who prepare,
# which I thought fair", nor the writer's own aim ("I'd like to practise, since it suits people who plan").
_WRONG_WINNER = LazyPattern(
    r"\b(?:rather than|instead of|more than|not (?:whoever|those|people|anyone|the ones)|over (?:whoever|those"
    r"|people|anyone)|loudest|fastest|quickest|pushiest|boldest|most confident|memori[sz]\w*|by heart|rehearsed"
    r"|polish(?:ed)?|talk(?:ed|s)? (?:the )?most)\b"
)
_FAIR_FORMAT = LazyPattern(
    r"\b(?:fair|fairly|sensible|makes sense|which is why|so i['’]ll|so i will|i (?:liked|loved|appreciated|enjoyed"
    r"|think that['’]s right|respect|agree)|rightly|quite right)\b"
)


def _faults_format(found: Found) -> bool:
    """Their format faulted; a format that rewards some people only when set against the right ones."""
    if re.search(r"\b(?:reward|favou?r|select)", found.words) is None:
        return not found.clause.hedged
    sentence = found.sentence
    return (
        not_negated(found)
        and _WRONG_WINNER.search(found.after) is not None
        and _FAIR_FORMAT.search(sentence) is None
        and _PRAISE.search(sentence) is None
        and THANKS.search(sentence) is None
    )


# What turns a lesson taken away into a sneer: "since that is clearly what gets people taken on", "even though it's
# four years behind me"; not "next time I'll bring a printed copy".
_LESSON_SNEER = LazyPattern(
    r"\b(?:clearly|apparently|evidently|obviously|seemingly) (?:is )?(?:what|how|the (?:way|thing|key|answer)"
    r"|(?:matters|counts|mattered|counted|wins|won) more)\b"
    r"|\b(?:is|that['’]s|was) (?:clearly |apparently |obviously )?what (?:really |actually )?(?:gets|counts|matters"
    r"|wins|impresses)\b"
    # Keeping quiet about something held against them: "next time I won't mention the operation, even though...".
    r"|\b(?:won['’]t|will not|shan['’]t|not) (?:mention|bother|bring up|tell|admit|disclose|say)\b[^.!?]*\b(?:even"
    r" though|despite)\b"
)
# A slow reply thanked for its speed: "only six weeks after the final round", "I had nearly forgotten I'd applied".
_LONG_AFTER = LazyPattern(
    r"\b(?:(?:three|four|five|six|seven|eight|nine|ten|twelve|several|many|\d+) (?:weeks|months)|months)"
    r" (?:after|since|later|on|from)\b|\bforgotten (?:that )?i\b"
)
# "after the last few months" set against another employer, not the writer's own job hunt or a move.
_ELSEWHERE_CONTRAST = LazyPattern(
    r"\b(?:refreshing|a (?:nice|welcome|pleasant) change|breath of fresh air|unlike|it can be done|so it is possible"
    r"|so it['’]s possible)\b"
)
# "As I've come to expect from your team, it was clear and helpful" praises them.
_GOOD = LazyPattern(
    r"\b(?:helpful|(?<!diary )(?<!calendar )(?<!week )(?<!weeks )clear(?! (?:diary|calendar|schedule))|kind\w*"
    r"|warm\w*|thorough|smooth\w*|well|organi[sz]ed|prompt\w*|efficient\w*|professional\w*|generous\w*|patient\w*|courteous|quick\w*|careful\w*)\b"
)
_OWN_SEARCH = LazyPattern(r"\b(?:job[- ]?hunt\w*|searching|looking for work|of applying|of applications|my (?:own )?)")
# "'final stage' is a flexible idea": a word of theirs, quoted or about their dates and stages.
_THEIR_TERM = LazyPattern(
    r"[\"“”']|\b(?:final|last|stage|round|deadline|closing date|shortly|soon|next week|decision date|timeline)\b"
)


_UNOPENED = ("opened", "viewed", "watched", "clicked", "played", "downloaded")
# "in case the link hadn't been opened, here it is again", "because the link had expired": a heads-up or a fault.
_RESENT = LazyPattern(
    r"\b(?:here it is|again|re-?sen[dt]\w*|re-?attach\w*|attached|i['’]ve (?:added|included)|so i|another copy"
    r"|a (?:new|fresh) link|below)\b"
)
_NOT_THEIR_FAULT = LazyPattern(
    r"\b(?:in case|if|whether|perhaps|maybe|may|might|expired|broken|wrong|my (?:mistake|fault)|sorry|apolog\w*"
    r"|access|permission\w*|blocked|spam|junk|firewall|too large|bounced|no problem|no worries|understandabl\w*)\b"
)


def _unopened(found: Found) -> bool:
    """ "I gather the link I sent hadn't been opened", said to them; not a heads-up that resends it, or "my slides
    hadn't been opened in PowerPoint before"."""
    sentence = found.sentence
    if re.search(r"\bmy\s+$", found.before) or re.match(
        r"\s+(?:by anyone|in \w+|on (?:a|my)|before\b(?! the)|since)", _rest(found)
    ):
        return False
    return (
        _RESENT.search(sentence + " " + found.neighbour(1)) is None
        and _NOT_THEIR_FAULT.search(sentence) is None
        and _DELIGHTED.search(sentence) is None
    )


def _work_left_with_them(found: Found) -> bool:
    """Work left with them after a rejection, not notes handed over or shared as agreed."""
    return (
        found.kind in AFTER_REJECTION
        and re.search(
            r"\b(?:hand ?over|handing over|leaving|as agreed|paid|commission\w*|shared drive|i['’]ve left)\b",
            found.sentence,
        )
        is None
    )


def _lesson_sneers(found: Found) -> bool:
    """A lesson taken away that sneers at what counted, not one the writer owns."""
    if not unsoftened(found) or _lesson_owned(found):
        return False
    return _LESSON_SNEER.search(found.sentence + " " + found.neighbour(1)) is not None


def _slow_thanked_for_speed(found: Found) -> bool:
    """ "With such speed, only six weeks after the final round"; not "I had nearly forgotten I'd applied for the
    weekend role too, so thank you for the reminder", nor a happy surprise."""
    sentence = found.sentence
    if "forgotten" in found.words and re.search(r"\b(?:thank\w*|too|also|as well|remind\w*)\b", sentence):
        return False
    return (
        found.kind is not Kind.THANK_YOU
        and _LONG_AFTER.search(sentence) is not None
        and _DELIGHTED.search(sentence) is None
        and re.search(r"\b(?:surprise|news|offer|delighted|thrilled)\b", sentence) is None
    )


def _habit_they_taught(found: Found) -> bool:
    """ "As I've learned to do with your team's calendar", not "as I've come to expect from you, it was clear"."""
    sentence = found.sentence
    return _PRAISE.search(sentence) is None and THANKS.search(sentence) is None and _GOOD.search(sentence) is None


def _their_word_stretched(found: Found) -> bool:
    """A word of theirs said to be loose at their place ("'final stage' is a flexible idea at the agency"), not of
    hospitals in general, for the writer, or as they explained it."""
    sentence, rest = found.sentence, _rest(found)
    return (
        unsoftened(found)
        and re.match(r"\s+(?:at|in|with|around|among) (?:the|your|their|this) \w+", rest) is not None
        and _PRAISE.search(sentence) is None
        and _DELIGHTED.search(sentence) is None
        and _THEY_SAID.search(sentence) is None
        and re.search(r"\b(?:happy|fine|no rush|understand\w*|i know|i realise|i realize)\b", sentence) is None
        and _THEIR_TERM.search(found.before) is not None
        and _OWN_SIDE.search(rest[:30]) is None
        and re.search(r"\b(?:i|my|me)\b", found.before[-25:]) is None
    )


def _quicker_elsewhere(found: Found) -> bool:
    """Another employer's speed held up to them; not their own speed, the writer's, or the writer's job hunt."""
    if re.search(r"\b(?:you|your \w+|i|we)\s+$", found.before) is not None:
        return False
    context = found.sentence + " " + found.neighbour(1)
    return _ELSEWHERE_CONTRAST.search(context) is not None and _OWN_SEARCH.search(context) is None


_ROUGH_RIDE = LazyPattern(
    r"\b(?:than (?:mine|i (?:had|did|got))|unlike (?:me|my)|while (?:here )?i|chaotic|confusing)\b"
)


def _better_next(found: Found) -> bool:
    """Sarcastic beside the writer's rough ride ("than mine"); not the writer's handover."""
    return re.search(r"\b(?:i['’](?:ll|d)|i will|my|me|our)\b", found.before + (rest := _rest(found))) is None and (
        found.words.endswith("after me") or bool(_ROUGH_RIDE.search(found.neighbour(-1) + found.sentence_before + rest))
    )


# The newer dry remarks, by what their words look like, each with what makes it one.
_DRY_REMARKS: tuple[tuple[Pattern, Callable[[Found], bool]], ...] = (
    (LazyPattern(r"(?:handy|useful|helpful|of use)\b.*\bwhoever\b"), _work_left_with_them),
    (LazyPattern(r".*\blesson$"), _lesson_sneers),
    (LazyPattern(r"(?:with|for|at) such |.*\bforgotten\b"), _slow_thanked_for_speed),
    (LazyPattern(r"as (?:i|we)\S* (?:\w+ )?(?:learned|learnt|come|grown) to "), _habit_they_taught),
    (
        LazyPattern(r".*\b(?:idea|concept|term|notion|word|phrase|description|label|one)$"),
        _their_word_stretched,
    ),
    (LazyPattern(r"(?:managed|were able|was able) to "), _quicker_elsewhere),
    (
        LazyPattern(r"(?:save|spare) "),
        lambda found: (
            re.search(
                r"\b(?:take it|no (?:reply|response|word)|without (?:a|any) (?:reply|response|word))\b", found.sentence
            )
            is not None
        ),
    ),
    (
        LazyPattern(r".* means "),
        lambda found: re.search(r"\b(?:me|my)\b", found.sentence) is None and _ACCEPTS.search(found.sentence) is None,
    ),
    (LazyPattern(r"(?:smooth|quick|clear|simpl)er |easier "), _better_next),
)


def _dry_remark(found: Found) -> bool:
    """The newer dry remarks pass their own test; any other sarcasm phrase passes."""
    for shape, test in _DRY_REMARKS:
        if shape.match(found.words) is not None:
            return test(found)
    return True


CUES: tuple[Cue, ...] = (
    Cue(
        "An accusation",
        "accuses them",
        "calling them or the process unfair, biased, unprofessional or to blame",
        "Honestly, the whole process was unfair and you should have told me sooner.",
        "I know the decision was not easy, and it is not your fault.",
        phrases(
            # "fairness" and "a fair process" are fine; "unfair" and "not fair" accuse.
            r"(un|not )fair(ly|ness)?(?! advantage)",
            r"unjust(ly|ified)?",
            r"(biased|prejudiced)",
            # "the Discrimination Act allows" names a law.
            r"discriminat(e|ed|es|ing|ion|ory)(?! (act|law|laws|legislation|ombudsman|regulations))",
            r"you (should|shouldn't|should not|could|ought to) have (at least )?" + _SHOULD_HAVE_DONE,
            r"you (should've|could've|shouldn't've) " + _SHOULD_HAVE_DONE,
            "rigged",
            r"(was|is|were|it's|what) (a|such a|an absolute|a complete|a total) (joke|farce|sham|mess|shambles)",
            r"incompeten(t|ce)",
            r"(was|were|is|been|that's|it's|how|very|so|extremely|really|quite|totally) unprofessional",
            r"unprofessional (of you|process|behaviou?r|treatment|way|manner|conduct)",
            r"(disrespectful|insulting|offensive|rude|dismissive|condescending|patroni[sz]ing|arrogant)",
            r"(your|their|the recruiter's|the company's|the interviewer's|the panel's) fault",
            r"(because of|due to|owing to|caused by|down to|the result of) (their|your|the agency's|the recruiter's"
            r"|the company's|hr's|the team's|the panel's|an? (admin|administrative|clerical|system|internal|agency"
            r"|booking|scheduling)) (mistake|error|mix-up|mixup|oversight|confusion|blunder|slip-up|failure|mess"
            r"|muddle)",
            r"hold (you|your \w+|the \w+|them)( \w+)? responsible",
            # Not a loss still to come: "a pity if a delay on your side meant you lost me" presses, it does not accuse.
            r"(?<!meant\s)(?<!mean\s)(?<!means\s)(?<!if\s)(you|your \w+|the \w+) (cost|lost|robbed) me",
            "ridiculous",
            r"(shameful|disgraceful|appalling|outrageous|absurd|laughable|pathetic)",
            r"(poorly|badly|terribly|shambolically) (run|organi[sz]ed|managed|handled|planned|communicated)",
            r"(you|they|the company|the team|the panel)( clearly| obviously)?( made| are making| have made|'ve made) "
            r"(a|the) (big |huge |serious |terrible )?(mistake|wrong (choice|decision|call))",
            r"(got|gotten|get|getting) (this|it|that|the decision|this one|that one) (\w+ )?wrong",
            r"ghost(ed|ing) me",
            r"you (clearly |obviously )?(didn't|did not|never) (even )?"
            r"(read|listen|listened|look|looked|bother|bothered|care|cared|pay attention)",
            "how dare you",
            r"(i|we|candidates|applicants|people|everyone) deserved? (better|quicker|faster|more|a proper|a real)",
            "misled",
            r"lied to (me|us)",
            r"(no|zero) (respect|courtesy|consideration)",
            r"(terrible|awful|horrible|appalling|dreadful|disorgani[sz]ed|chaotic|confusing|shoddy) "
            r"(process|experience|interview|treatment|communication|organi[sz]ation|scheduling)",
            r"(not|hardly|isn't|is not|wasn't|was not) (how|the way) (i )?(\w+ ){0,2}(expected )?(a company|an employer"
            r"|companies|employers|you|anyone|a business|an organi[sz]ation|people|candidates)",
            r"treat(s|ed|ing)? (candidates|applicants|people|me|us) (like|this way|that way|so)",
            r"(not|hardly|isn't|wasn't) (an )?(adequate|acceptable|good enough|appropriate)",
            "inadequate",
            "unacceptable",
            r"(i )?expected (better|more) (of|from) (you|a company|an employer|an organi[sz]ation|your|the)",
            r"(disappointed|let down|unimpressed|dismayed|saddened) (by|with|in|at) (the|your|how|their)"
            r" (\w+ )?(process|way|handling|treatment|communication|lack|manner|level|recruiter|team|company|approach"
            r"|organi[sz]ation|silence|response|feedback)",
            r"(the|a|your|such a|this) (complete |total |distinct )?lack of (feedback|communication|response|courtesy"
            r"|professionalism|transparency|respect|information|updates|clarity|preparation|interest)",
            r"(it's|it is|what) a (shame|pity) (that )?(you|the panel|your|the company|they|the team|nobody|no one)",
            r"(used|using|took|steal|stole|stealing|keep|kept|taking) my (ideas|work|proposal|plan|designs|solution)",
            r"(free|unpaid) (work|labour|labor|consulting|consultancy)",
            # "is, with respect, the work of a paid claims officer", "a sprint of work given away"
            r"(is|are),? (with respect,? |frankly,? |really |simply |surely )?the work of a paid [\w-]+",
            r"(of|as|like) ([\w-]+ )?work given away",
            r"(suspiciously|remarkably|strikingly|oddly|curiously|uncannily) (like|similar|close)",
            r"(the )?way (the|your|this|my|their) (\w+ )?(process|interview|interviews|recruitment|application|hiring"
            r"|communication|things|everything|candidates|it) (was|were|has been|had been|is|are) (handled|run|managed"
            r"|organi[sz]ed|conducted|treated|dealt with)",
            r"(a )?(surprising|strange|odd|poor|disappointing|curious|sad|unusual|shabby) way to (close|end|treat"
            r"|handle"
            r"|finish|conclude|run|thank|reward)",
            r"(irrelevant|pointless|unreasonable|excessive|absurd) (test|task|assessment|exercise|questions|case study"
            r"|requirements|process)",
            # "The technical test had many questions not really related with this job"
            r"(test|assessment|exercise|interview)( [\w-]+){0,2} (had|has|included|contained)( \w+)? (questions|tasks)"
            r" (not|with little|with nothing)( really| much| at all)?( to do)? (related |relevant |connected )?(to"
            r"|with) (the|this) (job|role|position|post)",
        ),
        _accuses,
    ),
    Cue(
        "A judgement of their decision",
        "questions their decision",
        "saying you cannot see why they chose as they did, that they got it wrong, or asking them to think again",
        "I fail to see how a candidate with less experience was chosen.",
        "I was disappointed to hear the news, but I understand.",
        phrases(
            r"(i )?(fail to|don't|do not|can't|cannot|struggle to|really don't|honestly don't|simply don't) "
            r"(see|understand|comprehend|fathom|get) (how|why|what|the (reasoning|logic|decision))",
            r"(i'm|i am|i was|i remain|i'm still|i am still) (\w+ )?(surprised|shocked|baffled|stunned|puzzled"
            r"|perplexed"
            r"|confused|bewildered|mystified|astonished|amazed|dismayed)",
            r"(makes|made) (no|little) sense",
            r"(doesn't|does not|didn't|did not) make (any |much )?sense",
            r"(i )?(strongly |respectfully |completely |totally |fundamentally )?disagree",
            r"(reconsider|rethink|revisit|review|overturn|appeal|look (again )?at) (your|the|this|that|my)"
            r" (decision|choice|outcome|application|candidacy|file)( again)?",
            r"(look|looking|take another look|have another look) at (my|the) (application|candidacy|cv|file) again",
            r"(someone|a candidate|somebody|the person|an applicant|they|he|she|whoever)( \w+)? (with|who has|who had)"
            r" (less|fewer|no|little|weaker|much less|far less)",
            r"(less|fewer) (experience|qualifications|years|skills) than (me|i|mine)",
            r"less (qualified|experienced|capable|suited)",
            r"(i|i'm|i am|i was)( clearly| obviously| surely| certainly)? (more|better|the (most|best)|far more"
            r"|much more)"
            r" (qualified|experienced|suited|capable)",
            r"(i would have|i'd have) thought",
            r"(spoke|speaks|speak) for (itself|themselves)",
            r"(evidently|apparently|clearly|obviously) (the panel|you|they|the team|the company|the committee|someone)",
            r"(took|take|had|have) (another|a different) (view|opinion)",
            r"(you|they|the panel|the team)( clearly| obviously)? (overlooked|ignored|dismissed|missed|underestimated"
            r"|undervalued|passed over|misjudged|underrated)",
            r"(i )?question (the|your|whether|how|why)",
            r"(hard|difficult|impossible) to (understand|accept|see|fathom|make sense of|swallow)",
            r"(board|panel|committee|you|they|interviewers?|team)( [\w-]+){0,6} (apparently|evidently|clearly"
            r"|obviously) (couldn't|could not|didn't|did not|failed to) (see|find|spot|recogni[sz]e) in (me|my)",
            r"(what|how) (more|else) (\w+ ){0,3}(could|can|should|might|would)( \w+){0,3} (done|do|offered|given|shown"
            r"|said|prepared|expected|asked)",
            r"(not|never|wasn't|weren't|was not|were not) (\w+ )?(taken (in|into) account|considered properly"
            r"|recogni[sz]ed|valued|appreciated|given (due|proper|any) (weight|consideration))",
            r"(i'm|i am) not (at all )?(convinced|sure) (that )?(the|your|this|you)",
            r"(what|how) (else|more) could (i|anyone) (possibly )?have (done|said|shown|offered|given)",
            r"my (\w+ )?(skills|experience|qualifications|cv|resume|record|background|portfolio) (was|were|seem to have"
            r" been|have been)( clearly| simply| completely| entirely)? (ignored|overlooked|dismissed|disregarded"
            r"|not (even )?(read|considered|looked at))",
            r"i guess (experience|qualifications|hard work|skills|loyalty|merit|talent) (doesn't|don't|does not|do not"
            r"|didn't|no longer) (count|matter)",
        ),
        _judges_decision,
        # Only a reply to a rejection has a decision to judge: before it, "my results speak for themselves" boasts.
        AFTER_REJECTION,
    ),
    Cue(
        "Time wasted",
        "says the time was wasted",
        "saying the interviews, the preparation or the day you took off were for nothing",
        "I took a day off for the final interview, and it was all for nothing.",
        "Thank you for the time you gave me during the interviews.",
        phrases(
            r"wast(e|ed|ing) (of )?(my|our|a|the whole|an entire|so much|all|all my|everyone's) "
            r"(\w+ )?(time|day|afternoon|morning|week|effort|energy|evening|weekend|holiday|leave)",
            r"(a|such a|a complete|a total|an utter) waste( of (my |our |everyone's )?(time|effort|a day|energy))?",
            r"wast(ed|ing) (my|our) time",
            r"(would|could|might) have saved (us|me|everyone|you|both of us|us both)( both)?",
            r"(all )?for nothing",
            r"(took|take|taken|used|booked|using) (a|a whole|an entire|the|half a|my) "
            r"(day|afternoon|morning|week) (off|of leave|of holiday)",
            r"took (a day's|a day of|annual|unpaid) (leave|holiday)",
            r"(wish|if only) (i|i'd) (had )?known",
            r"(after|given|with|for) (all )?(the|that|this|my|so much|such) (effort|work|preparation|prep|travel|time"
            r" and effort|hours) (i|we) (put|invested|spent|made)",
            r"after all (the|that|this|my|of (that|this)) (effort|work|preparation|prep|travel|time|hours|rounds"
            r"|interviews)",
            r"(the )?effort (i|we) (put|invested|made)",
            r"(only|just) to (be (told|rejected|turned down|ignored)|hear (a )?no|get a no|receive)",
            r"all (i|we) (get|got|received|receive)",
            r"to hear a no",
        ),
        _time_wasted,
    ),
    Cue(
        "An outcome fixed in advance",
        "suggests the outcome was fixed",
        "saying they had chosen someone all along, or that your interview was for show",
        "It seems you had an internal candidate in mind all along.",
        "I hope the new analyst settles in well.",
        phrases(
            "all along",
            r"(already|always) (had|knew|decided|chosen|picked|lined up|earmarked|selected|planned)",
            r"(never|not) (really |actually |seriously |genuinely |ever )?(intended|planned|going|meant|considering"
            r"|serious)"
            r" (to (hire|consider|offer|give|pick|choose)|about)",
            r"(box|tick)[- ]?(ticking|box|exercise)",
            # A doubt left to stand: "it does make me wonder how open the first round really was", not "I wonder how
            # open the round really was to career changers".
            r"(wonder|wondering|ask myself|asking myself|question|questioning) (how|whether) (open|genuine|real|fair)"
            r" (the|this|that|your) ([\w-]+ ){0,2}(round|process|competition|recruitment|selection|vacancy|search)"
            r" (really|genuinely|truly|actually|ever) (was|is|were|had been)(?=\s*[,.;:!?…)—–-]|\s*$)",
            r"(a|just a|merely a|only a|mere|simply a) formality",
            r"for show",
            "going through the motions",
            r"(predetermined|pre-determined|foregone conclusion|stitched up|a done deal)",
            r"decided (in advance|beforehand|before (the|my|i|we))",
            r"(in mind|lined up) (before|from)",
            r"(job|role|post|position|vacancy) (already |always )?had (someone's|somebody's|someone else's) name on it",
            r"(never|not) (really |seriously |properly |fairly |genuinely |even )?(considered|given a (fair "
            r"|real )?chance"
            r"|taken seriously|in the running|in contention)",
            r"(made up|decided) (his|her|their|your|its) minds? (before|already|early|in advance|from|within)",
            r"(seemed|appeared|looked) (to have )?(already )?(decided|made up)",
            r"(decision|choice|mind|minds) (had|was|were|has|have) (already |clearly |obviously )?(been )?(made|taken"
            r"|reached|decided) (well |long |way |days |weeks )?(before|in advance|beforehand|already)",
            r"(was|were|had) always (going|meant|planned|intended) to",
            r"(i|we) (was|were) (only |just )?(there )?to (make up|fill) (the )?(numbers|quota)",
            r"(written|tailored|built|designed|shaped|drawn up) around (someone|somebody|an? (internal|inside"
            r"|particular"
            r"|specific|existing|named)|one (person|candidate))|(role|job|post|spec|advert|description|position) (was"
            r" |had"
            r" been |been )?(written|drawn up|designed|created) (for|with) (someone|somebody|him|her|them)("
            r" already)?( in"
            r" mind)?",
            r"(a )?shortlist of one",
            r"(sorted|earmarked|promised|reserved|set aside|kept|lined up) for (someone|somebody|an? (internal|insider"
            r"|friend|relative)|(his|her|their|your|the boss's|the manager's|[a-z]+'s) (cousin|nephew|niece|friend|son"
            r"|daughter|mate|relative|brother|sister|wife|husband|partner|colleague))",
            r"(whether|if) (a|the|this) (role|job|post|position|vacancy) (is|was) (genuinely|really|actually|ever"
            r"|truly)"
            r" (open|available|vacant)",
        ),
        _about_them,
    ),
    Cue(
        "Their people or process let you down",
        "blames their people or process",
        "complaining about how their recruiter, interviewers or process treated you, or that they sent you to the"
        " wrong place",
        "Your recruiter never briefed me, and the interview started forty minutes late.",
        "Your recruiter kept me well informed throughout, which I appreciated.",
        phrases(
            _THEIR + r"( was| were| seemed| appeared| felt)?( very| quite| rather| so| extremely| clearly| totally"
            r"| completely| frankly)? (unprepared|distracted|disorgani[sz]ed|uninterested|disinterested|hostile"
            r"|unfriendly|chaotic|confusing|unclear|useless|unhelpful|unresponsive|impolite|careless|sloppy|vague)",
            _THEIR + r" (never|didn't|did not|failed to|couldn't|could not|wouldn't|would not|hadn't|had not)"
            r" (even )?(bother|brief|prepare|tell|explain|inform|read|look|show|turn|call|give|return|reply|respond"
            r"|answer|follow|get back|ask|introduce|listen|keep)",
            r"(no one|nobody|none of them|none of you|not one person) (\w+ )?(told|explained|briefed|informed|bothered"
            r"|prepared|mentioned|warned|gave|thought|got back|replied|responded|acknowledged|done so|followed up"
            r"|followed through|been in touch|could tell (me|us) (who|what|when|where|why|how|whether|if))",
            r"(started|began|ran|arrived|was|were|kept me waiting) (\w+ ){0,2}(minutes|hours?|an hour) (late|over)",
            r"(you|you've|you have|they|they've|they have|the team|the recruiter|hr|everyone|everything|things|it|it's"
            r"|it has|communication|the line)( have| has| had| seem to have| seemed to have)? (went|gone|going|go)"
            r"( completely| totally| very)? (quiet|silent|dark|cold|missing|awol)",
            r"never (really |even )?(had|got|gave me|given) (the|a|any) (real |fair |proper )?(chance|opportunity|shot)"
            r" to (show|demonstrate|prove|explain|present|sell|make my case)",
            r"(never|didn't|did not|don't|do not) (give|gave) me (a|a fair|a real|any|a proper) chance",
            r"(don't|didn't|did not|do not) even (get|receive|merit|deserve) (a|an|any)",
            r"(without|with no|given no|and no) (any |an |a )?(feedback|explanation|reason|warning|notice|call)( at all"
            r"| whatsoever)?",
            r"(a|an|one|this|your) (form letter|two-line email|generic (rejection|email|reply)|automated (email|reply"
            r"|rejection)|template (email|reply))",
            r"(could|should|might) have (at least|bothered|had the (courtesy|decency))",
            r"(at least|even) (have|had) the (courtesy|decency)",
            r"(strung|string|stringing) (me|us) along",
            r"(messed|jerked|mucked) (me|us) (around|about)",
            r"(not|never|didn't|did not|hadn't|had not|haven't|hasn't)( \w+)?( even)?( bother(ed)? to)? (read|looked at"
            r"|look at|opened|open|glanced at|glance at) (my|the) (cv|resume|résumé|application|portfolio|cover letter"
            r"|email|file|materials)",
            r"(gave|given|sent|told) (me )?(the )?(wrong|incorrect|outdated|misleading|inaccurate) (information|brief"
            r"|details|time|date|address|job description|salary)",
            r"(wrong|incorrect|misleading|inaccurate|outdated) (information|brief|briefing|details|job description)",
            # Sent to the wrong place or time: "your recruitment team sent me to the old office", "I was directed to
            # the wrong building by your own staff", "the invitation still had the wrong address, which set the tone".
            r"(sent|directed|gave|given|emailed|booked) me (to |for )?(the )?(wrong|incorrect|old|outdated|out-of-date"
            r"|previous|former) (address|office|offices|building|site|location|branch|campus|entrance|floor|room"
            r"|reception|link|postcode|time|date|day)",
            r"(sent|directed|booked) (to|for) (the )?(wrong|incorrect|old|outdated|out-of-date|previous|former)"
            r" (address|office|offices|building|site|location|branch|campus|entrance|floor|room|reception)",
            r"(invitation|invite|confirmation|email|letter|booking|calendar entry)( \w+){0,2} (still )?(had|gave"
            r"|listed|showed|said|named|pointed to) the (wrong|incorrect|old|outdated|out-of-date|previous|former)"
            r" (address|office|building|site|location|branch|campus|entrance|floor|room|link|postcode|time|date|day)",
            r"(seemed|appeared|looked|was|were) (bored|uninterested|disengaged|disinterested|distracted|in a hurry"
            r"|more interested in)",
            r"(had i|if (only )?(i|someone) had) (been )?(known|told|warned|informed)",
            r"(on|checking|looking at) (his|her|their) (phone|watch|laptop|email)",
            r"(into|in|down) (a|the|whatever|some|your) ([\w-]+ )?black hole( \w+){0,3} (your|their|office|hr|system"
            r"|portal|inbox|team|recruiters?)",
            r"(no one's|nobody's|anyone's|noone's|no-one's) (diary|calendar|radar|list)",
            r"(working|reading|going) (off|from) (my|an|the) (old|outdated|previous|earlier|wrong|out-of-date) (cv"
            r"|resume"
            r"|résumé|application|version)",
            r"(application|cv|email|form|documents|references|paperwork|file)s? (\w+ ){0,2}((went|go|gone|going)"
            r" missing (once|before|again|already|last time)|(are|keep|keeps) (going missing|getting lost"
            r"|disappearing))",
            r"((cannot|can't|couldn't) be (found|located)|(isn't|is not|wasn't|was not|never) (on file|received"
            r"))( [\w'’-]+){0,4},? (even though|although|though) your( [\w.'’-]+){0,2} (handed|(photo)?copied"
            r"|signed for|took)",
            r"(three|four|five|several) different (timelines|dates|answers|stories|versions|messages) from",
            r"(two|three|four|five|several|multiple) (contradicting|contradictory|conflicting|inconsistent) (timelines"
            r"|dates|answers|stories|versions|messages|emails|accounts|instructions|updates|replies|signals)",
            r"(can't|cannot|couldn't|can not) both be (right|true|correct|accurate)",
            r"settle on (one|a single) (version|date|story|answer|timeline|account)",
            r"(wasn't|was not|weren't|were not|never|isn't|is not) in (anyone's|anybody's) (diary|calendar)",
            r"(copied|copying|cc'd|cc'ing|cc-ing|looped|looping) (in )?(mr|mrs|ms|dr|your|the|his|her)( [\w.]+){0,3},?"
            r" (as|since|because|given)( that)? (i|i've|i have|nobody|no one|there)( \w+){0,3} (not|n't|no|never|yet"
            r" to) (been able to )?(get|got|had|heard|received|reached) (a|any|an)( clear| proper| straight)? (answer"
            r"|reply|response|update)",
            r"(gave|gives|give|giving) me (pause|some pause|second thoughts|doubts|cause for concern) (about|over"
            r"|as to) (how|the way|whether)( [\w-]+){0,4} (is|are|was|were|being|gets|get) (managed|run|led|treated"
            r"|handled|organi[sz]ed)",
            r"(didn't|did not|don't|doesn't|does not) (seem to |appear to )?(know|be aware|have heard) (that )?(there"
            r" was|there is|there were|about|of) (a|the|any) ([\w-]+ )?(programme|program|vacancy|role|job|position"
            r"|opening|scheme|post|recruitment)",
            r"(hard|difficult|impossible) to (see|understand|fathom|imagine|believe) (how|why)( [\w-]+){0,8} (take"
            r"|takes|taking|taken|took|be taking) (this|so|that|quite this) long",
            r"(slipped|fell|slips|falls|slipping|falling) (through|between) the (cracks|net|gaps)( [\w-]+){0,4} (as"
            r" well|too|again|last time|before)",
            r"(moved|cancelled|canceled|changed|rescheduled|pulled|postponed) (on the day( itself)?|at the last minute"
            r"|the same day|at (very )?short notice)( \w+){0,3} (twice|again|both times|three times|each time|every"
            r" time)",
            r"(postponed|moved|rescheduled|cancelled|canceled|pushed back|delayed) (three|four|five|several|multiple)"
            r" times",
            r"(first|last|previous) (two|three|both) (dates|slots|interviews|calls|appointments)( \w+){0,2} (were|got"
            r"|had been) (moved|cancelled|canceled|changed|rescheduled|pulled|postponed)",
            r"(i've|i have|i had|i've now|i have now) (now )?(rearranged|reorgani[sz]ed|moved|reshuffled) (my )?(own )?"
            r"(work|diary|schedule|shifts|day|days|childcare|calendar)( \w+){0,2} (twice|three times|several times"
            r"|again|repeatedly)",
            r"(i had|i'd|we had|we'd) (asked|requested|specified|stated|made clear|made it clear) (that )?(my )?"
            r"(current )?(manager|employer|boss|referees?|references?)( \w+){0,3} (not|n't|never|shouldn't|should not)"
            r" (be )?(contacted|approached|called)",
            r"(ideas|work|suggestions|designs|slides|points) (from|in) my( \w+){0,2} (brief|task|test|presentation"
            r"|proposal|case study|pitch|assignment) (appeared|turned up|showed up|ended up|popped up) (on|in) (your"
            r"|the"
            r" company's|their) (blog|website|site|campaign|newsletter|product|app|deck|pitch|social|launch|feed)",
            r"(not sure|i doubt|i'm not sure|unsure) (that )?(your|those|these|the interview|the puzzle|the panel's|the"
            r" assessment)( [\w-]+){0,3} (questions|tests?|tasks?|exercises?|interviews?|format|process) (tell|tells"
            r"|show"
            r"|shows|measure|measures|reveal|test) (you )?(much|anything|a lot|a great deal)",
            r"(wires|lines) (got |were |have been )?crossed( \w+){0,2} (on|at) your (side|end)",
            r"(seemed|appeared|looked) to (have )?(switched|checked|zoned|tuned) (off|out)",
            r"(which|that) i (assume|presume|take it|suppose|gather) is (the|your|their|the team's|the company's|the"
            r" firm's) way of",
            r"whereas (with )?(\w+ ){0,2}i (was|am|had been|have been|'m) still (waiting|chasing)",
            r"(each|every) time( [\w',]+){0,8} (starting|start|started|starts) (again |over )?from scratch",
            r"(bounced|shuffled) (between|around|from one)( \w+){0,3} (coordinators|recruiters|people|departments"
            r"|contacts|teams|inboxes)",
            r"which (one |version |of you |story |of the two |of them )?(i )?(to|should i|i should|do i|am i to)"
            r" believe",
            r"(i'd|i would|one would) have (hoped|expected) (for )?(something|a lot|rather|much|far)( \w+){0,3} (more"
            r"|better)"
            r"( \w+)? than (a|an|the|one|that|this|two|three|what|being)",
            r"(contacted|called|rung|phoned|approached) for a reference( [\w,]+){0,4} (before|without) (i|my) (had "
            r"|have )?"
            r"(even )?(agreed|consent|permission|said|gave|accepted|approved)",
            r"(interested|want|like) to (know|hear) how this one (concluded|ended|went)",
            r"(cv|application|pre-read|portfolio|summary|documents|papers|details|notes)( \w+){0,2} (hadn't|had not"
            r"|never"
            r"|didn't|did not|hasn't|has not) (\w+ )?(reached|made it to|got to|gotten to|been passed to|been shared"
            r" with"
            r"|been sent to) (everyone|the (whole |full )?panel|all of (you|them)|the others)",
            # Done behind the writer's back: "the reference checks were started without anyone telling me", "my manager
            # was called without my consent"; not "please don't contact them without my consent".
            r"(started|begun|taken up|requested|contacted|called|rung|phoned|emailed|approached|run|carried out"
            r"|initiated|shared|passed on|forwarded|sent|changed|moved|cancelled|canceled) (\w+ ){0,3}(without"
            r"( (anyone|anybody|someone|you|your team|the recruiter|the agency))? (first )?(telling|asking|informing"
            r"|warning|letting|checking with|consulting|mentioning it to|clearing it with) me(?! (the|a|an|how|what"
            r"|where|which|when)\b)|without my (consent|permission|knowledge|agreement|say-so)|without (so much as )?a"
            r" (word|call|message|warning|heads-up) to me)",
            r"(contacted|called|rang|phoned|emailed|approached) my (current )?(manager|employer|boss|referees?"
            r"|references?)( [\w,]+){0,4} (before|without) (i|my|asking) (had |have )?(even )?(agreed|consent"
            r"|permission"
            r"|said|gave|accepted|approved|me)",
            r"(copying|copied|cc'ing|cc'd|cc-ing|looping|looped) (in )?(your|the company's)( \w+){0,2} (director|cfo"
            r"|ceo|chief|head|chair|md|partner|president|vice president)( [\w,]+){0,4} so (that )?(she|he|they) (hears"
            r"|knows|sees|can see|is aware|are aware)",
            r"(learned|learnt|taught me|told me|showed me) (a lot|more|plenty|quite a bit|a great deal) about how"
            r" ([\w-]+ ){0,3}(runs its hiring|run their hiring|treats (its |their )?(candidates|applicants))",
            r"((starting|beginning) to (take|get)|(take|taking|took|taken|get|getting)) the hint (about|as to) (where"
            r"|how)"
            r" (i|it|my|this|the role|the job)",
            r"rather than (a|any) (sign|reflection|indication) of how (closely|carefully|seriously|much|well)",
            r"(cvs|applications|résumés|resumes) (may |might |must |had )?(have )?(got|gotten|been) (shuffled|mixed up"
            r"|swapped|muddled|confused|switched)",
            r"(which|what) (version|story) (is|was) (true|the true one|the real one|the truth)",
            r"(hopefully|i hope|i trust) (that )?(the|your) decision (itself )?(will be|is|was|gets|will get) (based"
            r"|made)"
            r" on (mine|my (own )?(cv|application|interview|record|answers))",
            r"(after|following) ((two|three|four|several|multiple|repeated) (\w+ )?(postponements|cancellations"
            r"|reschedules|reschedulings|false starts|changes of date|date changes|no-shows)|the (second|third|fourth"
            r"|fifth) (postponement|cancellation|reschedule|date change|change of date))(?! (on|from) (my|our) (side"
            r"|part|end))",
            # "your portal managed to lose my reference form twice"; guarded above
            r"(your|their|the) ([\w-]+ ){0,2}(portal|system|hr|office|website|agency|recruiter)( has| had)?( now"
            r"| somehow| again)?( managed to)? (lose|lost|misplaced?|mislaid|ate) my( [\w-]+)? (forms?|cv|application"
            r"|references?|documents|certificates?|paperwork|portfolio|transcript|file)",
            r"(an awful lot of|too many|endless) hoops (to jump|for (me|candidates|applicants|anyone|(a|an|the|this"
            r"|one)( [\w-]+){0,2} (role|job|post|position)))",
            r"(question|comment|remark|being asked|decision|feedback|way i was|how i was)( \w+){0,8} (didn't|did not"
            r"|doesn't|does not) sit (comfortably|well|right|easily) with me",
            r"(won't|will not|didn't|did not|doesn't|does not) (play|have played) (any|a) part in (the|your|their)"
            r" (\w+'s |\w+s' )?(decision|thinking|outcome|selection|assessment|evaluation|choice|deliberations"
            r"|scoring)",
        ),
        # "Sorry for the noise: the drilling started without warning" owns the trouble; it blames nobody.
        _blames_process,
    ),
    Cue(
        "Sarcasm",
        "sounds sarcastic",
        "thanks or good wishes that mean the opposite, or a dry remark that their reasoning made sense to somebody",
        "Thanks for nothing, and good luck finding someone better.",
        "Thank you for letting me know, and good luck with the rest of your search.",
        phrases(
            "thanks for nothing",
            r"(you|they|he|she|the team)('ll| will| are going to| may| might)? need (it|all the luck|plenty of luck"
            r"|luck)",
            # "I hope they come in handy for the campaign, whoever ends up finishing them off": work taken for free.
            r"(i )?(do )?hope (they|these|those|it|they'll|it'll|the (sketches|designs|drafts|ideas|plans|notes|samples"
            r"|mock-?ups|concepts|drawings|recipes|menus))( all| both)? (come|comes|prove|proves|are|is|will (come"
            r"|prove|be)) (in )?(handy|useful|helpful|of use)( [\w'-]+){0,6},? (for )?whoever (ends up|winds up|gets"
            r" to|finally|eventually) (finishing|completing|polishing|running with|taking (them|it) (on|forward)"
            r"|building on)",
            r"(i )?(do )?hope my (\w+ ){0,3}(plan|ideas?|work|proposal|presentation|case study|campaign|designs?"
            r"|solution|suggestions?) (proves?|is|was|will be|comes in|turns out)( to be)? (useful|helpful|handy"
            r"|of use)",
            r"(congratulations|congrats) (to|on) (whoever|the lucky|your (new|chosen|lucky)|finding)",
            r"(i )?hope (they|he|she|the new hire|whoever|your new hire|the person|it) (is|are|was|turns out)"
            r" (\w+ )?worth (it|the)",
            r"(i )?hope (you|the company|your team) (don't|won't|do not|will not) (come to )?regret",
            r"you('ll| will| may| might)( live to| come to)? regret",
            r"(lucky|fortunate) (them|him|her|you)",
            # "Thanks for letting me know, eventually."
            r"thank(s| you) (a lot )?for (finally|eventually|at last|(letting me know|getting back( to me)?|replying"
            r"|(the|your) (reply|update|news)),? (finally|eventually|at last)(?=\s*[.!…;]|\s*$|,\s*(after|weeks"
            r"|months|some)\b))",
            r"(thorough|comprehensive|in-depth|exhaustive|illuminating|lengthy) (one|two|three|single|\d)[- ](line"
            r"|sentence|word) (e-?mail|reply|note|message|response|rejection|letter|explanation|feedback)",
            # "to save anyone the trouble of writing" after weeks without a reply; "soon means something different in
            # events"; guarded below
            r"(save|spare) (anyone|anybody|someone|somebody|you|your team) the (trouble|bother|effort) of (writing"
            r"|replying|responding|getting back|telling|answering)",
            r"(assume|suppose|guess|gather|take it)( that)? [\"'“]?(very soon|soon|shortly|next week|quickly|promptly"
            r"|final|in touch)[\"'”]? means (something )?(a little |slightly |rather |quite )?(different|else)",
            r"finally (letting|getting back|replying|telling|responding|answering)",
            r"(take|takes|taking|need|needs|require|requires) (rather |quite |an awful |a great |a huge |a fair )?"
            r"(a lot|lots|plenty|a great deal) of luck",
            r"(best of|good) luck (finding|with finding|replacing|getting|in finding) (someone|anyone|somebody"
            r"|a candidate"
            r"|another)",
            r"worth (all )?(the|that|this) (wait|deliberation|effort|trouble|fuss)",
            r"((it's|it is|that's|that is) )?(your|their) loss",
            r"whatever(?=\s*[,.!…]|\s*$)",
            r"wow(,)? (really|thanks|just wow)",
            r"(i would|i'd|i|may i|can i) gently suggest",
            r"(enjoy|have fun with) (your|the) (new|other|chosen) (hire|candidate|person)",
            r"(lesson|noted) (learned|learnt)",
            # "I'll take one lesson from the day: ... since that is clearly what gets people taken on"; guarded below.
            r"(take|taking|took|taken|draw|drawing|drew|drawn|learn|learning|learned|learnt)( away)? (one|a|the|that"
            r"|this|my|an|only one|just one)( [\w-]+)? lesson",
            # Thanks for a reply "with such speed, only six weeks after the final round"; guarded below.
            r"(with|for|at) such (speed|promptness|haste|swiftness|alacrity|urgency)",
            r"(nearly|almost|very nearly|practically|all but|half) forgotten (that )?(i|i'd|i had) (had )?(applied"
            r"|interviewed|been interviewed)",
            # "as I've learned to do with your team's calendar": a habit their ways taught.
            r"as (i've|i have|we've|we have) (\w+ )?(learned|learnt|come|grown) to (do|expect|assume|allow for"
            r"|plan for)( \w+){0,3} (with|from|of|at|around|when it comes to) (your|the|their) ([\w'-]+ ){0,2}"
            r"(calendar|diary|diaries|schedule|scheduling|timings?|timescales?|timelines?|dates|deadlines|process|processes"
            r"|recruitment|hiring|way of doing things|ways)",
            # "'final stage' is a flexible idea at the agency"; guarded below.
            r"(is|was|seems to be|remains|means|has become) (a |rather a |quite a |a very |a somewhat |something of a"
            r" |an |a rather |a pretty |a fairly |a most )?(flexible|loose|relative|elastic|movable|moveable|fluid"
            r"|negotiable|stretchy) (idea|concept|term|notion|word|phrase|description|label|one)",
            # Another employer held up to them: "Kirklees managed to interview and decide within a week, which was
            # refreshing after the last few months"; guarded below.
            r"(managed|were able|was able) to (interview|decide|make (a|their|an) (decision|offer)|get back|respond"
            r"|reply|turn (it|things) around)( and (decide|offer|make an offer|respond|get back|make a decision))?"
            r"( [\w-]+){0,3} (within|in) (a|one|two|three|four|five|six|seven|ten|\d+|a couple of|a few|under a)"
            r"( \w+)? (days?|weeks?|hours?|working days|fortnight)",
            # "third time lucky, as they say" after two dates they cancelled.
            r"(third|fourth|fifth) time (lucky|(is|'s|’s) (the|a) charm)",
            r"(clearly|obviously) (i|my) (wasn't|was not|am not|'m not) (good enough|what you)",
            r"(hope|hoping) (that )?the next (candidate|person|applicant|one|interviewee|in line)( \w+){0,3} (gets|is"
            r" given|receives|has|will get|will have) (a |an |the )?(more|better|proper|a bit more|fairer|clearer)",
            r"(smoother|quicker|easier|clearer|simpler)( [\w'’-]+){0,4} (for (the )?(next|future) ([\w-]+ ){0,2}"
            r"(candidates|applicants|people|person)|for whoever comes (next|after me)|in (the )?future)",
            # "I hope the next person on trial gets a little further than the carrot grater": they were never let do
            # anything; not "further than I did", nor "further than the first round".
            r"(hope|hoping|perhaps|maybe) (that )?((the|your) next (candidate|person|applicant|interviewee|trialist"
            r"|chef|cook|commis|apprentice|trainee|hire|recruit)|whoever (comes|is|goes) next)( \w+){0,3} (gets|goes"
            r"|makes it|is allowed|is let|will get|will go|is trusted|will be (allowed|let|trusted)|is given"
            r"|will be given)"
            r" (a little |a bit |much |rather |slightly |somewhat |any )?(further than|beyond|past|with more than|near"
            r" something other than|near anything other than|more than|(to do )?something other than) (the|a|an) "
            r"[\w-]+( [\w-]+)?",
            r"think (hard|twice|long and hard) before (applying|going through|putting myself|recommending|interviewing)"
            r"( [\w']+){0,2} (again|here|there|to you|with you|through that)",
            # A dry jab at their reasoning, left to stand alone: "I'm sure it made sense to somebody", "I can only
            # assume the logic was clear to somebody"; not "it made sense to someone like me", "it should make sense
            # to someone", nor "I'm sure it made sense to the panel to choose someone local, and I hope...".
            r"((made|makes|making) (perfect |complete |total |a lot of |good |some )?sense|(was|is|were|must have been)"
            r" (perfectly |quite |all )?(clear|obvious|logical)) to (someone|somebody)( somewhere| up there| upstairs"
            r"| higher up| at the time)?(?=\s*[,.;:!?…)—–-]|\s*$)",
            r"(i'm sure|i am sure|no doubt|doubtless|presumably|i expect) (it|this|that|the (decision|reasoning|choice"
            r"|logic|process))( all)? (made|makes|must have made) (perfect |complete |total |a lot of |good )?sense"
            r" (to (them|the panel|the board|the committee|whoever( (made|took|makes|takes) (it|that|this|the call|the"
            r" decision))?)|on paper|from where (you|they) (sit|sat|are|were))(?=\s*[.;:!?…)—–-]|\s*$)",
        ),
        # "Please pass on my congratulations to whoever is joining" means it; "whenever you need it" offers.
        lambda found: (
            not (found.words.startswith("congrat") and _SINCERE.search(found.sentence) is not None)
            and not (" need " in found.words and _OFFERING_BEFORE.search(found.before) is not None)
            and not (found.words.endswith(" of luck") and not _luck_for_them(found))
            # "I'm sure it made sense to the panel, and I respect that" means it; "the way you framed it made perfect
            # sense to somebody" is no jab unless the writer only assumes so.
            and not (" sense " in found.words and _ACCEPTS.search(found.sentence) is not None)
            and not (" to some" in found.words and _ONLY_ASSUMED.search(found.before) is None)
            and not (found.words.startswith(("lesson", "noted")) and _lesson_owned(found))
            and not (" time " in found.words and not _third_time_rib(found))
            and not (_KEPT_TO.search(found.words) is not None and not _menial_only(found))
            and _dry_remark(found)
        ),
    ),
    Cue(
        "A demand that they justify themselves",
        "demands that they justify the decision",
        "insisting on a full explanation, rather than asking politely for feedback",
        "I would like a full explanation of why I was not selected.",
        "If you have time, I would welcome any feedback on my interview.",
        phrases(
            r"(full|proper|detailed|complete|real|honest|thorough|clear) (explanation|account|justification|reasons?)",
            r"(explain|justify) (why|the decision|your decision|yourselves|yourself|how|the reasoning)",
            r"(i|we) (demand|deserve|expect|insist on|am owed|require|want)( \w+)? (an?|some|the)?"
            r" ?(explanation|reason|justification|account)",
            r"(i|we) (want|need|demand|deserve) to know (exactly )?(why|what|how)",
            r"(tell|show) me (exactly )?(why|what i did wrong|where i went wrong)",
            r"what (exactly )?(was|is) (wrong|lacking|missing) (with|in|from) (me|my)",
            r"(on|with) what (evidence|basis|grounds)(?! (would|should|do|can|could|shall|will) you)",
            r"which (one|ones|criterion|criteria|of (these|them|the criteria|the requirements)) (i|did i) (failed|fail"
            r"|fell short|didn't meet|did not meet|was lacking|lacked|missed)",
        ),
        _demands_account,
    ),
    Cue(
        "A lecture on manners",
        "lectures them on how to behave",
        "telling them what would have been courteous, or what you would have expected of them",
        "It would have been courteous to let candidates know, and I would have expected at least a call.",
        "It would be great to hear about the next steps.",
        phrases(
            r"(it would|it'd|it might|it would've) (be|have been) (courteous|polite|good manners|professional"
            r"|respectful"
            r"|decent|nice|good|helpful|fair|kind|considerate|useful) to (let|know|tell|inform|hear|be told|reply"
            r"|respond|get|have|receive|mention)",
            r"(common|basic|simple|professional|ordinary) (courtesy|decency|manners|respect|politeness)",
            r"the least (i|we|anyone|a candidate|candidates|you|one) (could|can|might|would) (have )?(expect|ask|hope"
            r"|do)",
            r"(would|i'd|we'd|you'd) have expected (at least|a|an|more|better|some|to be)",
            r"(i|i'd|i would) (like to |have to |must )?point out",
            r"(i'd|i would) have thought (the same|that|you|a company|an employer|it)",
            r"(keeping|keep) (commitments|promises|your word|one's word)",
            # A wish that their process mend its ways: "I hope in future the process will be more respectful of
            # candidates' time", not "I hope my own team will be more respectful of people's time".
            r"(hope|hoping|trust) (that )?(in (the )?future,? |next time,? |going forward,? )?(the|your) ([\w-]+ ){0,2}"
            r"(process|recruitment|hiring|round|team|company|firm) (will|would|can|could|might) be (a little |a bit "
            r"|much |far )?more (respectful|mindful|considerate) of (candidates|applicants|people|everyone)(['’]s?)?"
            r" (time|effort|lives|commitments)(?! than)",
        ),
        lambda found: (
            unsoftened(found)
            and not (
                found.words.startswith(("it would be", "it'd be", "it might be"))
                and (found.clause.subject is Person.THING or found.words.endswith((" hear", " know", " get")))
                and re.search(r"\b(?:great|good|nice|helpful|useful)\b", found.words) is not None
            )
        ),
    ),
    Cue(
        "A warning that they will regret it",
        "warns them that they will regret it",
        "wishing regret on them for their choice",
        "I only hope, for your sake, that you don't come to regret it.",
        "I regret that I could not stay for the tour.",
        phrases(
            r"(come to |live to |will |might |may |won't |don't |do not |will not |never )?regret (it|this|that"
            r"|your|the|not|passing|choosing|losing|missing|letting|turning)",
        ),
        _warns_them,
        AFTER_REJECTION,
    ),
    Cue(
        "A complaint about how long they took",
        "complains about how long they took",
        "after a rejection, telling them how long you waited or chased",
        "Instead I went weeks without hearing a word, and then got one sentence.",
        "It has been a week since we spoke, and I enjoyed it.",
        WAITING_WORDS,
        complains_of_wait,
        AFTER_REJECTION,
    ),
)


CUES = (
    *CUES,
    Cue(
        "Doubting that they did their job",
        "doubts that they did their job",
        "asking whether they read your work, or what the person they chose has that you lack",
        "Can I ask whether anyone actually opened the portfolio I sent?",
        "Could you share what the successful candidate's first project will be?",
        phrases(
            r"(whether|if) (anyone|you|the panel|someone|they|the team|anybody)( \w+)? (actually|even|really|ever"
            r"|properly)"
            r" (opened|read|looked at|saw|watched|considered|checked|listened)",
            r"(have|has) (that|which) (i|i've) (don't|do not|didn't|did not|lack|haven't|have not)",
            r"(the|a) (panel's|interviewers'|interviewer's) (scores|marks|notes)",
            r"(do not|don't|cannot|can't) accept (that|the decision|your decision|this decision|the outcome)",
            r"formally (reconsidered|reviewed|appealed|challenged|complain)",
            r"(lodge|make|file|submit|address) (an|my|a formal) (appeal|complaint)",
        ),
        # "If the panel's notes show where I fell short, I'd be grateful to hear" asks for feedback.
        lambda found: (
            unsoftened(found)
            and not (
                found.words.startswith(("the ", "a "))
                and (_POLITE_ASK.search(found.sentence) is not None or _MAY_I.search(found.sentence) is not None)
            )
        ),
        AFTER_REJECTION,
    ),
    Cue(
        "Irony and insinuation",
        "insinuates that they were unfair",
        "saying with irony that experience no longer counts, or hinting at favouritism or bias",
        "I suppose experience counts for rather less these days; I'm sure that had nothing to do with it.",
        "Experience counts for a lot in this work, and I am glad to have gained more.",
        phrases(
            r"counts? for (rather |much |very |so )?(less|little|nothing)",
            r"(knowing|who you know|connections|contacts|being an insider|the right (people|school|name|surname))"
            r" ([\w']+ ){0,4}counts? for (a lot |much |rather |far )?more",
            r"(i'm|i am) sure (that|it|this) had nothing to do with (it|the decision)",
            r"(purely|just|entirely|simply|only) a coincidence",
            r"every bit as (open|fair|transparent|genuine|honest)",
            r"(i )?(should|could|might) have (guessed|known better|seen it coming)",
            r"(says|tells|speaks|said) (something|a lot|volumes|plenty) about (how|your|the|what)",
            r"(shaped|decided|affected|influenced|determined|swayed|coloured|colored) the (outcome|decision|result)",
            r"(laughed|sneered|scoffed|smirked|rolled (his|her|their) eyes) at (me|my)",
            r"(asked|asking) (\w+ ){0,6}(whether|if|what|about) my (husband|wife|partner|age|family|children|kids"
            r"|religion|accent|health|pregnancy)",
            r"(looked|seemed|appeared) to be (well |all |mostly )?(under|over) (twenty|thirty|forty|fifty|\d+)",
            r"(know|learned|learnt|learn) not to bother",
            r"(won't|will not|shan't) (be )?(bother|bothering)( applying)?( again)?",
            r"left (a lot|much|plenty|something) to be desired",
            r"(be|are|were) spared (the same|this|that)",
            r"(i had|i'd|we had|we'd) (rather |already |long since |more or less |pretty much )*(worked|figured"
            r"|guessed) (that|this) out",
            r"(very |remarkably |rather |awfully |strikingly )?(close|similar) to what (i|i'd|i had) (set out|proposed"
            r"|suggested|presented|submitted|sketched|pitched)",
            r"(my|the|our) ([\w-]+ ){0,2}(ideas?|suggestions?|work|plan|proposal|designs?|sample|menu|dish|dishes"
            r"|recipes?|sketches|code|copy|case study|slides|concept|deck|lesson plan|analysis|campaign|tagline|logo"
            r"|wireframes?|mock-?ups?|translation|article|pitch|strategy|layout)( [\w-]+){0,3} (found|has found|have"
            r" found|seems? to have found|appears? to have found|had found) (a |its |their )?(good |new |happy "
            r"|useful |permanent |comfortable )?home",
            # Their launch too like the spec work: "the new spots that went live last week felt very familiar; I'll
            # take it as a compliment".
            r"(felt|feel|feels|looked|look|looks|seemed|seems|sounded|sounds|read|reads) (very |oddly |strangely"
            r" |remarkably |rather |awfully |quite |a little |a bit |uncannily |suspiciously |somewhat |curiously "
            r"|eerily |weirdly |really |so )?familiar",
            r"sincerest form of flattery",
            # Their launch said to be the writer's pitch: "looks rather like the one I pitched", "bears a striking
            # resemblance to my trial concept", "couldn't help noticing my ideas in the campaign"; guarded below.
            r"(looks?|looked|seems?|seemed|feels?|felt|reads?|sounds?|sounded) (rather |very |awfully |remarkably "
            r"|suspiciously |a lot |uncannily |a little |a bit )?like (the one|the ones|what|my) (i (pitched|presented"
            r"|suggested|sketched|proposed|submitted|sent)|(\w+ )?(pitch|concept|idea|ideas|sample|samples|proposal"
            r"|design|designs|menu|work|brief|deck|trial))",
            r"(bears?|bore) (a |an )?(striking |strong |remarkable |uncanny |close |certain )?resemblance to (my"
            r"|the one i|what i)",
            r"(couldn't|could not|can't|cannot) help (but )?(noticing|notice|seeing|spotting) my (\w+ )?(pitch|concept"
            r"|idea|ideas|sample|samples|proposal|design|designs|menu|work|brief|deck|slides)",
            r"(useful|helpful|valuable|productive|worthwhile|of use|good value|handy)( to| for) (you|the [\w-]+"
            r"|your [\w-]+)( [\w-]+){0,3} in more ways than one",
            r"(my|the|our) ([\w-]+ ){0,2}(ideas?|suggestions?|work|plan|proposal|designs?|sample|menu|dish|dishes"
            r"|recipes?|sketches|code|copy|case study|slides|concept|deck|lesson plan|analysis|campaign|strategy"
            r"|mock-?ups?|wireframes?)( [\w-]+){0,4} (has|have|had) (already )?been put to (good |great |some )?use",
            r"(i suppose|i guess|i imagine|evidently|apparently|no doubt)( that)? (this|that|yours|your board|your"
            r" panel|the panel|the board|your committee|this board|this panel|this process|this time|this one)"
            r"( one)? (was|is|proved|proves) no (exception|different)",
            r"(exactly|precisely|surely|isn't that|is that not) what (a|an) (junior|entry-level|entry level|graduate"
            r"|trainee|apprentice|starter|training|first) (role|post|position|job|scheme|programme|program|internship"
            r"|apprenticeship|traineeship) (is|was|are|were|'s|should be) (supposed to|meant to|there to|designed to"
            r"|for)",
            r"(would|that|it|which) (would )?explains? (a lot|rather a lot|quite a lot|everything|so much)",
            r"(can't|cannot|couldn't|could not) (say|pretend) (i'm|i am|i was|i'd be) (shocked|surprised|astonished"
            r"|stunned)",
            r"(at least|hopefully) (useful|helpful|of (some )?use) for (the|your|their) (files|records|paperwork"
            r"|statistics|numbers|quota|audit)",
            r"(tossing|tossed|toss|flipping|flipped|flip|spinning|spun) (a|the) (coin|bottle)",
            r"(never|not) (quite |really |fully )?(worked|figured) out what (it|that|fit|this|the phrase) (measures"
            r"|means|meant)",
            r"(linkedin|profile) (\w+ ){0,4}(changed|updated|switched)( \w+){0,3} (the (morning|day|week) (after"
            r"|before)"
            r"|before)",
        ),
        _insinuates,
        AFTER_REJECTION,
    ),
    Cue(
        "A warning about their process",
        "warns them about their process",
        "telling them their process will cost them good people, or comparing them badly with other employers",
        "A process like this will cost you exactly the kind of people you want; the other firms all rang me.",
        "The other firms I met were friendly too, and I enjoyed every conversation.",
        phrases(
            r"(cost|lose|losing|costs) (you|them|\w+) (exactly |precisely )?(the|good|great|talented|strong|the best"
            r"|the kind"
            r" of) (people|candidates|talent|applicants)",
            r"(wouldn't|won't|will not|would not|shouldn't|should not) (have to )?put up with",
            r"(the )?other (two |three |\w+ )?(firms|companies|employers|organi[sz]ations|businesses)( \w+){0,8} (rang"
            r"|called|phoned|explained|offered|took the time|bothered|gave|managed)",
        ),
        unsoftened,
        AFTER_REJECTION,
    ),
)


CUES = (
    *CUES,
    Cue(
        "Doubting they read your work",
        "suggests they never read your work",
        "saying or hinting that nobody read your CV, opened your portfolio or looked closely at your application",
        "I can't help wondering how closely my application was looked at; it seemed nobody had opened my portfolio.",
        "Thank you for looking so closely at my portfolio; I'm glad the case studies were useful.",
        phrases(
            r"how (closely|carefully|thoroughly|much|well|seriously) (my|the) (application|cv|resume|portfolio|work"
            r"|submission|proposal|answers|references)( was| were| had been)? (looked at|read|reviewed|considered"
            r"|examined|checked|taken)",
            r"(hadn't|had not|didn't|did not|never|haven't|have not|wasn't|weren't)( yet)?( had (a|the) (chance"
            r"|time) to| even| actually| properly| really| fully| got round to| gotten around to)? (read|open|opened"
            r"|look at|looked at|see|seen|review|reviewed|glance at|glanced at|studied|been read|been opened)"
            r" (my|the) (cv|resume|application|portfolio|work|file|submission|proposal|case studies|cover letter"
            r"|references|task)",
            r"(a|the) (file|cv|portfolio|document|application|email) (nobody|no one|no-one) (read|opened|looked at)",
            # "since I gather the link I sent ahead hadn't been opened"; guarded below.
            r"(link|links|file|files|attachment|portfolio|showreel|reel|cv|sample|samples|video|recording|deck|slides)"
            r"( (i|we) (had )?(sent|shared|emailed|forwarded|attached|submitted|uploaded))?( \w+){0,3} (hadn't|had not"
            r"|hasn't|has not|had never|have not|haven't|was never|were never|never) (been |even been |actually been )?"
            r"(opened|viewed|watched|clicked|played|downloaded)",
            r"without (seeing|reading|looking at|considering|knowing|hearing) (my|the whole of my)"
            r" (complete |full |whole"
            r" |real )?(capability|capabilities|ability|abilities|work|portfolio|cv|application|side|experience)",
        ),
        # The negation is the point here ("nobody had opened it"); a hedge still softens it.
        lambda found: not found.clause.hedged and (not found.words.endswith(_UNOPENED) or _unopened(found)),
    ),
    Cue(
        "Not seeing why",
        "questions the decision",
        "after a rejection, saying you cannot see or understand why, that the decision is hard to reconcile with"
        " your record, or that they got it wrong",
        "I still can't see where the gap was, and I find the decision hard to reconcile with my record.",
        "I can see why the team chose someone with more clinical experience.",
        phrases(
            r"(can't|cannot|still can't|fail to|struggle to|struggling to|find it hard to|find it difficult to|hard to"
            r"|difficult to|unable to) (see|understand|reconcile|fathom|comprehend|work out|figure out|make sense of"
            r"|square|follow)( (where|why|how|what|the|that|this|your|it)| with)",
            r"(puzzled|baffled|confused|perplexed|mystified|bemused|bewildered) (about|by|as to|at|why|how|that)",
            r"(judged|deemed|considered|thought) (not|un)( to)? ?(merit|worth|worthy|good enough|suitable|enough)",
            r"(did|does) not merit",
            r"(you've|you have|you) (got|gotten) (this|it|that)( one)? wrong",
            r"(not|isn't|wasn't|is not|was not) (fully |entirely |really |quite |very )?fair (to|on) me",
        ),
        not_negated,
        AFTER_REJECTION,
    ),
    Cue(
        "Advice on how to hire",
        "lectures them on how to hire",
        "offering the employer feedback or suggestions on their hiring, or telling them what their process says"
        " about them",
        "If I may offer one small suggestion in the spirit of improvement: a personal note costs very little.",
        "Thank you for the suggestion to look at the graduate scheme.",
        phrases(
            r"(if i may|may i|can i|let me|allow me to|i'd like to|i would like to|i'll) (offer|suggest|give|share"
            r"|pass on|make)( you)? (one|a|some|an)( small| little| quick| brief| piece of| bit of| honest| gentle)*"
            r" (suggestion|feedback|advice|tip|observation|thought|recommendation)",
            r"(one|a|some)( small| little| quick| piece of| bit of| honest| gentle)+ (suggestion|feedback|advice)"
            r"(, | )(if you'll allow it|if i may|for (you|your|the))",
            r"in the spirit of (improvement|constructive feedback|helpfulness|being helpful)",
            r"(costs|would cost|takes|would take) (very )?little( time)?( and| but)",
            r"(says|would say|tells|speaks) (a great deal|a lot|more|something|volumes|much) about (an|your|the|a)"
            r" (organi[sz]ation|company|culture|team|employer|firm|business)",
            r"(it's|it is|that's|that is) (quietly |probably |surely |likely )?costing you",
            r"(would|will|might) help your (employer brand|reputation|image)",
            r"(might|may|would|could) be (something|worth|one thing)( \w+)? (to )?(look at|considering|looking at"
            r"|consider|fixing|fix|review|reviewing|change|changing)",
            r"(hopefully|perhaps|maybe) (that|this|it) (can|could|will) be (made clearer|fixed|looked at|improved"
            r"|changed|sorted)",
            r"(one|a) (thought|suggestion|observation|point),? (offered|given|made|shared) in good faith",
            r"(is not|isn't|was not|wasn't|may not be|might not be) the (best|right|fairest|ideal|most reliable) way to"
            r" (judge|assess|evaluate|select|interview|test|choose|hire|treat)",
            r"(it would|it'd|would|it might|it could) (really )?help (candidates|applicants|people|everyone|future"
            r" candidates) if (you|your|the)",
        ),
        # "Nobody ever wants to leave, which says a lot about the team" praises them.
        lambda found: (
            unsoftened(found) and not (" about " in found.words and _PRAISE.search(found.sentence) is not None)
        ),
    ),
    Cue(
        "Blaming someone for how it went",
        "blames someone for how it went",
        "saying that someone else's lateness, briefing or mistake is where it went wrong",
        "I was sent in under-briefed, and that is really where this went wrong.",
        "I was sent the brief in good time, and I enjoyed preparing it.",
        phrases(
            r"(where|why|how|when) (this|it|things|everything|the interview) (went|started to go|began to go) wrong",
            r"(sent|put) (me )?in (under-briefed|underbriefed|unprepared|blind|cold)",
            r"(joined|arrived|started|was|came) (\w+ ){0,2}(\d+|twenty|thirty|forty|fifteen|ten) minutes late",
            r"(hence|so|which meant|meaning|and so) my (slot|time|presentation|chance|interview|answers?)"
            r" (was|were|got)"
            r" (cut|reduced|shortened|halved|rushed)",
            r"(got|gotten|took|take) (some )?value out of (that|my|the)",
            r"(my|the) (proposal|ideas|plan|suggestions|work)( \w+){0,6} (are|is|were|was) already (live|in use"
            r"|implemented|launched|running)",
            r"led on",
        ),
        lambda found: unsoftened(found) and not _own_lateness(found) and not _late_taken_well(found),
    ),
    Cue(
        "A process decided in advance",
        "suggests the process was a sham",
        "suggesting the role was already filled or the interviews only a formality",
        "I'm beginning to wonder whether the role has in effect been filled already, and the interviews a formality.",
        # "If the role has already been filled, I'd be grateful to know" is a fair question, not an insinuation.
        "If the role has already been filled, I would be grateful to know.",
        phrases(
            r"(just |merely |only |simply )?a formality",
            r"(only|just|merely|simply|there|in|invited|brought in|called in|included|asked) to (make|pad|round) (up"
            r"|out) (the|a|your) (shortlist|numbers|field|interview list|quota)",
            r"(pad|pads|padding|padded|round|rounding|rounded) out (the|a|your) (shortlist|numbers|field"
            r"|interview list)",
            r"(token|courtesy|window-dressing|tick-box|box-ticking|makeweight|make-weight) (interview|candidate"
            r"|shortlisting|applicant|external candidate|outsider|interviewee)",
            r"(shortlisted|interviewed|invited|included|seen)( \w+){0,2} (only |just |purely |simply |mainly )?(for"
            r" (show|appearances|comparison|the sake of it|form's sake|the record)|to (make it look|look fair|keep it"
            r" fair|satisfy (the|a|your) (policy|rules|process|requirement)|tick (a|the) box))",
            r"(in name only|for form's sake|for appearances' sake|for the sake of appearances|window dressing"
            r"|window-dressing|a paper exercise)",
            r"(in effect|effectively|quietly) (been )?(filled|earmarked|decided|promised)",
            r"(filled|earmarked|decided|promised) (internally|in advance|before (i|we|anyone) (applied|interviewed))",
            r"(earmarked|pre-?selected|hand-?picked|lined up) (for|already)",
        ),
        _sham,
    ),
)


# Who made a promise the team then contradicted: "the recruiter's account", "what the advert said".
_SOLD_BY = LazyPattern(r"\b(?:recruiters?|agency|headhunter|advert|ad|listing|posting|job description)\b")
_ACCOUNT_SET_AGAINST = LazyPattern(r"^(?:more |rosier)")
# The newer phrasings that set what they said against what came: "oversold", "didn't match what the advert said".
_SAID_AGAINST_CAME = LazyPattern(
    r"\b(?:oversold|overstated|exaggerated|misrepresented|misdescribed|match|square with|tally with|line up with|agree"
    r" with|like what)\b"
)
# A happy surprise: "didn't match what the job description said in the best possible way", "which suits me well".
_HAPPY_SURPRISE = LazyPattern(
    r"\b(?:best possible|pleasant\w*|even better|if anything|suits me|good news|rightly|every bit|lived up|better than"
    r" i)\b"
)


_PREFERS = LazyPattern(
    r"\b(?:prefer\w*|rather be|more interested|keen\w*|suits? me|closer to|either|both|as well|too|open to|happy to"
    r"|glad to|love to|fit|confirm|clarify|just to|in case|confusion)\b"
)


# Being weighed for a job: "still being considered for", "assessed against", "moved to".
_WEIGHED_FOR = LazyPattern(
    r"\b(?:consider\w*|assess\w*|evaluat\w*|judged|scored|measured|shortlisted|put forward|kept on|moved|switched"
    r"|transferred|compared|matched|interviewed|in the running|in contention)\b(?:\s+[\w'’-]+){0,3}\s+$"
)


def _held_to_account(found: Found) -> bool:
    """Not hedged; one account set against another counts when the recruiter's or the advert's is the one found
    wanting, said and not asked: not "the manager was more flexible than the handbook suggests", nor a happy
    surprise."""
    if found.clause.hedged:
        return False
    if re.match(r"(?:swapped|switched|changed|replaced|turned) ", found.words):
        # "You have quietly swapped the job I interviewed for": done by them, not "I switched the job I applied for".
        return _YOU_BEFORE.search(found.before) is not None and _WRITER_BEFORE.search(found.before) is None
    if re.search(r"\b(?:interviewed|applied) for\b", found.words) is not None and " was " not in found.words:
        # Whether the writer is still weighed for the job they applied for ("still being considered for the job I
        # interviewed for, rather than the new one"), not their own papers, plans or liking for it.
        return (
            _WEIGHED_FOR.search(found.before) is not None
            and _PREFERS.search(found.sentence) is None
            and re.search(r"\bother (?:firm|company|employer|organi[sz]ation)\b", found.sentence) is None
        )
    if _SAID_AGAINST_CAME.search(found.words) is not None:
        return _HAPPY_SURPRISE.search(found.sentence) is None and _DELIGHTED.search(found.sentence) is None
    if _ACCOUNT_SET_AGAINST.match(found.words) is None:
        return True
    # "The salary the recruiter mentioned is higher than the offer letter states: could you confirm which is right?"
    return (
        not found.clause.question
        and _SOLD_BY.search(found.sentence_before) is not None
        and _DELIGHTED.search(found.sentence) is None
        and THANKS.search(found.sentence) is None
    )


# What belongs to the employer and can be blamed: their advert, their tools, their people, their process.
_THEIR_THING = LazyPattern(
    r"\b(?:your|the|their|its|a)(?: [\w-]+){0,2} (?:advert|listing|posting|job description|description|portal|system"
    r"|platform|tool|software|invite|invitation|calendar|agency|recruiter|brief|briefing|scheduling|schedule|panel"
    r"|interviewers?|room|process|band|range|salary|questions|test|task|exercise|link|connection|video|hr|team|screen"
    r"|wifi|equipment|start|delay|interview|meeting|round|call)\b"
)


CUES = (
    *CUES,
    Cue(
        "Putting it down to them",
        "puts the outcome down to them",
        "explaining how it went by their advert, their tools, their scheduling or their people: what that"
        " explains, why you were not at your best, what could have been saved",
        "The brief from your agency was hard to follow, which would explain why I prepared for the wrong interview.",
        "The brief was clear, and I enjoyed preparing the case study.",
        phrases(
            r"(which|that|this) (would |might |may |probably )?(explains?|explained|is why|was why|may be why"
            r"|might be why"
            r"|accounts for|is what (the reviewers|the panel|you|they) saw)",
            r"(that's|that is|this is) (why|what (the reviewers|the panel|you|they) saw)",
            r"(wasn't|was not|weren't|were not) at (my|our) (sharpest|best|strongest)",
            r"(came apart|went wrong|fell apart|turned|shifted|changed) (once|when|after|as soon as) (the )?\w+",
            r"had (the|your) (advert|listing|posting|description|job description|brief|recruiter|invite|invitation"
            r"|agency) (said|been|made|mentioned|stated|explained)",
            r"(could|would|might) (both |all )?have saved (an?|the|some|us|everyone|a lot of|our)",
            r"(hoped|expected|assumed|thought) (that )?(this|that|it) (might|would|could) (be|have been) taken into"
            r" (account|consideration)",
            r"lost in translation",
            r"(moved|rescheduled|postponed|delayed|cancelled|canceled|pushed back)( \w+){0,3} (from|on|at) your (end"
            r"|side)",
        ),
        lambda found: (
            unsoftened(found)
            and _THEIR_THING.search(found.sentence) is not None
            and _DELIGHTED.search(found.sentence) is None  # "I loved how the mood changed once the team..."
            # "..., which is why your honest description meant so much"
            and not (found.words.endswith("why") and re.match(r"\s+your\b", _rest(found)))
        ),
    ),
    Cue(
        "Telling the world",
        "threatens to tell others",
        "saying you will tell others about their process, write a review, or that their reviews were right",
        "I'll be honest with my classmates about the silence, and the reviews online turned out to be right.",
        "I will tell my classmates how much I enjoyed the assessment day.",
        phrases(
            r"(i'll|i will|i'm going to|i am going to|i plan to|i intend to|i'd like to) (be honest with|tell|warn|let"
            r" (everyone|others|people|them|my \w+|the \w+|other \w+)|share (this|my experience) with)( \w+){0,3}"
            r" (about|what)",
            # "I'll just be honest with them about how it was run": their process, told to others.
            r"(i'll|i will|i'm going to|i am going to)( just| simply| certainly| definitely)? (be honest with|tell"
            r"|warn)( \w+){1,3} (about )?how (it|this|the process|things|i|we|everything) (was|were|went|has been"
            r"|had been) (run|handled|treated|managed|done|organi[sz]ed)",
            r"(write|leave|post|writing|leaving|posting) (a |an |my )?(honest )?(review|write-up|post)( \w+){0,3}"
            r" (on|about|for) (glassdoor|indeed|linkedin|reddit|google|your|the|my)",
            r"(reviews|review sites|glassdoor|what people say online)( \w+){0,5} (were|was|are|is|turned out to be)"
            r" (right|deserved|accurate|true|fair|spot on)",
            r"(can|could) see where (they're|they are|they were|people are) coming from",
            r"(add|adding|post|posting|write|writing|leave|leaving|put|putting)( \w+){0,5} (to|on) (the |your |their )?"
            r"(company's |firm's )?(glassdoor|indeed|trustpilot|google reviews)",
            r"(they|people|others|candidates|classmates|applicants) deserve to know",
        ),
        lambda found: (
            unsoftened(found)
            and re.search(r"\b(?:enjoy|recommend|great|lovely|positive|good)\w*", found.sentence) is None
            # "My references know about the old job, so I'll let them know about the change": the writer's own people.
            and not (" them " in found.words and _MY_PEOPLE.search(found.sentence) is not None)
        ),
    ),
    Cue(
        "Holding them to account",
        "holds them to account",
        "setting what you were told against what happened or the recruiter's account against the team's, or saying"
        " your papers were mishandled, lost or never reached the panel",
        "Mistakes were made in how my application was handled; my statement appears not to have reached the panel.",
        "I was told the decision would take two weeks, and I am happy to wait.",
        phrases(
            r"what (has |had )?changed (from|since|between)",
            r"(from|than|with) what (was|had been|i was|we were) (communicated|promised|said|agreed|described|told)",
            r"(was|were|had been) (first )?(described|presented|sold|advertised|pitched) to (me|us) as",
            r"the (job|role|position) it became",
            r"mistakes (were|have been|had been) made",
            r"(not|n't) (confident|sure|convinced) (that )?(the|this|your|my) (process|application|recruitment|hiring"
            r"|matter|file)( has| had| was| is)? (been )?(handled|run|managed|dealt with|treated)( \w+){0,2} (with )?"
            r"(much |any |enough |proper |due |real )?(care|attention|seriousness|thought|consideration)",
            r"(sending|sent|gave|given|emailed|forwarded|passed) me (someone|somebody|another (candidate|person"
            r"|applicant))(['’]s)?( else['’]s)? (contract|offer|letter|details|paperwork|email|documents|pack|cv)",
            r"(appears|seems|seemed|appeared) not to have (reached|been (read|seen|passed on|forwarded|received"
            r"|opened))",
            r"(lost|misplaced|mislaid|deleted|dropped|ignored|overlooked) my (references|cv|application|documents|files"
            r"|details|form|submission|statement|portfolio|email|emails)",
            r"(not|n't) (confident|sure|convinced) (that )?my (details|cv|application|message|messages|references"
            r"|email) (were|was|had been|have been) (passed on|forwarded|sent|shared|received|read)",
            r"rather than trust (the|your|it)",
            r"(was|is) (the role|it|the position|the job|the post) (ever )?(really |genuinely |actually |truly )?(open"
            r"|available)",
            r"(the role|it|the position|the job|the post) (was|is|had been) ever (really |genuinely |actually |truly )?"
            r"(open|available)",
            r"(did|has|have|had) (the panel|you|anyone|they|the team|the interviewers?|the reviewers)( even)? (have|had"
            r"|get|got) (the|a) (chance|time|moment) to (look at|read|review|see|open)",
            r"(right|correctly|correct) this time",
            r"(it was|how) (very |so )?(efficient|thorough|considerate|personal) (of you )?to (hear|get|receive|learn"
            r"|be told)",
            r"(sneaking|funny|strong|nagging) (suspicion|feeling)",
            r"already (printed|had (a|their|his|her) (badge|lanyard|desk|email|laptop))",
            # One of their accounts set against another: "the recruiter's account of the hybrid policy turned out to be
            # rather more generous than what the team described" (an account's words: "higher", "more flexible" compare
            # figures and hours, often to ask which applies).
            r"(more generous|rosier|more optimistic) than"
            r" (what )?(the|your) (team|manager|hiring manager|line manager|panel|interviewers?|contract|offer|offer"
            r" letter|policy|handbook|colleagues?|director|head|lead|team lead|department) (described|said|told me"
            r"|explained|mentioned|outlined|set out|suggested|shows|showed|says|offered|states|stated)",
            r"(the|your) (recruiter|recruiters|agency|headhunter|advert|ad|job ad|listing|posting|job description)"
            r"( (had|has|rather|somewhat|a little|a bit|slightly|clearly|may have|might have|seems to have|seemed to"
            r" have))* (oversold|overstated|exaggerated|misrepresented|misdescribed)(?! (nothing|none|little|no)\b)",
            # "Didn't match what the advert said" looks back; "doesn't quite match what the recruiter said" asks which.
            r"(didn't|did not) (quite )?(match|square with|tally with|line up with|agree with) what (the|your)"
            r" (recruiter|agency|headhunter|advert|ad|listing|posting|job description) (said|says|told me|described"
            r"|promised|stated|states|suggested)",
            # The job swapped since: "still being considered for the job I interviewed for, rather than the new one".
            r"(the|a) (job|role|post|position|vacancy) (that )?i (originally |actually )?(interviewed|applied) for,?"
            r" (rather than|and not|not|instead of) (the|this) (new|revised|reposted|updated|changed|current|rewritten"
            r"|different|second) (one|version|role|job|post|advert|listing)",
            # The job changed under the writer: "you have quietly swapped the job I interviewed for", "the role I was
            # interviewed for seems to have become a different job".
            r"(swapped|switched|changed|replaced|turned) the (job|role|post|position) (that )?i (was )?(interviewed"
            r"|applied) for (with|into|for)",
            r"the (job|role|post|position) i was interviewed for (now )?(seems to have |appears to have |has |had )?"
            r"(become|turned into|changed into) (a different|an entirely different|a completely different|another"
            r"|something (else|different))",
            r"(nothing|not at all|very little) like what (i was|we were|i had been|i'd been|had been|was) (promised"
            r"|told|sold|described|led to expect)",
        ),
        _held_to_account,
    ),
)

CUES = (
    *CUES,
    Cue(
        "Faulting the format",
        "faults how they assess people",
        "saying their test, video system or format is not a real interview, missed what matters, or is not a good"
        " way to find people",
        "Answering a countdown clock is not really an interview, and the process missed what matters.",
        "The recorded interview was new to me, and I'd like to practise it.",
        phrases(
            r"(is|was|isn't|wasn't) (not )?really an interview",
            r"(not|hardly) a (real|proper|genuine) interview",
            r"(the process|it|the test|the format|the system|the software|the tool|the platform) (missed|misses"
            r"|fails to"
            r" see|failed to see|cannot see|can't see) (what matters|the point|the person|what i|who i)",
            r"(not|n't|hardly) (convinced|sure) (that )?(software|an algorithm|a machine|ai|a test|a video|a quiz|this"
            r" format|the format|the process|it)( \w+){0,8} (is|was|are|were) (a good|the right|a fair|an effective"
            r"|a reliable) way",
            # "these competency interviews reward whoever has memorised the framework rather than whoever has done
            # it", "felt built to reward whoever talked loudest"; guarded below.
            r"(interviews?|tests?|exercises?|formats?|process|assessments?|questions|tasks?|rounds?|system|scoring"
            r"|method|approach)( \w+){0,2} (seem to |seems to |tend to |tends to |only |just |really |mostly "
            r"|largely |simply |always )?(rewards?|rewarded|favou?rs?|favou?red|selects? for|selected for) (whoever"
            r"|those who|people who|anyone who|candidates who|the (candidates?|person|people|ones?) who)",
            r"(built|designed|set up|made|geared|rigged) to (reward|favour|favor|select) (whoever|those who"
            r"|people who|anyone who|candidates who|the (loudest|fastest|quickest|pushiest|boldest|most confident))",
        ),
        _faults_format,
    ),
    Cue(
        "A promise someone broke",
        "holds them to a promise",
        "telling them you were told the job was yours, or asking for more care with promises",
        "After you told me the job was mine, a little more care with promises would go a long way.",
        "You told me the job would suit someone who likes travel, and it does.",
        phrases(
            r"(told me|said|assured me|promised me) (that )?the( [\w-]+)? (job|role|position|post|offer) (was|would"
            r" be|is) (mine|in the bag|just paperwork|a formality)",
            r"(more|a little more|greater) care with (promises|your promises|what you (promise|say))",
            r"(reason|reasons) (given|you gave|stated|cited) (is|was|are|were) (not correct|incorrect"
            r"|wrong|inaccurate|untrue|mistaken)",
            r"my (profile|cv|application|resume|résumé|file) (was|had been) (not|never) (read|seen|considered|looked"
            r" at|opened)",
            r"(mixed up|confused|muddled) with (another|someone|somebody)",
            r"(misplaced|lost|mislaid) by (your|the|their)",
            r"(did not|didn't|does not|doesn't|won't|will not) count against me",
            r"(problems?|issues?|faults?|trouble) (was|were) (on|at) (your|the hosting|their|the company's) (end|side)",
            r"(was|were) (really |always |in fact )?(intended|meant|reserved) for (the|a|an|someone|somebody|him|her)",
            r"there (only )?to (complete|satisfy|make up|fill|tick) the (numbers|requirements|quota|boxes|process)",
            r"a proper (one|conversation|interview)",
        ),
        lambda found: not found.clause.hedged,
    ),
)

# What a reply to a rejection argues about: the decision, how it was made, and the writer's record.
_DECISION_TOPIC = LazyPattern(
    r"\b(?:decision|decided|outcome|result|process|panel|interview(?:er|ers|s)?|selection|choice|chose|chosen|hire[ds]?"
    r"|hiring|successful candidate|person you|application|cv|resume|portfolio|my (?:experience|record|background"
    r"|qualifications|skills|years)|i (?:met|had|have|was)|reason|criteria|specification|assessment|test|task|advert"
    r"|listing|posting|band|range|salary|compensation|pay|rescheduled|moved|platform|tool|system|portal|agency|brief"
    r"|questions|room|mood|went wrong|came apart|fell apart|role|job|position|post)\b"
)
# A request for feedback or to stay in touch is what a good reply asks for, whatever words lead into it.
_GOOD_REQUEST = LazyPattern(
    r"\b(?:feedback|pointers|keep me in mind|in touch|future (?:roles|vacancies|openings|positions)|consider me"
    r"|grateful for any|any advice|improve)\b"
)


# Saying outright that you accept the decision: "I'm not questioning the outcome, but I'd like to understand..."
_ACCEPTING = LazyPattern(
    r"\bnot (?:questioning|disputing|challenging|contesting|arguing with|querying|appealing) (?:the|your|their)"
    r" (?:\w+ )?(?:decision|outcome|result|choice|selection)"
)


# Candour about the writer's own feelings, fault or pleasure: "I'll be honest, I was really disappointed", "for what
# it's worth, I really enjoyed every stage", "to be candid: that was down to my own planning".
_OWN_CANDOUR = LazyPattern(
    r"[\s,:;—–-]*(?:that )?(?:i (?:was|am|['’]m|felt|feel)(?: \w+){0,2} (?:disappointed|gutted|sad|sorry|upset|crushed"
    r"|deflated|heartbroken)|(?:it is|it['’]s|it was|this is|this was)(?: \w+){0,2} (?:disappointing|sad|hard|tough"
    r"|difficult) news|i (?:had )?hoped (?:for|to|it)|i (?:really |genuinely |truly |thoroughly )?(?:enjoyed|loved))\b"
)
_OWN_FAULT_LATER = LazyPattern(
    r"\b(?:down to (?:me|my own)|my own (?:planning|fault|mistake|doing|preparation|timing)"
    r"|my fault|my mistake)\b"
)


def _argues(found: Found) -> bool:
    """A marker of disagreement in a sentence about the decision or the writer's record, not a request."""
    sentence = found.sentence
    rest = found.after[len(found.words) :]
    if _OWN_CANDOUR.match(rest) or _OWN_FAULT_LATER.search(rest):
        return False
    return (
        not found.clause.hedged
        and _DECISION_TOPIC.search(sentence) is not None
        and _GOOD_REQUEST.search(sentence) is None
        and _POLITE_ASK.search(sentence) is None
        and re.search(r"\bnot\s+$", found.before) is None  # "it is not surprising that the panel went with..."
        and THANKS.search(sentence) is None
        and _ACCEPTING.search(sentence) is None
    )


# Words that concede the decision.
_ACCEPTED = LazyPattern(r"\b(?:accept|respect|understand|appreciate|take on board)\b")


CUES = (
    *CUES,
    Cue(
        "Arguing with the decision",
        "argues with the decision",
        'after a rejection, the words people use to disagree ("with respect", "I can\'t help feeling", "I find it'
        ' odd that", "surely") in a sentence about the decision, the process or your record',
        "With respect, I find it odd that my record was judged this way.",
        "With respect to timing, I would be grateful for feedback whenever suits you.",
        phrases(
            r"with (all )?(due )?respect",
            r"(i have to|i must|i've got to|i feel i should|i feel i must) (say|admit|be honest|point out|add|note)",
            r"(frankly|to be frank|to be honest|in all honesty|quite honestly|if i'm honest|if i am honest"
            r"|for what it's"
            r" worth|i'll be (candid|honest|frank|blunt)|candidly|to be candid)",
            r"(hard|difficult) not to (feel|think|wonder|suspect|conclude|notice)",
            r"(i )?(can't|cannot|couldn't|could not) help (but )?(feel|feeling|think|thinking|wonder|wondering|notice"
            r"|noticing|suspect|suspecting)",
            r"(i )?(find|found) it (a little |a bit |rather |quite |very |somewhat |genuinely |slightly )?(odd|strange"
            r"|curious|surprising|hard|difficult|telling|puzzling|disappointing|frustrating|jarring|remarkable)",
            r"(odd|strange|curious|surprising|telling|puzzling|interesting|remarkable) that",
            r"(i'm|i am|i was|left) (left )?(wondering|curious) (whether|if|how|why|what)",
            r"(i'd|i would) (like|love|want) to understand (how|why|what)",
            r"surely",
            r"(given|considering) that (i|my)",
            r"given (my|i)",
            r"(despite|in spite of) (my|having|the fact)",
            r"even though (i|my)",
            r"(i )?(genuinely |really )?(don't|do not) (understand|see) (how|why|what)",
            r"(hard|difficult|impossible) to (square|reconcile)",
            r"(almost |practically |virtually |nearly )?(line for line|point for point)",
        ),
        _argues,
        AFTER_REJECTION,
    ),
    Cue(
        "A concession taken back",
        "takes back what it conceded",
        'accepting the decision in one sentence and opening the next with "still", "even so" or "that said"',
        "I accept the result, of course. Still, I am not sure the exercise showed how I work.",
        "I accept the result. I would still be glad to hear of future roles.",
        phrases(r"(still|even so|that said|having said that|all the same|nonetheless|nevertheless)(?=,)"),
        lambda found: not found.sentence_before.strip() and _ACCEPTED.search(found.neighbour(-1)) is not None,
    ),
    Cue(
        "Hinting at bias",
        "hints that they were biased",
        "suggesting that your age, background or circumstances, not your answers, decided it",
        "It is rarely about qualifications, and I hope the younger candidate enjoys the shifts.",
        "I hope the new analyst settles in well, and I would be glad to hear of future roles.",
        phrases(
            r"(the|a|your|that) (younger|older) (candidate|applicant|person|man|woman|hire|one|colleague)",
            r"(code|a polite word|shorthand|a euphemism|another word) for (age|too old|older|old)",
            r"rarely about (qualifications|experience|skills|ability)",
            r"(hate|not want|wouldn't want|would not want|hope not) for (the|your) decision to (rest|depend|turn|hinge)"
            r" on",
            r"(odd|strange|ironic|funny|curious) to be (trusted|good enough|relied on|asked|considered)",
            r"(whether|if|did|does|has|had) my (age|gender|sex|accent|background|nationality|race|ethnicity|religion"
            r"|faith|disability|health|pregnancy|name|origin|visa status|postcode|school|class|weight|appearance)"
            r" (played|play|counted|count|factored|factor|mattered|matter|came into|come into|affected|affect"
            r"|influenced|influence|went against|go against|worked against|work against|was held against|was a factor)",
            r"(other|some|later|earlier|certain|internal|those|the other) (candidates|applicants|people|interviewees"
            r"|ones|interviewed)( [\w-]+){0,6} (were|was|had been|got) (sent|given|shown|told) the (questions|brief"
            r"|task|topics|case study|scenarios?)( \w+){0,3} (in advance|beforehand|ahead|early|the day before"
            r"|the night before)",
            r"(tone|mood|atmosphere|manner|attitude|temperature)( in the room)? (changed|shifted|cooled|turned|dropped)"
            r"( \w+)? (once|when|after|as soon as) (i|my)",
            r"(the )?(male|female|younger|older|other|white|local|native) (candidates|applicants|men|women)( \w+){0,3}"
            r" (weren't|were not|wouldn't|would not|aren't|are not|probably weren't|never) (asked|expected|given"
            r"|treated|questioned)",
        ),
        unsoftened,
    ),
    Cue(
        "Their attention elsewhere",
        "complains they were not listening",
        "pointing out that the interviewer took calls, interrupted you or did not let you finish",
        "He took several phone calls during the interview, and I was stopped four times in one answer.",
        "The fire alarm cut our interview short, and I was glad we could finish by phone.",
        phrases(
            r"(take|took|taking|answer|answered|answering|make|made|making) (several |a few |two |three |many |a )?"
            r"(phone )?calls? (during|in the middle of|through|throughout) (it|the interview|our interview|my answer"
            r"|the meeting)",
            r"(have|get|give|had|got|gave) (his|her|their|your) (full|undivided) attention",
            r"(stopped|interrupted|cut off|cut short)( \w+){0,2} (two|three|four|five|six|several|many|\d+) times",
            r"(wasn't|was not|weren't|were not|never) (able|allowed|given the chance|given time|given a chance) to"
            r" (finish|complete|answer|get to)",
            r"(your|his|her|their) (phone|calls|messages|notifications|emails|laptop) (that )?(kept|keep|kept on)"
            r" (ringing|buzzing|coming|interrupting|going off|pinging)",
            r"(calls|messages|interruptions|notifications) (that )?(kept|keep|kept on) (coming|arriving|interrupting)"
            r"( in)?( [\w']+){0,12}? (during|throughout|in between) (the|our|my|it|them)",
            r"(cut off|interrupted|distracted|drowned out) by (your|his|her|their) (notifications|phone|calls"
            r"|messages|emails|laptop|colleagues|team|pings)",
        ),
        unsoftened,
    ),
    Cue(
        "Saying they misunderstood you",
        "says they misunderstood you",
        "telling them they misheard or misread your answer, that their question was badly put, or, after a rejection,"
        " that they missed your record",
        "I think my answer was misunderstood, and the way the question was framed made it sound otherwise.",
        "I think I misunderstood your question about budgets, so here is a clearer answer.",
        phrases(
            r"my (\w+ )?(answer|answers|point|comment|remark|meaning|words|example|response|reply|explanation)"
            r"( [\w-]+){0,5} (was|were|had been|got|may have been|might have been)( \w+)? (misunderstood|misheard"
            r"|misinterpreted|misread|misrepresented|taken out of context)",
            r"(you|the panel|the interviewers?|they|he|she|the team) (\w+ )?(misunderstood|misheard|misinterpreted"
            r"|misread|misremembered|mixed up|twisted) (me|my (answer|answers|point|question|words|meaning|comment"
            r"|example|response)|what i (said|meant|wrote))",
            r"the way (the|your|that|this) question (was|were) (framed|worded|phrased|asked|put) (made it (sound|seem"
            r"|look|hard|unclear)|meant that i|suggested|implied)",
            r"(poorly|badly|unclearly|confusingly|oddly|strangely|vaguely) (framed|worded|phrased|put|asked)"
            r" (question|questions|brief|task)",
            r"(you|the panel|they|the team|the interviewers?)( to be| are| were| might be| may be| could be)? (working"
            r"|going|deciding) (from|on) (the|a) (wrong|false|mistaken|incorrect) (impression|idea|picture"
            r"|understanding)",
            # After a rejection: "whether the panel had quite joined up my time on the reefer stack with..."
            r"(whether|if) (the panel|the board|the interviewers?) (had|has|have) (quite |fully |really )?joined up my"
            r"( [\w'’-]+){1,6} with",
            r"(the panel|the board|the interviewers?)( \w+){0,2} (did not|didn't)( quite| fully| really)? (catch"
            r"|pick up on|take in|grasp) that i\b",
        ),
        lambda found: (
            _says_they_misunderstood(found)
            and (
                (found.kind in AFTER_REJECTION and THANKS.search(found.sentence) is None)
                or re.search(r" (?:joined up|catch|pick up on|take in|grasp) ", found.words) is None
            )
        ),
    ),
    Cue(
        "Doubting the person they chose",
        "doubts the person they chose",
        "after a rejection, warning them about the person they hired, or hoping that person can do the job",
        "I hope the person you hired proves me wrong, but he has never run a budget this size.",
        "I hope the new analyst settles in well, and I would be glad to hear of future roles.",
        phrases(
            _CHOSEN
            + r" (has|have|had) (never|not|no(?! doubt)|little|hardly) (\w+ )?(run|managed|led|done|worked|held|built"
            r"|delivered|experience|background|knowledge)",
            r"(hope|hoping) (that )?" + _CHOSEN + r" (\w+ )?(proves?|prove) me wrong",
            # A wish that doubts: "I only hope the nurse you chose has real experience", not "I hope they enjoy it".
            r"(only|just) hope (that )?" + _CHOSEN + r"( \w+){0,3} (has|have|had)( had)? (the |real |enough |any |some"
            r" |proper |genuine |hands-on |relevant )*(experience|skills|background|knowledge|qualifications|time"
            r" with (patients|residents|clients|customers|children|pupils))",
            r"hope (that )?" + _CHOSEN + r"( \w+){0,3} (has|have|had)( had)? (real|enough|proper|genuine|hands-on"
            r"|relevant|the right) (experience|skills|background|knowledge|qualifications)",
            # "Congratulations to your nephew. I'm sure he'll grow into it in time."
            _CHOSEN + r"('ll| will| should| is sure to| is bound to| must| can)( soon| quickly| no doubt| eventually"
            r"| in time)? grow into (it|the (role|job|post|position))",
            r"(only|just) hope (that )?" + _CHOSEN + r"( \w+){0,3} (can|could|is able to|are able to|is up to|are up to"
            r"|copes?|handles?|is ready|are ready) (with )?(the (job|role|workload|pace|pressure|demands)|pressure|it)",
            # "I hope whoever you've chosen is as comfortable at a calving ... as they were in the interview room"
            r"hope (that )?(" + _CHOSEN + r"|(your|the) new [\w-]+)( [\w'’-]+){0,3}? (is|are|will be|proves?|turns? out"
            r"|shines?|performs?|comes? across)( to be)?( \w+)? as (?!(happy|glad|welcome\w*|settled|excited|pleased"
            r"|enthusiastic|much)\b)[\w-]+( [\w'.-]+){0,12}? as ((they|he|she)( \w+){0,2} )?(in|at|on|during|in front"
            r" of) (the |their |his |her |a )?(interviews?|interview room|paper|panel|presentation|assessment|cv)",
        ),
        _doubts_the_hire,
        AFTER_REJECTION,
    ),
    Cue(
        "Holding a complaint in reserve",
        "hints at a formal complaint",
        "mentioning their complaints or appeals procedure, or that you could lodge a complaint",
        "I note the council has a complaints procedure, and I would rather not need to use it.",
        "I would be grateful for feedback on my presentation when you have time.",
        phrases(
            r"(complaints?|grievance|appeals?) (procedure|process|policy|route|form)",
            r"(lodge|file|make|raise|submit) (a |an )?(formal )?(complaint|grievance|appeal)",
            r"(i've|i have|i) (kept|saved|still have|retained) (the|your|a copy of (the|your)|all the|every|copies of"
            r" (the|your)) (email|emails|message|messages|correspondence|records?|notes|texts) (where|in which|that"
            r"|which)"
            r" (you|she|he|they|it) (quoted|promised|said|stated|offered|confirmed|gave|put)",
        ),
        anywhere,
    ),
)


# What a candidate's practical or case study depends on, that the employer provides.
_KIT_OR_PAPERS = LazyPattern(
    r"\b(?:kit|equipment|machine|machinery|truck|forklift|van|vehicle|laptop|computer|projector|tools?|instruments?"
    r"|scales|gauge|meter|oven|hob|software|headset|microphone|camera|mast|rig|simulator|platform|portal|system"
    r"|link|connection|video|screen|wifi|wi-fi|app|pack|brief|briefing|pre-read|instructions|materials|documents"
    r"|papers|annex|appendix|bundle|slot|room|timetable|schedule|trainer|assessor|invigilator|examiner)\b"
)
# Signs that something of theirs went wrong for the writer, or told what it cost.
_HINDERED = LazyPattern(
    r"\b(?:faulty|broken|sticking|stuck|jamm\w*|uncalibrated|calibrat\w*|dodgy|temperamental|unreliable|malfunction\w*"
    r"|defective|glitch\w*|froze|frozen|crash\w*|dropped|cut out|missing|left out|no mention|rushed|distracted"
    r"|flustered|thrown|rougher|worse|weaker|harder|struggl\w*|from scratch|pointed out|at the time|fell on|clash\w*"
    r"|wasn't possible|was not possible|caught (?:me )?(?:out|off guard))\b"
)
# What the writer says it cost: "so I was building the numbers from scratch", "which I suspect showed".
_COST = LazyPattern(
    r"\b(?:from scratch|showed|caught (?:me )?(?:out|off guard)|on the spot|unprepared|improvis\w*|guess\w*|blind"
    r"|cost me|rougher|weaker|harder|struggl\w*|explains?|why (?:i|my)|without it|had to|couldn't|could not"
    r"|wasn't able|unable|ran out|thinner|shorter)\b"
)
_MADE_GOOD = LazyPattern(
    r"\b(?:but|though|although)\b.*\b(?:kind|kindly|patient|helpful|extra time|sorted|fixed|resolved|no harm"
    r"|no problem|fine)\b"
)


_PAPERS = LazyPattern(
    r"\b(?:pack|brief|briefing|pre-read|instructions|materials|documents|papers|bundle|packet|handbook|agenda|invite"
    r"|invitation|case study)\b"
)


_DROPPED = LazyPattern(
    r"\b(?:dropped|cut out|kept|froze|crashed|failed|went down|died|glitched|timed out|logged me|kicked me|cut me"
    r"|threw me)\b"
)
_DROP_COST = LazyPattern(
    r"\b(?:cost me|lost (?:me )?(?:\w+ )?(?:minutes|time|marks|points|my place|my answer|my train of thought)"
    r"|penali[sz]\w*|count(?:ed)? against|never (?:got|recovered)|(?:couldn't|could not|wasn't able to|was unable to)"
    r" (?:finish|complete|recover|show)|ran out of time|threw me|taken into account|allowed for|unfair|explains?)\b"
)


# "which I mentioned to the assessor, and he sorted it straight away": put right at once.
_PUT_RIGHT = LazyPattern(
    r"\b(?:sorted|fixed|resolved|replaced|swapped)(?: it| that| this| the [\w-]+)?(?: out)? (?:straight away"
    r"|immediately|quickly|at once|in no time|right away|on the spot|within)\b"
)
# "Running it on my old laptop made the demo look slower": the writer's own kit.
_OWN_KIT = LazyPattern(
    r"\bmy (?:own |old |home |personal |ancient )?(?:laptop|computer|kit|equipment|tools?|connection|wi-?fi|internet"
    r"|phone|camera|headset|microphone|printer|car|van|knives|scales)\b"
)
# "In my current role I make sure every gauge that hasn't been calibrated is tagged out": the writer's experience.
_EXPERIENCE = LazyPattern(
    r"\b(?:in my (?:\w+ )?(?:role|job|work|post|career|experience)|(?:i|i['’]ve|i have) (?:spent|make sure|ensure"
    r"|check|fix\w*|maintain\w*|repair\w*|trained|train|worked|managed|led)|years? (?:of )?(?:fixing|maintaining"
    r"|repairing|working))\b"
)


def _spared_as_fine(found: Found) -> bool:
    """Apologised for, thanked for, made good, praised, or the writer's own doing."""
    sentence = found.sentence
    return (
        found.clause.hedged
        or _APOLOGISING.search(sentence) is not None
        or THANKS.search(sentence) is not None
        or _WRITER_DID.search(found.before) is not None
        or _MADE_GOOD.search(sentence) is not None
        or _DELIGHTED.search(sentence) is not None
        or re.search(r"\bmy (?:own )?(?:nerves|mistake|fault)\b", sentence) is not None
        or _PUT_RIGHT.search(sentence) is not None
        or _OWN_KIT.search(found.sentence_before) is not None
        or _EXPERIENCE.search(sentence) is not None
        # "In case the agency sent over an older CV, I've attached my current one."
        or re.search(r"\bin case\b", found.sentence_before) is not None
    )


def _let_down_by_their_things(found: Found) -> bool:
    """Their kit, papers or timetable blamed for how it went: not the writer's own, not thanked for, not praised."""
    if _spared_as_fine(found):
        return False
    words = found.words
    if words.startswith(("hope", "i hope", "hoping", "trust", "i trust", "which i", "as i", "and i")):
        # "I hope that was taken into account" or "which I pointed out at the time", after their equipment or
        # timetable let the writer down.
        pointed_out = words.startswith(("which i", "as i", "and i"))
        context = found.sentence if pointed_out else found.neighbour(-1) + " " + found.sentence
        return _KIT_OR_PAPERS.search(context) is not None and _HINDERED.search(context) is not None
    if _DROPPED.search(words) is not None:
        # "The platform logged me out once, but nothing was lost" reports it; blame says what it cost.
        return _DROP_COST.search(found.sentence + " " + found.neighbour(1)) is not None
    if words.startswith("if "):
        return re.search(r"\b(?:by now|already|sooner|weeks ago|in time|decision|answer)\b", found.sentence) is not None
    if re.match(r"(?:the|your|their|a|an) ", words) is not None and _PAPERS.search(words) is not None:
        # An omission in their pack counts when the writer says what it cost.
        return _COST.search(found.after + " " + found.neighbour(1)) is not None
    return True


_HEARSAY_BAD = LazyPattern(
    r"\b(?:already|decided|filled|internal|inside|chosen|earmarked|promised|lined up|formality|turnover|leaving|quit"
    r"|chaos|chaotic|mess|toxic|problems?|frozen|freeze|on hold|restructur\w*|cuts|never|nobody|no one|gone to"
    r"|went to|nephew|niece|cousin|favourite|favorite|stitched|done deal|foregone|overworked|burn(?:ed|t)? out"
    r"|understaffed|morale)\b"
)
# How a writer says they heard it elsewhere first: "before anyone told me", "rather than from you".
_SECONDHAND = LazyPattern(
    r"\b(?:before (?:i|anyone|you|hearing|being told|i['’]d|i had|your|a word|the email|any)"
    r"|rather than (?:from )?(?:you|your|the team|directly)|instead of (?:from )?(?:you|directly|an email|a call)"
    r"|had to (?:find out|learn|hear|discover|read)|second-?hand|not from you"
    r"|(?:nobody|no one|no-one) (?:had )?(?:told|thought to tell)"
    r"|(?:wasn't|was not|was never) told|without (?:a word|anyone|being told|hearing)|first i heard|only (?:found out"
    r"|learned|learnt|heard))\b"
)
_SOURCE = LazyPattern(
    r"\b(?:website|site|careers page|jobs page|job board|linkedin|post|posting|announcement|newsletter|grapevine"
    r"|profile|feed|listing|advert|press release|portal|intranet|instagram|twitter|facebook|social media|agency"
    r"|third party|friend|colleague|contact|mutual|someone else|somebody else|receptionist|another candidate)\b"
)


_LEARNT = ("found", "find", "learn", "discover", "hear", "saw", "read", "notic", "spott", "realis", "realiz")


# Hearsay that can be good news: "she never regretted joining", "nobody ever wants to leave".
_HEARSAY_MILD = LazyPattern(
    r"\b(?:never|nobody|no one|leaving|quit|frozen|freeze|on hold|restructur\w*|cuts|problems?|already)\b"
)
_HEARSAY_WARM = LazyPattern(
    r"\b(?:lovel?y|love[sd]?|great|brilliant|wonderful|enjoy\w*|happ(?:y|iest)|best|kind|supportive|welcoming"
    r"|friendly|regrett\w*|recommend\w*|proud|growing|exciting|fantastic|keen|no rush|no hurry|fine|understand\w*"
    r"|of course|(?:nobody|no one) (?:ever )?(?:wants to leave|leaves))\b"
)
# What the writer learnt first elsewhere, when it is a complaint: the result, not the vacancy.
_RESULT = LazyPattern(
    r"\b(?:news|decision|result|outcome|unsuccessful|rejected|filled|appointed|chose|chosen|hired|someone else"
    r"|another candidate|went to|gone to|announce\w*|successful candidate|colleague-to-be|would-be)\b"
)
_ABOUT_VACANCY = LazyPattern(
    r"\b(?:about|of) (?:the|this|your|a|an) (?:[\w-]+ )?(?:role|vacancy|job|position|post|opening|opportunit\w*"
    r"|programme|scheme|internship|apprenticeship)\b"
)
# The writer's own plans for a readvertised role: "and I would love to be considered again".
_REAPPLYING = LazyPattern(
    r"\b(?:(?:love|like|glad|happy|keen|delighted) to|re-?apply\w*|considered again|apply again)\b"
)


def _second_hand(found: Found) -> bool:
    """Hearsay about them, the result learnt from a website or a third party first, or the role readvertised."""
    if not unsoftened(found):
        return False
    sentence = found.sentence
    if found.words.startswith(("role", "job", "position", "post", "vacancy")):
        return _REAPPLYING.search(sentence) is None
    if found.words.startswith(_LEARNT):
        # "I heard about the vacancy from a friend before I saw the advert" is how the writer came to apply.
        if _ABOUT_VACANCY.search(sentence) is not None and _RESULT.search(sentence) is None:
            return False
        return _SOURCE.search(sentence) is not None and _SECONDHAND.search(sentence) is not None
    rest = found.after[len(found.words) :]
    if _HEARSAY_BAD.search(rest) is None:
        return False
    # "A colleague who used to work there told me she never regretted joining" passes on good news.
    return _HEARSAY_BAD.search(_HEARSAY_MILD.sub("", rest)) is not None or _HEARSAY_WARM.search(rest) is None


_PERCEIVING = ("clear", "obvious", "evident", "apparent", "plain", "could", "felt", "seemed", "sensed")


# "When Mr Khan was called away and left the room": an emergency, not a snub.
_CALLED_AWAY = LazyPattern(
    r"\b(?:called away|emergency|urgent\w*|was needed|were needed|paged|bleeped|fire alarm|family matter|unwell"
    r"|hope (?:everything|all|it|he|she|they)(?:['’]s| is| was| went)?)\b"
)
# "You kindly ignored your phone for most of our conversation" praises their attention.
_SET_ASIDE = LazyPattern(
    r"\b(?:ignor\w*|put away|put down|set aside|switched off|turned off|silenc\w*|muted|without)\b"
)


def _mind_excused(found: Found) -> bool:
    """ "I could tell you had something else to deal with, so I appreciated you making time" (not "somewhere more
    pressing"), called away by an emergency, a phone kindly ignored, or a projector that switched itself off."""
    words, sentence = found.words, found.sentence
    if words.startswith(_PERCEIVING) and re.search(r"\b(?:else|more urgent)\b", words):
        return (
            THANKS.search(sentence) is not None or re.search(r"\b(?:understand\w*|of course)\b", sentence) is not None
        )
    if words.startswith(("left", "leave", "leaving", "walked", "stepped", "dropped", "went", "logged", "disappeared")):
        return _CALLED_AWAY.search(sentence) is not None or _TAKEN_WELL.search(sentence) is not None
    if words.startswith(("phone", "calls", "emails", "laptop", "screen", "inbox", "messages")):
        # Three words between, or a whole hour, only when they name who was kept busy: "the phone kept you busy for
        # a good part of our half hour", not "the screen share worked well for most of the presentation".
        gap = re.match(r"\w+((?: [\w'’]+){0,3}) (?:for|during|through|throughout) ", words)
        wide = gap is not None and (gap.group(1).count(" ") == 3 or re.search(r"(?:hour|minutes|together)$", words))
        if wide and re.search(r"\b(?:you|him|her|them|he|she|they)\b", gap.group(1) if gap else "") is None:
            return True
        return _SET_ASIDE.search(found.sentence_before) is not None or THANKS.search(sentence) is not None
    return _switched_off(found) and _DEVICE_BEFORE.search(found.sentence_before) is not None


def _mind_elsewhere(found: Found) -> bool:
    """Their attention elsewhere, whatever softens it ("understandably seemed to have switched off")."""
    words, sentence = found.words, found.sentence
    if not not_negated(found) or _APOLOGISING.search(sentence) is not None:
        return False
    if _mind_excused(found):
        return False
    return words.startswith(_PERCEIVING) or found.clause.subject is not Person.WRITER


# "though I suspect he already knows": the person just before the words.
_THIRD_BEFORE = LazyPattern(
    r"\b(?:he|she|they|whoever|who|(?:the|your) (?:new|successful|internal|chosen) [\w-]+)\s+(?:\w+\s+)?$"
)


_EASES = LazyPattern(
    r"\b(?:will|would|must|should|surely|no doubt|help\w*|smooth\w*|easier|eas\w*|advantage|transition|settle\w*"
    r"|open\w*|doors?)\b"
)


def _hints_at_them(found: Found) -> bool:
    """ "The name on the door will make his transition smooth", "I'd be doing you a disservice if I didn't say";
    not "I loved hearing how the family name over the door dates back to 1890", nor a disservice not to praise."""
    if _DELIGHTED.search(found.sentence) is not None or THANKS.search(found.sentence) is not None:
        return False
    rest = _rest(found)
    if found.words.startswith(("doing", "do ")):
        return re.search(r"\bhow (?:much|grateful|glad)\b", rest) is None
    return " name " not in f" {found.words} " or _EASES.search(rest) is not None


# Who was taken on or ranked, which a shared surname is then set against: "most of the top ten".
_PLACED = LazyPattern(
    r"\b(?:top|shortlist\w*|chosen|picked|selected|hired|offered|successful|ranked|ranking|appointed|candidates"
    r"|(?:got|won|offered|given) (?:a |the )?places?"
    r"|taken on|made it|got (?:in|through|the (?:job|role|post|place))|winners?|offers?)\b"
)


def _not_the_writers(found: Found) -> bool:
    """Unsoftened, and about them, not the writer: "he already knows where everything is", not "I already know"."""
    if not not_negated(found) or _APOLOGISING.search(found.sentence) is not None:
        return False
    if found.words.startswith(("the ", "his ", "her ", "their ", "doing", "do ")):
        return _hints_at_them(found)
    if re.search(r"\b(?:surnames?|family names?|last names?)\b", found.words):
        # Set against who was placed; not "I share a surname with your director" or a village's families.
        return (
            _PLACED.search(found.neighbour(-1) + " " + found.sentence) is not None
            and re.search(r"\b(?:i|i['’]m|me|my|we)\b", found.sentence) is None
        )
    if _THIRD_BEFORE.search(found.before) is not None:
        return True
    return found.clause.subject is not Person.WRITER and _WRITER_DID.search(found.before) is None


_IRONIC = LazyPattern(
    r"\b(?:disappoint\w*|surpris\w*|odd|strange|ironic\w*|irony|shame|pity|telling|curious|rich|without"
    r"|no (?:reply|response|word|answer)|came and went|silence|hypocri\w*|worrying)\b"
)


def _ironic(found: Found) -> bool:
    """ "For a company that talks so much about communication", said against what they did; not the writer's own."""
    sentence = found.sentence
    if not unsoftened(found) or THANKS.search(sentence) is not None or _OWNED.search(sentence) is not None:
        return False
    if found.words.startswith("for "):
        # "For a company that prides itself on craft, it was no surprise how carefully it was run" praises them.
        praise = re.sub(r"\b(?:no|little|small) (?:surprise|wonder)|unsurprising\w*", "", sentence)
        return _IRONIC.search(praise) is not None and _DELIGHTED.search(sentence) is None
    # "It isn't a great look when I turn up late", "arriving soaked wasn't the best look" is the writer's own.
    if re.search(r"\b(?:i|me|my|arriving|turning up|showing up|being late)\b", found.before) is not None:
        return False
    return re.match(r"\s+(?:when|that|for|if) (?:i|me|my)\b", found.after[len(found.words) :]) is None


_OWNED = LazyPattern(r"\b(?:sorry|apolog\w*|my fault|my mistake)\b")
# What shows how they value people's time: more unpaid work asked, and the writer leaving over it.
_ASKED_AGAIN = LazyPattern(
    r"\b(?:unpaid|without pay|for free|free of charge|(?:another|yet another|a third|a fourth|third|fourth|fifth)"
    r" (?:unpaid |free |trial )?(?:morning|day|session|stage|round|task|trial|shift|visit|interview|presentation))\b"
)


def _values_shown(found: Found) -> bool:
    """ "A good picture of how the nursery values people's time" after another unpaid morning; not praise of it."""
    sentence = found.sentence
    return (
        not_negated(found)
        and _ASKED_AGAIN.search(found.neighbour(-1) + " " + sentence) is not None
        and _PRAISE.search(sentence) is None
        and _DELIGHTED.search(sentence) is None
        and THANKS.search(sentence) is None
        and re.search(r"\b(?:glad|happy|paid|covered|reimburs\w*|impress\w*)\b", sentence) is None
        and re.search(r"\bhow (?:much|highly|well|greatly|deeply|carefully)\b", sentence) is None
    )


CUES = (
    *CUES,
    Cue(
        "Their kit or papers let you down",
        "blames their equipment or papers",
        "saying their equipment, pack or timetable made your work look worse, left something out, or should be"
        " taken into account",
        "The pack sent the night before left out the pricing section, so I was working from scratch.",
        "The pack sent the night before was clear, and I enjoyed working through it.",
        phrases(
            r"made (my|the|our) ([\w-]+ ){0,2}(task|test|practical|exercise|demo|demonstration|presentation|answers?"
            r"|performance|work|assessment|run|drive|trial|shift|interview|section|lift|weld|tasting|dish|lesson|pitch"
            r"|case study) (look|seem|appear|come across|sound) (a lot |much |far |rather |a bit |a little "
            r"|considerably |somewhat )?(worse|rougher|weaker|slower|poorer|sloppier|messier|clumsier|shakier|untidier"
            r"|less (polished|accomplished|competent|assured|fluent|confident|smooth|professional))",
            r"(which|as|and) i (pointed out|mentioned|flagged|raised|reported|showed)( this| it)?( to)? (your|the)"
            r" (trainer|assessor|interviewer|supervisor|examiner|invigilator|panel|recruiter|instructor|technician"
            r"|chef|host|coordinator|tester|team)( \w+){0,3} at the time",
            r"(hadn't|had not|wasn't|was not|weren't|were not|had never|was never|hasn't|has not) (been )?(properly "
            r"|correctly |recently |yet )?(calibrated|serviced|zeroed|maintained)",
            r"(uncalibrated|miscalibrated|out of calibration|badly calibrated|poorly calibrated)",
            r"(forwarded|sent|passed on|submitted|shared|sent over) (them |him |her )?(an? |the |my )?(earlier|older"
            r"|old|outdated|previous|out-of-date|wrong|superseded) (version|cv|copy|draft|resume|résumé|application)",
            r"(judge|mark|assess|score|penali[sz]e) (candidates|applicants|people|everyone|us)( too)? (strictly|harshly"
            r"|heavily|severely) on",
            r"(your|the|their) ([\w-]+ ){0,2}(platform|system|software|portal|link|connection|video link|video call"
            r"|screen share|feed|audio|app|server|wifi|wi-fi|test environment|laptop|projector|headset) (dropped"
            r"|cut out|kept (dropping|cutting out|freezing|crashing|failing)|froze|crashed|failed|went down|died"
            r"|glitched|timed out|logged me out|kicked me (out|off)|cut me off|dropped me|threw me out)",
            r"(the|your|their|a|an) ([\w-]+ ){0,3}(pack|brief|briefing|pre-read|instructions|materials|documents|papers"
            r"|bundle|packet|handbook|agenda|invite|invitation|case study)( [\w-]+){0,6} (made no mention of"
            r"|didn't mention|did not mention|never mentioned|left out|omitted|didn't include|did not include"
            r"|was missing|were missing|seemed to be missing|contained no|didn't contain|did not contain|lacked)",
            r"(hope|hoping|trust|i hope|i trust) (that )?(this|that|it) (was|has been|had been|will be|is|gets|got)"
            r" (noted|taken into account|factored in|borne in mind|allowed for|recorded|logged)",
            r"if (the|my|your|our) ([\w-]+ ){0,2}(references?|paperwork|checks|application|offer|contract|forms?"
            r"|documents|details|file|cv|vetting|clearance) (had|'d) been (\w+ )?(requested|sent|processed|done"
            r"|arranged|scheduled|chased|handled|taken up|followed up|passed on|forwarded|read|reviewed|booked|started"
            r"|asked for)( \w+){0,4} (when|as|at the time|on time|earlier|sooner|promptly|straight away|back in|in time"
            r"|as promised|as agreed|first|last)",
        ),
        _let_down_by_their_things,
    ),
    Cue(
        "Hearing it second-hand",
        "repeats what others say of them",
        "passing on what someone who works there says about them, or saying you learnt the result from a website"
        " or a third party before they told you",
        "A friend who works there says the post was promised to an internal candidate.",
        "A friend who works there says the team is lovely, which is partly why I applied.",
        phrases(
            r"(a |my |one of my )?(friends?|colleagues?|contacts?|former colleagues?|ex-colleagues?|cousin|neighbou?r"
            r"|sister|brother|someone|somebody|people|a few people|staff|employees?|acquaintance|classmate|mate)"
            r"( of mine)? (who|that) (works?|worked|used to work|is|was) (there|at|for|in|on)( [\w'-]+){0,4} (says"
            r"|said|tells me|told me|mentioned|has told me|let slip|informs me|reckons|has mentioned|hinted|suggested"
            r"|confided)",
            r"(word|rumou?r) has it",
            r"(on|through|via|from) the (grapevine|rumou?r mill|industry grapevine)",
            r"(found out|find out|learned|learnt|learn|discovered|discover|heard|hear|saw|read|noticed|spotted|realised"
            r"|realized)( about it| the"
            r" news| that)?( [\w'-]+){0,8} (from|on|via|through)",
            r"(role|job|position|post|vacancy)( \w+){0,3} (re-?advertised|reposted|re-?listed|advertised again)"
            r"( [\w'-]+){0,6} (before|while|whilst|without|even though|despite)",
        ),
        _second_hand,
    ),
    Cue(
        "Their mind elsewhere",
        "says their mind was elsewhere",
        "saying the interviewer had somewhere more pressing to be, was on the phone through your slot, switched off"
        " or left before your turn",
        "It was clear you had somewhere more pressing to be, and two of the panel left before my presentation.",
        "I know you had somewhere else to be, so thank you for staying on to finish our conversation.",
        phrases(
            r"(clear|obvious|evident|apparent|plain|could tell|could see|felt like|seemed like|sensed) (that )?(you|he"
            r"|she|they|the panel|the interviewers?|the manager|the chef|your colleague)( clearly| obviously)? (had|'d"
            r"|have|were|was) (somewhere|something|things|places|other (things|matters|priorities|calls)) (more"
            r" pressing|more important|more urgent|better|else) (to (be|do|attend to|get to|deal with)|on (your|his"
            r"|her|their) minds?)",
            r"(your|his|her|their|the panel's|the interviewer's) (mind|minds|attention|thoughts|head|heads) (was|were"
            r"|seemed|appeared|had been)( to be)?( \w+)? (elsewhere|somewhere else|on other things|on something else)",
            r"(phone|calls|emails|laptop|screen|inbox|messages)( \w+){0,3} (for|during|through|throughout) (most|much"
            r"|all|half|a lot|a good part|a large part|a fair part|a big part|a chunk) of (our|the|my) (chat"
            r"|conversation|interview|meeting|time|slot|session|discussion|call|presentation|half hour|half-hour|hour"
            r"|twenty minutes|thirty minutes|forty minutes|time together)",
            r"(left|leave|leaving|walked out|stepped out|dropped off|went home|logged off|disappeared) (the room |the"
            r" call |the meeting )?(before|during|halfway through|partway through|half way through|in the middle of"
            r"|midway through) (my|our) (turn|slot|interview|presentation|answers?|talk|pitch|demo|session|case study)",
            r"(seemed|appeared|looked) to (have )?(switched|checked|zoned|tuned) (off|out)",
        ),
        _mind_elsewhere,
    ),
    Cue(
        "A dig at the insider",
        "hints the insider had it easy",
        "after a rejection, joking that the person they chose already knows where everything is, or that a family"
        " name helped",
        "I suspect after six years in that office she already knows where everything is.",
        "I hope the new coordinator settles in well, and I would be glad to hear of future roles.",
        phrases(
            r"(already|presumably|doubtless|surely) (knows?|know) (where (everything|the [\w-]+) (is|are|lives|goes"
            r"|hangs)|the way to the|everyone's (name|names|coffee))",
            r"(won't|will not|shouldn't|should not|hardly|scarcely|barely|won't even) (need|needs) (much of an "
            r"|much of a |an |a |any |the |much )?(induction|tour|showing round|showing around|map|handover)",
            r"(the|his|her|their) (family |sur)?name (on|above|over) the (door|sign|letterhead|building|masthead|gate)",
            r"(his|her|their) (surname|family name|last name|family connections)( \w+){0,3} (will|would|should|must"
            r"|might|can|could|did|does) (help|make|smooth|ease|open|do)",
            r"(doing|do) you a disservice (if|not to|by not)",
            # "most of the top ten seem to share surnames with the committee"
            r"(share|shares|sharing|shared|have|has) (a |the |their |his |her )?(same )?(surnames?|family names?"
            r"|last names?) (with|as) (the|your|someone on the|members of the|people on the) ([\w-]+ )?(committee"
            r"|panel|board|directors?|managers?|owners?|partners?|interviewers?|management|family|trustees|governors"
            r"|council|bosses|founders?)",
        ),
        _not_the_writers,
        AFTER_REJECTION,
    ),
    Cue(
        "Irony about their values",
        "sets their words against their deeds",
        "saying something is not a good look for a company that talks so much about it, or hoping this round is"
        " handled better than the last",
        "Two weeks of silence isn't the best look for a company that talks so much about communication.",
        "It is a joy to apply to a company that talks so much about communication and means it.",
        phrases(
            r"(isn't|is not|wasn't|was not|not|hardly|never) (the best|a great|a good|the greatest|a brilliant|a nice)"
            r" look",
            r"for (a|an|such a|one) ([\w-]+ ){0,2}(company|firm|organi[sz]ation|business|employer|team|agency|brand"
            r"|department|school|charity|trust|council|hospital|practice|restaurant|studio|university|institution"
            r"|group|bank|office) (that|which|so) ([\w-]+ ){0,2}(talks?|talked|prides|prided|claims?|claimed|values"
            r"|valued|says|said|preaches|preached|promotes|champions|asks|asked|expects|expected|demands|demanded"
            r"|sells|bills|advertises|emphasi[sz]es|stresses|stressed|puts|insists|requires)",
            # "I think I have a good picture of how the nursery values people's time, so I'd like to withdraw"
            r"(picture|idea|sense|understanding|impression|feel|view|grasp) of (just )?how (the|your|this)"
            r" ([\w-]+ ){0,2}(values?|valued|treats?|treated|respects?|respected|regards?|sees|thinks of) (people's"
            r"|other people's|candidates'|applicants'|everyone's|volunteers'|my|our|its candidates'|unpaid) (time|work"
            r"|effort|goodwill|labour|labor)",
            r"(hoping|hope|trust|expect) (that )?(this|the) (round|time|process|one|application)( \w+){0,2} (is|will"
            r" be|gets|get|can be|goes) (handled|run|managed|organi[sz]ed|dealt with) (a bit |a little |slightly "
            r"|rather |much |somewhat |far )?(better|differently|more (smoothly|carefully|professionally|promptly))",
        ),
        # "I hope this time the process can be managed more smoothly from my side" is the writer's own resolve.
        lambda found: (
            _values_shown(found)
            if " of " in found.words and " how " in found.words
            else _ironic(found)
            if not found.words.startswith(("hop", "trust", "expect"))
            else unsoftened(found) and _OWN_SIDE.search(found.after) is None
        ),
    ),
)


_DOUBT = LazyPattern(r"\b(?:not sure|doubt|never|not convinced)\b|n['’]t (?:think|feel)\b")
_UPSET = LazyPattern(
    r"\b(?:late start|start\w* (?:so )?late|ran (?:over|late)|interrupt\w*|phone (?:going|ringing)|called"
    r" (?:away|out)|stepp\w* (?:in and )?out|hectic)\b"
)
CUES = (
    *CUES,
    Cue(
        "Their disruption hid you",
        "says their disruption hid you",
        "doubting that their late start or interruptions let them see you fairly",
        "With the late start, I doubt the panel got a fair picture of me.",
        "I'm not sure I gave you a full picture of my audit work.",
        phrases(
            r"(got|had|have|saw|see) (a|the|any) (proper|fair|full|real|true|complete|clear|good|whole) (picture"
            r"|sense|idea|view|impression|look|chance to see)( of| at)? (me|my|what i)",
        ),
        lambda found: (
            # they got the picture, not "I"; not "my phone"
            _DOUBT.search(before := found.before) is not None
            and _WRITER_DID.search(before) is None
            and _UPSET.search(found.sentence) is not None
            and re.search(r"\bmy\b", found.sentence_before) is None
        ),
    ),
)


def _check(context: Context) -> Iterator[Hit]:
    return flag_cues(
        context,
        ALL_KINDS,
        CUES,
        "Stay gracious: thank them for their time and keep the door open. Recruiters rarely make the final decision.",
        reading=BLAME,
        reads_as="blaming them",
        spared=_ACCEPTS_DECISION,
    )


# What the rule says is fine, whatever words it shares with blame: a sentence that says it accepts the decision
# ("I'm not questioning the decision, but I'd like to understand what the case study lacked"), and good wishes
# said with warmth ("I enjoyed meeting the team, and I wish you every success in filling the role").
_ACCEPTS_DECISION = LazyPattern(
    # A day off given gladly: "I took a day's leave for it, and it was time well spent."
    r"\btook\b.*"
    + _GLADLY_GIVEN.pattern
    + r"|(?:"
    + _ACCEPTING.pattern
    + r"|\b(?:i|we) (?:fully |completely |do |entirely )?(?:accept|respect|understand)"
    r" (?:the|your|this|that) (?:\w+ )?(?:decision|outcome|result|choice))"
    # Unless a contrast takes it back ("I accept the outcome, though I suspect..."); a request after it is fine.
    r"(?![^.!?]*\b(?:but|though|although|however|yet)\b(?![^.!?]*\b(?:i['’]d like|i would like|could you|would"
    r" you|i['’]d be grateful|i would be grateful|i['’]d appreciate|i would appreciate|please)\b))"
    r"|\b(?:enjoyed|thank|pleasure|grateful|lovely|delighted)\b.*\b(?:wish|wishing) (?:you|the team|everyone)\b"
    r"|\b(?:wish|wishing) (?:you|the team|everyone)\b.*\b(?:enjoyed|thank|pleasure|grateful|lovely|delighted)\b"
    # What they did kindly, unless a contrast takes it back: "you kindly ignored your phone, even though it was launch
    # day", not "you kindly kept me waiting, but...".
    r"|\byou (?:very |so )?(?:kindly|graciously|generously|thoughtfully|patiently)\b"
    # Not a bad deed called kind: "you very kindly forgot to tell me the interview had moved".
    r"(?!\s+(?:forgot|kept me|left me|ignored (?:me|my)|failed|neglected|cancell?ed|moved|lost|overlooked))"
    r"(?![^.!?]*(?:\bbut\b|(?<!even )\bthough\b|\balthough\b|\byet\b|\bhowever\b))"
    # A contact there who praises them ("a colleague who used to work there told me she never regretted joining"),
    # and how the writer heard of the vacancy ("I heard about the vacancy from a friend before I saw the advert").
    r"|(?:\b(?:friends?|colleagues?|contacts?|cousin|neighbou?r|sister|brother|acquaintance|classmate)(?: of mine)?"
    r" (?:who|that) (?:works?|worked|used to work|is|was)\b(?=[^.!?]*\b(?:lovely|great|brilliant|wonderful|supportive"
    r"|welcoming|friendly|kind|never regrett\w*|enjoy\w*|why i (?:applied|am applying|['’]m applying))\b)"
    r"|\b(?:heard|learned|learnt|found out) (?:about|of) (?:the|this|your) (?:[\w-]+ )?(?:role|vacancy|job|position"
    r"|post|opening|opportunity)\b)"
    r"(?![^.!?]*\b(?:news|decision|outcome|filled|appointed|someone else|went to|gone to|internal|promised|earmarked"
    r"|already|chaos|chaotic|toxic|mess|done deal)\b)"
)


RULE = Rule(
    id="blame",
    severity=Severity.WARNING,
    guide="rejection/#no-blame",
    check=_check,
    doc=cues_doc(__doc__ or "", CUES, learned="blaming"),
)

__all__ = ["CUES", "RULE"]
