"""How the learned readings of tone do on writers they never read: leave one round of tuning files out at a time.

    .venv/bin/python bench/readings.py [--quantile blame=0.98 ...]

The tuning part of tests/corpus/ was written in rounds, each by new writers (``*-voices-17.toml`` is round 17; files
without a number are round 1). For each round, the readings are learned again by scripts/train_readings.py from the
tuning drafts of every other round (and the labelled sentences), and the checker reads that round's drafts with
them: its cues as they are, the readings as if the round had never been written. Prints, for blame, boasting and
pressure, recall and false alarms over all rounds so counted, and the totals. ``--quantile`` tries another share of
good notes that a reading's threshold lets through (scripts/train_readings.py, PASSED_QUANTILE). The cues were tuned
on every round, so the figures are kinder than the held-back part's; they are for comparing ways of learning the
readings, which is how the thresholds were chosen. It never reads the held-back part, and asserts nothing.

``--since 22`` instead learns the readings once, from the rounds before round 22, and reads rounds 22 and later with
them: the newest writers, as a reader's draft meets the checker, except that the cues have been tuned on them since.
Their first figures, from before anything was tuned on them, are in tests/corpus/README.md.
"""

from __future__ import annotations

import argparse
import importlib.util
import re
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from functools import reduce
from pathlib import Path
from types import ModuleType

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from checker.rules import blame, boasting, pressure  # noqa: E402
from checker.rules._reading import Reading  # noqa: E402
from tests.corpus_cases import CorpusDraft, Score, load_corpus, load_sentences, score  # noqa: E402

RULE_MODULES = {"blame": blame, "boasting": boasting, "pressure": pressure}
_ROUND = re.compile(r"-(\d+)\.toml$")


def _trainer() -> ModuleType:
    spec = importlib.util.spec_from_file_location("train_readings", ROOT / "scripts" / "train_readings.py")
    assert spec is not None
    assert spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def round_of(draft: CorpusDraft) -> int:
    found = _ROUND.search(draft.file)
    return int(found.group(1)) if found else 1


@contextmanager
def readings(learned: dict[str, Reading]) -> Iterator[None]:
    """The rules consult these readings meanwhile (each rule module reads its own at every check)."""
    names = {rule: rule.upper() for rule in learned}
    kept = {rule: getattr(RULE_MODULES[rule], names[rule]) for rule in learned}
    try:
        for rule, reading in learned.items():
            setattr(RULE_MODULES[rule], names[rule], reading)
        yield
    finally:
        for rule, reading in kept.items():
            setattr(RULE_MODULES[rule], names[rule], reading)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--quantile", action="append", default=[], metavar="RULE=SHARE")
    parser.add_argument("--since", type=int, metavar="ROUND", help="learn from the rounds before ROUND, read the rest")
    options = parser.parse_args()
    trainer = _trainer()
    for setting in options.quantile:
        rule, _, share = setting.partition("=")
        if rule not in trainer.PASSED_QUANTILE:
            parser.error(f"--quantile: no reading for {rule!r}; one of {', '.join(trainer.PASSED_QUANTILE)}")
        trainer.PASSED_QUANTILE[rule] = float(share)
    tuning = load_corpus("tuning")
    sentences = {rule: load_sentences(rule) for rule in trainer.RULES}
    rounds = sorted({round_of(draft) for draft in tuning})
    # Each group of rounds to read, and the rounds the readings learn from meanwhile.
    if options.since is None:
        groups = [([number], [other for other in rounds if other != number]) for number in rounds]
        title = f"Left one round out at a time, {len(rounds)} rounds"
    elif options.since in rounds[1:]:
        read, learned_from = [n for n in rounds if n >= options.since], [n for n in rounds if n < options.since]
        groups = [(read, learned_from)]
        title = f"Rounds {read[0]} to {read[-1]} read with readings learned from rounds 1 to {learned_from[-1]}"
    else:
        parser.error(f"--since: the tuning part has rounds {rounds[1]} to {rounds[-1]} after the first")
    results: list[tuple[CorpusDraft, frozenset[str]]] = []
    for read, learned_from in groups:
        others = [draft for draft in tuning if round_of(draft) in learned_from]
        learned = {rule: trainer.train(rule, others, sentences[rule]) for rule in trainer.RULES}
        with readings(learned):
            results += [(draft, draft.fired()) for draft in tuning if round_of(draft) in read]
        print(f"  round {', '.join(map(str, read))} read", file=sys.stderr, flush=True)
    scores = score(results)
    print(f"\n{title} ({len(results)} tuning drafts)")
    print(f"  thresholds let through: {', '.join(f'{r} {1 - q:.3f}' for r, q in trainer.PASSED_QUANTILE.items())}")
    for rule in trainer.RULES:
        counts = scores[rule]
        print(f"  {rule:<10} recall {counts.recall:.3f}  false alarms {counts.false_alarm_rate:.3f}")
    total = reduce(Score.__add__, (scores[rule] for rule in trainer.RULES), Score())
    print(f"  {'together':<10} recall {total.recall:.3f}  false alarms {total.false_alarm_rate:.3f}")


if __name__ == "__main__":
    main()
