"""A table model over record ids, paged lazily from the services (Anki's browser model, Spyder's fetchMore).

The model holds the ids of the rows fetched so far plus a small cache of rendered rows. Filtering, search
and sort happen in the database through three service functions:

    ids(store, filter, sort, descending, offset, limit) -> [id, ...]
    count(store, filter) -> int
    rows(store, ids) -> [row, ...]   (same order as ids; each row has an `id`)

Every query runs on a worker. Each (re)load bumps a generation counter and results carrying an older
generation are dropped, so a slow query for "b" can never overwrite the fresher answer for "bio".
QSortFilterProxyModel is deliberately not used: it would need every row in memory.
"""

from __future__ import annotations

from collections import OrderedDict
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from functools import partial
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    Signal,
)

from magia_desk.storage.store import Store
from magia_desk.ui.tasks import TaskRunner

PAGE_SIZE = 200
ROW_CACHE_LIMIT = 3000  # rendered rows kept; ids are kept for every fetched row
MISS_BLOCK = 100  # rows fetched at once when painting reaches rows no longer cached

BADGE_ROLE = Qt.ItemDataRole.UserRole + 1  # (colour key, text, note) or None
ID_ROLE = Qt.ItemDataRole.UserRole + 2
ROW_ROLE = Qt.ItemDataRole.UserRole + 3

AnyIndex = QModelIndex | QPersistentModelIndex
_ROOT = QModelIndex()  # the invisible root: a table's rows all hang from it


@dataclass(frozen=True)
class Column:
    """One column of a list: its title, how a row shows in it, and the services' sort key (None: fixed).

    `title` and `help` are English source texts marked with QT_TRANSLATE_NOOP(context, ...); the model translates
    them when shown, in `context` if given, else in the model's (the class that defines the screen's columns)."""

    key: str
    title: str
    text: Callable[[Any], str]
    sort: str | None = None
    numeric: bool = False
    width: int = 120
    badge: Callable[[Any], tuple[str, str, str] | None] | None = None
    tooltip: Callable[[Any], str] | None = None
    help: str = ""
    context: str = ""


@dataclass(frozen=True)
class RecordSource:
    """The three service functions behind a list (see the module docstring)."""

    ids: Callable[..., list[str]]
    count: Callable[[Store, Any], int]
    rows: Callable[[Store, Sequence[str]], Sequence[Any]]


def _columns_context(owner: QObject | None) -> str:
    """The class that defines `owner.columns`: the translation context its column titles were marked in."""
    if owner is None:
        return ""
    return next((klass.__name__ for klass in type(owner).__mro__ if "columns" in vars(klass)), type(owner).__name__)


class RecordTableModel(QAbstractTableModel):
    loaded = Signal()  # a (re)load finished: total, overall and the first rows are fresh
    busy_changed = Signal(bool)

    def __init__(
        self,
        store: Store,
        tasks: TaskRunner,
        source: RecordSource,
        columns: Sequence[Column],
        query: Any,
        sort: str = "name",
        parent: QObject | None = None,
        context: str | None = None,
    ) -> None:
        super().__init__(parent)
        self.context = context if context is not None else _columns_context(parent)
        self._store = store
        self._tasks = tasks
        self._source = source
        self.columns = list(columns)
        self._query = query
        self._empty_query = type(query)()  # the unfiltered list, for "12 of 61,880"
        self._sort = sort
        self._descending = False
        self._ids: list[str] = []
        self._row_of: dict[str, int] = {}
        self._cache: OrderedDict[str, Any] = OrderedDict()
        self.total = 0  # rows the current filter shows
        self.overall = 0  # rows without any filter
        self._overall_stale = True
        self._generation = 0
        self._reloading = False
        self._paging = False
        self.has_loaded = False

    # ---- queries ---------------------------------------------------------------------------------------

    @property
    def query(self) -> Any:
        return self._query

    @property
    def sort_key(self) -> str:
        return self._sort

    @property
    def descending(self) -> bool:
        return self._descending

    @property
    def busy(self) -> bool:
        return self._reloading or self._paging

    def set_query(self, query: Any | None = None, sort: str | None = None, descending: bool | None = None) -> None:
        if query is not None:
            self._query = query
        if sort is not None:
            self._sort = sort
        if descending is not None:
            self._descending = descending
        self._reload(keep_loaded=False)

    def refresh(self) -> None:
        """Data changed somewhere: reload as many rows as are loaded, keeping the query."""
        self._overall_stale = True
        self._reload(keep_loaded=True)

    def _reload(self, keep_loaded: bool) -> None:
        self._generation += 1
        generation = self._generation
        want = max(PAGE_SIZE, len(self._ids)) if keep_loaded else PAGE_SIZE
        store, source, query, sort, descending = self._store, self._source, self._query, self._sort, self._descending
        unfiltered = self._empty_query if (self._overall_stale and query != self._empty_query) else None

        def work() -> tuple[int, int | None, list[str], Sequence[Any]]:
            total = source.count(store, query)
            overall = source.count(store, unfiltered) if unfiltered is not None else None
            ids = source.ids(store, query, sort, descending, 0, want)
            return total, overall, ids, source.rows(store, ids[:PAGE_SIZE])

        self._reloading = True
        self._paging = False  # a page in flight belongs to the old generation and will be dropped
        self.busy_changed.emit(True)
        self._tasks.run(
            work, partial(self._on_loaded, generation), on_error=partial(self._on_failed, generation), owner=self
        )

    def _on_loaded(self, generation: int, result: tuple[int, int | None, list[str], Sequence[Any]]) -> None:
        if generation != self._generation:
            return  # a newer query was asked for meanwhile
        total, overall, ids, rows = result
        self.beginResetModel()
        self._ids = list(ids)
        self._row_of = {row_id: index for index, row_id in enumerate(self._ids)}
        self._cache.clear()
        for row in rows:
            self._cache[row.id] = row
        self.total = max(total, len(self._ids))
        if overall is not None:
            self.overall = overall
            self._overall_stale = False
        elif self._query == self._empty_query:
            self.overall = self.total
            self._overall_stale = False
        self.endResetModel()
        self._reloading = False
        self.has_loaded = True
        self.busy_changed.emit(False)
        self.loaded.emit()

    def _on_failed(self, generation: int, exc: BaseException) -> None:
        if generation != self._generation:
            return
        self._reloading = self._paging = False
        self.busy_changed.emit(False)
        self._tasks.report(exc, self.tr("Loading the list"), self)

    # ---- paging ----------------------------------------------------------------------------------------

    def canFetchMore(self, parent: AnyIndex = _ROOT) -> bool:
        return not parent.isValid() and not self.busy and len(self._ids) < self.total

    def fetchMore(self, parent: AnyIndex = _ROOT) -> None:
        if not self.canFetchMore(parent):
            return
        generation, offset = self._generation, len(self._ids)
        store, source, query, sort, descending = self._store, self._source, self._query, self._sort, self._descending

        def work() -> tuple[list[str], Sequence[Any]]:
            ids = source.ids(store, query, sort, descending, offset, PAGE_SIZE)
            return ids, source.rows(store, ids)

        self._paging = True
        self.busy_changed.emit(True)
        self._tasks.run(
            work, partial(self._on_page, generation, offset), on_error=partial(self._on_failed, generation),
            owner=self,
        )

    def _on_page(self, generation: int, offset: int, result: tuple[list[str], Sequence[Any]]) -> None:
        if generation != self._generation or offset != len(self._ids):
            return
        self._paging = False
        ids, rows = result
        fresh = [row_id for row_id in ids if row_id not in self._row_of]
        if not fresh:
            self.total = len(self._ids)  # rows vanished since the count: stop asking for more
        else:
            first = len(self._ids)
            self.beginInsertRows(QModelIndex(), first, first + len(fresh) - 1)
            for row_id in fresh:
                self._row_of[row_id] = len(self._ids)
                self._ids.append(row_id)
            for row in rows:
                self._cache[row.id] = row
            self.endInsertRows()
            self._trim_cache()
        self.busy_changed.emit(False)

    # ---- rows --------------------------------------------------------------------------------------------

    @property
    def ids(self) -> list[str]:
        return list(self._ids)

    def id_at(self, row: int) -> str | None:
        return self._ids[row] if 0 <= row < len(self._ids) else None

    def row_of(self, record_id: str) -> int | None:
        return self._row_of.get(record_id)

    def record_at(self, row: int) -> Any | None:
        record_id = self.id_at(row)
        if record_id is None:
            return None
        cached = self._cache.get(record_id)
        if cached is not None:
            return cached
        self._fetch_around(row)
        return self._cache.get(record_id)

    def _fetch_around(self, row: int) -> None:
        """Painting reached rows evicted from the cache: fetch a block of them (by id: a few ms)."""
        start = max(0, row - MISS_BLOCK // 2)
        missing = [i for i in self._ids[start : start + MISS_BLOCK] if i not in self._cache]
        for record in self._source.rows(self._store, missing):
            self._cache[record.id] = record
        self._trim_cache()

    def _trim_cache(self) -> None:
        while len(self._cache) > ROW_CACHE_LIMIT:
            self._cache.popitem(last=False)

    # ---- Qt model interface ----------------------------------------------------------------------------

    def rowCount(self, parent: AnyIndex = _ROOT) -> int:
        return 0 if parent.isValid() else len(self._ids)

    def columnCount(self, parent: AnyIndex = _ROOT) -> int:
        return 0 if parent.isValid() else len(self.columns)

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        column = self.columns[index.column()]
        if role == Qt.ItemDataRole.TextAlignmentRole:
            horizontal = Qt.AlignmentFlag.AlignRight if column.numeric else Qt.AlignmentFlag.AlignLeft
            return int(horizontal | Qt.AlignmentFlag.AlignVCenter)
        if role == ID_ROLE:
            return self.id_at(index.row())
        if role not in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole, BADGE_ROLE, ROW_ROLE,
                        Qt.ItemDataRole.AccessibleTextRole):
            return None
        record = self.record_at(index.row())
        if record is None:
            return None
        if role == ROW_ROLE:
            return record
        if role == BADGE_ROLE:
            return column.badge(record) if column.badge else None
        if role == Qt.ItemDataRole.ToolTipRole:
            return column.tooltip(record) if column.tooltip else None
        return column.text(record)

    # Python-side reads (delegates, tests). PySide6 6.12 on Python 3.11 returns None from QModelIndex.data()
    # and friends without taking a reference, so every None read that way brings the interpreter closer to
    # "deallocating None"; reading through these methods never crosses Qt.
    def cell_text(self, row: int, column: int) -> str:
        record = self.record_at(row)
        return self.columns[column].text(record) if record is not None else ""

    def cell_badge(self, row: int, column: int) -> tuple[str, str, str] | None:
        record = self.record_at(row)
        spec = self.columns[column]
        return spec.badge(record) if record is not None and spec.badge else None

    def cell_tooltip(self, row: int, column: int) -> str:
        record = self.record_at(row)
        spec = self.columns[column]
        return spec.tooltip(record) if record is not None and spec.tooltip else ""

    def column_title(self, section: int) -> str:
        """The column's title in the user's language."""
        column = self.columns[section]
        return QCoreApplication.translate(column.context or self.context, column.title)

    def column_help(self, section: int) -> str:
        column = self.columns[section]
        return QCoreApplication.translate(column.context or self.context, column.help) if column.help else ""

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal or not 0 <= section < len(self.columns):
            return None
        column = self.columns[section]
        if role == Qt.ItemDataRole.DisplayRole:
            return self.column_title(section)
        if role == Qt.ItemDataRole.TextAlignmentRole:
            horizontal = Qt.AlignmentFlag.AlignRight if column.numeric else Qt.AlignmentFlag.AlignLeft
            return int(horizontal | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.ToolTipRole:
            sortable = self.tr("Click to sort.") if column.sort else self.tr("This column cannot be sorted.")
            return f"{self.column_help(section)} {sortable}".strip()
        return None

    def flags(self, index: AnyIndex) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        if not 0 <= column < len(self.columns) or self.columns[column].sort is None:
            return
        key = self.columns[column].sort
        descending = order == Qt.SortOrder.DescendingOrder
        if key == self._sort and descending == self._descending and self.has_loaded:
            return
        self.set_query(sort=key, descending=descending)

    def sort_column(self) -> int:
        """The column showing the current sort, or -1."""
        return next((i for i, c in enumerate(self.columns) if c.sort == self._sort), -1)
