"""Edit where a mission goes: destination country, cities and the IANA time zone its times are read in.

The zone list follows the chosen country (tzdata's zones of that country, main one first) but stays editable,
because a delegation may work in another zone than the country's main one. The services check the zone.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import QComboBox, QDialog, QVBoxLayout, QWidget

from magia_desk.domain.actions import zones_of_country
from magia_desk.domain.countries import country_name
from magia_desk.domain.errors import RecordInvalid
from magia_desk.services import missions as ms
from magia_desk.ui.context import AppContext
from magia_desk.ui.errors import show_error
from magia_desk.ui.undo import ServiceCommand
from magia_desk.ui.widgets.dialog_footer import DialogFooter
from magia_desk.ui.widgets.record_form import RecordForm

KINDS = frozenset({"mission"})
FIELDS = ("destination_country", "destination_cities", "timezone")
# The theme marks invalid line edits; an editable combo needs the same red border said here.
ZONE_STYLE = 'QComboBox[invalid="true"] { border: 1px solid #c62828; border-radius: 3px; }'


def cities_of(mission: ms.MissionSummary) -> list[str]:
    """The cities back from the summary's "Shanghai, Suzhou (China)" (the summary carries no list)."""
    country = country_name(mission.destination_country)
    text = mission.destination
    if country and text.endswith(f" ({country})"):
        text = text[: -len(country) - 3]
    elif country and text == country:
        return []
    return [c.strip() for c in text.split(",") if c.strip()]


class MissionDialog(QDialog):
    """Saves on OK (undoable: Ctrl+Z puts the previous destination back)."""

    def __init__(self, ctx: AppContext, mission: ms.MissionSummary, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.mission = mission
        self.saved = False
        self.setWindowTitle(self.tr("Edit mission – {title}").format(title=mission.title))
        self.form = RecordForm(self)
        section = self.form.section(self.tr("Destination"))
        self.country = self.form.country(section, "destination_country", self.tr("&Country"),
                                         tooltip=self.tr("The country the delegation travels to"))
        self.cities = self.form.tags(section, "destination_cities", self.tr("C&ities"),
                                     placeholder=self.tr("Type a city and press Enter"),
                                     tooltip=self.tr("The cities visited, in the order of the trip"))
        self.zone = QComboBox(self)
        self.zone.setEditable(True)
        self.zone.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.zone.setStyleSheet(ZONE_STYLE)
        zone_line = self.zone.lineEdit()
        if zone_line is not None:  # always, the combo being editable
            zone_line.setPlaceholderText(self.tr("e.g. Asia/Shanghai"))
        self.form.add_field(section, "timezone", self.tr("&Time zone"), self.zone,
                            lambda: self.zone.currentText().strip(), self.zone.setEditText,
                            changed=self.zone.editTextChanged,
                            tooltip=self.tr("IANA time zone: meeting and itinerary times are local times of this "
                                            "zone"))
        self.footer = DialogFooter(self, self.save)
        self.error = self.footer.error
        self.form.submitted.connect(self.save)
        layout = QVBoxLayout(self)
        layout.addWidget(self.form)
        layout.addStretch(1)
        layout.addWidget(self.footer)

        self.before = {"destination_country": mission.destination_country, "destination_cities": cities_of(mission),
                       "timezone": mission.timezone}
        self.form.load(self.before)
        self._offer_zones(mission.destination_country, keep=mission.timezone)
        self.country.changed.connect(self._country_changed)
        self.resize(600, self.sizeHint().height())
        self.country.setFocus()

    def _offer_zones(self, country: str | None, keep: str | None) -> None:
        """The country's zones in the list; the text is `keep`, else the country's main zone."""
        zones = zones_of_country(country) if country and len(country) == 2 else []
        self.zone.blockSignals(True)
        self.zone.clear()
        self.zone.addItems(zones)
        self.zone.blockSignals(False)
        self.zone.setEditText(keep if keep else (zones[0] if zones else ""))

    def _country_changed(self) -> None:
        country = self.country.value()
        zones = zones_of_country(country) if country and len(country) == 2 else []
        current = self.zone.currentText().strip()
        # A zone typed by hand for this country stays; a zone of the previous country is replaced.
        self._offer_zones(country, keep=current if current in zones else None)

    def values(self) -> dict[str, Any]:
        raw = self.form.raw()
        return {"destination_country": raw["destination_country"], "destination_cities": raw["destination_cities"],
                "timezone": raw["timezone"] or None}

    def save(self) -> None:
        store, mission_id = self.ctx.store, self.mission.id
        after, before = self.values(), dict(self.before)
        try:
            self.ctx.operations.perform(lambda: ms.update_mission(store, mission_id, after), KINDS)
        except RecordInvalid as exc:
            self.footer.show_errors(self.form.show_errors(exc.errors))
            return
        except Exception as exc:
            show_error(self, exc, self.tr("Saving the mission"))
            return
        self.ctx.undo_stack.push(ServiceCommand(
            self.tr("Edit destination of {title}").format(title=self.mission.title),
            lambda: ms.update_mission(store, mission_id, after),
            lambda: ms.update_mission(store, mission_id, before), self.ctx.operations, KINDS))
        self.saved = True
        self.accept()
