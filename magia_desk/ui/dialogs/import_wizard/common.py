"""What the wizard's pages share: sheet names as officers read them, the colours of problems, table helpers."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableWidget, QTableWidgetItem

from magia_desk.services.exchange.cleaning import as_text
from magia_desk.services.exchange.plan import Problem
from magia_desk.services.i18n import as_message, translate_message

# The sheets of the exchange workbook, named for people (the file keeps its English sheet names).
SHEET_LABELS = {
    "Organizations": QT_TRANSLATE_NOOP("ImportWizard", "Organizations"),
    "Contacts": QT_TRANSLATE_NOOP("ImportWizard", "Contacts"),
    "Actions": QT_TRANSLATE_NOOP("ImportWizard", "Actions"),
    "Participations": QT_TRANSLATE_NOOP("ImportWizard", "Participations"),
    "Meetings": QT_TRANSLATE_NOOP("ImportWizard", "Meetings"),
    "Agreements": QT_TRANSLATE_NOOP("ImportWizard", "Agreements"),
    "ReportingPeriods": QT_TRANSLATE_NOOP("ImportWizard", "Reporting periods"),
    "KpiTargets": QT_TRANSLATE_NOOP("ImportWizard", "KPI targets"),
}
# What an import may write, for the views to refresh (store table names).
IMPORTED_KINDS = frozenset({
    "organization", "contact", "action", "mission", "participation", "meeting", "meeting_attendee", "agreement",
    "agreement_party", "reporting_period", "kpi_target", "membership", "external_ref", "officer",
})
PREVIEW_ROWS = 200  # rows of each sheet shown in the preview
PROBLEM_COLOUR = QColor(220, 53, 69, 70)  # translucent: readable on light and dark palettes
WARNING_COLOUR = QColor(255, 193, 7, 70)


def sheet_label(name: str) -> str:
    return QCoreApplication.translate("ImportWizard", SHEET_LABELS.get(name, name))


def cell_text(value: Any) -> str:
    return as_text(value) or ""


def read_only_table(columns: list[str]) -> QTableWidget:
    """A dense, calm table (ui.md): no editing, row selection, a subtle grid, last column stretched."""
    table = QTableWidget(0, len(columns))
    table.setHorizontalHeaderLabels(columns)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setAlternatingRowColors(False)
    table.setWordWrap(False)
    table.verticalHeader().setVisible(False)
    table.verticalHeader().setDefaultSectionSize(table.fontMetrics().height() + 8)
    table.horizontalHeader().setStretchLastSection(True)
    table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
    table.setStyleSheet("QTableWidget { gridline-color: palette(midlight); }")
    return table


def item(text: str, tooltip: str = "", number: bool = False) -> QTableWidgetItem:
    cell = QTableWidgetItem(text)
    cell.setToolTip(tooltip or (text if len(text) > 30 else ""))
    if number:
        cell.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
    return cell


def in_user_language(text: str) -> str:
    """A text the services wrote (a reason, a problem), in the user's language."""
    return translate_message(as_message(text))


def problem_text(problem: Problem) -> str:
    """What is wrong, in the user's language (a problem's message is always the services' words)."""
    return in_user_language(problem.message)


def problem_line(problem: Problem) -> str:
    """The problem with where it is, for lists outside the preview's table: 'Contacts, row 7, email: …'."""
    where = sheet_label(problem.sheet)
    if problem.row:
        where = QCoreApplication.translate("ImportWizard", "{sheet}, row {row}").format(sheet=where, row=problem.row)
    if problem.column:
        where += f", {problem.column}"
    return f"{where}: {problem_text(problem)}"
