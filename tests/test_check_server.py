"""scripts/check_server.py: how it is used, and what it says of a server that does nothing but serve files.

Real nginx and Apache, set up well and badly, are in test_web_servers.py.
"""

from __future__ import annotations

import socket
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path

import pytest
from check_server import RUNTIME
from widget import RUNTIME_FILES, SERVED_STDLIB

from tests.conftest import ROOT, OfficeSite, SiteServer

CHECK_SERVER = ROOT / "scripts" / "check_server.py"


def check_server(url: str, site: Path | None = None) -> tuple[int, list[str]]:
    """check-server's exit status and the lines it prints (it prints nothing on stderr but usage errors)."""
    command = [sys.executable, str(CHECK_SERVER), url, *(["--site", str(site)] if site else [])]
    result = subprocess.run(command, capture_output=True, text=True, timeout=300, check=False)
    assert result.stderr == ""
    return result.returncode, result.stdout.splitlines()


def test_it_knows_the_names_the_build_serves_the_runtime_under() -> None:
    assert set(RUNTIME) == {*RUNTIME_FILES.values(), SERVED_STDLIB}


@pytest.mark.parametrize(
    "arguments", [[], ["ftp://example.edu/"], ["careers.example.edu"], ["http://127.0.0.1:9/", "--site", "/nowhere"]]
)
def test_bad_usage_is_one_line_and_exit_2(arguments: list[str]) -> None:
    result = subprocess.run(
        [sys.executable, str(CHECK_SERVER), *arguments], capture_output=True, text=True, check=False
    )
    assert result.returncode == 2
    assert result.stdout == ""
    assert result.stderr.splitlines()[-1].startswith("check-server: ")
    assert "Traceback" not in result.stderr


def test_a_server_that_does_not_answer_is_one_line() -> None:
    with socket.socket() as probe:  # a free port, so nothing listens there
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    url = f"http://127.0.0.1:{port}/after-the-interview/"
    assert check_server(url) == (1, [f"{url}: cannot be reached ([Errno 111] Connection refused)"])


def test_a_plain_file_server_gets_one_line_per_problem(
    any_office: OfficeSite, serve: Callable[[Path, str], SiteServer]
) -> None:
    # Python's own file server: the right types, but no headers, no compression and its own 404 page.
    server = serve(any_office.site, any_office.path)
    pages = len(list(any_office.site.rglob("index.html")))
    status, lines = check_server(server.url, any_office.site)
    assert status == 1
    problems = lines[:-1]
    more = f"(and {pages - 1} more like it)"
    assert f"{server.url}: no Content-Security-Policy header (the server file sends it) {more}" in problems
    assert f"{server.url}: text/html is sent uncompressed {more}" in problems
    assert any("content-hashed but not kept long (no Cache-Control)" in line for line in problems)
    assert not [line for line in problems if " sent as " in line]  # every type right
    if any_office.path != "/":  # this test server answers 404 outside the sub-path
        assert f"{server.url.rstrip('/')}: answers HTTP 404, not a redirect to {server.url}" in problems
    assert len(set(problems)) == len(problems)
    assert lines[-1] == f"check-server: {server.url}: {len(problems)} problems ({pages} pages)"
