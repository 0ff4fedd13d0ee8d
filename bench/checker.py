"""Benchmark the checker: time per draft, import time, proselint on the same drafts, and linearity.

Run with ``make bench`` (or ``.venv/bin/python bench/checker.py``). It prints
figures and the targets next to them; it asserts nothing. The drafts are built
deterministically from pools of realistic sentences, good and bad, so every run
measures the same text.
"""

from __future__ import annotations

import datetime as dt
import functools
import os
import random
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable, Sequence
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from markdown_it import MarkdownIt  # noqa: E402

from checker import DEFAULT_POLICY, RULES, FollowUp, Kind, Plan, check, plan_from_mapping  # noqa: E402
from checker.rules import Context  # noqa: E402

TARGET_MS_PER_300_WORDS = 2.0
TARGET_IMPORT_MS = 100.0

GREETINGS = (
    "Dear Ms. Achieng,",
    "Dear Mr. Li,",
    "Hello Priya,",
    "Dear Dr. Okafor,",
    "Hi Sam,",
    "Good morning Ms. Novak,",
)
OPENINGS = {
    Kind.THANK_YOU: (
        "Thank you for taking the time to meet with me yesterday about the Junior Data Analyst role.",
        "Thank you very much for the interview this morning, and for showing me around the depot.",
        "I really appreciate the time you and Daniel spent with me on Monday afternoon.",
        "Many thanks for the conversation today about the **operations coordinator** position.",
    ),
    Kind.CHECK_IN: (
        "I hope you are well. I am writing to follow up on my interview on 16 November for the analyst role.",
        "I hope your week is going well. I wanted to check in about the coordinator position we discussed.",
        "I am following up on our conversation about the [Junior Analyst](https://northwind.example/jobs/42) role.",
    ),
    Kind.STAY_IN_TOUCH: (
        "Thank you for letting me know about your decision, and for your time during the process.",
        "Thank you for your message. Although I am disappointed, I appreciate you telling me personally.",
        "I am grateful for the chance to interview with your team, even though it did not work out this time.",
    ),
    Kind.OFFER_UPDATE: (
        "I wanted to let you know that another company has offered me a role, and asked for my answer by 4 December.",
        "A quick note: I have a written offer from another firm, with a reply date of Friday 4 December.",
    ),
    Kind.WITHDRAWAL: (
        "Thank you for your time during the process; I am writing to withdraw my application.",
        "I have accepted another position, so I would like to withdraw from the process, with thanks.",
    ),
}
BODY = (
    "I especially enjoyed hearing how the routing team uses weather and traffic data to predict late deliveries.",
    "During my final year at university I built a similar model for a local bus company, using Python and SQL.",
    "Our discussion about moving the old reports to the new dashboard made me think about how I could help.",
    "I have since started the free course on the tool you recommended, and I am enjoying it.",
    "It was good to meet Daniel and Priya, and to see how closely the analysts work with the drivers.",
    "You mentioned that the team is growing next spring, which sounds like an exciting time to join.",
    "I learned a great deal from explaining numbers to people who do not work with data every day.",
    "The case study on warehouse staffing was a good challenge, and I have thought more about the seasonal peaks.",
    "At my internship I cleaned three years of timetable data and presented the results to the operations manager.",
    "I was glad to hear that new analysts get a mentor for their first six months.",
    "The question about handling a missed deadline made me reflect on how I plan my work.",
    "I would be happy to send my dissertation or a short code sample if that would help.",
    "Your description of the weekly planning meeting gave me a clear picture of the role.",
    "I appreciated your honesty about the challenges the team faces with the legacy systems.",
)
INTEREST = (
    "Our conversation made me even more interested in joining Northwind.",
    "I remain very keen on the role and on the chance to contribute to the route-planning project.",
    "I am excited about the opportunity to bring my SQL skills to your team.",
    "I look forward to hearing about the next steps when you are ready.",
    "I would be glad to be considered for future openings in the data team.",
)
MISTAKES = (
    "I have been waiting all week, so please let me know today.",
    "Honestly I think I am the best candidate you have met, far stronger than the others.",
    "Thx so much, it was awesome 🙂 and I'm gonna be SO READY FOR THIS JOB!!",
    "To be honest the process felt unfair and you should have told me sooner.",
    "I would love to join [Company Name] as a [Job Title] in the {{team}} team.",
    "This is my third email and you never replied, which is a waste of my time.",
)
SIGN_OFFS = (
    "Kind regards,\nAmina Yusuf",
    "Best wishes,\nSam Okafor",
    "Yours sincerely,\nPriya Nair",
    "Thanks again,\nLi Wei",
)


def make_draft(kind: Kind, words: int, mistakes: int, seed: int) -> str:
    """A note of about ``words`` words (never fewer), built from the pools above."""
    pick = random.Random(seed)
    sentences = [pick.choice(OPENINGS[kind]), *pick.sample(INTEREST, 2)]
    sentences[1:1] = pick.sample(MISTAKES, mistakes)
    body = list(BODY)
    pick.shuffle(body)
    while sum(len(s.split()) for s in sentences) < words - 6:
        sentences.insert(len(sentences) - 1, body.pop() if body else pick.choice(BODY))
    paragraphs = [" ".join(sentences[i : i + 3]) for i in range(0, len(sentences), 3)]
    return "\n\n".join([pick.choice(GREETINGS), *paragraphs, pick.choice(SIGN_OFFS)]) + "\n"


def corpus() -> list[tuple[Kind, str]]:
    """24 notes of 100 to 400 words, of every kind; one in four has one to three mistakes."""
    kinds = (Kind.THANK_YOU, Kind.CHECK_IN, Kind.STAY_IN_TOUCH)
    return [(kinds[i % 3], make_draft(kinds[i % 3], 100 + i * 13, (i % 4 == 3) * (1 + i % 3), i)) for i in range(24)]


def plan_for(kind: Kind, draft: str) -> Plan:
    return plan_from_mapping(
        {
            "interview_date": "2026-11-16",
            "decision_date": "2026-11-27",
            "today": "2026-11-17",
            "follow_ups": [{"kind": kind.value, "date": "2026-11-28", "draft": draft}],
        },
        dt.date(2026, 11, 17),
    )


def median_seconds(action: Callable[[], object], repeats: int, warmups: int = 2) -> float:
    for _ in range(warmups):
        action()
    times = []
    for _ in range(repeats):
        start = time.perf_counter()
        action()
        times.append(time.perf_counter() - start)
    return statistics.median(times)


def median_per_draft(action: Callable[[str, Plan], object], drafts: Sequence[tuple[Kind, str]], repeats: int) -> float:
    """The median over drafts of each draft's median time, in seconds."""
    return statistics.median(
        median_seconds(functools.partial(action, draft, plan_for(kind, draft)), repeats) for kind, draft in drafts
    )


# The command line's whole start: import, then the first check, which compiles the rules' phrases.
FIRST_CHECK = (
    "import datetime as d; from checker import check, plan_from_mapping; "
    "check(plan_from_mapping({'interview_date': '2026-11-16', 'follow_ups': [{'kind': 'check-in', "
    "'date': '2026-11-25', 'draft': 'Dear Sam, is there any news? Best, Amina'}]}, d.date(2026, 11, 25)))"
)


def import_ms(module: str, runs: int = 9, then: str = "", *, bytecode: str | None = None) -> tuple[float, float]:
    """Median wall time and CPU time of ``import module`` (and ``then``) in a fresh interpreter, in milliseconds.

    Wall time includes waiting for a busy machine; CPU time is what the import itself costs. With ``bytecode``, a
    folder, Python keeps its compiled modules there (``PYTHONPYCACHEPREFIX``) and a first, unmeasured import fills
    it: an installed package imports from bytecode that pip compiled, where a source tree run with
    ``PYTHONDONTWRITEBYTECODE`` (as some machines set) compiles every module on every import.
    """
    code = (
        "import time; w, c = time.perf_counter(), time.process_time(); "
        f"import {module}; {then or 'pass'}; print(time.perf_counter() - w, time.process_time() - c)"
    )
    environment = dict(os.environ)
    if bytecode is not None:
        environment.pop("PYTHONDONTWRITEBYTECODE", None)
        environment["PYTHONPYCACHEPREFIX"] = bytecode
        subprocess.run([sys.executable, "-c", code], capture_output=True, check=True, env=environment)
    runs_done = [
        subprocess.run(
            [sys.executable, "-c", code], capture_output=True, text=True, check=True, env=environment
        ).stdout.split()
        for _ in range(runs)
    ]
    wall = statistics.median(float(wall) for wall, _ in runs_done) * 1000
    cpu = statistics.median(float(cpu) for _, cpu in runs_done) * 1000
    return wall, cpu


def every_rule(draft: str) -> None:
    """Parse the draft and run every rule on it, bypassing the input size limit."""
    plan = Plan(
        dt.date(2026, 11, 16),
        dt.date(2026, 11, 17),
        None,
        (FollowUp(Kind.THANK_YOU, dt.date(2026, 11, 17), draft=draft),),
    )
    context = Context(plan, DEFAULT_POLICY)
    for rule in RULES:
        for _ in rule.check(context):
            pass


def one_line_paste(size: int) -> str:
    """A careless paste: every sentence of the pools on one line, repeated to ``size`` characters."""
    line = " ".join([*BODY, *INTEREST, *MISTAKES]) + " "
    return (line * (size // len(line) + 1))[:size]


def proselint_linter() -> Callable[[str], object] | None:
    try:
        from proselint.checks import __register__  # noqa: PLC0415  # optional: only the comparison needs it
        from proselint.registry import CheckRegistry  # noqa: PLC0415
        from proselint.tools import LintFile  # noqa: PLC0415
    except ImportError:
        return None
    CheckRegistry().register_many(__register__)
    return lambda text: LintFile("draft", text).lint()


def verdict(ok: bool) -> str:
    return "ok" if ok else "MISSED"


def main() -> None:
    load = ", ".join(f"{value:.1f}" for value in os.getloadavg())
    print(f"Machine: {os.cpu_count()} cores, load average {load} (timings grow with the load)\n")
    drafts = corpus()
    counts = sorted(len(draft.split()) for _, draft in drafts)
    three_hundred = [(kind, make_draft(kind, 300, i % 2, 100 + i)) for i, kind in enumerate(list(Kind) * 4)]
    print(f"Corpus: {len(drafts)} drafts, {counts[0]} to {counts[-1]} words (median {statistics.median(counts):.0f})")
    words_300 = statistics.median(len(draft.split()) for _, draft in three_hundred)
    print(f"        {len(three_hundred)} drafts of about 300 words (median {words_300:.0f})")

    per_draft = median_per_draft(lambda _, plan: check(plan), drafts, repeats=30)
    per_300 = median_per_draft(lambda _, plan: check(plan), three_hundred, repeats=30)
    print("\ncheck(), median per draft")
    print(f"  corpus (100-400 words)   {per_draft * 1000:7.3f} ms")
    print(
        f"  300-word drafts          {per_300 * 1000:7.3f} ms   target < {TARGET_MS_PER_300_WORDS} ms: "
        f"{verdict(per_300 * 1000 < TARGET_MS_PER_300_WORDS)}"
    )
    # The same drafts parsed by markdown-it alone, the first step of every check: a ratio that a busy or a slower
    # machine changes far less than it changes milliseconds.
    markdown = MarkdownIt("commonmark")
    parse_300 = median_per_draft(lambda draft, _: markdown.parse(draft), three_hundred, repeats=30)
    print(
        f"  markdown-it's parse alone {parse_300 * 1000:7.3f} ms   (a check takes {per_300 / parse_300:.1f}x as long)"
    )

    with tempfile.TemporaryDirectory() as bytecode:
        checker_wall, checker_cpu = import_ms("checker", bytecode=bytecode)
        markdown_wall, markdown_cpu = import_ms("markdown_it", bytecode=bytecode)
        first_wall, first_cpu = import_ms("checker", then=FIRST_CHECK, bytecode=bytecode)
    source_wall, source_cpu = import_ms("checker") if os.environ.get("PYTHONDONTWRITEBYTECODE") else (0.0, 0.0)
    print("\nImport, median of 9 fresh interpreters, from bytecode as installed    wall        CPU")
    print(
        f"  import checker                           {checker_wall:7.1f} ms {checker_cpu:7.1f} ms   "
        f"target < {TARGET_IMPORT_MS:.0f} ms (CPU): {verdict(checker_cpu < TARGET_IMPORT_MS)}"
    )
    print(f"  import markdown_it alone (a dependency)  {markdown_wall:7.1f} ms {markdown_cpu:7.1f} ms")
    if source_cpu:
        print(
            f"  import checker, compiled from source     {source_wall:7.1f} ms {source_cpu:7.1f} ms   (no target:"
            " PYTHONDONTWRITEBYTECODE is set here)"
        )
    print(f"  import checker and its first check       {first_wall:7.1f} ms {first_cpu:7.1f} ms   (no target)")

    lint = proselint_linter()
    if lint is None:
        print("\nproselint is not installed: no comparison")
    else:
        proselint_time = median_per_draft(lambda draft, _: lint(draft), drafts, repeats=3)
        print("\nproselint (LintFile(...).lint()), same corpus, median per draft")
        print(f"  proselint                {proselint_time * 1000:7.1f} ms")
        print(f"  checker                  {per_draft * 1000:7.3f} ms   {proselint_time / per_draft:.0f}x faster")

    print("\nLinearity: one-line paste through every rule (parse included, input limit bypassed)")
    previous = None
    for size, repeats in ((10_000, 5), (100_000, 3), (1_000_000, 1)):
        paste = one_line_paste(size)
        seconds = median_seconds(functools.partial(every_rule, paste), repeats, warmups=1 if size < 1_000_000 else 0)
        ratio = f"{seconds / previous:5.1f}x the time for 10x the text" if previous else ""
        print(f"  {size // 1000:>5} KB  {seconds * 1000:9.1f} ms   {ratio}")
        previous = seconds


if __name__ == "__main__":
    main()
