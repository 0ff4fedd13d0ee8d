"""The registry: every rule, listed by hand, in the order the docs show them."""

from __future__ import annotations

from types import MappingProxyType

from checker.rules import (
    ask_timeframe,
    blame,
    boasting,
    check_in_channel,
    check_in_repeated,
    check_in_too_soon,
    follow_up_before_interview,
    generic_note,
    long_silence,
    missing_deadline,
    missing_interest,
    missing_thanks,
    no_greeting,
    no_sign_off,
    no_thank_you,
    offer_update_repeated,
    phone_follow_up,
    placeholder,
    pressure,
    thank_you_late,
    too_long,
    unprofessional_tone,
    wrong_name,
)
from checker.rules._base import DOC_SECTIONS, Context, Hit, Rule

__all__ = ["DOC_SECTIONS", "RULES", "RULES_BY_ID", "Context", "Hit", "Rule"]

RULES: tuple[Rule, ...] = (
    # The plan: dates and channels.
    follow_up_before_interview.RULE,
    thank_you_late.RULE,
    no_thank_you.RULE,
    check_in_too_soon.RULE,
    check_in_repeated.RULE,
    offer_update_repeated.RULE,
    phone_follow_up.RULE,
    check_in_channel.RULE,
    ask_timeframe.RULE,
    long_silence.RULE,
    # The drafts: what the notes say and how.
    placeholder.RULE,
    missing_thanks.RULE,
    missing_interest.RULE,
    generic_note.RULE,
    missing_deadline.RULE,
    too_long.RULE,
    unprofessional_tone.RULE,
    pressure.RULE,
    boasting.RULE,
    blame.RULE,
    no_greeting.RULE,
    wrong_name.RULE,
    no_sign_off.RULE,
)

RULES_BY_ID = MappingProxyType({rule.id: rule for rule in RULES})
