"""Encryption at rest (SQLCipher): no plaintext in the file, wrong passphrases refused, conversions both ways,
passphrase changes, encrypted backups, and the CLI commands."""

from __future__ import annotations

import zipfile
from pathlib import Path

import pytest

from magia_desk.cli.main import run_cli
from magia_desk.domain.errors import MagiaError
from magia_desk.services import backup, contacts, organizations
from magia_desk.services.contacts import ContactFilter
from magia_desk.storage import encryption
from magia_desk.storage.store import PassphraseError, open_store

pytest.importorskip("sqlcipher3")

SECRET_NAME = "Lefèvre-Unique42"
SECRET_EMAIL = "zoe.unique42@lyonbiopole.example"
PLAINTEXTS = [SECRET_NAME.encode(), b"Unique42", SECRET_EMAIL.encode(), b"SQLite format 3"]


def fill(store_path: Path, passphrase: str | None) -> str:
    with open_store(store_path, passphrase=passphrase, keep_backup=False) as store:
        org = organizations.create_organization(store, {"kind": "cluster", "name": "Lyonbiopole Unique42"})
        return contacts.create_contact(
            store, {"first_name": "Zoë", "last_name": SECRET_NAME, "email": SECRET_EMAIL, "organization_id": org}
        )


def raw_bytes(path: Path) -> bytes:
    """The store file and whatever journal lies beside it: what a thief would copy."""
    return b"".join(p.read_bytes() for p in path.parent.glob(path.name + "*") if p.is_file())


def found_plaintext(data: bytes) -> list[bytes]:
    return [text for text in PLAINTEXTS if text in data]


def search(store_path: Path, passphrase: str | None, text: str) -> list[str]:
    with open_store(store_path, passphrase=passphrase, keep_backup=False) as store:
        ids = contacts.contact_ids(store, ContactFilter(text=text))
        return [r.last_name for r in contacts.contact_rows(store, ids)]


def test_an_encrypted_store_holds_no_plaintext_and_opens_only_with_its_passphrase(store_path: Path) -> None:
    fill(store_path, "correct horse")
    assert found_plaintext(raw_bytes(store_path)) == []
    with open_store(store_path, passphrase="correct horse", keep_backup=False) as store:
        assert store.encrypted
    assert search(store_path, "correct horse", "unique42") == [SECRET_NAME]  # whole, full-text index included

    before = store_path.read_bytes()
    with pytest.raises(PassphraseError, match="does not open"):
        open_store(store_path, passphrase="wrong horse")
    with pytest.raises(PassphraseError, match="encrypted"):
        open_store(store_path)
    assert store_path.read_bytes() == before


def test_the_journal_of_an_open_encrypted_store_holds_no_plaintext_either(store_path: Path) -> None:
    fill(store_path, "pw")
    with open_store(store_path, passphrase="pw", keep_backup=False) as store:
        contacts.create_contact(store, {"first_name": "Another", "last_name": "Unique42 Person"})
        wal = store_path.with_name(store_path.name + "-wal")
        assert wal.exists() and wal.stat().st_size > 0
        assert found_plaintext(raw_bytes(store_path)) == []


def test_plain_to_encrypted_and_back_keeps_the_data(store_path: Path) -> None:
    fill(store_path, None)
    assert SECRET_NAME.encode() in raw_bytes(store_path)
    with open_store(store_path, keep_backup=False) as store:
        manual = backup.backup_store(store)  # a plain backup, made before the conversion

    result = backup.encrypt_store(store_path, "s3cret")
    assert found_plaintext(raw_bytes(store_path)) == []
    assert search(store_path, "s3cret", "lefevre") == [SECRET_NAME]
    # neither the copy kept of the plain store nor the old backup stays readable
    assert result.kept is not None and found_plaintext(result.kept.read_bytes()) == []
    assert result.backups_converted == [manual] and result.backups_left == []
    with zipfile.ZipFile(manual) as archive:
        assert found_plaintext(archive.read("store.sqlite")) == []
    assert backup.verify_backup(manual, "s3cret") == []

    result = backup.decrypt_store(store_path, "s3cret")
    assert store_path.read_bytes().startswith(b"SQLite format 3\x00")
    assert search(store_path, None, "lefevre") == [SECRET_NAME]
    assert manual in result.backups_left  # backups stay encrypted
    with pytest.raises(MagiaError, match="not encrypted"):
        backup.decrypt_store(store_path, "s3cret")  # refused, nothing changed


def test_a_wrong_passphrase_converts_nothing(store_path: Path) -> None:
    fill(store_path, "right")
    before = store_path.read_bytes()
    with pytest.raises(PassphraseError):
        backup.decrypt_store(store_path, "wrong")
    with pytest.raises(PassphraseError):
        backup.change_passphrase(store_path, "wrong", "new")
    assert store_path.read_bytes() == before


def test_changing_the_passphrase_rekeys_the_store_and_its_backups(store_path: Path) -> None:
    fill(store_path, "old one")
    with open_store(store_path, passphrase="old one", keep_backup=False) as store:
        made = backup.backup_store(store)
    result = backup.change_passphrase(store_path, "old one", "new one")
    assert result.backups_converted == [made]
    with pytest.raises(PassphraseError):
        open_store(store_path, passphrase="old one")
    assert search(store_path, "new one", "unique42") == [SECRET_NAME]
    assert backup.verify_backup(made, "new one") == [] and backup.verify_backup(made, "old one") != []


def test_backups_of_an_encrypted_store_stay_encrypted_and_restore_with_the_passphrase(store_path: Path) -> None:
    fill(store_path, "pw")
    with open_store(store_path, passphrase="pw", keep_backup=False) as store:
        contacts.create_contact(store, {"first_name": "Later", "last_name": "Addition"})
    open_store(store_path, passphrase="pw").close()  # the automatic backup on open
    [auto] = backup.list_backups(store_path)
    with zipfile.ZipFile(auto.path) as archive:
        assert found_plaintext(archive.read("store.sqlite")) == []
    with pytest.raises(PassphraseError):
        backup.restore_store(store_path, auto.path)
    result = backup.restore_store(store_path, auto.path, "pw")
    assert result.previous_kept_at is not None and found_plaintext(result.previous_kept_at.read_bytes()) == []
    assert search(store_path, "pw", "addition") == ["Addition"]


def test_a_passphrase_given_for_a_plain_store_is_not_used(store_path: Path) -> None:
    fill(store_path, None)
    with open_store(store_path, passphrase="ignored", keep_backup=False) as store:
        assert not store.encrypted
    assert store_path.read_bytes().startswith(b"SQLite format 3\x00")


def test_detection_of_encrypted_files(tmp_path: Path) -> None:
    store_path = tmp_path / "s.sqlite"
    fill(store_path, "pw")
    assert encryption.is_encrypted(store_path) and backup.store_is_encrypted(store_path)
    assert encryption.key_opens(store_path, "pw") and not encryption.key_opens(store_path, "nope")
    text = tmp_path / "t.txt"
    text.write_text("x" * 4096)
    assert not encryption.is_encrypted(text)
    with pytest.raises(Exception, match="NUL"):
        open_store(tmp_path / "n.sqlite", passphrase="a\x00b")


def test_cli_encrypt_check_passphrase_decrypt(store_path: Path, monkeypatch: pytest.MonkeyPatch,
                                             capsys: pytest.CaptureFixture[str]) -> None:
    fill(store_path, None)
    db = ["--db", str(store_path)]
    monkeypatch.setenv("MAGIA_DESK_PASSPHRASE", "first")
    assert run_cli([*db, "encrypt"]) == 0
    assert found_plaintext(raw_bytes(store_path)) == []
    assert run_cli([*db, "check", "--json"]) == 0  # --db opens with $MAGIA_DESK_PASSPHRASE
    assert '"encrypted": true' in capsys.readouterr().out

    monkeypatch.setenv("MAGIA_DESK_NEW_PASSPHRASE", "second")
    assert run_cli([*db, "passphrase"]) == 0
    assert run_cli([*db, "check"]) == 1  # the old passphrase no longer opens it
    assert "does not open" in capsys.readouterr().err

    monkeypatch.setenv("MAGIA_DESK_PASSPHRASE", "second")
    assert run_cli([*db, "decrypt"]) == 0
    monkeypatch.delenv("MAGIA_DESK_PASSPHRASE")
    assert run_cli([*db, "check"]) == 0
    assert SECRET_NAME.encode() in raw_bytes(store_path)


def test_cli_without_a_passphrase_and_without_a_terminal_is_refused(store_path: Path,
                                                                   capsys: pytest.CaptureFixture[str]) -> None:
    fill(store_path, "pw")
    assert run_cli(["--db", str(store_path), "check"]) == 1
    assert "MAGIA_DESK_PASSPHRASE" in capsys.readouterr().err
