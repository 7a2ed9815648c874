"""Files attached to records, stored once by content in the store's attachment folder.

Layout: `store.attachments_dir / sha[:2] / sha` holds the bytes (no name, no extension); the `document` row
holds the original name, the mime type and the size. Identical bytes are stored once however many documents
(on however many records) refer to them.

Removing a document only soft-deletes its row and keeps the blob, because the removal must be undoable
(restore_document) and another laptop may still send rows naming the same content. Blobs that no live document
refers to are deleted by `purge_orphans`, a maintenance step (e.g. after a backup), never implicitly.
"""

from __future__ import annotations

import contextlib
import hashlib
import mimetypes
import os
import re
import shutil
import tempfile
import threading
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import BinaryIO

from sqlalchemy import select

from magia_desk.domain.errors import N_, MagiaError, Message, RecordInvalid, ValidationError
from magia_desk.services.common import load, soft_delete
from magia_desk.services.timeline import DOCUMENT_RECORD_TYPES, check_record, officer_names, same_record_types
from magia_desk.storage.models import Document
from magia_desk.storage.store import Store

CHUNK = 1 << 20  # hash and copy 1 MB at a time: a 2 GB video never sits in memory
INCOMING = ".incoming"  # partial copies, renamed into place once complete
_SHA_RE = re.compile(r"^[0-9a-f]{64}$")

# Attaching writes the blob and then the row; purging lists live rows and then deletes blobs. Interleaved,
# a purge could delete the blob of a row about to be committed. The OS lock on the store keeps other
# processes out, this lock keeps this process's threads (GUI background work) in turn.
_blob_lock = threading.Lock()


def blob_path(store: Store, sha256: str) -> Path:
    return store.attachments_dir / sha256[:2] / sha256


def opened_dir(store: Store) -> Path:
    """Where named copies for the system's viewer go: beside the store (as private as it), outside backups."""
    return store.path.with_name(store.path.stem + ".opened")


def _clean_name(name: str) -> str:
    # Only the last part of a path, no control characters: the name is shown and used for the opened copy.
    base = re.split(r"[\\/]", name or "")[-1]
    base = "".join(ch for ch in base if ch.isprintable()).strip().strip(".") or "attachment"
    if len(base) > 300:
        stem, dot, ext = base.rpartition(".")
        base = (stem[: 299 - len(ext)] + dot + ext) if dot and len(ext) < 20 else base[:300]
    return base


def _store_blob(store: Store, stream: BinaryIO) -> tuple[str, int]:
    """Copy the stream into the attachment folder, hashing as it goes; (sha256, size). Atomic: a crash
    leaves at most a partial file under .incoming, never a blob with the wrong content under its name."""
    incoming = store.attachments_dir / INCOMING
    incoming.mkdir(parents=True, exist_ok=True)
    handle, temp_name = tempfile.mkstemp(dir=incoming, prefix="part-")
    temp = Path(temp_name)
    digest = hashlib.sha256()
    size = 0
    try:
        with os.fdopen(handle, "wb") as out:
            while chunk := stream.read(CHUNK):
                digest.update(chunk)
                out.write(chunk)
                size += len(chunk)
            out.flush()
            os.fsync(out.fileno())
        sha = digest.hexdigest()
        target = blob_path(store, sha)
        if target.is_file() and target.stat().st_size == size:
            temp.unlink()  # the same content is already stored
        else:
            # Missing, or damaged (wrong size): the fresh copy takes its place.
            target.parent.mkdir(parents=True, exist_ok=True)
            os.replace(temp, target)
        return sha, size
    except BaseException:
        with contextlib.suppress(FileNotFoundError):
            temp.unlink()
        raise


def _check(store: Store, record_type: str, record_id: str) -> str:
    with store.read() as session:
        try:
            return check_record(session, record_type, record_id, DOCUMENT_RECORD_TYPES)
        except ValidationError as exc:
            raise RecordInvalid([exc]) from None


def attach_stream(store: Store, record_type: str, record_id: str, stream: BinaryIO, name: str) -> str:
    """Attach the bytes of `stream` as a file called `name` to the record. Returns the document id."""
    kind = _check(store, record_type, record_id)  # before copying what may be a large file
    name = _clean_name(name)
    with _blob_lock:
        sha, size = _store_blob(store, stream)
        with store.session() as session:
            check_record(session, kind, record_id, DOCUMENT_RECORD_TYPES)  # still there
            document = Document(
                record_type=kind, record_id=record_id, sha256=sha, original_name=name,
                mime_type=mimetypes.guess_type(name, strict=False)[0], size_bytes=size,
            )
            session.add(document)
            session.flush()
            return document.id


def attach_file(store: Store, record_type: str, record_id: str, path: str | os.PathLike[str],
                name: str | None = None) -> str:
    """Attach a file from disk (its own name unless `name` is given)."""
    source = Path(path)
    if not source.is_file():
        raise ValidationError("path", N_("{path} is not a file"), path=source)
    with source.open("rb") as stream:
        return attach_stream(store, record_type, record_id, stream, name or source.name)


def attach_bytes(store: Store, record_type: str, record_id: str, data: bytes, name: str) -> str:
    """Attach bytes held in memory (a file dropped from a mail client, a generated report)."""
    import io

    return attach_stream(store, record_type, record_id, io.BytesIO(data), name)


@dataclass(frozen=True)
class DocumentRow:
    id: str
    name: str
    mime_type: str | None
    size_bytes: int
    sha256: str
    added_at: datetime  # UTC
    added_by: str | None
    available: bool  # False when the blob is missing from the attachment folder (restore a backup)


def list_documents(store: Store, record_type: str, record_id: str) -> list[DocumentRow]:
    """The record's live documents, newest first."""
    with store.read() as session:
        documents = list(session.scalars(
            select(Document)
            .where(Document.record_id == record_id, Document.record_type.in_(same_record_types(record_type)),
                   Document.deleted_at.is_(None))
            .order_by(Document.created_at.desc(), Document.original_name)
        ))
        officers = officer_names(session)
    return [
        DocumentRow(
            id=d.id, name=d.original_name, mime_type=d.mime_type, size_bytes=d.size_bytes, sha256=d.sha256,
            added_at=d.created_at, added_by=officers.get(d.changed_by) if d.changed_by else None,
            available=blob_path(store, d.sha256).is_file(),
        )
        for d in documents
    ]


def _missing(store: Store, document: Document) -> MagiaError:
    return MagiaError(Message(
        N_("The file of '{name}' is missing from {folder}. Restore a backup that holds it, or attach the file again."),
        name=document.original_name, folder=store.attachments_dir))


def open_path(store: Store, document_id: str) -> Path:
    """A path the system's application can open: a read-only copy under the original name.

    Not the blob itself: the blob has no extension (Windows and macOS pick the application by it), and an
    application saving in place would change content stored under another content's hash, for every record
    sharing it. Edits to the copy are not taken back; attach the edited file again.
    """
    with store.read() as session:
        document = load(session, Document, document_id)
    blob = blob_path(store, document.sha256)
    if not blob.is_file():
        raise _missing(store, document)
    target = opened_dir(store) / document.id / document.original_name
    target.parent.mkdir(parents=True, exist_ok=True)
    if target.exists():
        try:
            target.chmod(0o600)
            target.unlink()
        except OSError:
            return target  # still open in an application (Windows): that copy is the same content
    shutil.copyfile(blob, target)
    target.chmod(0o400)
    return target


def remove_document(store: Store, document_id: str) -> None:
    """Detach the document (undoable with restore_document); the blob stays until purge_orphans."""
    soft_delete(store, Document, document_id)


def restore_document(store: Store, document_id: str) -> None:
    with store.session() as session:
        document = load(session, Document, document_id, include_deleted=True)
        if not blob_path(store, document.sha256).is_file():
            raise _missing(store, document)
        document.deleted_at = None


@dataclass(frozen=True)
class PurgeResult:
    blobs_removed: int
    bytes_freed: int


def purge_orphans(store: Store) -> PurgeResult:
    """Delete blobs no live document refers to, unfinished copies, and the copies made for viewing.

    Removed documents cannot be restored afterwards (restore_document then says the file is missing).
    Files that do not look like blobs are left alone.
    """
    removed = freed = 0
    with _blob_lock:
        with store.read() as session:
            live = set(session.scalars(select(Document.sha256).where(Document.deleted_at.is_(None)).distinct()))
        root = store.attachments_dir
        if root.is_dir():
            shutil.rmtree(root / INCOMING, ignore_errors=True)
            for folder in root.iterdir():
                if not folder.is_dir() or len(folder.name) != 2:
                    continue
                for blob in folder.iterdir():
                    if _SHA_RE.match(blob.name) and blob.name[:2] == folder.name and blob.name not in live:
                        size = blob.stat().st_size
                        blob.unlink()
                        removed, freed = removed + 1, freed + size
                with contextlib.suppress(OSError):
                    folder.rmdir()  # only when empty
        shutil.rmtree(opened_dir(store), ignore_errors=True)
    return PurgeResult(removed, freed)
