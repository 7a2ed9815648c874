"""The agreement pane: its fields (parties, dates, owner, partner cluster, the action it came from), the stage
history with dates that can be corrected, the expiry warning, and the timeline."""

from __future__ import annotations

from datetime import date
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QPushButton, QToolButton, QTreeWidget, QTreeWidgetItem, QVBoxLayout, QWidget

from magia_desk.domain.agreements import AGREEMENT_FIELDS, STAGE_ORDER, clean_agreement, days_to_expiry, expiry_warning
from magia_desk.domain.enums import AgreementType
from magia_desk.domain.errors import MagiaError
from magia_desk.services import agreements as agr
from magia_desk.services import organizations as orgs
from magia_desk.services.officers import list_officers
from magia_desk.ui.dialogs.date_prompt import ask_date
from magia_desk.ui.errors import show_error
from magia_desk.ui.labels import country_label, day, label, live_choices
from magia_desk.ui.undo import ServiceCommand
from magia_desk.ui.widgets.parties import IdCombo, PartiesField
from magia_desk.ui.widgets.pickers import RecordPicker
from magia_desk.ui.widgets.record_editor import EditorTexts, RecordEditor, SavePlan
from magia_desk.ui.widgets.record_form import RecordForm
from magia_desk.ui.widgets.record_lookup import find_actions, find_organizations

AGREEMENT_KINDS = frozenset({"agreement", "agreement_party", "agreement_stage_change"})
TYPE_CHOICES = live_choices(AgreementType)
STAGE_CHOICES = live_choices(STAGE_ORDER)
CHANGE_ROLE = Qt.ItemDataRole.UserRole


def type_label(value: str) -> str:
    return label(value)


class AgreementEditor(RecordEditor):
    kind = "agreement"
    noun = "agreement"
    writes = AGREEMENT_KINDS
    watches = frozenset({"agreement_party", "agreement_stage_change", "organization"})

    def editor_texts(self) -> EditorTexts:
        return EditorTexts(
            new_title=self.tr("New agreement"),
            empty=self.tr("Select an agreement to see it here, or press Ctrl+N to create one."),
            save_name=self.tr("Save agreement"),
            revert_name=self.tr("Revert agreement"),
            delete_name=self.tr("Delete agreement"),
            delete_tip=self.tr("Delete this agreement (Delete; undo with Ctrl+Z)"),
            saving=self.tr("Saving the agreement"),
            not_saved=self.tr("The agreement was not saved: {reason}"),
        )

    def build_form(self, form: RecordForm) -> None:
        store = self.ctx.store
        self.expiry = QLabel(self)
        self.expiry.setProperty("role", "field-error")
        self.expiry.setWordWrap(True)
        self.expiry.hide()
        main = form.section(self.tr("Agreement"))
        main.addRow(self.expiry)
        form.choice(main, "type", self.tr("&Type"), TYPE_CHOICES,
                    tooltip=self.tr("MoU, collaboration agreement, letter of intent…"))
        form.line(main, "title", self.tr("T&itle"), placeholder=self.tr("What the agreement is about"))
        form.choice(main, "stage", self.tr("&Stage"), STAGE_CHOICES,
                    tooltip=self.tr("Where it stands; drag its card on the board to date the change"))
        self.parties = PartiesField(self.ctx.tasks, lambda text: find_organizations(store, text), self)
        self.parties.open_requested.connect(lambda oid: self.ctx.open_record("organization", oid))
        form.add_field(main, "party_ids", self.tr("&Parties"), self.parties, self.parties.value,
                       self.parties.set_value, display=lambda v: list(v or []), changed=self.parties.changed,
                       tooltip=self.tr("The organizations that sign it, of any country"))
        dates = form.section(self.tr("Dates"))
        form.date(dates, "signed_on", self.tr("Signed o&n"), tooltip=self.tr("Required from the signed stage on"))
        form.date(dates, "expires_on", self.tr("E&xpires on"),
                  tooltip=self.tr("An active agreement warns 60 days before it expires"))
        who = form.section(self.tr("Who and where from"))
        self.owner = IdCombo([], empty="—", parent=self)
        form.add_field(who, "owner_id", self.tr("&Owner"), self.owner, self.owner.value, self.owner.set_value,
                       changed=self.owner.changed, tooltip=self.tr("The officer following it"))
        self.cluster = IdCombo([], empty="—", parent=self)
        form.add_field(who, "partner_cluster_id", self.tr("Partner &cluster"), self.cluster, self.cluster.value,
                       self.cluster.set_value, changed=self.cluster.changed,
                       tooltip=self.tr("The consortium partner it counts for"))
        self.action = RecordPicker(self.ctx.tasks, lambda text: find_actions(store, text),
                                   self.tr("Type to find the action or mission"), self)
        self.open_action = QToolButton(self)
        self.open_action.setText(self.tr("Open"))
        self.open_action.setToolTip(self.tr("Show the action or mission"))
        self.open_action.setAccessibleName(self.tr("Open the action or mission"))
        self.open_action.clicked.connect(self._open_action)
        form.add_field(who, "action_id", self.tr("&Came from"), self.action, self.action.value,
                       lambda v: self.action.set_value(*(v or (None, ""))), changed=self.action.changed,
                       trailing=self.open_action,
                       tooltip=self.tr("The mission or action this agreement resulted from"))
        history = form.section(self.tr("Stage history"))
        self.history = QTreeWidget(self)
        self.history.setAccessibleName(self.tr("Stage history"))
        self.history.setHeaderLabels([self.tr("Stage"), self.tr("Reached on"), self.tr("By")])
        self.history.setRootIsDecorated(False)
        self.history.setMaximumHeight(150)
        self.history.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.history.header().setStretchLastSection(True)
        self.history.setToolTip(self.tr("Double-click a date to correct it (a stage reached last month, recorded "
                                        "today)"))
        self.history.itemActivated.connect(lambda item, _col: self.correct_date(item))
        self.correct_button = QPushButton(self.tr("Correct date…"), self)
        self.correct_button.setToolTip(self.tr("Change the date the selected stage was reached"))
        self.correct_button.clicked.connect(lambda: self.correct_date(self.history.currentItem()))
        holder = QWidget(self)
        column = QVBoxLayout(holder)
        column.setContentsMargins(0, 0, 0, 0)
        column.addWidget(self.history)
        column.addWidget(self.correct_button, 0, Qt.AlignmentFlag.AlignLeft)
        history.addRow(holder)
        notes = form.section(self.tr("Notes"))
        form.text(notes, "notes", "", tooltip=self.tr("Anything worth remembering about this agreement"),
                  accessible_name=self.tr("Notes"))

    # ---- reading -----------------------------------------------------------------------------------------------

    def _load_choices(self) -> None:
        store = self.ctx.store
        self.owner.set_choices([(o.id, o.name) for o in list_officers(store)])
        self.cluster.set_choices(orgs.partner_clusters(store))

    def fetch(self, record_id: str) -> agr.AgreementDetail:
        self._load_choices()
        return agr.get_agreement(self.ctx.store, record_id)

    def defaults(self) -> dict[str, Any]:
        self._load_choices()
        return {"type": "mou", "stage": "identified", "owner_id": self.ctx.store.officer_id}

    def stored_values(self, detail: agr.AgreementDetail) -> dict[str, Any]:
        record = detail.record
        values = {name: getattr(record, name, None) for name in AGREEMENT_FIELDS if name != "party_ids"}
        values["party_ids"] = [(p.id, p.name, p.country) for p in detail.parties]
        values["action_id"] = (record.action_id, detail.action_title or "") if record.action_id else None
        return values

    def heading(self, detail: agr.AgreementDetail) -> tuple[str, str]:
        record = detail.record
        parts = [type_label(record.type), label(record.stage)]
        if record.signed_on:
            parts.append(self.tr("signed {date}").format(date=day(record.signed_on)))
        if detail.parties:
            flags = " ".join(country_label(c).split("  ")[0] for c in sorted({p.country for p in detail.parties
                                                                               if p.country}))
            count = self.tr("%Ln parties", "", len(detail.parties))
            parts.append(f"{count} {flags}".strip() if len(detail.parties) > 1 else detail.parties[0].name)
        return record.title, "  ·  ".join(parts)

    def after_load(self, detail: agr.AgreementDetail | None) -> None:
        self.history.clear()
        for change in detail.history if detail else []:
            item = QTreeWidgetItem([label(change.stage), day(change.changed_on), change.officer_name or ""])
            item.setData(0, CHANGE_ROLE, (change.id, change.changed_on))
            self.history.addTopLevelItem(item)
        self.history.resizeColumnToContents(0)
        self.history.resizeColumnToContents(1)
        self.correct_button.setEnabled(bool(detail and detail.history))
        record = detail.record if detail else None
        warn = record is not None and expiry_warning(record.stage, record.expires_on, date.today())
        if warn and record is not None and record.expires_on is not None:
            self.expiry.setText(self.expiry_text(record.expires_on, date.today()))
        self.expiry.setVisible(warn)

    def expiry_text(self, expires_on: date, today: date) -> str:
        days = days_to_expiry(expires_on, today)
        if days < 0:
            return self.tr("⚠ Expired %Ln days ago and still active: renew it or move it to expired", "", -days)
        if days == 0:
            return self.tr("⚠ Expires today")
        return self.tr("⚠ Expires in %Ln days, on {date}", "", days).format(date=day(expires_on))

    # ---- writing -----------------------------------------------------------------------------------------------

    def plan_save(self, record_id: str | None, changes: dict[str, Any], raw: dict[str, Any]) -> SavePlan:
        store = self.ctx.store
        source = raw if record_id is None else changes
        fields = {k: v for k, v in source.items() if k in AGREEMENT_FIELDS}
        clean_agreement(fields, partial=record_id is not None)  # every refusal at once, before writing
        title = str(raw.get("title") or "").strip()
        if record_id is None:
            return SavePlan(self.tr("Create agreement {title}").format(title=title),
                            lambda: agr.create_agreement(store, fields),
                            undo=lambda rid: agr.delete_agreement(store, rid),
                            redo=lambda rid: agr.restore_agreement(store, rid),
                            done=self.tr("Agreement {title} created").format(title=title))
        before = self.stored_values(self.detail)
        before["party_ids"] = [p[0] for p in before["party_ids"]]
        before["action_id"] = before["action_id"][0] if before["action_id"] else None
        old = {k: before.get(k) for k in fields}

        def write(rid: str, values: dict[str, Any]) -> str:
            agr.update_agreement(store, rid, values)
            return rid

        return SavePlan(self.tr("Edit agreement {title}").format(title=title), lambda: write(record_id, fields),
                        undo=lambda rid: write(rid, old), redo=lambda rid: write(rid, fields),
                        done=self.tr("Agreement {title} saved").format(title=title))

    # ---- history -------------------------------------------------------------------------------------------

    def correct_date(self, item: QTreeWidgetItem | None) -> None:
        if item is None:
            return
        change_id, current = item.data(0, CHANGE_ROLE)
        stage = item.text(0)  # the item is rebuilt when the change is announced
        chosen = ask_date(self, self.tr("Correct the date"),
                          self.tr("On which day did the agreement become {stage}?").format(stage=stage.lower()),
                          self.tr("Reached on"), current, latest=date.today())
        if chosen is None or chosen == current:
            return
        store = self.ctx.store
        try:
            self.ctx.operations.perform(lambda: agr.correct_stage_change(store, change_id, chosen), AGREEMENT_KINDS)
        except MagiaError as exc:
            show_error(self, exc, self.tr("Correcting the stage date"))
            return
        self.ctx.undo_stack.push(ServiceCommand(
            self.tr("Correct the date of {stage}").format(stage=stage.lower()),
            lambda: agr.correct_stage_change(store, change_id, chosen),
            lambda: agr.correct_stage_change(store, change_id, current), self.ctx.operations, AGREEMENT_KINDS,
        ))
        self.ctx.notify(self.tr("{stage} is now dated {date}").format(stage=stage, date=day(chosen)),
                        undo=self.ctx.undo_stack.undo)

    def _open_action(self) -> None:
        action_id = self.action.chosen_id
        if action_id:
            self.ctx.open_record("action", action_id)
