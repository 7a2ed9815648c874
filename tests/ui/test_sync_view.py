"""The Sync screen imports a real bundle from another store, lists its sender, and settles a conflict."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtWidgets import QFileDialog, QMessageBox
from pytestqt.qtbot import QtBot

from magia_desk.services import organizations
from magia_desk.services.officers import create_officer
from magia_desk.services.sync import HubError, export_bundle, list_conflicts, read_bundle_info
from magia_desk.storage.store import Store, open_store
from magia_desk.ui.views import sync as sync_view
from magia_desk.ui.views.sync import SyncScreen
from tests.services.sync.helpers import table_rows
from tests.ui.conftest import OpenWindow


@pytest.fixture
def other(tmp_path: Path) -> Iterator[Store]:
    """Store B: another laptop with its own site id and officer."""
    with open_store(tmp_path / "b" / "magia.sqlite") as b:
        b.officer_id = create_officer(b, "Marco Verdi")
        yield b


def import_through_screen(screen: SyncScreen, qtbot: QtBot, path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *_a, **_k: (str(path), ""))
    asked: list[str] = []
    monkeypatch.setattr(QMessageBox, "question",
                        lambda _parent, _title, text, *_a: asked.append(text) or QMessageBox.StandardButton.Yes)
    screen.import_button.click()
    assert asked and "Marco Verdi" in asked[0]  # the bundle's header was shown before merging
    qtbot.waitUntil(lambda: screen.handle is None and screen.ctx.tasks.idle, timeout=10_000)


def sync_screen(window, qtbot: QtBot) -> SyncScreen:  # type: ignore[no-untyped-def]
    screen = window.show_screen("sync")
    assert isinstance(screen, SyncScreen)
    qtbot.waitUntil(lambda: screen.ctx.tasks.idle, timeout=5000)
    return screen


def test_importing_a_bundle_brings_the_records_and_lists_the_peer(
        store: Store, other: Store, open_window: OpenWindow, qtbot: QtBot, tmp_path: Path,
        monkeypatch: pytest.MonkeyPatch) -> None:
    org = organizations.create_organization(other, {"kind": "sme", "name": "Verdi Robotics", "city": "Torino"})
    export_bundle(other, tmp_path / "from-b.magiasync")
    window = open_window()
    screen = sync_screen(window, qtbot)
    assert screen.peers_empty.isVisibleTo(screen) and screen.peers == []
    changed: list[set[str]] = []
    screen.ctx.operations.data_changed.connect(changed.append)

    import_through_screen(screen, qtbot, tmp_path / "from-b.magiasync", monkeypatch)

    assert table_rows(store, "organization")[org]["name"] == "Verdi Robotics"
    assert any("organization" in kinds for kinds in changed)  # the Companies screen refreshes
    assert "added" in screen.summary.text()
    qtbot.waitUntil(lambda: screen.peer_names() == ["Marco Verdi"], timeout=5000)
    assert screen.peers[0].site_id == other.site_id
    # The new company shows on the Companies screen too.
    companies = window.show_screen("companies")
    qtbot.waitUntil(lambda: companies.model.rowCount() == 1, timeout=5000)  # type: ignore[attr-defined]


def test_a_conflict_is_listed_and_taking_theirs_changes_the_store(
        store: Store, other: Store, open_window: OpenWindow, qtbot: QtBot, tmp_path: Path,
        monkeypatch: pytest.MonkeyPatch) -> None:
    org = organizations.create_organization(other, {"kind": "sme", "name": "Verdi Robotics", "city": "Torino"})
    export_bundle(other, tmp_path / "first.magiasync", for_site=store.site_id)
    window = open_window()
    screen = sync_screen(window, qtbot)
    import_through_screen(screen, qtbot, tmp_path / "first.magiasync", monkeypatch)
    # Both laptops edit the same field before they meet again; this laptop's edit is the later one (it wins).
    organizations.update_organization(other, org, {"city": "Genova"})
    organizations.update_organization(store, org, {"city": "Milano"})
    export_bundle(other, tmp_path / "second.magiasync", for_site=store.site_id)
    import_through_screen(screen, qtbot, tmp_path / "second.magiasync", monkeypatch)
    assert "1 new conflict</b>" in screen.summary.text()

    view = screen.conflicts
    qtbot.waitUntil(lambda: len(view.conflicts) == 1, timeout=5000)
    assert screen.tabs.tabText(1) == "&Conflicts (1)"
    screen.show_conflicts()
    cells = [view.table.item(0, c).text() for c in range(view.table.columnCount())]
    assert cells[:3] == ["Verdi Robotics (company)", "city", "Milano"] and cells[4] == "Genova"
    assert cells[3].startswith("this laptop") and cells[5].startswith("Marco Verdi")
    assert cells[6] == "mine"
    assert table_rows(store, "organization")[org]["city"] == "Milano"
    assert not view.take_theirs.isEnabled()  # nothing selected yet

    view.select_row(0)
    view.take_theirs.click()
    qtbot.waitUntil(lambda: view.conflicts == [] and screen.ctx.tasks.idle, timeout=5000)
    assert table_rows(store, "organization")[org]["city"] == "Genova"
    assert list_conflicts(store) == []
    assert screen.tabs.tabText(1) == "&Conflicts"

    view.show_resolved.setChecked(True)
    qtbot.waitUntil(lambda: len(view.conflicts) == 1, timeout=5000)
    assert view.table.item(0, 6).text() == "resolved: theirs"
    assert not view.keep_mine.isEnabled()


def test_export_for_a_peer_and_a_failed_hub_sync_is_told_clearly(
        store: Store, other: Store, open_window: OpenWindow, qtbot: QtBot, tmp_path: Path,
        monkeypatch: pytest.MonkeyPatch) -> None:
    organizations.create_organization(other, {"kind": "sme", "name": "Verdi Robotics"})
    export_bundle(other, tmp_path / "from-b.magiasync", for_site=store.site_id)
    organizations.create_organization(store, {"kind": "cluster", "name": "Cluster Nord"})
    window = open_window()
    screen = sync_screen(window, qtbot)
    import_through_screen(screen, qtbot, tmp_path / "from-b.magiasync", monkeypatch)
    qtbot.waitUntil(lambda: len(screen.peers) == 1, timeout=5000)
    assert not screen.export_peer.isEnabled()  # no peer selected yet
    screen.peer_table.selectRow(0)
    assert screen.peers[0].pending_changes > 0

    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *_a, **_k: (str(tmp_path / "for-b"), ""))
    screen.export_peer.click()
    qtbot.waitUntil(lambda: screen.handle is None and screen.ctx.tasks.idle, timeout=10_000)
    info = read_bundle_info(tmp_path / "for-b.magiasync")  # the suffix was added
    assert info.for_site == other.site_id and info.count > 0
    assert "for-b.magiasync" in screen.summary.text()

    reported: list[BaseException] = []
    window.tasks.error_handler = lambda exc, _label, _owner: reported.append(exc)

    def refuse(*_args: object, **_kwargs: object) -> None:
        raise HubError("Cannot use the hub postgresql://officer@nowhere/magia: connection refused")

    monkeypatch.setattr(sync_view, "sync_with_hub", refuse)
    assert not screen.sync_now.isEnabled()  # no address yet
    screen.hub_url.setText("postgresql://officer@nowhere/magia")
    screen.sync_now.click()
    qtbot.waitUntil(lambda: screen.handle is None and screen.ctx.tasks.idle, timeout=10_000)
    assert "connection refused" in screen.summary.text() and "nothing was changed" in screen.hub_status.text()
    assert len(reported) == 1 and screen.sync_now.isEnabled()
