"""One shape for every list screen (ui.md): search on top, filter chips, the count, the table, the record.

A screen declares what it lists; this class does the rest the same way everywhere. A new list screen is a
subclass that sets the class attributes below and implements `make_query` and `build_filters`:

    class ActionsScreen(ListScreen):
        key, title, record_kind = "actions", "Actions", "action"
        noun = ("action", "actions")
        refresh_on = frozenset({"action", "participation"})
        source = RecordSource(ids=action_ids, count=count_actions, rows=action_rows)
        columns = (Column("title", QT_TRANSLATE_NOOP("ActionsScreen", "Title"), lambda r: r.title, sort="title"), ...)
        editor_class = ActionEditor
        delete_record = staticmethod(delete_action)
        restore_record = staticmethod(restore_action)

        @classmethod
        def make_query(cls, text, filters): return ActionFilter(text=text, **filters)

        def build_filters(self, bar): bar.add_choice("type", self.tr("Type"), choices(ActionType))

        def wording(self): return ListWording(new_button=self.tr("New action"), ...)
        def count_text(self, shown, overall): ...        # "%Ln actions", "{shown} of %Ln actions"
        def deleted_texts(self, name, count): ...        # "Delete action {name}" / "Deleted %Ln actions"

Every sentence about the records is worded by the screen itself (`wording`, `count_text`, `deleted_texts`):
nouns have a gender and plural forms of their own in French, Italian and German, so no sentence is put
together from a noun. Column titles and help are marked with QT_TRANSLATE_NOOP in the context of the class
that declares `columns`; the table model translates them when shown.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from itertools import pairwise
from typing import Any, ClassVar

from PySide6.QtCore import QItemSelectionModel, QModelIndex, Qt, QTimer
from PySide6.QtGui import QKeySequence, QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QSplitter,
    QStackedWidget,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from magia_desk.storage.store import Store
from magia_desk.ui.context import AppContext
from magia_desk.ui.errors import show_error
from magia_desk.ui.labels import number
from magia_desk.ui.models.record_table import Column, RecordSource, RecordTableModel
from magia_desk.ui.state import restore_header, restore_splitter, save_header, save_splitter
from magia_desk.ui.undo import ServiceCommand
from magia_desk.ui.widgets.delegates import RecordDelegate
from magia_desk.ui.widgets.filter_bar import FilterBar
from magia_desk.ui.widgets.record_editor import RecordEditor

SEARCH_DELAY_MS = 120  # long enough to skip keystrokes typed in a burst, short enough to feel instant


def _focus_taker(widget: QWidget) -> QWidget:
    """The widget that really takes focus (a combo's line edit, a tag input's field).

    Ordering compound widgets by their outer frame lets Qt move their inner chains around, which can
    close the tab chain into a loop; ordering the leaves keeps it a single line.
    """
    while widget.focusProxy() is not None:
        widget = widget.focusProxy()
    return widget


@dataclass(frozen=True)
class ListWording:
    """What a list screen says about its records, already translated (see the module docstring)."""

    new_button: str  # "New company"
    new_tooltip: str  # "Create a company (Ctrl+N)"
    search_placeholder: str  # "Search companies by name, city, email, sector or notes"
    search_name: str  # accessible name of the search box: "Search companies"
    count_name: str  # accessible name of the count: "Number of companies shown"
    list_name: str  # accessible name of the table: "Companies list"
    none_yet: str  # "No companies yet"
    none_yet_detail: str  # "Create one (Ctrl+N), or import a workbook."
    none_match: str  # "No companies match"


class ListScreen(QWidget):
    # ---- what each screen declares -------------------------------------------------------------------------
    key: ClassVar[str] = ""
    title: ClassVar[str] = ""
    record_kind: ClassVar[str] = ""  # the store table; open_record(kind, id) lands on the screen of that kind
    noun: ClassVar[tuple[str, str]] = ("record", "records")
    refresh_on: ClassVar[frozenset[str]] = frozenset()
    source: ClassVar[RecordSource]
    columns: ClassVar[Sequence[Column]] = ()
    default_sort: ClassVar[str] = "name"
    list_share: ClassVar[float] = 0.58  # of the width, on first run (the record pane takes the rest)
    editor_class: ClassVar[type[RecordEditor] | None] = None
    delete_record: ClassVar[Callable[[Store, str], None] | None] = None
    restore_record: ClassVar[Callable[[Store, str], None] | None] = None

    @classmethod
    def make_query(cls, text: str, filters: dict[str, Any]) -> Any:
        """The services' filter for the search text and the chips' values."""
        raise NotImplementedError

    def build_filters(self, bar: FilterBar) -> None:
        """Add the screen's chips (`bar.add_choice(...)`)."""

    # Plurals worded here call ListScreen.tr(), not self.tr(): PySide's self.tr() looks a plural up under the
    # subclass's name only, so it would never find one translated in this class. (QCoreApplication.translate
    # would work too, but lupdate does not mark its plurals as plurals.)

    def wording(self) -> ListWording:
        """The screen's sentences about its records; each screen words its own."""
        return ListWording(
            new_button=self.tr("New record"),
            new_tooltip=self.tr("Create a record (Ctrl+N)"),
            search_placeholder=self.tr("Search"),
            search_name=self.tr("Search records"),
            count_name=self.tr("Number of records shown"),
            list_name=self.tr("Records list"),
            none_yet=self.tr("No records yet"),
            none_yet_detail=self.tr("Create one (Ctrl+N)."),
            none_match=self.tr("No records match"),
        )

    def count_text(self, shown: int, overall: int) -> str:
        """"12 records" when nothing is filtered out, else "3 of 12 records"."""
        if overall == 1:  # worded apart so that English reads right even with no translation loaded
            return self.tr("1 record") if shown == 1 else self.tr("0 of 1 record")
        if shown == overall:
            return ListScreen.tr("%Ln records", "", overall)
        return ListScreen.tr("{shown} of %Ln records", "", overall).format(shown=number(shown))

    def deleted_texts(self, name: str, count: int) -> tuple[str, str]:
        """(undo command text, message) after deleting `count` records; `name` is the record's when only one."""
        if count == 1:
            return self.tr("Delete {name}").format(name=name), self.tr("Deleted {name}").format(name=name)
        return ListScreen.tr("Delete %Ln records", "", count), ListScreen.tr("Deleted %Ln records", "", count)

    @classmethod
    def kind_name(cls) -> str:
        """The kind of record, capitalised as a label ("Company"), e.g. beside a hit in the command palette."""
        return cls.noun[0].capitalize()

    @classmethod
    def describe(cls, row: Any) -> tuple[str, str]:
        """(name, detail) of a row, for the palette and messages."""
        return str(getattr(row, "name", row.id)), ""

    @classmethod
    def palette_search(cls, store: Store, text: str, limit: int = 6) -> list[tuple[str, str, str]]:
        """(id, name, detail) of records matching `text`, found through the same services as the list."""
        ids = cls.source.ids(store, cls.make_query(text, {}), cls.default_sort, False, 0, limit)
        return [(row.id, *cls.describe(row)) for row in cls.source.rows(store, ids)]

    # ---- the screen ------------------------------------------------------------------------------------------

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self._stale = False
        self._select_when_loaded: str | None = None
        self._first_load = True
        self._fallback_row: int | None = None
        self._current_id: str | None = None

        self.words = self.wording()
        self.search = QLineEdit(self)
        find_keys = QKeySequence(QKeySequence.StandardKey.Find).toString(QKeySequence.SequenceFormat.NativeText)
        self.search.setPlaceholderText(f"{self.words.search_placeholder}   ({find_keys})")
        self.search.setClearButtonEnabled(True)
        self.search.setAccessibleName(self.words.search_name)
        self.search.setToolTip(self.tr("Every word you type narrows the list; the search runs as you type."))
        self.new_button = QPushButton(self.words.new_button, self)
        self.new_button.setToolTip(self.words.new_tooltip)
        self.new_button.setAccessibleName(self.words.new_button)
        self.new_button.clicked.connect(lambda: self.create_new())
        self.filters = FilterBar(self)
        self.count_label = QLabel(self)
        self.count_label.setProperty("role", "muted")
        self.count_label.setAccessibleName(self.words.count_name)

        self.model = RecordTableModel(ctx.store, ctx.tasks, self.source, self.columns, self.make_query("", {}),
                                      sort=self.default_sort, parent=self)
        self.table = QTableView(self)
        self.table.setObjectName(f"{self.key}-table")
        self.table.setModel(self.model)
        self.table.setAccessibleName(self.words.list_name)
        self.table.setItemDelegate(RecordDelegate(self.table))
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setAlternatingRowColors(False)
        self.table.setShowGrid(False)
        self.table.setWordWrap(False)
        self.table.setTabKeyNavigation(False)  # Tab leaves the list for the record, as everywhere else
        self.table.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.table.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.table.setStyleSheet("QTableView::item { border-bottom: 1px solid palette(midlight); }")
        self.table.verticalHeader().hide()
        self.table.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 12)
        header = self.table.horizontalHeader()
        header.setHighlightSections(False)
        header.setSectionsMovable(True)
        header.setStretchLastSection(False)
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)  # the name takes what the others leave
        header.setDefaultAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        for index, column in enumerate(self.columns):
            self.table.setColumnWidth(index, column.width)

        self.empty_title = QLabel(self)
        self.empty_title.setProperty("role", "empty-title")
        self.empty_title.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty_detail = QLabel(self)
        self.empty_detail.setProperty("role", "muted")
        self.empty_detail.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty_detail.setWordWrap(True)
        self.empty_button = QPushButton(self)
        self.empty_button.clicked.connect(self._on_empty_button)
        empty = QWidget(self)
        empty_layout = QVBoxLayout(empty)
        empty_layout.addStretch(2)
        empty_layout.addWidget(self.empty_title)
        empty_layout.addWidget(self.empty_detail)
        empty_layout.addSpacing(8)
        empty_layout.addWidget(self.empty_button, 0, Qt.AlignmentFlag.AlignHCenter)
        empty_layout.addStretch(3)
        self.list_pages = QStackedWidget(self)
        self.list_pages.addWidget(self.table)
        self.list_pages.addWidget(empty)

        self.editor = self.editor_class(ctx, self) if self.editor_class else None
        self.splitter = QSplitter(Qt.Orientation.Horizontal, self)
        self.splitter.addWidget(self.list_pages)
        if self.editor is not None:
            self.splitter.addWidget(self.editor)
            self.editor.delete_requested.connect(lambda record_id: self.delete_ids([record_id]))
            self.editor.saved.connect(self._on_saved)
        self.splitter.setStretchFactor(0, 3)
        self.splitter.setStretchFactor(1, 2)

        top = QHBoxLayout()
        top.addWidget(self.search, 1)
        top.addSpacing(8)
        top.addWidget(self.count_label)
        top.addSpacing(8)
        top.addWidget(self.new_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(10, 10, 6, 0)
        layout.setSpacing(6)
        layout.addLayout(top)
        layout.addWidget(self.filters)
        layout.addWidget(self.splitter, 1)

        self.build_filters(self.filters)
        self._search_timer = QTimer(self, singleShot=True, interval=SEARCH_DELAY_MS)
        self._search_timer.timeout.connect(self.apply_query)
        self.search.textChanged.connect(lambda _t: self._search_timer.start())
        self.search.returnPressed.connect(self._focus_table)
        self.filters.changed.connect(self.apply_query)
        self.model.loaded.connect(self._on_loaded)
        self.model.busy_changed.connect(lambda _busy: self._update_count())
        self.table.selectionModel().currentRowChanged.connect(self._on_current_changed)
        self.table.activated.connect(lambda _index: self._focus_editor())
        ctx.operations.data_changed.connect(self._on_data_changed)

        self._layout_restored = restore_splitter(ctx.settings, f"list-{self.key}", self.splitter)
        restored = restore_header(ctx.settings, f"list-{self.key}", header)
        sort_column = header.sortIndicatorSection()
        if restored and 0 <= sort_column < len(self.columns) and self.columns[sort_column].sort:
            # The sort the user chose last time (a fresh header would say "first column, descending").
            self.model.set_query(sort=self.columns[sort_column].sort,
                                 descending=header.sortIndicatorOrder() == Qt.SortOrder.DescendingOrder)
        else:
            header.setSortIndicator(self.model.sort_column(), Qt.SortOrder.AscendingOrder)
            self.model.set_query()
        header.setSortIndicatorShown(True)
        header.setSectionsClickable(True)
        header.sortIndicatorChanged.connect(self._on_sort_clicked)
        self._set_tab_order()

    def _set_tab_order(self) -> None:
        """Tab follows the eye: search, New, the chips, the list, then the record (fields top to bottom,
        which is the order the editor creates them in)."""
        chain: list[QWidget] = [self.search, self.new_button, *self.filters.chips.values(),
                                self.filters.clear_button, self.table]
        if self.editor is not None and self.editor.form.fields:
            chain.append(next(iter(self.editor.form.fields.values())).widget)
            self.editor.exit_forward = self.search
        for first, second in pairwise([_focus_taker(widget) for widget in chain]):
            QWidget.setTabOrder(first, second)

    # ---- what the main window calls ------------------------------------------------------------------------

    def focus_search(self) -> None:
        self.search.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.search.selectAll()

    def create_new(self, preset: dict[str, Any] | None = None) -> None:
        if self.editor is None or not self._leave_current():
            return
        self.table.clearSelection()
        self._current_id = None
        self.editor.new({**self.preset_from_filters(), **(preset or {})})

    def preset_from_filters(self) -> dict[str, Any]:
        """A record created while filtering by country Italy starts in Italy: chips named like fields."""
        fields = self.editor.form.fields if self.editor is not None else {}
        return {key: value for key, value in self.filters.values().items() if key in fields}

    def save(self) -> bool:
        return self.editor.save() if self.editor is not None else True

    def show_record(self, record_id: str) -> None:
        if not self._leave_current():
            return
        row = self.model.row_of(record_id)
        if row is not None:
            self._select_row(row)
        elif self.editor is not None:
            self.table.clearSelection()
            self._current_id = record_id
            self.editor.show_record(record_id)

    def selected_ids(self) -> list[str]:
        rows = sorted({index.row() for index in self.table.selectionModel().selectedRows()})
        ids = [i for i in (self.model.id_at(r) for r in rows) if i]
        if not ids and self.editor is not None and self.editor.record_id:
            ids = [self.editor.record_id]
        return ids

    def delete_selected(self) -> None:
        self.delete_ids(self.selected_ids())

    def delete_ids(self, ids: list[str]) -> None:
        """Soft-delete at once; Ctrl+Z (or Undo in the status bar) restores through the services."""
        delete, restore = type(self).delete_record, type(self).restore_record
        if not ids or delete is None or restore is None:
            return
        names = [self._name_of(record_id) for record_id in ids]
        done: list[str] = []

        def delete_all() -> None:
            for record_id in ids:
                delete(self.ctx.store, record_id)
                done.append(record_id)

        rows = [r for r in (self.model.row_of(i) for i in ids) if r is not None]
        self._fallback_row = min(rows) if rows else None
        try:
            self.ctx.operations.perform(delete_all, {self.record_kind})
        except Exception as exc:
            show_error(self, exc, self.tr("Deleting {name}").format(name=names[len(done)]))
            if not done:
                return
            self.ctx.operations.changed({self.record_kind})
        command_text, message = self.deleted_texts(names[0], len(done))
        deleted = list(done)
        self.ctx.undo_stack.push(ServiceCommand(
            command_text,
            lambda: [delete(self.ctx.store, i) for i in deleted],
            lambda: [restore(self.ctx.store, i) for i in deleted],
            self.ctx.operations, {self.record_kind},
        ))
        self.ctx.notify(message, undo=self.ctx.undo_stack.undo)

    def save_state(self) -> None:
        save_splitter(self.ctx.settings, f"list-{self.key}", self.splitter)
        save_header(self.ctx.settings, f"list-{self.key}", self.table.horizontalHeader())
        if self.editor is not None:
            self.editor.save_state()

    # ---- reacting ----------------------------------------------------------------------------------------------

    def apply_query(self) -> None:
        self._search_timer.stop()
        self.model.set_query(self.make_query(self.search.text().strip(), self.filters.values()))

    def _on_sort_clicked(self, column: int, order: Qt.SortOrder) -> None:
        if not self.columns[column].sort:
            # Sorting happens in the database; a column it cannot sort keeps the previous indicator.
            header = self.table.horizontalHeader()
            header.blockSignals(True)
            header.setSortIndicator(self.model.sort_column(),
                                    Qt.SortOrder.DescendingOrder if self.model.descending
                                    else Qt.SortOrder.AscendingOrder)
            header.blockSignals(False)
            self.ctx.notify(self.tr("The list cannot be sorted by “{column}”").format(
                column=self.model.column_title(column)))
            return
        self.model.sort(column, order)

    def _on_data_changed(self, kinds: set[str]) -> None:
        if not kinds & (self.refresh_on | {self.record_kind}):
            return
        if self.isVisible():
            self._remember_selection()
            self.model.refresh()
        else:
            self._stale = True  # refreshed when shown: hidden screens cost nothing

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if not self._layout_restored:
            self._layout_restored = True
            QTimer.singleShot(0, self._first_layout)  # sizes only mean something once laid out
        if self._stale:
            self._stale = False
            self._remember_selection()
            self.model.refresh()

    def _first_layout(self) -> None:
        """First run: the list takes `list_share` of the width, the record the rest."""
        width = self.splitter.width()
        self.splitter.setSizes([int(width * self.list_share), width - int(width * self.list_share)])

    def _remember_selection(self) -> None:
        if self._select_when_loaded is None:
            self._select_when_loaded = self._current_id
        if self._fallback_row is None and self._current_id:
            self._fallback_row = self.model.row_of(self._current_id)

    def _on_loaded(self) -> None:
        self._update_count()
        self.list_pages.setCurrentIndex(0 if self.model.total else 1)
        if not self.model.total:
            self._show_empty_state()
        wanted, fallback = self._select_when_loaded, self._fallback_row
        self._select_when_loaded = self._fallback_row = None
        row = self.model.row_of(wanted) if wanted else None
        if row is None and fallback is not None and self.model.rowCount():
            row = min(fallback, self.model.rowCount() - 1)
        if self._first_load and row is None and self.model.rowCount() and self.editor and not self.editor.dirty:
            row = 0  # open on a record rather than on an empty pane: arrows move on from there
        if self.model.rowCount():
            self._first_load = False  # (an empty store filled by the demo data still opens on a record)
        if row is not None:
            self._select_row(row)

    def _update_count(self) -> None:
        if not self.model.has_loaded:
            self.count_label.setText(self.tr("Loading…"))
            return
        text = self.count_text(self.model.total, self.model.overall)
        self.count_label.setText(text + ("   …" if self.model.busy else ""))

    def _show_empty_state(self) -> None:
        if self.model.overall == 0 and not self.search.text().strip() and not self.filters.values():
            self.empty_title.setText(self.words.none_yet)
            self.empty_detail.setText(self.words.none_yet_detail)
            self.empty_button.setText(self.words.new_button)
            self.empty_button.setVisible(self.editor is not None)
        else:
            text = self.search.text().strip()
            self.empty_title.setText(self.words.none_match)
            self.empty_detail.setText(
                self.tr("Nothing matches “{text}” with these filters. Try fewer words or filters.").format(text=text)
                if text else self.tr("Nothing matches these filters. Try fewer filters."))
            self.empty_button.setText(self.tr("Clear search and filters"))
            self.empty_button.setVisible(True)

    def _on_empty_button(self) -> None:
        if self.model.overall == 0 and not self.search.text().strip() and not self.filters.values():
            self.create_new()
            return
        self.search.blockSignals(True)
        self.search.clear()
        self.search.blockSignals(False)
        self.filters.clear()  # emits changed -> apply_query

    def _select_row(self, row: int) -> None:
        index = self.model.index(row, 0)
        self.table.selectionModel().setCurrentIndex(
            index, QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows
        )
        self.table.scrollTo(index)

    def _on_current_changed(self, current: QModelIndex, previous: QModelIndex) -> None:
        record_id = self.model.id_at(current.row()) if current.isValid() else None
        if record_id is None or record_id == self._current_id or self.editor is None:
            return
        if not self._leave_current():
            # The edits could not be saved: stay on the record, its fields show why.
            self.table.selectionModel().blockSignals(True)
            if previous.isValid():
                self.table.selectionModel().setCurrentIndex(
                    previous,
                    QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows,
                )
            else:
                self.table.clearSelection()
            self.table.selectionModel().blockSignals(False)
            return
        self._current_id = record_id
        self.editor.show_record(record_id)

    def _leave_current(self) -> bool:
        """Before showing another record: save edits in progress (ui.md: saved when focus leaves)."""
        if self.editor is None or not self.editor.dirty:
            return True
        if self.editor.is_new and not self.editor.form.changes():
            self.editor.clear()  # an untouched new record is simply dropped
            return True
        return self.editor.save()

    def _on_saved(self, record_id: str) -> None:
        self._current_id = record_id
        self._select_when_loaded = record_id

    def _name_of(self, record_id: str) -> str:
        row = self.model.row_of(record_id)
        record = self.model.record_at(row) if row is not None else None
        if record is not None:
            return self.describe(record)[0]
        if self.editor is not None and self.editor.record_id == record_id and self.editor.detail is not None:
            return self.editor.heading(self.editor.detail)[0]
        return self.kind_name()

    def _focus_table(self) -> None:
        self.table.setFocus(Qt.FocusReason.OtherFocusReason)
        if self.model.rowCount() and not self.table.selectionModel().hasSelection():
            self._select_row(0)

    def _focus_editor(self) -> None:
        if self.editor is not None and self.editor.form.fields:
            next(iter(self.editor.form.fields.values())).widget.setFocus(Qt.FocusReason.OtherFocusReason)
