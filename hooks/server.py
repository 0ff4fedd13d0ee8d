"""MkDocs hook: the web server configuration for this build, written beside the site in ``site/_server/``.

The site works on any static server as it is: nothing it serves needs a type a stock nginx or Apache lacks
(hooks/widget.py). These files add what only the server can: the Content-Security-Policy header with this build's
hashes, compression, long caching for content-hashed files only, the site's 404 page, and the redirect from the
sub-path without its slash. They are written for the path of ``site.url`` (office.yml), "/" when it has none.

- ``nginx.conf``: to include in the ``server {}`` block; ``gzip_static`` serves the ``.gz`` copies that
  ``on_post_build`` writes beside every text and wasm file, and with the brotli module (one line to uncomment)
  ``brotli_static`` serves the ``.br`` copies: the wasm is a fifth smaller in brotli than in gzip.
- ``apache.conf``: for Apache's server configuration (on Debian: conf-available/, then a2enconf). Apache compresses
  as it sends (mod_deflate, and mod_brotli where it is on): serving the copies would take mod_rewrite rules that
  Apache supports in neither a ``<Location>`` nor, under a sub-path, simply in ``.htaccess``.
- ``apache.htaccess``: the same directives for an ``.htaccess`` file in the site's folder, where the server allows
  them (``AllowOverride FileInfo``).

``on_page_markdown`` puts these files in the guide where a page says ``<!-- server-file: NAME -->``, so the guide
quotes what the build writes. The policy's hashes are known only once every page is built, so the page gets a
placeholder and ``on_post_build`` replaces it in the written page and the search index.
"""

from __future__ import annotations

import gzip
import hashlib
import html
import json
import re
import shutil
import tempfile
from dataclasses import dataclass, field
from pathlib import Path
from urllib.parse import urlsplit

import brotli
from mkdocs.config.defaults import MkDocsConfig
from mkdocs.exceptions import PluginError
from mkdocs.structure.files import Files
from mkdocs.structure.pages import Page

ROOT = Path(__file__).resolve().parent.parent
CACHE = ROOT / "build" / "server"
SERVER_DIR = "_server"
CSP_FILE = "assets/checker/content-security-policy.txt"  # written by hooks/widget.py, listed before this hook
# Files of these kinds, from this size, are also written compressed beside them, gzip (level 9) and brotli (11), for
# servers that send such a copy as it is: no compression per request, and smaller than a server makes on the fly.
PRECOMPRESSED_SUFFIXES = (".html", ".js", ".css", ".json", ".svg", ".xml", ".wasm")
PRECOMPRESSED_FROM = 1024  # bytes; smaller files gain a few bytes, not a round trip
ENCODINGS = {".br": "br", ".gz": "gzip"}  # the copies, in the order a server should prefer them
# Files whose name changes with their content, relative to the site: Python's runtime, the checker's wheels and
# snapshot (hooks/widget.py) and mkdocs-material's bundles (bundle.a5f9d56c.min.js). Only these may be kept a year.
HASHED = (
    r"(?:assets/pyodide/[0-9a-f]{16}/|assets/checker/(?:wheels|snapshots)/[0-9a-f]{16}/"
    r"|assets/(?:javascripts|stylesheets)/(?:workers/)?[a-z]+\.[0-9a-f]{8}\.min\.(?:js|css)(?:\.map)?$)"
)
IMMUTABLE = "public, max-age=31536000, immutable"
REVALIDATE = "no-cache"  # everything else: kept, but asked after, so a new build is seen at once
# What the server compresses; text/html always is in nginx, and must be named in Apache.
COMPRESSED_TYPES = (
    "text/html",
    "text/css",
    "text/javascript",
    "application/javascript",
    "application/json",
    "application/wasm",
    "image/svg+xml",
)
PLACEHOLDER = "CSP-VALUE-OF-THIS-BUILD"
_INCLUDE = re.compile(r"^(?P<indent>[ \t]*)<!-- server-file: (?P<name>[\w.-]+) -->$", re.MULTILINE)
_LANGUAGES = {"nginx.conf": "nginx", "apache.conf": "apache", "apache.htaccess": "apache"}


@dataclass(frozen=True)
class Site:
    """Where the site is published and the Content-Security-Policy its pages need."""

    url: str  # site.url, "" when the office has not set it
    csp: str

    @property
    def path(self) -> str:
        """The URL path the site lives under, with a slash at each end ("/" at the root)."""
        inner = urlsplit(self.url).path.strip("/")
        return f"/{inner}/" if inner else "/"

    @property
    def where(self) -> str:
        return self.url or f"the path {self.path} (site.url is not set in office.yml)"


@dataclass
class _State:
    quoted_in: set[str] = field(default_factory=set)  # the pages (their output paths) that quote a server file


_state = _State()


def on_config(config: MkDocsConfig) -> MkDocsConfig:
    _state.quoted_in.clear()
    return config


def on_page_markdown(markdown: str, *, page: Page, config: MkDocsConfig, files: Files) -> str:
    if "<!-- server-file:" not in markdown:
        return markdown
    site = Site(config.site_url or "", PLACEHOLDER)

    def quote(match: re.Match[str]) -> str:
        name = match["name"]
        if name not in _LANGUAGES:
            raise PluginError(f"{page.file.src_uri}: no server file {name!r} (known: {', '.join(_LANGUAGES)})")
        block = f"```{_LANGUAGES[name]}\n{server_files(site)[name]}```"
        return "\n".join(match["indent"] + line if line else line for line in block.splitlines())

    _state.quoted_in.add(page.file.dest_uri)
    return _INCLUDE.sub(quote, markdown)


def on_post_build(*, config: MkDocsConfig) -> None:
    site_dir = Path(config.site_dir)
    site = Site(config.site_url or "", (site_dir / CSP_FILE).read_text(encoding="utf-8").strip())
    folder = site_dir / SERVER_DIR
    folder.mkdir(exist_ok=True)
    for name, text in server_files(site).items():
        (folder / name).write_text(text, encoding="utf-8")
    for page in _state.quoted_in:
        _fill_placeholder(site_dir / page, html.escape(site.csp))
    if _state.quoted_in:
        _fill_placeholder(site_dir / "search" / "search_index.json", json.dumps(site.csp)[1:-1])
    for path in precompressed(site_dir):  # last: the copies are of the files as served
        _write_compressed(path)


def precompressed(site_dir: Path) -> list[Path]:
    """The files of the site that get ``.gz`` and ``.br`` copies beside them."""
    return sorted(
        path
        for path in site_dir.rglob("*")
        if path.suffix in PRECOMPRESSED_SUFFIXES and path.is_file() and path.stat().st_size >= PRECOMPRESSED_FROM
    )


def server_files(site: Site) -> dict[str, str]:
    """The server configuration files by name, for a site and its policy."""
    return {"nginx.conf": nginx_conf(site), "apache.conf": apache_conf(site), "apache.htaccess": apache_htaccess(site)}


def nginx_conf(site: Site) -> str:
    path = site.path
    at_root = path == "/"
    headers = [
        f'add_header Content-Security-Policy "{site.csp}" always;',
        f'add_header Cache-Control "{REVALIDATE}" always;',
    ]
    lines = [
        f"# nginx, for After the Interview at {site.where}.",
        "# Written by `make build` (hooks/server.py) for this build: copy it again after every build, since the",
        "# Content-Security-Policy lists the hashes of this build's inline scripts.",
        f"# 1. Copy the contents of site/ to {_folder(path)} of your server block's `root`.",
        "# 2. Put this file in that server block: `include /etc/nginx/snippets/after-the-interview.conf;`",
        "#    " + ("in place of its own `location / { }`." if at_root else "(nothing else in the block changes)."),
        f"# 3. Run `nginx -t && nginx -s reload`, then `make check-server URL={site.url or 'https://...' + path}`.",
        "",
    ]
    if not at_root:
        lines += [
            f"location = {path.rstrip('/')} {{",
            "    absolute_redirect off;",
            f"    return 301 {path};",
            "}",
            "",
        ]
    lines += [
        f"location {path} {{",
        "    absolute_redirect off;",
        f"    error_page 404 {path}404.html;",
        "    gzip on;",
        "    gzip_vary on;",
        f"    gzip_types {' '.join(t for t in COMPRESSED_TYPES if t != 'text/html')};",
        "    # The build writes a .gz and a .br copy beside every text and wasm file: sent as they are, smaller than",
        "    # nginx compresses them and at no cost per request. With nginx's brotli module (on Debian and Ubuntu:",
        "    # apt install libnginx-mod-http-brotli-static) uncomment brotli_static: the wasm is a fifth smaller.",
        "    gzip_static on;",
        "    # brotli_static on;",
        "    # A location with an add_header of its own inherits none of these, so the one below repeats them.",
        *(f"    {header}" for header in headers),
        "",
        "    # Content-hashed files (Python's runtime among them): a new build gives them new names, so browsers",
        "    # may keep them for a year.",
        f'    location ~ "^{_literal(path)}{HASHED}" {{',
        f"        {headers[0]}",
        f'        add_header Cache-Control "{IMMUTABLE}" always;',
        r"        location ~ \.wasm$ {",
        "            # Here only, so nginx's own types (mime.types) still apply to every other file.",
        "            types { application/wasm wasm; }",
        "        }",
        "    }",
        "}",
    ]
    return "\n".join(lines) + "\n"


def _apache_directives(site: Site) -> list[str]:
    """What apache.conf and apache.htaccess both say (they need mod_headers, mod_deflate and mod_filter)."""
    path = site.path
    return [
        f"ErrorDocument 404 {path}404.html",
        "# Added to the server's own types (mime.types), which stay as they are.",
        "AddType application/wasm .wasm",
        "# Brotli first where mod_brotli is on (a2enmod brotli): the wasm is a fifth smaller than in gzip.",
        "<IfModule mod_brotli.c>",
        f"    AddOutputFilterByType BROTLI_COMPRESS {' '.join(COMPRESSED_TYPES)}",
        "</IfModule>",
        f"AddOutputFilterByType DEFLATE {' '.join(COMPRESSED_TYPES)}",
        f'Header always set Content-Security-Policy "{site.csp}"',
        f'Header always set Cache-Control "{REVALIDATE}"',
        "# Content-hashed files: a new build gives them new names, so browsers may keep them for a year.",
        f'Header always set Cache-Control "{IMMUTABLE}" "expr=%{{REQUEST_URI}} =~ m#^{_literal(path)}{HASHED}#"',
    ]


def _apache_header(site: Site, kind: str) -> list[str]:
    return [
        f"# Apache, {kind}, for After the Interview at {site.where}.",
        "# Written by `make build` (hooks/server.py) for this build: copy it again after every build, since the",
        "# Content-Security-Policy lists the hashes of this build's inline scripts.",
        f"# Copy the contents of site/ to {_folder(site.path)} of the DocumentRoot.",
        "# Debian and Ubuntu have mod_headers off: run `a2enmod headers` once (mod_deflate and mod_filter are on).",
        "# Without mod_headers Apache refuses this file, where it would otherwise leave out the policy unsaid.",
    ]


def apache_conf(site: Site) -> str:
    path = site.path
    lines = [
        *_apache_header(site, "server configuration"),
        "# Debian: copy it to /etc/apache2/conf-available/after-the-interview.conf, run",
        "# `a2enconf after-the-interview && apachectl configtest && systemctl reload apache2`, then",
        f"# `make check-server URL={site.url or 'https://...' + path}`.",
        "# Elsewhere: Include it in the server's configuration.",
        "",
    ]
    if path != "/":
        lines += [f'RedirectMatch 301 "^{_literal(path.rstrip("/"))}$" "{path}"', ""]
    lines += [f'<Location "{path}">', *(f"    {line}" for line in _apache_directives(site)), "</Location>"]
    return "\n".join(lines) + "\n"


def apache_htaccess(site: Site) -> str:
    lines = [
        *_apache_header(site, ".htaccess"),
        "# Save it as .htaccess in the site's folder, where the server allows it: `AllowOverride FileInfo` for",
        "# that folder (Debian's default for /var/www is `AllowOverride None`, which ignores the file without a",
        "# word; apache.conf needs no such setting).",
        f"# Then run `make check-server URL={site.url or 'https://...' + site.path}`.",
        "",
        *_apache_directives(site),
    ]
    return "\n".join(lines) + "\n"


def _folder(path: str) -> str:
    return "the top folder" if path == "/" else f"the folder {path.strip('/')}/"


def _literal(path: str) -> str:
    """A URL path as a regular expression that matches it alone (PCRE, for nginx and Apache)."""
    return re.sub(r"([.^$*+?()\[\]{}|\\])", r"\\\1", path)


def _write_compressed(file: Path) -> None:
    """``file.gz`` and ``file.br`` beside ``file``, made once per content (under ``build/server/``, brotli at its
    best takes half a minute for the wasm) and the same on every build."""
    content = file.read_bytes()
    digest = hashlib.sha256(content).hexdigest()
    for suffix in ENCODINGS:
        cached = CACHE / f"{digest}{suffix}"
        if not cached.is_file():
            CACHE.mkdir(parents=True, exist_ok=True)
            packed = (
                brotli.compress(content, quality=11, lgwin=24)
                if suffix == ".br"
                else gzip.compress(content, compresslevel=9, mtime=0)
            )
            with tempfile.NamedTemporaryFile(dir=CACHE, prefix="staging-", delete=False) as staging:
                staging.write(packed)
            Path(staging.name).replace(cached)  # whole or not at all, even when two builds race
        shutil.copyfile(cached, file.with_name(file.name + suffix))


def _fill_placeholder(file: Path, value: str) -> None:
    text = file.read_text(encoding="utf-8")
    if PLACEHOLDER not in text:
        raise PluginError(f"server: {file.name} quotes a server file but lost its Content-Security-Policy placeholder")
    file.write_text(text.replace(PLACEHOLDER, value), encoding="utf-8")
