"""Reporting periods and KPI targets: two tables, each with a small form below it.

Writes go through services.periods on the GUI thread (one row: a few ms) and are announced with
operations.changed, so the dashboard recomputes. A refused value is shown beside the field it names
(ValidationError.field), not in a message box: the officer sees at once what to fix.
"""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from magia_desk.domain.enums import Indicator
from magia_desk.domain.errors import MagiaError, RecordInvalid, ValidationError
from magia_desk.services import periods as service
from magia_desk.services.organizations import partner_clusters
from magia_desk.ui.context import AppContext
from magia_desk.ui.errors import show_error
from magia_desk.ui.labels import day, indicator_label, number, plain_amount

PERIOD_KINDS = {"reporting_period"}
TARGET_KINDS = {"kpi_target"}


def _qdate(value: date) -> QDate:
    return QDate(value.year, value.month, value.day)


def _pydate(value: QDate) -> date:
    return date(value.year(), value.month(), value.day())


def _table(headers: list[str], parent: QWidget) -> QTableWidget:
    table = QTableWidget(0, len(headers), parent)
    table.setHorizontalHeaderLabels(headers)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    table.verticalHeader().hide()
    table.setWordWrap(False)
    header = table.horizontalHeader()
    header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
    header.setMinimumSectionSize(110)
    return table


class FieldErrors:
    """An error label beside each field; show(exc) fills the one named by the error."""

    def __init__(self) -> None:
        self.labels: dict[str, QLabel] = {}
        self.widgets: dict[str, QWidget] = {}

    def field(self, name: str, widget: QWidget, parent: QWidget) -> QWidget:
        """The widget with its (empty) error label to its right, as one row of a form."""
        row = QWidget(parent)
        layout = QHBoxLayout(row)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(widget, 1)
        message = QLabel("", row)
        message.setProperty("role", "field-error")
        message.setWordWrap(True)
        layout.addWidget(message, 1)
        self.labels[name], self.widgets[name] = message, widget
        return row

    def add_row(self, form: QFormLayout, name: str, text: str, widget: QWidget, parent: QWidget) -> None:
        """A labelled row of `form`; the label names the field itself for screen readers (its buddy)."""
        caption = QLabel(text, parent)
        caption.setBuddy(widget)
        widget.setAccessibleName(text.replace("&", ""))
        form.addRow(caption, self.field(name, widget, parent))

    def clear(self) -> None:
        for name, message in self.labels.items():
            message.setText("")
            self._mark(name, False)

    def show(self, exc: MagiaError) -> bool:
        """True when every error was shown beside a field."""
        errors = exc.errors if isinstance(exc, RecordInvalid) else [exc]
        shown = True
        for error in errors:
            name = getattr(error, "field", None)
            if name in self.labels:
                self.labels[name].setText(error.message)  # type: ignore[attr-defined]
                self._mark(name, True)
            else:
                shown = False
        return shown

    def _mark(self, name: str, invalid: bool) -> None:
        widget = self.widgets[name]
        widget.setProperty("invalid", invalid)
        widget.style().unpolish(widget)
        widget.style().polish(widget)


class PeriodsDialog(QDialog):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.store = ctx.store
        self.setWindowTitle(self.tr("Reporting periods and targets"))
        self.resize(900, 720)
        self.period_id: str | None = None  # the period in the form; None: a new one
        self.target_id: str | None = None
        layout = QVBoxLayout(self)
        layout.addWidget(self._build_periods())
        layout.addWidget(self._build_targets(), 1)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.reload()
        self.new_period()
        self.new_target()

    # ---- layout ----------------------------------------------------------------------------------------------

    def _build_periods(self) -> QGroupBox:
        box = QGroupBox(self.tr("Reporting periods"), self)
        layout = QVBoxLayout(box)
        self.periods_table = _table([self.tr("Name"), self.tr("Start"), self.tr("End")], box)
        self.periods_table.setAccessibleName(self.tr("Reporting periods"))
        self.periods_table.setMaximumHeight(140)
        self.periods_table.itemSelectionChanged.connect(self._period_selected)
        layout.addWidget(self.periods_table)
        form = QFormLayout()
        self.period_errors = FieldErrors()
        self.period_name = QLineEdit(box)
        self.period_name.setPlaceholderText(self.tr("RP1"))
        self.period_name.setMaxLength(service.NAME_MAX)
        self.period_start = QDateEdit(box, calendarPopup=True)
        self.period_end = QDateEdit(box, calendarPopup=True)
        for edit in (self.period_start, self.period_end):
            edit.setDisplayFormat("yyyy-MM-dd")
        self.period_errors.add_row(form, "name", self.tr("&Name"), self.period_name, box)
        self.period_errors.add_row(form, "start", self.tr("&Start"), self.period_start, box)
        self.period_errors.add_row(form, "end", self.tr("&End"), self.period_end, box)
        layout.addLayout(form)
        row = QHBoxLayout()
        self.new_period_button = QPushButton(self.tr("New period"), box)
        self.save_period_button = QPushButton(self.tr("Save period"), box)
        self.delete_period_button = QPushButton(self.tr("Delete period"), box)
        self.save_period_button.setDefault(True)
        self.new_period_button.clicked.connect(self.new_period)
        self.save_period_button.clicked.connect(self.save_period)
        self.delete_period_button.clicked.connect(self.delete_period)
        self.period_name.returnPressed.connect(self.save_period)
        row.addStretch(1)
        for button in (self.new_period_button, self.delete_period_button, self.save_period_button):
            row.addWidget(button)
        layout.addLayout(row)
        return box

    def _build_targets(self) -> QGroupBox:
        box = QGroupBox(self.tr("KPI targets"), self)
        layout = QVBoxLayout(box)
        self.targets_table = _table([self.tr("Indicator"), self.tr("Period"), self.tr("Partner cluster"),
                                     self.tr("Target")], box)
        self.targets_table.setAccessibleName(self.tr("KPI targets"))
        self.targets_table.itemSelectionChanged.connect(self._target_selected)
        layout.addWidget(self.targets_table, 1)
        form = QFormLayout()
        self.target_errors = FieldErrors()
        self.target_indicator = QComboBox(box)
        for indicator in Indicator:
            self.target_indicator.addItem(indicator_label(indicator), indicator.value)
        self.target_period = QComboBox(box)
        self.target_cluster = QComboBox(box)
        self.target_value = QLineEdit(box)
        self.target_value.setPlaceholderText(self.tr("e.g. 250"))
        self.target_value.returnPressed.connect(self.save_target)
        self.target_errors.add_row(form, "indicator", self.tr("&Indicator"), self.target_indicator, box)
        self.target_errors.add_row(form, "period_id", self.tr("&Period"), self.target_period, box)
        self.target_errors.add_row(form, "partner_cluster_id", self.tr("Partner &cluster"), self.target_cluster, box)
        self.target_errors.add_row(form, "target", self.tr("&Target"), self.target_value, box)
        layout.addLayout(form)
        row = QHBoxLayout()
        self.new_target_button = QPushButton(self.tr("New target"), box)
        self.save_target_button = QPushButton(self.tr("Save target"), box)
        self.delete_target_button = QPushButton(self.tr("Delete target"), box)
        self.new_target_button.clicked.connect(self.new_target)
        self.save_target_button.clicked.connect(self.save_target)
        self.delete_target_button.clicked.connect(self.delete_target)
        row.addStretch(1)
        for button in (self.new_target_button, self.delete_target_button, self.save_target_button):
            row.addWidget(button)
        layout.addLayout(row)
        return box

    # ---- loading ---------------------------------------------------------------------------------------------

    def reload(self) -> None:
        self.periods = service.list_periods(self.store)
        self.targets = service.list_targets(self.store)
        self.periods_table.blockSignals(True)
        self.periods_table.setRowCount(len(self.periods))
        for r, p in enumerate(self.periods):
            name = QTableWidgetItem(p.name)
            name.setData(Qt.ItemDataRole.UserRole, p.id)
            self.periods_table.setItem(r, 0, name)
            self.periods_table.setItem(r, 1, QTableWidgetItem(day(p.start)))
            self.periods_table.setItem(r, 2, QTableWidgetItem(day(p.end)))
        self._select(self.periods_table, self.period_id)
        self.periods_table.blockSignals(False)
        self.targets_table.blockSignals(True)
        self.targets_table.setRowCount(len(self.targets))
        for r, t in enumerate(self.targets):
            first = QTableWidgetItem(indicator_label(t.indicator))
            first.setData(Qt.ItemDataRole.UserRole, t.id)
            value = QTableWidgetItem(number(t.target, 0 if float(t.target).is_integer() else 2))
            value.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            for c, item in enumerate((first, QTableWidgetItem(t.period_name or self.tr("Whole project")),
                                      QTableWidgetItem(t.partner_cluster_name or self.tr("All partners")), value)):
                self.targets_table.setItem(r, c, item)
        self._select(self.targets_table, self.target_id)
        self.targets_table.blockSignals(False)
        # The period and partner pickers of the target form follow the live periods and partners.
        for combo, items, everything in (
            (self.target_period, [(p.id, p.name) for p in self.periods], self.tr("Whole project")),
            (self.target_cluster, partner_clusters(self.store), self.tr("All partners")),
        ):
            current = combo.currentData()
            combo.clear()
            combo.addItem(everything, None)
            for item_id, text in items:
                combo.addItem(text, item_id)
            combo.setCurrentIndex(max(0, combo.findData(current)) if current else 0)

    @staticmethod
    def _select(table: QTableWidget, record_id: str | None) -> None:
        table.clearSelection()
        for r in range(table.rowCount()):
            if record_id and table.item(r, 0).data(Qt.ItemDataRole.UserRole) == record_id:
                table.selectRow(r)

    # ---- periods ---------------------------------------------------------------------------------------------

    def new_period(self) -> None:
        self.period_id = None
        self.periods_table.clearSelection()
        self.period_errors.clear()
        self.period_name.clear()
        # A new period usually follows the last one.
        start = self.periods[-1].end.toordinal() + 1 if self.periods else date.today().toordinal()
        first = date.fromordinal(start)
        self.period_start.setDate(_qdate(first))
        self.period_end.setDate(_qdate(first).addYears(1).addDays(-1))
        self.delete_period_button.setEnabled(False)
        self.period_name.setFocus()

    def _period_selected(self) -> None:
        rows = self.periods_table.selectionModel().selectedRows()
        if not rows:
            return
        period = self.periods[rows[0].row()]
        self.period_id = period.id
        self.period_errors.clear()
        self.period_name.setText(period.name)
        self.period_start.setDate(_qdate(period.start))
        self.period_end.setDate(_qdate(period.end))
        self.delete_period_button.setEnabled(True)

    def save_period(self) -> bool:
        self.period_errors.clear()
        name, start, end = self.period_name.text(), _pydate(self.period_start.date()), _pydate(self.period_end.date())
        try:
            if self.period_id is None:
                self.period_id = self.ctx.operations.perform(
                    lambda: service.create_period(self.store, name, start, end), PERIOD_KINDS)
                done = self.tr("Reporting period {name} created").format(name=name.strip())
            else:
                period_id = self.period_id
                self.ctx.operations.perform(
                    lambda: service.update_period(self.store, period_id, name=name, start=start, end=end),
                    PERIOD_KINDS)
                done = self.tr("Reporting period {name} saved").format(name=name.strip())
        except (ValidationError, RecordInvalid) as exc:
            if not self.period_errors.show(exc):
                show_error(self, exc, self.tr("Saving the reporting period"))
            return False
        except MagiaError as exc:
            show_error(self, exc, self.tr("Saving the reporting period"))
            return False
        self.reload()
        self.delete_period_button.setEnabled(True)
        self.ctx.notify(done)
        return True

    def delete_period(self) -> None:
        period_id = self.period_id
        if period_id is None:
            return
        name = self.period_name.text()
        self.ctx.operations.perform(lambda: service.delete_period(self.store, period_id), PERIOD_KINDS)
        self.new_period()
        self.reload()

        def undo() -> None:
            try:
                self.ctx.operations.perform(lambda: service.restore_period(self.store, period_id), PERIOD_KINDS)
            except MagiaError as exc:
                show_error(self, exc, self.tr("Restoring the reporting period"))
            if self.isVisible():
                self.reload()

        self.ctx.notify(self.tr("Reporting period {name} deleted (its targets apply again if you undo)").format(
            name=name), undo)

    # ---- targets ---------------------------------------------------------------------------------------------

    def new_target(self) -> None:
        self.target_id = None
        self.targets_table.clearSelection()
        self.target_errors.clear()
        self.target_value.clear()
        self.delete_target_button.setEnabled(False)

    def _target_selected(self) -> None:
        rows = self.targets_table.selectionModel().selectedRows()
        if not rows:
            return
        target = self.targets[rows[0].row()]
        self.target_id = target.id
        self.target_errors.clear()
        self.target_indicator.setCurrentIndex(self.target_indicator.findData(target.indicator.value))
        self.target_period.setCurrentIndex(max(0, self.target_period.findData(target.period_id))
                                           if target.period_id else 0)
        self.target_cluster.setCurrentIndex(max(0, self.target_cluster.findData(target.partner_cluster_id))
                                            if target.partner_cluster_id else 0)
        self.target_value.setText(plain_amount(target.target))
        self.delete_target_button.setEnabled(True)

    def save_target(self) -> bool:
        """Set the target for (indicator, period, partner); an edited row whose three changed is moved."""
        self.target_errors.clear()
        indicator = self.target_indicator.currentData()
        period_id, cluster_id = self.target_period.currentData(), self.target_cluster.currentData()
        value = self.target_value.text().strip()
        previous = next((t for t in self.targets if t.id == self.target_id), None)

        def write() -> str:
            new_id = service.set_target(self.store, indicator, value, period_id, cluster_id)
            if previous is not None and previous.id != new_id:
                service.delete_target(self.store, previous.id)  # the row now names another period or partner
            return new_id

        try:
            self.target_id = self.ctx.operations.perform(write, TARGET_KINDS)
        except (ValidationError, RecordInvalid) as exc:
            if not self.target_errors.show(exc):
                show_error(self, exc, self.tr("Saving the target"))
            return False
        except MagiaError as exc:
            show_error(self, exc, self.tr("Saving the target"))
            return False
        self.reload()
        self.delete_target_button.setEnabled(True)
        self.ctx.notify(self.tr("Target for {indicator} saved").format(
            indicator=indicator_label(Indicator(indicator)).lower()))
        return True

    def delete_target(self) -> None:
        target = next((t for t in self.targets if t.id == self.target_id), None)
        if target is None:
            return
        self.ctx.operations.perform(lambda: service.delete_target(self.store, target.id), TARGET_KINDS)
        self.new_target()
        self.reload()

        def undo() -> None:
            self.ctx.operations.perform(
                lambda: service.set_target(self.store, target.indicator, target.target, target.period_id,
                                           target.partner_cluster_id), TARGET_KINDS)
            if self.isVisible():
                self.reload()

        self.ctx.notify(self.tr("Target for {indicator} deleted").format(
            indicator=indicator_label(target.indicator).lower()), undo)
