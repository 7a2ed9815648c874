"""Sync bundles: the changes a peer lacks, in one file carried by USB stick or email.

A bundle is a zip file (deflate) of three members:
  header.json     format and version, sender site and officer, schema revision (Alembic head), creation time,
                  recipient (or null), clock range, counts, the SHA-256 of each other member, and the sender's
                  knowledge vector (what it holds: the recipient's acknowledgement of what to send next time)
  changes.jsonl   one change per line (log.ChangeRecord.to_json), ordered by origin site then clock
  receipts.jsonl  who held what when (log.Knowledge), so the recipient can tell concurrent edits apart
Import verifies everything (zip CRCs, checksums, counts, every line, the schema) before it writes anything,
then merges in one transaction: a damaged, truncated or foreign file is refused whole.
"""

from __future__ import annotations

import hashlib
import json
import os
import zipfile
import zlib
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import Any

from magia_desk.domain.errors import MagiaError
from magia_desk.services.common import Progress, report
from magia_desk.services.sync.log import (
    ChangeRecord,
    Receipt,
    changes_missing_from,
    count_missing_from,
    held_vector,
    receipts_after,
)
from magia_desk.services.sync.merge import MergeResult, Sender, apply_changes
from magia_desk.services.sync.peers import local_officer_name, note_export, peer_vector
from magia_desk.storage import migrate
from magia_desk.storage.base import utcnow
from magia_desk.storage.store import Store

FORMAT = "magia-desk-sync"
FORMAT_VERSION = 1
SUFFIX = ".magiasync"
HEADER, CHANGES, RECEIPTS = "header.json", "changes.jsonl", "receipts.jsonl"


class BundleError(MagiaError):
    """The file cannot be imported as a sync bundle (damaged, truncated, not a bundle). Nothing was applied."""


class BundleTooNewError(BundleError):
    """The bundle was written by a newer version of MAGIA Desk (newer schema or format). Nothing was applied."""


@dataclass(frozen=True)
class BundleInfo:
    path: Path
    site_id: str
    officer_name: str | None
    for_site: str | None
    schema: str
    created_at: datetime
    clock_min: str | None
    clock_max: str | None
    count: int  # changes
    receipts: int
    sha256: str  # of the changes
    size_bytes: int


def export_bundle(store: Store, out_path: str | os.PathLike[str], for_site: str | None = None,
                  progress: Progress | None = None) -> BundleInfo:
    """Write the changes `for_site` does not hold yet (all changes when None) to `out_path`, atomically."""
    path = Path(out_path)
    path.parent.mkdir(parents=True, exist_ok=True)
    partial = path.with_name(path.name + ".partial")
    with store.read() as session:
        vector = held_vector(session)
        known = peer_vector(session, for_site) if for_site else {}
        receipts = receipts_after(session, {}, origin_site=for_site)
        officer = local_officer_name(session, store.officer_id)
        total = count_missing_from(session, known, skip_site=for_site)
        clock_min: str | None = None
        clock_max: str | None = None
        count = 0
        digest = hashlib.sha256()
        try:
            with zipfile.ZipFile(partial, "w", compression=zipfile.ZIP_DEFLATED, compresslevel=6) as archive:
                with archive.open(CHANGES, "w") as member:
                    for change in changes_missing_from(session, known, skip_site=for_site):
                        line = (json.dumps(change.to_json(), ensure_ascii=False, sort_keys=True) + "\n").encode()
                        digest.update(line)
                        member.write(line)
                        count += 1
                        clock_min = change.hlc if clock_min is None or change.hlc < clock_min else clock_min
                        clock_max = change.hlc if clock_max is None or change.hlc > clock_max else clock_max
                        if count % 5000 == 0:
                            report(progress, count, max(total, count))
                receipt_bytes = b"".join(
                    (json.dumps(list(r)) + "\n").encode() for r in sorted(receipts)
                )
                archive.writestr(RECEIPTS, receipt_bytes)
                created = utcnow()
                header = {
                    "format": FORMAT, "format_version": FORMAT_VERSION, "site_id": store.site_id,
                    "officer_name": officer, "schema": migrate.head_revision(), "created_at": created.isoformat(),
                    "for_site": for_site, "clock_min": clock_min, "clock_max": clock_max, "count": count,
                    "receipts": len(receipts), "vector": vector, "sender_clock": store.clock.tick().encode(),
                    "sha256": {CHANGES: digest.hexdigest(), RECEIPTS: hashlib.sha256(receipt_bytes).hexdigest()},
                }
                archive.writestr(HEADER, json.dumps(header, ensure_ascii=False, indent=1))
            with open(partial, "rb") as handle:
                os.fsync(handle.fileno())
            os.replace(partial, path)
        finally:
            partial.unlink(missing_ok=True)
    if for_site:
        with store.session() as session:
            note_export(session, for_site)
    report(progress, count, count)
    return BundleInfo(path, store.site_id, officer, for_site, str(header["schema"]), created, clock_min, clock_max,
                      count, len(receipts), digest.hexdigest(), path.stat().st_size)


def _refuse(path: Path, why: str) -> BundleError:
    return BundleError(f"{path} cannot be imported: {why}. Nothing was imported.")


def _read_header(path: Path, archive: zipfile.ZipFile) -> dict[str, Any]:
    names = set(archive.namelist())
    if not {HEADER, CHANGES, RECEIPTS} <= names:
        raise _refuse(path, "it is not a MAGIA Desk sync bundle (members missing)")
    try:
        header = json.loads(archive.read(HEADER))
    except (ValueError, zipfile.BadZipFile, OSError, EOFError, zlib.error) as exc:
        raise _refuse(path, f"its header is damaged ({exc})") from exc
    if not isinstance(header, dict) or header.get("format") != FORMAT:
        raise _refuse(path, "it is not a MAGIA Desk sync bundle")
    version = header.get("format_version")
    if not isinstance(version, int) or version > FORMAT_VERSION:
        raise BundleTooNewError(
            f"{path} was written by a newer version of MAGIA Desk (bundle format {version}). "
            "Install the newer version to import it. Nothing was imported."
        )
    schema = header.get("schema")
    if not isinstance(schema, str) or not migrate.is_known(schema):
        raise BundleTooNewError(
            f"{path} was written by a newer version of MAGIA Desk (schema {schema}; this version knows up to "
            f"{migrate.head_revision()}). Install the newer version to import it. Nothing was imported."
        )
    for key in ("site_id", "created_at", "count", "sha256", "vector"):
        if key not in header:
            raise _refuse(path, f"its header lacks {key}")
    return header


def _open(path: Path) -> zipfile.ZipFile:
    try:
        return zipfile.ZipFile(path)
    except FileNotFoundError:
        raise
    except (zipfile.BadZipFile, OSError, EOFError) as exc:
        raise _refuse(path, "the file is damaged or truncated (not a complete bundle)") from exc


def read_bundle_info(path: str | os.PathLike[str]) -> BundleInfo:
    """The header of a bundle (who sent it, how many changes), for a preview before importing."""
    path = Path(path)
    with _open(path) as archive:
        header = _read_header(path, archive)
    return _info(path, header)


def _info(path: Path, header: dict[str, Any]) -> BundleInfo:
    return BundleInfo(
        path, str(header["site_id"]), header.get("officer_name"), header.get("for_site"), str(header["schema"]),
        datetime.fromisoformat(str(header["created_at"])), header.get("clock_min"), header.get("clock_max"),
        int(header["count"]), int(header.get("receipts", 0)), str(header["sha256"].get(CHANGES, "")),
        path.stat().st_size,
    )


def _member(path: Path, archive: zipfile.ZipFile, name: str, expected_sha: object) -> bytes:
    try:
        data = archive.read(name)  # checks the zip CRC too
    except (zipfile.BadZipFile, OSError, EOFError, ValueError, zlib.error) as exc:  # a damaged deflate stream
        raise _refuse(path, f"{name} is damaged ({exc})") from exc
    if hashlib.sha256(data).hexdigest() != expected_sha:
        raise _refuse(path, f"{name} does not match its checksum (the file was altered or damaged)")
    return data


def load_bundle(path: str | os.PathLike[str]) -> tuple[dict[str, Any], list[ChangeRecord], list[Receipt]]:
    """Read and verify a bundle completely; raises BundleError and returns nothing when any part is wrong."""
    path = Path(path)
    with _open(path) as archive:
        header = _read_header(path, archive)
        sums = header["sha256"] if isinstance(header["sha256"], dict) else {}
        change_bytes = _member(path, archive, CHANGES, sums.get(CHANGES))
        receipt_bytes = _member(path, archive, RECEIPTS, sums.get(RECEIPTS))
    changes: list[ChangeRecord] = []
    for number, line in enumerate(change_bytes.splitlines(), start=1):
        try:
            changes.append(ChangeRecord.from_json(json.loads(line)))
        except (ValueError, TypeError, AttributeError) as exc:
            raise _refuse(path, f"change {number} is not valid ({exc})") from exc
    if len(changes) != header["count"]:
        raise _refuse(path, f"it holds {len(changes)} changes where its header announces {header['count']}")
    receipts: list[Receipt] = []
    for number, line in enumerate(receipt_bytes.splitlines(), start=1):
        item = json.loads(line)
        if not (isinstance(item, list) and len(item) == 4 and all(isinstance(v, str) and len(v) <= 64 for v in item)):
            raise _refuse(path, f"receipt {number} is not valid")
        receipts.append((item[0], item[1], item[2], item[3]))
    vector = header["vector"]
    if not isinstance(vector, dict) or not all(isinstance(k, str) and isinstance(v, str) for k, v in vector.items()):
        raise _refuse(path, "its knowledge vector is not valid")
    return header, changes, receipts


def import_bundle(store: Store, path: str | os.PathLike[str], progress: Progress | None = None) -> MergeResult:
    """Verify a bundle, then merge it (idempotent: importing it again, or in any order, changes nothing more)."""
    header, changes, receipts = load_bundle(path)
    sender = Sender(
        site_id=str(header["site_id"]), officer_name=header.get("officer_name"), kind="bundle",
        vector=dict(header["vector"]), clock=header.get("sender_clock") or header.get("clock_max"),
    )
    return apply_changes(store, changes, receipts=receipts, sender=sender, progress=progress)
