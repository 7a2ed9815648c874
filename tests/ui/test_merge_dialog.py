"""The duplicate finder and the merge dialog through their widgets: a pair found on a worker, field choices,
what moves, the merge, and the status bar's Undo putting everything back."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QSettings
from PySide6.QtGui import QUndoStack
from pytestqt.qtbot import QtBot

from magia_desk.services import contacts as people
from magia_desk.services import organizations as orgs
from magia_desk.services.notes import add_note
from magia_desk.storage.store import Store
from magia_desk.ui.app import application
from magia_desk.ui.context import AppContext
from magia_desk.ui.dialogs.duplicates import DuplicatesDialog
from magia_desk.ui.dialogs.merge import MergeDialog
from magia_desk.ui.tasks import Operations, TaskRunner


@pytest.fixture
def notes() -> list[tuple[str, Any]]:
    return []


@pytest.fixture
def ctx(store: Store, tmp_path: Path, notes: list[tuple[str, Any]]) -> Iterator[AppContext]:
    application([])
    tasks = TaskRunner()
    context = AppContext(store=store, tasks=tasks, operations=Operations(), undo_stack=QUndoStack(),
                         settings=QSettings(str(tmp_path / "ui.ini"), QSettings.Format.IniFormat),
                         notify=lambda text, undo=None: notes.append((text, undo)))
    yield context
    tasks.shutdown()


@pytest.fixture
def pair(store: Store) -> dict[str, str]:
    cluster = orgs.create_organization(store, {"kind": "cluster", "name": "Bioindustry Park", "country": "IT"})
    keep = orgs.create_organization(store, {"kind": "sme", "name": "Acme Robotics", "country": "IT",
                                            "vat_number": "IT01234567890"})
    drop = orgs.create_organization(store, {"kind": "sme", "name": "ACME Robotics S.p.A.", "country": "IT",
                                            "vat_number": "IT 01234567890", "city": "Torino",
                                            "website": "https://acme.example"}, member_of=[cluster])
    ann = people.create_contact(store, {"first_name": "Ann", "last_name": "Rossi", "organization_id": drop})
    bob = people.create_contact(store, {"first_name": "Bob", "last_name": "Bianchi", "organization_id": drop})
    note = add_note(store, "organization", drop, "Met at MEDICA")
    return {"keep": keep, "drop": drop, "cluster": cluster, "ann": ann, "bob": bob, "note": note}


def test_the_finder_lists_the_pair_and_opens_the_merge(ctx: AppContext, pair: dict[str, str], qtbot: QtBot) -> None:
    dialog = DuplicatesDialog(ctx, kind="organization")
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitUntil(lambda: not dialog.searching, timeout=5000)
    assert [(p.a_id, p.b_id) for p in dialog.pairs] == [(pair["keep"], pair["drop"])]
    assert dialog.table.item(0, dialog.SCORE).text() == "100%"
    assert "same VAT number" in dialog.table.item(0, dialog.WHY).text()
    assert dialog.merge_button.isEnabled()
    merge = dialog.merge_selected()
    assert isinstance(merge, MergeDialog)
    assert (merge.keep_id, merge.other_id) == (pair["keep"], pair["drop"])
    merge.reject()
    dialog.kind_choice.setCurrentIndex(dialog.kind_choice.findData("contact"))
    qtbot.waitUntil(lambda: not dialog.searching, timeout=5000)
    assert dialog.pairs == [] and "No likely duplicates" in dialog.status.text()


def test_merge_moves_links_and_undo_restores(ctx: AppContext, store: Store, pair: dict[str, str],
                                             notes: list[tuple[str, Any]], qtbot: QtBot) -> None:
    changes: list[set[str]] = []
    ctx.operations.data_changed.connect(changes.append)
    dialog = MergeDialog(ctx, pair["keep"], pair["drop"], "organization")
    qtbot.addWidget(dialog)
    dialog.show()
    # Differing fields get a choice; an empty kept value defaults to the other's.
    assert set(dialog.groups) == {"name", "vat_number", "city", "website"}
    assert dialog.choices() == {"name": "keep", "vat_number": "keep", "city": "drop", "website": "drop"}
    moves = dialog.moves.text()
    assert "2 contact" in moves and "1 membership" in moves and "1 note" in moves
    dialog.findChild(type(dialog.groups["name"].button(2)), "name_drop").setChecked(True)
    assert dialog.choices()["name"] == "drop"
    dialog.merge_button.click()
    qtbot.waitUntil(lambda: dialog.result_ is not None, timeout=5000)
    kept = orgs.get_organization(store, pair["keep"])
    assert (kept.record.name, kept.record.city, kept.record.vat_number) == (
        "ACME Robotics S.p.A.", "Torino", "IT01234567890")
    assert sorted(c.first_name for c in kept.contacts) == ["Ann", "Bob"]
    assert kept.member_of == [(pair["cluster"], "Bioindustry Park")]
    dropped = orgs.get_organization(store, pair["drop"]).record
    assert dropped.deleted_at is not None and dropped.merged_into_id == pair["keep"]
    assert any("contact" in kinds for kinds in changes)
    text, undo = notes[-1]
    assert text == "Merged ACME Robotics S.p.A. into Acme Robotics"
    assert undo is not None

    undo()  # the status bar's Undo button
    qtbot.waitUntil(lambda: len(notes) == 2, timeout=5000)
    assert "undone" in notes[-1][0]
    kept = orgs.get_organization(store, pair["keep"])
    assert (kept.record.name, kept.record.city) == ("Acme Robotics", None)
    assert kept.contacts == [] and kept.member_of == []
    restored = orgs.get_organization(store, pair["drop"])
    assert restored.record.deleted_at is None
    assert sorted(c.first_name for c in restored.contacts) == ["Ann", "Bob"]


def test_keep_the_other_one_swaps_the_sides(ctx: AppContext, pair: dict[str, str], qtbot: QtBot) -> None:
    dialog = MergeDialog(ctx, pair["keep"], pair["drop"], "organization")
    qtbot.addWidget(dialog)
    assert "nothing is linked" not in dialog.moves.text()
    dialog.swap_button.click()
    assert (dialog.keep_id, dialog.other_id) == (pair["drop"], pair["keep"])
    assert "nothing is linked" in dialog.moves.text()
    assert dialog.choices()["city"] == "keep"
