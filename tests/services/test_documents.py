from __future__ import annotations

import hashlib
import os
import zipfile
from pathlib import Path

import pytest

from magia_desk.domain.errors import MagiaError, RecordInvalid
from magia_desk.services import documents as docs
from magia_desk.services.backup import backup_store
from magia_desk.services.contacts import create_contact
from magia_desk.services.officers import create_officer
from magia_desk.services.organizations import create_organization
from magia_desk.storage.store import Store

PDF = b"%PDF-1.4\n% MoU BioPmed - BioWin\n" + bytes(range(256)) * 40


@pytest.fixture
def company(store: Store) -> str:
    store.officer_id = create_officer(store, "Giulia Rossi")
    return create_organization(store, {"kind": "sme", "name": "Torino Devices", "country": "IT"})


@pytest.fixture
def contact(store: Store, company: str) -> str:
    return create_contact(store, {"first_name": "Anna", "last_name": "Bianchi", "organization_id": company})


def blobs(store: Store) -> list[Path]:
    """Every stored blob (the partial-copy folder excluded)."""
    root = store.attachments_dir
    if not root.is_dir():
        return []
    return sorted(p for p in root.rglob("*") if p.is_file() and docs.INCOMING not in p.parts)


def test_a_file_is_stored_under_its_sha256(store: Store, company: str, tmp_path: Path) -> None:
    source = tmp_path / "MoU signed.pdf"
    source.write_bytes(PDF)
    document_id = docs.attach_file(store, "organization", company, source)
    sha = hashlib.sha256(PDF).hexdigest()
    assert blobs(store) == [store.attachments_dir / sha[:2] / sha]
    assert (store.attachments_dir / sha[:2] / sha).read_bytes() == PDF
    [row] = docs.list_documents(store, "organization", company)
    assert (row.id, row.name, row.mime_type, row.size_bytes, row.sha256) == (
        document_id, "MoU signed.pdf", "application/pdf", len(PDF), sha)
    assert row.added_by == "Giulia Rossi" and row.available
    assert not any((store.attachments_dir / docs.INCOMING).iterdir())  # no partial copy left behind


def test_the_same_bytes_are_stored_once_with_every_name_kept(store: Store, company: str, contact: str) -> None:
    first = docs.attach_bytes(store, "organization", company, PDF, "MoU.pdf")
    second = docs.attach_bytes(store, "organization", company, PDF, "MoU copy.pdf")
    third = docs.attach_bytes(store, "contact", contact, PDF, "from Anna.pdf")
    other = docs.attach_bytes(store, "contact", contact, b"minutes", "minutes.txt")
    assert len(blobs(store)) == 2
    assert sorted(d.name for d in docs.list_documents(store, "organization", company)) == ["MoU copy.pdf", "MoU.pdf"]
    rows = {d.id: d for d in docs.list_documents(store, "contact", contact)}
    assert rows[third].sha256 == hashlib.sha256(PDF).hexdigest()
    assert rows[other].mime_type == "text/plain"
    assert len({first, second, third, other}) == 4


def test_a_large_file_is_hashed_while_streaming(store: Store, company: str, tmp_path: Path) -> None:
    data = os.urandom(docs.CHUNK * 3 + 12345)
    source = tmp_path / "video.mp4"
    source.write_bytes(data)
    docs.attach_file(store, "organization", company, source)
    [row] = docs.list_documents(store, "organization", company)
    assert row.sha256 == hashlib.sha256(data).hexdigest()
    assert row.size_bytes == len(data)
    assert docs.blob_path(store, row.sha256).read_bytes() == data


def test_a_damaged_blob_is_replaced_by_a_good_copy(store: Store, company: str) -> None:
    docs.attach_bytes(store, "organization", company, PDF, "a.pdf")
    blob = docs.blob_path(store, hashlib.sha256(PDF).hexdigest())
    blob.write_bytes(PDF[:10])  # truncated by a crash or a sync tool
    docs.attach_bytes(store, "organization", company, PDF, "b.pdf")
    assert blob.read_bytes() == PDF


def test_open_path_gives_a_named_copy_not_the_blob(store: Store, company: str) -> None:
    document_id = docs.attach_bytes(store, "organization", company, PDF, "MoU signed.pdf")
    path = docs.open_path(store, document_id)
    assert path.name == "MoU signed.pdf"
    assert path.read_bytes() == PDF
    assert store.attachments_dir not in path.parents  # never in backups, never the shared blob
    assert docs.open_path(store, document_id) == path  # opening again works over the read-only copy


def test_names_are_cleaned_and_unknown_records_refused(store: Store, company: str) -> None:
    document_id = docs.attach_bytes(store, "organization", company, b"x", "../../etc/pass\x00wd")
    assert docs.list_documents(store, "organization", company)[0].name == "passwd"
    assert docs.open_path(store, document_id).parent.parent == docs.opened_dir(store)
    with pytest.raises(RecordInvalid) as caught:
        docs.attach_bytes(store, "organization", "ghost", b"never stored", "x.txt")
    assert caught.value.fields == ["record_id"]
    with pytest.raises(RecordInvalid):
        docs.attach_bytes(store, "invoice", company, b"never stored", "x.txt")
    assert all(p.read_bytes() != b"never stored" for p in blobs(store))


def test_removal_keeps_the_blob_until_no_document_uses_it_and_a_purge(store: Store, company: str,
                                                                       contact: str) -> None:
    first = docs.attach_bytes(store, "organization", company, PDF, "MoU.pdf")
    second = docs.attach_bytes(store, "contact", contact, PDF, "MoU from Anna.pdf")
    only = docs.attach_bytes(store, "contact", contact, b"notes", "notes.txt")
    blob = docs.blob_path(store, hashlib.sha256(PDF).hexdigest())

    docs.remove_document(store, first)
    assert docs.list_documents(store, "organization", company) == []
    assert docs.purge_orphans(store) == docs.PurgeResult(0, 0)  # the contact's document still uses it
    assert blob.is_file()

    docs.remove_document(store, second)
    docs.remove_document(store, only)
    docs.restore_document(store, only)  # undo: the blob was kept
    assert [d.name for d in docs.list_documents(store, "contact", contact)] == ["notes.txt"]
    assert blob.is_file()  # removal alone never deletes content

    assert docs.purge_orphans(store) == docs.PurgeResult(1, len(PDF))
    assert not blob.exists()
    assert docs.blob_path(store, hashlib.sha256(b"notes").hexdigest()).is_file()
    with pytest.raises(MagiaError, match="missing"):
        docs.restore_document(store, first)
    with pytest.raises(MagiaError):
        docs.open_path(store, first)


def test_a_missing_blob_is_reported(store: Store, company: str) -> None:
    document_id = docs.attach_bytes(store, "organization", company, PDF, "MoU.pdf")
    docs.blob_path(store, hashlib.sha256(PDF).hexdigest()).unlink()
    assert not docs.list_documents(store, "organization", company)[0].available
    with pytest.raises(MagiaError, match="Restore a backup"):
        docs.open_path(store, document_id)


def test_the_backup_holds_the_attachment_blobs(store: Store, company: str, tmp_path: Path) -> None:
    docs.attach_bytes(store, "organization", company, PDF, "MoU.pdf")
    docs.attach_bytes(store, "organization", company, b"minutes", "minutes.txt")
    archive_path = backup_store(store, tmp_path / "out" / "store.magiabackup")
    with zipfile.ZipFile(archive_path) as archive:
        names = set(archive.namelist())
        for content in (PDF, b"minutes"):
            sha = hashlib.sha256(content).hexdigest()
            entry = f"attachments/{sha[:2]}/{sha}"
            assert entry in names
            assert archive.read(entry) == content
        assert "store.sqlite" in names


def test_the_backup_command_holds_the_attachments(store: Store, store_path: Path, company: str,
                                                   tmp_path: Path) -> None:
    from magia_desk.cli.main import run_cli

    docs.attach_bytes(store, "organization", company, PDF, "MoU.pdf")
    store.close()  # the command opens the store itself (a second opener is refused)
    out = tmp_path / "cli.magiabackup"
    assert run_cli(["--db", str(store_path), "backup", "--out", str(out)]) == 0
    sha = hashlib.sha256(PDF).hexdigest()
    with zipfile.ZipFile(out) as archive:
        assert archive.read(f"attachments/{sha[:2]}/{sha}") == PDF
