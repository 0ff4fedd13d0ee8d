"""How well the draft rules read real drafts: precision and recall per rule on tests/corpus/.

Run with ``make bench`` (or ``.venv/bin/python bench/accuracy.py``). Prints, for
the whole corpus and for its held-back part, each draft rule's precision,
recall and false-alarm rate, the totals over the draft rules, the false alarms
on good notes, and the targets. Then it lists the misses of the tuning part,
with each draft's pattern. Of the held-back part it prints figures only, also
by file and by kind of note (where its misses sit, for the next writers to
cover): a draft's id describes it, and nobody may tune the rules to drafts they
were meant never to read. It asserts nothing.
"""

from __future__ import annotations

import sys
from collections.abc import Sequence
from functools import reduce
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from checker import Kind  # noqa: E402
from tests.corpus_cases import DRAFT_RULES, CorpusDraft, Score, load_corpus, score  # noqa: E402

TARGET_RECALL = 0.95
TARGET_RULE_RECALL = 0.9
TARGET_FALSE_ALARMS = 0.02


def _table(title: str, results: Sequence[tuple[CorpusDraft, frozenset[str]]]) -> None:
    scores = score(results)
    total = reduce(Score.__add__, scores.values(), Score())
    good = [draft for draft, _ in results if not draft.fire]
    good_alarmed = [draft for draft, fired in results if not draft.fire and fired & draft.scored]
    print(f"\n{title}: {len(results)} drafts, {len(good)} of them good notes")
    print(f"  {'rule':<20} {'expected':>8} {'found':>6} {'precision':>9} {'recall':>7} {'false alarms':>13}")
    for rule in DRAFT_RULES:
        counts = scores[rule]
        expected = counts.true_positives + counts.false_negatives
        low = " <" if expected and counts.recall < TARGET_RULE_RECALL else ""
        print(
            f"  {rule:<20} {expected:>8} {counts.true_positives:>6} {counts.precision:>9.2f} {counts.recall:>7.2f}"
            f" {counts.false_positives:>4} ({counts.false_alarm_rate:.3f}){low}"
        )
    print(
        f"  {'all draft rules':<20} {total.true_positives + total.false_negatives:>8} {total.true_positives:>6}"
        f" {total.precision:>9.2f} {total.recall:>7.2f} {total.false_positives:>4} ({total.false_alarm_rate:.3f})"
    )
    print(
        f"  targets: recall >= {TARGET_RECALL} (every rule >= {TARGET_RULE_RECALL}),"
        f" false alarms <= {TARGET_FALSE_ALARMS}"
        f"; good notes with a false alarm: {len(good_alarmed)} of {len(good)}"
    )


def _by_file(results: Sequence[tuple[CorpusDraft, frozenset[str]]]) -> None:
    """Totals per file: the held-back files were written at different times, so each is its own estimate."""
    print("\n  by file                         drafts  recall  false alarms")
    for file in sorted({draft.file for draft, _ in results}):
        total = reduce(Score.__add__, score([item for item in results if item[0].file == file]).values(), Score())
        count = sum(1 for draft, _ in results if draft.file == file)
        print(f"  {file:<32} {count:>6} {total.recall:>7.2f} {total.false_alarm_rate:>13.3f}")


def _by_kind(results: Sequence[tuple[CorpusDraft, frozenset[str]]]) -> None:
    """Found of expected and false alarms per rule and kind of note: where the misses sit, without naming a draft."""
    kinds = [kind for kind in Kind if any(draft.kind is kind for draft, _ in results)]
    print(f"\n  by kind: found/expected, false alarms   {''.join(f'{kind.value:>15}' for kind in kinds)}")
    for rule in DRAFT_RULES:
        cells = []
        for kind in kinds:
            counts = score([item for item in results if item[0].kind is kind])[rule]
            expected = counts.true_positives + counts.false_negatives
            cells.append(
                f"{counts.true_positives}/{expected}, {counts.false_positives}"
                if expected or counts.false_positives
                else ""
            )
        if any(cells):
            print(f"  {rule:<38}{''.join(f'{cell:>15}' for cell in cells)}")


def _misses(results: Sequence[tuple[CorpusDraft, frozenset[str]]]) -> None:
    for draft, fired in results:
        missed = sorted((draft.fire & draft.scored) - fired)
        alarms = sorted((fired - draft.fire) & draft.scored)
        if not (missed or alarms):
            continue
        what = "; ".join(
            part
            for part in (
                f"missed {', '.join(missed)}" if missed else "",
                f"false alarm {', '.join(alarms)}" if alarms else "",
            )
            if part
        )
        print(f"  {draft.file} {draft.id}: {what}")
        print(f"      pattern: {draft.pattern}")


def main() -> None:
    results = [(draft, draft.fired()) for draft in load_corpus()]
    tuning = [item for item in results if item[0].part == "tuning"]
    held_back = [item for item in results if item[0].part == "held-back"]
    _table("Whole corpus", results)
    _table("Held back (never read while tuning)", held_back)
    _by_file(held_back)
    _by_kind(held_back)
    _table("Tuning part", tuning)
    print("\nWhere it misses, tuning part:")
    _misses(tuning)


if __name__ == "__main__":
    main()
