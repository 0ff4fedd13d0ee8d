"""A static host behind a slow link, for bench/widget.py: the built site as a phone on mobile data would get it.

Chromium's own throttling does not reliably cover a Web Worker's fetches, so the pacing happens here, at the server:

- one link shared by every request of the visit, ``mbps`` wide: each response's body goes out in small chunks, and
  a chunk waits until the link is free (concurrent downloads share it, as they do on a phone);
- a round trip before each response (the request going up, the first byte coming back), and one more for each new
  connection (its TCP handshake; TLS and slow start are left out, so the figures err on the quick side);
- compression as the host does it. ``github``: every text type and wasm gzipped on the fly (level 6), everything
  kept ten minutes (GitHub Pages sends ``max-age=600``). ``nginx``: the configuration hooks/server.py writes, that is
  a ``.br`` or ``.gz`` copy beside the file served as it is when the browser accepts it (``brotli_static``,
  ``gzip_static``), other text gzipped on the fly at nginx's default level 1, content-hashed files kept a year as
  immutable and the rest revalidated.

What the host compresses on the fly is compressed before the first visit, as a host's cache would hold it: made
during a visit, the 9.6 MB wasm's gzip took half a second of the first visit's time, and of that visit's alone.

Every response carries an ETag, so a warm visit's revalidations cost a round trip and no body.
"""

from __future__ import annotations

import collections
import functools
import gzip
import http.server
import mimetypes
import re
import sys
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import ClassVar

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "hooks"))  # hooks/ is not a package: imported as the tests import it

from server import COMPRESSED_TYPES, HASHED, IMMUTABLE, REVALIDATE  # noqa: E402  # after the path is set

from tests.conftest import _Handler  # noqa: E402

CHUNK = 4096  # bytes per turn on the link: fine enough for concurrent downloads to share it evenly
HOSTS = ("github", "nginx")


@dataclass(frozen=True)
class Link:
    name: str
    mbps: float
    rtt_ms: float

    @property
    def bytes_per_s(self) -> float:
        return self.mbps * 1e6 / 8


LINKS = {
    "4g": Link("4G (9 Mbps, 85 ms)", 9.0, 85.0),
    "slow4g": Link("slow 4G, Lighthouse's (1.6 Mbps, 150 ms)", 1.6, 150.0),
}


class _Wire:
    """One link for every connection: a chunk goes out when the link is free, so downloads share its speed."""

    def __init__(self, link: Link) -> None:
        self.link = link
        self._lock = threading.Lock()
        self._free_at = 0.0

    def round_trip(self) -> None:
        time.sleep(self.link.rtt_ms / 1000)

    def send(self, out: object, data: bytes) -> None:
        write = out.write  # type: ignore[attr-defined]
        for start in range(0, len(data), CHUNK):
            chunk = data[start : start + CHUNK]
            with self._lock:
                begin = max(time.monotonic(), self._free_at)
                self._free_at = begin + len(chunk) / self.link.bytes_per_s
                done = self._free_at
            delay = done - time.monotonic()
            if delay > 0:
                time.sleep(delay)
            write(chunk)


@dataclass
class LinkSite:
    """The site behind the link: its URL, the files it answers 404 for, and what went over the link since reset()."""

    url: str = ""
    missing: frozenset[str] = frozenset()  # paths under the prefix, as a server without them would answer
    # Ends of paths sent at once, past the link: the worker, timing one of them, takes the link for a fast one.
    unpaced: frozenset[str] = frozenset()
    sent: collections.Counter[str] = field(default_factory=collections.Counter)  # body bytes by path
    requests: collections.Counter[str] = field(default_factory=collections.Counter)
    not_modified: collections.Counter[str] = field(default_factory=collections.Counter)  # 304s, no body

    def reset(self) -> None:
        for counter in (self.sent, self.requests, self.not_modified):
            counter.clear()


class _LinkHandler(http.server.BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"  # keep-alive: a browser reuses its connections, as it does with a real host
    types: ClassVar[dict[str, str]] = _Handler.extensions_map

    def __init__(self, *args: object, root: Path, prefix: str, host: str, wire: _Wire, served: LinkSite) -> None:
        self.root, self.prefix, self.host, self.wire, self.served = root, prefix, host, wire, served
        super().__init__(*args)  # type: ignore[arg-type]

    def setup(self) -> None:
        super().setup()
        self.wire.round_trip()  # the new connection's handshake

    def log_message(self, format: str, *args: object) -> None:
        pass

    def do_GET(self) -> None:
        path = self.path.split("?")[0]
        self.wire.round_trip()
        self.served.requests[path] += 1
        if not path.startswith(self.prefix):
            self._answer(404, b"not found", "text/plain", {})
            return
        relative = path[len(self.prefix) :]
        file = self.root / relative
        if relative in self.served.missing:
            file = self.root / "__missing__"
        if file.is_dir():
            if relative and not relative.endswith("/"):
                self._answer(301, b"", "text/plain", {"Location": path + "/"})
                return
            file = file / "index.html"
        if not file.is_file() or ".." in Path(relative).parts:
            self._answer(404, (self.root / "404.html").read_bytes(), "text/html", {"Cache-Control": REVALIDATE})
            return
        stat = file.stat()
        etag = f'"{stat.st_mtime_ns:x}-{stat.st_size:x}"'
        headers = {"ETag": etag, "Cache-Control": self._cache_control(relative)}
        content_type = _content_type(file)
        if self.headers.get("If-None-Match") == etag:
            self.served.not_modified[path] += 1
            self._answer(304, b"", content_type, headers)
            return
        body, encoding = self._encoded(file, content_type)
        if encoding:
            headers["Content-Encoding"] = encoding
        headers["Vary"] = "Accept-Encoding"
        self._answer(200, body, content_type, headers, paced=not path.endswith(tuple(self.served.unpaced)))
        self.served.sent[path] += len(body)

    def _cache_control(self, relative: str) -> str:
        if self.host == "github":
            return "max-age=600"
        return IMMUTABLE if re.match(HASHED, relative) else REVALIDATE

    def _encoded(self, file: Path, content_type: str) -> tuple[bytes, str]:
        accepted = {part.split(";")[0].strip() for part in (self.headers.get("Accept-Encoding") or "").split(",")}
        if self.host == "nginx":
            for encoding, suffix in (("br", ".br"), ("gzip", ".gz")):
                copy = file.with_name(file.name + suffix)
                if encoding in accepted and copy.is_file():
                    return copy.read_bytes(), encoding
        if content_type in COMPRESSED_TYPES and "gzip" in accepted:
            return _gzipped(file, _LEVELS[self.host]), "gzip"
        return file.read_bytes(), ""

    def _answer(
        self, status: int, body: bytes, content_type: str, headers: dict[str, str], *, paced: bool = True
    ) -> None:
        self.send_response(status)
        self.send_header("Content-Type", content_type)
        self.send_header("Content-Length", str(len(body)))
        for name, value in headers.items():
            self.send_header(name, value)
        self.end_headers()
        if body:
            try:
                if paced:
                    self.wire.send(self.wfile, body)
                else:
                    self.wfile.write(body)
            except (BrokenPipeError, ConnectionResetError):
                self.close_connection = True  # the browser stopped reading (a cancelled fetch)


_LEVELS = {"github": 6, "nginx": 1}  # the gzip level each host compresses at on the fly


def _content_type(file: Path) -> str:
    return _LinkHandler.types.get(file.suffix) or mimetypes.guess_type(file.name)[0] or "application/octet-stream"


@functools.cache
def _gzipped_cached(path: Path, mtime_ns: int, level: int) -> bytes:
    return gzip.compress(path.read_bytes(), compresslevel=level, mtime=0)


def _gzipped(path: Path, level: int) -> bytes:
    return _gzipped_cached(path, path.stat().st_mtime_ns, level)


@contextmanager
def serving_over(site: Path, prefix: str, link: Link, host: str) -> Iterator[LinkSite]:
    """Serve ``site`` under ``prefix`` behind ``link`` as ``host`` would."""
    for file in site.rglob("*"):
        if file.is_file() and _content_type(file) in COMPRESSED_TYPES:
            _gzipped(file, _LEVELS[host])
    served = LinkSite()
    handler = functools.partial(_LinkHandler, root=site, prefix=prefix, host=host, wire=_Wire(link), served=served)
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
    server.daemon_threads = True
    threading.Thread(target=server.serve_forever, daemon=True).start()
    try:
        served.url = f"http://127.0.0.1:{server.server_address[1]}{prefix}"
        yield served
    finally:
        server.shutdown()
        server.server_close()
