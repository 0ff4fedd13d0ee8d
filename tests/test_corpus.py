"""The corpus of real-world drafts (tests/corpus/) is well formed, and the draft rules read it well.

bench/accuracy.py prints the full figures; these tests keep the corpus usable
and stop a change to the rules from quietly losing what they could read.
"""

from __future__ import annotations

import re
from functools import reduce

import pytest

from checker import RULES_BY_ID, Kind
from checker._text import Draft
from checker.rules import blame, boasting, missing_interest, placeholder, pressure
from checker.rules._cues import Cue, find_cues
from tests.corpus_cases import (
    APPLIES_TO,
    PARTS,
    SENTENCE_LABELS,
    CorpusDraft,
    Score,
    load_corpus,
    load_sentences,
    score,
)

CORPUS = load_corpus()
KEBAB_CASE = re.compile(r"[a-z0-9]+(?:-[a-z0-9]+)*")
RULES_WITH_CUES = {rule.RULE.id: rule.CUES for rule in (pressure, blame, placeholder, boasting, missing_interest)}


def test_the_corpus_is_large_enough_and_has_both_parts() -> None:
    assert len(CORPUS) >= 100
    for part in PARTS:
        drafts = load_corpus(part)
        assert len([draft for draft in drafts if not draft.fire]) >= 10, f"{part}: too few good notes"
        assert len([draft for draft in drafts if draft.fire]) >= 10, f"{part}: too few bad notes"


def test_every_draft_is_labelled_with_known_rules_that_read_its_kind() -> None:
    ids = [draft.id for draft in CORPUS]
    assert sorted({i for i in ids if ids.count(i) > 1}) == []
    assert [i for i in ids if not KEBAB_CASE.fullmatch(i)] == []
    assert set(APPLIES_TO) <= set(RULES_BY_ID)
    for draft in CORPUS:
        unknown = (draft.fire | draft.either) - set(APPLIES_TO)
        assert not unknown, f"{draft.id}: unknown rules {sorted(unknown)}"
        unread = {rule for rule in draft.fire if draft.kind not in APPLIES_TO[rule]}
        assert not unread, f"{draft.id}: {sorted(unread)} never read a {draft.kind.value} note"
        assert not draft.fire & draft.either, f"{draft.id}: a rule is both in fire and either"


def test_every_draft_names_the_page_its_pattern_came_from() -> None:
    for draft in CORPUS:
        assert re.fullmatch(r"https?://\S+", draft.source), draft.id
        assert draft.pattern.strip(), draft.id
        assert draft.text.strip(), draft.id


@pytest.mark.parametrize("rule", sorted(SENTENCE_LABELS))
def test_the_labelled_sentences_are_well_formed_and_balanced(rule: str) -> None:
    """tests/corpus/sentences/: each a sentence, labelled for one rule, with the page its pattern came from."""
    labelled = load_sentences(rule)
    assert len(labelled) >= 100
    texts = [sentence.text for sentence in labelled]
    assert sorted({text for text in texts if texts.count(text) > 1}) == []
    flagged = sum(sentence.reads_so for sentence in labelled)
    assert 0.3 * len(labelled) <= flagged <= 0.7 * len(labelled), "one label far outnumbers the other"
    for sentence in labelled:
        assert isinstance(sentence.reads_so, bool), sentence.text
        assert re.fullmatch(r"https?://\S+", sentence.source), sentence.text
        assert sentence.pattern.strip(), sentence.text
        assert "\n" not in sentence.text.strip(), f"not one sentence: {sentence.text!r}"


def _cue_cases() -> list[tuple[str, Cue]]:
    return [(rule_id, cue) for rule_id, cues in RULES_WITH_CUES.items() for cue in cues]


@pytest.mark.parametrize(("rule_id", "cue"), _cue_cases(), ids=lambda value: getattr(value, "name", value))
def test_each_cue_finds_its_example_and_leaves_its_non_example(rule_id: str, cue: Cue) -> None:
    """The examples in the rule reference are what the cue does: one it finds, one it leaves alone."""

    def found(sentence: str, kind: Kind) -> bool:
        return any(hit_cue is cue for hit_cue, _ in find_cues(Draft(sentence), kind, RULES_WITH_CUES[rule_id]))

    assert any(found(cue.example, kind) for kind in Kind), f"{rule_id}: {cue.name} misses {cue.example!r}"
    assert not any(found(cue.non_example, kind) for kind in Kind), f"{rule_id}: {cue.name} finds {cue.non_example!r}"
    # The rule reference renders the examples as Markdown, where "<...>" would vanish as HTML.
    assert "<" not in cue.example + cue.non_example
    assert cue.name in RULES_BY_ID[rule_id].doc
    assert cue.example in RULES_BY_ID[rule_id].doc


def _figures(drafts: list[CorpusDraft]) -> Score:
    return reduce(Score.__add__, score((draft, draft.fired()) for draft in drafts).values(), Score())


def test_the_rules_read_the_tuning_part_well() -> None:
    """A floor under the figures bench/accuracy.py prints: recall and false alarms over all draft rules."""
    total = _figures(load_corpus("tuning"))
    assert total.recall >= 0.95
    assert total.false_alarm_rate <= 0.02
