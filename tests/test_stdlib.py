"""The part of Python's standard library the site serves: hooks/pyodide-stdlib.txt (``make stdlib``), hooks/widget.py.

The list comes from an audit under Pyodide (scripts/audit_stdlib.py); these tests need no Pyodide to catch a new
import of the checker that the list lacks, and check that the site serves the list, compiled.
"""

from __future__ import annotations

import gzip
import io
import marshal
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest
from audit_stdlib import bridge_calls
from playwright.sync_api import Page
from widget import PYODIDE_PACKAGE, SERVED_STDLIB, STDLIB_FILE, stdlib_members

from tests.conftest import ROOT, SiteServer
from tests.test_widget_engine import failure, open_checker, runtime_folder, without_snapshot

# Run in a fresh CPython: only marshal (built in) before the baseline, so whatever the checker imports counts.
_IMPORTED = """
import marshal, sys
calls = marshal.loads(sys.stdin.buffer.read())
before = set(sys.modules)
import checker.bridge
for name, args in calls:
    try:
        getattr(checker.bridge, name)(*args)
    except Exception:
        pass  # None where the bridge expects text: the path of an error, which is what is wanted here
for name in sorted(set(sys.modules) - before):
    frozen = getattr(getattr(sys.modules[name], "__spec__", None), "origin", None) == "frozen"
    print(name, "frozen" if frozen else "")
"""


def modules_the_checker_imports() -> set[str]:
    """The modules CPython imports for the checker's bridge and every call the audit makes (the CLI not among them),
    less those it has frozen into the interpreter (as Pyodide does too): no file is read for them."""
    calls = [(name, tuple(args)) for name, args in bridge_calls()]
    result = subprocess.run(
        [sys.executable, "-c", _IMPORTED],
        input=marshal.dumps(calls),
        capture_output=True,
        cwd=ROOT,
        check=True,
        timeout=600,
    )
    lines = [line.split() for line in result.stdout.decode().splitlines()]
    return {words[0] for words in lines if words[1:] != ["frozen"]}


def test_every_module_the_checker_imports_is_in_the_sites_standard_library() -> None:
    with zipfile.ZipFile(PYODIDE_PACKAGE / STDLIB_FILE) as full:
        in_pyodide = set(full.namelist())
    imported = modules_the_checker_imports()
    assert {"checker.bridge", "markdown_it", "json", "dataclasses"} <= imported  # the run imported what it should
    members = set(stdlib_members())
    needed = {
        member
        for name in imported
        for member in (name.replace(".", "/") + ".py", name.replace(".", "/") + "/__init__.py")
        if member in in_pyodide
    }
    missing = sorted(needed - members)
    assert not missing, f"hooks/pyodide-stdlib.txt lacks {missing}: run `make stdlib`"


def test_the_list_names_only_files_of_pyodides_zip() -> None:
    with zipfile.ZipFile(PYODIDE_PACKAGE / STDLIB_FILE) as full:
        assert set(stdlib_members()) <= set(full.namelist())


def test_the_site_serves_the_listed_modules_compiled_and_a_fraction_of_pyodides_zip(built_site: Path) -> None:
    served = runtime_folder(built_site) / SERVED_STDLIB
    with zipfile.ZipFile(io.BytesIO(gzip.decompress(served.read_bytes()))) as lean:
        names = lean.namelist()
        headers = {lean.read(name)[:4] for name in names}
        assert {info.compress_type for info in lean.infolist()} == {zipfile.ZIP_STORED}  # gzipped whole instead
    assert sorted(names) == sorted(member.removesuffix(".py") + ".pyc" for member in stdlib_members())
    assert len(headers) == 1, "every member is bytecode of the same Python"
    assert next(iter(headers)).endswith(b"\r\n")  # the shape of every magic number
    assert served.stat().st_size < (PYODIDE_PACKAGE / STDLIB_FILE).stat().st_size / 2


def _without(served: bytes, member: str) -> bytes:
    packed = io.BytesIO()
    with zipfile.ZipFile(io.BytesIO(gzip.decompress(served))) as source, zipfile.ZipFile(packed, "w") as smaller:
        for info in source.infolist():
            if info.filename != member:
                smaller.writestr(info, source.read(info.filename))
    return gzip.compress(packed.getvalue())


@pytest.mark.browser
def test_a_module_missing_from_the_sites_standard_library_is_named(
    page: Page, site_server: SiteServer, built_site: Path
) -> None:
    # markdown_it imports html.entities, which Pyodide itself does not: Python starts, the checker cannot.
    smaller = _without((runtime_folder(built_site) / SERVED_STDLIB).read_bytes(), "html/entities.pyc")
    page.route(f"**/{SERVED_STDLIB}", lambda route: route.fulfill(body=smaller, content_type="application/gzip"))
    without_snapshot(page)
    explained = failure(open_checker(page, site_server.url))
    assert explained["code"] == "asset"
    assert "lacks the module html.entities" in explained["message"]
