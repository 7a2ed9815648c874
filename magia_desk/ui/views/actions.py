"""Actions: everything the partnership runs or attends, its filters, and the action pane with its participants."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QWidget

from magia_desk.domain.countries import all_countries
from magia_desk.services import actions as acts
from magia_desk.services import organizations as orgs
from magia_desk.ui.context import AppContext
from magia_desk.ui.dialogs.action_editor import TYPE_CHOICES, ActionEditor
from magia_desk.ui.labels import country_label, day, label, number
from magia_desk.ui.models.record_table import Column, RecordSource
from magia_desk.ui.views.list_screen import ListScreen, ListWording
from magia_desk.ui.widgets.filter_bar import FilterBar


def _place(row: acts.ActionRow) -> str:
    if row.online:
        return QCoreApplication.translate("ActionsScreen", "Online")
    return ", ".join(p for p in (row.city, row.country_name) if p)


def _audience_tip(row: acts.ActionRow) -> str:
    # ActionsScreen.tr() rather than QCoreApplication.translate(): lupdate marks only tr() plurals as plurals.
    if row.declared_audience is None:
        return ActionsScreen.tr("The larger of %Ln participants and the declared audience (none declared)", "",
                                row.participants)
    return ActionsScreen.tr("The larger of %Ln participants and the declared audience (declared {declared})", "",
                            row.participants).format(declared=number(row.declared_audience))


class ActionsScreen(ListScreen):
    key = "actions"
    title = "Actions"
    record_kind = "action"
    noun = ("action", "actions")
    refresh_on = frozenset({"action", "participation", "organization"})
    source = RecordSource(ids=acts.action_ids, count=acts.count_actions, rows=acts.action_rows)
    columns = (
        Column("title", QT_TRANSLATE_NOOP("ActionsScreen", "Title"), lambda r: r.title, sort="title", width=260),
        Column("start_date", QT_TRANSLATE_NOOP("ActionsScreen", "Starts"), lambda r: day(r.start_date),
               sort="start_date", width=80),
        Column("type", QT_TRANSLATE_NOOP("ActionsScreen", "Type"), lambda r: r.type_label, sort="type", width=118),
        Column("place", QT_TRANSLATE_NOOP("ActionsScreen", "Place"), _place, sort="city", width=120,
               tooltip=lambda r: _place(r) if r.online else country_label(r.country)),
        Column("organiser", QT_TRANSLATE_NOOP("ActionsScreen", "Organiser"), lambda r: r.organiser or "",
               sort="organiser", width=110),
        Column("participants", QT_TRANSLATE_NOOP("ActionsScreen", "Participants"), lambda r: number(r.participants),
               sort="participants", numeric=True, width=80,
               help=QT_TRANSLATE_NOOP("ActionsScreen", "Organizations and people recorded as taking part.")),
        Column("audience", QT_TRANSLATE_NOOP("ActionsScreen", "Audience"), lambda r: number(r.audience),
               numeric=True, width=68, tooltip=_audience_tip,
               help=QT_TRANSLATE_NOOP("ActionsScreen",
                                      "The larger of the participants and the declared audience, as reported.")),
    )
    default_sort = "start_date"
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
    def kind_name(cls) -> str:
        return QCoreApplication.translate("ActionsScreen", "Action")

    def wording(self) -> ListWording:
        return ListWording(
            new_button=self.tr("New action"),
            new_tooltip=self.tr("Create an action (Ctrl+N)"),
            search_placeholder=self.tr("Search actions by title or city"),
            search_name=self.tr("Search actions"),
            count_name=self.tr("Number of actions shown"),
            list_name=self.tr("Actions list"),
            none_yet=self.tr("No actions yet"),
            none_yet_detail=self.tr("Create one (Ctrl+N), or import a workbook."),
            none_match=self.tr("No actions match"),
        )

    def count_text(self, shown: int, overall: int) -> str:
        if overall == 1:  # worded apart so that English reads right even with no translation loaded
            return self.tr("1 action") if shown == 1 else self.tr("0 of 1 action")
        if shown == overall:
            return self.tr("%Ln actions", "", overall)
        return self.tr("{shown} of %Ln actions", "", overall).format(shown=number(shown))

    def deleted_texts(self, name: str, count: int) -> tuple[str, str]:
        if count == 1:
            return (self.tr("Delete action {name}").format(name=name),
                    self.tr("Deleted action {name}").format(name=name))
        return self.tr("Delete %Ln actions", "", count), self.tr("Deleted %Ln actions", "", count)

    @classmethod
    def make_query(cls, text: str, filters: dict[str, Any]) -> acts.ActionFilter:
        return acts.ActionFilter(text=text, **filters)

    @classmethod
    def describe(cls, row: acts.ActionRow) -> tuple[str, str]:
        return row.title, f"{row.type_label}, {day(row.start_date)}"

    def build_filters(self, bar: FilterBar) -> None:
        store = self.ctx.store
        bar.add_choice("type", self.tr("Type"), TYPE_CHOICES)
        bar.add_choice("year", self.tr("Year"), lambda: [(year, str(year)) for year in acts.action_years(store)])
        bar.add_choice("organiser_id", self.tr("Organiser"), lambda: orgs.partner_clusters(store),
                       tooltip=self.tr("Actions run by one partner cluster"))
        bar.add_choice("country", self.tr("Country"),
                       [(code, country_label(code)) for code, _name in all_countries()])
        bar.add_choice("online", self.tr("Online"), [(True, self.tr("Online")), (False, self.tr("In person"))])

    def open_capture(self) -> None:
        """Ctrl+Shift+L on a trade show: the capture mode for it."""
        if self.editor is None or not self.editor.record_id or self.editor.detail is None:
            return
        action = self.editor.detail[0]
        if action.type != "trade_show":
            self.ctx.notify(self.tr("Lead capture is for trade shows; this action is a {type}").format(
                type=label(action.type)))
            return
        from magia_desk.ui.dialogs.capture import CaptureDialog

        CaptureDialog.show_for(self.ctx, action.id, action.title, self)
