"""Add or edit one itinerary item of a mission: a flight, a hotel, a visit... with local start and end times.

Times are wall-clock times in the mission's zone (the services store them so); the dialog says which zone.
"""

from __future__ import annotations

from datetime import date
from typing import Any

from PySide6.QtWidgets import QDialog, QVBoxLayout, QWidget

from magia_desk.domain.enums import ItineraryKind
from magia_desk.domain.errors import RecordInvalid
from magia_desk.services import missions as ms
from magia_desk.storage.models import ItineraryItem
from magia_desk.ui.context import AppContext
from magia_desk.ui.dialogs.meeting_editor import end_text
from magia_desk.ui.errors import show_error
from magia_desk.ui.labels import label
from magia_desk.ui.undo import ServiceCommand
from magia_desk.ui.widgets.dialog_footer import DialogFooter
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
        self.setWindowTitle(self.tr("Edit itinerary item") if item else self.tr("New itinerary item"))
        where = self.tr("local time, {zone}").format(zone=zone) if zone else self.tr("local time")
        self.form = RecordForm(self)
        section = self.form.section(self.tr("Itinerary item"))
        self.kind = self.form.choice(section, "kind", self.tr("&Kind"),
                                     [(k.value, label(k.value)) for k in ItineraryKind])
        self.title = self.form.line(section, "title", self.tr("&Title"),
                                    placeholder=self.tr("e.g. LYS-PVG, Hotel Okura"))
        self.starts = self.form.line(section, "starts_at", self.tr("&Starts"),
                                     placeholder=self.tr("2019-05-14 10:00 ({where})").format(where=where))
        self.ends = self.form.line(section, "ends_at", self.tr("&Ends"),
                                   placeholder=self.tr("11:30, or a date and time"),
                                   tooltip=self.tr("A time alone is taken on the start's day"))
        self.place = self.form.line(section, "place", self.tr("&Place"))
        self.notes = self.form.text(section, "notes", self.tr("&Notes"), lines=3)
        self.footer = DialogFooter(self, self.save)
        self.error = self.footer.error
        self.form.submitted.connect(self.save)
        layout = QVBoxLayout(self)
        layout.addWidget(self.form)
        layout.addWidget(self.footer)

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
                    self.tr("New itinerary item {title}").format(title=data["title"]),
                    lambda: ms.restore_itinerary_item(store, item_id),
                    lambda: ms.delete_itinerary_item(store, item_id), self.ctx.operations, KINDS))
            else:
                item_id = self.item.id
                self.ctx.operations.perform(lambda: ms.update_itinerary_item(store, item_id, data), KINDS)
        except RecordInvalid as exc:
            self.footer.show_errors(self.form.show_errors(exc.errors))
            return
        except Exception as exc:
            show_error(self, exc, self.tr("Saving the itinerary item"))
            return
        self.saved_id = item_id
        self.accept()
