"""A note with more words than its kind allows.

## What it checks
The number of words in a draft against the policy's limit for its kind:
{{ policy.max_words_thank_you }} for a thank-you note, {{ policy.max_words_check_in }} for a check-in,
{{ policy.max_words_stay_in_touch }} for a reply after a rejection, {{ policy.max_words_offer_update }} for a
note about another offer and {{ policy.max_words_withdrawal }} for a withdrawal. Words are counted as a word
processor counts them ("data-driven" is one word); link targets and code are not counted. The finding marks the
words past the limit.

## Why it matters
The people reading your note are busy. A short note is read in full; a long
one is skimmed or saved for later. Brevity also shows that you respect their
time.

## Example
A thank-you note that retells the whole interview in five paragraphs.

## Better
Three short paragraphs: thanks, one point about the role or the conversation,
and your interest. Everything else can wait for the next interview.
"""

from __future__ import annotations

from collections.abc import Iterator

from checker._model import Kind, Severity
from checker.rules._base import ALL_KINDS, Context, Hit, Rule

_WHAT_TO_KEEP_USUALLY = "keep the thanks, one key point and your interest"
_WHAT_TO_KEEP = {
    Kind.OFFER_UPDATE: "keep the other offer's deadline and your interest in this role",
    Kind.WITHDRAWAL: "keep the thanks and the news; you owe no reasons",
}


def _check(context: Context) -> Iterator[Hit]:
    for index, follow_up, draft in context.drafts(*ALL_KINDS):
        limit = context.policy.max_words(follow_up.kind)
        if draft.word_count > limit:
            yield Hit(
                f"This {follow_up.kind.value} note has {draft.word_count} words; the limit is {limit}.",
                f"Cut it to {limit} words or fewer: {_WHAT_TO_KEEP.get(follow_up.kind, _WHAT_TO_KEEP_USUALLY)}.",
                index,
                draft.words_after(limit),
            )


RULE = Rule(
    id="too-long",
    severity=Severity.WARNING,
    guide="thank-you-note/#keep-it-short",
    check=_check,
    doc=__doc__ or "",
)
