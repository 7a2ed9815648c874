"""A damaged, foreign, truncated or too-new file is refused, never written to (its bytes stay, no -wal/-shm appears),
and the refusal names the latest backup that passes its own check."""

from __future__ import annotations

import random
import sqlite3
from collections.abc import Callable
from pathlib import Path

import pytest

from magia_desk.cli.main import run_cli
from magia_desk.services import backup, organizations
from magia_desk.storage.store import (
    PassphraseError,
    StoreDamagedError,
    StoreError,
    StoreTooNewError,
    open_store,
    quick_check,
)


def real_store(path: Path, rows: int = 200) -> None:
    """A store with enough rows to span many pages, closed (so its -wal is folded into the file)."""
    with open_store(path, keep_backup=False) as store:
        for i in range(rows):
            organizations.create_organization(store, {"kind": "sme", "name": f"Company {i}", "notes": "x" * 200})


def random_bytes(path: Path) -> None:
    path.write_bytes(random.Random(1).randbytes(5000))


def random_pages(path: Path) -> None:
    # Shaped like an encrypted store (whole pages, no header): refused as "encrypted or not a store".
    path.write_bytes(random.Random(2).randbytes(8192))


def csv_file(path: Path) -> None:
    path.write_bytes(b"name;country\nBioWin;BE\nLyonbiopole;FR\n")


def truncated(path: Path) -> None:
    real_store(path)
    data = path.read_bytes()
    path.write_bytes(data[: len(data) // 2])


def corrupted_page(path: Path) -> None:
    real_store(path)
    data = bytearray(path.read_bytes())
    page = 4096
    for offset in range(page * 3, page * 3 + 3000):  # the middle of a b-tree page: cells and pointers garbled
        data[offset] = 0xA5
    path.write_bytes(bytes(data))


def newer_version(path: Path) -> None:
    real_store(path, rows=1)
    with sqlite3.connect(path) as con:
        con.execute("UPDATE alembic_version SET version_num = '9999_from_the_future'")
    con.close()


def other_application(path: Path) -> None:
    with sqlite3.connect(path) as con:
        con.execute("CREATE TABLE songs (title TEXT)")
    con.close()


CASES: dict[str, tuple[Callable[[Path], None], type[StoreError], str]] = {
    "random bytes": (random_bytes, StoreDamagedError, "not a MAGIA Desk store"),
    "random whole pages": (random_pages, PassphraseError, "encrypted"),
    "a csv file": (csv_file, StoreDamagedError, "not a MAGIA Desk store"),
    "a truncated store": (truncated, StoreDamagedError, "truncated"),
    "a corrupted page": (corrupted_page, StoreDamagedError, "damaged"),
    "a store from a newer version": (newer_version, StoreTooNewError, "newer version"),
    "another application's database": (other_application, StoreDamagedError, "not a MAGIA Desk store"),
}


def side_files(path: Path) -> list[str]:
    return sorted(p.name for p in path.parent.iterdir() if p.name.startswith(path.name + "-"))


@pytest.mark.parametrize("case", list(CASES))
def test_bad_files_are_refused_and_never_written(case: str, store_path: Path) -> None:
    make, error, message = CASES[case]
    store_path.parent.mkdir(parents=True, exist_ok=True)
    make(store_path)
    assert side_files(store_path) == []
    before = store_path.read_bytes()
    with pytest.raises(error, match=message):
        open_store(store_path)
    with pytest.raises(StoreError):  # the check used by `magia-desk check` refuses alike
        backup.open_for_check(store_path)
    assert store_path.read_bytes() == before
    assert side_files(store_path) == []  # no -wal, no -shm, no -journal
    assert not (store_path.parent / "backups").exists()  # nothing is backed up from a bad file either


def test_the_cli_check_refuses_with_exit_1(store_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    store_path.parent.mkdir(parents=True)
    corrupted_page(store_path)
    assert run_cli(["--db", str(store_path), "check"]) == 1
    assert "damaged" in capsys.readouterr().err


def test_the_refusal_names_the_latest_good_backup(store_path: Path) -> None:
    store_path.parent.mkdir(parents=True)
    real_store(store_path, rows=30)
    open_store(store_path).close()  # the automatic backup of a changed store
    [good] = backup.list_backups(store_path)
    # a newer backup that is itself damaged must be passed over
    bad = store_path.parent / "backups" / "magia-29991231-235959.magiabackup"
    bad.write_bytes(b"PK\x03\x04 not a zip at all")
    data = bytearray(store_path.read_bytes())
    data[4096 * 3: 4096 * 3 + 3000] = b"\xa5" * 3000
    store_path.write_bytes(bytes(data))

    with pytest.raises(StoreDamagedError) as refused:
        open_store(store_path)
    assert refused.value.latest_backup == good.path
    assert f"magia-desk restore {good.path}" in str(refused.value)

    backup.restore_store(store_path, good.path)  # and the offered backup brings the data back
    assert quick_check(store_path) == []
    with open_store(store_path) as store:
        assert organizations.count_organizations(store) == 30


def test_without_a_good_backup_nothing_is_offered(store_path: Path) -> None:
    store_path.parent.mkdir(parents=True)
    truncated(store_path)
    with pytest.raises(StoreDamagedError) as refused:
        open_store(store_path)
    assert refused.value.latest_backup is None and "restore" not in str(refused.value)


def test_check_reports_a_sound_store_and_verifies_backups(store_path: Path) -> None:
    store_path.parent.mkdir(parents=True)
    real_store(store_path, rows=3)
    with open_store(store_path) as store:
        report = backup.check_store(store)
        made = backup.backup_store(store)
    assert report.ok and report.problems == [] and report.latest_backup is None
    assert backup.verify_backup(made) == []
    assert backup.verify_backup(store_path.parent / "missing.magiabackup") != []
