"""Agreements: the pipeline as a kanban board or as a sortable, filterable list of the same data (one filter,
one search), the agreement pane beside it, and a banner naming the active agreements about to expire."""

from __future__ import annotations

import html
from datetime import date
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt
from PySide6.QtWidgets import QButtonGroup, QHBoxLayout, QLabel, QPushButton, QStackedWidget, QToolButton, QWidget

from magia_desk.domain.agreements import STAGE_ORDER, needs_signed_on
from magia_desk.domain.countries import all_countries
from magia_desk.domain.errors import MagiaError
from magia_desk.services import agreements as agr
from magia_desk.services import organizations as orgs
from magia_desk.services.officers import list_officers
from magia_desk.ui.context import AppContext
from magia_desk.ui.dialogs import date_prompt
from magia_desk.ui.dialogs.agreement_editor import AGREEMENT_KINDS, TYPE_CHOICES, AgreementEditor, type_label
from magia_desk.ui.dialogs.letters_of_intent import LettersOfIntentDialog
from magia_desk.ui.errors import show_error
from magia_desk.ui.labels import country_label, day, label, number
from magia_desk.ui.models.record_table import Column, RecordSource
from magia_desk.ui.views.agreement_board import AgreementBoard, flags_of
from magia_desk.ui.views.list_screen import ListScreen, ListWording
from magia_desk.ui.widgets.filter_bar import FilterBar

BANNER_SHOWN = 3  # agreements named in the banner; the rest are counted


def _expiry_badge(row: agr.AgreementRow) -> tuple[str, str, str] | None:
    if row.expires_on is None:
        return None
    if row.expiry_warning:
        return "withdrawn", day(row.expires_on), ""  # orange; the tooltip says why
    return "unknown", day(row.expires_on), ""


def _parties(row: agr.AgreementRow) -> str:
    if not row.parties:
        return ""
    if len(row.parties) <= 2:
        return row.party_names
    # AgreementsScreen.tr() rather than QCoreApplication.translate(): lupdate marks only tr() plurals as plurals.
    return AgreementsScreen.tr("{name} + %Ln more", "", len(row.parties) - 1).format(name=row.parties[0].name)


def _expiry_tip(row: agr.AgreementRow) -> str:
    if not row.expiry_warning:
        return ""
    return QCoreApplication.translate("AgreementsScreen", "Active and expiring within 60 days")


class AgreementsScreen(ListScreen):
    key = "agreements"
    title = "Agreements"
    record_kind = "agreement"
    noun = ("agreement", "agreements")
    refresh_on = AGREEMENT_KINDS | {"organization", "officer"}
    source = RecordSource(ids=agr.agreement_ids, count=agr.count_agreements, rows=agr.agreement_rows)
    columns = (
        Column("title", QT_TRANSLATE_NOOP("AgreementsScreen", "Title"), lambda r: r.title, sort="title", width=260),
        Column("type", QT_TRANSLATE_NOOP("AgreementsScreen", "Type"), lambda r: type_label(r.type), sort="type",
               width=110),
        Column("stage", QT_TRANSLATE_NOOP("AgreementsScreen", "Stage"), lambda r: label(r.stage), sort="stage",
               width=80, help=QT_TRANSLATE_NOOP("AgreementsScreen", "Sorted in pipeline order.")),
        Column("parties", QT_TRANSLATE_NOOP("AgreementsScreen", "Parties"), _parties, width=160,
               tooltip=lambda r: "\n".join(f"{p.name} ({p.country or '?'})" for p in r.parties)),
        Column("countries", QT_TRANSLATE_NOOP("AgreementsScreen", "Countries"), lambda r: flags_of(r.countries),
               width=60, tooltip=lambda r: ", ".join(country_label(c) for c in r.countries)),
        Column("signed_on", QT_TRANSLATE_NOOP("AgreementsScreen", "Signed on"), lambda r: day(r.signed_on),
               sort="signed_on", width=80),
        Column("expires_on", QT_TRANSLATE_NOOP("AgreementsScreen", "Expires on"), lambda r: day(r.expires_on),
               sort="expires_on", width=120, badge=_expiry_badge, tooltip=_expiry_tip,
               help=QT_TRANSLATE_NOOP("AgreementsScreen", "Orange: active and expiring within 60 days.")),
        Column("owner", QT_TRANSLATE_NOOP("AgreementsScreen", "Owner"), lambda r: r.owner_name or "", sort="owner",
               width=100),
        Column("partner_cluster", QT_TRANSLATE_NOOP("AgreementsScreen", "Partner cluster"),
               lambda r: r.partner_cluster_name or "", sort="partner_cluster", width=100),
    )
    default_sort = "title"
    list_share = 0.62
    editor_class = AgreementEditor
    delete_record = staticmethod(agr.delete_agreement)
    restore_record = staticmethod(agr.restore_agreement)

    @classmethod
    def kind_name(cls) -> str:
        return QCoreApplication.translate("AgreementsScreen", "Agreement")

    def wording(self) -> ListWording:
        return ListWording(
            new_button=self.tr("New agreement"),
            new_tooltip=self.tr("Create an agreement (Ctrl+N)"),
            search_placeholder=self.tr("Search agreements by title, party or notes"),
            search_name=self.tr("Search agreements"),
            count_name=self.tr("Number of agreements shown"),
            list_name=self.tr("Agreements list"),
            none_yet=self.tr("No agreements yet"),
            none_yet_detail=self.tr("Create one (Ctrl+N), drag it along the board as it progresses."),
            none_match=self.tr("No agreements match"),
        )

    def count_text(self, shown: int, overall: int) -> str:
        if overall == 1:  # worded apart so that English reads right even with no translation loaded
            return self.tr("1 agreement") if shown == 1 else self.tr("0 of 1 agreement")
        if shown == overall:
            return self.tr("%Ln agreements", "", overall)
        return self.tr("{shown} of %Ln agreements", "", overall).format(shown=number(shown))

    def deleted_texts(self, name: str, count: int) -> tuple[str, str]:
        if count == 1:
            return (self.tr("Delete agreement {name}").format(name=name),
                    self.tr("Deleted agreement {name}").format(name=name))
        return self.tr("Delete %Ln agreements", "", count), self.tr("Deleted %Ln agreements", "", count)

    @classmethod
    def make_query(cls, text: str, filters: dict[str, Any]) -> agr.AgreementFilter:
        return agr.AgreementFilter(text=text, **filters)

    @classmethod
    def describe(cls, row: agr.AgreementRow) -> tuple[str, str]:
        return row.title, ", ".join(p for p in (type_label(row.type), label(row.stage), _parties(row)) if p)

    def build_filters(self, bar: FilterBar) -> None:
        store = self.ctx.store
        bar.add_choice("type", self.tr("Type"), TYPE_CHOICES)
        bar.add_choice("stage", self.tr("Stage"), [(s.value, label(s)) for s in STAGE_ORDER])
        bar.add_choice("partner_cluster_id", self.tr("Partner cluster"), lambda: orgs.partner_clusters(store),
                       tooltip=self.tr("The consortium partner the agreements count for"))
        bar.add_choice("country", self.tr("Country"),
                       [(code, country_label(code)) for code, _name in all_countries()],
                       tooltip=self.tr("Agreements with a party from this country"))
        bar.add_choice("owner_id", self.tr("Owner"), lambda: [(o.id, o.name) for o in list_officers(store)])
        this_year = date.today().year
        bar.add_choice("signed_year", self.tr("Signed in"),
                       [(y, str(y)) for y in range(this_year, this_year - 12, -1)])

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        self.board = AgreementBoard()
        self._board_generation = 0
        super().__init__(ctx, parent)
        # Board and list are two views of one query: the list's table and the board share the splitter's left.
        self.views = QStackedWidget(self)
        self.splitter.replaceWidget(0, self.views)
        self.views.addWidget(self.list_pages)
        self.views.addWidget(self.board)
        self.board.moved.connect(self.move_card)
        self.board.card_clicked.connect(self._card_clicked)

        self.board_button = QToolButton(self)
        self.board_button.setText(self.tr("Board"))
        self.list_button = QToolButton(self)
        self.list_button.setText(self.tr("List"))
        self.toggle = QButtonGroup(self)
        for index, (button, tip, name) in enumerate((
            (self.board_button, self.tr("The pipeline: a column per stage"), self.tr("Show as board")),
            (self.list_button, self.tr("A sortable list"), self.tr("Show as list")),
        )):
            button.setCheckable(True)
            button.setToolTip(tip)
            button.setAccessibleName(name)
            button.setProperty("role", "chip")
            self.toggle.addButton(button, index)
        self.toggle.idClicked.connect(self.set_view)
        self.letters_button = QPushButton(self.tr("Letters of intent…"), self)
        self.letters_button.setToolTip(self.tr("One signed letter of intent per SME, for many SMEs at once"))
        self.letters_button.clicked.connect(self.open_letters_of_intent)
        self.banner = QLabel(self)
        self.banner.setWordWrap(True)
        self.banner.setTextFormat(Qt.TextFormat.RichText)
        self.banner.setStyleSheet("background: #fdebd3; color: #8a4b08; border-radius: 6px; padding: 6px 10px;")
        self.banner.setAccessibleName(self.tr("Expiring agreements"))
        self.banner.linkActivated.connect(self.show_record)
        self.banner.hide()
        self.expiring: list[agr.ExpiryWarning] = []

        outer = self.layout()
        top = outer.itemAt(0).layout()
        segmented = QHBoxLayout()
        segmented.setSpacing(2)
        segmented.addWidget(self.board_button)
        segmented.addWidget(self.list_button)
        top.insertLayout(0, segmented)
        top.insertSpacing(1, 8)
        top.insertWidget(top.indexOf(self.new_button), self.letters_button)
        outer.insertWidget(0, self.banner)
        view = str(ctx.settings.value("agreements/view", "board"))
        self.set_view(0 if view == "board" else 1)
        self.refresh_banner()

    # ---- the two views -----------------------------------------------------------------------------------------

    @property
    def showing_board(self) -> bool:
        return self.views.currentWidget() is self.board

    def set_view(self, index: int) -> None:
        self.toggle.button(index).setChecked(True)
        self.views.setCurrentIndex(1 if index == 0 else 0)
        self.ctx.settings.setValue("agreements/view", "board" if index == 0 else "list")
        if index == 0:
            self.refresh_board()

    def apply_query(self) -> None:
        super().apply_query()
        self.refresh_board()

    def refresh_board(self) -> None:
        """The board's cards for the same search and filters as the list (on a worker)."""
        self._board_generation += 1
        generation = self._board_generation
        store, query = self.ctx.store, self.make_query(self.search.text().strip(), self.filters.values())

        def shown(cards: dict[str, list[agr.AgreementCard]]) -> None:
            if generation == self._board_generation:
                self.board.show_cards(cards)

        self.board.loaded = False
        self.ctx.tasks.run(lambda: agr.board(store, query, date.today()), shown, owner=self)

    def refresh_banner(self) -> None:
        store = self.ctx.store
        self.ctx.tasks.run(lambda: agr.expiring_agreements(store, date.today()), self._show_banner, owner=self)

    def _show_banner(self, warnings: list[agr.ExpiryWarning]) -> None:
        self.expiring = list(warnings)
        if not warnings:
            self.banner.hide()
            return
        named = ";  ".join(f'<a href="{w.agreement_id}">{html.escape(w.title)}</a> ({self._when(w.days_left)})'
                           for w in warnings[:BANNER_SHOWN])
        hidden = len(warnings) - BANNER_SHOWN
        more = ";  " + self.tr("and %Ln more", "", hidden) if hidden > 0 else ""
        # One agreement is worded apart so that English reads right even with no translation loaded.
        lead = (self.tr("1 active agreement expires within 60 days:") if len(warnings) == 1
                else self.tr("%Ln active agreements expire within 60 days:", "", len(warnings)))
        self.banner.setText(f"⚠ <b>{html.escape(lead)}</b> {named}{more}")
        self.banner.show()

    def _when(self, days_left: int) -> str:
        if days_left < 0:
            return self.tr("%Ln days past its date", "", -days_left)
        return self.tr("in %Ln days", "", days_left)

    def _on_data_changed(self, kinds: set[str]) -> None:
        super()._on_data_changed(kinds)
        if kinds & (self.refresh_on | {self.record_kind}):
            self.refresh_board()
            self.refresh_banner()

    # ---- cards -------------------------------------------------------------------------------------------------

    def _card_clicked(self, agreement_id: str) -> None:
        if agreement_id == self._current_id or self.editor is None or not self._leave_current():
            return
        self._current_id = agreement_id
        row = self.model.row_of(agreement_id)
        if row is not None:
            self._select_row(row)
        else:
            self.editor.show_record(agreement_id)

    def show_record(self, record_id: str) -> None:
        super().show_record(record_id)
        self.board.select(record_id)

    def _on_saved(self, record_id: str) -> None:
        super()._on_saved(record_id)
        self.board.select(record_id)

    def move_card(self, agreement_id: str, stage: str) -> None:
        """A card dropped on another column: ask for the signed-on date where the stage needs one."""
        card = self.board.card(agreement_id)
        title = card.card.title if card is not None else self.tr("The agreement")
        signed_on = card.card.signed_on if card is not None else None
        asked: date | None = None
        if needs_signed_on(stage) and (stage == "signed" or signed_on is None):
            asked = date_prompt.ask_date(self, self.tr("Signed on"),
                                         self.tr("On which day was “{title}” signed?").format(title=title),
                                         self.tr("Signed on"), signed_on or date.today(), latest=date.today())
            if asked is None:
                return  # cancelled: the card stays where it was
        store = self.ctx.store
        try:
            self.ctx.operations.perform(lambda: agr.change_stage(store, agreement_id, stage, signed_on=asked),
                                        AGREEMENT_KINDS)
        except MagiaError as exc:
            show_error(self, exc, self.tr("Moving {title} to {stage}").format(title=title, stage=label(stage).lower()))
            return
        self.board.select(agreement_id)
        self.ctx.notify(self.tr("{title} is now {stage}: correct the date in its stage history if needed").format(
            title=title, stage=label(stage).lower()))

    def open_letters_of_intent(self) -> LettersOfIntentDialog:
        dialog = LettersOfIntentDialog(self.ctx, self)
        dialog.setModal(True)
        dialog.open()  # not exec(): tests drive the dialog while it is shown
        return dialog
