"""MkDocs hooks for the browser checker: the Pyodide runtime, the checker's wheels, their lock file, the policy, CSP.

- ``on_files`` adds, never committed: the Pyodide runtime from ``node_modules/pyodide`` in a folder named after its
  content (``assets/pyodide/<sha256 prefix>/``, so a server may keep it a year; its ``.mjs`` files under ``.js``
  names that every web server knows) with the part of the standard library the checker uses (the members listed
  in ``hooks/pyodide-stdlib.txt``, written by ``make stdlib``, compiled by ``scripts/pyodide-stdlib.mjs``: Python
  starts in a third of the time when it need not compile them; gzipped whole, ``python_stdlib.zip.gz``),
  ``assets/checker/runtime.json`` naming that folder, the checker's wheel built from this repo and the pure wheels
  of its dependencies, a Pyodide lock file listing them with their sha256 (``assets/checker/``, so the browser
  refuses a wheel that does not match), the office's policy (``assets/checker/policy.json``) and the public
  holidays of its country for the years the site will be read (``assets/checker/holidays.json``: the browser gets
  the dates, not the ``holidays`` package). Wheels, lock and zip are cached under ``build/widget/``, keyed on what
  they are made from, so rebuilds under ``mkdocs serve`` stay quick.
- ``on_files`` also adds a memory snapshot of Pyodide with the checker already imported
  (``assets/checker/snapshots/<sha256 prefix>/checker.snapshot``, gzipped, with ``snapshot.json`` giving its sha256
  and size), made by ``scripts/pyodide-snapshot.mjs`` under Node. Restoring it skips Python's start and the
  wheels, for several MB more: the worker fetches it only when the link it measured brings it sooner. It uses
  Pyodide's private snapshot options, so the build checks it: restored, it must answer a probe plan exactly as the
  checker does under CPython, or the build fails. The browser falls back to the wheels and the lock file when the
  snapshot is missing, damaged or cannot be restored.
- ``on_post_page`` has the page that runs the checker preload Python's wasm, the biggest download, which the link
  would otherwise leave idle until the worker asks for it; ``on_post_page`` and ``on_post_template`` give every
  HTML page a Content-Security-Policy meta tag that allows its own inline scripts by hash and nothing else inline
  (not under ``mkdocs serve``, whose live-reload script is inline and new on every request).
- ``on_post_build`` writes the value of the same policy as a header, for servers that can send one:
  ``assets/checker/content-security-policy.txt`` (every page's inline hashes together; ``hooks/server.py`` puts it
  in the server configuration it writes).
"""

from __future__ import annotations

import ast
import base64
import hashlib
import html
import importlib.metadata
import importlib.util
import io
import json
import logging
import posixpath
import re
import shutil
import subprocess
import sys
import tempfile
import tokenize
import zipfile
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path

import zopfli.gzip
from mkdocs.config.defaults import MkDocsConfig
from mkdocs.exceptions import PluginError
from mkdocs.livereload import LiveReloadServer
from mkdocs.structure.files import File, Files
from mkdocs.structure.pages import Page

from checker import Policy, WorkingDays
from checker.bridge import check_json

ROOT = Path(__file__).resolve().parent.parent
PYODIDE_PACKAGE = ROOT / "node_modules" / "pyodide"
CACHE = ROOT / "build" / "widget"

RUNTIME_DIR = "assets/pyodide"
CHECKER_DIR = "assets/checker"
LOCK_FILE = f"{CHECKER_DIR}/pyodide-lock.json"
POLICY_FILE = f"{CHECKER_DIR}/policy.json"
HOLIDAYS_FILE = f"{CHECKER_DIR}/holidays.json"
HEADER_FILE = f"{CHECKER_DIR}/content-security-policy.txt"
SNAPSHOT_MANIFEST = f"{CHECKER_DIR}/snapshot.json"
RUNTIME_MANIFEST = f"{CHECKER_DIR}/runtime.json"
CLIENT_SCRIPT = "javascripts/checker-client.js"  # on the pages that run the checker
SNAPSHOT_SCRIPT = ROOT / "scripts" / "pyodide-snapshot.mjs"
# Checked by the snapshot at build time; it touches the draft rules, the dates and an emoji's code points.
PROBE_PLAN = {
    "interview_date": "2026-03-02",
    "decision_date": "2026-03-13",
    "today": "2026-03-03",
    "follow_ups": [
        {
            "kind": "thank-you",
            "date": "2026-03-05",
            "channel": "email",
            "draft": "Hey [Name],\n\nThanks!! I'm sure I'm the best candidate \U0001f600. Let me know ASAP.\n\nCheers",
        },
        {"kind": "check-in", "date": "2026-03-04", "channel": "phone"},
    ],
}
# What the worker loads of the npm package (the loader, the Emscripten module, the interpreter), by the name the
# site serves it under. A stock nginx has no type for ".mjs" and sends it as application/octet-stream, which a
# browser refuses to run; every server types ".js" as JavaScript (checker-worker.js imports both).
RUNTIME_FILES = {
    "pyodide.mjs": "pyodide.esm.js",
    "pyodide.asm.mjs": "pyodide.asm.js",
    "pyodide.asm.wasm": "pyodide.asm.wasm",
}
# Beside them, our part of the standard library (Pyodide's zip is STDLIB_FILE): a zip of uncompressed members,
# gzipped whole, which packs a tenth smaller than a zip of members compressed one by one. The worker unpacks it.
STDLIB_FILE = "python_stdlib.zip"
SERVED_STDLIB = f"{STDLIB_FILE}.gz"
STDLIB_MEMBERS = ROOT / "hooks" / "pyodide-stdlib.txt"
STDLIB_SCRIPT = ROOT / "scripts" / "pyodide-stdlib.mjs"
# The checker's runtime dependencies, with theirs; the lock tool fails the build if one is missing here.
DEPENDENCIES = ("markdown-it-py", "mdurl")
# The checker's sources: what its wheel is built from.
CHECKER_SOURCES = ("pyproject.toml", "README.md", "LICENSE", "checker")
# Left out of the browser's wheel, which every reader downloads: the command line (the browser has none, and its
# argparse is not in the site's standard library), and the README that would fill the wheel's METADATA.
NOT_FOR_THE_BROWSER = ("checker/cli.py", "checker/__main__.py")
WHEEL_README = "The rule checker of After the Interview, as the guide's browser checker runs it.\n"
# The wheels are served as the standard library is: members stored, not compressed, and the wheel gzipped whole,
# which packs a fifth smaller (a third for markdown-it-py's seventy small modules) than members compressed one by
# one. The worker unpacks it. A name of its own, not ".gz": a server may send a ".gz" file with Content-Encoding,
# and the browser would then check the sha256 of the unpacked wheel against that of the packed one.
PACKED_WHEEL_SUFFIX = ".gzip"

log = logging.getLogger("mkdocs.hooks.widget")


@dataclass(frozen=True)
class Bundle:
    """The lock file and wheels the worker loads, in a folder laid out as ``assets/checker/``."""

    folder: Path
    wheels: tuple[str, ...]  # paths relative to ``folder``, as the lock file names them


@dataclass(frozen=True)
class Snapshot:
    """A gzipped memory image of Pyodide with the checker imported, and what the browser checks it against."""

    path: Path
    url: str  # relative to ``assets/checker/``, content-addressed like the wheels
    integrity: str  # ``sha256-<base64>`` of the gzipped file, for the browser's fetch
    memory_bytes: int  # the size of the image once unpacked


@dataclass
class _State:
    """What the hooks remember between events: the command, and the inline hashes of this build's pages."""

    serving: bool = False
    runtime: str = ""  # the runtime's folder in this build, relative to the site
    script_hashes: set[str] = field(default_factory=set)
    style_hashes: set[str] = field(default_factory=set)


_state = _State()


def on_startup(*, command: str, dirty: bool) -> None:
    _state.serving = command == "serve"


def on_config(config: MkDocsConfig) -> MkDocsConfig:
    _state.script_hashes.clear()  # each (re)build collects its own
    _state.style_hashes.clear()
    return config


def on_files(files: Files, *, config: MkDocsConfig) -> Files:
    _check_runtime()
    stdlib = stdlib_zip()
    runtime = _state.runtime = runtime_folder(stdlib)
    for name, served in RUNTIME_FILES.items():
        files.append(File.generated(config, f"{runtime}/{served}", abs_src_path=str(PYODIDE_PACKAGE / name)))
    files.append(File.generated(config, f"{runtime}/{SERVED_STDLIB}", abs_src_path=str(_served(stdlib))))
    index_url = f"../{runtime.removeprefix('assets/')}/"  # relative to runtime.json
    files.append(File.generated(config, RUNTIME_MANIFEST, content=json.dumps({"indexURL": index_url}, indent=2)))
    bundle = checker_bundle()
    files.append(File.generated(config, LOCK_FILE, abs_src_path=str(bundle.folder / "pyodide-lock.json")))
    for wheel in bundle.wheels:
        files.append(File.generated(config, f"{CHECKER_DIR}/{wheel}", abs_src_path=str(bundle.folder / wheel)))
    snapshot = python_snapshot(bundle, stdlib)
    files.append(File.generated(config, f"{CHECKER_DIR}/{snapshot.url}", abs_src_path=str(snapshot.path)))
    manifest = {
        "url": snapshot.url,
        "integrity": snapshot.integrity,
        "bytes": snapshot.path.stat().st_size,  # what the worker weighs against the link it measured
        "memoryBytes": snapshot.memory_bytes,
    }
    files.append(File.generated(config, SNAPSHOT_MANIFEST, content=json.dumps(manifest, indent=2)))
    files.append(File.generated(config, POLICY_FILE, content=json.dumps(_policy(config).to_json(), indent=2)))
    files.append(File.generated(config, HOLIDAYS_FILE, content=json.dumps(_working_days(config).to_json())))
    return files


def on_post_page(output: str, *, page: Page, config: MkDocsConfig) -> str:
    if CLIENT_SCRIPT in output:
        output = _with_runtime_preload(output, page)
    return _with_meta_policy(output, page.file.src_uri)


def _with_runtime_preload(document: str, page: Page) -> str:
    """The page that runs the checker asks for Python's WebAssembly as it loads: on a phone's link the worker would
    start it a second later, and the link would stand idle meanwhile. The worker's own request then gets the
    download from the HTTP cache (the runtime's folder is content-hashed, kept long). Low priority, so the page's
    own files come first."""
    wasm = posixpath.relpath(
        f"{_state.runtime}/{RUNTIME_FILES['pyodide.asm.wasm']}", posixpath.dirname(page.file.dest_uri)
    )
    return _add_to_head(document, f'<link rel="preload" href="{wasm}" as="fetch" crossorigin fetchpriority="low">')


def on_post_template(output_content: str, *, template_name: str, config: MkDocsConfig) -> str:
    # Static templates: 404.html is a page too (sitemap.xml is not).
    return _with_meta_policy(output_content, template_name) if template_name.endswith(".html") else output_content


def on_post_build(*, config: MkDocsConfig) -> None:
    header = content_security_policy(sorted(_state.script_hashes), sorted(_state.style_hashes))
    target = Path(config.site_dir) / HEADER_FILE
    target.parent.mkdir(parents=True, exist_ok=True)
    target.write_text(header + "\n", encoding="utf-8")  # the value alone: what a server's config quotes


def on_serve(server: LiveReloadServer, *, config: MkDocsConfig, builder: object) -> LiveReloadServer:
    # The wheel is built from the checker's sources, so editing them rebuilds the site too.
    server.watch(str(ROOT / "checker"))
    return server


# --- the Content-Security-Policy ---------------------------------------------------------------------------------

_SCRIPT = re.compile(r"<script(?P<attributes>[^>]*)>(?P<body>.*?)</script\s*>", re.IGNORECASE | re.DOTALL)
_STYLE = re.compile(r"<style[^>]*>(?P<body>.*?)</style\s*>", re.IGNORECASE | re.DOTALL)
_SRC = re.compile(r"\ssrc\s*=", re.IGNORECASE)
_TYPE = re.compile(r"""\stype\s*=\s*["']?(?P<type>[^"'\s>]+)""", re.IGNORECASE)
_EXECUTABLE_TYPES = {"", "module", "text/javascript", "application/javascript"}
# Markup the policy blocks: inline event handlers, javascript: URLs, style attributes.
_BLOCKED_MARKUP = re.compile(
    r"<[a-zA-Z][^>]*?\s(?:on[a-z]+\s*=|(?:href|src|action)\s*=\s*[\"']?\s*javascript:|style\s*=)[^>]*>",
    re.IGNORECASE,
)
_CHARSET = re.compile(r"<meta\s+charset=[^>]*>", re.IGNORECASE)


def content_security_policy(script_hashes: Iterable[str], style_hashes: Iterable[str] = ()) -> str:
    """The policy for pages whose inline scripts and styles have these hashes (``sha256-...``).

    WebAssembly may be compiled (Pyodide), workers and fetches go to this site only, and nothing inline
    runs unless its hash is listed: no 'unsafe-inline' for scripts, no 'unsafe-eval' anywhere.
    """
    scripts = " ".join(f"'{digest}'" for digest in script_hashes)
    styles = " ".join(f"'{digest}'" for digest in style_hashes)
    directives = [
        "default-src 'self'",
        f"script-src 'self' 'wasm-unsafe-eval' {scripts}".rstrip(),
        f"style-src 'self' {styles}".rstrip(),
        # mkdocs-material's stylesheets draw their icons from data: URLs.
        "img-src 'self' data:",
        "font-src 'self'",
        "connect-src 'self'",
        "worker-src 'self'",
        "object-src 'none'",
        "base-uri 'self'",
        "form-action 'self'",
    ]
    return "; ".join(directives)


def inline_hashes(document: str) -> tuple[list[str], list[str]]:
    """The CSP hashes of a page's inline scripts (only those a browser runs) and inline styles, in page order."""
    scripts = [
        _digest(match["body"])
        for match in _SCRIPT.finditer(document)
        if not _SRC.search(match["attributes"]) and _script_type(match["attributes"]) in _EXECUTABLE_TYPES
    ]
    styles = [_digest(match["body"]) for match in _STYLE.finditer(document)]
    return scripts, styles


def _script_type(attributes: str) -> str:
    found = _TYPE.search(attributes)
    return html.unescape(found["type"]).lower() if found else ""


def _digest(text: str) -> str:
    # Browsers hash the element's text after the HTML parser has normalised line breaks.
    normalised = text.replace("\r\n", "\n").replace("\r", "\n")
    return "sha256-" + base64.b64encode(hashlib.sha256(normalised.encode("utf-8")).digest()).decode("ascii")


def _with_meta_policy(document: str, name: str) -> str:
    blocked = _BLOCKED_MARKUP.search(document)
    if blocked:
        log.warning(
            f"{name}: the Content-Security-Policy blocks this markup, use a class or a script file: {blocked[0]}"
        )
    scripts, styles = inline_hashes(document)
    _state.script_hashes.update(scripts)
    _state.style_hashes.update(styles)
    if _state.serving:
        return document  # `mkdocs serve` adds an inline live-reload script, different on every request
    policy = content_security_policy(scripts, styles)
    # Before anything it governs: the policy applies only to what the parser meets after it.
    return _add_to_head(
        document, f'<meta http-equiv="Content-Security-Policy" content="{html.escape(policy, quote=False)}">'
    )


def _add_to_head(document: str, markup: str) -> str:
    anchor = _CHARSET.search(document) or re.search(r"<head[^>]*>", document, re.IGNORECASE)
    if anchor is None:
        raise PluginError("widget: a page has no <head> to put the Content-Security-Policy in")
    return document[: anchor.end()] + markup + document[anchor.end() :]


# --- the runtime, the checker's wheels and their lock file ---------------------------------------------------------


def _check_runtime() -> None:
    """The installed runtime is the one package.json pins (npm ci after a change of pin), with every file we serve."""
    pinned = json.loads((ROOT / "package.json").read_text(encoding="utf-8"))["dependencies"]["pyodide"]
    try:
        installed = json.loads((PYODIDE_PACKAGE / "package.json").read_text(encoding="utf-8"))["version"]
    except OSError:
        installed = None
    missing = [name for name in [*RUNTIME_FILES, STDLIB_FILE] if not (PYODIDE_PACKAGE / name).is_file()]
    if installed != pinned or missing:
        found = f"found {installed}" if installed else "not installed"
        raise PluginError(f"widget: package.json pins pyodide {pinned}, {found}; run `make setup` (npm ci)")


def runtime_folder(stdlib: Path) -> str:
    """``assets/pyodide/<sha256 prefix>``: a new runtime or standard library gets a new folder, never a stale copy."""
    digest = hashlib.sha256()
    for name in RUNTIME_FILES:
        digest.update((PYODIDE_PACKAGE / name).read_bytes())
    digest.update(_served(stdlib).read_bytes())
    return f"{RUNTIME_DIR}/{digest.hexdigest()[:16]}"


def stdlib_members() -> list[str]:
    """The members of Pyodide's python_stdlib.zip that the checker needs, as ``make stdlib`` found them."""
    lines = STDLIB_MEMBERS.read_text(encoding="utf-8").splitlines()
    return [line.strip() for line in lines if line.strip() and not line.startswith("#")]


def stdlib_zip() -> Path:
    """Make (or reuse from ``build/widget/``) the standard library the site serves: our members, compiled; the zip,
    with its gzipped copy (what the site serves) beside it."""
    members = stdlib_members()
    source = PYODIDE_PACKAGE / STDLIB_FILE
    with zipfile.ZipFile(source) as full:
        missing = sorted(set(members) - set(full.namelist()))
    if missing:
        raise PluginError(
            f"widget: Pyodide's standard library has no {', '.join(missing[:5])}; run `make stdlib` (after a"
            " change of Pyodide) to list what the checker needs again"
        )
    # This file too: it says how the zip is compressed.
    digest = hashlib.sha256(
        STDLIB_SCRIPT.read_bytes() + source.read_bytes() + Path(__file__).read_bytes() + "\n".join(members).encode()
    )
    target = CACHE / f"stdlib-{digest.hexdigest()[:20]}" / STDLIB_FILE
    if _served(target).is_file():
        return target
    node = _node("the standard library it serves")
    CACHE.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory(dir=CACHE, prefix="staging-") as staging_name:
        listed = Path(staging_name) / "members.json"
        listed.write_text(json.dumps(members), encoding="utf-8")
        staging = Path(staging_name) / STDLIB_FILE
        _run([node, str(STDLIB_SCRIPT), f"{PYODIDE_PACKAGE}/", str(listed), str(staging)])
        packed = staging.with_name(SERVED_STDLIB)
        packed.write_bytes(gzipped(staging.read_bytes()))
        target.parent.mkdir(exist_ok=True)
        staging.replace(target)
        packed.replace(_served(target))  # last: its presence says the folder is whole, even when two builds race
    return target


def _served(stdlib: Path) -> Path:
    return stdlib.with_name(SERVED_STDLIB)


def _node(purpose: str) -> str:
    node = shutil.which("node")
    if node is None:
        raise PluginError(f"widget: Node.js is needed to build {purpose}; run `make setup`")
    return node


def checker_bundle() -> Bundle:
    """Build (or reuse from ``build/widget/``) the wheels and the lock file that lists them with their sha256."""
    versions = {name: importlib.metadata.version(name) for name in DEPENDENCIES}
    key = _fingerprint(versions)
    folder = CACHE / f"bundle-{key}"
    manifest = folder / "wheels.json"
    if manifest.is_file():
        return Bundle(folder, tuple(json.loads(manifest.read_text(encoding="utf-8"))))
    CACHE.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory(dir=CACHE, prefix="staging-") as staging_name:
        staging = Path(staging_name)
        built = [
            _checker_wheel(staging / "source"),
            *(_dependency_wheel(name, version) for name, version in versions.items()),
        ]
        wheels = [_content_addressed(_slimmed(wheel, staging / "slim"), staging / "bundle") for wheel in built]
        _lock(wheels, staging / "bundle")
        wheels = _packed(wheels, staging / "bundle")
        relative = [wheel.relative_to(staging / "bundle").as_posix() for wheel in wheels]
        (staging / "bundle" / "wheels.json").write_text(json.dumps(relative), encoding="utf-8")
        try:
            (staging / "bundle").rename(folder)
        except OSError:
            if not manifest.is_file():  # not a twin build (a test and `mkdocs serve`) finishing first
                raise
    return Bundle(folder, tuple(relative))


def python_snapshot(bundle: Bundle, stdlib: Path) -> Snapshot:
    """Make (or reuse from ``build/widget/``) the snapshot of Pyodide with this bundle's checker imported, verified.

    It is made with the site's standard library: Python's zip importer keeps the zip's table of contents in memory.
    """
    made_from = [bundle.folder.name, stdlib.parent.name, hashlib.sha256(SNAPSHOT_SCRIPT.read_bytes()).hexdigest()]
    digest = hashlib.sha256("\0".join(made_from).encode())
    folder = CACHE / f"snapshot-{digest.hexdigest()[:20]}"
    manifest = folder / "snapshot.json"
    if not manifest.is_file():
        _make_snapshot(bundle, stdlib, folder)
    facts = json.loads(manifest.read_text(encoding="utf-8"))
    return Snapshot(folder / "checker.snapshot", facts["url"], facts["integrity"], facts["memory_bytes"])


def _make_snapshot(bundle: Bundle, stdlib: Path, folder: Path) -> None:
    node = _node("the checker's Pyodide snapshot")
    CACHE.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory(dir=CACHE, prefix="staging-") as staging_name:
        staging = Path(staging_name)
        probe = staging / "probe.json"
        probe.write_text(json.dumps(PROBE_PLAN), encoding="utf-8")
        made = staging / "snapshot"
        made.mkdir()
        image = made / "checker.snapshot"
        output = _run(
            [node, str(SNAPSHOT_SCRIPT), f"{PYODIDE_PACKAGE}/", str(stdlib), str(bundle.folder), str(image), str(probe)]
        )
        report = json.loads(output.strip().splitlines()[-1])
        if json.loads(report["probe"]) != json.loads(check_json(json.dumps(PROBE_PLAN))):
            raise PluginError("widget: the restored Pyodide snapshot answers the probe plan differently from CPython")
        sha256 = hashlib.sha256(image.read_bytes())
        facts = {
            "url": f"snapshots/{sha256.hexdigest()[:16]}/checker.snapshot",
            "integrity": "sha256-" + base64.b64encode(sha256.digest()).decode("ascii"),
            "memory_bytes": report["bytes"],
        }
        (made / "snapshot.json").write_text(json.dumps(facts), encoding="utf-8")
        try:
            made.rename(folder)
        except OSError:
            if not (folder / "snapshot.json").is_file():  # not a twin build finishing first
                raise


def _fingerprint(versions: dict[str, str]) -> str:
    """A hash of everything the bundle is made from: checker sources, dependency versions, the base lock."""
    digest = hashlib.sha256(json.dumps(versions, sort_keys=True).encode())
    digest.update((PYODIDE_PACKAGE / "pyodide-lock.json").read_bytes())
    digest.update(Path(__file__).read_bytes())
    for path in sorted(_source_files()):
        digest.update(path.relative_to(ROOT).as_posix().encode() + b"\0" + path.read_bytes())
    return digest.hexdigest()[:20]


def _source_files() -> Iterable[Path]:
    for name in CHECKER_SOURCES:
        path = ROOT / name
        if path.is_dir():
            yield from (p for p in path.rglob("*") if p.is_file() and "__pycache__" not in p.parts)
        else:
            yield path


def _checker_wheel(workspace: Path) -> Path:
    """A pure wheel of the checker, built from a copy of its sources (setuptools writes build/ beside them)."""
    source = workspace / "src"
    for name in CHECKER_SOURCES:
        path = ROOT / name
        if path.is_dir():
            shutil.copytree(path, source / name, ignore=shutil.ignore_patterns("__pycache__"))
        else:
            source.mkdir(parents=True, exist_ok=True)
            shutil.copy2(path, source / name)
    for name in NOT_FOR_THE_BROWSER:
        (source / name).unlink()
    (source / "README.md").write_text(WHEEL_README, encoding="utf-8")
    out = workspace / "wheel"
    _run(
        [sys.executable, "-m", "pip", "wheel", "--no-deps", "--disable-pip-version-check", "-w", str(out), str(source)]
    )
    return _only(out.glob("*.whl"), f"the checker's wheel in {out}")


def _slimmed(wheel: Path, folder: Path) -> Path:
    """The wheel again, each module ``without_comments``, its RECORD's hashes redone, its members stored: ``_packed``
    compresses it whole.

    Every reader of the site downloads the checker's and markdown-it-py's wheels; their comments and docstrings are
    for the people who read the code, and they were a quarter of markdown-it-py's download.
    """
    folder.mkdir(parents=True, exist_ok=True)
    slim = folder / wheel.name
    with zipfile.ZipFile(wheel) as original, zipfile.ZipFile(slim, "w", zipfile.ZIP_STORED) as out:
        members = [(info, _slim_member(info.filename, original.read(info))) for info in original.infolist()]
        record = next(info.filename for info, _ in members if info.filename.endswith(".dist-info/RECORD"))
        listing = "".join(
            f"{info.filename},{_record_hash(data)}\n" for info, data in members if info.filename != record
        )
        for info, data in members:
            written = listing + f"{record},,\n" if info.filename == record else data
            out.writestr(info, written, compress_type=zipfile.ZIP_STORED)
    return slim


def _packed(wheels: list[Path], bundle: Path) -> list[Path]:
    """Each wheel gzipped whole, beside where it was, and the lock file made to name the packed files."""
    lock_file = bundle / "pyodide-lock.json"
    lock = json.loads(lock_file.read_text(encoding="utf-8"))
    by_name = {entry["file_name"]: entry for entry in lock["packages"].values()}
    packed = []
    for wheel in wheels:
        target = wheel.with_name(wheel.name + PACKED_WHEEL_SUFFIX)
        target.write_bytes(gzipped(wheel.read_bytes()))
        entry = by_name[wheel.relative_to(bundle).as_posix()]
        entry["file_name"] += PACKED_WHEEL_SUFFIX
        entry["sha256"] = hashlib.sha256(target.read_bytes()).hexdigest()
        wheel.unlink()
        packed.append(target)
    lock_file.write_text(json.dumps(lock, indent=1, sort_keys=True), encoding="utf-8")
    return packed


def _slim_member(name: str, data: bytes) -> bytes:
    return without_comments(data.decode("utf-8")).encode("utf-8") if name.endswith(".py") else data


def gzipped(data: bytes) -> bytes:
    """``data`` as gzip that any gunzip reads, 4-5% smaller than zlib's level 9: Zopfli searches harder.

    For the files this build gzips itself (the standard library, the wheels), which every first visit downloads as
    they are; about ten seconds for the standard library, once, as the cache keeps it.
    """
    return bytes(zopfli.gzip.compress(data, numiterations=5))  # more iterations save a few hundred bytes, not time


def _record_hash(data: bytes) -> str:
    """A RECORD line's hash and size: "sha256=<urlsafe base64, unpadded>,<bytes>"."""
    return f"sha256={base64.urlsafe_b64encode(hashlib.sha256(data).digest()).rstrip(b'=').decode('ascii')},{len(data)}"


def without_comments(source: str) -> str:
    """Python source with its comments and docstrings left out, each line where it was (a traceback still points
    right).

    They are for the people who read the code here; every reader of the site would download them. A rule module's
    docstring is its documentation, which the command line and the docs read in CPython; the browser never shows it,
    and it was 11 KB of the checker's download.
    """
    lines = io.StringIO(source).readlines()  # lines as Python counts them: "\x0c" in a string is no line break
    cut = {
        token.start[0]: token.start[1]
        for token in tokenize.generate_tokens(io.StringIO(source).readline)
        if token.type == tokenize.COMMENT
    }
    for number, column in cut.items():
        ending = "\n" if lines[number - 1].endswith("\n") else ""
        lines[number - 1] = lines[number - 1][:column].rstrip() + ending
    for first, column, last, end, kept in sorted(_docstrings("".join(lines)), reverse=True):
        # Its stand-in keeps a statement where the docstring was the whole body. Columns count UTF-8 bytes.
        before = lines[first - 1].encode()[:column].decode()
        after = lines[last - 1].encode()[end:].decode()
        lines[first - 1 : last] = [before + kept + "\n" * (last - first) + after]
    return "".join(lines)


def _docstrings(source: str) -> Iterable[tuple[int, int, int, int, str]]:
    """Where each docstring is (first line, column, last line, end column) and what takes its place: "..." in a
    function or class, an empty docstring in a module, before which ``from __future__`` may still come."""
    for node in ast.walk(ast.parse(source)):
        if isinstance(node, ast.Module | ast.FunctionDef | ast.AsyncFunctionDef | ast.ClassDef) and node.body:
            first = node.body[0]
            text = first.value.value if isinstance(first, ast.Expr) and isinstance(first.value, ast.Constant) else None
            if isinstance(text, str) and first.end_lineno is not None and first.end_col_offset is not None:
                kept = '""' if isinstance(node, ast.Module) else "..."
                yield first.lineno, first.col_offset, first.end_lineno, first.end_col_offset, kept


def _dependency_wheel(name: str, version: str) -> Path:
    """The pure wheel of the version installed here, downloaded once into ``build/widget/downloads``."""
    downloads = CACHE / "downloads"
    prefix = f"{name.replace('-', '_')}-{version}-"
    found = [w for w in downloads.glob("*.whl") if w.name.lower().startswith(prefix.lower())]
    if not found:
        _run(
            [
                sys.executable, "-m", "pip", "download", "--no-deps", "--only-binary", ":all:",
                "--disable-pip-version-check", "-d", str(downloads), f"{name}=={version}",
            ]
        )  # fmt: skip
        found = [w for w in downloads.glob("*.whl") if w.name.lower().startswith(prefix.lower())]
    return _only(found, f"a wheel of {name} {version} in {downloads}")


def _content_addressed(wheel: Path, bundle: Path) -> Path:
    """Copy to ``wheels/<sha256 prefix>/<name>``: a changed checker gets a new URL, never a stale cached copy."""
    digest = hashlib.sha256(wheel.read_bytes()).hexdigest()[:16]
    target = bundle / "wheels" / digest / wheel.name
    target.parent.mkdir(parents=True)
    shutil.copy2(wheel, target)
    return target


def _lock(wheels: list[Path], bundle: Path) -> None:
    """``pyodide lockfile add-wheels``, then keep only what this site serves: our wheels and their dependencies."""
    if importlib.util.find_spec("pyodide_cli") is None:
        version = ".".join(map(str, sys.version_info[:3]))
        raise PluginError(
            "widget: the checker's lock file needs pyodide-build, which needs Python 3.12, and this is Python"
            f" {version} without it; install Python 3.12, delete .venv and run `make setup`"
        )
    full = bundle.parent / "full-lock.json"
    _run(
        [
            sys.executable, "-m", "pyodide_cli", "lockfile", "add-wheels",
            "--input", str(PYODIDE_PACKAGE / "pyodide-lock.json"), "--output", str(full),
            "--base-path", str(bundle), *map(str, wheels),
        ]
    )  # fmt: skip
    lock = json.loads(full.read_text(encoding="utf-8"))
    served = {entry["file_name"] for entry in lock["packages"].values()} & {
        w.relative_to(bundle).as_posix() for w in wheels
    }
    lock["packages"] = {name: entry for name, entry in lock["packages"].items() if entry["file_name"] in served}
    missing = {dep for entry in lock["packages"].values() for dep in entry["depends"]} - set(lock["packages"])
    if missing:
        raise PluginError(f"widget: the checker needs {sorted(missing)}; add them to DEPENDENCIES in hooks/widget.py")
    (bundle / "pyodide-lock.json").write_text(json.dumps(lock, indent=1, sort_keys=True), encoding="utf-8")


def _run(command: list[str]) -> str:
    """Run a build step; its standard output, or a PluginError with everything it printed."""
    result = subprocess.run(command, capture_output=True, text=True, check=False, cwd=ROOT)
    if result.returncode != 0:
        raise PluginError(f"widget: {' '.join(command[:6])} ... failed:\n{result.stdout}\n{result.stderr}")
    return result.stdout


def _only(paths: Iterable[Path], what: str) -> Path:
    found = list(paths)
    if len(found) != 1:
        raise PluginError(f"widget: expected {what}, found {[p.name for p in found]}")
    return found[0]


def _working_days(config: MkDocsConfig) -> WorkingDays:
    working_days = config.extra.get("working_days")
    if not isinstance(working_days, WorkingDays):  # hooks/guide.py reads office.yml and its holidays
        raise PluginError("widget: no working days in config.extra; list hooks/guide.py before hooks/widget.py")
    return working_days


def _policy(config: MkDocsConfig) -> Policy:
    policy = config.extra.get("policy")
    if not isinstance(policy, Policy):  # hooks/guide.py reads office.yml; it is listed before this hook
        raise PluginError("widget: no office policy in config.extra; list hooks/guide.py before hooks/widget.py")
    return policy
