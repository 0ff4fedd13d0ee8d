"""Properties over arbitrary input: nothing raises, results repeat, spans stay inside their drafts."""

from __future__ import annotations

import datetime as dt
import itertools
import json
from collections.abc import Callable

from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from checker import (
    DEFAULT_POLICY,
    RULES,
    Channel,
    FollowUp,
    Interview,
    Kind,
    Plan,
    PlanError,
    Policy,
    PolicyError,
    apply_fixes,
    check,
    plan_from_json,
    plan_from_mapping,
    policy_from_document,
)
from checker._engine import fixes_to_apply
from checker._text import Draft, lower
from checker.rules import Context

# Pieces of Markdown, prose and the things the rules look for, so examples reach every code path.
_FRAGMENTS = [
    "Dear Ms. Achieng,",
    "Thank you",
    " I am keen to join.",
    "Kind regards,\nAmina",
    "**",
    "_",
    "*",
    "`",
    "``",
    "```\n",
    "[",
    "]",
    "](https://x.example)",
    "![",
    "<",
    ">",
    "{{",
    "}}",
    "\\",
    "&amp;",
    "&#x1F600;",
    "&bogus;",
    "\n",
    "\r\n",
    "\r",
    "  \n",
    "\n\n",
    "# ",
    "> ",
    "- ",
    "1. ",
    "    ",
    "---",
    "____",
    "XXX",
    "!!",
    "?!",
    ":)",
    "10:30",
    "U.S.",
    "SO READY FOR THIS JOB",
    "asap",
    "I’ve been waiting",
    "unfair",
    "the best candidate",
    "🙂",
    "👩🏽‍💻",
    "İ",
    "\u00a0",
    "\x00",
    "\t",
    "Subject: x\n",
    "P.S. ",
    "Hey Sam,\n",
    "thx ",
    "gonna ",
    "the BEST ",
    " ASAP.",
]
# Any code point except surrogates, which a str from JSON or a file cannot hold.
_ANY_TEXT = st.text(st.characters(exclude_categories=["Cs"]), max_size=300)
_DRAFTS = st.one_of(
    _ANY_TEXT,
    st.lists(st.one_of(st.sampled_from(_FRAGMENTS), _ANY_TEXT), max_size=30).map("".join),
)
_DATES = st.dates(min_value=dt.date(1900, 1, 1), max_value=dt.date(2999, 12, 31))
# Names as readers write them, with titles and the people the drafts above greet, and anything else.
_NAMES = st.one_of(
    st.sampled_from(["Amina Achieng", "Tom Berg", "Dr. Priya Nair", "Ms. Achieng", "Sam", "de la Cruz", "İlkay"]),
    st.text(st.characters(exclude_categories=["Cs"]), min_size=1, max_size=40),
)


@st.composite
def _plans(draw: st.DrawFn) -> Plan:
    follow_ups = draw(
        st.lists(
            st.builds(
                FollowUp,
                kind=st.sampled_from(Kind),
                date=_DATES,
                channel=st.sampled_from(Channel),
                draft=st.one_of(st.none(), _DRAFTS),
                to=st.one_of(st.none(), _NAMES),
            ),
            max_size=4,
        )
    )
    days = sorted(draw(st.sets(_DATES, min_size=1, max_size=3)))
    rounds = tuple(Interview(day, tuple(draw(st.lists(_NAMES, max_size=3)))) for day in days)
    return Plan(
        interview_date=days[0],
        today=draw(_DATES),
        decision_date=draw(st.one_of(st.none(), _DATES)),
        follow_ups=tuple(follow_ups),
        interviews=rounds,
        company=draw(st.one_of(st.none(), _NAMES)),
        role=draw(st.one_of(st.none(), _NAMES)),
    )


_POLICIES = st.builds(
    Policy,
    thank_you_within_days=st.integers(0, 3650),
    check_in_after_days=st.integers(0, 30),
    silence_after_days=st.integers(31, 3650),
    max_words_thank_you=st.integers(1, 400),
    max_words_check_in=st.integers(1, 400),
    max_words_stay_in_touch=st.integers(1, 400),
    max_words_offer_update=st.integers(1, 400),
    max_words_withdrawal=st.integers(1, 400),
)

_PROPERTY_SETTINGS = settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])


@_PROPERTY_SETTINGS
@given(_plans(), st.one_of(st.just(DEFAULT_POLICY), _POLICIES))
def test_check_never_raises_and_every_span_lies_inside_its_draft(plan: Plan, policy: Policy) -> None:
    report = check(plan, policy)
    for finding in report.findings:
        assert finding.rule in {rule.id for rule in RULES}
        if finding.follow_up is not None:
            assert 0 <= finding.follow_up < len(plan.follow_ups)
        if finding.span is not None:
            assert finding.follow_up is not None
            draft = plan.follow_ups[finding.follow_up].draft
            assert draft is not None
            start, end = finding.span
            assert 0 <= start < end <= len(draft)
    assert report.findings == tuple(sorted(report.findings, key=lambda finding: finding.sort_key()))


@_PROPERTY_SETTINGS
@given(_DRAFTS)
@example("?:*!")  # found by Hypothesis: once the emoticon went, the marks on either side met
@example("HE\U0001f000Y")  # and here the letters, into a "HEY" that the greeting rule then mended
@example("\U0001f000HEY")  # a greeting after an emoji is read, and mended, in the same pass
def test_fixes_lie_inside_the_draft_do_not_overlap_and_settle_in_one_pass(draft: str) -> None:
    day = dt.date(2026, 11, 16)
    plan = Plan(day, day, follow_ups=(FollowUp(Kind.THANK_YOU, day, draft=draft),))
    report = check(plan)
    fixes = fixes_to_apply(report.findings)
    for fix, following in itertools.pairwise(fixes):
        assert fix.span[1] <= following.span[0]
    for finding in report.findings:
        if finding.fix is not None:
            start, end = finding.fix.span
            assert 0 <= start <= end <= len(draft)
    fixed = apply_fixes(draft, report.findings)
    again = Plan(day, day, follow_ups=(FollowUp(Kind.THANK_YOU, day, draft=fixed),))
    assert apply_fixes(fixed, check(again).findings) == fixed


@_PROPERTY_SETTINGS
@given(_plans())
def test_the_same_plan_gives_the_same_json(plan: Plan) -> None:
    first = json.dumps(check(plan).to_json())
    copy = Plan(
        plan.interview_date,
        plan.today,
        plan.decision_date,
        tuple(plan.follow_ups),
        tuple(plan.interviews),
        plan.company,
        plan.role,
    )
    assert json.dumps(check(copy).to_json()) == first


_OLD_FOLLOW_UPS = st.lists(
    st.fixed_dictionaries(
        {
            "kind": st.sampled_from([kind.value for kind in Kind]),
            "date": st.dates(dt.date(2026, 11, 1), dt.date(2027, 3, 1)).map(str),
            "channel": st.sampled_from([channel.value for channel in Channel]),
        },
        optional={"draft": _DRAFTS},
    ),
    max_size=4,
)
_OLD_PLANS = st.fixed_dictionaries(
    {
        "interview_date": st.dates(dt.date(2026, 11, 1), dt.date(2026, 12, 31)).map(str),
        "today": st.dates(dt.date(2026, 11, 1), dt.date(2027, 3, 1)).map(str),
        "follow_ups": _OLD_FOLLOW_UPS,
    },
    optional={"decision_date": st.dates(dt.date(2027, 1, 1), dt.date(2027, 2, 1)).map(str)},
)


@_PROPERTY_SETTINGS
@given(_OLD_PLANS, st.booleans())
def test_an_old_style_plan_and_its_one_round_equivalent_give_the_same_findings(
    old: dict[str, object], empty_names: bool
) -> None:
    """``interview_date`` is one round with no names: the same findings, to the word, as ``interviews``."""
    one_round = {key: value for key, value in old.items() if key != "interview_date"}
    one_round["interviews"] = [
        {"date": old["interview_date"], **({"interviewers": []} if empty_names else {})},
    ]
    today = dt.date(2026, 11, 16)
    expected = check(plan_from_mapping(old, today)).to_json()
    assert check(plan_from_mapping(one_round, today)).to_json() == expected


@_PROPERTY_SETTINGS
@given(_DRAFTS, st.data())
def test_source_span_maps_into_the_source(source: str, data: st.DataObject) -> None:
    draft = Draft(source)
    assert len(draft.lowered) == len(draft.plain)
    offsets = [draft.source_span(index, index + 1)[0] for index in range(len(draft.plain))]
    assert offsets == sorted(offsets)
    for character, offset in zip(draft.plain, offsets, strict=True):
        assert 0 <= offset < len(source)
        written = source[offset]
        # Block and line breaks, code stand-ins, escapes, entities and NUL are the only rewrites.
        assert character == written or character in "\n " or written in "\\&\x00\r"
    if draft.plain:
        start = data.draw(st.integers(0, len(draft.plain) - 1))
        end = data.draw(st.integers(start + 1, len(draft.plain)))
        begin, stop = draft.source_span(start, end)
        assert 0 <= begin < stop <= len(source)


@settings(max_examples=200, deadline=None)
@given(_ANY_TEXT)
def test_lower_keeps_the_length(text: str) -> None:
    assert len(lower(text)) == len(text)


_JSON_VALUES = st.recursive(
    st.one_of(st.none(), st.booleans(), st.integers(), st.floats(allow_nan=False), _ANY_TEXT, _DATES.map(str)),
    lambda children: st.one_of(
        st.lists(children, max_size=4),
        st.dictionaries(st.one_of(st.sampled_from(["kind", "date", "channel", "draft"]), _ANY_TEXT), children),
    ),
    max_leaves=12,
)
_ROUNDS_LIKE = st.one_of(
    _JSON_VALUES,
    st.lists(
        st.fixed_dictionaries(
            {},
            optional={
                "date": st.one_of(_DATES.map(str), _JSON_VALUES),
                "interviewers": st.one_of(st.lists(st.one_of(_NAMES, _JSON_VALUES), max_size=3), _JSON_VALUES),
            },
        ),
        max_size=3,
    ),
)
_PLAN_LIKE = st.fixed_dictionaries(
    {},
    optional={
        "company": st.one_of(_NAMES, _JSON_VALUES),
        "role": st.one_of(_NAMES, _JSON_VALUES),
        "interviews": _ROUNDS_LIKE,
        "interview_date": st.one_of(_DATES.map(str), _JSON_VALUES),
        "decision_date": st.one_of(_DATES.map(str), _JSON_VALUES),
        "today": st.one_of(_DATES.map(str), _JSON_VALUES),
        "follow_ups": st.lists(
            st.fixed_dictionaries(
                {},
                optional={
                    "kind": st.one_of(st.sampled_from([k.value for k in Kind]), _JSON_VALUES),
                    "date": st.one_of(_DATES.map(str), _JSON_VALUES),
                    "channel": st.one_of(st.sampled_from([c.value for c in Channel]), _JSON_VALUES),
                    "to": st.one_of(_NAMES, _JSON_VALUES),
                    "draft": st.one_of(_DRAFTS, _JSON_VALUES),
                },
            ),
            max_size=3,
        ),
    },
)


def _fails_in_one_line(action: Callable[[], object], expected: type[Exception]) -> bool:
    """Run ``action``; True when it raised ``expected`` with a one-line message, False when it succeeded."""
    try:
        action()
    except expected as error:
        message = str(error)
    else:
        return False
    assert message
    assert "\n" not in message
    return True


@_PROPERTY_SETTINGS
@given(st.one_of(_PLAN_LIKE, _JSON_VALUES))
def test_any_json_is_a_plan_or_one_plan_error(data: object) -> None:
    today = dt.date(2026, 11, 16)
    if not _fails_in_one_line(lambda: plan_from_mapping(data, today), PlanError):
        check(plan_from_mapping(data, today))


@_PROPERTY_SETTINGS
@given(st.one_of(_ANY_TEXT, _PLAN_LIKE.map(json.dumps)))
def test_any_text_is_a_plan_or_one_plan_error(text: str) -> None:
    _fails_in_one_line(lambda: plan_from_json(text, dt.date(2026, 11, 16)), PlanError)


@_PROPERTY_SETTINGS
@given(st.one_of(_JSON_VALUES, st.fixed_dictionaries({"policy": _JSON_VALUES})))
def test_any_policy_document_is_a_policy_or_one_policy_error(data: object) -> None:
    _fails_in_one_line(lambda: policy_from_document(data), PolicyError)


# One line, no breaks, about a megabyte: what a careless paste looks like.
_SENTENCES = (
    "Thank you so much for the interview yesterday, I am keen to join the team! ",
    "Dear [Hiring Manager], I have been waiting ASAP for news :) 🙂 ",
    "I AM SO READY FOR THIS JOB AND I KNOW I AM THE BEST CANDIDATE. ",
    "it was unfair and you should have told me, a waste of my time?? ",
    "XXX ____ {{first_name}} <Interviewer> {role} thx u lol gonna ",
)
_MEGABYTE = 1_000_000


def test_a_megabyte_one_line_paste_goes_through_every_rule() -> None:
    """Every rule finishes on a 1 MB paste (timing is in bench/checker.py, not here)."""
    paste = ("".join(_SENTENCES) * (_MEGABYTE // len("".join(_SENTENCES)) + 1))[:_MEGABYTE]
    assert "\n" not in paste
    plan = Plan(
        interview_date=dt.date(2026, 11, 16),
        today=dt.date(2026, 11, 17),
        follow_ups=(FollowUp(Kind.THANK_YOU, dt.date(2026, 11, 17), draft=paste),),
    )
    context = Context(plan, DEFAULT_POLICY)
    fired = set()
    for rule in RULES:
        for hit in rule.check(context):
            fired.add(rule.id)
            if hit.span is not None:
                assert 0 <= hit.span[0] < hit.span[1] <= len(paste)
    assert {"placeholder", "too-long", "unprofessional-tone", "pressure", "boasting", "blame"} <= fired
