"""Opening stores: creation, migration with a backup first, refusals, the lock, WAL and foreign keys."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest
from sqlalchemy import text

from magia_desk.services import organizations
from magia_desk.storage import migrate
from magia_desk.storage.store import (
    StoreDamagedError,
    StoreInUseError,
    StoreTooNewError,
    _make_engine,
    open_store,
)


def test_a_new_store_is_created_at_head_with_a_site_id(store_path: Path) -> None:
    with open_store(store_path) as store:
        assert migrate.current_revision(store.engine) == migrate.head_revision()
        assert len(store.site_id) == 36
        site = store.site_id
    with open_store(store_path) as again:
        assert again.site_id == site  # the site id is the store's, made once at creation


def test_wal_mode_and_foreign_keys_are_on(store_path: Path) -> None:
    with open_store(store_path) as store, store.engine.connect() as con:
        assert con.exec_driver_sql("PRAGMA journal_mode").scalar() == "wal"
        assert con.exec_driver_sql("PRAGMA foreign_keys").scalar() == 1


def test_an_old_store_is_backed_up_then_upgraded_keeping_its_data(store_path: Path) -> None:
    store_path.parent.mkdir(parents=True)
    engine = _make_engine(store_path)
    migrate.upgrade(engine, "0001_baseline")
    with engine.begin() as con:
        con.execute(
            text(
                "INSERT INTO organization (id, kind, name, created_at, updated_at, sectors, certifications, "
                "size_provisional, is_consortium_partner) VALUES ('o1', 'sme', 'Lyonnaise Biomédicale', "
                "'2019-01-01', '2019-01-01', '[]', '[]', 0, 0)"
            )
        )
    engine.dispose()

    with open_store(store_path) as store:
        assert migrate.current_revision(store.engine) == migrate.head_revision()
        # the row written before the upgrade is found by the search index the upgrade built
        assert organizations.organization_ids(store, organizations.OrganizationFilter(text="biomedic")) == ["o1"]
    backups = list((store_path.parent / "backups").glob("*.sqlite"))
    assert len(backups) == 1
    with sqlite3.connect(backups[0]) as con:
        assert con.execute("SELECT version_num FROM alembic_version").fetchone()[0] == "0001_baseline"
        assert con.execute("SELECT name FROM organization").fetchone()[0] == "Lyonnaise Biomédicale"


def test_opening_a_current_store_keeps_no_extra_backup(store_path: Path) -> None:
    open_store(store_path).close()
    open_store(store_path).close()
    assert not (store_path.parent / "backups").exists()


def test_a_store_from_a_newer_version_is_refused_and_not_written(store_path: Path) -> None:
    open_store(store_path).close()
    with sqlite3.connect(store_path) as con:
        con.execute("UPDATE alembic_version SET version_num = '9999_from_the_future'")
    before = store_path.read_bytes()
    with pytest.raises(StoreTooNewError, match="newer version"):
        open_store(store_path)
    assert store_path.read_bytes() == before


def test_a_second_opener_is_told_the_store_is_in_use(store_path: Path) -> None:
    with open_store(store_path), pytest.raises(StoreInUseError, match="already open"):
        open_store(store_path)
    open_store(store_path).close()  # released when the first closes


def test_the_lock_is_held_across_processes(store_path: Path) -> None:
    import subprocess
    import sys

    with open_store(store_path):
        code = (
            "import sys\nfrom magia_desk.storage.store import open_store, StoreInUseError\n"
            f"try:\n    open_store({str(store_path)!r})\nexcept StoreInUseError:\n    sys.exit(3)\n"
        )
        result = subprocess.run([sys.executable, "-c", code], capture_output=True, timeout=60)
    assert result.returncode == 3, result.stderr


@pytest.mark.parametrize(
    ("content", "message"),
    [
        (b"name;country\nBioWin;BE\n", "not a MAGIA Desk store"),
        (b"SQLite format 3\x00" + b"\x10\x00" + b"\x00" * 10, "truncated"),
    ],
)
def test_foreign_and_truncated_files_are_refused_untouched(store_path: Path, content: bytes, message: str) -> None:
    store_path.parent.mkdir(parents=True)
    store_path.write_bytes(content)
    with pytest.raises(StoreDamagedError, match=message):
        open_store(store_path)
    assert store_path.read_bytes() == content


def test_another_applications_sqlite_file_is_refused(store_path: Path) -> None:
    store_path.parent.mkdir(parents=True)
    with sqlite3.connect(store_path) as con:
        con.execute("CREATE TABLE songs (title TEXT)")
    before = store_path.read_bytes()
    with pytest.raises(StoreDamagedError, match="not a MAGIA Desk store"):
        open_store(store_path)
    assert store_path.read_bytes() == before


def test_the_revision_graph_read_without_alembic_agrees_with_alembic() -> None:
    from alembic.script import ScriptDirectory

    script = ScriptDirectory.from_config(migrate.alembic_config())
    assert migrate.head_revision() == script.get_current_head()
    assert set(migrate._revisions()) == {rev.revision for rev in script.walk_revisions()}
