"""Letters of intent from many SMEs at once: one signed letter per chosen SME (57 were signed at one event)."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt, QTimer
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from magia_desk.domain.errors import MagiaError, RecordInvalid, ValidationError
from magia_desk.services import agreements as agr
from magia_desk.services import organizations as orgs
from magia_desk.services.officers import list_officers
from magia_desk.ui.context import AppContext
from magia_desk.ui.errors import user_message
from magia_desk.ui.labels import country_label
from magia_desk.ui.undo import ServiceCommand
from magia_desk.ui.widgets.dialog_footer import error_lines
from magia_desk.ui.widgets.parties import IdCombo
from magia_desk.ui.widgets.pickers import DateField, RecordPicker
from magia_desk.ui.widgets.record_lookup import find_actions

ID_ROLE = Qt.ItemDataRole.UserRole
SHOWN_LIMIT = 500  # SMEs listed at once; typing narrows the list
# Translators keep {organization} (and may add {country}): the services replace them for each SME.
DEFAULT_TEMPLATE = QT_TRANSLATE_NOOP("LettersOfIntentDialog", "Letter of intent — {organization}")


class LettersOfIntentDialog(QDialog):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.created: list[str] = []
        self.chosen: dict[str, str] = {}  # id -> name, kept while the search changes
        self._generation = 0
        self.loaded = False
        self.setWindowTitle(self.tr("Letters of intent"))
        store = ctx.store

        self.search = QLineEdit(self)
        self.search.setPlaceholderText(self.tr("Find SMEs by name, city or sector"))
        self.search.setClearButtonEnabled(True)
        self.search.setAccessibleName(self.tr("Search SMEs"))
        self.member_of = IdCombo([(cid, name) for cid, name, _partner in orgs.clusters(store)],
                                 empty=self.tr("Members of any cluster"), parent=self)
        self.member_of.setAccessibleName(self.tr("Members of cluster"))
        self.member_of.setToolTip(self.tr("Show only the SMEs that are members of this cluster"))
        self.smes = QListWidget(self)
        self.smes.setAccessibleName(self.tr("SMEs"))
        self.smes.itemChanged.connect(self._ticked)
        self.select_all = QPushButton(self.tr("Tick all shown"), self)
        self.select_all.clicked.connect(lambda: self._tick_all(True))
        self.select_none = QPushButton(self.tr("Untick all"), self)
        self.select_none.clicked.connect(self._untick_everything)
        self.count = QLabel(self)
        self.count.setProperty("role", "muted")

        self.template = QLineEdit(QCoreApplication.translate("LettersOfIntentDialog", DEFAULT_TEMPLATE), self)
        self.template.setAccessibleName(self.tr("Title template"))
        self.template.setToolTip(self.tr("{organization} and {country} are replaced for each SME"))
        self.signed_on = DateField(self)
        self.signed_on.set_value(date.today())
        self.signed_on.setAccessibleName(self.tr("Signed on"))
        partners = orgs.partner_clusters(store)
        self.partner_cluster = IdCombo(partners, empty="—", parent=self)
        self.partner_cluster.setAccessibleName(self.tr("Partner cluster"))
        officer_cluster = next((o.partner_cluster_id for o in list_officers(store) if o.id == store.officer_id), None)
        self.partner_cluster.set_value(officer_cluster if officer_cluster else (partners[0][0] if partners else None))
        self.action = RecordPicker(ctx.tasks, lambda text: find_actions(store, text),
                                   self.tr("Optional: the event where they were signed"), self)
        self.action.setAccessibleName(self.tr("Action"))
        self.error = QLabel(self)
        self.error.setProperty("role", "field-error")
        self.error.setWordWrap(True)
        self.error.hide()

        filters = QHBoxLayout()
        filters.addWidget(self.search, 2)
        filters.addWidget(self.member_of, 1)
        ticks = QHBoxLayout()
        ticks.addWidget(self.select_all)
        ticks.addWidget(self.select_none)
        ticks.addStretch(1)
        ticks.addWidget(self.count)
        form = QFormLayout()
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)  # long labels (German) go above the field
        form.addRow(self.tr("&Title"), self.template)
        form.addRow(self.tr("&Signed on"), self.signed_on)
        form.addRow(self.tr("&Partner cluster"), self.partner_cluster)
        form.addRow(self.tr("&At"), self.action)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel,
                                        self)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        intro = QLabel(self.tr("Tick the SMEs that signed: one signed letter of intent is created for each."), self)
        intro.setWordWrap(True)
        layout.addWidget(intro)
        layout.addLayout(filters)
        layout.addWidget(self.smes, 1)
        layout.addLayout(ticks)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addWidget(self.buttons)
        self.resize(620, 640)

        self._timer = QTimer(self, singleShot=True, interval=150)
        self._timer.timeout.connect(self.load)
        self.search.textChanged.connect(lambda _t: self._timer.start())
        self.member_of.changed.connect(self.load)
        self._update_count()
        self.load()

    # ---- the SMEs ----------------------------------------------------------------------------------------------

    def load(self) -> None:
        self._generation += 1
        generation = self._generation
        flt = orgs.OrganizationFilter(text=self.search.text().strip(), kind="sme", member_of=self.member_of.value())
        store = self.ctx.store
        self.loaded = False

        def work() -> list[orgs.OrganizationRow]:
            return orgs.organization_rows(store, orgs.organization_ids(store, flt, "name", False, 0, SHOWN_LIMIT))

        self.ctx.tasks.run(work, lambda rows: self._show(generation, rows), owner=self)

    def _show(self, generation: int, rows: list[orgs.OrganizationRow]) -> None:
        if generation != self._generation:
            return
        self.smes.blockSignals(True)
        self.smes.clear()
        for row in rows:
            item = QListWidgetItem(f"{row.name}   {country_label(row.country)}")
            item.setData(ID_ROLE, row.id)
            item.setData(Qt.ItemDataRole.UserRole + 1, row.name)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Checked if row.id in self.chosen else Qt.CheckState.Unchecked)
            self.smes.addItem(item)
        if not rows:
            empty = QListWidgetItem(self.tr("No SMEs match: try fewer words or another cluster"))
            empty.setFlags(Qt.ItemFlag.NoItemFlags)
            self.smes.addItem(empty)
        self.smes.blockSignals(False)
        self.loaded = True

    def _ticked(self, item: QListWidgetItem) -> None:
        sme_id = item.data(ID_ROLE)
        if not sme_id:
            return
        if item.checkState() == Qt.CheckState.Checked:
            self.chosen[sme_id] = item.data(Qt.ItemDataRole.UserRole + 1)
        else:
            self.chosen.pop(sme_id, None)
        self._update_count()

    def _tick_all(self, on: bool) -> None:
        for index in range(self.smes.count()):
            item = self.smes.item(index)
            if item.data(ID_ROLE):
                item.setCheckState(Qt.CheckState.Checked if on else Qt.CheckState.Unchecked)

    def _untick_everything(self) -> None:
        self._tick_all(False)
        self.chosen.clear()
        self._update_count()

    def _update_count(self) -> None:
        self.count.setText(self.tr("%Ln SMEs ticked", "", len(self.chosen)))
        ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setText(self.tr("Create %Ln letters", "", len(self.chosen)))
        ok.setEnabled(bool(self.chosen))

    # ---- creating ----------------------------------------------------------------------------------------------

    def accept(self) -> None:
        store, ids = self.ctx.store, list(self.chosen)
        template, signed_on = self.template.text(), self.signed_on.value()
        cluster, action = self.partner_cluster.value(), self.action.value()
        try:
            if signed_on is None:
                raise MagiaError(self.tr("Give the day the letters were signed"))
            if not cluster:
                raise MagiaError(self.tr("Choose the partner cluster the letters count for"))
            created = self.ctx.operations.perform(
                lambda: agr.create_letters_of_intent(store, ids, template, signed_on, cluster, action),
                {"agreement", "agreement_party", "agreement_stage_change"})
        except (RecordInvalid, ValidationError) as exc:
            # Named by the labels beside the fields, as the user reads them.
            labels = {"title_template": self.tr("&Title"), "signed_on": self.tr("&Signed on"),
                      "partner_cluster_id": self.tr("&Partner cluster"), "action_id": self.tr("&At"),
                      "sme_ids": self.tr("SMEs")}
            errors = exc.errors if isinstance(exc, RecordInvalid) else [exc]
            self.error.setText("⚠ " + error_lines(errors, labels).replace("\n", "; "))
            self.error.show()
            return
        except MagiaError as exc:
            self.error.setText("⚠ " + user_message(exc).replace("\n", "; "))
            self.error.show()
            return
        self.created = list(created)
        self.ctx.undo_stack.push(ServiceCommand(
            self.tr("Create %Ln letters of intent", "", len(created)),
            lambda: [agr.restore_agreement(store, i) for i in created],
            lambda: [agr.delete_agreement(store, i) for i in created], self.ctx.operations, {"agreement"},
        ))
        self.ctx.notify(self.tr("Created %Ln letters of intent", "", len(created)), undo=self.ctx.undo_stack.undo)
        super().accept()
