"""The main window: navigation rail, screens, menus, shortcuts, palette, undo, status bar, remembered layout."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from datetime import date
from pathlib import Path
from typing import Any

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QRectF, QSettings, QSize, Qt, QTimer
from PySide6.QtGui import QAction, QActionGroup, QCloseEvent, QFontMetrics, QKeySequence, QPainter, QUndoStack
from PySide6.QtWidgets import (
    QDialog,
    QFileDialog,
    QHBoxLayout,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QMenu,
    QMessageBox,
    QStackedWidget,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QWidget,
)

from magia_desk import APP_NAME
from magia_desk.services.backup import backup_store
from magia_desk.services.officers import list_officers
from magia_desk.storage.store import Store
from magia_desk.ui.context import AppContext
from magia_desk.ui.errors import log, show_error
from magia_desk.ui.icons import app_icon, icon
from magia_desk.ui.screens import SCREENS, ScreenSpec
from magia_desk.ui.state import ui_settings
from magia_desk.ui.tasks import Operations, TaskRunner
from magia_desk.ui.widgets.command_palette import CommandPalette, RecordHit
from magia_desk.ui.widgets.shortcut_overlay import ShortcutOverlay
from magia_desk.ui.widgets.status_bar import MessageArea, StoreStatus, WorkIndicator

MAX_NUMBERED_SCREENS = 8
RAIL_MIN_WIDTH = 184
RAIL_MAX_WIDTH = 260
PALETTE_HITS_PER_KIND = 6


class NavigationDelegate(QStyledItemDelegate):
    """A screen's name, and its count (overdue tasks...) as a small pill on the right."""

    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent)
        self.counts: dict[int, int | None] = {}  # by row; kept in Python (see RecordTableModel.cell_text)

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex
              ) -> None:
        super().paint(painter, option, index)
        count = self.counts.get(index.row())
        if not count:
            return
        text = str(count) if count < 1000 else "999+"
        metrics = option.fontMetrics
        width = max(metrics.horizontalAdvance(text) + 12, metrics.height() + 2)
        rect = QRectF(option.rect.right() - width - 14, option.rect.center().y() - metrics.height() / 2 - 1,
                      width, metrics.height() + 2)
        painter.save()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setPen(Qt.PenStyle.NoPen)
        selected = bool(option.state & QStyle.StateFlag.State_Selected)
        painter.setBrush(option.palette.base() if selected else option.palette.highlight())
        painter.drawRoundedRect(rect, rect.height() / 2, rect.height() / 2)
        painter.setPen(option.palette.highlight().color() if selected else option.palette.highlightedText().color())
        painter.drawText(rect, Qt.AlignmentFlag.AlignCenter, text)
        painter.restore()


class MainWindow(QMainWindow):
    def __init__(self, store: Store, screens: Sequence[ScreenSpec] = SCREENS,
                 settings: QSettings | None = None) -> None:
        super().__init__()
        self.setWindowTitle(f"{APP_NAME} — {store.path.name}")
        self.setWindowIcon(app_icon())
        self.store = store
        self.settings = settings or ui_settings()
        self.tasks = TaskRunner(self)
        self.tasks.error_handler = lambda exc, label, _owner: show_error(self, exc, label or self.tr("Background work"))
        self.operations = Operations(self)
        self.undo_stack = QUndoStack(self)
        self.ctx = AppContext(
            store=store, tasks=self.tasks, operations=self.operations, undo_stack=self.undo_stack,
            settings=self.settings, open_record=self.open_record, create_record=self.create_record,
            notify=self.notify,
        )
        self.specs = list(screens)
        self.screens: dict[str, QWidget] = {}
        self._classes: dict[str, type[QWidget]] = {}
        self.overlay: ShortcutOverlay | None = None

        self.navigation = QListWidget(self)
        self.navigation.setObjectName("navigation")
        self.navigation.setAccessibleName(self.tr("Screens"))
        self.navigation.setAccessibleDescription(self.tr("Switch screens with Ctrl+1 to Ctrl+8"))
        self.navigation_delegate = NavigationDelegate(self.navigation)
        self.navigation.setItemDelegate(self.navigation_delegate)
        self.navigation.setIconSize(QSize(18, 18))
        self.navigation.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.navigation.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.navigation.setFocusPolicy(Qt.FocusPolicy.TabFocus)
        for number, spec in enumerate(self.specs, start=1):
            item = QListWidgetItem(spec.display_title)
            if spec.icon:
                item.setIcon(icon(spec.icon))
            shortcut = f" (Ctrl+{number})" if number <= MAX_NUMBERED_SCREENS else ""
            item.setToolTip(f"{spec.display_tooltip}{shortcut}")
            self.navigation.addItem(item)
        self.navigation.setFixedWidth(self._rail_width())
        self.stack = QStackedWidget(self)
        self.stack.setAccessibleName(self.tr("Current screen"))
        central = QWidget(self)
        layout = QHBoxLayout(central)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(self.navigation)
        layout.addWidget(self.stack, 1)
        self.setCentralWidget(central)

        self.messages = MessageArea(self)
        self.statusBar().addWidget(self.messages, 1)
        self.statusBar().setAccessibleName(self.tr("Status"))
        self.work = WorkIndicator(self.tasks, self)
        self.statusBar().addPermanentWidget(self.work)
        self.store_status = StoreStatus(self.statusBar(), store)
        self._status_timer = QTimer(self, singleShot=True, interval=1500)
        self._status_timer.timeout.connect(self.refresh_status)

        self._build_actions()
        self._build_menus()
        self.navigation.currentRowChanged.connect(self._on_navigation)
        self.operations.data_changed.connect(self._on_data_changed)
        self.refresh_status()
        self._refresh_badges(None)
        self._restore_window()

    def _rail_width(self) -> int:
        """Wide enough for the longest screen name in the window's language (German ones are long)."""
        font = self.navigation.font()
        font.setPointSizeF(max(font.pointSizeF(), 11.0))  # the rail's size in the style sheet
        metrics = QFontMetrics(font)
        # icon, its gap, the item's padding and margins (theme.py), and room for a count where a screen has one
        needed = max(metrics.horizontalAdvance(spec.display_title) + (44 if spec.badge else 0)
                     for spec in self.specs) + 18 + 8 + 2 * 10 + 2 * 6 + 8
        return max(RAIL_MIN_WIDTH, min(needed, RAIL_MAX_WIDTH))

    # ---- actions and menus -----------------------------------------------------------------------------------

    def _action(self, text: str, slot: Any, shortcuts: Sequence[QKeySequence | QKeySequence.StandardKey | str] = (),
                tip: str = "", icon_name: str = "") -> QAction:
        action = QAction(text, self)
        keys: list[QKeySequence] = []
        for shortcut in shortcuts:
            for key in (QKeySequence.keyBindings(shortcut) if isinstance(shortcut, QKeySequence.StandardKey)
                        else [QKeySequence(shortcut)]):
                if not key.isEmpty() and key not in keys:
                    keys.append(key)
        action.setShortcuts(keys)
        if tip:
            action.setStatusTip(tip)
            action.setToolTip(tip)
        if icon_name:
            action.setIcon(icon(icon_name))
        action.triggered.connect(lambda _checked=False: slot())
        self.addAction(action)
        return action

    def _build_actions(self) -> None:
        self.act_import = self._action(self.tr("&Import workbook…"), self.open_import, ["Ctrl+I"],
                                       self.tr("Read companies, contacts and actions from an exchange workbook"),
                                       "import")
        self.act_export = self._action(self.tr("&Export workbook…"), self.export_workbook, ["Ctrl+E"],
                                       self.tr("Write every record to an exchange workbook (.xlsx)"), "export")
        self.act_backup = self._action(self.tr("&Back up now"), self.backup_now, ["Ctrl+Shift+B"],
                                       self.tr("Keep a copy of the store and its attachments beside it"), "backup")
        self.act_backups = self._action(self.tr("Bac&kups…"), self.show_backups, [],
                                        self.tr("The store's backups: back up now, restore, show the folder"))
        self.act_retention = self._action(self.tr("&Retention review…"), self.show_retention, [],
                                          self.tr("Contacts with no activity for years, to review (GDPR)"),
                                          "privacy")
        self.act_duplicates = self._action(self.tr("Find &duplicates…"), self.show_duplicates, [],
                                           self.tr("Companies and contacts entered twice, to merge"), "duplicates")
        self.act_settings = self._action(self.tr("Se&ttings…"), self.open_settings,
                                         ["Ctrl+,", QKeySequence.StandardKey.Preferences],
                                         self.tr("Language, officer, data folder, backups, encryption"), "settings")
        self.act_settings.setMenuRole(QAction.MenuRole.PreferencesRole)
        self.act_quit = self._action(self.tr("&Quit"), self.close, [QKeySequence.StandardKey.Quit], "", "quit")
        self.act_quit.setMenuRole(QAction.MenuRole.QuitRole)
        self.act_undo = self.undo_stack.createUndoAction(self, self.tr("&Undo"))
        self.act_undo.setShortcuts([QKeySequence("Ctrl+Z")])
        self.act_undo.setIcon(icon("undo"))
        self.act_redo = self.undo_stack.createRedoAction(self, self.tr("&Redo"))
        self.act_redo.setShortcuts([QKeySequence("Ctrl+Shift+Z"), QKeySequence("Ctrl+Y")])
        self.act_redo.setIcon(icon("redo"))
        self.addActions([self.act_undo, self.act_redo])
        self.act_new = self._action(self.tr("&New"), lambda: self._call("create_new"), ["Ctrl+N"],
                                    self.tr("Create a record on this screen"), "new")
        self.act_save = self._action(self.tr("&Save"), lambda: self._call("save"), ["Ctrl+S"],
                                     self.tr("Save the record being edited"), "save")
        self.act_delete = QAction(icon("delete"), self.tr("&Delete"), self)
        self.act_delete.setShortcut(QKeySequence(QKeySequence.StandardKey.Delete))
        # Only from the list: Delete typed in a field edits the field, it must not delete the record.
        self.act_delete.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self.act_delete.setToolTip(self.tr("Delete the selected records (undo with Ctrl+Z)"))
        self.act_delete.triggered.connect(lambda _checked=False: self._call("delete_selected"))
        self.act_find = self._action(self.tr("&Find"), lambda: self._call("focus_search"), ["Ctrl+F"],
                                     self.tr("Search the list of this screen"), "search")
        self.act_palette = self._action(self.tr("&Go to anything…"), self.open_palette, ["Ctrl+K", "Ctrl+P"],
                                        self.tr("Find any record or command by name"), "palette")
        self.screen_group = QActionGroup(self)
        self.screen_actions: list[QAction] = []
        for number, spec in enumerate(self.specs, start=1):
            keys = [f"Ctrl+{number}"] if number <= MAX_NUMBERED_SCREENS else []
            action = self._action(spec.display_title, lambda key=spec.key: self.show_screen(key), keys,
                                  self.tr("Show the screen {screen}").format(screen=spec.display_title), spec.icon)
            action.setCheckable(True)
            self.screen_group.addAction(action)
            self.screen_actions.append(action)
        self.act_shortcuts = self._action(self.tr("&Keyboard shortcuts"), self.show_shortcuts, ["F1", "Ctrl+/"],
                                          self.tr("Every shortcut of the window"), "keyboard")
        self.act_about = self._action(self.tr("&About MAGIA Desk"), self.show_about, [], "", "about")
        self.act_about.setMenuRole(QAction.MenuRole.AboutRole)

    def _menu(self, title: str, actions: Sequence[QAction | None]) -> QMenu:
        menu = self.menuBar().addMenu(title)
        menu.setAccessibleName(title.replace("&", ""))
        for action in actions:
            if action is None:
                menu.addSeparator()
            else:
                menu.addAction(action)
        return menu

    def _build_menus(self) -> None:
        self.menuBar().setAccessibleName(self.tr("Menu bar"))
        self.file_menu = self._menu(self.tr("&File"), [self.act_import, self.act_export, None, self.act_backup,
                                                       self.act_backups, None, self.act_quit])
        self.edit_menu = self._menu(self.tr("&Edit"), [self.act_undo, self.act_redo, None, self.act_new,
                                                       self.act_save, self.act_delete, None, self.act_find,
                                                       self.act_palette, None, self.act_settings])
        self.view_menu = self._menu(self.tr("&View"), self.screen_actions)
        self.tools_menu = self._menu(self.tr("&Tools"), [self.act_duplicates, self.act_retention])
        self.help_menu = self._menu(self.tr("&Help"), [self.act_shortcuts, self.act_about])

    def all_actions(self) -> list[QAction]:
        """Every command, for the palette."""
        return [self.act_new, self.act_save, self.act_delete, self.act_undo, self.act_redo, self.act_find,
                self.act_palette, *self.screen_actions, self.act_import, self.act_export, self.act_backup,
                self.act_backups, self.act_duplicates, self.act_retention, self.act_settings, self.act_shortcuts,
                self.act_about, self.act_quit]

    # ---- dialogs of other parts, imported when first asked for -------------------------------------------------

    def open_import(self) -> QWidget | None:
        from magia_desk.ui.dialogs.import_wizard import ImportWizard

        wizard = ImportWizard(self.ctx, self)
        wizard.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        wizard.open()
        return wizard

    def show_duplicates(self) -> QWidget | None:
        from magia_desk.ui.dialogs.duplicates import DuplicatesDialog

        dialog = DuplicatesDialog(self.ctx, self)  # not modal: its Open buttons switch the window's screen
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.show()
        return dialog

    def open_settings(self) -> QDialog:
        from magia_desk.ui.dialogs.settings import SettingsDialog

        dialog = SettingsDialog(self.ctx, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.accepted.connect(self.refresh_status)  # the officer may have changed
        dialog.open()
        return dialog

    def show_about(self) -> QDialog:
        from magia_desk.ui.dialogs.about import AboutDialog

        dialog = AboutDialog(self.store, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()
        return dialog

    def export_workbook(self) -> None:
        from magia_desk.services.exchange import export_workbook

        suggested = Path.home() / f"magia-{date.today().isoformat()}.xlsx"
        path, _filter = QFileDialog.getSaveFileName(self, self.tr("Export workbook"), str(suggested),
                                                    self.tr("Excel workbook (*.xlsx)"))
        if not path:
            return
        target = Path(path) if path.lower().endswith(".xlsx") else Path(f"{path}.xlsx")
        store = self.store

        def done(result: Any) -> None:
            self.notify(self.tr("Exported to {path}").format(path=result.path))

        self.tasks.run_with_progress(lambda progress: export_workbook(store, target, progress), done, owner=self,
                                     label=self.tr("Exporting the workbook"))

    def show_backups(self) -> None:
        from magia_desk.ui.dialogs.backups import BackupsDialog

        BackupsDialog(self.store, self.tasks, self).exec()

    def show_retention(self) -> None:
        from magia_desk.ui.dialogs.privacy import RetentionDialog

        dialog = RetentionDialog(self.ctx, self)  # not modal: its Open button switches the window's screen
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.show()

    # ---- screens ---------------------------------------------------------------------------------------------

    def _spec(self, key: str) -> ScreenSpec:
        return next(spec for spec in self.specs if spec.key == key)

    def screen_class(self, key: str) -> type[QWidget]:
        if key not in self._classes:
            self._classes[key] = self._spec(key).load()
        return self._classes[key]

    def get_screen(self, key: str) -> QWidget:
        """The screen, created the first time it is asked for."""
        if key not in self.screens:
            widget = self.screen_class(key)(self.ctx, self.stack)
            self.screens[key] = widget
            self.stack.addWidget(widget)
            table = getattr(widget, "table", None)
            if table is not None:
                table.addAction(self.act_delete)
        return self.screens[key]

    def show_screen(self, key: str) -> QWidget:
        row = next(i for i, spec in enumerate(self.specs) if spec.key == key)
        if self.navigation.currentRow() != row:
            self.navigation.setCurrentRow(row)  # -> _on_navigation
        return self.get_screen(key)

    def current_screen(self) -> QWidget | None:
        widget = self.stack.currentWidget()
        return widget if widget in self.screens.values() else None

    def _on_navigation(self, row: int) -> None:
        if not 0 <= row < len(self.specs):
            return
        current = self.current_screen()
        editor = getattr(current, "editor", None)
        if editor is not None and editor.dirty and not current.save():  # type: ignore[union-attr]
            # Unsaved edits that cannot be saved: stay, the fields say what to fix.
            self.navigation.blockSignals(True)
            self.navigation.setCurrentRow([s.key for s in self.specs].index(self._key_of(current)))
            self.navigation.blockSignals(False)
            return
        spec = self.specs[row]
        widget = self.get_screen(spec.key)
        self.stack.setCurrentWidget(widget)
        self.screen_actions[row].setChecked(True)
        self.act_new.setEnabled(hasattr(widget, "create_new"))

    def _key_of(self, widget: QWidget) -> str:
        return next(key for key, w in self.screens.items() if w is widget)

    def _call(self, method: str, *args: Any) -> Any:
        screen = self.current_screen()
        function = getattr(screen, method, None)
        return function(*args) if function is not None else None

    def _loadable_classes(self) -> list[tuple[ScreenSpec, type[QWidget]]]:
        """Every screen's class; one that cannot be imported is logged and left out, not fatal to the rest."""
        loaded = []
        for spec in self.specs:
            try:
                loaded.append((spec, self.screen_class(spec.key)))
            except ImportError:
                log.exception("The %s screen cannot be loaded", spec.key)
        return loaded

    def _screen_for_kind(self, kind: str) -> str | None:
        return next((spec.key for spec, cls in self._loadable_classes() if getattr(cls, "record_kind", None) == kind),
                    None)

    def open_record(self, kind: str, record_id: str) -> None:
        key = self._screen_for_kind(kind)
        if key is not None:
            screen = self.show_screen(key)
            if self.current_screen() is screen:
                screen.show_record(record_id)  # type: ignore[attr-defined]

    def create_record(self, kind: str, preset: Mapping[str, Any]) -> None:
        key = self._screen_for_kind(kind)
        if key is not None:
            screen = self.show_screen(key)
            if self.current_screen() is screen:
                screen.create_new(dict(preset))  # type: ignore[attr-defined]

    # ---- palette, help -----------------------------------------------------------------------------------------

    def open_palette(self) -> CommandPalette:
        searchable = [(cls, cls.kind_name()) for _spec, cls in self._loadable_classes()  # type: ignore[attr-defined]
                      if hasattr(cls, "palette_search")]
        store = self.store

        def find(text: str) -> list[RecordHit]:
            hits: list[RecordHit] = []
            needle = text.casefold()
            for cls, kind in searchable:
                found = cls.palette_search(store, text, 25)  # type: ignore[attr-defined]
                # The services sort by name; a palette wants names that start with the text first.
                found.sort(key=lambda hit: (not hit[1].casefold().startswith(needle), needle not in hit[1].casefold()))
                hits.extend(RecordHit(cls.record_kind, kind, record_id, name, detail)  # type: ignore[attr-defined]
                            for record_id, name, detail in found[:PALETTE_HITS_PER_KIND])
            return hits

        palette = CommandPalette(self, self.tasks, self.all_actions(), find, self.open_record)
        palette.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        palette.open_over(self)
        self.palette = palette
        return palette

    def show_shortcuts(self) -> ShortcutOverlay | None:
        """The shortcuts over the window; F1 (or Ctrl+/) again closes it."""
        if self.overlay is not None and self.overlay.isVisible():
            self.overlay.close()
            return None
        overlay = ShortcutOverlay(self)
        overlay.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        overlay.destroyed.connect(lambda _obj=None: setattr(self, "overlay", None))
        overlay.open()
        self.overlay = overlay
        return overlay

    # ---- status ------------------------------------------------------------------------------------------------

    def notify(self, text: str, undo: Any = None) -> None:
        self.messages.show_message(text, undo)

    def refresh_status(self) -> None:
        officer = next((o.name for o in list_officers(self.store) if o.id == self.store.officer_id), None)
        self.store_status.refresh(officer)

    def _on_data_changed(self, kinds: set[str]) -> None:
        self._status_timer.start()  # the file size changes with the data; one look after a burst of changes
        self._refresh_badges(kinds)

    def _refresh_badges(self, kinds: set[str] | None) -> None:
        for row, spec in enumerate(self.specs):
            if spec.badge is None or (kinds is not None and not kinds & spec.badge_kinds):
                continue
            badge, store = spec.badge, self.store
            self.tasks.run(lambda badge=badge, store=store: badge(store),
                           lambda count, row=row: self._show_badge(row, count), owner=self)

    def _show_badge(self, row: int, count: int | None) -> None:
        self.navigation_delegate.counts[row] = count
        self.navigation.viewport().update()

    def backup_now(self) -> None:
        store = self.store

        def done(path: Any) -> None:
            self.refresh_status()
            self.notify(self.tr("Backed up to {path}").format(path=path))

        self.tasks.run(lambda: backup_store(store), done, owner=self, label=self.tr("Backing up the store"))

    # ---- window state ------------------------------------------------------------------------------------------

    def _restore_window(self) -> None:
        geometry = self.settings.value("window/geometry")
        if geometry is not None:
            self.restoreGeometry(geometry)
        else:
            self._first_geometry()
        state = self.settings.value("window/state")
        if state is not None:
            self.restoreState(state)
        last = self.settings.value("window/screen", self.specs[0].key)
        keys = [s.key for s in self.specs]
        self.show_screen(last if last in keys else keys[0])

    def _first_geometry(self) -> None:
        """First run: the whole screen on a laptop, a comfortable 1400x900 on anything larger."""
        screen = self.screen().availableGeometry() if self.screen() else None
        if screen is None:
            self.resize(1400, 900)
        elif screen.width() <= 1600 or screen.height() <= 1000:
            self.setGeometry(screen)
        else:
            self.resize(1400, 900)
            self.move(screen.center() - self.rect().center())

    def save_window_state(self) -> None:
        self.settings.setValue("window/geometry", self.saveGeometry())
        self.settings.setValue("window/state", self.saveState())
        current = self.current_screen()
        if current is not None:
            self.settings.setValue("window/screen", self._key_of(current))
        for screen in self.screens.values():
            save_state = getattr(screen, "save_state", None)
            if save_state is not None:
                save_state()
        self.settings.sync()

    def closeEvent(self, event: QCloseEvent) -> None:
        current = self.current_screen()
        editor = getattr(current, "editor", None)
        if editor is not None and editor.dirty and not current.save():  # type: ignore[union-attr]
            answer = QMessageBox.question(
                self, self.tr("Unsaved changes"),
                self.tr("The record you are editing could not be saved (its fields say why). "
                        "Close and lose the changes?"),
            )
            if answer != QMessageBox.StandardButton.Yes:
                event.ignore()
                return
        self.save_window_state()
        self.tasks.shutdown()
        super().closeEvent(event)
