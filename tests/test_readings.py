"""The learned readings of tone: current with the corpus, learned from the tuning part only, and sound on it."""

from __future__ import annotations

import importlib.util
from pathlib import Path
from types import ModuleType

import pytest

from checker._text import Draft
from checker.rules import _readings
from checker.rules._reading import strongest
from tests.corpus_cases import load_corpus, load_sentences

ROOT = Path(__file__).resolve().parent.parent


def _trainer() -> ModuleType:
    spec = importlib.util.spec_from_file_location("train_readings", ROOT / "scripts" / "train_readings.py")
    assert spec is not None
    assert spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


TRAINER = _trainer()


def test_the_committed_readings_are_what_the_corpus_teaches() -> None:
    """Run `make readings` after changing tests/corpus/tuning/."""
    fresh = TRAINER.render([(rule, TRAINER.train(rule, load_corpus(), load_sentences(rule))) for rule in TRAINER.RULES])
    assert fresh == TRAINER.OUTPUT.read_text(encoding="utf-8")


def test_the_held_back_part_teaches_nothing() -> None:
    held_back = [draft for draft in load_corpus() if draft.part == "held-back"]
    assert held_back
    assert TRAINER.train("blame", held_back).weights == {}


@pytest.mark.parametrize("rule", TRAINER.RULES)
def test_a_reading_flags_what_it_learned_from_and_spares_good_notes(rule: str) -> None:
    reading = getattr(_readings, rule.upper())
    tuning = [draft for draft in load_corpus() if draft.part == "tuning" and rule in draft.scored]
    flagged = [draft for draft in tuning if rule in draft.fire]
    good = [draft for draft in tuning if not draft.fire]
    found = sum(strongest(Draft(draft.text), reading) is not None for draft in flagged)
    alarms = sum(strongest(Draft(draft.text), reading) is not None for draft in good)
    assert found >= 0.5 * len(flagged)
    # The threshold lets that share of good notes over, scored by weights learned without them: fewer, with them.
    assert alarms <= (1 - TRAINER.PASSED_QUANTILE[rule]) * len(good) + 1
