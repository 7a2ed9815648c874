"""Plan or edit one meeting of a mission: who is met, who of the delegation goes, when, where, what came of it."""

from __future__ import annotations

from datetime import date, datetime
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from magia_desk.domain.errors import RecordInvalid
from magia_desk.services import contacts as people
from magia_desk.services import meetings as mtg
from magia_desk.services.officers import list_officers
from magia_desk.services.participations import ParticipantRow
from magia_desk.ui.context import AppContext
from magia_desk.ui.dialogs.contact_editor import find_organizations
from magia_desk.ui.errors import show_error
from magia_desk.ui.undo import ServiceCommand
from magia_desk.ui.widgets.dialog_footer import DialogFooter
from magia_desk.ui.widgets.pickers import DateField, RecordPicker

KINDS = frozenset({"meeting", "meeting_attendee", "task"})


def _when(value: datetime | None) -> str:
    return f"{value:%Y-%m-%d %H:%M}" if value else ""


def end_text(start: str, end: str) -> str:
    """'11:30' after '2019-05-14 10:00' means that day at 11:30: nobody types the date twice."""
    end = end.strip()
    if end and len(end) <= 5 and ":" in end and len(start.strip()) >= 10:
        return f"{start.strip()[:10]} {end}"
    return end


class MeetingDialog(QDialog):
    def __init__(self, ctx: AppContext, mission_id: str, delegation: list[ParticipantRow],
                 meeting: mtg.MeetingView | None = None, day: date | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.mission_id = mission_id
        self.meeting = meeting
        self.saved_id: str | None = None
        self.setWindowTitle(self.tr("Edit meeting") if meeting else self.tr("New meeting"))
        self.resize(560, 640)

        self.organization = RecordPicker(ctx.tasks, lambda text: find_organizations(ctx.store, text),
                                         self.tr("Type to find the organization met"), self)
        self.organization.changed.connect(self._load_contacts)
        self.starts = QLineEdit(self)
        self.starts.setPlaceholderText(self.tr("2019-05-14 10:00 (local time)"))
        self.ends = QLineEdit(self)
        self.ends.setPlaceholderText("11:30")
        self.place = QLineEdit(self)
        self.topic = QLineEdit(self)
        self.outcome = QPlainTextEdit(self)
        self.outcome.setTabChangesFocus(True)
        self.outcome.setFixedHeight(self.fontMetrics().lineSpacing() * 3 + 12)
        self.met = QListWidget(self)
        self.met.setAccessibleName(self.tr("Contacts met"))
        self.present = QListWidget(self)
        self.present.setAccessibleName(self.tr("Delegation members present"))
        self.follow_up = QLineEdit(self)
        self.follow_up.setPlaceholderText(self.tr("A follow-up task, e.g. Send samples"))
        self.follow_up.setAccessibleName(self.tr("New follow-up task"))
        self.due = DateField(self)
        self.due.setAccessibleName(self.tr("Follow-up due date"))

        # Python-side ids of the rows (no reading of item data back from Qt, see tests/ui/test_qt_binding.py).
        self._met_ids: list[str] = []
        self._present: list[tuple[str | None, str | None]] = []  # (contact id, officer id)
        chosen_contacts = {p.contact_id for p in meeting.delegation} if meeting else set()
        chosen_officers = {p.officer_id for p in meeting.delegation} if meeting else set()
        for row in delegation:
            if row.contact_id:
                self._add_present(f"{row.contact}" + (f" ({row.organization})" if row.organization else ""),
                                  (row.contact_id, None), row.contact_id in chosen_contacts)
        for officer in list_officers(ctx.store):
            self._add_present(self.tr("{name} (officer)").format(name=officer.name), (None, officer.id),
                              officer.id in chosen_officers)

        follow_row = QHBoxLayout()
        follow_row.addWidget(self.follow_up, 1)
        follow_row.addWidget(self.due)
        # The label beside each field, by the services' field name: a refusal names the field as the user reads it.
        self.labels = {
            "organization_id": self.tr("&Organization"), "starts_at": self.tr("&Starts"), "ends_at": self.tr("&Ends"),
            "place": self.tr("&Place"), "topic": self.tr("&Topic"), "outcome": self.tr("O&utcome"),
            "met": self.tr("Contacts &met"), "delegation": self.tr("&Delegation present"),
        }
        form = QFormLayout()
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)  # long labels (German) go above the field
        for name, widget in (("organization_id", self.organization), ("starts_at", self.starts),
                             ("ends_at", self.ends), ("place", self.place), ("topic", self.topic),
                             ("outcome", self.outcome), ("met", self.met), ("delegation", self.present)):
            form.addRow(self.labels[name], widget)
        if meeting and meeting.follow_ups:
            done = QLabel("; ".join(t.title for t in meeting.follow_ups), self)
            done.setWordWrap(True)
            form.addRow(self.tr("Follow-ups"), done)
        follow_label = QLabel(self.tr("&New follow-up"), self)
        follow_label.setBuddy(self.follow_up)
        form.addRow(follow_label, follow_row)
        self.footer = DialogFooter(self, self.save)
        self.error = self.footer.error
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.footer)

        if meeting is not None:
            if meeting.organization:
                self.organization.set_value(meeting.organization.id, meeting.organization.name)
            self.starts.setText(_when(meeting.starts_at))
            self.ends.setText(f"{meeting.ends_at:%H:%M}" if meeting.ends_at else "")
            self.place.setText(meeting.place or "")
            self.topic.setText(meeting.topic or "")
            self.outcome.setPlainText(meeting.outcome or "")
        elif day is not None:
            self.starts.setText(f"{day:%Y-%m-%d} ")
        self._load_contacts()
        self.organization.setFocus()

    def _add_present(self, text: str, pair: tuple[str | None, str | None], checked: bool) -> None:
        item = QListWidgetItem(text, self.present)
        item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
        item.setCheckState(Qt.CheckState.Checked if checked else Qt.CheckState.Unchecked)
        self._present.append(pair)

    def _load_contacts(self) -> None:
        """The people of the organization met, ticked when they were at the meeting."""
        organization_id = self.organization.chosen_id
        chosen = {p.contact_id for p in self.meeting.met} if self.meeting else set()
        chosen |= {self._met_ids[i] for i in range(self.met.count())
                   if self.met.item(i).checkState() == Qt.CheckState.Checked}
        rows = []
        if organization_id:
            ids = people.contact_ids(self.ctx.store, people.ContactFilter(organization_id=organization_id), "name",
                                     False, 0, 200)
            rows = people.contact_rows(self.ctx.store, ids)
        known = {r.id for r in rows}
        extra = [p for p in (self.meeting.met if self.meeting else []) if p.contact_id and p.contact_id not in known]
        self.met.clear()
        self._met_ids = []
        for contact_id, name in [(r.id, f"{r.first_name} {r.last_name}".strip()) for r in rows] + \
                [(p.contact_id, p.name) for p in extra]:
            item = QListWidgetItem(name, self.met)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Checked if contact_id in chosen else Qt.CheckState.Unchecked)
            self._met_ids.append(contact_id)  # type: ignore[arg-type]

    def values(self) -> dict[str, Any]:
        return {"organization_id": self.organization.value(), "starts_at": self.starts.text().strip() or None,
                "ends_at": end_text(self.starts.text(), self.ends.text()) or None,
                "place": self.place.text(), "topic": self.topic.text(), "outcome": self.outcome.toPlainText()}

    def sides(self) -> tuple[list[str], list[str], list[str]]:
        met = [self._met_ids[i] for i in range(self.met.count())
               if self.met.item(i).checkState() == Qt.CheckState.Checked]
        ticked = [self._present[i] for i in range(self.present.count())
                  if self.present.item(i).checkState() == Qt.CheckState.Checked]
        return met, [c for c, _o in ticked if c], [o for _c, o in ticked if o]

    def save(self) -> None:
        store, mission_id = self.ctx.store, self.mission_id
        data = self.values()
        met, contacts, officers = self.sides()
        follow = [mtg.FollowUp(self.follow_up.text().strip(), self.due.value())] if self.follow_up.text().strip() \
            else []
        try:
            if self.meeting is None:
                meeting_id = self.ctx.operations.perform(lambda: mtg.create_meeting(
                    store, mission_id, data, met=met, delegation_contacts=contacts, delegation_officers=officers,
                    follow_ups=follow), KINDS)
                self.ctx.undo_stack.push(ServiceCommand(
                    self.tr("New meeting"), lambda: mtg.restore_meeting(store, meeting_id),
                    lambda: mtg.delete_meeting(store, meeting_id), self.ctx.operations, KINDS))
            else:
                meeting_id = self.meeting.id

                def write() -> None:
                    mtg.update_meeting(store, meeting_id, data, met=met, delegation_contacts=contacts,
                                       delegation_officers=officers)
                    for item in follow:
                        mtg.add_follow_up(store, meeting_id, item)

                self.ctx.operations.perform(write, KINDS)
        except RecordInvalid as exc:
            self.footer.show_errors(exc.errors, {**self.labels, "contacts": self.labels["delegation"],
                                                 "officers": self.labels["delegation"]})
            return
        except Exception as exc:
            show_error(self, exc, self.tr("Saving the meeting"))
            return
        self.saved_id = meeting_id
        self.accept()
