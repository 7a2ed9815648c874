"""The Reports screen: pick a period, a partner cluster and a format, see what the report will hold, export
it off the GUI thread with progress and Cancel, then open the file."""

from __future__ import annotations

import html
from datetime import date
from pathlib import Path
from typing import Any

from PySide6.QtCore import QDate, QLocale, Qt, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QProgressBar,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from magia_desk.services.common import Cancelled
from magia_desk.services.i18n import LANGUAGES, current_language
from magia_desk.services.kpi import Period
from magia_desk.services.periods import list_periods
from magia_desk.services.reports import FORMATS, ReportContent, export_report, gather, partners
from magia_desk.ui import labels
from magia_desk.ui.context import AppContext
from magia_desk.ui.tasks import TaskHandle

CUSTOM = "custom"
LANGUAGE_KEY = "reports/language"


class ReportsScreen(QWidget):
    record_kind = "report"

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.handle: TaskHandle | None = None
        self.written: Path | None = None
        self._preview_serial = 0

        self.period = QComboBox()
        self.start = QDateEdit(calendarPopup=True)
        self.end = QDateEdit(calendarPopup=True)
        for edit in (self.start, self.end):
            edit.setDisplayFormat("yyyy-MM-dd")
        self.partner = QComboBox()
        self.format = QComboBox()
        for fmt in FORMATS:
            self.format.addItem(self.tr("Excel workbook (.xlsx)") if fmt == "xlsx" else self.tr("PDF document (.pdf)"),
                                fmt)
        self.language = QComboBox()
        for code, name in LANGUAGES.items():
            self.language.addItem(name, code)  # each language by its own name: found whatever the UI speaks
        saved = str(ctx.settings.value(LANGUAGE_KEY, "") or "")
        self.language.setCurrentIndex(max(0, self.language.findData(saved if saved in LANGUAGES
                                                                    else current_language())))
        self.language.setToolTip(self.tr("The language the report is written in, whatever the language of the screens"))
        self.start.setAccessibleName(self.tr("Start date"))
        self.end.setAccessibleName(self.tr("End date"))
        dates = QHBoxLayout()
        dates.addWidget(self.start)
        dates.addWidget(QLabel(self.tr("to")))
        dates.addWidget(self.end)
        dates.addStretch(1)
        form = QFormLayout()
        form.addRow(self.tr("&Period"), self.period)
        form.addRow(self.tr("Dates"), dates)
        form.addRow(self.tr("P&artner cluster"), self.partner)
        form.addRow(self.tr("&Format"), self.format)
        form.addRow(self.tr("Report &language"), self.language)

        self.summary = QLabel(self.tr("Choose a period"))
        self.summary.setWordWrap(True)
        self.preview = QTableWidget(0, 5)
        self.preview.setAccessibleName(self.tr("Indicators in the report"))
        self.preview.setHorizontalHeaderLabels([self.tr("Indicator"), self.tr("Target"), self.tr("Achieved in period"),
                                                self.tr("Cumulative"), self.tr("% of target")])
        self.preview.verticalHeader().setVisible(False)
        self.preview.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.preview.setAlternatingRowColors(False)
        self.preview.setSelectionMode(QTableWidget.SelectionMode.NoSelection)
        self.preview.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.preview.setMaximumWidth(760)
        header = self.preview.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        header.setDefaultAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        first = self.preview.horizontalHeaderItem(0)
        if first is not None:
            first.setTextAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        self.preview.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 8)
        self.preview.setStyleSheet("QTableWidget { gridline-color: palette(midlight); }")

        self.export_button = QPushButton(self.tr("&Export…"))
        self.export_button.setDefault(True)
        self.cancel_button = QPushButton(self.tr("Cancel"))
        self.cancel_button.setVisible(False)
        self.progress = QProgressBar()
        self.progress.setAccessibleName(self.tr("Progress of the export"))
        self.progress.setVisible(False)
        self.progress.setRange(0, 1000)
        self.open_button = QPushButton(self.tr("&Open the file"))
        self.open_button.setVisible(False)
        self.status = QLabel()
        buttons = QHBoxLayout()
        buttons.addWidget(self.export_button)
        buttons.addWidget(self.progress, 1)
        buttons.addWidget(self.cancel_button)
        buttons.addWidget(self.status, 1)
        buttons.addWidget(self.open_button)

        layout = QVBoxLayout(self)
        heading = html.escape(self.tr("Periodic report"))
        title = QLabel(f"<h2>{heading}</h2>")
        layout.addWidget(title)
        choices = QWidget()
        choices.setLayout(form)
        choices.setMaximumWidth(560)
        layout.addWidget(choices)
        layout.addSpacing(8)
        included = html.escape(self.tr("What the report will include"))
        layout.addWidget(QLabel(f"<b>{included}</b>"))
        layout.addWidget(self.summary)
        layout.addWidget(self.preview)
        layout.addLayout(buttons)
        layout.addStretch(1)

        self._fill_choices()
        self.period.currentIndexChanged.connect(self._period_changed)
        self.start.dateChanged.connect(self._refresh_preview)
        self.end.dateChanged.connect(self._refresh_preview)
        self.partner.currentIndexChanged.connect(self._refresh_preview)
        self.language.currentIndexChanged.connect(self._language_changed)
        self.export_button.clicked.connect(self.export)
        self.cancel_button.clicked.connect(self.cancel)
        self.open_button.clicked.connect(self.open_file)
        self.ctx.tasks.task_progress.connect(self._on_progress)
        # The runner does not hand Cancelled to on_error: a cancelled export is seen finishing here.
        self.ctx.tasks.task_finished.connect(self._on_finished)
        self._period_changed()

    # ---- choices --------------------------------------------------------------------------------------

    def _fill_choices(self) -> None:
        today = date.today()
        for period in list_periods(self.ctx.store):
            self.period.addItem(self.tr("{name} ({start} to {end})").format(name=period.name, start=period.start,
                                                                           end=period.end),
                                Period(period.start, period.end, period.name, period.id))
        for year in range(today.year, today.year - 9, -1):
            self.period.addItem(self.tr("Year {year}").format(year=year), Period(date(year, 1, 1), date(year, 12, 31)))
        self.period.addItem(self.tr("Custom range…"), CUSTOM)
        self.partner.addItem(self.tr("All partner clusters"), None)
        for cluster_id, name in partners(self.ctx.store):
            self.partner.addItem(name, cluster_id)

    def chosen_period(self) -> Period | None:
        data = self.period.currentData()
        if data == CUSTOM:
            start, end = self.start.date().toPython(), self.end.date().toPython()
            return Period(start, end) if start <= end else None
        return data

    def chosen_language(self) -> str:
        return str(self.language.currentData() or "en")

    def _language_changed(self) -> None:
        self.ctx.settings.setValue(LANGUAGE_KEY, self.chosen_language())
        self._refresh_preview()  # the tables' titles are the report's own, in its language

    def _period_changed(self) -> None:
        data = self.period.currentData()
        custom = data == CUSTOM
        self.start.setEnabled(custom)
        self.end.setEnabled(custom)
        if not custom and isinstance(data, Period):
            for edit, day in ((self.start, data.start), (self.end, data.end)):
                edit.blockSignals(True)
                edit.setDate(QDate(day.year, day.month, day.day))
                edit.blockSignals(False)
        self._refresh_preview()

    # ---- preview --------------------------------------------------------------------------------------

    def _refresh_preview(self) -> None:
        period = self.chosen_period()
        if period is None:
            self.summary.setText(self.tr("The end date is before the start date."))
            self.export_button.setEnabled(False)
            return
        self.export_button.setEnabled(self.handle is None)
        self._preview_serial += 1
        serial = self._preview_serial
        partner, language = self.partner.currentData(), self.chosen_language()
        self.summary.setText(self.tr("Counting what the report will hold…"))
        self.ctx.tasks.run(lambda: gather(self.ctx.store, period, partner_cluster_id=partner, language=language),
                           lambda content: self._show_preview(serial, content), owner=self)

    def _show_preview(self, serial: int, content: ReportContent) -> None:
        if serial != self._preview_serial:
            return  # an older choice answered late
        locale = QLocale()
        counts = " · ".join(f"{html.escape(t.title)}: {locale.toString(len(t.rows))}" for t in content.tables)
        scope = html.escape(content.partner_cluster or self.tr("all partner clusters"))
        self.summary.setText(self.tr("{period}, {scope} — cover, KPI summary · {counts}").format(
            period=html.escape(content.period_text), scope=scope, counts=counts))
        lines = [line for line in content.kpi_lines if line.cluster is None]
        self.preview.setRowCount(len(lines))
        for row, line in enumerate(lines):
            values: list[Any] = [
                labels.indicator_label(line.indicator),
                "–" if line.target is None else locale.toString(float(line.target), "f", 0),
                locale.toString(line.achieved),
                "–" if line.cumulative is None else locale.toString(line.cumulative),
                "–" if line.pct is None else locale.toString(line.pct, "f", 1) + " %",
            ]
            for column, value in enumerate(values):
                item = QTableWidgetItem(value)
                if column:
                    item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
                self.preview.setItem(row, column, item)
        # The table is as tall as its rows: the buttons stay right under it.
        height = self.preview.horizontalHeader().height() + 2 * self.preview.frameWidth()
        self.preview.setFixedHeight(height + sum(self.preview.rowHeight(r) for r in range(len(lines))))

    # ---- export ---------------------------------------------------------------------------------------

    def suggested_name(self) -> str:
        period = self.chosen_period()
        label = (period.name or f"{period.start}_{period.end}") if period else "report"
        return f"MAGIA report {label}.{self.format.currentData()}"

    def export(self, path: str | None = None) -> None:
        period = self.chosen_period()
        if period is None or self.handle is not None:
            return
        fmt = self.format.currentData()
        if not path:
            kind = self.tr("Excel workbook (*.xlsx)") if fmt == "xlsx" else self.tr("PDF document (*.pdf)")
            path, _filter = QFileDialog.getSaveFileName(self, self.tr("Export report"), self.suggested_name(), kind)
            if not path:
                return
        partner, language = self.partner.currentData(), self.chosen_language()
        self._busy(True)
        self.status.setText("")
        self.handle = self.ctx.tasks.run_with_progress(
            lambda progress: export_report(self.ctx.store, fmt, path, period, partner_cluster_id=partner,
                                           language=language, progress=progress),
            self._exported, on_error=self._failed, owner=self, label=self.tr("Exporting the report"),
        )

    def _busy(self, busy: bool) -> None:
        self.export_button.setEnabled(not busy)
        self.progress.setVisible(busy)
        self.progress.setValue(0)
        self.cancel_button.setVisible(busy)
        self.open_button.setVisible(False)

    def _on_progress(self, handle: TaskHandle) -> None:
        if handle is self.handle and handle.fraction is not None:
            self.progress.setValue(int(1000 * handle.fraction))

    def _on_finished(self, handle: TaskHandle) -> None:
        if handle is self.handle and handle.cancelled:
            self._failed(Cancelled())

    def cancel(self) -> None:
        if self.handle is not None:
            self.handle.cancel()

    def _exported(self, path: Path) -> None:
        self.handle = None
        self._busy(False)
        self.written = Path(path)
        self.status.setText(self.tr("Saved {file}").format(file=self.written.name))
        self.open_button.setVisible(True)

    def _failed(self, exc: BaseException) -> None:
        self.handle = None
        self._busy(False)
        if isinstance(exc, Cancelled):
            self.status.setText(self.tr("Cancelled: nothing was written"))
            return
        self.status.setText(self.tr("The report was not written"))
        self.ctx.tasks.report(exc, self.tr("Exporting the report"), self)

    def open_file(self) -> None:
        if self.written is not None:
            QDesktopServices.openUrl(QUrl.fromLocalFile(str(self.written)))
