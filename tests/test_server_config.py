"""The server configuration the build writes (hooks/server.py), and the guide that quotes it.

Real nginx and Apache serving the site with these files are in test_web_servers.py.
"""

from __future__ import annotations

import gzip
import html
import json
import posixpath
import re
from dataclasses import dataclass, field
from html.parser import HTMLParser
from pathlib import Path
from typing import Any

import brotli
import pytest
import yaml
from server import HASHED, PLACEHOLDER, Site, nginx_conf, precompressed, server_files

from tests.conftest import EXAMPLE_OFFICE, ROOT, OfficeSite, build_site

SERVER_FILES = ("nginx.conf", "apache.conf", "apache.htaccess")
CSP = "default-src 'self'; script-src 'self' 'sha256-abc='"


def written(site: Path) -> dict[str, str]:
    return {name: (site / "_server" / name).read_text(encoding="utf-8") for name in SERVER_FILES}


def policy_of(site: Path) -> str:
    return (site / "assets/checker/content-security-policy.txt").read_text(encoding="utf-8").strip()


def test_the_build_writes_the_server_files_for_the_offices_address(any_office: OfficeSite) -> None:
    files, path, policy = written(any_office.site), any_office.path, policy_of(any_office.site)
    assert policy.startswith("default-src 'self'; script-src 'self' 'wasm-unsafe-eval' 'sha256-")
    nginx, apache, htaccess = files["nginx.conf"], files["apache.conf"], files["apache.htaccess"]
    assert f"location {path} {{" in nginx
    assert f"error_page 404 {path}404.html;" in nginx
    assert f'add_header Content-Security-Policy "{policy}" always;' in nginx
    for text in (apache, htaccess):
        assert f"ErrorDocument 404 {path}404.html" in text
        assert f'Header always set Content-Security-Policy "{policy}"' in text
    assert f'<Location "{path}">' in apache
    if path != "/":
        assert f"location = {path.rstrip('/')} {{" in nginx
        assert f"return 301 {path};" in nginx
        assert f'RedirectMatch 301 "^{path.rstrip("/")}$" "{path}"' in apache


@dataclass
class Block:
    """A block of an nginx file: its header line ("location ~ \\.wasm$"), its own directives, its blocks."""

    header: str
    directives: list[str] = field(default_factory=list)
    blocks: list[Block] = field(default_factory=list)

    def walk(self) -> list[Block]:
        return [self, *(inner for block in self.blocks for inner in block.walk())]


def nginx_blocks(text: str) -> Block:
    top = Block("")
    stack = [top]
    for raw in text.splitlines():
        line = raw.split("#", 1)[0].strip()
        if line.endswith("{"):
            block = Block(line.removesuffix("{").strip())
            stack[-1].blocks.append(block)
            stack.append(block)
        elif line == "}":
            stack.pop()
        elif line:
            stack[-1].directives.append(line)
    assert stack == [top], "unbalanced braces"
    return top


def test_nginx_keeps_its_own_types_and_every_location_keeps_the_policy(any_office: OfficeSite) -> None:
    blocks = nginx_blocks(written(any_office.site)["nginx.conf"]).walk()
    # `types { }` replaces nginx's whole map where it stands: only where nothing but .wasm files are served.
    typed = [block for block in blocks if any(d.startswith("types") for d in block.directives)]
    assert [block.header for block in typed] == [r"location ~ \.wasm$"]
    # A location with an add_header of its own inherits none from outside: each must name the policy again.
    with_headers = [block for block in blocks if any(d.startswith("add_header") for d in block.directives)]
    assert len(with_headers) == 2
    for block in with_headers:
        assert any(d.startswith("add_header Content-Security-Policy") for d in block.directives), block.header


def test_only_content_hashed_files_are_kept_for_a_year(built_site: Path) -> None:
    hashed = re.compile(HASHED)
    files = [path.relative_to(built_site).as_posix() for path in built_site.rglob("*") if path.is_file()]
    kept = {name for name in files if hashed.match(name)}
    # Each kept file's name or folder changes with its content.
    assert all(re.search(r"(?:^|[/.])[0-9a-f]{8,}[/.]", name) for name in kept), kept
    manifest = json.loads((built_site / "assets/checker/snapshot.json").read_text(encoding="utf-8"))
    lock = json.loads((built_site / "assets/checker/pyodide-lock.json").read_text(encoding="utf-8"))
    must_keep = {f"assets/checker/{manifest['url']}"} | {
        f"assets/checker/{entry['file_name']}" for entry in lock["packages"].values()
    }
    must_keep |= {
        name for name in files if re.fullmatch(r"assets/(javascripts|stylesheets)/\w+\.\w+\.min\.(js|css)", name)
    }
    assert len(must_keep) >= 7
    assert must_keep <= kept
    runtime = json.loads((built_site / "assets/checker/runtime.json").read_text(encoding="utf-8"))["indexURL"]
    folder = posixpath.normpath(f"assets/checker/{runtime}") + "/"
    assert {f"{folder}{name}" for name in ("pyodide.asm.wasm", "pyodide.asm.js", "python_stdlib.zip.gz")} <= kept
    for name in ("index.html", "javascripts/checker-worker.js", "assets/checker/snapshot.json"):
        assert name not in kept
    assert "assets/checker/runtime.json" not in kept  # it names the runtime's folder of this build


def test_text_and_wasm_have_gzip_and_brotli_copies_for_servers_that_send_them_as_they_are(built_site: Path) -> None:
    copied = precompressed(built_site)
    names = {path.name for path in copied}
    assert {"pyodide.asm.wasm", "pyodide.asm.js", "index.html", "search_index.json"} <= names
    assert not {path.suffix for path in copied} & {".zip", ".whl", ".snapshot", ".png"}  # packed already
    for path in copied:
        original = path.read_bytes()
        assert gzip.decompress(path.with_name(path.name + ".gz").read_bytes()) == original
        assert brotli.decompress(path.with_name(path.name + ".br").read_bytes()) == original
    wasm = next(path for path in copied if path.name == "pyodide.asm.wasm")
    gzipped, brotlied = (wasm.with_name(wasm.name + suffix).stat().st_size for suffix in (".gz", ".br"))
    assert brotlied < gzipped < wasm.stat().st_size / 2


class _CodeBlocks(HTMLParser):
    """The text of each <pre><code> block of a page, as a reader copies it."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.blocks: list[str] = []
        self._in_pre = self._in_code = False

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self._in_pre = self._in_pre or tag == "pre"
        if tag == "code" and self._in_pre:
            self._in_code = True
            self.blocks.append("")

    def handle_endtag(self, tag: str) -> None:
        self._in_pre = self._in_pre and tag != "pre"
        self._in_code = self._in_code and tag != "code"

    def handle_data(self, data: str) -> None:
        if self._in_code:
            self.blocks[-1] += data


def test_the_guide_quotes_the_server_files_the_build_wrote(any_office: OfficeSite) -> None:
    page = (any_office.site / "career-offices/index.html").read_text(encoding="utf-8")
    parser = _CodeBlocks()
    parser.feed(page)
    quoted = {block.rstrip("\n") for block in parser.blocks}
    for name, text in written(any_office.site).items():
        assert text.rstrip("\n") in quoted, name
    assert PLACEHOLDER not in page
    search = (any_office.site / "search/search_index.json").read_text(encoding="utf-8")
    assert PLACEHOLDER not in search
    assert html.escape(policy_of(any_office.site)) in page


def test_a_site_at_the_root_needs_no_redirect() -> None:
    text = nginx_conf(Site("https://careers.example.edu", CSP))
    assert "location / {" in text
    assert "return 301" not in text
    assert "RedirectMatch" not in server_files(Site("", CSP))["apache.conf"]


@pytest.mark.parametrize(
    ("url", "path"),
    [
        ("", "/"),
        ("https://careers.example.edu/", "/"),
        ("https://careers.example.edu/after-the-interview", "/after-the-interview/"),
        ("https://example.edu/students/careers/after-the-interview/", "/students/careers/after-the-interview/"),
    ],
)
def test_the_path_comes_from_site_url(url: str, path: str) -> None:
    assert Site(url, CSP).path == path


def test_the_deploy_workflows_address_comes_before_site_url(tmp_path: Path) -> None:
    pages = "https://someone.github.io/after-the-interview-fork/"
    site = build_site(tmp_path / "site", EXAMPLE_OFFICE, extra_env={"SITE_URL": pages})
    assert "location /after-the-interview-fork/ {" in written(site)["nginx.conf"]
    assert f"<loc>{pages}</loc>" in (site / "sitemap.xml").read_text(encoding="utf-8")


def test_a_bad_site_url_from_the_environment_fails_the_build_in_one_line(tmp_path: Path) -> None:
    with pytest.raises(AssertionError, match=r"SITE_URL: 'pages\.example' is not an http\(s\) URL"):
        build_site(tmp_path / "site", EXAMPLE_OFFICE, extra_env={"SITE_URL": "pages.example"})


def workflow(name: str) -> dict[Any, Any]:
    loaded: dict[Any, Any] = yaml.safe_load((ROOT / ".github" / "workflows" / name).read_text(encoding="utf-8"))
    return loaded


def test_deploy_publishes_only_after_the_tests_for_the_address_pages_gives() -> None:
    jobs = workflow("deploy.yml")["jobs"]
    assert jobs["test"]["uses"] == "./.github/workflows/ci.yml"
    assert "workflow_call" in workflow("ci.yml")[True]  # YAML 1.1 reads the key `on` as True
    assert jobs["build"]["needs"] == "test"
    assert jobs["deploy"]["needs"] == "build"
    steps = jobs["build"]["steps"]
    (pages,) = [step for step in steps if str(step.get("uses", "")).startswith("actions/configure-pages@")]
    (build,) = [step for step in steps if step.get("run") == "make build"]
    assert build["env"]["SITE_URL"] == f"${{{{ steps.{pages['id']}.outputs.base_url }}}}"
    assert steps.index(pages) < steps.index(build)


@pytest.mark.parametrize("name", ["ci.yml", "deploy.yml"])
def test_workflows_use_a_node_lts_and_the_python_minor_with_caches(name: str) -> None:
    steps = [step for job in workflow(name)["jobs"].values() for step in job.get("steps", [])]
    setup = {str(step["uses"]).split("@")[0]: step.get("with", {}) for step in steps if "uses" in step}
    assert setup["actions/setup-node"]["node-version"] in (22, 24)  # the LTS releases
    assert setup["actions/setup-node"]["cache"] == "npm"
    assert setup["actions/setup-python"]["python-version-file"] == ".python-version"
    assert setup["actions/setup-python"]["cache"] == "pip"
    assert re.fullmatch(r"3\.\d+", (ROOT / ".python-version").read_text(encoding="utf-8").strip())  # no patch pin
