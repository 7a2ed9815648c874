"""`magia-desk sync ...`: export, import, peers, conflicts and pending from the command line."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from magia_desk.cli.main import run_cli
from magia_desk.services import organizations
from magia_desk.storage.store import open_store
from tests.services.sync.conftest import copy_replica


@pytest.fixture
def laptops(replica_template: Path, tmp_path: Path) -> tuple[Path, Path]:
    a, b = tmp_path / "a.sqlite", tmp_path / "b.sqlite"
    copy_replica(replica_template, a)
    copy_replica(replica_template, b)
    return a, b


def _sites(*paths: Path) -> list[str]:
    sites = []
    for path in paths:
        with open_store(path) as store:
            sites.append(store.site_id)
    return sites


def test_export_import_and_peers(laptops: tuple[Path, Path], tmp_path: Path,
                                 capsys: pytest.CaptureFixture[str]) -> None:
    a, b = laptops
    site_a, site_b = _sites(a, b)
    with open_store(a) as store:
        organizations.create_organization(store, {"kind": "sme", "name": "Rossi"})
    bundle = tmp_path / "for-b.magiasync"
    assert run_cli(["--db", str(a), "sync", "export", str(bundle), "--for", site_b]) == 0
    assert f"wrote 1 changes (for {site_b})" in capsys.readouterr().out
    assert run_cli(["--db", str(b), "sync", "import", str(bundle)]) == 0
    out = capsys.readouterr().out
    assert f"from site {site_a}" in out and "1 new" in out and "1 added" in out
    assert run_cli(["--db", str(b), "sync", "import", str(bundle)]) == 0
    assert "0 new, 1 already there" in capsys.readouterr().out
    assert run_cli(["--db", str(b), "sync", "peers", "--json"]) == 0
    peers = json.loads(capsys.readouterr().out)
    assert peers["site_id"] == site_b and [p["site_id"] for p in peers["peers"]] == [site_a]
    assert run_cli(["--db", str(b), "sync", "pending", "--json"]) == 0
    assert json.loads(capsys.readouterr().out) == []


def test_conflicts_are_listed_and_resolved(laptops: tuple[Path, Path], tmp_path: Path,
                                           capsys: pytest.CaptureFixture[str]) -> None:
    a, b = laptops
    with open_store(a) as store:
        org = organizations.create_organization(store, {"kind": "sme", "name": "Rossi"})
    run_cli(["--db", str(a), "sync", "export", str(tmp_path / "1.magiasync")])
    run_cli(["--db", str(b), "sync", "import", str(tmp_path / "1.magiasync")])
    for path, city in ((a, "Asti"), (b, "Alba")):
        with open_store(path) as store:
            organizations.update_organization(store, org, {"city": city})
    run_cli(["--db", str(b), "sync", "export", str(tmp_path / "2.magiasync")])
    assert run_cli(["--db", str(a), "sync", "import", str(tmp_path / "2.magiasync")]) == 0
    assert "conflicts: 1" in capsys.readouterr().out
    assert run_cli(["--db", str(a), "sync", "conflicts", "--json"]) == 0
    [conflict] = json.loads(capsys.readouterr().out)
    assert (conflict["field"], conflict["local"]["value"], conflict["remote"]["value"]) == ("city", "Asti", "Alba")
    assert run_cli(["--db", str(a), "sync", "conflicts", "--resolve", conflict["id"], "--pick", "local"]) == 0
    with open_store(a) as store:
        assert organizations.get_organization(store, org).record.city == "Asti"
    assert run_cli(["--db", str(a), "sync", "conflicts"]) == 0
    assert "no conflicts" in capsys.readouterr().out


def test_a_damaged_bundle_is_refused_with_exit_1(laptops: tuple[Path, Path], tmp_path: Path,
                                                  capsys: pytest.CaptureFixture[str]) -> None:
    a, b = laptops
    bundle = tmp_path / "a.magiasync"
    run_cli(["--db", str(a), "sync", "export", str(bundle)])
    bundle.write_bytes(bundle.read_bytes()[:-40])
    assert run_cli(["--db", str(b), "sync", "import", str(bundle)]) == 1
    assert "Nothing was imported" in capsys.readouterr().err
    with pytest.raises(SystemExit) as usage:
        run_cli(["--db", str(b), "sync", "export"])
    assert usage.value.code == 2
