"""Bundles: what they carry, what they leave out for a peer, and the files they refuse whole."""

from __future__ import annotations

import hashlib
import json
import zipfile
from collections.abc import Callable
from pathlib import Path

import pytest

from magia_desk.services import organizations
from magia_desk.services.officers import create_officer
from magia_desk.services.sync import (
    BundleError,
    BundleTooNewError,
    export_bundle,
    import_bundle,
    list_peers,
    read_bundle_info,
)
from magia_desk.services.sync.bundle import load_bundle
from magia_desk.storage import migrate
from magia_desk.storage.store import Store
from tests.services.sync.helpers import change_count, table_rows

MakeReplica = Callable[[str], Store]


@pytest.fixture
def bundle(make_replica: MakeReplica, tmp_path: Path) -> tuple[Store, Path]:
    a = make_replica("a")
    a.officer_id = create_officer(a, "Giulia Bianchi")
    for number in range(5):
        organizations.create_organization(a, {"kind": "sme", "name": f"Company {number}", "city": "Torino"})
    path = tmp_path / "a.magiasync"
    export_bundle(a, path)
    return a, path


def _rewrite(path: Path, target: Path, *, header: dict | None = None, changes: bytes | None = None,
             fix_checksum: bool = True) -> Path:
    """A copy of a bundle with a changed header or payload (a forged or newer bundle)."""
    with zipfile.ZipFile(path) as source:
        members = {name: source.read(name) for name in source.namelist()}
    head = json.loads(members["header.json"]) | (header or {})
    if changes is not None:
        members["changes.jsonl"] = changes
        if fix_checksum:
            head["sha256"]["changes.jsonl"] = hashlib.sha256(changes).hexdigest()
    members["header.json"] = json.dumps(head).encode()
    with zipfile.ZipFile(target, "w", compression=zipfile.ZIP_DEFLATED) as out:
        for name, data in members.items():
            out.writestr(name, data)
    return target


def test_a_bundle_has_a_header_with_site_schema_clock_range_count_and_checksum(bundle) -> None:
    a, path = bundle
    info = read_bundle_info(path)
    header, changes, _ = load_bundle(path)
    assert (info.site_id, info.officer_name, info.schema, info.count) == (a.site_id, "Giulia Bianchi",
                                                                          migrate.head_revision(), 6)
    assert info.clock_min == min(c.hlc for c in changes) and info.clock_max == max(c.hlc for c in changes)
    with zipfile.ZipFile(path) as archive:
        payload = archive.read("changes.jsonl")
        assert archive.getinfo("changes.jsonl").compress_type == zipfile.ZIP_DEFLATED
    assert info.sha256 == hashlib.sha256(payload).hexdigest() == header["sha256"]["changes.jsonl"]
    assert header["vector"] == {a.site_id: info.clock_max}


def test_an_export_for_a_peer_leaves_out_what_it_acknowledged(make_replica: MakeReplica, tmp_path: Path) -> None:
    a, b = make_replica("a"), make_replica("b")
    first = organizations.create_organization(a, {"kind": "sme", "name": "First"})
    export_bundle(a, tmp_path / "1.magiasync", for_site=b.site_id)
    lost = read_bundle_info(tmp_path / "1.magiasync")  # never arrives
    organizations.update_organization(a, first, {"city": "Lille"})
    again = export_bundle(a, tmp_path / "2.magiasync", for_site=b.site_id)
    assert (lost.count, again.count) == (1, 2)  # not acknowledged: sent again
    import_bundle(b, tmp_path / "2.magiasync")
    organizations.create_organization(b, {"kind": "sme", "name": "From b"})
    export_bundle(b, tmp_path / "3.magiasync", for_site=a.site_id)
    import_bundle(a, tmp_path / "3.magiasync")  # carries b's acknowledgement of a's two changes

    organizations.update_organization(a, first, {"city": "Roubaix"})
    newest = export_bundle(a, tmp_path / "4.magiasync", for_site=b.site_id)
    _, carried, _ = load_bundle(newest.path)
    assert [(c.field, json.loads(c.new_value or "null")) for c in carried] == [("city", "Roubaix")]
    [peer] = list_peers(a)
    assert (peer.site_id, peer.officer_name, peer.pending_changes) == (b.site_id, None, 1)
    assert peer.acked_hlc is not None and peer.last_exchange_at is not None
    assert export_bundle(a, tmp_path / "all.magiasync").count == 4  # without --for: everything


def test_a_bundle_from_a_newer_schema_is_refused_and_nothing_applied(bundle, make_replica, tmp_path) -> None:
    _, path = bundle
    b = make_replica("b")
    newer = _rewrite(path, tmp_path / "newer.magiasync", header={"schema": "0099_future_fields"})
    with pytest.raises(BundleTooNewError, match=r"newer version of MAGIA Desk \(schema 0099_future_fields"):
        import_bundle(b, newer)
    format_2 = _rewrite(path, tmp_path / "format2.magiasync", header={"format_version": 2})
    with pytest.raises(BundleTooNewError, match="bundle format 2"):
        import_bundle(b, format_2)
    assert change_count(b) == 0 and table_rows(b, "organization") == {}


def test_corrupted_or_truncated_bundles_are_refused_whole(bundle, make_replica, tmp_path) -> None:
    _, path = bundle
    b = make_replica("b")
    data = path.read_bytes()
    truncated = tmp_path / "truncated.magiasync"
    truncated.write_bytes(data[: len(data) // 2])
    flipped = tmp_path / "flipped.magiasync"
    damaged = bytearray(data)
    damaged[len(damaged) // 3] ^= 0xFF  # inside the compressed changes
    flipped.write_bytes(bytes(damaged))
    empty = tmp_path / "empty.magiasync"
    empty.write_bytes(b"")
    not_a_bundle = tmp_path / "notes.magiasync"
    with zipfile.ZipFile(not_a_bundle, "w") as archive:
        archive.writestr("notes.txt", "hello")
    for broken in (truncated, flipped, empty, not_a_bundle):
        with pytest.raises(BundleError, match="Nothing was imported"):
            import_bundle(b, broken)
    assert change_count(b) == 0 and table_rows(b, "organization") == {}


def test_altered_or_inconsistent_payloads_are_refused_whole(bundle, make_replica, tmp_path) -> None:
    _, path = bundle
    b = make_replica("b")
    with zipfile.ZipFile(path) as archive:
        lines = archive.read("changes.jsonl").splitlines(keepends=True)
    edited = b"".join(lines).replace(b"Company 3", b"Kompany 3")
    altered = _rewrite(path, tmp_path / "altered.magiasync", changes=edited, fix_checksum=False)
    with pytest.raises(BundleError, match="does not match its checksum"):
        import_bundle(b, altered)
    short = _rewrite(path, tmp_path / "short.magiasync", changes=b"".join(lines[:-1]))
    with pytest.raises(BundleError, match="holds 5 changes where its header announces 6"):
        import_bundle(b, short)
    bad = json.loads(lines[-1]) | {"hlc": "yesterday"}
    invalid = _rewrite(path, tmp_path / "invalid.magiasync",
                       changes=b"".join(lines[:-1]) + json.dumps(bad).encode() + b"\n")
    with pytest.raises(BundleError, match="change 6 is not valid"):
        import_bundle(b, invalid)
    assert change_count(b) == 0 and table_rows(b, "organization") == {}
