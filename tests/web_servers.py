"""Debian's nginx and Apache, each run for one test as a career office would set it up, on 127.0.0.1.

Each server gets a folder of its own (config, logs, pid, document root) and a free high port; the site is copied
under the sub-path of its ``site.url``. The main config is the stock one of Debian's package, cut to what serves
static files, so what a test adds is exactly what the guide tells an office to add: ``include`` the generated
nginx.conf, ``Include`` the generated apache.conf (after ``a2enmod headers``), or the generated .htaccess with
``AllowOverride FileInfo``. Under root, Apache's children run as www-data, as on Debian, so the folder is
world-readable.
"""

from __future__ import annotations

import os
import shutil
import socket
import subprocess
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path

NGINX = Path(shutil.which("nginx") or "/usr/sbin/nginx")
APACHE = Path(shutil.which("apache2") or "/usr/sbin/apache2")
APACHE_MODULES = Path("/usr/lib/apache2/modules")
NGINX_TYPES = Path("/etc/nginx/mime.types")
SYSTEM_TYPES = Path("/etc/mime.types")  # Apache's on Debian (TypesConfig)
DEBIAN_DEFLATE = Path("/etc/apache2/mods-available/deflate.conf")  # on by default on Debian
# Debian's modules that serving a static site uses, all on by default but mod_headers (`a2enmod headers`).
APACHE_DEFAULT_MODULES = ("mpm_event", "authz_core", "mime", "dir", "alias", "filter", "deflate")
SETUP_NOTE = Path(__file__).resolve().parent.parent / ".web-servers"  # written by scripts/ensure-web-servers
START_TIMEOUT_S = 15


def unavailable(server: str) -> str | None:
    """Why ``server`` ("nginx" or "apache2") cannot run here, or None when it can."""
    binary = NGINX if server == "nginx" else APACHE
    if binary.is_file() and (server == "nginx" or APACHE_MODULES.is_dir()):
        return None
    note = SETUP_NOTE.read_text(encoding="utf-8").strip() if SETUP_NOTE.is_file() else "make setup has not run"
    return f"{server} is not installed ({note})"


@dataclass
class WebServer:
    """A running server; ``url`` ends with the site's sub-path and a slash."""

    name: str
    url: str
    folder: Path
    process: subprocess.Popen[bytes]

    def stop(self) -> None:
        self.process.terminate()
        try:
            self.process.wait(timeout=10)
        except subprocess.TimeoutExpired:
            self.process.kill()
            self.process.wait()
        shutil.rmtree(self.folder, ignore_errors=True)


def _types(types: Path, lacking: str | None, folder: Path) -> Path:
    """``types`` (a mime.types file), or a copy without the extension ``lacking``: what an older server knows."""
    if lacking is None:
        return types
    copy = folder / f"{types.name}-without-{lacking}"
    lines = types.read_text(encoding="utf-8").splitlines()
    kept = [line for line in lines if lacking not in line.rstrip(";").split()[1:]]
    copy.write_text("\n".join(kept) + "\n", encoding="utf-8")
    return copy


def _prepare(site: Path, path: str) -> tuple[Path, Path, int]:
    """A world-readable folder with the site copied to ``root/<path>``, and a free port."""
    folder = Path(tempfile.mkdtemp(prefix="atl-web-"))
    folder.chmod(0o755)
    root = folder / "root"
    shutil.copytree(site, root / path.strip("/"), dirs_exist_ok=True)
    for directory in (folder, *(p for p in root.rglob("*") if p.is_dir()), root):
        directory.chmod(0o755)
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = int(probe.getsockname()[1])
    return folder, root, port


def _started(name: str, command: list[str], folder: Path, port: int, path: str) -> WebServer:
    log = folder / "error.log"  # where both servers are told to write
    process = subprocess.Popen(command, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    deadline = time.monotonic() + START_TIMEOUT_S
    while time.monotonic() < deadline:
        if process.poll() is not None:
            errors = (process.stderr.read().decode() if process.stderr else "") + _read(log)
            shutil.rmtree(folder, ignore_errors=True)
            raise AssertionError(f"{name} did not start:\n{errors}")
        with socket.socket() as probe:
            if probe.connect_ex(("127.0.0.1", port)) == 0:
                return WebServer(name, f"http://127.0.0.1:{port}{path}", folder, process)
        time.sleep(0.1)
    process.kill()
    raise AssertionError(f"{name} did not listen on port {port} within {START_TIMEOUT_S} s:\n{_read(log)}")


def _read(log: Path) -> str:
    return log.read_text(encoding="utf-8", errors="replace") if log.is_file() else ""


def nginx(site: Path, path: str, *, include: str | None, lacking: str | None = None, extra: str = "") -> WebServer:
    """Debian's nginx.conf and default server, plus ``include`` (a file under site/_server/) and ``extra`` in it.

    ``lacking``: an extension left out of nginx's own types.
    """
    folder, root, port = _prepare(site, path)
    types = _types(NGINX_TYPES, lacking, folder)
    (folder / "temp").mkdir()
    if include:
        extra = f"include {root / path.strip('/') / '_server' / include};\n{extra}"
    temp = " ".join(
        f"{kind}_temp_path {folder / 'temp'};" for kind in ("client_body", "proxy", "fastcgi", "uwsgi", "scgi")
    )
    config = folder / "nginx.conf"
    config.write_text(
        f"""
pid {folder / "nginx.pid"};
error_log {folder / "error.log"};
events {{ worker_connections 64; }}
http {{
    sendfile on;
    include {types};
    default_type application/octet-stream;
    access_log off;
    gzip on;
    {temp}
    server {{
        listen 127.0.0.1:{port};
        root {root};
        index index.html;
        location / {{
            try_files $uri $uri/ =404;
        }}
        {extra}
    }}
}}
""",
        encoding="utf-8",
    )
    command = [str(NGINX), "-p", str(folder), "-c", str(config), "-e", str(folder / "error.log"), "-g", "daemon off;"]
    return _started("nginx", command, folder, port, path)


def apache(site: Path, path: str, *, setup: str | None, lacking: str | None = None) -> WebServer:
    """Debian's stock modules and defaults; ``setup`` "apache.conf" or "apache.htaccess" adds the generated file.

    ``lacking``: an extension left out of the server's own types.
    """
    folder, root, port = _prepare(site, path)
    types = _types(SYSTEM_TYPES, lacking, folder)
    modules = [*APACHE_DEFAULT_MODULES, *(["headers"] if setup else [])]
    served = root / path.strip("/")
    override = "None"  # Debian's default for /var/www
    extra = ""
    if setup == "apache.conf":
        extra = f"Include {served / '_server' / setup}"
    elif setup == "apache.htaccess":
        shutil.copyfile(served / "_server" / setup, served / ".htaccess")
        (served / ".htaccess").chmod(0o644)
        override = "FileInfo"
    as_debian = "User www-data\nGroup www-data" if os.geteuid() == 0 else ""
    config = folder / "apache2.conf"
    config.write_text(
        f"""
ServerRoot {folder}
ServerName 127.0.0.1
Listen 127.0.0.1:{port}
PidFile {folder / "apache2.pid"}
DefaultRuntimeDir {folder}
ErrorLog {folder / "error.log"}
LogLevel warn
{as_debian}
{chr(10).join(f"LoadModule {name}_module {APACHE_MODULES / f'mod_{name}.so'}" for name in modules)}
TypesConfig {types}
Include {DEBIAN_DEFLATE}
DocumentRoot {root}
DirectoryIndex index.html
<Directory {root}>
    Require all granted
    AllowOverride {override}
</Directory>
{extra}
""",
        encoding="utf-8",
    )
    command = [str(APACHE), "-f", str(config), "-DFOREGROUND"]
    return _started("apache2", command, folder, port, path)
