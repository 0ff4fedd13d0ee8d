"""Self-praise and comparisons with other candidates.

## What it checks
Ranking yourself above the other candidates ("I outshone the others", "better
qualified than the person you hired"), saying nobody else compares ("I doubt
you will find anyone with my record"), praise of yourself ("I'm clearly the
strongest applicant", "I'm exactly what you need", "I have more experience
than the job asks for"), certainty about their decision ("the choice will be
an easy one"), promises that they will not regret hiring you ("you'd be lucky
to have me"), praise of your own interview ("I nailed it"), a later round
called a formality, a backer who "knows your dean well", and a win of yours
set beside their news ("your email came the same morning as my grant"). The
rule reads who each clause is about, so words about others are fine: "the ideal candidate
you described", "your world-class team"; and so are confidence without ranking
("I believe my background fits the role well"), an offer of what you bring
("I'd be glad to bring my experience with SQL to the team"), and liking the
role "better than my current one".

## Why it matters
A follow-up is there to thank and to confirm your interest, not to win the
interview a second time. Boasting can sound arrogant, and comparing yourself
with people you have never met sounds unfair to them.

## Example
"I'm sure I am the best candidate you have met, far stronger than the others."

## Better
"I enjoyed our conversation about the data pipeline, and I would be glad to
bring my experience with it to your team."
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from checker._language import Person, Prose
from checker._model import Kind, Severity
from checker._text import LazyPattern
from checker.rules._base import ALL_KINDS, Context, Hit, Rule, phrases
from checker.rules._cues import Cue, Found, cues_doc, flag_cues, not_negated
from checker.rules._readings import BOASTING
from checker.rules.pressure import AFTER_REJECTION

# A few words of a clause, without crossing its punctuation.
_WORDS = r"([^\s,;:.!?]+ )"

_ME = (
    r"(i am|i'm|i'd be|i would be|i will be|i'll be|i could be|i can be|i was|i think i'm|i think i am|makes me"
    r"|making me|me as)"
)
_SURELY = (
    r"((clearly|obviously|definitely|certainly|surely|undoubtedly|truly|really|simply|by far|easily|far and away"
    r"|without doubt|without question|without a doubt|quite possibly|possibly|probably|honestly|genuinely) )?"
)
_SUPERLATIVE = (
    r"(best|strongest|ideal|perfect|obvious|top|most qualified|number one|number-one|greatest|smartest|brightest"
    r"|finest|standout|stand-out|most (experienced|capable|talented|skilled|accomplished|suitable|deserving|impressive"
    r"|competent|qualified))"
)
_ONE = r"(candidate|applicant|choice|person|fit|match|hire|one|pick|option|solution|answer)"
# Comparisons with the other candidates. "Better" and "stronger" also compare roles and offices
# ("I like the role better than most I have seen"), so with them "others" or "most" on its own counts
# only where the comparison ends, or goes on about the people ("better than most you will meet").
_RANKS_PEOPLE = (
    r"(((far|much|way|a lot|considerably|significantly) )?(more|better) (qualified|experienced|talented|capable|suited"
    r"|placed|equipped|deserving|skilled|accomplished|competent|knowledgeable|suitable|impressive|prepared|rounded"
    r"|versed|informed|organi[sz]ed|motivated|committed|credentials|experience|skills|expertise|results)"
    r"|smarter|sharper|brighter|more qualified)"
)
_RANKS_ANYTHING = r"(better|stronger)"
_CHOSEN = (
    r"(hired|chose|picked|selected|appointed|went with|offered it to|have (hired|chosen|picked|selected|appointed))"
)
_PEOPLE = (
    r"((the |all the |all |any )?other (candidates|candidate|applicants|applicant|people|person|interviewees|finalists)"
    r"|most (of the )?(other )?(candidates|applicants|people(?!\s+(think|expect|imagine|realise|realize)))"
    # "than the rest of us" counts the writer among the ranked.
    r"|everyone|anyone|anybody|the rest(?! of us\b)|the competition"
    r"|the rest of (the )?(field|shortlist|candidates|applicants|pack)"
    rf"|(the|your) (person|candidate|applicant|individual|one|people) (you|they|the panel|the team) {_CHOSEN}"
    rf"|whoever (you|they|the panel) {_CHOSEN}|your (new|chosen|successful) (hire|candidate|appointee|recruit)"
    r"|the successful (candidate|applicant))"
)
_ON_THEIR_OWN = r"((all )?(the )?others|most( of the others)?)"
_COMPARISON_ENDS = r"(?!\s+(?!you\b)\w)"
_FIELD = (
    r"((the |all the |most of the |any of the |all )?(other |rest of the )?(candidates|applicants|others|rest"
    r"|competition|field|shortlist|pack)|(every|each|any) other (candidate|applicant|interviewee)|everyone( else)?"
    r"|everybody( else)?)"
)

# The people the writer competes with, for put-downs: "the other candidates looked unprepared".
_RIVALS = (
    r"((the |all the |most of the |many of the |some of the |a few of the |several of the )?other (candidates"
    r"|applicants"
    r"|interviewees|finalists)|(some|a few|several|most|many|half) of the others|the others|the competition"
    r"|the rest of the (candidates|applicants|field|shortlist))"
)

_NEGATION = LazyPattern(r"\b(?:not|never|no|nor|without|cannot|hardly)\b|n['’]t\b")
_WISHING = LazyPattern(r"\b(?:hope|hoping|hopefully|wish)\b")
_HOPE = LazyPattern(r"\b(?:hope|hoping|hopefully|wish|wonder|wondering|if|whether)\b")
_WRITER = LazyPattern(r"\b(?:i|i['’]m|i['’]ve|i['’]d|i['’]ll|me|my|mine|myself)\b")
# Words that make a claim certain: "I'm sure you'll pick me", "I know I got the job".
_SURE = LazyPattern(
    r"\b(?:sure|certain|confident|convinced|know|knew|no doubt|bet|positive|guarantee|promise|clearly|obviously"
    r"|definitely|certainly|could tell|must have)\b"
)
# After "I doubt you will find anyone": what makes it a comparison with the writer.
_AGAINST_ME = LazyPattern(
    r"\b(?:with (?:my|the same|a (?:better|stronger|cleaner|more \w+|\w+er))|than|like me|comparable|compares?"
    r"|match(?:es)?|rival|beat|as \w+ as|what i (?:bring|offer|can|have|did)|like mine)\b"
)
_COMPARATOR = LazyPattern(r"\b(?:better|stronger|more \w+|like me|like mine)\b")
_NOBODY = LazyPattern(r"(?:no one|nobody|no other|none of|there)\b")
_FEW = LazyPattern(r"(?:few|not many|very few|hardly)\b")
_CANDIDATES = LazyPattern(r"\b(?:shortlist|candidates?|applicants?|field|interviewees|finalists)\b")
# "less experience than me", "not as qualified as I am": a comparison that puts others below the writer.
_BELOW_ME = LazyPattern(r".*\b(?:than|as) (?:me|i|mine|myself|my own)\b")
_PUT_DOWN = LazyPattern(
    r"\b(?:chance|hope|unprepared|underprepared|inexperienced|depth|mediocre|weak|weaker|prepared|qualified|experienced"
    r"|capable|confident|polished|underqualified|under-qualified|league|lightweight|junior|senior|seasoned)$"
)
_COMPARED = LazyPattern(r"(?:compared|next to|in comparison|relative to|measured against)\b")
_CLAIM = LazyPattern(
    r"\b(?:i|i['’]m|my)\b.*\b(?:better|stronger|best|strongest|more|most|ahead|edge|stand out|stood out)\b"
)
_HUMBLE = LazyPattern(r"\b(?:less|fewer|lack|weaker|not as|behind|newer to|only)\b")


# Words that take the edge off a request but not off a boast: "he asks for me whenever he operates", "which I
# understand is rarer than it sounds".
_NOT_SOFTENING = LazyPattern(
    r"\bwhenever\b|\b(?:which|as|what) i understand\b|\bi understand (?:it |this |that )?(?:is|was)\b"
)


def _softened(found: Found) -> bool:
    """The clause is hedged ("no rush", "I understand these things take time") by more than words a boast keeps."""
    if not found.clause.hedged:
        return False
    prose = Prose(_NOT_SOFTENING.sub(" ", found.clause_text))
    return any(prose.sentence_hedged(number) for number in range(len(prose.sentences)))


def _unsoftened(found: Found) -> bool:
    """Not hedged (as ``_softened`` reads it), and no negation before the words."""
    return not _softened(found) and not_negated(found)


def _about_writer(found: Found) -> bool:
    """Said of the writer (or of nobody named), plainly: not negated, not a hope or a question."""
    if found.clause.subject not in (Person.WRITER, Person.THING):
        return False
    return not (_NEGATION.search(found.before) or _HOPE.search(found.before) or found.clause.question)


# A put-down of the rivals that the writer shares ("junior, like me", "we were all from the graduate scheme"), that
# is someone else's ("less seasoned than your internal applicant, you said"), or that measures them against another.
_COUNTED_IN = LazyPattern(
    r"\blike me\b|\b(?:just )?as i (?:am|was|did)\b|\b(?:too|as well)(?=\s*[,.;:!?)—–]|\s*$)|\b(?:we|us) (?:all|were)\b"
    r"|\ball of us\b"
    r"|\byou (?:said|mentioned|told|explained)\b"
)
_THAN_ANOTHER = LazyPattern(r" than (?:the|your|their|his|her|our|a|an)\b")
# "Junior" with nothing after it is their grade, not a put-down ("the other candidates seemed junior"), unless the
# sentence sets the writer's own standing against it ("... junior, so I hope my fifteen years will count").
_JUNIOR_FOR = LazyPattern(r" junior (?:for|next to|compared|beside|by comparison|in comparison)\b")
_MY_STANDING = LazyPattern(
    r"\bmy (?:[\w-]+ ){0,3}(?:years|experience|background|record|seniority|level|career|qualifications)\b"
    r"|\b(?:than|unlike) me\b"
)


def _puts_rivals_down(found: Found) -> bool:
    """The other candidates put below the writer, not beside them or below someone else."""
    if _NEGATION.search(found.before) or _COUNTED_IN.search(found.sentence):
        return False
    rest = found.after[len(found.words) :]
    if _THAN_ANOTHER.match(rest):
        return False
    if found.words.endswith("junior") and _JUNIOR_FOR.match(" junior" + rest) is None:
        return _MY_STANDING.search(found.sentence) is not None
    return True


# A clause about another candidate, whom the comparison then ranks, not the writer.
_ANOTHER_RANKED = LazyPattern(
    r"\W*(?:the|one|another|a|that) (?:other |of the other )?(?:candidates?|applicants?|interviewees?|finalists?"
    r"|man|woman|person|guy|chap|lad)\b"
)


# The writer measured against their own past, not against others: "less shy than I used to be".
_PAST_SELF = LazyPattern(r"\bthan (?:i|myself) (?:used to|once|was|had been|did|ever was|ever did)\b")


def _ranks_above_others(found: Found) -> bool:
    """Others put below the writer count wherever they are said; a ranking of the writer only when said of them."""
    if _BELOW_ME.match(found.words):
        return not _NEGATION.search(found.before) and _PAST_SELF.search(found.sentence) is None
    if _PUT_DOWN.search(found.words):
        return _puts_rivals_down(found)
    if _COMPARED.match(found.words):
        # "Compared with the other applicants, I am far stronger", not "... I have less experience".
        rest = found.after[len(found.words) :]
        return _CLAIM.search(rest) is not None and _HUMBLE.search(rest) is None
    if _ANOTHER_RANKED.match(found.before) is not None and _MINE.search(found.before) is None:
        return False  # "The candidate who brought his own pair was better informed than the rest"
    return _about_writer(found)


# Being free or willing, not able: "no one else can make the Saturday market", "I'm the only one who doesn't mind
# them", "the only one with a van licence".
_ONLY_FREE = LazyPattern(
    r" (?:make|come|attend|cover|be there|get there|stay|go|join|travel|spare|do the (?:shift|night|early|late|weekend"
    r"|run|school run))\b"
)
_ONLY_WILLING = LazyPattern(
    r" (?:who (?:doesn['’]t|does not|didn['’]t|did not) mind|who (?:enjoys|likes|bothers|reads|volunteers|lives"
    r"|drives|was free|was around|was in|is in|was there|answers|picks up|remembers|enjoy|knows where|has the"
    r" (?:key|keys|password|login|code))|with (?:a|the|an) (?:van"
    r"|car|four-by-four|key|keys|driving licence|van licence|licence|license|ladder|pass|parking))\b"
)


def _nobody_compares(found: Found) -> bool:
    if _NOBODY.match(found.words):
        if _ONLY_FREE.match(found.after[len(found.words) :]) is not None:
            return False  # "whenever no one else can make the Saturday market": who is free, not who is able
        # "No one on your shortlist compares" is about the candidates; "no one else can" needs the writer nearby.
        return _CANDIDATES.search(found.words) is not None or _WRITER.search(found.sentence) is not None
    if _FEW.match(found.words):
        # "Few people can do what I do", not "few people get to see a depot like that".
        return (
            _AGAINST_ME.search(found.after[len(found.words) :]) is not None
            or re.search(r"\bwhat i\b|\bmy\b|\bme\b", found.after[len(found.words) :]) is not None
            # "a combination I believe very few accountants can offer"
            or _WRITER.search(found.before) is not None
        )
    if _COMPARATOR.search(found.words):
        return True
    rest = found.after[len(found.words) :]
    return _AGAINST_ME.search(rest) is not None


def _praises_interview(found: Found) -> bool:
    """The writer's own account of the interview; their loving it counts only when the writer is sure of it."""
    if re.match(r"(?:you|they|everyone|the |all of)", found.words):
        if found.clause.question or _NEGATION.search(found.before) or _HOPE.search(found.before):
            return False
        return "impressed" in found.words or _SURE.search(found.before) is not None
    if re.match(r"(?:given|considering|despite)\b", found.words):
        return True
    return _about_writer(found)


def _sure_of_outcome(found: Found) -> bool:
    if _NEGATION.search(found.before) or _HOPE.search(found.before) or found.clause.question:
        return False
    if re.match(
        r"(?:you|the panel|the team|i['’]ve|i have|i got|i landed|i secured|i won|got|landed|secured|won)\b",
        found.words,
    ):
        return _SURE.search(found.before) is not None
    return True


_SELF_START = LazyPattern(r"(?:i|i['’]m|i['’]d|i['’]ll|my|me|someone like me)\b")
# Praise that needs "my" or "me" close by: "someone with my skills is in high demand", "my record speaks for itself".
_OF_MINE = LazyPattern(
    r"(?:in |highly |much |widely |talent|skills|experience|people|candidates|someone|anyone|professionals|companies"
    r"|employers|recruiters|firms|headhunters|others|several|many|other|won['’]t|will not|don['’]t|do not|second"
    r"|unmatched|unrivall?ed|unparalleled|speak|spoke|how)"
)
_MINE = LazyPattern(r"\b(?:my|me|myself|mine)\b")
# Praise that needs "I am" (or "who would be") just before it: "I am, without doubt, the best person for the job",
# not "I hope you find the best person for the job".
_SAID_OF_ME = LazyPattern(r"(?:the |one of |an? |asset|full|whole|complete|total)")
_BE_ME = LazyPattern(
    r"(?:\bi am|\bi['’]m|\bi was|\bi['’]d be|\bi would be|\bi will be|\bi['’]ll be|\bi could be|\bi can be|\bme as"
    r"|\bmakes me|\bmaking me|\bwho (?:would|will|could) be|\bwho is|\bwho['’]d be)"
    r"(?:,? (?:[a-z]+ly|without (?:a )?doubt|without question|by far|far and away|in all honesty|i think|i believe"
    r"|i feel|i am sure|i['’]m sure)\b,?)* *$"
)


_LET_IT_SPEAK = LazyPattern(r"\b(?:like|want|wish|hope|prefer|rather|let|allow)\b[^,;:]*$")


def _praises_self(found: Found) -> bool:
    """Praise of the writer, said by them of themselves ("I am the best"), or of their own skills or record; not
    praise quoted from their private life or laughed off (as ``_praise_discounted`` reads it)."""
    if found.clause.question or _praise_discounted(found):
        return False
    if _SELF_START.match(found.words):
        return not _NEGATION.search(found.before)
    if _SAID_OF_ME.match(found.words):
        return _BE_ME.search(found.sentence_before) is not None and _WRITER.search(found.sentence) is not None
    if _OF_MINE.match(found.words):
        # "I'd like my application to speak for itself" asks to be judged on it.
        let_it_speak = found.words.startswith("speak") and _LET_IT_SPEAK.search(found.before) is not None
        return _MINE.search(found.before + found.words) is not None and not let_it_speak
    if _NEGATION.search(found.before):
        return False
    # "I more than meet every requirement", "I could walk into any job", "it makes me the ideal candidate"
    return _WRITER.search(found.before + found.words) is not None


# "Whoever you chose must be remarkable, as I don't often finish second" sets the hire against the writer;
# "they must be quite remarkable", said of someone found for a low budget with no word of the writer, is sarcasm.
_MUST_BE = LazyPattern(r"^(?:must|will have to) be")


def _modesty_not(found: Found) -> bool:
    """Not hedged; praise of the one they chose only when the writer sets themselves beside it."""
    if _softened(found):
        return False
    return _MUST_BE.match(found.words) is None or _WRITER.search(found.sentence) is not None


# "Overqualified" as their word, quoted or reported: "you mentioned the panel felt I was overqualified", "I'll
# take 'overqualified' as a compliment". The writer's own claim stays: "I know I am a bit overqualified".
_QUOTED_BEFORE = LazyPattern(r"[\"'“‘]\s*$")
_REPORTED_BEFORE = LazyPattern(
    r"\b(?:you|they|he|she|the panel|the team|the interviewers?|the committee|the board|the feedback|your feedback"
    r"|your (?:colleague|manager|email|letter|recruiter)|the recruiter|hr)\b(?: [\w'’-]+){0,3}"
    r" (?:mentioned|said|felt|thought|found|considered|deemed|judged|called|described|told|suggested|noted|decided"
    r"|concluded|worried|feared|wondered|raised|flagged|asked)\b"
    r"|\b(?:being|been|was|were|am) told\b|\btold me\b|\b(?:labelled|labeled|called|deemed) (?:me )?(?:as )?$"
)
# Where the clause that holds the word begins.
_CLAUSE_BREAK = LazyPattern(r"[;:]|,? \b(?:and|but|yet|so)\b ")


def _ranks_first(found: Found) -> bool:
    """Unsoftened, and not their word "overqualified" quoted or reported back to them."""
    if not _unsoftened(found):
        return False
    if not found.words.endswith("overqualified"):
        return True
    # Only the clause that holds the word: "You said I might be overqualified, and honestly I'm overqualified for
    # most roles" reports the first and claims the second.
    before = _CLAUSE_BREAK.split(found.sentence_before)[-1]
    return _QUOTED_BEFORE.search(before) is None and _REPORTED_BEFORE.search(before) is None


CUES: tuple[Cue, ...] = (
    Cue(
        "A ranking above the other candidates",
        "ranks you above the other candidates",
        "saying you are better than the others, that you outshone them, that they looked junior or unprepared, or"
        " that the person they chose has less to offer",
        "I'm confident I outshone the other candidates.",
        "I like this role better than my current one.",
        phrases(
            f"{_RANKS_PEOPLE} than ({_PEOPLE}|{_ON_THEIR_OWN})",
            f"{_RANKS_ANYTHING} than ({_PEOPLE}|{_ON_THEIR_OWN}{_COMPARISON_ENDS})",
            r"unlike (the )?(other|most|many) (candidates|applicants|people you|interviewees)",
            r"unlike (the others|everyone else|the rest)",
            r"(outshone|outshine|outshines|outshining|outperform|outperformed|outperforms|outclass|outclassed|outdid"
            r"|outdo|outdone|outmatched|outmatch|eclipsed|surpassed|edged out|beat) " + _FIELD,
            r"(head and shoulders|far|way|well|a cut|miles|streets) (above|ahead of) " + _FIELD,
            r"(stand|stood|standing|stands) out (from|among|amongst|above) " + _FIELD,
            r"ahead of (the )?(pack|field|competition|rest|other (candidates|applicants))",
            r"(have|has|had|give|gives|gave|giving) (me )?(the|an|a (clear|real|definite|big)) edge (over|on) (them|"
            + _FIELD
            + ")",
            r"(compared (with|to)|next to|in comparison (with|to)|relative to|measured against) " + _FIELD,
            _RIVALS + r" ([^\s,;:.!?]+ ){0,4}?(didn't|did not|don't|do not|won't|will not|wouldn't|would not) "
            r"(stand|have) (a|much of a|any) (chance|hope)",
            _RIVALS
            + r" ([^\s,;:.!?]+ ){0,4}?(looked|seemed|appeared|were|sounded) ((so|very|rather|quite|a bit|a little"
            r"|slightly|far"
            r"|much|clearly|obviously) )?(unprepared|underprepared|inexperienced|out of their depth|mediocre|weak"
            r"|weaker|underqualified|under-qualified|out of their league|lightweight"
            # "seemed rather junior for a post like this", not "were junior doctors from my hospital"
            r"|junior(?= for\b| next to\b| compared\b| beside\b| by comparison\b|\s*[,.;:!?)—–]|\s+-\s|\s*$)"
            r"|less (prepared|qualified|experienced|capable|confident|polished|senior|seasoned))",
            r"(less|fewer|weaker|lower|poorer|thinner|narrower) " + _WORDS + r"{0,3}?than (me|i|mine|myself|my own)",
            r"(not|nowhere near|not nearly|half|never|hardly) (as|so) " + _WORDS + r"{1,2}?as (me|i|myself|mine)",
        ),
        _ranks_above_others,
    ),
    Cue(
        "Saying no one else compares",
        "says no one else compares with you",
        "saying they will not find anyone as good, or that no one on the shortlist can match you",
        "I doubt you will meet anyone with a steadier hand than mine.",
        "I doubt anyone enjoys a long wait for news.",
        phrases(
            r"(you )?(won't|will not|wouldn't|would not|can't|cannot|couldn't|could not) find "
            r"(anyone|someone|anybody|a candidate|a better|a stronger|a more qualified)( else)? "
            r"(better|stronger|more qualified|like me|candidate|person|fit|applicant|more [\w-]+)",
            r"(you )?(won't|will not|wouldn't|would not|can't|cannot|couldn't|could not|will never|will struggle to"
            r"|would struggle to|will be hard pressed to|will be hard-pressed to) (find|meet|see|get|hire|interview"
            r"|come across) (anyone|anybody|someone|somebody|another candidate|a candidate|a better|a stronger|a more"
            r"|many|a lot of|lots of)",
            r"(you'll|you'd) (never|struggle to|be hard pressed to|be hard-pressed to) (find|meet|see|get|hire"
            r"|interview"
            r"|come across) (anyone|anybody|someone|somebody|another candidate|a candidate|a better|a stronger|a more)",
            r"(doubt|don't think|do not think|can't imagine|cannot imagine|wouldn't expect|would not expect)( that)?"
            r"( [^\s,;:.!?]+){0,3}? (anyone|anybody|any (of the )?(other )?(candidates?|applicants?|people|one else)"
            r"|another (candidate|applicant)|many (other )?(candidates|applicants|people)|someone)",
            r"(no one|nobody|no other (candidate|applicant)s?|none of the (other )?(candidates|applicants|others))"
            r"( [^\s,;:.!?]+){0,5}? (compares|compare|comes close|come close|can (match|compete|compare|touch|beat"
            r"|rival|equal)|could (match|compete|compare|touch|beat|rival|equal)|matches|match up|measures up"
            r"|measure up|stacks up|stack up|is as (good|strong|qualified|experienced))",
            r"(no one|nobody) else (can|could|will|would)",
            r"(there is|there's|there are|there will be) (no one|nobody|no other (candidate|applicant)s?|none) (better"
            r"|stronger|more|as|else who|quite like)",
            r"(few|not many|very few|hardly any|hardly anyone|hardly anybody)( other)?( people| candidates| applicants"
            r"| professionals| [\w-]+s)?( (in|on|across|from) (the|this|your|my) [\w-]+)? (can|could|have|has|will"
            r"|would|bring|offer)",
            r"(no other|not one other|none of the other|not a single other) [\w-]+( [\w-]+){0,4} (has|have|had|can"
            r"|could) (matched|beaten|come close|equalled|equaled|topped|managed)",
        ),
        _nobody_compares,
    ),
    Cue(
        "Praise of yourself",
        "is self-praise",
        "calling yourself the best or the perfect candidate, made for the job, exactly what they need, the complete"
        " package, an asset to any team, able to do anything, much in demand or more than the job asks for",
        "Honestly, I am exactly what you need: the strongest applicant by far.",
        "I believe my background fits the role well, and I enjoyed meeting your world-class team.",
        phrases(
            # One pass over "I am ..." for all the ways of finishing it.
            f"{_ME} {_SURELY}("
            f"(the |your |a |an )?(very )?{_SUPERLATIVE} {_ONE}"
            r"|(the |your )only (candidate|applicant|choice|hire|fit|person for)"
            rf"|the (most [a-z-]+|{_SUPERLATIVE}) (candidate|applicant|person|one) (of|among|amongst|here"
            r"|on (the|your) (shortlist|list)|in the (room|running|field|group|pool))"
            rf"|the {_SUPERLATIVE} (of (all )?(the )?(candidates|applicants|bunch|group|lot|field)|by far"
            r"|among|amongst|on (the|your) (shortlist|list)|in the (room|running|field|group|pool))"
            r"|(the |your )(clear |obvious )?(front-runner|frontrunner|front runner|favourite|favorite|top pick"
            r"|strongest|best)"
            r"|(the )?(full|whole|complete|total) package"
            r"|((clearly|truly|really|simply|honestly|just) )?(exactly|precisely|just|everything) (what|who) (you need"
            r"|you want|you're looking for|you are looking for|you have been looking for|you were looking for"
            r"|you described|you asked for|you are after|your team needs|the team needs)"
            # About yourself: "your world-class team" is a compliment.
            r"|(a )?(world-class|rock star|rockstar|ninja|genius|guru|superstar|top performer|star performer"
            r"|high achiever)"
            # "a marketing genius", "something of a guru", "the superstar your team has been missing".
            r"|((basically|practically|something of) )?(a|an|the) ([a-z-]+ ){1,2}?(rock star|rockstar|ninja|genius|guru"
            r"|superstar|wizard)"
            r"|(a|such a) (hot|rare) (commodity|find|catch)"
            # Made for the job: said of the writer, not of the job ("the role is perfect for me").
            r"|((basically|practically|just) )?(perfect|made|born|tailor-made) for (this|the|your|such a) ((kind|sort"
            r"|type|line) of )?(role|job|position|post|team|work|vacancy))",
            # Nothing beyond the writer: "there isn't a problem I can't solve".
            r"(there('s| is) (nothing( in the (job description|role|job|advert|brief))?|no part of (this|the) (job|role"
            r"|work|position)|no (task|problem|challenge)( you could give me)?)|there (isn't|is not) (a|one|any) (task"
            r"|problem|challenge|part of (this|the) (job|role|work))) (that )?i (can't|cannot|could not|couldn't"
            r"|wouldn't|would not) (do|handle|manage|solve|fix|deliver|master)",
            r"(i|i'll|i will|i can|i always|i consistently|i far|i easily|i more than) (exceed|exceeded|exceeds|surpass"
            r"|surpassed) (all|every|each|your) ([a-z-]+ )?(of (the|your) )?(requirements?|criteria|criterion"
            r"|expectations?)",
            r"more than (meet|meets|fulfil|fulfill|satisfy|tick) (every|all|each|the|your)",
            r"(bigger|larger|busier|more complex|more demanding|more complicated|harder|tougher) than (yours"
            r"|your (own )?(team|company|firm|warehouse|office|operation|department|site|depot|business|projects?)s?)",
            r"(more|far more|much more|a lot more|more relevant) (experience|qualifications|skills|expertise|training)"
            r" than (what )?((the|your|this) (job description|description|role|job|position|post|advert|vacancy|job ad)"
            r"( (was|is))? (asking for|asking|asked for|asked|asks for|asks|requires|required|needs|needed|calls for"
            r"|called for|demands)"
            r"|(is|was|were) (required|needed|asked for|necessary)|required|needed|necessary|you (asked|need|require"
            r"|required|were asking))",
            f"the {_SUPERLATIVE} (candidate|applicant|person) (you've|you have|you will|you'll|you could|you can)",
            r"the (candidate|person|one|hire|applicant) you('ve| have)( been)? (looking|searching|hoping|waiting) for",
            r"the (best|strongest|obvious|most qualified|most experienced|standout|stand-out) (person|candidate"
            r"|applicant|choice|fit|hire) for (the|this|your) (job|role|position|post|team|vacancy)(?=\s*[.!;]|\s*$)",
            r"my (skills|experience|combination of skills|skill set|profile|background|expertise|record|track record) "
            r"(is|are) ((so|very|truly|genuinely|extremely) )?(rare|unique|hard to find|exceptional|outstanding"
            r"|unmatched|unrivalled|unrivaled|in demand|in high demand)",
            r"how (valued|in demand|sought after|rare|prized) my (skills|experience|profile|talents|abilities) (are"
            r"|is)",
            r"walk into any (job|role|position|company|team|firm)",
            # The writer as the one who brings it, not a parcel, their benefits or a hope: "I think I can bring a
            # rather complete package".
            r"(i|i (genuinely |truly |really )?(think|believe|feel) i) ((can|could|would) )?(bring|offer|represent|am)"
            r" (a|the) ((rather|fairly|pretty|quite|truly) )?(full|whole|complete|total) package(?! (of|deal|you)\b)",
            r"(firms|companies|employers|recruiters|others|several (firms|companies|employers)|many (firms|companies"
            r"|employers)|other (firms|companies|employers|organi[sz]ations)) (are|were|have been|seem|seemed) ((very"
            r"|so"
            r"|all|really) )?(keen|eager|desperate) to (have|hire|get|recruit|sign|snap up) me",
            r"(one of )?the (best|top|strongest|leading|finest|most [a-z-]+) [a-z-]+ (in|around) (the )?(country"
            r"|industry"
            r"|region|business|field|city|sector|world|market|profession|area)",
            r"(talent|skills|experience|people|candidates|someone|anyone|professionals) (like mine|like me"
            r"|of my calibre"
            r"|of my caliber) ((don't|do not|doesn't|does not|won't|will not|rarely|seldom) (stay|last|come|remain"
            r"|hang around|wait)|(are|is) (rare|hard to find|in demand|scarce|snapped up)|(get|gets) snapped up"
            r"|(come|comes) along (rarely|once))",
            r"(companies|employers|recruiters|firms|headhunters|others) (are )?(lining up|queueing|queuing|competing"
            r"|fighting|falling over)( each other| themselves)? (for|to (hire|get|have|sign|recruit))"
            r" (me|someone like me|my)",
            r"someone like me is (a|such a) (hot|rare) (commodity|find|catch)",
            r"(won't|will not|don't|do not) (be|stay|last|remain) on the market (for )?(long|much longer)",
            r"((an?|the) )?((real|huge|great|tremendous|invaluable|valuable|incredible) )?asset to any (team|newsroom"
            r"|company|organisation|organization|employer|business|firm|department|practice|school|office)",
            r"(in (high|great|huge|such|constant) demand|(highly|much|widely) sought[- ]after)",
            r"(someone|anyone|a candidate|a person|a professional) (of|with) my (calibre|caliber|talent|talents"
            r"|track record|abilities|skill set|pedigree|level of experience)",
            r"(speak|speaks|spoke|spoken) for (itself|themselves)",
            r"my (exceptional|outstanding|unmatched|unrivalled|unrivaled|unparalleled|superb|stellar|impeccable"
            r"|flawless|remarkable|extraordinary|unbeatable) (skills|record|track record|experience|abilities|talent"
            r"|results|background|credentials|performance|qualifications|expertise|cv)",
            r"(second to none|unmatched|unrivalled|unrivaled|unparalleled)",
        ),
        _praises_self,
    ),
    Cue(
        "Certainty about their decision",
        "takes their decision for granted",
        "saying their choice will be easy, that they will pick you or that the job is yours",
        "Once you have seen my references, the choice will be an easy one.",
        "I know this is not an easy decision, and I am happy to wait.",
        phrases(
            r"(the|your|this|that|my) (choice|decision|selection) (will|should|would|must|is going to|ought to) "
            r"((surely|clearly|definitely|really|certainly) )?be (an? )?((very|really) )?(easy|simple|obvious"
            r"|straightforward|clear|no-brainer)( one)?",
            r"(hiring|choosing|picking|selecting|appointing|offering) me (is|would be|will be|should be) (an? "
            r"|the )?(easy"
            r"|simple|obvious|no-brainer|safe bet)",
            "no-brainer",
            r"(the|your|this|that) (choice|decision|selection) (is|will be|may be|might be|could be|should be) ((much"
            r"|a lot"
            r"|far) )?(easier|simpler) than (it looks|it seems|it might seem|you think|you might think|it appears)",
            r"(you'll|you will|you would|you'd|the panel will|the team will)"
            r" ((surely|definitely|certainly|obviously) )?"
            r"(choose me|pick me|hire me|select me|offer me|want me|go with me|agree (that )?i)",
            r"(i've|i have|i) (already )?(got|landed|secured|won) (the|this) (job|role|position|offer)",
            r"(i'll|i will|i'm going to|i am going to) ((definitely|surely|certainly) )?(get|land|be offered|win)"
            r" (the|this) (job|role|position|offer)",
            r"(the|this) (job|role|position|offer) is (as good as )?mine",
            r"in the bag",
            r"(sure|certain|confident|convinced) (of|about) (an? )?((positive|good|successful|favourable|favorable) )?"
            r"(outcome|offer|result|news|success)",
            r"(sure|certain|confident|convinced|no doubt) (that )?(i'll|i will) (soon )?(get|receive|be getting"
            r"|be receiving|be offered) (an|the|your|this|good|positive) ((job|formal|written) )?(offer|job|role"
            r"|position"
            r"|news)",
            r"(sure|certain|confident|convinced|no doubt) (that )?(we'll|we will) (soon )?(be )?(working"
            r"|work) together",
            r"(look|looking) forward to (receiving |getting |signing )?(your|the|an|my) (offer|contract|offer letter"
            r"|start date|first day)",
        ),
        _sure_of_outcome,
    ),
    Cue(
        "A promise that they will not regret it",
        "tells them they would be lucky to hire you",
        "telling them they will not regret hiring you, would be lucky to have you or foolish to let you go",
        "Hire me and you won't regret it.",
        "I hope you do not regret the long drive to the site.",
        phrases(
            r"(you|they)( would|'d) be (lucky|foolish|crazy|mad|silly) (to|not to)",
            r"(you|they|any (team|company|employer|firm|organi[sz]ation|business)|whoever hires me|the team|your team"
            r"|your company)( would| will|'d|'ll)? (be|are|is) ((very|so|really|incredibly) )?(lucky|fortunate|foolish"
            r"|crazy|mad|silly) (to (have|get|hire|land|secure|find) (me|someone like me)|not to (hire|choose|pick"
            r"|take))",
            r"(you|they)( won't| will not|'ll never| will never| won't ever| wouldn't| would not) (ever )?regret "
            r"(it|this|hiring|choosing|picking|selecting|taking|giving|offering|bringing|appointing|your decision"
            r"|the decision|having|me)",
            r"(you|they)( won't| will not|'ll never| will never) be disappointed",
            r"(you'll|you will|you'd|you would|they'll) (regret|be sorry) (not|passing|letting|turning|missing)",
            r"(you|they)('d| would| will|'ll) be (missing out|making a ((big|huge|serious) )?mistake)",
            r"snap me up",
            r"(be|being|i'm|i am) the (one|candidate|person|interview) (you|the panel|they) (can )?(stop|stopped) (at"
            r"|with)",
        ),
        lambda found: not found.clause.question and _WISHING.search(found.before) is None,
    ),
    Cue(
        "Praise of your own interview",
        "praises your own interview",
        "saying you nailed or aced the interview, or blew them away",
        "I know I nailed the interview and blew the panel away.",
        "I don't think I nailed the last question, so here is a fuller answer.",
        phrases(
            r"(i )?(nailed|aced|crushed|smashed|killed|rocked|owned) (it|the (interview|presentation|case study|task"
            r"|test"
            r"|exercise|assessment|questions?|technical (test|round|interview)|panel|round|challenge))",
            r"(i )?((really|totally|completely) )?blew (you|them|everyone|the panel|the team|the interviewers?) away",
            r"(i )?(knocked|hit) (it|the interview|that) out of the park",
            r"(i )?(wowed|dazzled) (you|everyone|the (whole )?(panel|team|room|interviewers?)|all of you|them)",
            r"(my|the) (interview|presentation|performance|answers) (was|went|were) (flawless|perfect|perfectly"
            r"|brilliant"
            r"|brilliantly|outstanding|exceptional|faultless|flawlessly)",
            r"my (interview|presentation|answers?|portfolio|case study|performance|test|task|results?|solution|pitch) "
            r"(was|were|is|are) ((easily|clearly|by far|undoubtedly|probably|surely|obviously) )?(the best"
            r"|the strongest"
            r"|far better|better than|head and shoulders|streets ahead|miles ahead)",
            r"(a )?(flawless|faultless) (interview|performance|presentation)",
            r"(you|they|everyone|the panel|the team|the interviewers?|all of you) (were|was|seemed|looked|appeared) "
            r"(so|very|really|clearly|obviously|hugely|visibly|extremely|genuinely) impressed (with|by) (me|my)",
            r"(you|they|everyone|the panel|the team|the interviewers?) (loved|adored) (me|my)",
            r"(answered|handled|tackled) (every|all (of )?the|each) (question|questions|task|tasks|exercise)( [a-z]+)? "
            r"(perfectly|flawlessly|brilliantly|with ease|easily|faultlessly)",
            r"(given|considering|despite) how (well|strongly|impressively) (the|my|our) (interview|interviews"
            r"|presentation|assessment|test|case study)s? (went|had gone|was going|had been)",
            r"(given|considering|despite) (all )?(the|your|such) (positive|glowing|excellent|great|warm|strong) "
            r"(feedback|comments|praise|reaction|reviews|response)",
        ),
        _praises_interview,
    ),
)


_OTHERS_NAMED = (
    r"(anyone|anybody|no one|nobody|someone) else",
    r"(the )?other (candidates|applicants|finalists|interviewees|people|contenders)",
    r"(most|many) (candidates|applicants|people (you|who))",
    r"(the )?(others|rest)( of (the|your) (field|shortlist|pool|candidates|applicants))?",
    r"(most|many|all|any|none) of (the|your) (people|candidates|applicants|others|field|shortlist|intake)",
    r"(the|your|this year's|this) (competition|field|shortlist|pool|intake|cohort)",
    r"(much|most|many|some|all|the rest) of the (pool|field|shortlist|intake|cohort|applicants|candidates)",
    r"(the )?(people|candidates|applicants) (you'd|you would|you will|you'll|you|you've|you have) (find|meet|see|hire"
    r"|interview|found|met|seen|interviewed)",
    r"another [\w-]+( [\w-]+)? (engineer|analyst|manager|designer|developer|accountant|candidate|applicant|person"
    r"|professional|nurse|teacher|planner|consultant|specialist|graduate)",
)
_MEASURED = LazyPattern(
    r"\bwhereas\b|\b(?:came|come|comes|coming) close|\bmatch(?:es|ed)?\b|\bcompare[sd]?\b|\bbetter\b|\bstronger\b"
    r"|\bmore (?:capable|qualified|experienced|than)\b|like mine\b|than (?:me|mine|i|myself)\b|\bbeat\b"
    r"|\bout(?:do|shine|shone|perform|performed|class|classed|strip)\b|\bsurpass|\brival|hard pressed"
    r"|\b(?:find|meet|see) (?:a|another|anyone|a more|a better)\b|measure up|\bas (?:good|strong|qualified|capable) as"
    r"|\bbring more\b|\bcleaner\b|\bsharper\b|\bfaster\b|\bsomeone who (?:has )?(?:actually|really)\b|\bfirst proper\b"
    r"|\bdifferent (?:standard|level|league|class)\b|\b(?:cut|level|league|class) above\b|\bmuch younger\b"
)
_GOOD_WISHES = LazyPattern(
    r"\b(?:good luck|best of luck|i hope (?!(?:that|this|it) (?:gives|shows|tells))|wish (?:you|them|the))\b"
)


def _measured_against_others(found: Found) -> bool:
    """Other candidates, the writer and a comparison in one sentence: "I doubt anyone else came close to me"."""
    sentence = _PAST_SELF.sub(" ", found.sentence)
    return (
        # "I know the others are better qualified" is humble; "whereas I understand most take a weekend" is not.
        (not _softened(found) or "whereas" in sentence)
        and _WRITER.search(sentence) is not None
        and _MEASURED.search(sentence) is not None
        and _GOOD_WISHES.search(sentence) is None
    )


def _said_of_writer(found: Found) -> bool:
    """About the writer: "I'm heavily headhunted", "people with my background are hard to find"."""
    return (
        not _softened(found)
        and not_negated(found)
        and (
            found.clause.subject is Person.WRITER
            or _WRITER.search(found.sentence) is not None
            or found.words.startswith(("to be ", "being "))  # "to be wanted in so many places": the writer
        )
    )


# Workers named as rare open their clause: not "roles that suit someone with my record", "offers at my level".
_NAMED_FIRST = LazyPattern(
    r"(?:^|\b(?:out|know|say|said|admit|honest|fair|sure|aware|appreciate|understand|suspect|because|as|so) (?:that )?)"
    r"(?:(?!(?:for|to|of|on|in|with|at|by|from|about|that|who|suit|fit|hire)\b)[\w-]+ ){0,2}(?:people|someone|anyone"
    r"|candidates|applicants|staff|nurses|vets|(?!(?:offer|career|paper|order|letter|tutor|supervisor|mentor|employer"
    r"|recruiter|grant)s?\b)[\w-]+(?:ists?|ysts?|ians?|ers?|ors?|ants?|als?))\s*$"
)


def _in_demand(found: Found) -> bool:
    """As ``_said_of_writer``; workers called rare open their clause, not asked or wondered; a rare pairing is one the
    writer leaves them without."""
    words = found.words
    if words.startswith(("with ", "of ", "like ")) and (
        found.clause.question or _HOPE.search(found.sentence_before) or not _NAMED_FIRST.search(found.before.lstrip())
    ):
        return False
    if " in one " in words and (
        not re.search(r"\b(?:gap|leav\w* you)\b", found.after) or re.search(r"\byour?\b", found.sentence_before)
    ):
        return False
    return _said_of_writer(found)


CUES = (
    *CUES,
    Cue(
        "Measuring yourself against the rest",
        "compares you with the other candidates",
        "the other candidates, yourself and a comparison in one sentence",
        "I'd be surprised if anyone else in the intake came close to my preparation.",
        "I hope the other candidates enjoyed the day as much as I did.",
        phrases(*_OTHERS_NAMED),
        _measured_against_others,
    ),
    Cue(
        "Being in demand",
        "boasts that you are in demand",
        "telling them that other employers or their competitors want you, that losing you would set your employer"
        " back, or that people like you are rare or soon taken",
        "I should say that I'm heavily headhunted at the moment.",
        "I would be glad to hear about the next steps.",
        phrases(
            r"(heavily |highly |much |very |constantly |often )?(headhunted|sought after|sought-after|courted)",
            r"in (high |great |huge )?demand",
            # "Implantologists of my training are hard to come by", "analysts like me get snapped up within".
            r"((with|of) my( [\w-]+){0,3}? (training|background|experience|skills?|skill set|combination|mix"
            r"|qualifications|profile|level|seniority|accreditations?|certifications?|specialism|record|cv|languages"
            r"|expertise)( (of|in)( [\w-]+){1,4}?)?|like me)( (\w+ly|quite|very|so|rather|still|often))* ((are|is|get"
            r"|tend to (be|get))( (\w+ly|quite|very|so|rather))* (rare|scarce|few and far between|thin on the ground|in"
            r" short supply|like gold dust|(hard|difficult|not easy) to (find|come by)|(taken|snapped up|hired|gone)"
            r" (within|in a|quickly|fast))|(rarely|never|don't|doesn't) (stay|last) (on the market|long))",
            r"(isn't|aren't) an? (easy|common) (pairing|combination|mix) to find in one (person|vet|[\w-]+(er|or|ist))",
            r"(don't|doesn't|do not|does not) come along (often|every day)",
            r"(several|multiple|three|two|many|other) (offers|companies|employers|recruiters) (are "
            r"|have been )?(chasing"
            r"|courting|after|in touch|fighting)",
            r"(to )?(tempt|poach|lure|steal|head-hunt|headhunt) me",
            # Matching a real offer to keep the writer is news of a counteroffer ("offered to match your offer");
            # "anything" and "whatever's on the table" are the boast.
            r"(match|beat|pay|offer|top) (almost |nearly |just about )?(anything|whatever('s| is)?( on the table)?)"
            r"(?! (you|they|i'm|i am|i get|i'm offered)\b)( [\w']+){0,3}? (just )?to keep me",
            r"(my|the) (second|third|fourth|fifth|sixth) offer (this|in|so far|of)",
            r"(used to|accustomed to) (having to )?(choose|choosing|being (chased|courted|in demand|approached))",
            r"losing me (would|will|could|'d|might) [\"“']?(set|put|knock)( [\w'’-]+){1,6} back( by| at least)?"
            r"( [\w-]+){1,2} (years?|months?|decades?)",
            r"(couldn't|could not|can't|cannot|wouldn't|would not|won't|will not) (afford to lose|manage|cope|survive"
            r"|function|run|do)( [\w']+){0,4} without me",
            r"(name|named|naming) my (own )?price",
            r"(talk|talked|persuade|persuaded|convince|convinced|beg|begged|begging|pleaded with) me (to stay|out of"
            r" (leaving|resigning|going))",
            r"(got on a plane|flew|flown|drove|came) (\w+ ){0,4}to (talk|persuade|convince|keep) me",
            # "Two of your competitors have been in touch", not "in touch with our suppliers".
            r"(competitors|rivals|competing firms)( \w+){0,3} (got in touch|approached me|contacted me"
            r"|reached out|called me|invited me|(been|were) in touch(?! with (?!me\b)))",
            # "Two other firms have contacted me, and one has made an offer": news of the offer, not a boast.
            r"other firms( \w+){0,3} (got in touch|approached me|contacted me|reached out|called me|invited me)"
            r"(?![^.;:!?]*\b(offer|offers|offered|deadline)\b)",
            r"(competing|fighting|bidding|vying) (for|over) me",
            r"(approaches|calls) from (two|three|four|five|six|several|multiple|\d+) (other )?(companies|firms"
            r"|employers"
            r"|recruiters|organi[sz]ations|banks|agencies|studios)",
            r"(can|could) (afford to|now) be (fairly |very |quite |rather |a little |a bit )?(selective|choosy|picky)"
            r" about"
            r" (where i go|which (offer|role|job|firm|company)|my next (role|move|job)|offers|employers)",
            r"(to be |being )?wanted (in|by) so many (places|companies|firms|employers|labs|teams|studios|practices"
            r"|schools|hospitals)",
            r"(they|he|she|their [\w-]+) (came|come) to me (directly|themselves|unprompted|out of the blue)|(approached"
            r"|contacted|reached out to) me (themselves|unprompted|out of the blue|without my applying)",
            r"bite (my|your) hand off|snap me up",
            r"(two|three|four|five|several|many|a few|a couple of) (of the )?(\w+ ){0,3}(practices|firms|studios"
            r"|companies|agencies|groups|labs|recruiters|headhunters|schools|hospitals|clubs|teams|banks) (have|has)"
            r" (asked for my|requested my|approached me|headhunted me)",
            r"(i'm|i am) (fairly |quite |pretty |rather |very )?well[- ]known (on|in|around|across) (the|this)",
            r"(would|she'd|he'd|they'd|she would|he would) clone me",
            r"how (they'd|they would|we'd|we would|he'd|she'd|the team would|the team will|the ward would|they'll"
            r"|they will|we'll|we will|it will|it would) (cope|manage|survive|get by|function) without me",
            r"(i'm|i am|i get|i'm usually|i am usually) (\w+ )?(booked|booked up|requested)( \w+){0,3} (months|weeks)"
            r" (ahead|in advance)",
            r"the only (one|person|candidate|graduate|student|applicant) from my (university|uni|school|college|cohort"
            r"|year|class|course|department) to",
            r"(created|invented|made|built|designed|opened) (the|a|this) (role|position|post|job) (just |especially"
            r" |specifically )?(for me|after (seeing|meeting|reading))",
            r"(do not|don't|doesn't|does not|rarely|seldom) (get|see|meet|come across) (such|candidates like|people"
            r" like"
            r"|profiles like|someone like)",
            r"(requested|booked|asked for) me personally",
            r"(messaged|contacted|approached|called|emailed|rang|phoned|reached out to|tried to hire|tried to recruit)"
            r" me (two|three|four|five|several|a few|a number of|multiple) times(?=[^.;:!?]*\b(join|joining|recruit\w*"
            r"|tempt\w*|poach\w*|apply|applying|move|moving|switch\w*|come (over|across|and work)|work for|this year"
            r"|(over|in) the (past|last) (year|few months|months|two years))\b)",
            r"(run|ran|running) out of things to learn",
            r"(vouching|vouches) for me personally|personally (vouching|vouches) for me",
            r"pre-vetted|(doesn't|does not|rarely|never) (usually )?do (this|that) for (anyone|just anyone|people)",
            r"a first for (someone|anyone|a person) (my|of my|at my) (age|level|grade|experience)",
        ),
        _in_demand,
    ),
    Cue(
        "Modesty that is not",
        "boasts behind a show of modesty",
        "saying you do not like to boast, then boasting, or quoting praise of yourself",
        "I don't like to blow my own trumpet, but I graduated top of my year.",
        "I hope the trumpet section enjoys the new rehearsal room.",
        phrases(
            r"(blow|blowing) my own (trumpet|horn)",
            r"(not|never) (one|someone|the type|the kind of person) to (brag|boast|show off)",
            r"without (wanting to )?(boast|brag|bragging|boasting)",
            r"(not|never) to (boast|brag)",
            r"modesty aside",
            r"(don't|do not) (like|want|mean) to (boast|brag|show off)",
            r"(top|first) of my (year|class|cohort|intake|course|department)",
            r"my (only|biggest|one|greatest|main) (flaw|weakness|fault|failing) (is|being|would be)",
            r"(a )?nice problem to have",
            r"my( \w+){0,2} (experience|record|background|cv|qualifications|credentials) (didn't|did not|doesn't"
            r"|does not|won't|will not|wasn't|isn't)( \w+)? (intimidate|overwhelm|scare|put off|daunt|unsettle)",
            r"(must be|must have been|will have to be) (quite |truly |really |very )?(extraordinary|exceptional"
            r"|remarkable|something special|very special|outstanding|quite something)",
            r"(which is|it's|it is) (a bit|a little|slightly|rather|quite|mildly) embarrassing",
            r"named after me",
            r"(the )?(best|strongest|finest|most [\w-]+) ([\w-]+ ){0,2}(she|he|they|anyone) (had |has |have )?(ever )?"
            r"(marked|seen|met|worked with|taught|hired|supervised|managed|interviewed)",
        ),
        _modesty_not,
    ),
    Cue(
        "Ranking yourself first",
        "ranks you above everyone",
        "calling yourself the standout, the strongest in the room or overqualified",
        "I'm used to being the strongest person in the room, and we both know I was the standout.",
        "Your strongest quarter yet sounds like a great time to join.",
        phrases(
            r"(topped|top of|to the top of|headed|led) the (\w+ ){0,2}(board|table|chart|league|rankings|leaderboard"
            r"|list) (every|each|for|two|three|\d+)",
            r"(from )?(the )?bottom of the (\w+ ){0,2}(table|league|board|rankings) to (the )?top",
            r"(sit|sat|sitting|get|got|getting) through (the )?(rest|others|remaining [\w-]+"
            r"|other [\w-]+)( [\w-]+){0,3}"
            r" after (mine|ours|me)",
            r"not everyone (is|works|operates|publishes|performs|plays) at (that|this|my|such a) level",
            r"(shortlist|field|competition) (just )?(got|has got|has become|became|is now) (a (lot|little|bit) )?"
            r"(shorter|smaller|thinner)",
            r"(try not to|won't|will not|don't want to) make (the )?(others?|other [\w-]+|everyone else|the rest|my"
            r" colleagues) look (too |so )?(slow|bad|lazy|average|ordinary)",
            r"(the )?(standout|stand-out|strongest|smartest|best|most complete|most capable|most talented|sharpest)"
            r" (person|candidate|applicant|one|performer|engineer|analyst|hire|choice) (in the room|in the final round"
            r"|of the (day|round|lot|bunch|group)|on the (shortlist|panel day)|he has|she has|they have|you'll (meet"
            r"|see"
            r"|find|make|hire)|you will (meet|see|find|make|hire))",
            r"(i was|i am|i'm|i'd be|i would be) (clearly |easily |obviously |by far )?the (standout|stand-out|obvious"
            r" choice|safe choice|clear choice|only choice|best hire|strongest)",
            r"((easily|clearly|vastly|far|massively|hugely|rather|somewhat) )?overqualified",
            r"(what|who) (you'd|you would|you will|you'll) be getting",
            # "what tenants would be getting." ends on the writer; "what the graduates will be getting in training"
            # goes on to say what.
            r"(what|who) (the |your )?[\w-]+ (would|will) be getting( (with|in) me)?(?=\s*[,.;:!?)—–-]|\s*$)",
            r"(a )?(bargain|steal) (for|at)",
            r"(i )?(know|knew|am sure|am certain|am confident) (that )?i (impressed|stood out|wowed|won (you|them|the"
            r" panel) over)",
            r"(i'm sure|i'm certain|i'm confident) (that )?i (impressed|stood out|wowed)",
            r"(showed|show|shown) you what (a|an) (real|proper|properly|true|good)",
            r"(written|made|designed|tailored|created) (with me in mind|for me|for someone like me)",
            r"(like )?reading my own (cv|resume|résumé|profile)",
            r"(you'd|you would|you'll|you will) be (crazy|mad|foolish|silly|insane|daft) not to",
            r"(could|can|would) (do|run|manage) (this|the|it)( \w+)? in my sleep",
            r"(well |far |way |much )?(below|beneath) (what i've|what i have|my (level|experience|abilities|pay grade)"
            r"|me)",
            r"(is |am |i'm )?worth (at least |well over |over )?[£$€]",
            r"on the open market",
            r"(to )?save you (some |the )?(deliberation|trouble|time deciding|agonising|agonizing)",
            r"(here is|here's) what (\w+ ){0,3}(will|would) (have|get|see|gain)",
            r"(a )?(far |much |way )?higher standard than (the people|everyone|others|most|my colleagues|my peers)",
            r"the price of being (thorough|brilliant|good|talented|the best|so good|excellent)",
            r"(don't|do not) (normally|usually|often|generally) (go through|do|need|sit|attend) (\w+ )?interviews",
            r"(make|making|made) an exception for",
            r"by (personal )?invitation",
            r"(the )?(level|standard|calibre|caliber) (i|i'd|i would|i will) (be )?bring(ing)?",
            r"(how|the way) my work is (regarded|seen|viewed|rated)",
            r"(a|the) model of how",
        ),
        _ranks_first,
    ),
)


def _writers_claim(found: Found) -> bool:
    """Said by the writer of themselves, plainly: not negated, hedged or hoped for."""
    return _unsoftened(found) and _HOPE.search(found.before) is None


# A standing that grows on a condition is a plan, not leverage: "my profile will only have grown by then if I
# complete the certificate", "my reputation can only improve with the feedback you gave me".
_GROWS_IF = LazyPattern(
    r"^(?: by then| from here| further)? (?:as|once|when|if|with|after|through|because|thanks to|on"
    r"|(?:by|from) \w+ing)\b"
)


def _worth_claimed(found: Found) -> bool:
    """The writer's claim (as ``_writers_claim``); a standing said to rise only if no condition follows it."""
    if found.words.startswith("my ") and _GROWS_IF.match(found.after[len(found.words) :]) is not None:
        return False
    return _writers_claim(found)


CUES = (
    *CUES,
    Cue(
        "Your own verdict on the interview",
        "grades your own interview",
        "telling them how well you think you did, that nobody has beaten your answer, or that they must have noticed",
        "I was very pleased with my own performance; it was my sharpest interview yet.",
        "I was pleased to hear more about the team's performance reviews.",
        phrases(
            r"(happy|pleased|proud|delighted|satisfied|thrilled) with (my|how i) (own )?(performance|answers|interview"
            r"|presentation|did|handled|performed|came across|showing)",
            r"my( own)? ([\w-]+ )?(best|strongest|sharpest|finest|smoothest|most (polished|confident|complete))"
            r" (interview|answer|answers|presentation|performance|showing|case study|pitch)",
            r"(best|strongest|sharpest|finest) (interview|presentation|pitch|answer) (i've|i have|i had|i'd|i) (ever )?"
            r"(given|done|had|delivered|made)",
            r"(noticed|saw|could see|could tell|will have seen|must have seen) how (thoroughly|well|much|carefully"
            r"|hard|deeply|confidently) i",
            r"(nobody|no one|none of (them|the others)|no other (candidate|applicant)) (has|have|had|will|could)"
            r"( yet)? (topped|beaten|bettered|matched|beat|top|better|match)",
            r"we both know how (that|it|the interview|today|the day|the conversation) went",
            r"(all|each|every one) of my answers (satisfied|impressed|pleased|convinced|won over)",
        ),
        _writers_claim,
    ),
    Cue(
        "Acting as if you were hired",
        "takes the job for granted",
        "handing in your notice, asking where to send your bank details or planning your first day before any offer",
        "Let me know where to send my bank details, and I have told my manager to expect my notice.",
        "I would be glad to send my references whenever you need them.",
        phrases(
            r"(handed in|hand in|given|give|(told|let) (\w+ ){1,3}(know )?to expect) my notice",
            r"(where|when|how) (to|should i|do i|can i) send (you )?(my )?(bank details|signed contract|payroll"
            r"|onboarding)",
            r"(onboarding|new starter|new-starter|payroll) (forms|paperwork|documents|pack)",
            r"(pencilled|penciled|blocked|booked|marked) (in )?(my|a|the) (start date|first day|first week)",
            r"(my|a) (start date|first day) (is )?(pencilled|penciled|booked|planned|in the diary)",
            r"(from )?(which|what) date (i shall|i should|i will|should i|shall i|do i) (join|start|report)",
            r"to whom (i should|should i|shall i|i shall) report",
            r"(on|from) my (very )?first (day|week|morning) (with you|in the (role|job|post|team))",
            r"(walk|take|talk) you through( it| this| the plan)? on my first (day|week|morning)",
            r"(let|told|informed|notified) (my )?(current|present) (employer|practice|manager|boss|team|company|firm"
            r"|school|hospital|head) (know )?(that )?(i'll|i will|i am|i'm) (be )?(moving on|leaving|going|handing)",
            r"(before|once|when|after) (i|i've|i have) (start|join|begin) (with )?(you|your (team|firm|company"
            r"|department"
            r"|school|practice|studio|unit|lab)|the (team|firm|company|department|practice|studio))",
        ),
        _writers_claim,
    ),
    Cue(
        "Your worth on the market",
        "advertises your market value",
        "telling them other firms approach you, that you are worth more than their pay band, where you stand in"
        " the market, or that your standing can only grow",
        "Three agencies have reached out since we met, which shows where I sit in the market.",
        "One agency reached out about a contract role, and I said no because I want this job.",
        phrases(
            r"(benchmarked|valued|priced|rated|paid) (\w+ )?(well |far |considerably |comfortably )?(above|over"
            r"|beyond) (the|your|this) (band|range|rate|budget|salary)",
            r"(two|three|four|five|several|many|multiple|a few|a number of) (approaches|calls|offers|firms|companies"
            r"|agencies|recruiters|headhunters|employers)( \w+){0,5} (at a|for a) (considerably |much |far )?"
            r"(higher|bigger|better) (number|figure|salary|rate|package)",
            r"(two|three|four|five|several|many|multiple|a few|a number of) (agencies|recruiters|headhunters|firms"
            r"|companies|employers)( \w+){0,3} (have |had )?(reached out|approached me|contacted me|got in touch"
            r"|been in touch|called me)",
            r"where i (sit|stand|rank) in the market",
            r"what the market (thinks|says|believes) i('m| am) worth",
            # "so my profile will only have grown by then": a standing that can only rise. Not the writer's
            # credentials, which grow by study.
            r"my (profile|reputation|standing|stock|value|market value) ((will|would|can|is going to) only (have )?"
            r"|(is|was) only going to )(grow|grown|rise|risen|increase|increased|improve|improved|go up|gone up|get"
            r" (stronger|bigger|better))",
        ),
        _worth_claimed,
    ),
    Cue(
        "Few others could",
        "says few others could do it",
        "calling yourself one of a handful who could, the only candidate with something, above the rest, or able"
        " to do what your colleagues could not",
        "As one of a handful of people in the country who could run your audits, I'd be the only one with both.",
        "Only one of the case studies was new to me, and I enjoyed it.",
        phrases(
            r"one of (only |maybe |perhaps |just |very |possibly )?(a handful|a few|few|a small number|the few"
            r"|a tiny number|the only)( of)?( \w+)? (people|candidates|engineers|professionals|specialists|analysts"
            r"|designers|nurses|teachers|applicants)?( \w+){0,3} (who|that|with|able)",
            r"(i was|i am|i'm|i'd be|i would be|being|as) (probably |clearly |easily |likely )?the only (one|candidate"
            r"|applicant|person|interviewee|finalist)",
            r"(stands?|stood|standing) (above|apart from) (the )?(other|rest"
            r"|others|remaining)",
            r"the most (?!(junior|inexperienced|nervous)\b)([\w-]+) of (the|all the|all|your) (candidates|applicants"
            r"|people|interviewees|finalists"
            r"|shortlist)",
            r"(nobody|no one|no-one|none of (them|the others)) (\w+ ){0,4}(sells|works|codes|teaches|cooks|does it"
            r"|performs|delivers|plays|writes|designs|builds|manages|leads) (like|as well as|as fast as) me",
            r"(everyone|everybody|even (the )?(seniors|senior staff|managers|directors|partners|my (boss|manager))"
            r"|the whole (team|floor|office)) (come|comes|came|turn|turns|turned|go|goes|went) to me",
            r"(hard|difficult|tough)( job| time)? (finding|to find) (anyone|anybody|someone|somebody|another|many)"
            r"( else)?( \w+){0,4} (with|who|like|as)",
            r"(failed|couldn't|could not|didn't manage|did not manage|gave up) where (i|we) (succeeded|managed|didn't"
            r"|did not)",
            # The others could not do what the writer did: "my colleagues were not able to do this", not "could not
            # do it either" or "without more training".
            r"(my (colleagues|co-workers|coworkers|peers|teammates)|the others|nobody else|no one else|none of (my|the)"
            r" (colleagues|co-workers|peers|others|team)|the rest of (the|my) team)( [\w'’]+){0,2}? ((were|was|are"
            r"|is) not able to|(weren't|wasn't|aren't|isn't) able to|could not|couldn't|did not manage to|didn't manage"
            r" to|had not managed to|hadn't managed to) (do|manage|fix|solve|match|repeat|save) (this|that|it|the same)"
            r"(?=\s*[.,;:!?)—–]|\s*$| (so|and|but|which)\b)",
            r"(nobody else|no one else|none of (my|the) (colleagues|co-workers|peers|others|team))( [\w'’]+){0,3}?"
            r" (was|were) able to (do|manage|fix|solve|match|repeat|save) (this|that|it|the same)(?=\s*[.,;:!?)—–]"
            r"|\s*$| (so|and|but|which)\b)",
            r"(which|something|what) (my (colleagues|co-workers|coworkers|peers|teammates)|the others|nobody else|no"
            r" one else)( [\w'’]+){0,2}? ((were|was) not able to|(weren't|wasn't) able to|could not|couldn't|had not"
            r" managed to|hadn't managed to|never managed to) (do|manage|match)\b(?! (either|without|alone)\b)",
            r"(hadn't|had not|haven't|have not|never|rarely|seldom|hardly ever) (\w+ )?(seen|had|come across|received)"
            r" (a|an|anything|one)( [\w-]+){0,2} like mine( this year| before| in years)?",
            r"(i'm|i am|(people|someone|candidates|those) like me|my (skills|profile|experience|accreditation"
            r"|combination|background|kind|type))( [\w']+){0,4}"
            r" (are|is) (quite |very |rather |notoriously |genuinely |really )?(hard|difficult|tough|rare|scarce) to"
            r" (come by|find|get hold of|recruit|replace|hire)",
        ),
        # "I'm the only one who doesn't mind them" is willingness, not a rarity; "jobs for people with my background"
        # are what is rare (Being in demand reads who has it).
        lambda found: (
            _writers_claim(found)
            and _ONLY_WILLING.match(found.after[len(found.words) :]) is None
            and not re.search(r"\b(?:with|of|for) $", found.before)
        ),
    ),
    Cue(
        "More than they asked for",
        "presents you as a bonus",
        "saying you are more than they set out to hire, a bonus, a level they could not usually attract, or that the"
        " role is beneath your level",
        "I'm rather more than you set out to hire, and I hope you see that as the bonus it is.",
        "The role asks for more than I expected, and I'm glad to learn.",
        phrases(
            r"more than (you|the team|they) (set out|were looking|planned|hoped|expected|bargained|asked|budgeted)"
            r" (to hire|for|to get)",
            r"(as |the )?(the )?bonus (it|that i|i) (is|am|would be)",
            r"(beneath|below) the level (of experience )?(i'd|i would|i) (bring|offer|have)",
            r"(beyond|above|more than|over and above) what (was|they|you|the (brief|panel|task|test)) (asked|required"
            r"|expected|wanted|needed)",
            # The writer as the giver: "I'd offer a level of experience you can't usually get".
            r"(i|i'd|i would|i could|i can|i'm|i am|i was|i'll|i will)( \w+ly)?( be)? (offer|offering|bring|bringing"
            r"|provide|providing|give|giving)( [\w'’-]+){0,3} (a|the) (level|calibre|caliber|standard|depth|quality) of"
            r" ([\w-]+ ){1,2}([\w'’-]+ ){1,5}?(would|could|might|does|do|will|can|ca|wo)(n't|not| not| never)( usually"
            r"| normally| ordinarily| often| typically| otherwise| ever)?( be able to)? (attract|afford|get|find"
            r"|expect|command|hope for|match|stretch to)",
        ),
        _writers_claim,
    ),
    Cue(
        "Waiting for the new hire to fail",
        "predicts the person they chose will fail",
        "telling them that if the person they chose struggles, they know where to find you, or has your figure to beat",
        "If the new hire finds the pace too much, you know where to find someone who has done it for years.",
        "If the new hire wants a hand with the handover notes, I'm happy to share them.",
        phrases(
            r"you know where to find (me|someone)",
            r"(your|their) loss",
            r"(lucky|luckier|fortunate) (still )?to (get|have|land) me",
            r"(when|if|once) (your|the) (new|chosen|successful) [\w-]+( [\w']+){0,3}? (needs bringing up to speed"
            r"|needs a"
            r" crash course|finds( [\w'’-]+){0,8} (trickier|harder|tougher|more difficult|too much|a struggle)"
            r"|struggles"
            r"|gets stuck|runs into (trouble|problems))",
            r"give (them|him|her|your [\w-]+( [\w-]+)?) a (crash course|quick masterclass|masterclass)",
            # A figure of the writer's, not "a lot to live up to" or "a 6am start to beat".
            r"(whoever|new hire|successful candidate|(person|one) you)( [\w'’-]+){0,3}? (has|have|will have)"
            r"(?=[^.!?,;]*\bmy\b) (my|an?)( [\w-]+)? (\d[\d.,]*(\s?%| percent)|numbers|figures|results|scores?)"
            r"( [\w-]+){0,2}? to (beat|match)",
        ),
        _writers_claim,
    ),
)


# Words that rank or put someone beyond comparison. Feelings are not rankings: "I'd be the happiest person".
_EXTREME = (
    r"(the |a |an |your |one of the |one of your )?(very |single |absolute )?"
    r"(most (?!(grateful|thankful|excited|interested|keen|eager|happy|delighted|pleased|honou?red|humbled|lucky"
    r"|fortunate|nervous|anxious|enthusiastic|glad|sorry|appreciative|relieved|comfortable|confident|junior"
    r"|hoping|hopeful|looking|drawn|attracted"
    r"|inexperienced)\b)[a-z-]+"
    r"|best|strongest(?! (in|at|on|with|when)\b)|brightest|smartest|sharpest|finest|greatest|fastest|quickest"
    r"|hardest[- ]working|highest[- ][a-z]+"
    r"|top (performer|candidate|choice|talent|person|engineer|analyst|hire|pick|seller|salesperson|earner|student)"
    r"|star (performer|candidate|employee|hire)|number[- ]one|exceptional|outstanding|extraordinary|remarkable"
    r"|brilliant|superb|stellar|phenomenal|unmatched|unrivall?ed|unparalleled|unbeatable|elite|world-class|top-tier"
    r"|top-notch|second to none|one of a kind|one-of-a-kind|irreplaceable|indispensable|invaluable|flawless"
    r"|impeccable|rare (combination|find|talent|breed|mix|asset|catch|commodity)|unique (combination|mix|talent|asset"
    r"|profile|blend)|exactly the (kind|sort|type) of (hire|candidate|person|employee|professional|leader|talent))"
)
_BE_SAID_OF = (
    r"(i am|i'm|i was|i'd be|i would be|i will be|i'll be|i can be|i could be|being|makes me|made me|make me|me as"
    r"|i'd (honestly|probably|certainly|definitely|easily|clearly|really|surely) be"
    r"|i consider myself|i see myself|i think of myself as|call me|calls me|called me|consider me|considers me"
    r"|rate me as|rated me as|rates me as|describe me as|described me as|describes me as|i've been called"
    r"|i have been called|i've always been|i have always been|i'm known as|i am known as)"
    r"( (genuinely|truly|really|honestly|frankly|simply|clearly|obviously|easily|probably|arguably|undoubtedly"
    r"|without (a )?doubt|by far|quite|definitely|certainly|surely|always|consistently|regularly|often|widely"
    r"|regarded as|seen as|considered|used to being|known as|known for being|what you might call))*"
)
_MY_ASSET = (
    r"my( own)? (skills|skill set|skillset|experience|record|track record|background|profile|cv|resume|results"
    r"|answers|performance|presentation|qualifications|credentials|expertise|knowledge|portfolio|work|combination"
    r" of skills|mix of skills|level of experience)( [a-z-]+){0,3}? (is|are|was|were|goes|go|went|would be|will be"
    r"|remains|remain)( (genuinely|truly|really|honestly|frankly|simply|clearly|obviously|easily|probably|arguably"
    r"|undoubtedly|by far|quite|definitely|certainly|surely|well|far|way|much|considerably|comfortably))*"
)
_BEYOND = r"(beyond|above|ahead of|over and above) (what|the|your|anything|most|this)"
_TAKING_ME = (
    r"(hiring|choosing|picking|selecting|getting|having|appointing|bringing in|taking on|signing) me( on)?"
    r" (would|will|is|'d|'ll)( (honestly|really|surely|easily|definitely|clearly|simply|probably))? be (the|a|an)"
    r" ((very|single) )?(easiest|best|smartest|wisest|safest|simplest|no-brainer|obvious|most [a-z-]+|shrewdest)"
)


# Whose success a note calls a problem: theirs ("your waiting list") or the writer's.
_YOURS = LazyPattern(r"\b(?:your|their|you['’]re|you have|you've)\b")
_WRITERS = LazyPattern(r"\b(?:i|i['’]m|i['’]ve|i['’]d|my|me|our)\b")


def _predicated_of_writer(found: Found) -> bool:
    """A claim of the writer's (as ``_writers_claim``), stated: not asked, and not negated within its own words."""
    return (
        not found.clause.question
        and _writers_claim(found)
        and _NEGATION.search(found.before) is None  # "hardly the most", which negates nothing elsewhere
        # "wonder how you ever ran without me": the "without" the boast ends on negates nothing.
        and _NEGATION.search(re.sub(r"\bwithout$", "", found.words)) is None
    )


CUES = (
    *CUES,
    Cue(
        "Ranking words said of yourself",
        "ranks you above the rest",
        "the words that rank or put someone beyond comparison (the most, the best, exceptional, one of a kind,"
        " beyond what the role needs) said of you or of your record",
        "People call me the most organised colleague they have had, and my experience goes well beyond this role.",
        "I had the most interesting conversation with your team, and the role goes well beyond what I expected.",
        phrases(
            f"{_BE_SAID_OF} {_EXTREME}",
            f"{_MY_ASSET} {_EXTREME}",
            f"{_MY_ASSET} {_BEYOND}",
            _TAKING_ME,
        ),
        # Praise quoted from family or laughed off is not a ranking: "my daughter describes me as the best at
        # pancakes".
        lambda found: _predicated_of_writer(found) and not _praise_discounted(found),
    ),
)


# Asked for, not offered: "you asked about my targets".
_ASKED = LazyPattern(
    r"\byou (?:asked|requested|wanted|mentioned you['’]?d like|were curious)\b"
    r"|\bas (?:you )?(?:requested|asked|promised)\b|\basked (?:about|how|what|whether|if|after)\b"
    r"|\bper your (?:question|request)\b|\byour question (?:about|on)\b"
    r"|\bwanted to know\b"
)
# Credit for a rank given to others or the rank made small: "which I put down to a very good team".
_CREDIT_SHARED = LazyPattern(
    r"\b(?:put (?:it |that |this )?down to|thanks to|credit (?:goes )?to|owe (?:it|that|this) to) (?:the|a|an|my|our)"
    r" (?:[\w-]+ ){0,2}(?:team|colleagues|manager|mentor|boss|staff|crew|volunteers|group|supervisor|luck)\b"
    r"|\bteam effort\b|\blucky\b|\bthough the (?:group|class|cohort|field|intake|year) was\b"
)
_RANKED = LazyPattern(r"\b(?:ranked|rated|voted)\b")


_HONOUR = LazyPattern(r"\b(?:awards?|prize|medal|citation|of the year)$")
_SHARED = LazyPattern(
    r"\b(?:shared with|jointly|joint|with (?:my|our|the) (?:[\w-]+ )?(?:team|colleagues|group|class))\b"
)


def _honour_asked_or_shared(found: Found) -> bool:
    """An award told because they asked about it, or shared: "You asked about my award: ..., shared with my team"."""
    if _HONOUR.search(found.words) is None:
        return False
    asked = _ASKED.search(found.neighbour(-1) + " " + found.sentence) is not None
    return asked or _SHARED.search(found.after) is not None


# A formality that is someone else's word or someone else's: "you said the final round is largely a formality",
# "the last stage is a formality for internal candidates", "I know the final interview isn't a formality". Read
# anywhere in the sentence: "the final chat is mostly a formality, as you put it", "your email confirmed the last
# step is a formality"; not the writer's own "I said to my partner".
_FORMALITY_SAID = LazyPattern(
    r"\b(?<!\bi )(?:said|say|says|saying|mentioned|mentions|told|tell|tells|telling|explained|explains|confirmed"
    r"|confirms|described|assured|assures|promised|wrote|writes|joked|jokes|claim|claims|claimed|reckon|reckons"
    r"|reckoned|warned|advised|suggested|suggests|noted|notes)\b"
    r"|\b(?:per|from) your\b|\byou put it\b|\bto hear\b|\bfor (?:saying|explaining|letting me know)\b"
    r"|\bi (?:gather|hear|heard|understand)\b|\bapparently\b|\baccording to\b|\bby the sound of\b"
)
# The writer owning up to having thought it, or disowning it: "I naively assumed the final round would be a
# formality", "I used to think ..., but", "I'd hate to give the impression that ...", "nobody should think ...".
_OWNED_UP = LazyPattern(
    r"\b(?:naive\w*|mistakes?|mistaken(?:ly)?|wrongly|wrong|misjudg\w*|lesson|foolish\w*|silly|unstuck"
    r"|used to (?:think|assume|believe|imagine)|(?:once|had) (?:assumed|thought|imagined)|impression"
    r"|(?:hate|wouldn['’]t (?:want|dream)|would not (?:want|dream)|never want) to"
    r"|(?:nobody|no one|none of us) (?:should|would|could)|i know it isn['’]t|it isn['’]t really)\b"
)
# A stage of someone else's, or one that is only paperwork: "the other firm's final round is a formality", "the last
# step is a formality, the right-to-work check".
_NOT_MY_STAGE = LazyPattern(
    r"\b(?:other|another) (?:[\w-]+ )?(?:firm|company|employer|school|agency|trust|practice|organisation"
    r"|organization|hospital|bank|business|studio|one|place)(?:['’]s|s['’])?(?= )|\bwith (?:the other|another)\b"
    r"|\belsewhere\b"
)
_PAPERWORK = LazyPattern(
    r"\b(?:paperwork|documents?|passport|right[- ]to[- ]work|contracts?|p45|p60|sign|signing|medical|visa|insurance"
    r"|licence|license|dbs|vetting|background check|forms?|bank details|payroll|id|identity|induction"
    r"|certificates?)\b"
)
# "For internal candidates" is someone else's formality; "for someone with my record" is the writer's.
_FOR_OTHERS = LazyPattern(
    r"^ for (?!me\b|myself\b|us\b|someone (?:like|with|of) (?:me|my)\b|(?:a|an) [\w-]+ (?:like|with) (?:me|my)\b)"
)


# A choice made easier that is the writer's or everyone's, or not called won: "which made the choice easier for
# me", "the second interview made the choice easier than I expected", "whichever way it goes".
_NOT_THEIR_CHOICE = LazyPattern(r"^[^.;!?]*?\b(?:for (?:me|us|both|everyone|all)|than i|whichever|either way)\b")


def _field_taken(found: Found) -> bool:
    """A claim of the writer's (as ``_predicated_of_writer``); a choice of theirs made easier, not by them; a formality
    only in the writer's own voice, of their own stage with this employer, and not a stage that is paperwork."""
    if not _predicated_of_writer(found):
        return False
    if found.words.startswith("made ") and (
        _NOT_THEIR_CHOICE.search(found.after) is not None
        or re.search(r"\byou\b", found.sentence_before) is not None
        or found.kind is Kind.WITHDRAWAL
    ):
        return False  # "you explained the hours, which made the choice easier", "made the decision easier to withdraw"
    if any(word in found.words for word in ("formality", "rubber", "box-ticking", "done deal", "for show")):
        rest = found.after[len(found.words) :]
        return (
            _FORMALITY_SAID.search(found.sentence) is None
            and _FOR_OTHERS.match(rest) is None
            and _OWNED_UP.search(found.sentence) is None
            and _NOT_MY_STAGE.search(found.sentence) is None
            and _PAPERWORK.search(found.sentence) is None
        )
    return True


_DESCRIBED = LazyPattern(
    r"(?:described|describes|describing|labell?ed|refer|rate|praised|mention|name|thank|credit|singl|praise)"
)
_BY_READER_OR_NOBODY = LazyPattern(r"\b(?:you|your|you['’]\w+|nobody|no one|none)\b")
# The reader's own people, across a comma: "it was kind of your colleague, who described me as a natural".
_READERS_PERSON = LazyPattern(r"\b(?:kind|generous|good|nice|lovely) of (?:you|your)\b|\byour [\w-]+,? who\s*$")

# Praise from the writer's private life, not from work: family, friends, neighbours, a stranger, a hobby's teacher
# ("my grandmother describes me as one of a kind", "a stranger on the train told me I was the calmest").
_PRIVATE_PRAISER = LazyPattern(
    r"\b(?:mum|mom|mother|dad|father|parents|gran|granny|grandma|grandmother|grandad|grandpa|grandfather"
    r"|grandparents|nan|nana|grandchildren|daughter|son|kids|children|toddler|baby|niece|nephew|cousins?|brother"
    r"|sister|siblings|aunt|auntie|uncle|my partner|wife|husband|boyfriend|girlfriend|fianc[eé]e?|friends?"
    r"|flatmates?|housemates?|neighbou?rs?|landlord|landlady|vicar|priest|(?:sports|football|swimming|running)? ?coach"
    r"|(?:yoga|piano|swimming|driving|dance|music|art|singing) (?:teacher|instructor)|dog walker|dentist|lifeguard"
    r"|stranger|passer-by|passengers?|bus driver|parish|church|local paper|tenants['’]?)(?:['’]s?)?"
    r"(?: [\w'’-]+){0,3}? (?:describ|rate|rates|rated|call|calls|called|consider|label|refer|reckon|told|tell"
    r"|always told|say|said|praised|thanked|mentioned|named|credited|singled)"
)
# Praise the writer takes back or laughs off: "which is a very low bar", "but she says it to all of us", "mostly
# because I let her stay up late", "he was wrong, I was terrified", "though she is six".
_PRAISE_DEFLATED = LazyPattern(
    r"\b(?:(?:a |very )?low bar|says? it to|said it to|being (?:nice|kind|polite)"
    r"|(?:which|that|she|he|they)(?:['’]s| is| was| are| were) (?:very |rather |so |being |too )?generous"
    r"|generous (?:of|given|since)"
    r"|(?:he|she|they) (?:was|were) wrong|which i (?:wasn['’]t|am not|doubt)|says more about|said more about"
    r"|tells you (?:how|more)|(?:only|mostly|mainly|purely|simply) because|but only|i let (?:him|her|them) win"
    r"|teas\w*|jok\w*|a hint|hinting|despite (?:my|me|failing)|dressed (?:up )?as"
    r"|(?:though|but) (?:he|she|they)(?:['’]s| is| are| was)(?: only)? (?:\d+|one|two|three|four|five|six|seven"
    r"|eight|nine|ten)\b|(?:though|but) i (?:suspect|think|know)|still have a lot to learn|lot to learn)\b"
)
# Only guessed at, or said as a joke: "I joked in the interview that I'm a karaoke superstar".
_HEDGED_PRAISE = LazyPattern(r"\b(?:may|might|could) have\s*$|\bi (?:joked|was joking|said as a joke)\b")


def _praise_discounted(found: Found) -> bool:
    """Praise of the writer that does not sell them: said by their family, friends or a stranger, laughed off or
    taken back in the same sentence, only guessed at ("my referee may have described me as unique") or said as a
    joke."""
    rest = found.after[len(found.words) :]
    return (
        _PRIVATE_PRAISER.search(found.sentence_before + found.words) is not None
        or _PRAISE_DEFLATED.search(rest) is not None
        or _HEDGED_PRAISE.search(found.sentence_before) is not None
    )


def _praise_quoted(found: Found) -> bool:
    """The writer's claim (as ``_predicated_of_writer``), not an honour they asked about or shared; praise described
    as someone's only when it is not the reader's own, thanked for ("you described me as a natural, which meant a lot"),
    and not discounted (as ``_praise_discounted`` reads it).
    """
    if _DESCRIBED.match(found.words) and (
        _BY_READER_OR_NOBODY.search(found.before) is not None
        or _READERS_PERSON.search(found.sentence_before) is not None
    ):
        return False
    if _praise_discounted(found) or _named_for_a_slip(found):
        return False
    return _predicated_of_writer(found) and not _honour_asked_or_shared(found)


# Named for a slip or among many, not for praise: "the auditor mentioned me by name because my signature was
# missing", "credited me by name along with the forty other volunteers".
_SLIP_OR_MANY = LazyPattern(
    r"\b(?:forgot|forgotten|missing|missed|mistake|late|wrong|error|couldn['’]t|could not|failed|fault|blame\w*"
    r"|along with (?!me\b|us\b)|among|amongst|alongside|as well as|with the (?:rest|others|other)|everyone else"
    r"|all the other)\b"
)


# Those the writer serves, whose naming them is praise: "a couple of the reviews mention me by name", "guests have
# mentioned me by name"; a manager, a newsletter or the minutes naming them is not.
_SERVED = LazyPattern(
    r"\b(?:reviews?|reviewers|guests?|customers?|clients?|patients?|families|diners|regulars|residents|visitors"
    r"|feedback|comments|ratings|tripadvisor|trustpilot|surveys?|testimonials?|users|readers|audiences?|fans)\b"
)


def _named_for_a_slip(found: Found) -> bool:
    """Named for a slip or among many (``_SLIP_OR_MANY``), or named or thanked by someone other than those the writer
    serves; singling out and praise count whoever does it."""
    if not found.words.endswith("by name") or found.words.startswith("ask"):
        return False
    if _SLIP_OR_MANY.search(found.after[len(found.words) :]) is not None:
        return True
    return not found.words.startswith(("prais", "singl")) and _SERVED.search(found.sentence_before) is None


# What a writer might have more of than their peers that is a record: papers, grants, clients, results.
_AHEAD_OF_PEERS = LazyPattern(
    r"\b(?:papers|publications|first-author|citations|grants|awards|prizes|patents|clients|projects|sales|deals"
    r"|qualifications|certifications|experience|responsibility|caseload|cases|patients|students|results|output"
    r"|funding|revenue|credits|exhibitions|commissions|productions|titles|records)\b"
)
_ADMITTED = LazyPattern(
    r"\b(?:changed|moved|switched|jobs|roles|gaps?|break|time off|retrain\w*|ask\w*|salary|pay|earn\w*|cost\w*"
    r"|rejected|rejections|nervous|anxious|mistakes?|sorry|longer|older|slower|later|time off|to learn|sick leave"
    r"|weekends|overtime|unpaid|rather not)\b"
)


# "More than most people at my stage" said of a count: "fourteen papers, which I understand is more than most", "14
# papers, more than most"; not of what the writer does: "I worry more than most", "I rely on her more than most".
_COUNT_IS = LazyPattern(
    r"(?:\b(?:is|was|are|were|be|been|that['’]s|it['’]s|which['’]s)|[,—–(])\s*(?:(?:far|well|rather|quite|a lot"
    r"|a good deal|a bit|considerably|much|probably|comfortably|easily|already|slightly|significantly|many)\s+)*$"
)
# A record that is someone else's: "my sister has more publications than most people at her stage".
_SOMEONE_ELSES_RECORD = LazyPattern(
    r"\b(?:my|our) (?:[\w-]+ )?(?:sister|brother|partner|wife|husband|friend|mum|mother|dad|father|son|daughter"
    r"|cousin|colleague|supervisor|manager|student|students|team)\b(?:(?!\b(?:i|i['’]\w+|me)\b)[^,;:])*$"
)


def _ahead_at_my_stage(found: Found) -> bool:
    """Ahead of peers at the writer's stage, where said: in a record nearby, not admitted, and of a count ("I worry
    more than most people at my stage" is how much, not how many)."""
    if re.search(r"\b(?:stage|level|age|point|grade)$", found.words) is None:
        return True
    nearby = found.neighbour(-1) + " " + found.sentence
    return (
        _AHEAD_OF_PEERS.search(nearby) is not None
        and _ADMITTED.search(found.sentence) is None
        and (not found.words.startswith("more ") or _COUNT_IS.search(found.sentence_before) is not None)
    )


def _ranked_by_writer(found: Found) -> bool:
    """A rank claimed in the writer's own clause, or a rhetorical "how many applicants have..." from the writer;
    not praise quoted from their private life or laughed off (as ``_praise_discounted`` reads it)."""
    if (
        _praise_discounted(found)
        # "I was more nervous than most people", "more time off than most people at my age"
        or (found.words.startswith("more ") and _ADMITTED.search(found.words) is not None)
        # "My sister has more publications than most people at her stage"
        or _SOMEONE_ELSES_RECORD.search(found.before) is not None
        or not _ahead_at_my_stage(found)
    ):
        return False
    if found.words.startswith("how many"):
        return found.clause.question  # "How many applicants have built...?" asks for no answer
    if (
        found.words.startswith(("i ", "i'", "i’"))
        and _RANKED.search(found.words) is not None
        and (
            _ASKED.search(found.neighbour(-1) + " " + found.sentence) is not None
            or _CREDIT_SHARED.search(found.sentence) is not None
        )
    ):
        return False  # "As you asked, I was ranked first in my cohort, though the group was small"
    return _predicated_of_writer(found) and _WRITER.search(found.clause_text) is not None


CUES = (
    *CUES,
    Cue(
        "Records and rank",
        "advertises a record or a rank",
        "the youngest, highest or first in a company's history or region, more of something than anyone on the panel"
        " or than most people at your stage, or praise that ranks you first",
        "I became the youngest VP in the company's history, and I've led more migrations than anyone on the panel.",
        "Our team had the highest response rate in the region, thanks to the volunteers.",
        phrases(
            r"the (youngest|highest|best|top|fastest|first|only|most [\w-]+)( [\w-]+){0,3} (in|of) (the|its|our|my"
            r"|their|this|company's|firm's|trust's) ([\w-]+ )?(history|region|trust|company|country|chain|firm|team"
            r"|department|organi[sz]ation|state|city|industry|sector)",
            r"(a )?record (that |which )?(i'm told |i am told )?(still )?stands",
            r"more( [\w-]+){1,3} than (anyone|anybody|everyone|any other|most people|the rest)( (on|in|at) (the|your)"
            r" (panel|room|team|shortlist|department))?",
            r"mine (was|is|were) (easily |clearly |by far |probably )?the (strongest|best|top|finest|sharpest|most"
            r" [\w-]+)",
            r"(called|described|rated|named|considered|calls|describes|rates|names|considers) me (the|as the) (only"
            r"|first|best|most|top|strongest)",
            r"(i was|i am|i'm) (so |far |well |way |miles |clearly )+(ahead|above)",
            r"(i was|i've been|i have been|i am|i'm) (consistently |repeatedly |twice |again )?(ranked|rated|voted)"
            r" (as )?(the )?(number one|number 1|no\.? ?1|first|top|best|highest)(?!-)",
            r"your (next|new|future) (top performer|star performer|star|best hire|rock star|rockstar|superstar|mvp)",
            r"how many (of )?(the )?(other )?(applicants|candidates|people|finalists|of them)(,? honestly,?)?"
            r" (have|can|could|would|will|did) ([a-z]+ed|built|won|led|run|done|taught|shipped|made|grown|written|sold"
            r"|brought|taken|held|met|beaten|delivered|managed|launched|achieved)",
            # "My results settled the question of fit", not "I answered the question about rotas rather briefly".
            r"(settled|closed) the question( of [\w-]+)?|answered the question (of [\w-]+|once and for all)",
            # Beside peers at the writer's stage: "fourteen first-author papers, which I understand is more than most
            # people at my career stage"; _AHEAD_OF_PEERS says what is more, so "I've changed jobs more than most
            # people my age" stays an admission.
            r"(more|higher|further|ahead of|above) (than )?(most|many|nearly all|almost all|the average|a typical"
            r"|is usual|is typical|is normal|usual|typical|normal|average|expected)( [\w-]+){0,2}? (at|of|in|for)"
            r" (my|a similar|the same|this|someone (at|of) my) (career |academic |professional )?(stage|level|age|point"
            r"|grade)",
            r"answered the question (about|on) [\w-]+ ((pretty|fairly|quite|rather|very) )?(conclusively|decisively"
            r"|definitively|beyond doubt)",
            r"my (team|store|branch|site|department|unit|class|students|shift|region|ward|crew|office)( \w+){0,3}"
            r" (is|was|are|were|came|finished|ranked|stays|stayed) (always |consistently |regularly )?(number one"
            r"|number 1|no\.? 1|first|top)( [\w-]+){0,7} (because of|thanks to|due to|down to) my",
        ),
        _ranked_by_writer,
    ),
    Cue(
        "What you would do for them",
        "sells you as their rescue",
        "saying you would bring their team up to your standard, make them look good, or that they are thin without you",
        "I could bring the team up to the standard I'm used to, and I'd make your whole department look good.",
        "I'd be glad to learn the standards your team uses.",
        phrases(
            r"(bring|get|raise|lift|coach|pull) (the|your|their) (whole )?(team|department|staff|engineers|people)"
            r" (up )?to (my|the) (standard|level)",
            r"(the|a) (standard|level) (i am|i'm|i have been|i've been) used to",
            r"make (your|the|you|my new) (whole )?(department|team|company|boss|manager|firm|business)? ?look good",
            r"(thin|weaker|poorer|emptier|worse off|lost|struggling) without me",
            r"(wonder|wondered|wondering) how (you|the team|(the |your )?[\w-]+)( ever)? (ran|managed|coped|survived"
            r"|got by|worked)"
            r" without(?= (me|someone like me|anyone like me|a [\w-]+ like me)\b)",
            r"(as a favou?r|doing you a favou?r)",
            r"(turned down|declined|said no to) (two|three|four|several|many|\w+) (much |far )?(larger|bigger|better"
            r"|more senior|more prestigious|higher-paying)",
        ),
        _predicated_of_writer,
    ),
    Cue(
        "Your price",
        "boasts about what you are worth to employers",
        "saying you are paid above their band, are hard to replace, or are never short of offers",
        "My employer pays me well over the top of your band because they regard me as impossible to replace.",
        "The advertised salary is below my current pay, and I am happy to discuss it.",
        phrases(
            r"(pays|paid|pay|earning|earn|on) (me )?(well |far |considerably |comfortably |a lot )?(over|above|more"
            r" than|beyond) (the top of )?(your|the) (band|range|budget|salary|advertised)",
            r"((almost|nearly|virtually) )?(impossible|hard|difficult) to replace",
            r"never (been )?short of (offers|work|clients|approaches)",
            r"(had|received|got|fielded|fielding|juggling) (two|three|four|several|multiple|a few|\d+) (offers"
            r"|approaches)",
            r"(fielding|juggling|taking|handling) (calls|offers|approaches) from (recruiters|headhunters|agencies)",
        ),
        _predicated_of_writer,
    ),
)


CUES = (
    *CUES,
    Cue(
        "The job beneath you",
        "presents the job as beneath you",
        "saying the role is a step down, too small or too junior for you, or should be matched to your level",
        "Perhaps the role was simply too small a step for someone who has led three teams.",
        "The role is a step up for me, and I'm glad to learn.",
        phrases(
            r"(a |something of a |quite a )?step down (for me|from where i am|from my)",
            r"too (small|junior|easy|modest) (a step|a role|a job|a position|for me|for someone)",
            r"(better|more) (matched|suited) to my (level|experience|seniority)",
            r"(suit|suits|match|matches|fit|fits) my (level|seniority) (far |much )?better",
            r"(below|beneath) my (level|grade|experience|pay grade)",
            r"the next grade up",
        ),
        _predicated_of_writer,
    ),
    Cue(
        "Others' praise of you",
        "quotes praise of you",
        "telling them what others say of you: guests ask for you or mention you by name, the place runs itself when"
        " you are there, your answer was the best they heard, what you have been called or described as, the"
        " nickname they gave you",
        "Guests asked for me by name, and he said the hotel ran itself whenever I was on shift.",
        "Guests asked about the new spa, and I was glad to help.",
        phrases(
            r"(asked|ask|asking|asks) for me by name",
            # Reviews or guests that name the writer: "roughly half mention me by name".
            r"(mention|mentions|mentioned|name|names|named|praise|praises|praised|single out|singles out|singled out"
            r"|thank|thanks|thanked|credit|credits|credited) me by name",
            r"(ran|runs|run) itself (when|whenever|while) (i|i was|i'm|i am)",
            r"(sent|send|sends|paid|paying) (his|her|their)( \w+)? compliments( \w+){0,2} (to me|back to me|to the"
            r" kitchen|to the chef)",
            r"(still|often|always|regularly) (brings|bring|mentions|mention|talks about|quotes|cites) (it|this|that"
            r"|them"
            r"|my [\w-]+) (up )?(at|in|to) (staff|team|board|department|every|our staff|assemblies|interviews"
            r"|inductions)",
            r"my( [\w-]+){1,3} (was|were|is) the (most [\w-]+|best|strongest|finest|top|highest)( [\w-]+)? (you|they|he"
            r"|she|the panel) (had|have|has|'d|'ve)? ?(ever )?(heard|seen|had|received|marked|met)",
            r"my( [\w-]+){1,2} (always|consistently|regularly) (got|get|gets|had|scored|received|achieved|earned)"
            r" the (highest|best|top)",
            r"never (had|needed|has|needs) to check my",
            r"the (\w+est|best|most [\w-]+) ([\w-]+ ){0,2}(he'd|she'd|they'd|he had|she had|they had|anyone had"
            r"|anyone has) (ever |all year |in years )?(seen|had|met|worked with|marked)",
            r"never (met |worked with |had |seen )?(one|anyone|someone|another) like (you|me)",
            r"(call|calls|called|nicknamed|dubbed|know me as|knows me as|refer to me as) me [\"'“‘]?(the|their|our|a"
            r"|an) [a-z-]+",
            r"(were|was) (pushing|rooting|fighting|batting) (\w+ ){0,2}for me(?! to)",
            # Not a nickname given for the name itself: "called me 'Miss P' because my surname is hard to say".
            r"(call|calls|called|nicknamed|dubbed) me [\"“‘'][\w-]+( [\w-]+){0,2}[\"”’'] (because|since|for|after)"
            r"(?![^.;:!?]*\b(name|surname|names|initials|pronounce|spell|spelling|there were (two|three)|two of us"
            r"|accent|height|tall|hair)\b)",
            r"(taken to|started|took to|begun|began) calling me [\"'“‘]?(the|a|an|their|our)",
            # A nickname for what the writer does: "they were calling me 'the firefighter'", "my nickname there was
            # 'the fixer'"; not "calling me the next day", nor a name for the newest or the youngest.
            r"((were|was|are|is|kept|keep|always|still|all) calling me [\"“‘']|(my|their) nickname( for me)?( there| at"
            r" work| (at|in|on) the [\w-]+| at my [\w-]+ [\w-]+)? (was|is|became) [\"“‘']?|gave me the nickname"
            r" [\"“‘']?|(i was|i'm|i am|i became) known as [\"“‘'])"
            r"the (?!(new|newbie|baby|kid|quiet|rookie|junior|intern|youngest|shy|little)\b)[\w-]+",
            r"(ran|did|wrote|published|printed|aired) (a|an) (\w+ )?(feature|piece|story|profile|article|interview"
            r"|segment) (on|about) me",
            r"(i was|i've been|i have been|got me|i got|me)( (somehow|actually|even|also|just|recently|then))? (named"
            r"|voted|crowned) (?!worst )(\w+ ){0,4}of the year(?! group| \d|-| abroad)",
            r"(i've|i have|i|i've also|i have also|i've since|i also) (recently |since |also |just )?(received|won|been"
            r" awarded|was awarded|been given|picked up|scooped)( the| a| an)?(?!( [\w'’-]+){0,3} (long-service|long"
            r" service|service|attendance|team|group|joint|shared)\b)( [\w'’-]+){0,5} (of the year|award|awards|prize"
            r"|medal|citation)(?! (letter|money|ceremony|form|details|email|nomination|scheme|committee|panel|fund"
            r"|funding|paperwork|date|dinner|event|night|winners?|list|question)\b)",
            r"(half|full|double)-page (spread |feature |piece |article )?(in|about)",
            r"my (\w+ ){0,6}(is|are) on (the|their|a|most) ([\w-]+ )?reading lists?",
            r"(need|have|had) to (hire|find|take on) (two|three|four|five|several) (people|staff|new people|more people"
            r"|of them|men|women) to (replace|cover for|do the work of) me",
            r"(asked|invited|want|wants|wanted) to (profile|feature) me",
            # Praise quoted as proof: "both my area managers described me as 'irreplaceable' in their references".
            # "A natural" as praise, not "a natural patient".
            r"(described|describes|describing|labelled|labeled|referred to|refers to|rated|rates|praised) me as"
            r" (being )?[\"“‘']?(irreplaceable|indispensable|invaluable|exceptional|outstanding|brilliant|a star"
            r"|a superstar|a rock star|a rockstar|a natural(?=\s*[,.;:!?\"”’')]|\s*$| (at|with|in|on|when|for)\b)"
            r"|a genius|one of a kind|unique|the best|the strongest"
            r"|a safe pair of hands|(their|his|her) secret weapon|the backbone|(their|his|her) rock)\b",
            # The same praise in the passive: "I've been called the backbone of the team", "I'm described in my
            # appraisals as exceptional", "I've often been described by clients as indispensable".
            r"(i've been|i have been|i'm|i am|i was|i get|i've always been|i have always been|i've often been"
            r"|i have often been|i'm often|i am often|i'm always|i am always|i'm regularly|i am regularly|i'm usually"
            r"|i am usually)"
            r" (called|described|referred to|labelled|labeled|rated)( (in|by) [\w'’-]+( [\w'’-]+){0,3}?)? (as )?"
            r"(being )?[\"“‘']?(irreplaceable|indispensable|invaluable|exceptional|outstanding|a star|a superstar"
            r"|a rock star|a natural(?=\s*[,.;:!?\"”’')]|\s*$| (at|with|in|on|when|for)\b)|a genius|one of a kind"
            r"|the backbone|a safe pair of hands|(their|his|her|the team's) secret weapon|(their|his|her|the team's)"
            r" rock)\b",
            r"(down|off) to a (fine )?art",
            r"top (0\.\d+|\d+|one|two|three|five|ten) ?(%|percent|per cent)",
            r"(still )?(talking|talk|thinking|buzzing) about (my|our) (interview|answers?|presentation|pitch|session)",
            r"the (one|interview|candidate|answer|presentation) (you|the panel|they|your (team|panel)|the team)('re"
            r"| are|"
            r" is| will be)? still (talking|discussing|thinking) about",
        ),
        _praise_quoted,
    ),
    Cue(
        "Taking the field for granted",
        "takes the choice for granted",
        "saying their scoring or shortlisting must have been easy, that your record made it easier, that the next"
        " round is a formality, or that they will need someone like you",
        "I'd imagine the board's scoring was fairly straightforward, and my licences made your shortlisting easier.",
        "The shortlisting took longer than planned, and I understand why.",
        phrases(
            r"(scoring|decision|choice|shortlisting|selection|deliberations?) (was|is|will be|would have been|has been"
            r"|must have been) ((fairly|pretty|very|quite|rather) )?(straightforward|easy|simple|obvious|a formality)",
            r"made (your|the|their) (shortlisting|decision|choice|job|selection) ((somewhat|a lot|much|far|rather) )?"
            r"(easier|simpler)",
            r"(need|needing|want|wanting) someone (with|of) my (depth|calibre|caliber|experience|skills|background"
            r"|record|level)",
            r"(on|at) a (different|whole other|higher) (level|plane) (from|to|than)",
            r"in a (different|league|class) (league|of (my|its|her|his) own)",
            r"(sets?|setting) me apart",
            r"(has|have|had) never (\w+ ){1,4}(so|as) (quickly|fast|well|smoothly|efficiently|cheaply)",
            r"(standard|level) you (might|may) (not|never) (have )?(thought|imagined|believed)",
            r"(a couple of|two|three|several|a few|some) approaches from (recruiters|headhunters|other firms|companies"
            r"|agencies)",
            # The stage still to come called a formality: "the final round is likely a formality after how the
            # technical went", "I expect the last interview to be little more than a formality".
            r"(final|last|next|remaining|second|third|fourth|closing|formal) (round|stage|interview|step|meeting|panel"
            r"|conversation|chat|hurdle)s? (is|are|will|should|would|is going to|looks|seems|feels|sounds|to)"
            r"( (likely|probably|surely|just|only|merely|purely|simply|really|basically|essentially|largely|mostly"
            r"|practically|pretty much|more or less))*( be)?( like)?( (likely|probably|surely|just|only|merely|purely"
            r"|simply|really|basically|essentially|largely|mostly|practically|pretty much|more or less|little more"
            r" than|no more than|nothing more than|nothing but|more of))* (a )?((mere|pure|simple) )?"
            r"(formality|box-ticking( exercise)?|rubber stamp|rubber-stamp|rubber-stamping( exercise)?|done deal"
            r"|for show)",
            # "I assume the panel will simply rubber-stamp my appointment".
            r"(panel|board|committee|they|you) (will|would|should|can|is going to|are going to) (simply |just |merely"
            r" |only )?rubber-?stamp (my|the) (appointment|offer|hire|application|selection)",
        ),
        _field_taken,
    ),
    Cue(
        "Success called a problem",
        "boasts by calling success a problem",
        "mentioning a success of yours as a nuisance: a nice problem, not the worst problem to have, an inbox full"
        " since your talk, swamped since the paper wrote about you",
        "My inbox has been chaos since the award. Not the worst problem to have, I suppose.",
        "Your waiting list is a nice problem to have, and I'd love to help shorten it.",
        phrases(
            r"(a |such a )?(nice|good|lovely|happy|great|welcome) (problem|complaint) to have",
            r"first[- ]world (problem|complaint)",
            r"(a |such a )?(nice|good|lovely|happy|great|welcome|first[- ]world) problem(?=,? (i suppose|i guess"
            r"|admittedly|to be fair|i know|really|of course))",
            r"(not|hardly|never) (the|a) (worst|bad) (problem|complaint|position) to (have|be in)",
            r"(inbox|phone|diary|calendar|voicemail) (has been|is|was|has gone)( \w+){0,2} (ridiculous|mad|crazy"
            r"|insane|overflowing|full|bursting|chaos|chaotic|busy|wild|non-stop) since my (\w+ )?(talk|award"
            r"|article|post|video|launch|feature|book|paper|win|promotion|appearance|keynote|interview on|speech)",
            # The writer swamped by their own success: "I've been rather overwhelmed since the families wrote to the
            # local paper about me", "besieged by recruiters since the profile"; not "since the audit report".
            r"(i've been|i have been|i'm|i am|i was)( \w+)? (overwhelmed|swamped|inundated|snowed under|besieged)"
            r"(( [\w'’-]+){0,3} (ever )?since ((the|a|an|that)( [\w'’-]+){1,12}? (about|on|of) me|my (article|feature"
            r"|profile|write-up|award|prize))| (by|with) (recruiters|headhunters|offers|job offers) (ever )?since)\b",
        ),
        # The writer's own success, in the sentence or the one before: not "your waiting list is a nice problem".
        lambda found: (
            _YOURS.search(found.before) is None
            and _WRITERS.search(found.neighbour(-1) + " " + found.sentence) is not None
        ),
    ),
)

# Hopes are not claims: "I would love to become the go-to person".
_ASPIRING = LazyPattern(r"\b(?:love|like|hope|hoping|want|wanting|aim|aiming|plan|planning|aspire) to\b")


def _claimed_by_writer(found: Found) -> bool:
    """A claim of the writer's (as ``_predicated_of_writer``) made of the writer: the clause is the writer's, or the
    words name them ("few engineers of my generation have this record"); not "the scanner I used did the work of
    two people"."""
    if not _predicated_of_writer(found) or _ASPIRING.search(found.before) is not None:
        return False
    return found.clause.subject is Person.WRITER or _WRITER.search(found.words) is not None


# "Faster than most people" boasts of learning or rising ("I'd pick up the work faster than the other trainees"),
# not of talking, leaving or applying sooner than others, nor when the writer gives it away as nerves, regret or
# someone else's doing ("because you explained it so clearly").
_QUICKER = LazyPattern(r"(?:faster|quicker|more quickly|sooner) than\b")
_ABILITY = LazyPattern(
    r"\b(?:i|i['’](?:d|ll|ve|m)|we)\b(?: [\w'’-]+){0,3}? (?:learn\w*|pick(?:s|ed|ing)? (?:[\w'-]+ ){0,3}up|adapt\w*"
    r"|settl\w* in|(?:get|gets|got|getting) up to speed|master\w*|grasp\w*|understood|progress\w*|promot\w*"
    r"|develop\w*|improv\w*|ramp\w* up|deliver\w*|solv\w*|qualif\w*|rose|climb\w*)\b"
    # and what follows is still the writer's doing: not "I learned that the course moves faster than most".
    r"(?:(?!\b(?:that|which|who|it|they|he|she|you|we)\b)[^.;!?])*$"
)
_EXCUSED = LazyPattern(
    r"\b(?:sorry|regret\w*|nervous|rush\w*|missed|suspect|patience|apolog\w*|only because|simply because"
    r"|the only reason|because you)\b"
)


# The win set beside their news is someone else's: "the same day as my daughter won a scholarship".
_SOMEONE_ELSES = LazyPattern(
    r" (?:won|wins|got|gets|received|was|were|had|has|is|sister|brother|partner|wife|husband|son|daughter|friend"
    r"|colleague|student|students|mum|mother|dad|father|team|department|faculty|school|lab|group|supervisor|niece"
    r"|nephew|cousin|flatmate|housemate|family|our|children|kids)\b"
)
# What follows the win says it was lost, refused or is only on its way: "the same week as my funding was cut", "my
# grant ended", "my promotion board", "the scholarship I applied for was announced, sadly not to me".
_WIN_LOST = LazyPattern(
    r"^(?: (?:was|were|had been|has been|got|is|being))? (?:cut|cancel\w*|rejected|refused|withdrawn|ended|ran out"
    r"|run out|expired|stopped|frozen|declined|turned down|pulled|fell through|falls through|cut short|returned"
    r"|unfunded|unsuccessful|lost|postponed|delayed|deferred|hearing|board|renewal|payment|draw|giving|extension"
    r"|request|interview|application|shortlist|bid|assessment|paperwork|appeal|case|i (?:applied|had applied|didn['’]t"
    r"|did not|missed|lost|was hoping|had hoped))\b"
)
_WIN_MISSED = LazyPattern(
    r"\b(?:didn['’]t|did not|wasn['’]t|was not|not to me|sadly|unfortunately|hard week|missed out|lost out|no luck"
    r"|for (?:our|my (?:team|colleagues|students|volunteers)|the (?:team|volunteers|staff))|long[- ]service"
    r"|for service|attendance)\b"
)


def _win_of_writers(found: Found) -> bool:
    """The writer's plain statement, with no one else's name on the win, and a win they had, not one cut, ended or
    still to be decided."""
    rest = found.after[len(found.words) :]
    return (
        _writers_claim(found)
        and not found.clause.question
        and _SOMEONE_ELSES.search(found.words[found.words.find(" same ") :]) is None
        and _WIN_LOST.match(rest) is None
        and _WIN_MISSED.search(found.sentence) is None
    )


def _makes_little_of_feat(found: Found) -> bool:
    """A claim made of the writer (as ``_claimed_by_writer``); "faster than most" only of their learning or rising."""
    if _QUICKER.match(found.words) is None:
        if found.words.startswith("in ") and _READER_BEFORE.search(found.before) is not None:
            return False  # "your machines cut plates in a fraction of the time other people need"
        return _claimed_by_writer(found)
    if _ABILITY.search(found.sentence_before) is None or _EXCUSED.search(found.sentence) is not None:
        return False
    # The ability verb names the writer: "people tell me I adapt quicker than anyone they've trained".
    return _predicated_of_writer(found) and _ASPIRING.search(found.before) is None


# What the writer says of the task or the team, where the boast is that it was nothing to them.
_EASY_FOR_ME = phrases(
    r"(second nature|child's play|a walk in the park|a bit of a holiday|a doddle|a breeze|plain sailing"
    r"|a piece of cake|no sweat|a stroll) (for me|to me|since|after|compared)",
    r"(won't|don't|do not|will not|wouldn't|would not|never) (need|have) to worry about (that|this) side of things"
    r" with me|(won't|don't|do not|will not|never) (need|have) to worry about (anything|a thing) with me",
    r"(i'm|i am) (sure|confident|certain) (the|your|this|that)( [\w']+){0,3} (classes|pupils|students|patients"
    r"|workload|pace|caseload|clients|job|role|work|tasks?|targets?|rota|shifts) (here )?(won't|will not|wouldn't"
    r"|would not) be (a|any|much of a) (problem|trouble|issue|challenge|stretch)",
    r"(get|gain|learn) a (lot|great deal) (out of|from) (having )?me",
    r"(added|built|threw in|included|wrote|made|did)( [\w'-]+){0,5} (just|purely) for (fun|the fun of it|kicks)",
    r"(only )?took me (an|one|half an|a single|a) (afternoon|evening|morning|hour|day|weekend) to (build|write"
    r"|finish|put together)",
    r"(i was|i'd|i had|was) (done|finished) in (about |around |roughly |under |less than |just )?(\w+|\d+)"
    r" (minutes|hours)",
    r"(came together|got it done|had it done|finished it|did it) in (roughly |about |around |under |just |only"
    r" |less than )?(\w+|\d+) minutes",
    r"(i'm|i am) (used|accustomed) to (pressure|the pressure|(a|much|far|a much|a far) (bigger|busier|harder) (team"
    r"|kitchen|ward|site|store|shop|caseload|workload|budget|operation|department|school|class|service))",
    r"(help|helping) (them|the team|your team|your analysts|your staff) (to )?catch up",
    # The job said to be no worry to the writer: "your call-out list shouldn't give me many sleepless nights", "I
    # don't imagine a 200-seat theatre will keep me up at night". _EASE_OF_LIFE spares the commute or the move.
    r"(shouldn't|should not|won't|will not|wouldn't|would not|isn't going to|is not going to|(will|would) (hardly"
    r"|barely|never)) (give|cause) me (many|any|much|too many|a lot of) (sleepless nights|headaches)",
    r"(shouldn't|should not|won't|will not|wouldn't|would not|isn't going to|is not going to|(will|would) (hardly"
    r"|barely|never)) keep me (up|awake) at night",
    r"(don't|do not) (imagine|think|expect|see)( that)? (a|an|the|your|this|that)( [\w'’-]+){0,5} (will|would|is"
    r" going to|are going to) (keep me (up|awake) at night|give me (many |any |much )?(sleepless nights"
    r"|headaches))",
    # "So I think the work in your yard will not be a problem for me": the work itself, not the hours or the
    # journey to it.
    r"(the|your|this|that) (work|job|role|tasks?|welding|workload|caseload|jobs|projects?|installs?|repairs?"
    r"|cases)( (in|at|on|here|for|with) (your|the|this) [\w'’-]+( [\w'’-]+)?)? (will not|won't|wouldn't|would not"
    r"|should not|shouldn't|is not going to|isn't going to) be (a|any|much of a|too much of a) (problem|trouble"
    r"|challenge|stretch|difficulty|worry) for me(?! to\b)",
    # The job made gentle beside what the writer has done: "after a battalion's moves, a regional DC will feel
    # like a fairly gentle change of pace"; not a welcome change of pace, nor a quieter life.
    r"(will|would|should|is going to|it'll|it'd|that'll|that'd) (feel|seem|be|look) (like )?(a )?((fairly|rather"
    r"|pretty|quite|relatively|comparatively|positively|very) )?(gentle|gentler|leisurely|sedate|tame|relaxing|restful)"
    r" (change of pace|ride|number|stroll|assignment|posting|by comparison|in comparison|next to (that|this|it)"
    r"|after (that|this|it))",
    # "That leaning oak would be a morning's work for me"; not a full day's work, nor half a day's journey.
    r"(would|will|it'd|it'll|that'd|that'll|should|is|was|be) ((only|just) )?(be )?(only |just |no more than"
    r" |little more than |barely |hardly )?(a|an|half a|half an) (morning's|afternoon's|hour's|day's|evening's"
    r"|couple of hours'|few hours') work"
    r"(?! experience| trial| placement)( (for|to) me(?=\s*[,.;:!?)—–]|\s*$| (so|and|but)\b))?",
    r"(how many|so many) (notes|pages) ([\w']+ ){1,3}(filled|took|wrote|jotted|made) (while|when|as) i",
    r"(he|she|they|the panel|the partner|the interviewers?|everyone|the whole panel) (\w+ ){0,2}(took|filled|jotted"
    r"|scribbled|was writing|were writing|kept writing) (\w+ ){0,3}(notes|pages) (while|when|as) i",
    r"(noting|writing|jotting|taking) down (the|my) (\w+ ){0,2}(shortcut|trick|method|approach|idea|formula|tip"
    r"|point)s? (i|that i) (showed|shared|explained|mentioned|suggested)",
    r"(ended up|landed|made it|appeared) on the front page",
    r"(my name|i) (has |have )?(appeared|appear|been mentioned|featured) in (\d[\d,]*|hundreds of|dozens of|so many"
    r"|over \d[\d,]*) (\w+ )?(reviews|articles|papers)",
    r"(picked up|covered|featured|profiled|written up|written about|quoted|reported) (by|in|on) (the )?((two|three"
    r"|several|a few|\d+) )?(guardian|times"
    r"|telegraph|bbc|radio|tv|television|press|national|local|news|newspapers?|papers|magazines?|podcast"
    r"|today programme|forbes|vogue|media)",
)

# What the writer's life, health or journey is, which a job said to be gentle or no worry is not a boast about: "after
# London, life in the Dales will feel like a gentle change of pace", "the early starts won't keep me up at night".
_EASE_OF_LIFE = LazyPattern(
    r"\b(?:living|life|lifestyle|city|countryside|village|relocat\w*|commut\w*|my surgery|my operation|health"
    r"|recover\w*|illness|balance|burn-?out|stress|family|children|kids|baby|journey|travel\w*|drive|driving|distance|hours|weekends"
    r"|nights|night shifts|shifts|rota|early|late|start time|live|nearby|notice|wait|waiting|decision|news|result"
    r"|move|relocation|parking|noise|road|flat|house|visa|permit|team|staff|colleagues|everyone|people|panel)\b"
)
_SMALL_WORK = LazyPattern(r"\b(?:only|just|no more than|little more than|barely|hardly)\b|(?:for|to) me$")


# What is made light that is not their job: the writer's own errand or other job ("clearing my desk", "the garden
# centre job I've taken"), the reader's message, a journey, a break, the kit ("the uniform for the job").
_NOT_THE_JOB = LazyPattern(
    r"\b(?:my|our|mine)\b|\bi(?:['’]ve| have) (?:taken|got|found|started|accepted|booked)\b|\b(?:for|of|about)\s*$"
    r"|\b(?:feedback|decision|reply|answer|news|deadline|offer|timeline|timescales?|wait|waiting|outcome|result"
    r"|email|letter|uniform|dress code|parking|trains?|buses|bus|tram|commute|journey|drive|weekend|holiday"
    r"|break|trip|walk|class|course|hobby|evening|summer|time off|leave|move|noise|phone)\b"
)
# A reason given that is about getting there, kit or dates, not what the writer has done: "won't be a problem for
# me, because the tram stops outside", "as long as the thermal gear is provided", "as you explained it rarely rings".
_REASON_GIVEN = LazyPattern(
    r"^[^.;!?]*?\b(?:because|as|since|as long as|so long as|provided|providing|once|if|given that)\b([^.;!?]*)"
)
_FROM_EXPERIENCE = LazyPattern(
    r"\b(?:i['’]ve|i have|i had|i['’]d|i) (?:run|ran|managed|led|handled|done|worked|been|built|moved|spent)\b"
    r"|\bafter (?:running|managing|leading|handling|years|\w+ years)\b|\b(?:bigger|larger|busier|harder|far more"
    r"|much more)\b|\bused to (?:running|managing|handling|leading|far|much|bigger|larger|busier|harder)\b"
)
# What a job that will not keep the writer up at night is: its scope or its size ("your call-out list", "a 200-seat
# theatre", "a fleet of forty vans"), not its fire-alarm tests, the reader's timeline or the trains.
_JOB_SCOPE = LazyPattern(
    r"\b(?:list|lists|fleet|sites?|theatre|venue|team|teams|budget|caseload|workload|portfolio|role|job|post|position"
    r"|work|kitchen|ward|warehouse|store|shop|branch|department|operation|estate|accounts|projects?|installs?|builds?"
    r"|contracts?|backlog|queue|clinic|practice|school|class|classes|office|depot|yard|plant|call-outs?|rounds?"
    r"|routes?|menu|covers|beds|patients|clients|customers|rota|workshop|site|network|systems?|servers?)\b"
    r"|\d|\b(?:dozen|twenty|thirty|forty|fifty|hundred|thousand)\b|-(?:seat|bed|room|cover|strong|person)\b"
)
_LIGHT = LazyPattern(
    r"\b(?:gentle|gentler|leisurely|sedate|tame|relaxing|restful|night|nights|headaches|problem|trouble|challenge"
    r"|stretch|difficulty|worry|work)\b"
)


def _made_easy(found: Found) -> bool:
    """Said of the writer (as ``_said_of_writer``); the job made gentle, small or no worry only when it is the work,
    not the writer's life, errand or journey, nor light for a reason other than what the writer has done; and a
    morning's work only when made small ("for me", "only") and not shared ("for me and my dad")."""
    words = found.words
    if re.search(r"['’]s? work\b", words) is not None and _SMALL_WORK.search(words) is None:
        return False
    if _LIGHT.search(words) is not None:
        if _EASE_OF_LIFE.search(re.sub(r"sleepless nights|at night", " ", found.sentence)) is not None:
            return False
        rest = found.after[len(words) :]
        reason = _REASON_GIVEN.match(rest)
        if (
            _NOT_THE_JOB.search(found.before + re.sub(r"\bfor me\b", " ", words)) is not None
            or (reason is not None and _FROM_EXPERIENCE.search(reason.group(1)) is None)
            or re.match(r" and (?:my|a|an|the|our)\b", rest) is not None
            # "a gentle change of pace while I look for my next role": light around the writer's own plans
            or re.match(r"\W*(?:while|whilst|alongside|until|before|between|as i)\b", rest) is not None
            or (
                re.search(r"\b(?:night|nights|headaches)\b", words) is not None
                and _JOB_SCOPE.search(found.before + words) is None
            )
        ):
            return False
    return _said_of_writer(found)


CUES = (
    *CUES,
    Cue(
        "The job made easy",
        "says the job would be easy for you",
        "saying the task was second nature, a walk in the park or a morning's work, that the job won't keep you up at"
        " night or will be a gentle change of pace, that their team would learn from you, or that your work made the"
        " news",
        "The lesson was a walk in the park after my usual classes, so I'm sure the classes here won't be a problem.",
        "The walk in the park at lunch was lovely, and I'm sure the new timetable will suit the classes.",
        _EASY_FOR_ME,
        _made_easy,
    ),
    Cue(
        "Making little of a feat",
        "boasts by making little of a feat",
        "an advantage over others called unfair, work done in half the time or of two people, a record beyond what is"
        " expected, a task easy for someone like you, few who can say the same, the go-to person, learning faster"
        " than most people",
        "I finished the task in half the time, and I'm the go-to person for every pipeline issue.",
        "Your new tool lets nurses finish the handover in half the time.",
        phrases(
            r"(have|has|had|with|enjoy|gives me) (an |a bit of an |something of an |a slightly |a real )?unfair"
            r" advantage",
            r"(exceeds|exceeded|surpasses|surpassed|goes beyond|went beyond) what (is|was|would be) (usually |normally"
            r" |typically |generally )?expected",
            r"(quite |very |rather |fairly )?(simple|easy|straightforward|trivial|basic) for (someone|a person|anyone)"
            r" (with|of) my (background|experience|level|skills|calibre|caliber)",
            r"in (about |roughly |less than )?half (of )?the (time|allotted time|time allowed|time given)",
            r"few (?!of my )(other )?([\w-]+ ){0,4}(have|has|can claim|can match|can say|could say|could match"
            r"|can point to) (this|my|such a|that|the same|a similar)",
            r"(faster|quicker|more quickly|sooner) than (most |other |the other |most other )?(people|others"
            r"|candidates|applicants|new starters|newcomers|beginners|trainees|learners|colleagues|hires)(?!['’])"
            r"( (normally|usually|typically|generally|would|do|need|manage|take|can))?",
            # Beside everyone someone has taught: "I adapt quicker than anyone they've trained".
            r"(faster|quicker|more quickly) than (anyone|anybody) (they|he|she|you)('ve|'d| have| had)? (ever )?"
            r"(trained|taught|hired|mentored|coached|supervised|managed|had)",
            r"in (a|about a|a small|a tiny) fraction of the time (others|other people|most people|anyone else|my"
            r" colleagues|my peers|it takes (others|other people|most people|most|anyone else))",
            r"(faster|quicker|more quickly) than (my|the rest of my) (colleagues|peers|classmates|coursemates|cohort"
            r"|team)",
            r"(bigger|larger|stronger|better|wider|deeper|faster|longer) than (anyone's|anybody's|anyone else's"
            r"|anyone|anybody|everyone else's)",
            r"(the )?go-to (person|guy|woman|man|expert|engineer|one|person for)",
            r"(do|does|did|doing) the work of (their |your |the |his |her |our )?(two|three|four|several|\d+)( people"
            r"| men| women| engineers| staff| colleagues)?",
            r"(only|just) took me (about |around |roughly |under |less than )?(a|one|two|three|four|five|ten|fifteen"
            r"|\d+|a few|a couple of) (minutes|seconds|minute)(?! to (walk|get|drive|find|reach|park|cycle|travel))",
            r"(took|takes) me (only|just) (about |around |roughly )?(a|one|two|three|four|five|ten|fifteen|\d+|a few)"
            r" (minutes|seconds|minute)",
            r"(i|i've|i have|i had|i'd|i also|i've also) (personally|single-handedly|singlehandedly) (merged|closed"
            r"|sold"
            r"|built|generated|saved|rescued|rebuilt|grew|doubled|turned round|turned around)",
        ),
        _makes_little_of_feat,
    ),
    Cue(
        "Losing as a novelty",
        "boasts that losing is new to you",
        "after a rejection, calling a loss a novel experience, the first no in years, or saying their work would"
        " have been different with you on it",
        "Being the runner-up is a novel experience for me: it's the first no I've had in a decade.",
        "A panel interview was a novel experience for me, and I'd welcome hearing about future roles.",
        phrases(
            r"(being (the )?runner-up|not getting (it|the job|the role|an offer)|a rejection|losing out|coming second"
            r"|missing out) (is|was|has been) (a )?(novel|new|unusual|rare|strange|unfamiliar) (experience|feeling"
            r"|position)",
            r"(first|only) (interview|application|time)( [\w'’]+){0,5} (that )?(hasn't|has not|didn't|did not|that"
            r" didn't) (ended|end|led|lead|resulted|result) (in|to) (an offer|a job|a yes|an appointment)",
            r"(first|only) time in (about |around |over |nearly |almost |roughly )?(a decade|decades|years|[\w-]+ years"
            r"|\d+ years)( that)? i (haven't|have not|didn't|did not|wasn't|was not|'ve not) (been offered|got|landed"
            r"|get"
            r"|been (picked|chosen|hired|selected|offered))",
            r"(first|only) ('no'|\"no\"|no|rejection|knock-?back|turn-?down)( [\w'’]+){0,5} (in|for) (a decade"
            r"|decades|years|[\w-]+ years)",
            r"would have (looked|been|gone|turned out|ended up) (very |quite |completely |rather |so )?(different"
            r"|differently|better)( \w+){0,6} with me (on|in|running|leading|at|as)",
        ),
        _said_of_writer,
        AFTER_REJECTION,
    ),
    Cue(
        "A win beside their news",
        "sets a win of yours beside their news",
        "their news said to have come on the same day as a grant, an award or a promotion of yours",
        "Your email arrived on the same morning as the ERC Starting Grant, so it has been a strange week for me.",
        "Your email arrived on the same morning as my grant deadline, so it has been a busy week for me.",
        phrases(
            r"(news|email|e-mail|letter|message|call|decision|reply|answer|note|invitation)( [\w-]+){0,2} (arrived"
            r"|came|landed|came through|reached me)( in)?( on)?( the)? same (day|morning|afternoon|evening|week|hour)"
            r" as (the|my|an?|news of (the|my|an?)|word of (the|my|an?))( [\w-]+){0,3} (grant|fellowship|award|prize"
            r"|scholarship|medal|promotion|funding|studentship|professorship|chair|tenure|nomination)"
            r"(?! (application|deadline|proposal|report|interview|panel|meeting|decision|rejection|submission|bid|form"
            r"|committee|review|ceremony|dinner|night|evening|event|presentation|results?|outcome|refusal)\b)",
            # The win told as a time: "your rejection landed just as I was being promoted", "I heard from you on the
            # same day I won the regional award", "the same week your email came, I was awarded a fellowship", "your
            # decision came a day after my grant was approved".
            r"(news|email|e-mail|letter|message|call|decision|reply|answer|note|invitation|rejection)( [\w-]+){0,2}"
            r" (arrived|came|landed|came through|reached me) just as i was (being )?(promoted|awarded|named|given"
            r" tenure|made (a )?(partner|professor|head|director))",
            r"(heard from you|your (news|email|letter|decision|reply|rejection) (came|arrived|landed)) (on )?(the )?"
            r"(same|very) (day|morning|afternoon|evening|week) (that |as )?i (won|was awarded|was promoted|was named"
            r"|was given|got|received) (the|a|an|my)",
            r"(same|very) (day|morning|week) (that |as )?(your|the) (email|letter|news|decision|rejection|call"
            r"|reply) (came|arrived|landed)( through)?,? i (was awarded|was promoted|was named|won|got|received)"
            r" (the|a|an|my)",
            r"(news|email|e-mail|letter|message|call|decision|reply|answer|note|invitation|rejection)( [\w-]+){0,2}"
            r" (arrived|came|landed|came through|reached me) (a|the|one) day (after|before) my ([\w-]+ ){0,2}(grant"
            r"|fellowship|award|promotion|prize|scholarship|medal|funding) (was )?(approved|awarded|confirmed"
            r"|announced|came through|granted)",
        ),
        _win_of_writers,
    ),
    Cue(
        "Your worth implied",
        "implies you are worth more than the rest",
        "what you are worth said without a ranking word: a place that fell apart after you left, the one they all"
        " call when it goes wrong, a job you could do in your sleep, customers who follow you (or would have), the"
        " money hiring you would save, other candidates who lack what you have",
        "My last kitchen fell apart after I left, and I'm the one the directors still call when it goes wrong.",
        "The kitchen was refitted after I left, and I still call my old head chef for advice.",
        phrases(
            r"(the|my old|my last|my previous|our|that|the old) (team|place|kitchen|department|office|depot|lab|shop"
            r"|store|firm|company|site|unit|ward|branch|restaurant|school|practice|studio)( [\w'’]+){0,3} (fell apart"
            r"|went downhill|collapsed|never recovered|(has|hasn't|has not) been the same|lost (\w+ )?(clients"
            r"|customers|samples|accounts|money))( [\w'’]+){0,4} (after|since|when|once) (i|i'd) (left|moved on|went"
            r"|resigned)",
            r"since i left,? (my old|the old|my last|my previous|the) [a-z]+ (has|have|had) (missed|lost|struggled"
            r"|gone|fallen)",
            r"the (one|person|first) (that )?(everybody|everyone|people|they|the directors|the team|the managers|my"
            r" colleagues)( \w+)? (call|calls|phone|phones|ring|rings|come to|comes to|turn to|turns to) (when"
            r"|whenever|if|for)",
            r"(could|can|would|i'd) (do|run|handle|manage) (it|this|that|the job|the role|the work)( [\w'’]+){0,3} (in"
            r" my sleep|with my eyes closed|standing on my head|with one hand tied behind my back)",
            r"(walk|stroll) (straight |right )?into (the|this|your) (role|job|courses|post|position|work)"
            r"(?! interview)",
            # With words between, said as what the writer could do: "I could walk into the survey courses", not "I'd
            # love to walk into the Tuesday evening classes one day".
            r"(could|would|can|will|i'd|i'll)( (just|simply|easily|comfortably|happily))? (walk|stroll) (straight"
            r" |right )?into (the|this|your)( [\w-]+){0,3}? (role|job|courses?|post|position|work|modules?|classes)"
            r"(?! interview)",
            r"(won't|will not|wouldn't|would not) (need|have) to (train|teach) me",
            r"(a small|an easy|a simple|a quick|a minor) (job|fix|task|problem) for (me|someone like me)(?! to)",
            r"(hiring me|taking me on|bringing me in|appointing me|my experience|i'd|i'll|i would|i will|i could)"
            r" (would |will |could )?save (you|your|the) ([\w-]+ ){0,2}(a lot of|a great deal of|months|weeks"
            r"|thousands|a fortune|time and money)",
            r"(other candidates|other applicants|the other applicants|the other candidates)( \w+)? (probably |likely"
            r" |may |might )?(lack|won't have|don't have|do not have|can't match|cannot match)",
            r"(i|i've|i have) (personally )?trained (half the|half of the|most of the|many of the|all the|most) ([\w-]+"
            r" ){0,2}(people|managers|foremen|nurses|staff|educators|engineers|leads|supervisors|pharmacists"
            r"|teachers)",
            r"already (do|doing|carry|carrying|cover|covering|handle|handling) (much |far |a lot |way )?more than (the"
            r" (job|role|post)|this (job|role|post)|what (is|the job is|the role is) (asked|expected))",
            r"(manager|head|lead|director|deputy|supervisor|chief|editor)( of [\w-]+)?( [\w'’-]+){0,3} in all but"
            r" (title|name)",
            r"(clients|customers|patients|vendors|accounts|regulars) (will |would |tend to |always )?(follow|come"
            r" with|move with) me (to|wherever|if|when|whichever)",
            r"(basically|essentially|effectively|practically|pretty much|already) (been )?(doing|running|covering)"
            r" (this|the"
            r"|that|your|it|our|my|a|an)( [\w'-]+){0,2}( job| role| site| post| position| department| team| place| show"
            r"| depot| office| ward| store| shop| kitchen| unit)?( already)?",
            r"(a fair chunk|much|most|half|a lot|a good part|large parts?|chunks) of (that|the|this|your) (code"
            r"|codebase"
            r"|system|design|model|work|tool|library|framework|protocol|method|platform|software) (is|was|came from)"
            r" (mine|my work|written by me|built by me|me)",
            r"(for context|for reference|fwiw),? (i|i've|my)( [\w'-]+){0,3} (closed|sold|grew|raised|brought in"
            r"|generated|hit|achieved|won|doubled|tripled)",
            r"(my|i've|i have|i) ([\w']+ ){0,3}(has|have|with|gained|got) (roughly |about |around |over |nearly |more"
            r" than"
            r" )?(\d[\d,.]*k?|\d[\d,.]*( thousand| million)) (\w+ )?(followers|subscribers|views|downloads|stars"
            r"|reviews"
            r"|listeners|readers|likes)",
            r"(passed|hit|reached|topped|crossed) (roughly |about |around |over |nearly |more than )?(\d[\d,.]*k"
            r"|\d[\d,.]*"
            r"( thousand| million)|\d{1,3},\d{3}(,\d{3})?) (\w+ )?(followers|subscribers|views|downloads|stars"
            r"|listeners"
            r"|readers|likes)",
            r"(more or less|in practice|unofficially|in all but name|de facto|effectively)(,)?( i've| i have| i)?"
            r"( already)?( been)? (doing|running|leading)( the| this| that| your| our| my| a| an)?( [\w'-]+){0,2}?"
            r" (job|role"
            r"|department|team|place|show|post|position|site|ward|shop|store|depot|office|unit|science|it)( here)?"
            r" (anyway|already|for (years|months|a year|two years))",
            r"(the|a) job (i've|i have|i'd|i had) been doing (unofficially|informally|already|for years|anyway)",
            r"already do the (job|role|work) (you're|you are|you) (advertising|hiring for|describing|describe)",
            r"(could|can|would) be (automated|fixed|sorted|done|built|solved|cleaned up|rebuilt)( \w+)? in (an|one"
            r"|a single|half an) (afternoon|morning|hour|evening|day)",
            r"(i'd|i would|i'll|i will|i could) (likely |probably |easily )?bring (a few|some|several|many|most|half)"
            r"( of)?( my)? (clients|customers|patients|accounts|regulars|contacts|students)( across| with me| over)",
            r"(never|didn't|did not|hadn't|had not) (even )?applied( for (it|the (role|job|post)))?[;,.:—-]? (they"
            r"|their"
            r"|the|it was) ([\w-]+ ){0,3}(reached out|approached|contacted|came|called|invited|asked)",
            r"(you|your (team|lab|group|department)|the (team|lab|group|department|practice))( \w+)? (are |is |were "
            r"|was )?"
            r"(already )?(using|uses|use|adopted|follow|follows|following) (the|my)( [\w-]+){0,3} (protocol|method"
            r"|approach|framework|model|tool|template|process|technique) from my (\d+ )?(paper|thesis|work|book|talk"
            r"|study|article)",
            r"(your|the) (team|lab|department|company|firm|practice|studio|unit)('s)? (uses?|using|runs?|running|relies"
            r" on|built on|is built on) my (own )?([\w-]+ )?(method|protocol|tool|library|framework|template|system"
            r"|model|code|design|process|checklist)",
            r"(i|i actually|i in fact) (wrote|built|created|authored|designed|developed) (the|that|this) ([\w-]+ )?"
            r"(library|tool|framework|protocol|method|system|package|plugin|app|template) (you|your team|the team)"
            r" (use|uses|mentioned|rely on|relies on)",
            r"(clients|customers|patients|accounts|regulars|students|families)( [\w']+){0,6} (could|would|might|can"
            r"|want"
            r" to|wanted to) (move|come|follow|go|transfer) with me",
            r"(falls?|fell|falling|goes|went|go|going) (over|apart|to pieces|downhill|to pot|pear-shaped|off the rails)"
            r" (the (minute|moment|second|day|week)|whenever|as soon as) (i'm not|i am not|i wasn't|i was not|i'm away"
            r"|i am away|i'm off|i step (away|out|off)|i take (a|my) (day|week|holiday))",
            r"(i could|i'd|i would|i can|i'll) (fix|solve|overhaul|streamline|untangle|rebuild|turn round)( up| out)?"
            r" (your|all your|most of your|half your|all of your|most of the team's|the whole)( [\w'-]+){0,4} (in"
            r"|within"
            r"|by the end of) (my first|the first|one|a single) (week|month|fortnight|sprint)",
            r"(most|much|all|half|the bulk) of (what|the (issues|problems|things)) (you|the team) (showed|described"
            r"|mentioned)( me)? (i could|i'd|i would|i can)",
            r"(basic|easy|simple|straightforward|elementary|routine|gentle|light|obvious)( side)? for (someone|a person"
            r"|somebody|anyone) (with|of|at) (my|this)",
            r"(departments|teams|employers|firms|companies|hospitals|schools|clients|practices|they) ([\w']+"
            r" ){0,3}(wait"
            r"|waited|waiting|search|searching|look|looking|hunt|hunting)( [\w']+){0,4} for (someone|somebody|a person"
            r"|people|candidates) like me",
            r"(don't|do not|rarely|never|seldom) (usually |normally )?(need|have) to (do |sit |go through )?(an? )?"
            r"interviews?",
            r"(didn't|did not) (even )?need to interview me",
            r"(easiest|simplest|quickest|safest) (decision|hire|choice|call) (you'll|you will|you|they'll|they|your"
            r" [\w-]+)( will)? (ever )?(make|makes)",
            # The writer's own clients, counted, not asked about.
            r"i('d| would| could)( have|'ve) brought( in| across)? ((about|around|over|nearly|roughly|some) )?((\d+"
            r"|[a-z]+-odd|[a-z]+ty|a dozen|dozens of)( [\w-]+){0,3}? (clients|customers|instructions|listings|referrals"
            r"|accounts)|my (client (book|base)|book of \w+))(?!['’])(?![^.!?]*\?)",
        ),
        _said_of_writer,
    ),
)


# Achievements and signs of being wanted that an "in case it helps" or "for your records" offers unasked.
_ACHIEVEMENT = LazyPattern(
    r"\d ?%|\bper ?cent\b|\branked\b|\bnumber one\b|\btop (?:\d|one|two|three|five|ten)\b|\bawards?\b|\bawarded\b"
    r"|\bprizes?\b|\b(?:doubled|tripled|trebled|quadrupled|halved)\b|\bhighest\b|\bfeatured\b|\bcovered (?:on|by)\b"
    r"|\bwritten about\b|\bnational (?:papers|press|news|tv|television|radio)\b|\binvited to (?:present|speak|give)\b"
    r"|\bfirst-author\b|\bof the year\b|\bacquired\b|\bheadhunted\b|\bquota\b"
)
# What a task is: the speed a writer claims for one ("I finished the case in under an hour").
_TASK = LazyPattern(
    r"\b(?:task|tasks|test|tests|exercise|case|case study|take-home|assessment|brief|trial|menu|challenge|questions"
    r"|translation|assignment|problem|puzzle|kata|coding|plated|it)\b"
)
_I_BEFORE = LazyPattern(r"\b(?:i|we)\s+(?:[a-z]+ly\s+)?$")
_HELPED = LazyPattern(
    r"\b(?:thanks to|with (?:[\w'’]+ )?help|help(?:ed)? (?:of|from|me)|showed me|walked me through|walkthrough"
    r"|demo\w*|explain\w*|tutorials?|guides?|videos?|instructions|intuitive|well designed|well-designed|says a lot)\b"
)
_LEARNT_FAST = LazyPattern(
    r"(?:understood|learned|learnt|mastered|picked up|got the hang of|grasped|got to grips|(?:took|takes) me)\b"
)
# What a writer learns of theirs in minutes: a tool or a way of working, not a cold, the keys or the results.
_LEARNABLE = LazyPattern(
    r"\b(?:software|system|systems|tool|tools|platform|process|processes|rota|till|language|basics|ropes|codebase"
    r"|database|workflow|app|crm|interface|dashboard|spreadsheet|procedures?|setup|equipment|kit|programme|program"
    r"|package|stack|framework|pipeline|layout|menu|recipes?|protocol|syntax|scanner|editor|pos)\b"
)
# Their questions called too easy; not the writer's own answer ("my response to the exercise was too simple"),
# relief, their design ("deliberately on the simple side"), or an ease the writer takes back ("at first", "but the
# writing task stretched me").
_TOO_EASY = LazyPattern(
    r"\b(?:basic|easy|simple|straightforward|elementary|rudimentary|undemanding|warm-up|warm up|breeze|doddle"
    r"|refresher|practice run|refreshingly|pleasantly)\b"
)
_MY_WORK_BEFORE = LazyPattern(
    r"\bmy (?:[\w-]+ ){0,2}(?:answers?|responses?|attempts?|sketch|presentation|solution|submission|draft|reply"
    r"|replies|effort|work|version|notes|slides|plan|approach|code|essay|pitch|design)\b"
)
_EASED_OR_MEANT = LazyPattern(
    r"\b(?:relie\w*|feared|worried|nervous|settle\w*|relax\w*|you (?:said|explained|mentioned|told me)"
    r"|(?:your|the) (?:team|panel|recruiter) (?:said|explained)|by design|deliberately|on purpose|so that"
    r"|accessib\w*|which (?:meant|gave|let|left|allowed|helped)|time to (?:talk|chat|ask|discuss)|appreciated)\b"
)
_QUALIFIED = LazyPattern(
    r"\bat first\b|\bthen (?:i )?reali[sz]ed\b|\bbut\b[^.;!?]*\b(?:stretch\w*|harder|challeng\w*|tough\w*"
    r"|trick\w*)\b"
)
# The time since an event, not how long the learning took: "within a few minutes of leaving".
_SINCE_EVENT = LazyPattern(
    r"^ of (?:leaving|getting home|reading|rereading|re-reading|hearing|waking|our (?:meeting|interview|call|chat"
    r"|conversation)|the (?:interview|meeting|call))\b"
)
_JOURNEY = LazyPattern(r"\b(?:arriv\w*|got to|get to|reach\w*|train|bus|drive|traffic|early|parking|station|journey)\b")
# What offers a figure unasked, for a figure that is no boast in a thank-you on its own: "I closed £1.2m against a
# quota of £1m".
_UNASKED = LazyPattern(
    r"\bin case\b|\bso you have\b|\bfor your (?:records|reference|files)\b|\bfor (?:context|what it['’]?s worth)\b"
    r"|\bjust so you know\b|\bp\.? ?s\b|\bi (?:may not have|forgot to|didn['’]t get to) mention"
)
# The writer's results or honours after an aside: "I trimmed spend by 22 per cent", "I'm a Fellow of the NAEA".
_ASIDE_RECORD = LazyPattern(
    r"\b(?:i|i['’]m|my [\w-]+)(?: [\w'’-]+){0,3}? (?:(?:raised|grew|cut|trimmed|increased|reduced|doubled)"
    r"\b[^.;]*?\b(?:by|from) \W?\d|averaged \d|(?:won(?!['’])|was awarded|ranked (?:first|top))\b"
    r"|(?:a|the) (?:fellow|winner)\b)"
    r"|\b(?:of the year|top-ranked|prize)\b"
)
# Time allowed for a task, which "it only took forty minutes" is measured against.
_ALLOWED = LazyPattern(r"\b(?:given|allowed|allotted|budgeted|expected|suggested|deadline|meant to take)\b")
# A task said to be easy by how it was set or how it felt, not by what it was to the writer: "thank you for making
# it so easy for me", "your opening question felt more like a warm-up than a test, which put me at ease".
_MADE_EASY = LazyPattern(r"\b(?:make|makes|making|made|keep|kept|keeping)\b")
_AT_EASE = LazyPattern(
    r"\b(?:put|set) me at (?:my )?ease\b|\bsettled? (?:me|my nerves)\b|\b(?:calmed|eased) my nerves\b"
    r"|\bhelped me (?:relax|settle)\b"
)
# The time left used to check the work: "and then spent the rest checking my workings".
_CHECKING = LazyPattern(
    r"\b(?:checking|checked|double-checking|rechecking|re-checking|reviewing|going back over|going over) my (?:work"
    r"|workings|answers|code|figures|calculations|translation)\b"
)
# Plans and praise that a reader gives, not a claim of the writer's: "thank you for writing to me personally".
_READER_BEFORE = LazyPattern(r"\b(?:you|your|you['’]\w+)\b")


_FAMOUS_SCHOOL = r"(oxford|cambridge|harvard|stanford|mit|yale|princeton|insead|the sorbonne|eth)"


def _offered_unasked(found: Found) -> bool:
    """ "In case it helps" beside a figure or an honour of the writer's, in its sentence or the one before."""
    if found.clause.question or _NEGATION.search(found.before):
        return False
    if re.search(r" from \D?\d", found.words):  # "we cut losses from 31% to 19%", after a no
        writer = re.search(r"\b(?:i|we)(?:['’]\w+)?(?: \w+)? $", found.before)
        return bool(writer) and found.kind in (Kind.STAY_IN_TOUCH, Kind.WITHDRAWAL)
    if found.words.endswith(("file", "record", "completeness", "consideration", "doubt")):
        # An aside opening a sentence that goes on to the writer's results or honours, not a correction, their terms
        # or the other offer: "For the record, I was ranked last at school", "so it's on file: my notice is 10%".
        rest = found.after[len(found.words) :]
        return (
            not found.before.strip(" ,.;:-—–")
            and _ASIDE_RECORD.search(rest) is not None
            and _READER_BEFORE.search(rest) is None
            and _SHARED.search(rest) is None
            and _NOT_MY_STAGE.search(rest) is None
        )
    nearby = found.neighbour(-1) + " " + found.sentence
    # "You asked for details of the award, so here they are": asked for, not offered.
    if _ASKED.search(nearby):
        return False
    # A sales figure restates a thank-you's conversation ("since we ran out of time on my numbers"); elsewhere, or
    # "in case it helps", nobody asked for it.
    if (" quota " in found.words or " target " in found.words) and found.kind is Kind.THANK_YOU:
        nearby += " " + found.neighbour(1)
        if _UNASKED.search(nearby) is None:
            return False
    return _ACHIEVEMENT.search(nearby) is not None and _WRITER.search(nearby) is not None


def _done_fast(found: Found) -> bool:
    """A task the writer did in no time: the task named nearby, not a journey ("I arrived with minutes to spare")."""
    if not _writers_claim(found) or found.clause.question:
        return False
    nearby = found.neighbour(-1) + " " + found.sentence
    words, sentence = found.words, found.sentence
    if " took " in words and " me " not in words + " " and _ALLOWED.search(nearby) is None:
        return False  # "The online assessment only took about forty minutes": how long it was
    if words.endswith(" for me") and _MADE_EASY.search(found.sentence_before) is not None:
        return False
    if (
        _AT_EASE.search(sentence) is not None
        or _CHECKING.search(found.after) is not None
        or (_TOO_EASY.search(words) is not None and _ease_taken_back(found))
    ):
        return False
    if _LEARNT_FAST.match(words) is not None:
        # "I picked up your planning software in a few minutes" names what was learnt in its own words; "it took me
        # barely any time to get fluent in the platform" after them. "I picked up the basics in a few minutes
        # thanks to Sara's demo" gives the credit away.
        took = words.startswith(("took", "takes"))
        learnt = found.after[: len(words) + 60] if took else words
        return (
            (took or _I_BEFORE.search(found.before) is not None)
            and _LEARNABLE.search(learnt) is not None
            and _SINCE_EVENT.match(found.after[len(words) :]) is None
            and _JOURNEY.search(sentence) is None
            and _HELPED.search(sentence) is None
        )
    # "You could have tested me on something more advanced" names no task, and needs none.
    named = " me on " in words or " me with " in words or _TASK.search(sentence) is not None
    return named and _JOURNEY.search(sentence) is None and bool(nearby)


def _ease_taken_back(found: Found) -> bool:
    """The ease is of the writer's own answer, relief, their design, or taken back ("but the essay stretched me")."""
    return (
        _MY_WORK_BEFORE.search(found.sentence_before) is not None
        or _EASED_OR_MEANT.search(found.sentence) is not None
        or _QUALIFIED.search(found.after) is not None
    )


# Admiration of the employer, whose record a comparison then praises: "I was struck that the clinic sees more
# patients than most other practices manage".
_ADMIRING = LazyPattern(r"\b(?:struck|impressed|admire[ds]?|admiring|amazed|inspiring|inspired|remarkable)\b")
# A comparison heard about the employer, with the writer in no part of it: "I'm told the team is much bigger than it
# was under the previous director".
_HEARSAY = LazyPattern(r"\b(?:i['’]m|i am|i was|i['’]ve been|i have been) told\b|\bi hear(?:d)?\b|\bapparently\b")


# The people at the top whom a backer may be said to know.
_THEIR_CHIEF = (
    r"(dean|ceo|chief executive|chairman|chairwoman|chair|founder|co-founder|md|managing director|president"
    r"|vice-chancellor|provost|principal|head teacher|headteacher|director general|executive director|partners?"
    r"|owner|editor-in-chief|editor|minister|board|director|head)"
)
# A link told as a disclosure or as how they heard of the role, not to impress: "my referee knows your dean well,
# so I wanted to declare it", "which is how I heard about the post", "I mention it only to be upfront", "but I'd
# like to be considered like anyone else"; or a link long lapsed ("though they haven't spoken since").
_DISCLOSED = LazyPattern(
    r"\b(?:conflict|declare|declaring|disclose|disclosing|disclosure|transparen\w*|in the interest of|for fairness"
    r"|is how i (?:first )?(?:heard|learned|learnt|found|came|visited)|how i (?:first )?came (?:to|across)"
    r"|so (?:that )?you (?:are|were) aware|flag(?:ging)? it|in case it matters|recuse|upfront|up front"
    r"|to be (?:open|clear|honest)|open about|clear that|like any(?:one| other candidate) else|any other (?:candidate"
    r"|applicant)|shouldn['’]t matter|should not matter|(?:doesn['’]t|does not|won['’]t|will not) (?:change|matter"
    r"|affect)|forwarded me|sent me the (?:advert|link|ad|job|post)|i mention (?:it |this |that )?only"
    r"|mention (?:it|this|that) only|(?:haven['’]t|hasn['’]t|have not|has not) (?:spoken|talked|been in touch)"
    r"|(?:lost|lose) touch|(?:many|several|some|twenty|thirty|\d+) years ago|decades ago|long ago"
    r"|(?:isn['’]t|is not|wasn['’]t|was not|not) involved)\b"
)
# Knowing their leader only from afar: "I feel I know the director already from her podcast".
_KNOWN_FROM_AFAR = LazyPattern(
    r"\bfeel (?:as if |like )?i know\b|\b(?:only )?from (?:her|his|their) (?:podcasts?|talks?|books?|blog|columns?"
    r"|articles?|videos?|posts?|interviews?|lectures?|show|writing)\b|\bi know (?:the|your) [\w-]+ only\b"
)
# The link told to praise their leader, not the writer: "my brother knows the editor well, and he says she is the
# kindest boss".
_LEADER_PRAISED = LazyPattern(r"\b(?:says|said|tells me|told me) (?:that )?(?:she|he|they)(?:['’]s| is| was| are)\b")


# Their own people knowing their leader, not the writer's backer: "everyone I met knows the owner well", "your
# colleague Amir, who knows the director well, ...", "I was glad the panel knew the chair well".
_THEIR_SIDE = LazyPattern(
    r"\b(?:everyone|everybody|all of (?:you|them)|staff|team|colleagues|people|they|you|your [\w-]+|the (?:panel"
    r"|receptionist|staff|team|interviewers?|whole (?:place|team)))\b(?:(?!\b(?:my|i|me)\b)[^;:.!?])*$"
)


_I_WOULD_SPEAK = LazyPattern(r"\b(?:i|i['’]m|i['’]d|i['’]ll|we|we['’]d)\b(?: (?!my\b|he\b|she\b|they\b)[\w'’]+){0,3} $")
_GOT_TO = LazyPattern(r"\b(?:get|got|getting|gotten|come|came|coming) to\s*$")
_NOT_THEIRS = LazyPattern(r"^ (?:of|at|from) (?:my|our)\b")
_WORD_DECLINED = LazyPattern(
    r"\b(?:nobody|no one|declined|turned (?:it|that|this|the offer) down|rather not|(?:be|is|was) fair|fairly|on my own"
    r" merits?|judged on|no need|no thanks|said no|i['’]d rather|i would rather|prefer(?:red)? not|speak for itself"
    r"|separate from|nothing to do with)\b"
)
# Praise told to the writer: "told me I was the steadiest", "has said more than once that I'm the calmest".
_TOLD_PRAISE = LazyPattern(r"(?:told|tells|assured|telling)\b|.*\b(?:i['’]m|i am|i was|i['’]d be|i would be)\b")
# A seat next to their leader that they gave, or that chance gave: "at lunch I was seated next to your chair",
# "I sat next to the chair of governors at the panel", "on the train by chance".
_SEAT_GIVEN = LazyPattern(
    r"\b(?:was|were|been) (?:seated|sat|put|placed)\b|\bat (?:the|your|my) (?:interview|panel|assessment|open (?:day"
    r"|evening)|presentation|tour|induction|visit)\b|\b(?:during|on|after|before) (?:the|my|our) (?:interview"
    r"|visit|tour|presentation|assessment|day)\b|\binterview (?:table|room|day)\b|\bin reception\b|\bat lunch\b"
    r"|\bby chance\b|\bhappened to\b|\bended up\b|\b(?:didn['’]t|did not) (?:recognise|recognize|realise|realize"
    r"|know)\b|\bnervous\b|\bspil(?:t|led)\b|\bembarrass\w*|\bmortif\w*|\bwithout (?:realising|realizing"
    r"|knowing)\b|\bon (?:the|a) (?:bus|train|coach|plane|flight|minibus|tram|ferry)\b"
)
_SOMEONE_ELSE_SAT = LazyPattern(
    r"\b(?:my|our|his|her|their) (?!own\b)[\w'’-]+(?: [\w'’-]+)?\s+(?:(?:also|once|even) )?$"
)


def _backer_named(found: Found) -> bool:
    """Said of the writer (as ``_told_of_writer``): praise told to them, unless discounted (as ``_praise_discounted``
    reads it); a seat next to their leader that the writer took, not one they were given; a backer who knows their
    leader, unless told as a disclosure, known from afar, or one of their own people."""
    if found.words.endswith("family friend"):
        # "Your founder is a family friend" names the writer's family without "I".
        return _writers_claim(found) and not found.clause.question and _DISCLOSED.search(found.sentence) is None
    if not _told_of_writer(found):
        return False
    if _TOLD_PRAISE.match(found.words):
        # "my grandmother told me I was the kindest, but she says it to all of us"
        return not _praise_discounted(found) and not re.search(r"\b(?:team effort|but we all)\b", found.sentence)
    if found.words.startswith(("sat ", "sitting ", "seated ")):
        return _SEAT_GIVEN.search(found.sentence) is None and _SOMEONE_ELSE_SAT.search(found.before) is None
    if found.words.startswith(("say", "put", "have", "has", "had")):
        # Not a word the writer would put in, or refused: "I'm happy to put in a word with the head of my school",
        # "my manager offered to, but I declined".
        return (
            _I_WOULD_SPEAK.search(found.before) is None
            and _NOT_THEIRS.match(found.after[len(found.words) :]) is None
            and _WORD_DECLINED.search(found.sentence) is None
        )
    return _link_boasted(found)


def _link_boasted(found: Found) -> bool:
    """A link to their leader that is the writer's backer: not their own people's, nor the visit ("I got to know the
    director well during the day"), and not told as a disclosure, from afar or in praise of the leader."""
    told = found.sentence + " " + found.neighbour(1)
    return (
        _THEIR_SIDE.search(found.sentence_before) is None
        and _GOT_TO.search(found.before) is None
        and _DISCLOSED.search(told) is None
        and _KNOWN_FROM_AFAR.search(found.sentence) is None
        and _LEADER_PRAISED.search(found.after) is None
    )


# Someone senior elsewhere, or firms: not "my head of department", "the director of my mother's care home".
_SEEKER = LazyPattern(
    r"\b(?<!my )(?<!our )(?:chief|director|head(?! office| teacher| of year)|founder|c[efot]o|md|owner|partner"
    r"|(?:two|three|four|several|\d+)(?: other| rival)?(?: \w+)? (?:firms|companies|employers|authorities|practices"
    r"|agencies|groups|studios|banks|labs))\b(?! of (?:my|our)\b)"
)
_ERRAND = LazyPattern(r" (?:about|with|for|regarding|to (?!(?:ask|invite|persuade|tempt|recruit|sound) me)\w+)\b")
_TAKEN_UP = LazyPattern(
    r"\b(?:accepted(?! that)|committed to|recruiters|headhunters|with (?:job )?offers(?! of| from))\b"
)


def _sought_out(found: Found) -> bool:
    """As ``_told_of_writer``; rung by someone senior or by firms, not on an errand; a phone busy with work."""
    words = found.words
    if not _told_of_writer(found):
        return False
    if words.endswith("worth"):
        return found.clause.subject is not Person.WRITER and not re.search(
            r"\bno(?:body| one)\b", found.sentence_before
        )
    if words.startswith(("phone", "inbox")):
        return bool(_TAKEN_UP.search(found.sentence))
    if words.endswith(("ly", "self", "selves")):
        return bool(_SEEKER.search(found.sentence_before)) and not _ERRAND.match(found.after[len(words) :])
    return True


def _told_of_writer(found: Found) -> bool:
    """Said of the writer by someone else, or of the writer by the writer: not the reader's kindness to them."""
    if found.words.startswith("than ") and (
        _ADMIRING.search(found.sentence_before) is not None or _HEARSAY.search(found.sentence_before) is not None
    ):
        return False
    return (
        _writers_claim(found)
        and not found.clause.question
        and _READER_BEFORE.search(found.before) is None
        and _WRITER.search(found.sentence) is not None
    )


# Work of theirs the writer would put right in their first weeks: "I'd have the reporting pipeline running".
_THEIR_WORK = (
    r"(backlogs?|process|processes|systems?|pipeline|reporting|rota|workflow|queue|accounts|books|stock|database"
    r"|website|problems?|issues?|department|kitchen|ward|clinic|dashboards?|setup|helpdesk|migration|suite|releases?"
    r"|deployments?|onboarding)"
)
_FIRST_WEEKS = (
    r"(in|within|inside|by the end of) (my|the) (first|opening) (few |couple of )?(days?|weeks?|months?|fortnight"
    r"|quarter|sprint)"
)
_IN_FIRST_WEEKS = LazyPattern(_FIRST_WEEKS + r"$")
_NAMES_THEIR_WORK = LazyPattern(r"\byour\b|\bthe(?: [\w'-]+){0,2} " + _THEIR_WORK + r"\b")
# What "it" or "them" stands for when the words do not say: a problem of theirs, in the sentence or the one before.
_THEIR_PROBLEM = LazyPattern(
    r"\byou (?:mentioned|described|said|showed|explained|raised|talked about)\b|\b(?:the|your) team\b|\bbacklog\b"
    r"|\bstruggl\w*|\bdragging\b|\bproblems?\b|\bissues?\b|\byour(?: [\w'-]+){0,2} " + _THEIR_WORK + r"\b"
)
# Training said to be little for its cost, or for a part of it the writer still asks for: "the cost of training for
# me would be minimal because the council funds it", "very little on the safety side, but I'd value the clinical".
_TRAINING_COST = LazyPattern(r"\b(?:costs?|price|fees?|funding|budget) of (?:the |my )?$")
_SOME_TRAINING = LazyPattern(r"^[^.;!?]*?\bbut i(?:['’]d| would) (?:value|welcome|appreciate|like|love)\b")
_PART_OF_IT = LazyPattern(r"^ on the [\w-]+ side\b")

# What the writer's own time goes on, which a job does not: "the move shouldn't take up much of my time".
_OWN_AFFAIRS = LazyPattern(
    r"\b(?:move|moving|relocation|relocating|commute|notice|handover|studies|study|exams?|dissertation|thesis|degree"
    r"|course|childcare|wedding|holiday|other commitments|current (?:job|role|employer))\b"
)
# A record from a past or present job, not a claim about theirs: "at my last job I could run the night shift
# without anyone supervising me".
_PAST_JOB = LazyPattern(
    r"\b(?:at|in) my (?:last|current|previous|old|first|present) (?:job|role|post|place|workplace|employer|team"
    r"|practice|school|firm|company|store|ward)\b|\bpreviously\b|\bused to\b"
)
# Asking for time, not promising: "could you give me two weeks, and...".
_ASKING = LazyPattern(r"\b(?:if you (?:can|could)|could you|can you|would you|please|kindly)\s*$")


# The writer has beaten the problem before, in a past job: "the same ones I sorted at my last paper"; not the date
# clash "I sorted last spring" or the fault "I've sorted at home".
_BEATEN_BEFORE = LazyPattern(r"\b(?:at|in) my (?:last|previous|old|former)\b")


def _not_their_problem(found: Found) -> bool:
    """A problem called beaten that is not theirs ("nothing on your list"; the same as one the writer met), or a "quick
    fix" that is the writer's own ("my CV"), not named as their problem, or not beaten in a past job."""
    words = found.words
    if not words.endswith(("fix", "with", "handled", "solved", "sorted", "tackled", "cracked", "fixed")):
        return False
    nearby = found.neighbour(-1) + " " + found.sentence
    if words.endswith("fix"):
        # Named as a problem of theirs ("the homepage problems"), not the printer jams, and beaten in a past job.
        return not (
            re.search(r"\b(?:problems?|issues?|backlogs?)\b", nearby)
            and _BEATEN_BEFORE.search(found.sentence + " " + found.neighbour(1))
            and _MINE.search(found.sentence_before) is None
        )
    return _THEIR_PROBLEM.search(nearby) is None and re.search(r"\byour?\b", words) is None


def _claim_in_sentence(found: Found) -> bool:
    """The writer's claim, in a sentence of theirs, whatever negation it says the job needs ("without anyone"); their
    problem called beaten only when it is theirs (and, for "a quick fix", beaten by the writer before)."""
    words = found.words
    if " take " in f" {words} " and _OWN_AFFAIRS.search(found.before) is not None:
        return False
    if " without " in words and _PAST_JOB.search(found.sentence_before) is not None:
        return False
    if words.startswith("give me") and _ASKING.search(found.before) is not None:
        return False
    if words.startswith("even more") and found.clause.subject is not Person.WRITER:
        return False  # "your team has even more to offer than I realised"
    if _own_work_or_cost(found):
        return False
    return _writers_claim(found) and not found.clause.question and _WRITER.search(found.sentence) is not None


def _own_work_or_cost(found: Found) -> bool:
    """Work put right in the first weeks that is not theirs, training made little of for its cost or in part, or a
    problem called beaten that is not theirs (``_not_their_problem``)."""
    words = found.words
    if _not_their_problem(found):
        return True
    if _IN_FIRST_WEEKS.search(words) is not None:
        # "I'll get it sorted in the first week", of the writer's own paperwork
        return (
            _NAMES_THEIR_WORK.search(words) is None
            and _THEIR_PROBLEM.search(found.neighbour(-1) + " " + found.sentence) is None
        )
    if words.startswith(("training", "onboarding", "learning curve", "ramp", "supervision")):
        rest = found.after[len(words) :]
        return (
            _TRAINING_COST.search(found.before) is not None
            or _PART_OF_IT.match(rest) is not None
            or _SOME_TRAINING.match(rest) is not None
        )
    return False


_SMALL_NUMBERS = (
    "zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve",
    "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen", "twenty",
)  # fmt: skip
_NUMBER_WORDS = {word: value for value, word in enumerate(_SMALL_NUMBERS)} | {
    "thirty": 30,
    "forty": 40,
    "fifty": 50,
    "sixty": 60,
    "seventy": 70,
    "eighty": 80,
    "ninety": 90,
    "hundred": 100,
}
_FIGURE = LazyPattern(r"\b(?:\d[\d,.]*|" + "|".join(_NUMBER_WORDS) + r")\b")
# The writer's figure made small, or not theirs to boast of: "whereas I hold only eight, as I'm part-time".
_LESS_OF_MINE = LazyPattern(
    r"\b(?:only|just|fewer|less|part-time|part time|half|not|never|still learning|yet to|behind)\b"
)
# The larger figure is the writer's burden or circumstance, explained: where they live, their commute, their leave,
# their tries at an exam, hours worked to cover someone: "whereas I do 12, which is one reason I'm looking for a
# better balance", "whereas I needed 4", "whereas I have two because of my eyesight".
_CIRCUMSTANCE = LazyPattern(
    r"\b(?:because|since|due to|owing to|after (?:my|the|a|an)|to cover|which (?:is|was|has been|['’]s) (?:one|the"
    r" main|exactly|partly|also|why|tiring|hard|exhausting|a lot|too)|is why|that['’]s why|tiring|exhausting"
    r"|needed|took me|live|lives|living|commut\w*|miles away|off sick|sick leave|operation|eyesight|attempts|tries"
    r"|waited|waiting)\b"
)
# What is counted must be work carried or done, not notice, children or interviews: "carry around twelve families".
_WORK_COUNTED = LazyPattern(
    r"\b(?:families|cases|caseloads?|clients|patients|accounts|deals|sales|projects|students|pupils|tickets|calls"
    r"|jobs|installs|installations|sites|beds|reports|papers|homes|properties|visits|orders|vehicles|routes|stores"
    r"|loads|deliveries|contracts|customers|referrals|claims|files|matters|residents|units|builds|repairs|targets"
    r"|leads|covers|tables|rooms|audits|assessments|surveys|inspections|appointments|sessions|books|titles|homes)\b"
)
_MANY_TIMES = LazyPattern(r"\b(?:twice|double|three times|four times|several times) (?:as many|as much|the|that)\b")


def _figure(text: str) -> float | None:
    found = _FIGURE.search(text)
    if found is None:
        return None
    word = found.group()
    return float(_NUMBER_WORDS[word]) if word in _NUMBER_WORDS else float(word.replace(",", ""))


def _outnumbers_colleagues(found: Found) -> bool:
    """Colleagues' figure, then the writer's larger one after "whereas I": a comparison in numbers."""
    theirs, mine = found.words, found.after[len(found.words) :]
    mine = re.split(r"[.;:!?]", mine)[0]
    if _LESS_OF_MINE.search(mine) is not None or not _writers_claim(found) or found.clause.question:
        return False
    if _WORK_COUNTED.search(theirs + mine) is None or _CIRCUMSTANCE.search(found.after) is not None:
        return False  # "whereas I live 30 miles away", "whereas I had 10 after my operation", "whereas I have 3 kids"
    if _MANY_TIMES.search(mine) is not None:
        return True
    their_figure, my_figure = _figure(theirs), _figure(mine)
    return their_figure is not None and my_figure is not None and my_figure > their_figure


# Others failing at a task of skill, not absent or unable to come: "when the other welders cannot finish a joint",
# not "when the other parents can't make the pickup" or "whenever she can't find the invoices".
_CANNOT_FIX = (
    r"(can't|cannot|couldn't|could not|can not|fail to|failed to|fails to) (fix|solve|sort|crack|finish|repair"
    r"|diagnose|work out|figure out|trace|find the (fault|problem|bug|leak|cause)|get (it|them|the [\w-]+) (to )?"
    r"(work|working|running|going|started|right|sorted|balanced)|handle|calm|settle|land|close|weld|wire|tune)"
)
# A plain reason for being the one they call, or a joke at the writer's expense, not a skill: "only because I'm the
# one with the breakdown cover", "because my number is on the fence", "as a running joke", "since I live closest",
# "mostly because I built the spreadsheet badly", "which mostly means I'm bad at saying no".
_NOT_SKILL = LazyPattern(
    r"\b(?:only|mostly|mainly|simply|just|purely|partly|largely) (?:because|since|as|means|meaning)\b"
    r"|\b(?:since|because|as) (?:i['’]m|i am) (?:the only one|the one) (?:with|who (?:has|owns|reads|enjoys"
    r"|doesn['’]t mind|does not mind|lives|drives|likes))\b"
    r"|\b(?:since|because|as) i (?:have|had|keep|own) (?:the|a|an|my) (?!(?:most|more|best|years?|experience|skills?"
    r"|knowledge|expertise|track|record|eye|knack|touch|feel)\b)"
    r"|\b(?:since|because|as) (?:i|my [\w-]+) (?:sit|sits|live|lives|work from home|runs?|joined|am nearest"
    r"|['’]m nearest|live closest)\b|\bbecause i['’]ve been there longest\b|\bi['’]ve been there longest\b"
    r"|\bbad at saying no\b|\bless glamorous\b|\bnot much else\b|\bi (?:usually|always|often) (?:fail|get (?:it"
    r"|them) wrong|have to (?:look|ask)|just ask)\b|\bi['’]m usually wrong\b|\bmy (?:number|name) is\b"
    r"|\bkeyholder\b|\bjok\w*|\bsorry\b|\bmy fault\b|\bbadly\b|\bstill listed\b"
    r"|\bhand(?:ing)? (?:that|it|this|them) over\b|\bhandover\b|\bfor checking\b|\b(?:handed|hand) over\b"
    r"|\b(?:takes?|taking) over\b|\btrain (?:whoever|my replacement|the new)\b|\b(?:only|mostly|mainly|just"
    r"|simply) to (?:ask|check|find)\b|\bto ask (?:for|where|what|how)\b|\bhave to (?:read|check|google|look)\b"
)
# What the others hand over that is work the writer is good at, not jars, jigsaws or cake orders.
_WORK_HANDED = LazyPattern(
    r"^(?: [\w'’-]+){0,2}? (?:cases|clients|customers|patients|queries|tickets|accounts|projects|problems|bugs"
    r"|complaints|escalations|briefs|jobs|repairs|faults|issues|audits|matters|students|pupils|families|residents"
    r"|learners|callers|referrals|shoulders|knees|backs|hips|joints|wounds|negotiations|deals|installs|contracts"
    r"|disputes|claims|systems|code|engines|machines|rigs|animals|horses|dogs|shots|welds|joints|builds|designs"
    r"|edits|manuscripts|translations|calculations|models|surveys|scripts|cars|vehicles)\b"
)


# Who calls the writer about their own life, not their work: "my mum still phones me whenever her laptop crashes".
_PRIVATE_LIFE = LazyPattern(
    r"\b(?:mum|mom|mother|dad|father|parents?|landlord|landlady|brother|sister|partner|wife|husband|son|daughter"
    r"|neighbou?rs?|friends?|school|nursery|family|kids|children|her|his|boiler|car|laptop)\b"
)

_CALLED_IN = LazyPattern(
    r"\b(?:ring|rings|call|calls|phone|phones|text|texts|message|messages|turn to|turns to|come to|comes to"
    r"|send for|sends for|sent for) me\b"
)


# The phrasings of being called in or handed the hard work, where a plain reason (``_NOT_SKILL``) spares them.
_HANDED_IN = LazyPattern(
    r"\b(?:ring|rings|call|calls|phone|phones|text|texts|message|messages|turn to|turns to|come to|comes to|send for"
    r"|sends for|sent for) me\b|\b(?:my way|to me|on my desk|with me)$|\bthe (?:one|person|go-to|first (?:one"
    r"|person))\b"
)


def _implied_comparison(found: Found) -> bool:
    """Colleagues outnumbered (as ``_outnumbers_colleagues``); a call-out only for work, not for the writer's own
    things, and for skill, not a plain reason or a joke; hard work handed to the writer only when it is work and the
    reason is skill; the other comparisons as ``_told_of_writer`` reads them."""
    if re.search(r",? (?:whereas|while|but) (?:i|i['’]\w+)(?: (?:have|had|am))?$", found.words) is not None:
        return _outnumbers_colleagues(found)
    if _CALLED_IN.search(found.words):
        plain = (
            _PRIVATE_LIFE.search(found.sentence_before + found.words) is not None
            # "The bike shop still texts me whenever my order gets stuck"
            or re.search(r"\b(?:whenever|when|if|every time|the moment|as soon as) (?:my|our)\b", found.words)
            is not None
        )
    elif re.search(r"\bthe (?:one|person|go-to|first (?:one|person))\b", found.words) and re.search(
        r"\b(?:send|sends|pass|passes|refer|refers|bring|brings|hand|hands|give|gives|save|saves)\b", found.words
    ):
        plain = _WORK_HANDED.match(found.after[len(found.words) :]) is None  # jars and jigsaws, not work
    else:
        plain = False
    if plain or (_HANDED_IN.search(found.words) is not None and _NOT_SKILL.search(found.sentence) is not None):
        return False
    return _told_of_writer(found)


CUES = (
    *CUES,
    Cue(
        "Sought after by others",
        "boasts that others want you",
        "recruiters who keep getting in touch, more approaches than you can answer, firms or bosses who ring you"
        " themselves or once word gets out, work you turn down every week, people who see your worth",
        "Since my talk went online I've had more recruiters in touch than I can answer.",
        "A recruiter got in touch about a contract role, and I said I was waiting to hear from you.",
        phrases(
            r"more (recruiters|headhunters|offers|approaches|calls|messages|emails|enquiries|inquiries|requests)"
            r"( [\w']+){0,4} than i (can|could) (answer|handle|manage|reply to|respond to|keep up with|count|take on)",
            # Not "two other firms have contacted me, and one has made an offer": the news the guide asks for.
            r"(two|three|four|five|six|seven|eight|several|multiple|a few|a handful of|(1|2|3|4|5|6|7|8"
            r"|9)[0-9]*) (practices|firms"
            r"|companies|employers|recruiters|agencies|studios|labs|schools|hospitals|banks|headhunters|trusts"
            r"|restaurants|kitchens|hotels|clinics|universities|teams)( [\w']+){0,3} (rang|called|phoned|emailed"
            r"|messaged|contacted|approached|got in touch with|reached out to) me",
            r"(recruiters|headhunters|agencies|companies|firms|employers) (keep|kept|won't stop|never stop|are"
            r" constantly|constantly|are always|always|have been constantly|have been forever) (contacting|calling"
            r"|messaging|emailing|ringing"
            r"|approaching|chasing|phoning) me",
            r"(inbox|phone|linkedin)( [\w']+){0,3} (full of|flooded with|overflowing with|filling up with|buzzing with)"
            r" (recruiters|headhunters|offers|approaches)",
            r"(people|recruiters|others|employers|companies|firms|the industry|headhunters) (are|have been|have"
            r" started|seem to be|are starting|started)( to)? (noticing|notice|taking notice of|paying attention to"
            r"|talking about) (my|me)",
            r"(turn|turning|turned) down (about |around |roughly |over |nearly |at least )?(a dozen|dozens of|\d+|two"
            r"|three|four|five|six|ten|several|multiple|many|most)( [\w-]+){0,2} (shifts|offers|jobs|clients|bookings"
            r"|approaches|requests|projects|roles|commissions|gigs) (a|every|each|per) (week|month|day|year)",
            # Choosing between employers, not "the luxury of choosing my own projects".
            r"(the )?luxury of (choosing|choice|picking)(?= (between|among|from|which|where (i|to)|who)\b"
            r"|\s*[,.;:!?)—–-]|\s*$)",
            r"(several|multiple|three|four|five|a few) offers (on the table|to choose from)",
            r"(rang|phoned|called|emailed|wrote to|contacted|approached|got in touch with) me (directly|personally"
            r"|himself|herself|themselves)",
            r"(phone|inbox) (hasn't|has (not|hardly|barely|scarcely|never))( really)? stopped (ringing|filling|pinging"
            r"|buzzing)|(phone|inbox) has been ringing off the hook",
            r"(saw|see|recogni[sz]ed|understood|knew|know|valued)( [\w-]+){0,2}? (what|how much) (i('m| am| was)"
            r"|(?!th[eo])\w+ years (of|in)( [\w-]+){1,4}?( is| are)?|my (experience|skills|expertise)( is| are)?)"
            r" worth",
        ),
        _sought_out,
    ),
    Cue(
        "Name-dropping",
        "drops a name to impress",
        "an important person who says you are the one they trust, who will put in a word for you or wrote to you"
        " personally, a backer who knows their leader or sits on their board, the famous name beside the offer you"
        " hold, the top names on your speed dial",
        "The chief executive has told me more than once that I'm the only analyst she would trust with it.",
        "My manager told me that I'm welcome to use her as a reference.",
        phrases(
            r"(told|tells|assured|telling) me( more than once| repeatedly| often| many times| again and again)?( that)?"
            r" (i'm|i am|i was|i'd be|i would be) (the only|the best|the most|the (calmest|steadiest|fastest|quickest"
            r"|sharpest|brightest|smartest|cleverest|hardest-working|hardest working|safest|greatest|bravest|kindest"
            r"|coolest-headed|sharpest-eyed)|one of the (best|most)|one of the (few"
            r"|only)(?= ([\w-]+ ){0,3}(he|she|they|he'd|she'd|they'd|he'?s|she'?s|they've)\b)|the strongest|the finest"
            r"|the top)",
            r"(i'm|i am|i was) the only [\w-]+ (he|she|they|he'd|she'd|they'd)( (would|could|will|can|ever|has ever"
            r"|had ever|really|fully|truly))* (trust|trusts|recommend|recommends|rely on|relies on)",
            # "Colleagues say I'm the calmest person in a crisis", "my manager has said more than once that I'm ...".
            r"(say|says|said|has said|have said|keep saying|keeps saying|tell people|tells people|told people)"
            r"( more than once| often| repeatedly| again and again| all the time)?( that)? (i'm|i am|i was|i'd be)"
            r" (the|one of the) (calmest|steadiest|fastest|quickest|sharpest|brightest|smartest|cleverest"
            r"|hardest-working|hardest working|safest|greatest|bravest|kindest|coolest-headed|sharpest-eyed"
            r"|most reliable|best|finest|strongest)",
            # Not their chairman's assistant, nor the chair of trustees' husband.
            r"(sat|sitting|seated) next to (your|the) (chair of (the )?(trustees|governors|board)|chief executive|ceo"
            r"|chairman|chairwoman|founder|md|managing"
            r" director|president|dean|director general|minister)(?!['’])",
            # A guest lecture, or a list of famous names; "I taught at Oxford for two years" is a plain record.
            rf"(guest-lectured|guest lectured|given (guest )?lectures) at {_FAMOUS_SCHOOL}",
            rf"(taught|lectured) at {_FAMOUS_SCHOOL}(,| and| or)( at)? {_FAMOUS_SCHOOL}",
            r"whose (textbook|text book|books?|papers?|method|framework|research)( i believe| i think"
            r"| i understand)? (you|your"
            r"|the) ([\w-]+ ){0,3}(use|uses|teach|teaches|assign|assigns|cite|cites|set|sets)",
            r"(has |had |have )?personally (asked|invited|approached|called|rang|phoned|contacted|emailed|written to"
            r"|reached out to|recommended|vouched for) me",
            r"(written|wrote|writes) (to )?me personally",
            r"(asks|asked|ask|requests|requested) for me personally",
            r"(acquired|bought|purchased|added|chosen|selected) (one of )?my( [\w-]+){0,3} (for|to|into) (their|its"
            r"|the) (permanent )?(collection|archive)",
            r"(ended up|was|got|were) (being )?(debated|discussed|raised|cited|quoted|read out|mentioned) in (the )?"
            r"(commons|parliament|senate|congress|lords|house of)",
            # A backer who knows their leader: "my examiner, who knows your dean well, has offered to say a word";
            # "she's an old friend of your chief executive".
            rf"(knows|knew|know) (your|the) {_THEIR_CHIEF} (very |rather |quite )?(well|personally|socially)",
            rf"(is|was|are|were|he's|she's|they're|who's) (a |an )?(close |old |good |personal |longtime |long-time )?"
            rf"(friend|friends|colleague|classmate|neighbour|neighbor|golf partner)s? (of|with) (your|the)"
            rf" {_THEIR_CHIEF}",
            rf"(put|putting|puts) in a (good |kind |quiet )?word( for me| on my behalf)? with (your|the)"
            rf" {_THEIR_CHIEF}",
            rf"(say|said|says|saying) a (good |kind |quiet )?word (for me|on my behalf) (with|to) (your|the)"
            rf" {_THEIR_CHIEF}",
            # Other ways of saying the link: "my uncle plays golf with your CEO", "your chairman and I go way back",
            # "on first-name terms with your MD", "your founder is a family friend", "my godmother sits on your
            # board", "I'll have my professor have a word with your dean", "my mentor, who is close to your CEO".
            r"(play|plays|played|playing) (golf|tennis|squash|bridge|cricket|padel|poker) with (your|the)"
            rf" {_THEIR_CHIEF}",
            rf"(your|the) {_THEIR_CHIEF} and i (go (way )?back|are old friends|were at (school|university|college)"
            r" together|know each other (well|personally))",
            rf"on first[- ]name terms with (your|the) {_THEIR_CHIEF}",
            rf"(your|the) {_THEIR_CHIEF} is (a|an) (old |close )?family friend",
            r"my( [\w-]+){1,2} (sits|sat|serves|served) on your (board|governing body|board of (trustees|governors"
            r"|directors))",
            rf"(have|has|had) a (quiet |good |kind )?word with (your|the) {_THEIR_CHIEF}(?!['’])",
            # People, not a curry house or a taxi firm: "several of the region's top stylists on speed dial".
            r"(top|best|leading|biggest|big-name|best-known|famous|hottest)( [\w'’-]+){0,3}? [\w-]+(ers|ors|ists|ians"
            r"|names|people) (on (my )?speed[- ]dial|in my (phone|contacts|address book|little black book))",
            rf"(who is|who's|he's|she's|he is|she is|they're|they are) (very |quite |really )?(close to|friendly with"
            rf"|good friends with|old friends with) (your|the) {_THEIR_CHIEF}(?!['’])",
        ),
        _backer_named,
    ),
    Cue(
        "A figure nobody asked for",
        "offers a boast nobody asked for",
        "a figure or an honour of yours added 'in case it helps', 'for your records', 'for completeness' or 'so you"
        " have it', or before-and-after results in a withdrawal or a reply to a no",
        "My satisfaction score has stayed at 99% for three years, in case that helps.",
        "I've attached my references again, in case that helps.",
        phrases(
            r"in case (it|that|this|they|these) (helps|help|is useful|'s useful|are useful|is of use|is relevant"
            r"|is of interest|matters)",
            r"(just )?so you have (it|them|that|the (numbers|figures|context))",
            r"for your (records|reference|files)",
            # Opening a sentence, not "thank you for your consideration": "For completeness, I'm a Fellow of ...".
            r"(just )?so (that )?(it's|it is|they're|they are) on (file|record)|for (the|your) (file|record)"
            r"|for completeness|for your consideration|for the avoidance of doubt",
            r"(that's|that is|this is|it's|it is) (useful|helpful|relevant) context",
            r"(this|that|it) (is|will be|may be|might be) of interest to (the|your) (committee|panel|board|team"
            r"|department)",
            r"(closed|sold|billed|brought in|generated|booked|delivered)( [\w$£€.,]+){1,5} (against|with|on|versus|vs)"
            r" (a|my) (quota|target) of",
            # Results moved, not the writer's hours, pay or scores.
            r"(brought|cut|reduced|raised|grew|took|increased|lifted|doubled|halved|improved) (?!(my|our|a|back|down"
            r"|up)\b)[\w-]+( [\w-]+)?( down| up)? from [£$€]?\d[\d,.]*(\s?%| percent|k|m)? to [£$€]?\d[\d,.]*(\s?%|"
            r" percent|k|m)",
        ),
        _offered_unasked,
    ),
    Cue(
        "The task done in no time",
        "boasts that the task took you no time",
        "a task or a test finished in minutes, with time to spare, in a fraction of the time allowed, their questions"
        " called too basic, or their tool learnt in minutes",
        "I finished the case study in under an hour of the three allowed.",
        "I arrived at the test centre with twenty minutes to spare.",
        phrases(
            r"(only|just) took( me)? (about |around |roughly |under |less than )?(an|one|half an|a|a few|a couple of"
            r"|ten|fifteen|twenty|thirty|forty|forty-five|fifty|\d+) (minutes|minute|hours?)(?! to (walk|get|drive|find"
            r"|reach|park|cycle|travel|arrive))",
            r"(finished|completed|done|did it|wrote it|built it|turned it round|sent it back|submitted it|cracked"
            r"|solved|plated|had it done|got it done)( [\w'-]+){0,5} (in|within) (about |around |roughly |under |less"
            r" than |just |only |barely )?(a few|a couple of|ten|fifteen|twenty|thirty|forty|forty-five|fifty|\d+)"
            r" minutes",
            r"(finished|completed|done|did it|wrote it|built it|turned it round|sent it back|submitted it|cracked"
            r"|solved|had it done|got it done)( [\w'-]+){0,5} (in|within) (under|less than|just|only|barely|half) (an"
            r"|one|half an|a|two|three|\d+) (hours?|day)",
            r"(ten|fifteen|twenty|thirty|forty|fifty|(1|2|3|4|5|6|7|8|9)[0-9]*|a few|two|three|four|five) (minutes"
            r"|hours"
            r"|days) to spare",
            # A part of the time allowed, not "every minute of the two hours allowed".
            r"(under|less than|just|only|barely|about|around|half|a fraction|a third|a quarter|minutes|an hour|hour)"
            r"( [\w-]+){0,2} (of|out of) the (two|three|four|five|six|seven|eight|\d+) (hours?|days?|minutes) (allowed"
            r"|given|allotted"
            r"|available)",
            r"(felt|was|seemed|were) more like a (warm-up|warm up|breeze|doddle|refresher|practice run) than",
            r"(felt|was|seemed|were) (like |more like |more of )?(a|just a) (warm-up|warm up|breeze|doddle|refresher"
            r"|practice run) rather than (a )?(real|proper|serious|true|genuine) (test|challenge|assessment|exercise)",
            r"(kept|was|were) waiting for the (hard|difficult|tricky|tough|real) (one|question|questions)",
            # The questions called too easy for the writer: "more basic than I'd expected at this level", not "more
            # basic than I had feared", which is relief.
            r"(questions|test|tests|task|tasks|exercise|exercises|case study|assessment|problems|round)( [\w-]+){0,4}?"
            r" ((a good deal|a great deal|a lot|much|far|rather|quite|fairly|a bit|a little|somewhat|surprisingly|very"
            r"|slightly) )*(more basic(?= than ((i'd |i had |i )?(expected|anticipated)|the (level|role|job|post"
            r"|position|seniority))\b)|(too basic|too easy|too simple|too straightforward|elementary|rudimentary"
            r"|undemanding|on the (easy|simple|basic) side|(refreshingly|pleasantly) (gentle|easy|basic|light"
            r"|undemanding|tame|simple))"
            r"(?= than\b| for\b| at (this|my|the|a|your) (level|stage"
            r"|grade)\b| given\b|\s*[,.;:!?)—–]|\s+-\s|\s*$))",
            # Harder questions they should have asked, not "please feel free to test me on anything more technical".
            r"(could|should|might|would) (easily |well )?have (tested|quizzed|challenged|stretched|pushed) me (on"
            r"|with) (anything|something|questions"
            r"|problems|tasks|scenarios)( a bit| a little)? (more (complex|advanced|difficult|challenging|demanding"
            r"|technical|senior)|harder|tougher|trickier)",
            r"(understood|learned|learnt|mastered|picked up|got the hang of|grasped|got to grips with)"
            r"(?! (a lot|so much|so many|many|loads|lots|plenty|more|much|a great deal|something|things)\b)"
            r"( [\w'-]+){1,5}?"
            r" (in|within) (only |just |under |less than |about |barely )?(a )?(few|couple of|two|three|five|ten"
            r"|fifteen|twenty|thirty|\d+|an|one|half an) (minutes|minute|seconds|hours?)",
            r"(simple|easy|straightforward|trivial|basic) for me(?! to (?!be honest))",
            # "It took me barely any time to get fluent in the platform."
            r"(took|takes) me (barely|hardly|next to|almost) (any|no) time( at all)? to (learn|master|pick up|get"
            r" (fluent|comfortable|to grips|the hang|up to speed)|grasp|understand)",
        ),
        _done_fast,
    ),
    Cue(
        "The job made small",
        "makes the job sound small for you",
        "the job's duties called trivial for you, nothing you have not handled many times, work you could do without"
        " preparation or without anyone checking you, their problem nothing you have not dealt with or a quick fix you"
        " have made before, their problems sorted in your first weeks, training you would hardly need, more than this"
        " job you could be doing",
        "The reporting side shouldn't take much of my attention, as I've handled it many times over.",
        "The reporting side will take some of my time at first, and I'm glad to learn it.",
        phrases(
            r"(shouldn't|should not|won't|will not|wouldn't|would not) take (up )?(much|a lot|too much|all that much"
            r"|any) of my (attention|time|energy|effort|capacity|brainpower)",
            r"(anything|nothing) (i haven't|i have not|i've not|i had not|i hadn't)( already)? (handled|seen|done"
            r"|dealt with|managed|solved|sorted)( it)?( \w+){0,2} (several|many|a hundred|countless|dozens of|a few)"
            r" times( over)?",
            # Their problem already beaten: "there is nothing there I have not already dealt with", "honestly it's a
            # quick fix: they're the same ones I sorted at my last paper" (_claim_in_sentence needs their problem).
            r"(nothing|anything)( [\w'’-]+){0,5}? (that )?(i haven't|i have not|i've not|i had not|i hadn't)"
            r" (already )?(dealt with|handled|solved|fixed|sorted|tackled|cracked)(?! (yet|before (i|my|the|we))\b)",
            r"(is|are|it's|that's|they're|would be|should be|will be) ([\w]+ly |just |only )?(a|an) (quick|easy|simple"
            r"|straightforward|small) fix",
            r"(won't|will not|wouldn't|would not|shouldn't|should not) (present|throw|give|show) me (with )?(anything"
            r"|much)( [\w'-]+){0,3} (i haven't|i have not|i've not|i had not|i hadn't)",
            # What the work needs, not "I can come in on Monday without any preparation time".
            r"(could|can|would|will|i'll)(?! (come|start|join|meet|attend|pop|call|chat|talk|travel|visit|be there|be"
            r" available|step in)\b)( [\w'-]+){1,10}? without (needing |needing any |any )?(preparation|prep|time"
            r" to prepare)",
            r"(could|can|would|will|i'll)( [\w'-]+){1,10}? without (anybody|anyone|somebody|someone) (checking"
            r"|supervising|watching|correcting) (me|my work)",
            r"(could|should) be doing (a (great|good) deal|far|much|a lot|way|so much) more than (this|that|the (role"
            r"|job|post))",
            # A promise of results, not time asked for: "give me two days and you'll have my decision".
            r"give me (a|one|two|three|four|five|six|eight|a few|\d+) (days|weeks|months|week|month),? and (your|the"
            r"|you'll|you will)(?! (have|get|hear|receive) (my|an?|the) (answer|decision|reply|response"
            r"|confirmation)\b)"
            r"(?! (notice|paperwork|contract|offer|references?|forms?|documents?)\b)",
            r"give me(?! (a|an) (ring|call|shout|bell|buzz|nudge|heads-up|moment|minute|second)\b)( [\w'-]+){1,3},? and"
            r" (i'll|i will|i can) (double|triple|treble|halve|transform|turn round|turn around|clear|fix)(?! (my|the)"
            r" (diary|afternoon|morning|evening|schedule|calendar|day|desk)\b)",
            r"(i'll|i will|i can|i could|i'd) (double|triple|treble|halve) (your|the|their) ([\w-]+ ){0,2}(rate|revenue"
            r"|sales|numbers|pipeline|renewals|income|bookings|margins?|output|conversions?) (inside|within|in) (a|one"
            r"|two|three|six|twelve|eighteen|\d+) (months?|weeks?|quarters?|years?)",
            r"would have (had )?(the|your|their)( [\w'-]+){0,4} (cleared|fixed|halved|doubled|sorted|solved|back on"
            r" track|turned round|turned around) (within|in|by the end of) (the|my) first",
            r"(i could|i'd|i would|i can|i will|i'll) (transform|revolutionise|revolutionize|turn around|turn round"
            r"|overhaul) (your|the|their)( [\w-]+){0,3} (team|department|service|fundraising|sales|business|operation"
            r"|function|unit|school|ward|kitchen)",
            r"(told|tells|showed|shows|will tell|will show) you (everything|all) you (need|needed|needs) to know about"
            r" (me|my)",
            r"even more to offer",
            # Their work put right in the writer's first weeks: "something I could have running smoothly within my
            # first few weeks", "I'd expect to have your backlog under control in the first month"; not the writer's
            # own induction, paperwork or move ("I'd have my checks sorted within the first week").
            # What is put right is theirs: their backlog, a system of the team's, or "it" and "them" for a problem they
            # described; not the writer's references, flat or childcare ("I'll have the flat sorted by the first
            # month").
            r"(i could|i'd|i would|i can|i'll|i will|i'd expect to|i would expect to|i expect to)( easily| comfortably"
            r"| probably| likely| quickly| realistically)? (have|get)( your( [\w'-]+){1,3}| it| them| that| this| those"
            r"|( all| most| much) of (it|them|that|those)| the( [\w'-]+){0,2} " + _THEIR_WORK + r")? ((up and )?running"
            r"|sorted|fixed|resolved|rebuilt|cleared|tidied up|under control|in (good )?shape|back on track|humming"
            r"|ticking over|squared away|turned (round|around)|automated|streamlined|overhauled)( smoothly| properly"
            r"| nicely| well)? " + _FIRST_WEEKS,
            # "Your onboarding process is something I could fix in my first week."
            r"(i could|i'd|i would|i can|i'll|i will)( easily| comfortably| probably| likely| quickly| realistically)?"
            r" (fix|sort out|solve|resolve|clear|automate|streamline|overhaul|rebuild|turn (round|around))( it| them"
            r"| that| those| your( [\w'-]+){1,3}| the( [\w'-]+){0,2} " + _THEIR_WORK + r")? " + _FIRST_WEEKS,
            # Training made nothing of: "the training for me would be almost nothing"; not its cost ("the training
            # costs for me would be zero") or a short induction by the calendar.
            r"(training|onboarding|learning curve|ramp-up|ramp up|supervision) (for me|i'd need|i would need|i'll need"
            r"|i will need) (would|will|should|could) be (almost |practically |next to |close to |virtually |basically"
            r" )?(nothing|none|zero|minimal|negligible|very little)",
        ),
        _claim_in_sentence,
    ),
    Cue(
        "A comparison left implied",
        "compares you with others by implication",
        "doing better than the person before you, more than other offices or your colleagues manage, results at every"
        " place you have worked, work others gave up on or could never copy, the one they still ring when it goes"
        " wrong or send the hard cases to",
        "I'm sure I can run the network more smoothly than the previous technician did.",
        "I found the second interview more relaxed than the last one.",
        phrases(
            r"than (the|your) (previous|last|former|outgoing|old) ([\w-]+ )?(person|postholder|incumbent|holder|[\w-]*"
            r"(er|or|ian|ist|ant|ent|ive|ee))\b",
            r"than (it|they|the [\w-]+) (ever )?(was|were|has been|had been|did) (under|with) (the|your) (last|previous"
            r"|old|former|outgoing)",
            r"than (some|most|many|other|a lot of|plenty of) ([\w-]+ ){0,2}(offices|teams|branches|firms|departments"
            r"|stores|sites|agencies|practices|companies|schools|hospitals|colleagues|engineers|reps|managers"
            r"|candidates|analysts|nurses|teachers|sellers) (manage|achieve|sell|close|deliver|raise|produce)",
            r"(they've|they have|they|others have|no one has|nobody has|no one else has|nobody else has|the others"
            r" have)( \w+)? (never|not|yet to) (managed|been able|able) to (copy|match|replicate|emulate|equal)",
            r"(that|which|where) (other|the other|previous|most other|many other|most) [\w-]+ (gave up on|had given up"
            r" on|couldn't fix|could not fix|couldn't crack|failed (at|with|on)|walked away from|had written off"
            r"|wrote off)",
            r"(doubled|doubling|tripled|tripling|trebled|quadrupled|halved|halving)( [\w-]+){0,3} (at|in|for) (every"
            r"|each|both|all) (of )?(my |the )?(last |previous )?(\w+ )?(charity|charities|company|companies|firm|firms"
            r"|job|jobs|role|roles|school|schools|place|places|employer|employers|team|teams|organisations?"
            r"|organizations?|stores?|branch|branches|sites?|practices?|posts?|positions?)",
            r"(delivered|did|built|ran|led|achieved|managed|handled|turned (it )?round)( it)? (largely|mostly|almost"
            r" entirely|entirely|practically) (on my own|alone|by myself|single-handed|single-handedly)",
            r"(say|says|said|tell me|told me) (that )?i have (a way with|a gift for|a knack for)",
            r"(i seem to|i tend to|i always|i must|seem to) have (that|this) effect on",
            r"(i suppose|i guess|apparently) i (just )?(have|'ve got) a (knack|gift|talent|flair) for",
            r"(which is|that's|that is|as is) (usually|always|normally|generally|typically|often) (how|what) (it goes"
            r"|happens|tends to happen) (for|with) me(?=\s*[,.;:!)—–-]|\s*$)",
            r"(i'm|i am|i'd be|i would be|i was|i'll be|i will be) (probably |surely )?(not (an? )?easy|(a )?hard|(a )?"
            r"difficult)( (candidate|person|one|applicant|interviewee))? to forget",
            r"(best|top|finest|number one) [\w-]+ in (town|the city|the county)",
            r"(rarer|harder|more unusual|less common) than it sounds",
            r"(twice|three times|four times|five times|ten times|double|triple) the size of (yours|your [\w-]+)",
            r"(i am|i'm|i was) (usually |always |often |normally |generally |typically |still |now )?the (one|person"
            r"|first (one|person)) (that )?(they|everyone|everybody|people|the team|the directors|management|the"
            r" managers)( all)? (call|calls|phone|phones|ring|rings|come to|turn to|go to)",
            # The hard cases passed to the writer: "I tend to be the one the others send their tricky shoulders to".
            r"(i am|i'm|i tend to be|i seem to be|i've become|i have become|i became) (usually |always |often"
            r" |normally |generally |typically |still |now )?the (one|person|go-to|first (one|person)) (that |who )?"
            r"(they|everyone|everybody|people|the others|the team|my colleagues|the other [\w-]+)( all)? (send|sends"
            r"|pass|passes"
            r"|refer|refers|bring|brings|hand|hands|give|gives|save|saves)( all)? (their|the|any|all the|most of the)"
            r" (tricky|trickiest|difficult|hardest|hard|complex|complicated|toughest|tough|awkward|nightmare|messy"
            r"|messiest|problem|thorny)",
            # Called in when things go wrong: "the festival crew still ring me whenever something starts humming",
            # "when the other welders cannot finish a joint, the foreman always send for me". A habit, and trouble
            # to fix: not "the school always rings me when my son is ill", nor "she calls me when the rota changes".
            r"(still|always|usually|often|regularly|invariably|normally|even now|tend to) (ring|rings|call|calls"
            r"|phone|phones|text|texts|message|messages|come to|comes to|turn to|turns to) me (whenever|when|if"
            r"|every time|the moment|as soon as)( [\w'’-]+){0,6}? (goes wrong|go wrong|breaks|break|breaks down"
            r"|fails|fail|gets stuck|get stuck|is stuck|are stuck|plays up|play up|acts up|act up"
            rf"|crashes|starts humming|starts hissing|starts leaking|{_CANNOT_FIX})\b",
            r"(whenever|when|if|every time) (the other|other|my other|none of the|nobody|no one|the rest of the)"
            rf"( [\w'’-]+){{0,6}}? ({_CANNOT_FIX}|are stuck|get stuck"
            r"|gets stuck|give up|gave up)( [\w'’-]+){0,6},? (they|he|she|the [\w-]+|my [\w-]+|everyone|people)"
            r"( [\w-]+)? (always|still|usually|invariably|normally) (send for|sends for|sent for|call|calls|ring|rings"
            r"|phone|phones|come to|comes to|turn to|turns to) me",
            # The hard ones passed to the writer: "whenever a client is difficult, they send them my way", "the hard
            # cases tend to land on my desk"; not "send any difficult questions my way".
            r"(difficult|tricky|impossible|awkward|toughest|hardest|trickiest|nightmare)( [\w'’-]+){0,3},? (they"
            r"|everyone|my (colleagues|partners|manager|team|boss|supervisor)|the (others|team|partners|office|desk"
            r"|managers))( always| usually| still| tend to| just| all)? (send|sends|pass|passes|bring|brings|hand"
            r"|hands|refer|refers|route|routes|forward|forwards|put|puts|direct|directs) (them|those|it|him|her)"
            r"( straight| directly| all)? (my way|to me|over to me|through to me)",
            r"(hard|tricky|difficult|toughest|hardest|trickiest|awkward) (cases|ones|clients|jobs|customers|patients"
            r"|files|tickets|accounts)( tend to| always| usually| still| all| seem to)? (land|end up|come|go|get"
            r" passed) (on my desk|with me|to me|my way)",
            # Colleagues' numbers set below the writer's: "most colleagues carry around twelve families at a time,
            # whereas I've comfortably held twenty"; _outnumbers_colleagues compares the two figures.
            r"(most|many|all|the other|other|my other|all the other|the rest of the|the rest of my)( of)?( my| the)?"
            r" (colleagues|peers|co-workers|coworkers|teammates|workers|nurses|engineers|drivers|reps|staff"
            r"|social workers|caseworkers|technicians|officers|analysts|teachers|sellers|agents)( [\w'’-]+){0,10}?"
            r",? (whereas|while|but) (i've|i have|i'd|i had|i|i'm|i am)\b",
        ),
        _implied_comparison,
    ),
)


def _check(context: Context) -> Iterator[Hit]:
    return flag_cues(
        context,
        ALL_KINDS,
        CUES,
        "Thank them and say what you would bring to the role, without ranking yourself against others.",
        reading=BOASTING,
        reads_as="boasting",
        spared=_SPARED,
    )


# What the rule says is fine, whatever words it shares with boasts: confidence offered as belief in fitting or
# helping ("I believe I would be a great fit: I used SQL daily"), praise of them ("impressed by your
# world-class team"), a wish that they hire well ("I hope you have found the best person"), and a sentence about
# them with neither the writer nor anyone to rank against in it ("Your team explained the work better than most"),
# the news of another employer's interest or offer, which the guide tells the reader to give ("two other firms
# have been in touch, and one has made an offer"), a wish or congratulations about their hire with no word of the
# writer ("I hope whoever you've chosen copes at 2 a.m."), interest in a later opening ("if a senior role comes up,
# I'd be glad to apply"), and a feeling the writer shares with the others ("other candidates will feel the same"; not
# "..., but only I have").
# A boast beside it ("more than anyone") is a cue's, and cues come first.
_SPARED = LazyPattern(
    r"\b(?:i|we) (?:believe|think|feel|hope|trust) (?:that )?(?:i|we|my|our)\b"
    r"(?![^.;:]*\b(?:rest|shortlist|finalists|others|other candidates|anyone|embarrass)\b)[^.;:]*?"
    r"\b(?:fit|help|contribute|bring|add|suit|match)"
    r"|\b(?:impressed|inspired) (?:by|with) (?:your|the|their)\b"
    r"|\bhope (?:you|they|the team) (?:have |has )?(?:found|find|chose|choose|get|got|hire|hired)\b"
    r"|^\W*(?:your|you)\b(?![^.!?]*\b(?:i|i['’]\w+|me|my|mine|myself|we|we['’]\w+|our|us|anyone|anybody|nobody"
    r"|no one|none|candidates?|applicants?|others?|else|find|struggle|meet|rest|shortlist|finalists|field)\b)"
    r"|\b(?:another|other|a second|a competing) (?:firms?|compan(?:y|ies)|employers?|organi[sz]ations?|offers?)\b"
    r"[^.;:!?]*\b(?:offer(?:ed|s)?|interviews?|in touch)\b"
    r"|\b(?:hope|wish|congratulations on (?:finding|hiring|appointing|choosing|securing))(?: [\w'’]+){0,2}? (?:whoever"
    r"|someone|the (?:person|candidate|one) (?:you|they))\b(?![^.!?]*\b(?:i|i['’]\w+|me|my|mine|myself|than)\b)"
    r"|^(?![^.!?]*\b(?:than|best|better|stronger|most|show|prove)\b)[^.!?]*\bif (?:a|an|another|any|anything"
    r"|something)\b[^.!?]*\b(?:comes? up|opens?|crops? up|becomes? available)\b[^.!?]*\bi['’]d (?:be (?:glad|happy"
    r"|delighted|keen|pleased)|love|like) to\b"
    r"|^(?![^.!?]*\b(?:doubt|unlike|than|few|n['’]t|not|never|but (?:only )?(?:i|none|no one|nobody))\b)[^.!?]*"
    r"\b(?:other (?:candidates|applicants|people)|others|everyone else) (?:will|would|might|may|must) (?:\w+ )?"
    r"(?:feel|think|say|find) (?:the same|likewise|similarly)\b"
)


RULE = Rule(
    id="boasting",
    severity=Severity.SUGGESTION,
    guide="thank-you-note/#tone",
    check=_check,
    doc=cues_doc(__doc__ or "", CUES, learned="boasting"),
)

__all__ = ["CUES", "RULE"]
