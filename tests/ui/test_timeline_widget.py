"""The timeline widget through its real widgets: entries newest first with their kind, adding a note from the
box (and undoing it), attaching a file and opening it, and refreshing when data changes elsewhere."""

from __future__ import annotations

from datetime import date, timedelta
from pathlib import Path

import pytest
from PySide6.QtCore import Qt, QUrl
from pytestqt.qtbot import QtBot

from magia_desk.services import notes as note_service
from magia_desk.services import tasks as task_service
from magia_desk.services.officers import create_officer
from magia_desk.storage.store import Store
from magia_desk.ui.main_window import MainWindow
from magia_desk.ui.widgets import timeline as timeline_module
from magia_desk.ui.widgets.timeline import TimelineWidget
from tests.ui.conftest import OpenWindow, add_company

TODAY = date.today()


def _widget(window: MainWindow, qtbot: QtBot, record_id: str) -> TimelineWidget:
    widget = TimelineWidget(window.ctx)
    qtbot.addWidget(widget)
    widget.resize(420, 600)
    widget.show()
    with qtbot.waitSignal(widget.entries_loaded):
        widget.set_record("organization", record_id, "Acme Biotech")
    return widget


def _titles(widget: TimelineWidget) -> list[tuple[str, str]]:
    return [(e.kind, e.title) for e in widget.entries if e.kind != "change"]


def test_entries_newest_first_with_their_kind(store: Store, open_window: OpenWindow, qtbot: QtBot) -> None:
    store.officer_id = create_officer(store, "Anna Rossi")
    acme = add_company(store, "Acme Biotech", country="IT")
    note_service.add_note(store, "organization", acme, "First call", "call", TODAY - timedelta(days=30))
    note_service.add_note(store, "organization", acme, "Sent the brochure", "email", TODAY - timedelta(days=10))
    task_service.create_task(store, {"title": "Call back", "due_date": TODAY - timedelta(days=20),
                                     "record_type": "organization", "record_id": acme})
    window = open_window()
    widget = _widget(window, qtbot, acme)
    assert _titles(widget) == [("note", "Email"), ("task", "Call back"), ("note", "Call")]
    whens = [e.when for e in widget.entries]
    assert whens == sorted(whens, reverse=True)
    assert widget.list.count() == len(widget.entries)
    first = widget.list.itemWidget(widget.list.item(0))
    assert first.accessibleName().startswith("Change:") or first.accessibleName().startswith("Note:")


def test_add_note_from_the_box_and_undo(store: Store, open_window: OpenWindow, qtbot: QtBot) -> None:
    store.officer_id = create_officer(store, "Anna Rossi")
    acme = add_company(store, "Acme Biotech", country="IT")
    note_service.add_note(store, "organization", acme, "Old remark", "remark", TODAY - timedelta(days=5))
    window = open_window()
    widget = _widget(window, qtbot, acme)
    widget.note_kind.set_value("meeting")
    widget.note_date.set_value(TODAY - timedelta(days=1))
    qtbot.keyClicks(widget.note_text, "Met them at MEDICA")
    with qtbot.waitSignal(widget.entries_loaded):
        qtbot.keyClick(widget.note_text, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    assert _titles(widget) == [("note", "Meeting"), ("note", "Remark")]
    added = widget.entries[[e.title for e in widget.entries].index("Meeting")]
    assert added.detail == "Met them at MEDICA" and added.when.date() == TODAY - timedelta(days=1)
    assert added.officer == "Anna Rossi"
    assert widget.note_text.toPlainText() == ""
    with qtbot.waitSignal(widget.entries_loaded):
        window.undo_stack.undo()
    assert _titles(widget) == [("note", "Remark")]
    # An empty note is not added.
    widget.add_note()
    assert len(note_service.notes_for(store, "organization", acme)) == 1


def test_attach_and_open_a_document(store: Store, open_window: OpenWindow, qtbot: QtBot, tmp_path: Path,
                                    monkeypatch: pytest.MonkeyPatch) -> None:
    acme = add_company(store, "Acme Biotech", country="IT")
    window = open_window()
    widget = _widget(window, qtbot, acme)
    path = tmp_path / "brochure.pdf"
    path.write_bytes(b"%PDF-1.4 brochure")
    with qtbot.waitSignal(widget.entries_loaded, timeout=5000):
        widget.attach(str(path))
    assert ("document", "brochure.pdf") in _titles(widget)
    opened: list[QUrl] = []
    monkeypatch.setattr(timeline_module.QDesktopServices, "openUrl", lambda url: opened.append(url) or True)
    row = [e.kind for e in widget.entries].index("document")
    widget.list.itemActivated.emit(widget.list.item(row))
    assert len(opened) == 1
    copy = Path(opened[0].toLocalFile())
    assert copy.name == "brochure.pdf" and copy.read_bytes() == b"%PDF-1.4 brochure"


def test_refreshes_when_data_changes_elsewhere(store: Store, open_window: OpenWindow, qtbot: QtBot) -> None:
    acme = add_company(store, "Acme Biotech", country="IT")
    window = open_window()
    widget = _widget(window, qtbot, acme)
    assert _titles(widget) == []
    with qtbot.waitSignal(widget.entries_loaded):
        window.ctx.operations.perform(
            lambda: task_service.create_task(store, {"title": "Follow up", "record_type": "organization",
                                                     "record_id": acme}), {"task"})
    assert _titles(widget) == [("task", "Follow up")]
    with qtbot.waitSignal(widget.entries_loaded):
        widget.set_record(None, None)
    assert widget.list.count() == 0 and not widget.add_note_button.isEnabled()


def test_remove_an_attachment_and_a_note_from_the_timeline_then_undo(
    store: Store, open_window: OpenWindow, qtbot: QtBot
) -> None:
    from magia_desk.services import documents

    acme = add_company(store, "Acme Biotech", country="IT")
    documents.attach_bytes(store, "organization", acme, b"minutes", "minutes.txt")
    note_service.add_note(store, "organization", acme, "Remark to drop", "remark", TODAY)
    window = open_window()
    widget = _widget(window, qtbot, acme)
    for kind in ("document", "note"):
        entry = next(e for e in widget.entries if e.kind == kind)
        with qtbot.waitSignal(widget.entries_loaded):
            widget.remove(entry)
        assert all(e.kind != kind for e in widget.entries)
    assert documents.list_documents(store, "organization", acme) == []
    assert note_service.notes_for(store, "organization", acme) == []
    with qtbot.waitSignal(widget.entries_loaded):
        window.undo_stack.undo()  # the note comes back first, then the file
    window.undo_stack.undo()
    qtbot.waitUntil(lambda: len(documents.list_documents(store, "organization", acme)) == 1)
    assert [n.text for n in note_service.notes_for(store, "organization", acme)] == ["Remark to drop"]
