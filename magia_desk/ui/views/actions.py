"""Actions: everything the partnership runs or attends, its filters, and the action pane with its participants."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QWidget

from magia_desk.domain.actions import ACTION_TYPE_LABELS
from magia_desk.domain.countries import all_countries
from magia_desk.services import actions as acts
from magia_desk.services import organizations as orgs
from magia_desk.ui.context import AppContext
from magia_desk.ui.dialogs.action_editor import TYPE_CHOICES, ActionEditor
from magia_desk.ui.labels import country_label, day, number
from magia_desk.ui.models.record_table import Column, RecordSource
from magia_desk.ui.views.list_screen import ListScreen
from magia_desk.ui.widgets.filter_bar import FilterBar


def _place(row: acts.ActionRow) -> str:
    if row.online:
        return "Online"
    return ", ".join(p for p in (row.city, row.country_name) if p)


def _audience_tip(row: acts.ActionRow) -> str:
    declared = f"declared {number(row.declared_audience)}" if row.declared_audience is not None else "none declared"
    return f"The larger of {number(row.participants)} participants and the declared audience ({declared})"


class ActionsScreen(ListScreen):
    key = "actions"
    title = "Actions"
    record_kind = "action"
    noun = ("action", "actions")
    refresh_on = frozenset({"action", "participation", "organization"})
    source = RecordSource(ids=acts.action_ids, count=acts.count_actions, rows=acts.action_rows)
    columns = (
        Column("title", "Title", lambda r: r.title, sort="title", width=260),
        Column("start_date", "Starts", lambda r: day(r.start_date), sort="start_date", width=80),
        Column("type", "Type", lambda r: r.type_label, sort="type", width=118),
        Column("place", "Place", _place, sort="city", width=120,
               tooltip=lambda r: "Online" if r.online else country_label(r.country)),
        Column("organiser", "Organiser", lambda r: r.organiser or "", sort="organiser", width=110),
        Column("participants", "Participants", lambda r: number(r.participants), sort="participants",
               numeric=True, width=80, help="Organizations and people recorded as taking part."),
        Column("audience", "Audience", lambda r: number(r.audience), numeric=True, width=68, tooltip=_audience_tip,
               help="The larger of the participants and the declared audience, as reported."),
    )
    default_sort = "start_date"
    search_hint = "Search actions by title or city"
    empty_hint = "create one (Ctrl+N), or import a workbook"
    editor_class = ActionEditor
    delete_record = staticmethod(acts.delete_action)
    restore_record = staticmethod(acts.restore_action)

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        # Newest first is how officers read their actions; the base starts every list ascending.
        if self.model.sort_key == "start_date" and not self.model.descending:
            self.model.set_query(descending=True)
            header = self.table.horizontalHeader()
            header.blockSignals(True)
            header.setSortIndicator(1, Qt.SortOrder.DescendingOrder)
            header.blockSignals(False)
        capture = QShortcut(QKeySequence("Ctrl+Shift+L"), self)
        capture.activated.connect(self.open_capture)

    @classmethod
    def make_query(cls, text: str, filters: dict[str, Any]) -> acts.ActionFilter:
        return acts.ActionFilter(text=text, **filters)

    @classmethod
    def describe(cls, row: acts.ActionRow) -> tuple[str, str]:
        return row.title, f"{row.type_label}, {day(row.start_date)}"

    def build_filters(self, bar: FilterBar) -> None:
        store = self.ctx.store
        bar.add_choice("type", "Type", TYPE_CHOICES)
        bar.add_choice("year", "Year", lambda: [(year, str(year)) for year in acts.action_years(store)])
        bar.add_choice("organiser_id", "Organiser", lambda: orgs.partner_clusters(store),
                       tooltip="Actions run by one partner cluster")
        bar.add_choice("country", "Country", [(code, country_label(code)) for code, _name in all_countries()])
        bar.add_choice("online", "Online", [(True, "Online"), (False, "In person")])

    def open_capture(self) -> None:
        """Ctrl+Shift+L on a trade show: the capture mode for it."""
        if self.editor is None or not self.editor.record_id or self.editor.detail is None:
            return
        action = self.editor.detail[0]
        if action.type != "trade_show":
            self.ctx.notify(f"Lead capture is for trade shows; this is a {ACTION_TYPE_LABELS.get(action.type, '')}")
            return
        from magia_desk.ui.dialogs.capture import CaptureDialog

        CaptureDialog.show_for(self.ctx, action.id, action.title, self)
