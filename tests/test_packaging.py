"""What a fork installs and ships: the locked Python packages, the sdist, and the setup's own failures."""

from __future__ import annotations

import ast
import base64
import gzip
import hashlib
import importlib.metadata
import importlib.util
import io
import json
import re
import shutil
import subprocess
import sys
import tarfile
import tokenize
import tomllib
import zipfile
from pathlib import Path

import pytest
import widget
from mkdocs.exceptions import PluginError

from tests.conftest import ROOT

LOCK = ROOT / "requirements" / "dev.txt"


def _canonical(name: str) -> str:
    return re.sub(r"[-_.]+", "-", name).lower()


def locked() -> dict[str, tuple[str, int]]:
    """Each package of the lock: its pinned version and how many hashes it has."""
    found: dict[str, tuple[str, int]] = {}
    for block in re.split(r"\n(?=\S)", LOCK.read_text(encoding="utf-8")):
        if block.startswith("#") or not block.strip():
            continue
        pinned = re.match(r"([A-Za-z0-9_.-]+)==([^\s;\\]+)", block)
        assert pinned, f"not pinned: {block.splitlines()[0]}"
        found[_canonical(pinned[1])] = (pinned[2], len(re.findall(r"--hash=sha256:[0-9a-f]{64}", block)))
    return found


def test_every_locked_package_is_pinned_with_its_hashes() -> None:
    packages = locked()
    assert len(packages) > 30
    assert not [name for name, (_, hashes) in packages.items() if hashes == 0]
    assert "--index-url" not in LOCK.read_text(encoding="utf-8")  # no machine's own index written into it


def test_the_lock_holds_every_dependency_pyproject_names() -> None:
    # After an edit of pyproject.toml, `make lock` must be run; this fails until it is.
    project = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]
    named = [*project["dependencies"], *project["optional-dependencies"]["dev"]]
    names = {_canonical(re.split(r"[\s<>=!~;\[]", requirement, maxsplit=1)[0]) for requirement in named}
    assert names - set(locked()) == set()


def test_the_browser_gets_the_locked_versions_of_the_checkers_dependencies() -> None:
    # The build bundles the installed versions (hooks/widget.py); `make setup` installs them from the lock.
    packages = locked()
    for name in widget.DEPENDENCIES:
        assert importlib.metadata.version(name) == packages[_canonical(name)][0], name


def test_the_sdist_is_the_package_with_its_licence_and_without_tests_it_cannot_run(tmp_path: Path) -> None:
    subprocess.run(
        [sys.executable, "-m", "build", "--sdist", "--no-isolation", "--outdir", str(tmp_path), str(ROOT)],
        check=True,
        capture_output=True,
    )
    (archive,) = tmp_path.glob("*.tar.gz")
    with tarfile.open(archive) as sdist:
        members = {name.split("/", 1)[1] for name in sdist.getnames() if "/" in name}
    assert {"LICENSE", "README.md", "pyproject.toml", "checker/__init__.py", "checker/py.typed"} <= members
    assert not [name for name in members if name.startswith("tests")]


def test_without_pyodide_build_the_build_says_it_needs_python_3_12(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    real = importlib.util.find_spec
    monkeypatch.setattr(importlib.util, "find_spec", lambda name, *rest: None if name == "pyodide_cli" else real(name))
    with pytest.raises(PluginError, match=r"needs pyodide-build, which needs Python 3\.12, and this is Python 3\.\d+"):
        widget._lock([], tmp_path)


@pytest.fixture
def make_folder(tmp_path: Path) -> Path:
    """A copy of the Makefile beside a stand-in scripts/ensure-chromium, to run its rule for .chromium-path."""
    if shutil.which("make") is None:
        pytest.skip("make is not installed")
    shutil.copy(ROOT / "Makefile", tmp_path / "Makefile")
    shutil.copy(ROOT / ".python-version", tmp_path / ".python-version")
    (tmp_path / "scripts").mkdir()
    return tmp_path


def ensure_chromium(folder: Path, script: str) -> subprocess.CompletedProcess[str]:
    stand_in = folder / "scripts" / "ensure-chromium"
    stand_in.write_text(f"#!/bin/sh\n{script}\n", encoding="utf-8")
    stand_in.chmod(0o755)
    return subprocess.run(["make", ".chromium-path"], cwd=folder, capture_output=True, text=True, check=False)


def test_a_failed_chromium_install_leaves_no_chromium_path_for_make_to_trust(make_folder: Path) -> None:
    (make_folder / ".chromium-path").write_text("", encoding="utf-8")  # left by an older Makefile
    assert ensure_chromium(make_folder, "echo 'could not install' >&2; exit 1").returncode != 0
    assert not (make_folder / ".chromium-path").exists()
    assert ensure_chromium(make_folder, "exit 0").returncode != 0  # "succeeded" and printed no path
    assert not (make_folder / ".chromium-path").exists()
    assert ensure_chromium(make_folder, "echo /usr/bin/chromium").returncode == 0
    assert (make_folder / ".chromium-path").read_text(encoding="utf-8") == "/usr/bin/chromium\n"


def _without_docstrings(tree: ast.AST) -> str:
    for node in ast.walk(tree):
        if isinstance(node, ast.Module | ast.FunctionDef | ast.AsyncFunctionDef | ast.ClassDef) and node.body:
            first = node.body[0]
            if (
                isinstance(first, ast.Expr)
                and isinstance(first.value, ast.Constant)
                and isinstance(first.value.value, str)
            ):
                node.body[0] = ast.Expr(ast.Constant("" if isinstance(node, ast.Module) else ...))
    return ast.dump(tree)


def test_the_browsers_copy_of_the_checker_leaves_out_comments_and_docstrings_and_nothing_else() -> None:
    """Every module as the browser's wheel holds it: the same code on the same lines, every docstring left empty."""
    for path in sorted((ROOT / "checker").rglob("*.py")):
        source = path.read_text(encoding="utf-8")
        slim = widget.without_comments(source)
        assert ast.dump(ast.parse(slim)) == _without_docstrings(ast.parse(source)), path
        assert ast.get_docstring(ast.parse(slim)) in (None, ""), path
        assert len(io.StringIO(slim).readlines()) == len(io.StringIO(source).readlines()), path
        assert all(token.type != tokenize.COMMENT for token in tokenize.generate_tokens(io.StringIO(slim).readline))
    assert widget.without_comments('x = "# kept"  # dropped\n') == 'x = "# kept"\n'
    assert widget.without_comments('"""About\nit."""\n\nfrom __future__ import annotations\n') == (
        '""\n\n\nfrom __future__ import annotations\n'
    )
    assert widget.without_comments('def f():\n    """Gone\n    too."""\n    return 1\n') == (
        "def f():\n    ...\n\n    return 1\n"
    )
    assert (
        widget.without_comments('def f():\n    """Zoë."""\n    return "é"\n') == 'def f():\n    ...\n    return "é"\n'
    )


def test_every_wheel_the_site_serves_is_slim_and_its_record_is_true(built_site: Path) -> None:
    """Each wheel is served gzipped whole, its members stored: the lock file names the packed file."""
    wheels = sorted((built_site / "assets/checker/wheels").glob("*/*.whl.gzip"))
    assert {wheel.name.split("-")[0] for wheel in wheels} == {"followup_checker", "markdown_it_py", "mdurl"}
    lock = json.loads((built_site / "assets/checker/pyodide-lock.json").read_text(encoding="utf-8"))
    assert sorted(entry["file_name"] for entry in lock["packages"].values()) == sorted(
        wheel.relative_to(built_site / "assets/checker").as_posix() for wheel in wheels
    )
    for wheel in wheels:
        with zipfile.ZipFile(io.BytesIO(gzip.decompress(wheel.read_bytes()))) as archive:
            assert {info.compress_type for info in archive.infolist()} == {zipfile.ZIP_STORED}
            contents = {name: archive.read(name) for name in archive.namelist()}
        (record,) = (name for name in contents if name.endswith(".dist-info/RECORD"))
        listed = dict(line.split(",", 1) for line in contents[record].decode().splitlines())
        assert set(listed) == set(contents), wheel.name
        for name, data in contents.items():
            if name != record:
                digest = base64.urlsafe_b64encode(hashlib.sha256(data).digest()).rstrip(b"=").decode()
                assert listed[name] == f"sha256={digest},{len(data)}", name
            if name.endswith(".py"):
                tokens = tokenize.generate_tokens(io.StringIO(data.decode()).readline)
                assert all(token.type != tokenize.COMMENT for token in tokens), name
