"""What the checker downloads over a link of a given speed (bench/link.py's server): never a snapshot it will not use,
the preloaded wasm once, and on a second visit none of Python's runtime.

Speeds and times are bench/widget.py's business; these tests only count requests.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from playwright.sync_api import Browser

from bench.link import Link, LinkSite, serving_over
from tests.test_widget_engine import CHECK_PAGE, Checker, started_from

PREFIX = "/after-the-interview/"
# Slow enough that the snapshot (about 8 MB) would take longer than Python's start, quick enough for a test.
PHONE = Link("a fast phone link", 40.0, 10.0)
WIRED = Link("localhost", 5000.0, 0.0)


@pytest.fixture
def phone_site(built_site: Path) -> Iterator[LinkSite]:
    with serving_over(built_site, PREFIX, PHONE, "nginx") as served:
        yield served


@pytest.fixture
def wired_site(built_site: Path) -> Iterator[LinkSite]:
    with serving_over(built_site, PREFIX, WIRED, "nginx") as served:
        yield served


def requested(served: LinkSite, ending: str) -> int:
    return sum(count for path, count in served.requests.items() if path.endswith(ending))


@pytest.mark.browser
def test_over_a_phones_link_the_checker_never_asks_for_the_snapshot(browser: Browser, phone_site: LinkSite) -> None:
    context = browser.new_context()
    try:
        page = context.new_page()
        page.goto(phone_site.url + CHECK_PAGE)
        checker = Checker(page)
        assert checker.ready() == {"ok": None}
        assert started_from(checker) == "wheels"
        assert requested(phone_site, "snapshot.json") == 1  # it knew of the snapshot, and let it be
        assert requested(phone_site, ".snapshot") == 0
        assert requested(phone_site, ".whl.gzip") == 3
    finally:
        context.close()


@pytest.mark.browser
def test_a_second_visit_asks_for_none_of_pythons_runtime(browser: Browser, wired_site: LinkSite) -> None:
    context = browser.new_context()
    try:
        for visit in ("first", "second"):
            wired_site.reset()
            page = context.new_page()
            page.goto(wired_site.url + CHECK_PAGE)
            checker = Checker(page)
            assert checker.ready() == {"ok": None}, visit
            # Which path a first visit takes depends on how fast the link measured; on a loaded machine,
            # even a wired one may look slow. Either way, what it fetched is fetched once.
            started = started_from(checker)
            assert started in {"snapshot", "wheels"}, visit
            runtime = {path for path in wired_site.requests if "/assets/pyodide/" in path}
            if visit == "first":
                # The page preloads the wasm and the worker takes that download: one request, not two.
                assert requested(wired_site, "/pyodide.asm.wasm") == 1
                assert requested(wired_site, ".snapshot") == (1 if started == "snapshot" else 0)
                assert len(runtime) == 4  # the loader, the Emscripten module, the wasm, the standard library
            else:
                assert runtime == set(), "kept as immutable, so not even revalidated"
                assert requested(wired_site, ".snapshot") == 0  # from the cache
            page.close()
    finally:
        context.close()
