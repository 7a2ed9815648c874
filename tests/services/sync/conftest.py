"""Fixtures for the sync tests: replicas as real SQLite stores, and a throwaway PostgreSQL server for the hub.

The server comes from Debian's `postgresql` package (binaries under /usr/lib/postgresql/<version>/bin). It is
initialised in a temporary directory, listens on 127.0.0.1 on a free port only (no Unix socket), runs as
`nobody` when the tests run as root (PostgreSQL refuses to run as root), uses password authentication (so the
keyring path is exercised for real) and is stopped when the test session ends.
"""

from __future__ import annotations

import contextlib
import glob
import os
import secrets
import shutil
import socket
import sqlite3
import subprocess
import tempfile
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest

from magia_desk.storage.base import new_id
from magia_desk.storage.store import Store, open_store

PG_USER = "magia"


@dataclass(frozen=True)
class PgServer:
    host: str
    port: int
    user: str
    password: str
    ssl: bool  # the server offers TLS (a self-signed certificate made for the session)

    def url(self, database: str, *, with_password: bool = False) -> str:
        secret = f":{self.password}" if with_password else ""
        return f"postgresql://{self.user}{secret}@{self.host}:{self.port}/{database}"

    def admin(self) -> Any:
        import psycopg

        return psycopg.connect(
            host=self.host, port=self.port, user=self.user, password=self.password, dbname="postgres",
            autocommit=True,
        )


def _pg_bin() -> Path | None:
    found = sorted(glob.glob("/usr/lib/postgresql/*/bin/pg_ctl"), key=lambda p: int(Path(p).parts[-3]))
    return Path(found[-1]).parent if found else None


def _free_port() -> int:
    with contextlib.closing(socket.socket(socket.AF_INET, socket.SOCK_STREAM)) as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


def _as_server_user(command: list[str]) -> list[str]:
    # PostgreSQL will not run as root; `nobody` exists on every Debian system.
    return ["runuser", "-u", "nobody", "--", *command] if os.geteuid() == 0 else command


@pytest.fixture(scope="session")
def pg_server() -> Iterator[PgServer]:
    pytest.importorskip("psycopg", reason="psycopg (psycopg[binary]) is not installed: no hub tests")
    bin_dir = _pg_bin()
    if bin_dir is None:
        pytest.skip("no PostgreSQL server binaries under /usr/lib/postgresql/*/bin (Debian package: postgresql)")
    root = Path(tempfile.mkdtemp(prefix="magia-pg-"))
    data, log = root / "data", root / "server.log"
    password = secrets.token_hex(12)
    pwfile = root / "pwfile"
    pwfile.write_text(password + "\n")
    root.chmod(0o755)
    if os.geteuid() == 0:
        shutil.chown(root, "nobody", "nogroup")
        shutil.chown(pwfile, "nobody", "nogroup")
    port = _free_port()
    run = subprocess.run
    ssl = _make_certificate(root)
    try:
        run(_as_server_user([str(bin_dir / "initdb"), "-D", str(data), "-U", PG_USER, "--auth=scram-sha-256",
                             f"--pwfile={pwfile}", "-E", "UTF8", "--locale=C.UTF-8"]),
            check=True, capture_output=True, cwd=root)
        options = (f"-c listen_addresses=127.0.0.1 -p {port} -c unix_socket_directories='' -c fsync=off "
                   "-c synchronous_commit=off -c full_page_writes=off -c max_connections=60")
        if ssl:
            options += f" -c ssl=on -c ssl_cert_file={root / 'server.crt'} -c ssl_key_file={root / 'server.key'}"
        run(_as_server_user([str(bin_dir / "pg_ctl"), "-D", str(data), "-l", str(log), "-o", options, "-w",
                             "-t", "60", "start"]), check=True, capture_output=True, cwd=root)
    except subprocess.CalledProcessError as exc:
        details = (exc.stderr or b"").decode(errors="replace") + (log.read_text() if log.exists() else "")
        shutil.rmtree(root, ignore_errors=True)
        pytest.fail(f"could not start the throwaway PostgreSQL server: {details}")
    try:
        yield PgServer("127.0.0.1", port, PG_USER, password, ssl)
    finally:
        run(_as_server_user([str(bin_dir / "pg_ctl"), "-D", str(data), "-m", "fast", "-w", "stop"]),
            check=False, capture_output=True, cwd=root)
        shutil.rmtree(root, ignore_errors=True)


def _make_certificate(root: Path) -> bool:
    """A self-signed certificate so that the server offers TLS, as a real hub would (needs openssl)."""
    if shutil.which("openssl") is None:
        return False
    made = subprocess.run(
        ["openssl", "req", "-x509", "-newkey", "rsa:2048", "-nodes", "-days", "2", "-subj", "/CN=localhost",
         "-keyout", str(root / "server.key"), "-out", str(root / "server.crt")],
        capture_output=True, check=False,
    )
    if made.returncode != 0:
        return False
    (root / "server.key").chmod(0o600)
    if os.geteuid() == 0:
        for name in ("server.key", "server.crt"):
            shutil.chown(root / name, "nobody", "nogroup")
    return True


@pytest.fixture(scope="session")
def pg_template(pg_server: PgServer) -> str:
    """A hub database migrated once; each test copies it (CREATE DATABASE ... TEMPLATE is much faster)."""
    from magia_desk.storage.store import open_hub

    name = "magia_hub_template"
    with contextlib.closing(pg_server.admin()) as admin:
        admin.execute(f"CREATE DATABASE {name}")  # type: ignore[attr-defined]
    hub = open_hub(pg_server.url(name), password=pg_server.password)
    hub.close()
    return name


@pytest.fixture
def make_hub_url(pg_server: PgServer, pg_template: str,
                 monkeypatch: pytest.MonkeyPatch) -> Iterator[Callable[[], str]]:
    """Fresh hub databases (password handed over through $MAGIA_DESK_HUB_PASSWORD, as CI does)."""
    monkeypatch.setenv("MAGIA_DESK_HUB_PASSWORD", pg_server.password)
    created: list[str] = []

    def make() -> str:
        name = f"hub_{secrets.token_hex(6)}"
        with contextlib.closing(pg_server.admin()) as admin:
            admin.execute(f"CREATE DATABASE {name} TEMPLATE {pg_template}")  # type: ignore[attr-defined]
            # Each hub is its own site: a copied template would share the template's site id.
        with contextlib.closing(_connect(pg_server, name)) as connection:
            connection.execute("UPDATE store_meta SET value = %s WHERE key = 'site_id'", (new_id(),))
        created.append(name)
        return pg_server.url(name)

    yield make
    with contextlib.closing(pg_server.admin()) as admin:
        for name in created:
            admin.execute(f"DROP DATABASE IF EXISTS {name} WITH (FORCE)")  # type: ignore[attr-defined]


def _connect(server: PgServer, database: str) -> Any:
    import psycopg

    return psycopg.connect(host=server.host, port=server.port, user=server.user, password=server.password,
                           dbname=database, autocommit=True)


@pytest.fixture(scope="session")
def replica_template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """One migrated store file; replicas are copies with their own site id (Alembic runs once, not per replica)."""
    path = tmp_path_factory.mktemp("replica-template") / "template.sqlite"
    open_store(path).close()
    return path


@pytest.fixture
def make_replica(replica_template: Path, tmp_path: Path) -> Iterator[Callable[[str], Store]]:
    opened: list[Store] = []

    def make(name: str) -> Store:
        path = tmp_path / "replicas" / f"{name}.sqlite"
        path.parent.mkdir(parents=True, exist_ok=True)
        copy_replica(replica_template, path)
        store = open_store(path)
        store.officer_id = f"officer-{name}"
        opened.append(store)
        return store

    yield make
    for store in opened:
        store.close()


def copy_replica(template: Path, path: Path) -> None:
    """Copy a store file and give the copy a new site id, as a fresh install would have."""
    shutil.copyfile(template, path)
    with contextlib.closing(sqlite3.connect(path)) as connection:
        connection.execute("UPDATE store_meta SET value = ? WHERE key = 'site_id'", (new_id(),))
        connection.commit()
