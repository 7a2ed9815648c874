"""Add or edit one itinerary item of a mission: a flight, a hotel, a visit... with local start and end times.

Times are wall-clock times in the mission's zone (the services store them so); the dialog says which zone.
"""

from __future__ import annotations

from datetime import date
from typing import Any

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QVBoxLayout, QWidget

from magia_desk.domain.enums import ItineraryKind
from magia_desk.domain.errors import RecordInvalid
from magia_desk.services import missions as ms
from magia_desk.storage.models import ItineraryItem
from magia_desk.ui.context import AppContext
from magia_desk.ui.dialogs.meeting_editor import end_text
from magia_desk.ui.errors import show_error, user_message
from magia_desk.ui.labels import label
from magia_desk.ui.undo import ServiceCommand
from magia_desk.ui.widgets.record_form import RecordForm

KINDS = frozenset({"itinerary_item"})


class ItineraryDialog(QDialog):
    """Creates (undoable) or updates the item on Save."""

    def __init__(self, ctx: AppContext, mission_id: str, zone: str | None, item: ItineraryItem | None = None,
                 day: date | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.mission_id = mission_id
        self.item = item
        self.saved_id: str | None = None
        self.setWindowTitle("Edit itinerary item" if item else "New itinerary item")
        where = f"local time, {zone}" if zone else "local time"
        self.form = RecordForm(self)
        section = self.form.section("Itinerary item")
        self.kind = self.form.choice(section, "kind", "&Kind", [(k.value, label(k.value)) for k in ItineraryKind])
        self.title = self.form.line(section, "title", "&Title", placeholder="e.g. LYS-PVG, Hotel Okura")
        self.starts = self.form.line(section, "starts_at", "&Starts", placeholder=f"2019-05-14 10:00 ({where})")
        self.ends = self.form.line(section, "ends_at", "&Ends", placeholder="11:30, or a date and time",
                                   tooltip="A time alone is taken on the start's day")
        self.place = self.form.line(section, "place", "&Place")
        self.notes = self.form.text(section, "notes", "&Notes", lines=3)
        self.error = QLabel(self)
        self.error.setProperty("role", "field-error")
        self.error.setWordWrap(True)
        self.error.hide()
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel, self)
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        self.form.submitted.connect(self.save)
        layout = QVBoxLayout(self)
        layout.addWidget(self.form)
        layout.addWidget(self.error)
        layout.addWidget(buttons)

        if item is not None:
            self.form.load({"kind": item.kind, "title": item.title, "starts_at": f"{item.starts_at:%Y-%m-%d %H:%M}",
                            "ends_at": f"{item.ends_at:%Y-%m-%d %H:%M}" if item.ends_at else "",
                            "place": item.place, "notes": item.notes})
        else:
            self.form.load({"kind": ItineraryKind.VISIT.value, "starts_at": f"{day:%Y-%m-%d} " if day else ""})
        self.resize(600, self.sizeHint().height())
        self.title.setFocus()

    def values(self) -> dict[str, Any]:
        raw = self.form.raw()
        return {"kind": raw["kind"], "title": raw["title"], "starts_at": raw["starts_at"].strip() or None,
                "ends_at": end_text(raw["starts_at"], raw["ends_at"]) or None, "place": raw["place"],
                "notes": raw["notes"]}

    def save(self) -> None:
        store, mission_id = self.ctx.store, self.mission_id
        data = self.values()
        try:
            if self.item is None:
                item_id = self.ctx.operations.perform(lambda: ms.add_itinerary_item(store, mission_id, data), KINDS)
                self.ctx.undo_stack.push(ServiceCommand(
                    f"New itinerary item {data['title']}", lambda: ms.restore_itinerary_item(store, item_id),
                    lambda: ms.delete_itinerary_item(store, item_id), self.ctx.operations, KINDS))
            else:
                item_id = self.item.id
                self.ctx.operations.perform(lambda: ms.update_itinerary_item(store, item_id, data), KINDS)
        except RecordInvalid as exc:
            unplaced = self.form.show_errors(exc.errors)
            self.error.setText(user_message(RecordInvalid(unplaced)) if unplaced else "")
            self.error.setVisible(bool(unplaced))
            self._make_room()
            return
        except Exception as exc:
            show_error(self, exc, "Saving the itinerary item")
            return
        self.saved_id = item_id
        self.accept()

    def _make_room(self) -> None:
        """Grow to show the wrapped field messages (the form's height follows its width only once laid out)."""
        layout = self.layout()
        if layout is not None:
            layout.activate()
            self.resize(self.width(), max(self.height(), layout.heightForWidth(self.width())
                                          if layout.hasHeightForWidth() else self.sizeHint().height()))
