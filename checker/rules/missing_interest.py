"""A thank-you, check-in or offer-update note that does not say you still want the job.

## What it checks
A draft of a thank-you note, a check-in or a note about another offer
(`offer-update`) with no words of interest in the role. A withdrawal is
never checked: it says that you no longer want the job, and rightly so.
Nor is an `offer-update` about their own offer (the contract, a few more
days to answer) that names no other: wanting the job goes without saying;
nor one that says you have accepted another offer, which says goodbye.
People say they want a job in many ways: they are interested, keen or
excited; they would love to join or to work with the team; the role is their
first choice (a "first wish"), the place they would rather be, or they
would much prefer it to another offer, or choose it by name; they look
forward to the next steps or hope to hear good news; the role fits what they
want to do next. The rule reads each of those as a cue and looks at the
clause around it: the feeling must be yours ("I remain keen", "it made me
even more excited"), not theirs ("the team is keen to hire"); it must not be
negated ("no longer interested", "not keen"); and words about the
conversation or about you do not count ("an interesting conversation", "a
keen eye for detail", "I would rather have an answer").

## Why it matters
Confirming your interest is one of the main reasons to follow up. Employers
prefer candidates who clearly want the job; a note without it can read as
polite but lukewarm. A note about another offer without it reads as goodbye.

## Example
"Thank you for your time yesterday. Best regards, Amina"

## Better
"Thank you for your time yesterday. Our conversation made me even more
interested in joining the data team."
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from checker._language import Person
from checker._model import Kind, Severity
from checker._text import Draft, LazyPattern
from checker.rules._base import Context, Hit, Rule, phrases
from checker.rules._cues import Cue, Found, cues_doc

# What a job is called.
_POST = (
    r"(job|role|position|post|opportunity|chance|place|placement|internship|apprenticeship|offer|vacancy|opening"
    r"|traineeship|fellowship|contract)"
)
# What someone would do in the job: "join the team", "work with you", "contribute to the project".
_DOING = (
    r"(join|work|contribute|be part|be a part|be considered|be offered|be involved|be on board|come on board"
    r"|bring (my|the|this|these|that|some|a|an|what)"
    r"|help (the|your|with|to|grow|build|shape|deliver|improve|develop|run|it|them|us)"
    r"|become|grow|train (with|under|alongside|at) (you|your|the (team|practice|firm|company|studio|workshop))"
    r"|start (as|in|on|work|the|this|with|immediately|straight away|soon|when|whenever|my)|begin my"
    r"|launch my"
    r"|support|continue|take on|take (the |this |it |that )?(role |position |job |post )?on"
    # A chair of one's own in a salon or a studio: "take the resident artist chair", not "the chair by the door".
    r"|take (the|this|that|your) ([\w-]+ ){1,2}chair(?! (at|by|in|next|near|nearest|beside|for))"
    r"|take up|build|learn|lead|accept|move forward|move ahead|progress|proceed|spend|develop|play a part|get started"
    r"|do the (job|role|work)|be (your|the|a|an) (new |next )?[\w-]+ (for|at|in|on|with|here)|be your new [\w-]+"
    r"|be running|come back|keep going|go further|run (the|your) [\w-]+ (for|at|side|floor|team)|get involved|make a"
    r" difference|collaborate|serve|put my|use my|apply my"
    r"|take the next step|take this|take that"
    r"|be joining|be working|relocate|move (to|for|across|over|house)"
    r"|keep (doing|working) (this|that|it|with|for|at|here)"
    # "I'd be thrilled to get the job"
    r"|(get|receive|land|secure|win) (the|this|that|an|a|your) ([\w-]+ )?" + _POST + ")"
)
# What a writer would like to do that is not the job itself: to write, ask or hear, to fix a date, to wait, or to
# leave. "I would like to thank you", "I'd love to know the timeline", "I would like to withdraw".
_NOT_THE_JOB = (
    r"(?!(thank|ask|hear|know|say|let|follow|check|confirm|apologi[sz]e|mention|add|share|send|provide|answer|discuss"
    r"|talk|speak|chat|meet|update|inform|clarify|request|enquire|inquire|find out|understand|remind|note|point"
    r"|express|extend|offer|reiterate|reach|touch|circle|flag|give you|take (a|this|the) (moment|opportunity|chance)"
    r"|withdraw|decline|cancel|postpone|reschedule|rearrange|pull out|step (back|down|away|aside)|move on|stop|leave"
    r"|remove|turn|keep (my|our) options|be (kept|informed|updated|notified|told|contacted|removed|withdrawn|upfront"
    r"|honest|clear|open|transparent)|receive|get (back|an? (update|answer|reply|response))|see (if|whether|how|what"
    r"|the|your|things through with)|make sure|wish you|hand|submit|attach|book|arrange|schedule|call|phone|visit"
    r"|come (in|by|to the office)|drop|pop|sort|negotiate|raise|put (it|this|that) to|wait|hold|pause|congratulate"
    r"|reassure|recommend|introduce|refer|grab|keep in touch|stay (in touch|where|with my|at my|on at)|remain (with"
    r"|at|where)|pass|forward|explain|correct|return|tell|invite|wish)\b)[a-z]+"
)
# A short run of words between a subject and its verb: "I would still very much like to"; not another
# person's subject, as in "I know you want to start soon".
# Up to four words between the writer and the wish, a comma allowed after one: "I really, really want to".
_GAP = r"(,? (?!(you|they|he|she|the|your|their|it|we)\b)[^\s,;:.!?]+){0,4}?"

# The writer's words before a match, and the people at the employer as the subject of a verb.
_WRITER_WORD = LazyPattern(r"\b(?:i|i['’]m|i['’]ve|i['’]d|i['’]ll|me|my|myself|we|we['’]re|we['’]ve|our|us)\b")
_OTHER_SUBJECT = LazyPattern(
    r"\b(?:you|they|he|she|(?:the |your |our )?(?:team|panel|company|committee|recruiter|manager|hiring manager"
    r"|interviewers?|department|firm|organi[sz]ation|board|everyone|others|staff))"
    r"(?:['’](?:re|ve|d|ll|s)\b| (?:are|is|were|was|have|has|had|seem|seems|seemed|remain|remains|still|might|may"
    r"|will|would|could|must|sound|sounds|look|looks|felt|feel|feels)\b)"
)
# "your enthusiasm", "the team's excitement": someone else's feeling.
_THEIR_FEELING = LazyPattern(
    r"\b(?:your|their|his|her|its|(?!(?:it|that|there|what|here|he|she|who|where|this|let)['’]s)[a-z]+['’]s)"
    r"(?: (?:own|obvious|clear|real|genuine|evident|infectious|shared))? $"
)
_NEGATION = LazyPattern(r"\b(?:not|never|no|nor|without|cannot|nothing|neither|hardly)\b|n['’]t\b")
# Negative words in positive idioms: "I can't wait", "I couldn't be happier", "no doubt".
_POSITIVE_IDIOM = LazyPattern(
    r"\b(?:can(?:no|['’])?t (?:wait|be (?:more|happier))|can hardly wait|could(?:n['’]t| not) be (?:more|happier)"
    r"|no doubt|not only|no less|nothing (?:would|could) (?:make me|please me|delight me|suit me)"
    r"|love nothing more|want nothing more|like nothing more|never been more|never felt more"
    # "There is no other firm I'd rather join"
    r"|no (?:other [a-z]+|one|body)(?: else)? (?:i['’]d|i would) (?:rather|sooner)"
    r"|can(?:no|['’])?t (?:think of|imagine)|could(?:n['’]t| not) (?:think of|imagine)"
    # "That doesn't change my strong interest": the interest stands.
    r"|(?:does|did|will|has|would)(?:n['’]t| not) (?:change|lessen|diminish|reduce|affect|alter|dampen|dent|weaken)"
    r"|nothing (?:has )?(?:changed|lessened|diminished|dampened))\b"
)
_WRITER_INSIDE = LazyPattern(r"\s(?:i|i['’]m|i['’]d|i['’]ve|i['’]ll)\s")
_WRITER_SUBJECT = LazyPattern(r"(?:i|i['’]m|i['’]d|i['’]ll|i['’]ve|we|we['’]d|we['’]re|my|our)\b")


def _negated(found: Found) -> bool:
    """A negation in the clause up to the end of the match: "I am no longer interested", "I would not like"."""
    text = _POSITIVE_IDIOM.sub(" ", found.prose.text[found.clause.start : found.match.end])
    return _NEGATION.search(text) is not None


def _writers_own(found: Found) -> bool:
    """The feeling or wish is the writer's, and not negated.

    The match's own subject ("I would love to join") or the last person named
    before it in the clause ("it made me keen", "the team is keen") decides;
    with nobody named, a clause with no subject ("Still keen to join.") is
    the writer's, unless it asks a question ("Are they still interested?").
    """
    if _negated(found):
        return False
    if _WRITER_SUBJECT.match(found.words) or _WRITER_INSIDE.search(found.words):
        return True  # "I would love to join"; "the one I'd most like"
    before = found.before
    if _THEIR_FEELING.search(before):
        return False
    writer = max((match.end() for match in _WRITER_WORD.finditer(before)), default=-1)
    other = max((match.end() for match in _OTHER_SUBJECT.finditer(before)), default=-1)
    if writer >= 0 or other >= 0:
        return writer > other
    subject = found.clause.subject
    return subject is Person.WRITER or (subject is Person.THING and not found.clause.question)


_MINE = LazyPattern(r"\b(?:my|our)\b")


def _preferred_by_writer(found: Found) -> bool:
    """A preference the match calls the writer's ("Westgate remains my first choice"), or one the clause gives them."""
    mine = _MINE.search(found.words) is not None and not found.clause.question and not _negated(found)
    return mine or _writers_own(found)


def _not_negated(found: Found) -> bool:
    return not _negated(found)


_WISH_WORDS = LazyPattern(
    r"\b(?:hope|hoping|hopeful|would|['’]d|keen|eager|glad|happy|love|like|welcome|look|looking)\b"
)

CUES: tuple[Cue, ...] = (
    Cue(
        "A wish to join or work there",
        "says you would like the job",
        "saying that you would like, love or want to join, to work with them or to take the job, or would be glad to"
        ' ("I would still very much like to join your team")',
        "I would be glad to join the support team.",
        "I would be glad to answer any further questions.",
        phrases(
            rf"(i|i'm|i'd|i'll|we|we're|we'd){_GAP} (like|love|want|wish|hope|hoping|intend|plan|aim|aspire|long"
            r"|prefer|looking)( very much| so much| dearly)? to " + _DOING,
            # Any other doing, short of writing, asking, waiting or leaving: "I'd love to be running the CNC side".
            rf"(i|i'd|we|we'd){_GAP} (like|love|want|wish)( very much| so much| dearly)? to (still )?{_NOT_THE_JOB}",
            rf"(i|i'd|we|we'd){_GAP} (like|love|want|wanting|wanted|wish for|welcome|value|relish|jump at|seize|grab"
            r"|embrace|appreciate)( very much| so much)? (the|this|that|a|an|any|your) ([\w-]+ ){0,3}?" + _POST,
            r"(glad|happy|pleased|delighted|thrilled|honou?red|proud|excited|keen|eager|ready|grateful|privileged"
            r"|fortunate|love|like|hoping|hope|longing|eager|motivated|looking) (for the (chance|opportunity) )?to "
            + _DOING,
            r"(joining|working (with|for|at|in|alongside)|being part of|to join|to work (with|for|at))"
            r" ([^\s,;:!?]+ ){0,4}?(would be|is|will be) (a|an|the|my) ([\w-]+ )?"
            r"(dream|privilege|honou?r|pleasure|(next )?step|move|opportunity)",
            r"(i|i'd|i'll|we|we'd)( would| will| can)? (happily|gladly|readily|eagerly|gratefully) " + _DOING,
            r"(hope|hoping|like|love|welcome|glad|happy) to (have|get|be given|be offered) (the|a|an) (chance"
            r"|opportunity) to " + _DOING,
            r"(would|it'd|it would|that would) mean (a lot|so much|a great deal|the world|everything)( to me)? to "
            + _DOING,
            r"(made|makes|left|leaves) me (even more |all the more |really |truly )?((want|wanting|long for|wish for)"
            r" (the|this|that) (job|role|position|post|team|opportunity|place|offer)|(want|wanting|long) to (join|work"
            r" (with|for|at|here|there|alongside)|be part))",
            r"(hope|hoping) (that )?(i|i'll|i will|i can) (get|land|secure|win|be offered|am offered|receive) (the|this"
            r"|that|an|a) ([\w-]+ )?" + _POST,
            r"(make|bring|making|bringing) (a |an )?(real |strong |valuable |positive |meaningful |significant |big )?"
            r"(contribution|difference|impact) (to|at|in|for|on) (your|the)",
            r"(i|i'd|i'll|we|we'd)( would| will| could)?( really| truly| genuinely)? (enjoy|relish|thrive (in|on))"
            r" (working|joining|being part|being|contributing|helping|leading|building|learning|the (role|work"
            r"|challenge|job|team))",
            r"(hope|hoping) (that )?(i|we) (get|have|will get|might get|can get|will have) (the|a) (chance|opportunity)"
            r" to " + _DOING,
            r"(i will|i'll|i would|i'd) give (it|the role|this|the job|the post|the position) (my all|everything"
            r"|my best"
            r"|100)",
            # "the discussion confirmed my wish to work with your team"
            r"(my|our|a real|a strong|a genuine|a sincere) ((strong|real|genuine|sincere|keen|great) )?(wish|desire"
            r"|ambition|hope|aim|goal|intention"
            r"|eagerness|keenness|readiness|willingness|aspiration|enthusiasm) to " + _DOING,
            r"(i|we) (would )?love nothing more",
            # "I really want it.": the job, the clause ending there.
            r"(the|this|your) (role|job|position|post|opportunity|offer|placement|apprenticeship|internship)"
            r"(?! (description|advert|ad|spec|title|listing|pack|letter|details|form)\b)[^.;:!?]{0,40}?"
            r" (i|we)( really| truly| so| still| genuinely| definitely| very much| badly)+ want (it|this one)"
            r"(?=[.!;]|$| and| so much| badly| very much)",
            # "... about the apprentice electrician place. I really want it.": the sentence before names the job.
            r"(the|this|your) ([\w-]+ ){0,3}(role|job|position|post|placement|apprenticeship|internship|place|vacancy)"
            r"[.!] (i|we)( really| truly| so| still| genuinely| definitely| very much| badly)+ want (it|this one)"
            r"(?=[.!;]|$| and| so much| badly| very much)",
            r"(i'd|we'd) love nothing more",
            r"nothing would (make me happier|please me more|delight me more|suit me better)",
            r"count me in",
            r"(like|love|want|keen) to see (it|this|the process|things) through",
            r"(wish|desire|hunger|appetite) to do (it|this|the job|the role)",
            # "I'd be glad to crew for you this season": any work, for them.
            r"(would|i'd|we'd) (really |very much |so |still |dearly |truly )*(like|love) (the|this|that|your)"
            r" ([\w-]+ ){0,2}" + _POST,
            r"(i'd|i would) (still )?(much |far |very much )?rather be (having this conversation|working|joining)"
            r"( [\w']+){0,3} (with|for|at) (you|your)",
            r"(glad|happy|keen|eager|ready|love|like|delighted|pleased|prefer) to ([a-z]+|(run|lead|manage|cover|staff"
            r"|open|close|build|grow|work) the [a-z]+) (for|with|alongside) (you|your"
            r" (team|crew|company|firm|practice|department|school|club|group|unit|ward|kitchen|office|site))",
        ),
        _writers_own,
    ),
    Cue(
        "Interest or enthusiasm",
        "says you are interested",
        "saying that you are interested, keen, eager, excited or enthusiastic, or that the role appeals to you"
        ' ("I remain very keen on the position")',
        "Our talk left me keener than ever on the role.",
        "I have a keen eye for detail, as the interesting conversation showed.",
        phrases(
            r"interested(?!\s+to\s+(learn|read|see|find|know|hear (how|that|what|your|about how)))",
            r"(my|strong|keen|continued|genuine|real|great|sincere|deep|growing|renewed|ongoing|huge|particular"
            r"|strongest|enduring|lasting|undiminished) interest",
            r"interest in (the|this|joining|working|being|contributing|your|a (role|job|position|place) )",
            r"of ((great|real|particular|genuine|considerable|keen|much|strong) )?interest to me",
            r"(?<!a\s)(?<!an\s)keen(er|ly|ness)?(?!\s+(eye|eyes|eyed|sense|ear|ears|observer|mind|nose|attention"
            r"|awareness|understanding|intellect|appreciation|judge|follower|reader|student|learner|cyclist|runner"
            r"|gardener|amateur|photographer|cook|baker|hiker|golfer|swimmer|interest))",
            r"excit(ed|ement)(?!\s+to\s+(meet|see|visit|tour|speak|talk|discuss|have (met|spoken|seen)))",
            r"eager(ly|ness)?",
            r"enthusias(m|tic|tically)(?!\s+(of|from) (your|the|their|everyone))",
            r"(thrilled|delighted|passionate|motivated|inspired|energi[sz]ed) (about|at|by) (the )?(prospect"
            r"|possibility"
            r"|opportunity|chance|idea|role|job|position|work|project|team|move|thought)",
            r"(remain|remains|am still|still|truly|really|fully|deeply|very|wholly|completely|genuinely) committed",
            r"(am|i'm|still|remain|very|highly|really|truly|so) motivated(?! (to (finish|complete|study|stay|get|keep"
            r"|look"
            r"|find|learn)|by (money|pay|salary|flexible|the other)|team|staff))",
            r"(want|wanting|wanted|like|liking|keen on) (it|the role|the job|the position|the post|this role|this job)"
            r" (even |all the |much |so much |still )?more",
            r"committed to (this|the|your|joining|working|the (role|position|job|opportunity))",
            r"(appeals?|appealed|appealing) to me",
            r"(a|an) (very |most |truly |genuinely )?(committed|keen|enthusiastic|eager|motivated|interested|willing"
            r"|determined) (candidate|applicant)",
            # A slip a writer of English as a second language makes: "I am very interesting in the role".
            r"(i am|i'm|am) ((very|really|so|still|most|highly|much|truly) )*interesting in",
            r"(drawn|attracted) to (the|this|your) (role|job|position|post|team|company|work|organi[sz]ation"
            r"|opportunity|mission|practice|firm)",
            r"(drawn|attracted) to (working|joining|being part)",
            r"sold on (the|this|your|joining|working|the idea)",
            r"(love|loved|like|liked|relish|enjoy) the (idea|prospect|thought) of (joining|working|being|contributing)",
            r"(the|this) (role|job|position|post|opportunity) (really |very much |greatly |strongly )?appeals",
        ),
        _writers_own,
    ),
    Cue(
        "A preference for this role",
        "says this role is the one you prefer",
        "calling the role your first or top choice, the one you want, or saying you would prefer it to another offer"
        ' ("the role remains my first choice", "it is the one I am hoping for", "I would much prefer to join your'
        ' team")',
        "The analyst role is still my number-one choice.",
        "I would rather have an answer than keep waiting.",
        phrases(
            r"(top|head|first) of my (list|wish list|shortlist|wishlist)",
            r"(is|remains|remain|still|would be|would still be|you're|you are) (still )?my (preference|preferred"
            r" (option|choice"
            r"|role|employer|organi[sz]ation|company|firm|place|destination)|choice|pick)",
            r"(my|our) ((clear|absolute|definite|very|outright|firm|strong|genuine) )?(first|top|number[- ]one"
            r"|no\.?\s?1"
            r"|preferred|favou?rite|first-choice) (choice|option|preference|pick|employer|role|job|company"
            r"|destination|team|place)",
            r"(first|top|number[- ]one) (choice|pick|preference) for (me|us)",
            r"(my|our) (first|top|greatest|dearest|one|only|biggest) wish (is|remains|would be|is still) (to (join|work"
            r" (with|for|at|alongside) (you|your)|be part)|for (the|this|your) (role|job|position|post|offer|team))",
            r"(is|remains|remain|would be|is still) (still )?my (first|top|greatest|dearest|one|only|biggest) wish",
            r"(is|remains|remain|would be|was|still) (the|a|our) ((clear|obvious|outright) )?(first|top|number[- ]one"
            r"|preferred|favou?rite) (choice|option|preference|pick)",
            r"(can't|cannot|couldn't|could not) (think of|imagine) (a|any|anywhere)( \w+){0,3} (i'd|i would) rather",
            r"(prefer|rather) (to )?(join|work (for|with|at|here|there|on|in|alongside)"
            r"|be (with|at|part|on|here|in|there)|come|start|build|go with (you|your|this)|accept (your|this)"
            r"|take (this|your) (role|job|position|offer)|stay with (you|your))",
            r"prefer (your|this|the) (?!other)([\w-]+ ){0,3}?(role|offer|team|company|position|job|post|practice"
            r"|firm|programme|program|scheme|seat|placement|contract)(?! (there|elsewhere|with them|at"
            r" (their|the other)))",
            r"prefer (your|the) (partnership|graduate|training|management|fast|leadership) (track|route|programme"
            r"|program|scheme)",
            r"(i'd|i would)( \w+)? (much |far |still |genuinely |really |definitely )*prefer (?!(not|to|an?|that|if|it"
            r"|email|them|the other|another|mornings?|afternoons?|evenings?|weekdays?|weekends?|monday|tuesday"
            r"|wednesday"
            r"|thursday|friday|saturday|sunday|zoom|teams|skype|phone|calls?|video|in person|remote|hybrid|text|the"
            r"|early|late|later|sooner)\b)[a-z]+",
            r"(i would|i'd) (choose|pick) (the|your|this) (?!other)([\w-]+ ){0,3}?" + _POST,
            # "I'd still choose Brightline if an offer came": the employer by its name.
            r"(i would|i'd) (still |happily |gladly |definitely )?(choose|pick) (you|(?!(them|it|that|this|another|the"
            r"|their|one|either|both|whichever|up|out|today|tomorrow|next|later|earlier|now|then|carefully|wisely"
            r"|differently|again)\b)[a-z]+) (over (them|the others?|their|another|any other|the rest)"
            r"|if (an|the|your|a) (offer|role|job|place) (came|comes|were|was|is))",
            # "your team is where I would rather be", "I am still up for the driver job"
            r"(you are|you're|(your|this|the) (team|company|firm|practice|studio|office|role|school|hospital|agency"
            r"|department|group|business) (is|remains|is still|would be|feels like)) (exactly |still |definitely )?"
            r"where (i|i'd) (would )?(much |still |really )?(rather|prefer to|most want to|most like to) (be|work)"
            r"(?! (on|from|interviewed|based|seated|contacted|placed)\b)",
            r"(i am|i'm|i remain|we are|we're) (still |very much |definitely |really |well )+up for (the|this|your)"
            r" ([\w-]+ ){0,3}?(job|role|position|post|placement|internship|apprenticeship|traineeship|contract"
            r"|challenge)(?! (from|at|with|elsewhere|fair)\b)",
            r"(i am|i'm|i remain|we are|we're) (still |very much |definitely |really |well )*(up|game) for (joining"
            r"|working (with|for|at|alongside) (you|your)|(the|this|your) ([\w-]+ ){0,2}?(job|role|position|post))",
            # "I'd choose your team in a heartbeat"; not "my words more carefully".
            r"(i would|i'd) (still |happily |gladly |definitely )?(choose|pick|take|accept) (you|it|this one|(the|this"
            r"|your) ([\w-]+ ){0,2}?(job|role|position|post|offer|team|place)|(?!(my|them|their|another|the)\b)[a-z]+)"
            r" (in a heartbeat|without (a second thought|hesitation|hesitating|thinking twice))",
            # "There is nowhere I'd rather work", "no other firm I'd rather join"; not "no other way I'd rather hear".
            r"(nowhere|no other (place|firm|company|team|school|hospital|practice|employer|organi[sz]ation|studio"
            r"|agency|role|job|position)|no one|nobody) (else )?(i'd|i would) (rather|sooner) (work|join|be working)",
            r"(i|i'm|i am) (leaning|lean) (strongly |heavily |firmly |clearly )?(towards?) (you|your|this (role|job"
            r"|position|post|offer|team))",
            r"(if i could (pick|choose)|if it were up to me|if it was up to me|given the choice),? (it would|it'd) be"
            r" (you|your|this (role|job|position|post|offer|team))",
            r"(i would|i'd) (take|accept) (your|this) (?!other)([\w-]+ ){0,3}?" + _POST,
            # "the role, which I would still love"
            r"(which|that) (i|i'd|i'm)( \w+){0,2}? (would love|love|want|would like|am keen on|am excited about"
            r"|really want|still want|would still love|am still keen on)",
            # "the adjunct post, which I'd still very much like": the liking ends the clause.
            r"(which|that) (i'd|i would)( still| very much| really| so| dearly| truly)* (like|love)"
            r"(?=[.;!]|$| a lot|, (and|but|so|as|though|even|if it)\b)",
            # "it is the one I am hoping for", "the role I want most"
            r"the (one|role|job|position|post|team|offer|place|opportunity|programme|program|internship)"
            r" (that |which )?"
            r"(i|i'm|i've|i'd)( am| have| would| really| most| still| truly| genuinely| always| been| set my heart on)*"
            r" (hoping for|hoped for|want|wanted|would choose|would pick|prefer|most want|really want|like|love"
            r"|rather have|would rather have|most like|choose|pick"
            r"|have my heart set"
            r" on|am most excited about|care about most|was hoping for)",
            r"my ((strong|clear|genuine|real|definite|firm) )?preference (remains|is|would be|is still|remains with"
            r"|lies with) (for |with )?(the|your|this|joining|working)",
            r"my ((strong|clear|genuine|real|definite|firm) )?preference (remains|is|would be|is still) to (join"
            r"|work (with|for|at|alongside|in)) (you|your|this|the (team|company|firm|practice|role))"
            r"(?! (call|interview|meeting|test|union)\b)",
            r"((strong|clear|genuine|real|definite) )?preference (is )?(for|to) (this|your|joining|working|the (role"
            r"|position|job|team|company))",
        ),
        _preferred_by_writer,
    ),
    Cue(
        "Looking ahead to the next steps",
        "looks forward to the next steps",
        "looking forward to hearing from them or to the next stage, or hoping for good news"
        ' ("I hope to hear good news", "I look forward to the next step")',
        "Fingers crossed, and I look forward to the next round.",
        "I would be grateful for any update when you have a moment.",
        phrases(
            r"look(s|ing)? forward",
            r"(can't|cannot|can hardly) wait",
            r"(hope|hoping|hopeful|wish) (to hear |for |that i (will|'ll|can|may) hear |of hearing |to receive "
            r"|to get )?"
            r"(some )?(good|positive|great|happy|exciting) news",
            r"(hope|hoping|hopeful|keen|eager|excited|glad|happy|pleased|ready|love|like) (that )?(to (hear|learn) "
            r"(about|of|more about) |about |for |to (move|go|progress|proceed) (on )?to |to take |to be (invited"
            r"|considered"
            r"|selected|shortlisted) (to|for) |i can (move|progress|go) (on )?to |we can (move|progress) to )(the |any "
            r"|your )?"
            r"(next|following|further|later|second|third|final) (steps?|stages?|rounds?|interviews?|conversations?"
            r"|phase)",
            r"(hope|hoping|would love|i'd love|would like|i'd like|keen|eager|glad|happy) (that )?(we|to) (can |could "
            r"|might "
            r"|will )?(speak|talk|meet|chat) (again|further|more)",
            r"(continue|continuing|keep|keeping|resume|carry on) (our |the |this )?(conversation|discussion|dialogue)",
            r"fingers crossed",
            r"(glad|happy|keen|love|like|eager|ready|delighted) to ([\w']+ ){1,6}(at|in) the next (stage|round"
            r"|interview|step)",
            r"(waiting|awaiting|await|wait) (for )?(your|a|the) (positive|favourable|favorable|good|happy) (response"
            r"|reply|answer|news|decision|outcome|result)",
            r"(glad|happy|thrilled|delighted|pleased|love|like) to (receive|hear|get) (some )?(good|positive|great"
            r"|happy) news",
            r"available (for|to attend) (a|the|any) (second|further|next|follow-up|final) (interview|round"
            r"|conversation|meeting|stage)",
            r"(keep|keeping) me in (the running|contention|consideration|the frame|the mix)",
            r"(in|still in) (the running|contention|the frame) (for|from)",
            r"(hopeful|hoping|hope) (of|for) (a|an) (positive|good|happy|successful|favourable|favorable) (outcome"
            r"|result"
            r"|answer|reply|decision|response)",
            r"(hope|hoping) to be (your|the) (choice|pick|successful candidate|one)",
            r"(still )?(jump|leap) at (it|the chance|the opportunity|this)",
            r"(hopeful|hoping|hope) (that )?(i'll|i will|i can|i could|i might|to) (be able to )?(contribute|join|help"
            r"|be part|work)",
            r"(set|intent) on (the|this|your) (role|job|position|post|team|offer)",
            r"accept (an|the|your|this) offer (gladly|happily|with pleasure|in a heartbeat|immediately)",
            r"hope to hear (that )?(i've|i have|i had|i was|i am|i'm) (been )?(successful|selected|chosen|offered"
            r"|through)",
            r"(hoping|hope|hopeful) (that )?(it's|it is|it will be|it'll be|for) a yes",
            r"(my|the) answer (will|would) be (a )?yes",
            r"(i'd|i would|i will|i'll) (say|answer) yes",
            r"(hope|hoping|hopeful) (for|to (get|receive)) (an|the|a|your) offer",
            r"(hope|hoping|hopeful) (that )?(i|i'm|i am|i'll be|i will be|to be|i've been|i have been) (successful"
            r"|selected|chosen|offered|the one|your choice)",
            r"hopeful (about|of) (the|a|my) (outcome|result|decision|role|application|next)",
        ),
        lambda found: (
            _writers_own(found)
            and (
                not re.match(r"(?:continu|keep|resum|carry)", found.words)
                or _WISH_WORDS.search(found.before) is not None
            )
        ),
    ),
    Cue(
        "A fit with what you want",
        "says the role is what you want",
        "saying the role is what you are looking for, the right next step for you, a real fit or your dream job"
        ' ("the role fits exactly what I want to do next")',
        "This is exactly the kind of team I hoped to find.",
        "Is there anything else you are looking for from me?",
        phrases(
            r"(exactly|just|precisely) (what|where|the ([\w-]+ )?(work|role|job|team|place)|the (kind|sort|type) of"
            r" ([\w-]+ )?(role|job|work|team|place|company"
            r"|challenge|opportunity|position|environment|community|culture|organi[sz]ation|firm|business|practice))"
            rf" (that )?(i|i'm|i've|i'd|i'll|we){_GAP} (looking|hoping|hoped|want|wanted|wish|searching|seeking|after"
            rf"|like"
            r"|love|enjoy|aiming|aim|dreamed|dreaming|see|need)",
            r"(the )?(right|perfect|ideal|natural|logical|great|exciting|obvious|wonderful|fantastic|real|big|welcome"
            r"|good) next (step|chapter|move)",
            r"this is (exactly |just |really |truly )?where (i|i'd) (want|would like|like|hope|long|belong)"
            r"( to (be|work|grow))?",
            r"(right|perfect|ideal|natural|logical) step (for me|in my career|on my career path)",
            r"(fits|matches|suits|aligns with|is in line with|lines up with) ([\w-]+ ){0,2}?my (career |long-term "
            r"|own )?"
            r"(goals|aims|ambitions|aspirations|plans|interests|passion|hopes|direction|path)",
            r"(where|how) (i|we|i'd|we'd) (want|would like|like|see|hope|imagine) my (career|future|work) (to go"
            r"|to develop|to grow"
            r"|heading|going)",
            r"dream (job|role|position|internship|placement|employer|company|team)",
            r"(the|this|your)( [\w-]+)? (role|job|position|post|team|practice|work|firm)( [\w'’]+){0,4} (would|will)"
            r" suit me"
            r" (well|perfectly|very well|down to the ground|better)",
            r"(exactly |just )?what (i've|i have|i'd|i had) been (working|aiming|building|hoping) (towards|toward|for)",
            # The role as the better fit, however the clause runs: "your post still looks like the better fit".
            r"(is|as|be|remains|remain|still|like|seems|looks|feels) (the|a) (much |far |clearly )?(better|right"
            r"|stronger|closer) (fit"
            r"|match|choice)( for (me|us|what (i|we)|where (i|we)|the (kind|sort|type|work)))?(?! for)",
            r"(a|an|the|my) ((great|good|strong|excellent|natural|right|perfect|ideal|real|true|wonderful) )(fit"
            r"|match)",
            r"(can|could) (really |easily |definitely |already )?(see|picture|imagine) (myself|ourselves) (working"
            r"|joining"
            r"|being|in|at|on|as|there|here|with|fitting)",
        ),
        _not_negated,
    ),
)


_THE_JOB = LazyPattern(
    r"\b(?:role|position|job|post|team|opportunity|company|firm|offer|apprenticeship"
    r"|(?:contract|placement)(?! (?:date|letter|lawyer|terms|clause|office|year|fair|form|number|budget)\b)"
    r"|internship|traineeship|vacancy|join\w*|work\w*|colleagues?|career|challenge"
    r"|organi[sz]ation|practice|studio|school|hospital|agency|business|department|group"
    r"|project|brand|move|here|there|you|your|this one)\b"
)
_NEGATED_BEFORE = LazyPattern(r"\b(?:not|never|no longer|nor|hardly)\b|n['’]t\b")


_OPEN_QUESTION = LazyPattern(r"\b(?:whether|if|unsure|not sure|decide|deciding|wonder|wondering|asked|know)\b")


def _warm_about_the_job(found: Found) -> bool:
    """Warm words in a sentence about the job, not negated before them: "the role is still very appealing"."""
    if found.words.endswith(" for me") and _OPEN_QUESTION.search(found.sentence_before):
        return False  # "I am unsure whether the job is right for me"
    weighed = found.words.endswith(("consider", "seriously", "gladly", "happily", "warmly", "consideration"))
    if weighed and not found.words.startswith("favo") and re.search(r"\b(?:but|though|although)\b", found.after):
        return False  # "I would consider it seriously, though I am leaning towards the other one"
    return _NEGATED_BEFORE.search(found.before) is None and _THE_JOB.search(found.sentence) is not None


CUES = (
    *CUES,
    Cue(
        "Warm words about the role",
        "says you want the job",
        "calling the role an honour or a privilege, exciting or appealing, the right move, or hoping it works out",
        "It would be a privilege to join the team, and the role is still very appealing.",
        "It was a pleasure to meet you.",
        phrases(
            r"(would|will|it'd|that'd) be (an|a|my) (real |great |huge )?(honou?r|privilege|dream|joy|thrill|pleasure"
            r"|delight) to (join"
            r"|work|be part"
            r"|contribute|serve|represent|collaborate|help|start|train (with|in|at|under|alongside) (you|your))",
            r"(relish|welcome|embrace|jump at|leap at|grab) (the|this|that|a|such a) (challenge|chance|opportunity|role"
            r"|prospect)",
            r"(proud|privileged|honou?red) to (represent|serve|be associated|join|work|contribute|be part)",
            r"where (i|i'd|i would)( most| really| truly| very much)? (want|would like|like|hope|long|belong) to (be"
            r"|work|grow|build|train|learn|start|develop)",
            r"where i belong",
            r"(a )?(strong|great|valuable|good|excellent|real|positive|useful|welcome) (addition|asset|contributor) to"
            r" (your|the)",
            r"(keep|bear|have) me in mind",
            r"(consider|keep considering) me (for|as|a strong|a serious)",
            r"(consider|find|would find) it (a|an) (real |great )?(privilege|honou?r|pleasure) to",
            r"(available|ready|free) to (start|begin|join)",
            r"(i|we) (can|could) (start|begin|join) (whenever|immediately|straight away|right away|at short notice"
            r"|as soon as|tomorrow|next week|on monday)",
            r"(i'm|i am) all in",
            r"(the )?(right|perfect|ideal|best) (move|place|role|fit|step|opportunity|home|company|team) for me",
            r"(?<!their\s)(?<!other\s)(the|this|your) (role|job|position|post|team|offer|company|firm|placement|work"
            r"|practice|contract) (is|feels|seems|looks|sounds|would be) (just |exactly |absolutely |so |definitely )?"
            r"(right|made|tailor-made|custom-made|tailored|designed) for me",
            r"everything about (the|this|your) (role|job|position|post|team|practice|placement) (suits|appeals to"
            r"|excites|fits) me",
            r"(one|something|a role|a job|a post|a position|an opportunity) (i|i'd|i would) (would )?(very much "
            r"|really "
            r"|truly |dearly |genuinely )?(like|love|want|welcome|relish)",
            # Not "I really want it to be clear", "I really need this sorted".
            r"(really|truly|so|still|definitely|genuinely) (want|need) (this|it)( one| role| job| position| post)?"
            r"(?! (to|back|noted|done|sorted|fixed|clear|clarified|known|settled|answered|confirmed)\b)",
            r"(hoping|hope|hopeful) (this|it|things|everything) (works|work|will work|comes|come|pans|pan|goes|go) "
            r"(out|through|well|my way)",
            r"as (your |a )?(colleague|colleagues|team member|teammate)",
            r"(excites|interests|appeals to|inspires|motivates|energi[sz]es|thrills|attracts|draws) me",
            r"(resonates|resonated|resonate) with me",
            r"(attractive|appealing|exciting|compelling|inviting|tempting) (to me|prospect|opportunity|role|position"
            r"|challenge)",
            r"(remains|remain|is|seems|sounds|looks|feels|was) (still )?(very |really |so |even more |extremely "
            r"|incredibly |genuinely |truly )?(attractive|appealing|exciting|compelling|inviting|tempting)",
            r"(more|even more) (convinced|certain|sure|determined) (than ever )?(that|to)",
            r"(remains|remain|is|would be|was|still) (still )?my (goal|aim|ambition|priority|hope|plan|target|dream"
            r"|first thought)",
            r"(hopeful|hoping|hope) (that )?(we|i|we'll|i'll) (can |could |will |might |get to |would )?(work|join"
            r"|be working)( \w+)? together",
            r"(like|love|want|hope for|hoping for) (for )?(this|it|things) to work out",
            r"(getting|landing|joining|securing|being offered) (this|the|your) ([\w-]+ )?"
            + _POST
            + r" would mean (a lot"
            r"|so much|a great deal|the world|everything)",
            r"(favourabl[ey]|favorabl[ey]) (consideration|consider)",
            r"consider (my application|my candidacy|me) (favourably|favorably|positively)",
            # Their offer weighed in earnest: "I would of course consider it seriously".
            r"(would|will|i'd|i'll)( of course| still| certainly| definitely| absolutely)* (very )?(seriously|gladly"
            r"|happily|warmly) consider",
            r"consider (it|this|that|an offer|your offer|any offer|the offer|the role|the position)( very)? (seriously"
            r"|gladly|happily|warmly)",
            r"give (it|this|an offer|your offer|any offer|the offer|the role) (serious|real|every) consideration",
            r"(haven't|have not|hasn't|has not|never|not) lost (any of |none of )?(my )?(appetite|enthusiasm|interest"
            r"|passion|hunger|excitement|desire|keenness)",
            r"(would|will|i'd|i'll) accept (without (a moment's )?hesitation|in a heartbeat|immediately|straight away"
            r"|gladly|happily|right away|on the spot)",
            r"(love|like|want|happy|glad|delighted|thrilled|keen|hoping|hope) to say yes",
            r"(proud|honou?red|privileged) to (wear|carry|bear) (the|your)",
            r"(hope|hoping) (that )?i (get to|can|will|might) (\w+ ){0,3}(with|for|alongside) (you|your)",
        ),
        _warm_about_the_job,
    ),
)


def _shows_interest(draft: Draft, kind: Kind) -> bool:
    """Whether any cue of interest is found in ``draft``; stops at the first one."""
    return any(next(cue.find(draft, kind), None) is not None for cue in CUES)


# Another employer in an offer-update: its offer, its job, its deadline. Not "the offer from you", not "the other
# role you mentioned", not "a wedding elsewhere".
_ANOTHER_EMPLOYER = phrases(
    r"(another|other|competing|second|separate|outside|external|different|an external|a competing)"
    r" ((job|written|formal|verbal|firm|conditional) )?offers?",
    r"(another|a different|one other|an other) (company|employer|organi[sz]ation|firm|business|bank|school|hospital"
    r"|agency|studio|practice|council|trust|university|charity|retailer|builder|team|startup|consultancy)(['’]s)?",
    r"(offer|job|role|position|post) (elsewhere|from another|with another|at another)",
    r"their (offer|contract|job|role|position|post|deadline)",
    r"(have|had|received|got|hold|holding|accepted) (an?|one) ((job|written|formal|verbal|firm|conditional) )?offer"
    r" (from|with|at)(?! (you|your)\b)",
    r"(asked|invited|wants?|want) me to (start|join|sign|accept)",
    r"(?<!you\s)(has|have|had) (offered|made) me (a|an|the|their|work)",
)


# A note that says the writer has taken another job says goodbye, as a withdrawal does: "I have accepted an offer
# elsewhere". Not "before I accept theirs", nor "I haven't accepted anything yet".
_NOT_DONE = r"(?<!if\s)(?<!had\s)(?<!should\s)(?<!before\s)(?<!whether\s)(?<!unless\s)(?<!once\s)(?<!when\s)"
_TAKEN_ELSEWHERE = phrases(
    _NOT_DONE + r"(i have|i've|i) (now |just |already |since |officially )?(accepted|signed for|signed with) (another"
    r"|a different|their|the other) ((job|written|formal|firm|verbal|permanent|full-time) )?(offer|job|role|position"
    r"|post|contract)(?! (of|to|for|letter|description|into|off|interview|title|deadline|only|provisionally|on"
    r" condition|seriously|extension)\b)(?![^.;!?]*\?)",
    _NOT_DONE + r"(i have|i've|i) (now |just |already |since |officially )?(accepted|taken) (an?|the) ([\w-]+ ){0,2}?"
    r"(offer|job|role|position|post) (elsewhere|with another|at another|from another)",
    r"(i have|i've) decided to (accept|take) (another|a different|their|the other) ([\w-]+ ){0,2}?(offer|job|role"
    r"|position|post)",
)


def _check(context: Context) -> Iterator[Hit]:
    for index, follow_up, draft in context.drafts(Kind.THANK_YOU, Kind.CHECK_IN, Kind.OFFER_UPDATE):
        if follow_up.kind is Kind.OFFER_UPDATE and draft.first(_ANOTHER_EMPLOYER) is None:
            continue  # about their own offer (the contract, a few more days to answer): wanting the job goes unsaid
        if follow_up.kind is Kind.OFFER_UPDATE and draft.first(_TAKEN_ELSEWHERE) is not None:
            continue
        if not _shows_interest(draft, follow_up.kind):
            yield Hit(
                f"This {follow_up.kind.value} note does not say that you still want the job.",
                'Add one sentence that confirms your interest, for example: "I am still very interested in the role."',
                index,
            )


RULE = Rule(
    id="missing-interest",
    severity=Severity.WARNING,
    guide="thank-you-note/#what-to-say",
    check=_check,
    doc=cues_doc(__doc__ or "", CUES),
)

__all__ = ["CUES", "RULE"]
