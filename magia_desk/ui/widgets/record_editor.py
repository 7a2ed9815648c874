"""The record pane beside every list: a header, the fields on the left, the record's timeline on the right.

Subclasses say how to read a record (`fetch`, `stored_values`), how to write it (`plan_save`), and build
their form. This base does the rest the same way on every screen: Save (Ctrl+S, Enter), Revert, Delete,
field errors from the services, undo of every save, and refresh when the data changes elsewhere.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass
from typing import Any, ClassVar

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QResizeEvent, QShowEvent
from PySide6.QtWidgets import (
    QApplication,
    QGridLayout,
    QGroupBox,
    QLabel,
    QPushButton,
    QScrollArea,
    QSplitter,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from magia_desk.domain.errors import MagiaError, NotFoundError, RecordInvalid
from magia_desk.services.i18n import error_line
from magia_desk.ui.context import AppContext
from magia_desk.ui.errors import show_error, user_message
from magia_desk.ui.state import restore_splitter, save_splitter
from magia_desk.ui.undo import ServiceCommand
from magia_desk.ui.widgets.record_form import RecordForm

# Below this width of the record pane the timeline sits under the fields (both stay readable).
SIDE_BY_SIDE_FROM = 760


@dataclass
class SavePlan:
    """What saving will do, prepared (and validated) before anything is written."""

    label: str  # "Edit company Acme" (the undo entry)
    apply: Callable[[], str]  # writes; returns the record id
    undo: Callable[[str], object]
    redo: Callable[[str], object]
    done: str = ""  # "Company Acme saved" (the message once written); empty: said from the label


@dataclass(frozen=True)
class EditorTexts:
    """The sentences of a pane that name its kind of record, whole (translators need the noun in context)."""

    new_title: str  # "New company"
    empty: str  # "Select a company to see it here, or press Ctrl+N to create one."
    save_name: str  # accessible names of the header buttons: "Save company"
    revert_name: str
    delete_name: str
    delete_tip: str  # "Delete this company (Delete; undo with Ctrl+Z)"
    saving: str  # "Saving the company" (the title of an error)
    not_saved: str  # "The company was not saved: {reason}"


class RecordEditor(QWidget):
    saved = Signal(str)  # record id
    delete_requested = Signal(str)
    dirty_changed = Signal(bool)

    kind: ClassVar[str] = ""  # the store's table, e.g. "organization"
    noun: ClassVar[str] = "record"  # an identifier, never shown: the shown words come from `texts()`
    writes: ClassVar[frozenset[str]] = frozenset()  # kinds announced after a save
    watches: ClassVar[frozenset[str]] = frozenset()  # kinds that make a shown record reload

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.record_id: str | None = None
        self.is_new = False
        self.detail: Any = None
        self._was_dirty = False
        self.exit_forward: QWidget | None = None  # where Tab goes after the last button (the list's search)

        self.texts = self.editor_texts()
        # The form first: widgets join the tab chain in creation order, and the fields come before the buttons.
        self.form = RecordForm(self)
        self.build_form(self.form)
        self.form.changed.connect(self._update_state)
        self.form.submitted.connect(self.save)

        self.title = QLabel(self)
        self.title.setProperty("role", "title")
        self.title.setWordWrap(True)
        self.title.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.subtitle = QLabel(self)
        self.subtitle.setProperty("role", "muted")
        self.subtitle.setWordWrap(True)
        # Long names wrap instead of widening the pane (a label's own minimum is its longest line).
        self.title.setMinimumWidth(120)
        self.subtitle.setMinimumWidth(120)
        self.save_button = QPushButton(self.tr("Save"), self)
        self.save_button.setToolTip(self.tr("Save the changes (Ctrl+S or Enter)"))
        self.save_button.setDefault(False)
        self.revert_button = QPushButton(self.tr("Revert"), self)
        self.revert_button.setToolTip(self.tr("Forget the changes not saved yet"))
        self.delete_button = QPushButton(self.tr("Delete"), self)
        self.delete_button.setToolTip(self.texts.delete_tip)
        for button, name in ((self.save_button, self.texts.save_name), (self.revert_button, self.texts.revert_name),
                             (self.delete_button, self.texts.delete_name)):
            button.setAccessibleName(name)
            button.setAutoDefault(False)
            # Compact (the title needs room), yet as wide as the button's own text in whatever language.
            button.setMinimumWidth(button.fontMetrics().horizontalAdvance(button.text()) + 24)
            button.setMaximumWidth(button.minimumWidth())
        self.save_button.clicked.connect(self.save)
        self.revert_button.clicked.connect(self.revert)
        self.delete_button.clicked.connect(lambda: self.record_id and self.delete_requested.emit(self.record_id))

        scroll = QScrollArea(self)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        scroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # Tab goes from field to field, not to the frame
        inner = QWidget(scroll)
        inner_layout = QVBoxLayout(inner)
        inner_layout.setContentsMargins(0, 0, 8, 8)
        inner_layout.addWidget(self.form)
        inner_layout.addStretch(1)
        scroll.setWidget(inner)

        # The record's timeline (notes, tasks, participations, meetings, agreements, changes) beside its fields;
        # companies and contacts also list every action they took part in.
        from magia_desk.ui.widgets.timeline import TimelineWidget

        self.timeline_box = QGroupBox(self.tr("Timeline"), self)
        self.timeline_box.setAccessibleName(self.tr("Timeline"))
        self.timeline_box.setMinimumWidth(200)
        timeline_layout = QVBoxLayout(self.timeline_box)
        self.timeline = TimelineWidget(ctx, self.timeline_box)
        self.actions_part: Any = None
        if self.kind in ("organization", "contact"):
            from PySide6.QtWidgets import QTabWidget

            from magia_desk.ui.widgets.participations import ActionsTakenPart

            self.timeline_box.setTitle("")
            tabs = QTabWidget(self.timeline_box)
            tabs.addTab(self.timeline, self.tr("Timeline"))
            self.actions_part = ActionsTakenPart(ctx, self.kind, None, tabs)
            tabs.addTab(self.actions_part, self.tr("Actions"))
            timeline_layout.addWidget(tabs)
        else:
            timeline_layout.addWidget(self.timeline)

        # Stacked until the pane is known to be wide (resizeEvent): a pane laid out side by side would ask for
        # more width than a narrow one, and a list splitter restored beside it would be squeezed.
        self.body = QSplitter(Qt.Orientation.Vertical, self)
        self.body.setChildrenCollapsible(True)
        self.body.addWidget(scroll)
        self.body.addWidget(self.timeline_box)
        self.body.setStretchFactor(0, 3)
        self.body.setStretchFactor(1, 2)

        header = self.header = QGridLayout()
        header.setSpacing(4)
        header.setColumnStretch(0, 1)
        self._place_header(narrow=True)

        content = QWidget(self)
        content_layout = QVBoxLayout(content)
        content_layout.setContentsMargins(12, 8, 4, 0)
        content_layout.setSpacing(2)
        content_layout.addLayout(header)
        content_layout.addWidget(self.subtitle)
        content_layout.addSpacing(6)
        content_layout.addWidget(self.body, 1)

        self.empty_label = QLabel(self.empty_text(), self)
        self.empty_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty_label.setWordWrap(True)
        self.empty_label.setProperty("role", "muted")
        self.pages = QStackedWidget(self)
        self.pages.addWidget(self.empty_label)
        self.pages.addWidget(content)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(self.pages)
        self._layout_restored = restore_splitter(ctx.settings, f"editor-{self.kind}", self.body)
        ctx.operations.data_changed.connect(self._on_data_changed)
        self._update_state()

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if not self._layout_restored and self.body.width() > 100:
            self._layout_restored = True  # first run: the fields take what the timeline's minimum leaves
            self._share_body()

    def resizeEvent(self, event: QResizeEvent) -> None:
        """A narrow pane (a laptop screen, a long language) puts the timeline under the fields, not beside."""
        super().resizeEvent(event)
        wanted = (Qt.Orientation.Vertical if event.size().width() < SIDE_BY_SIDE_FROM
                  else Qt.Orientation.Horizontal)
        if wanted != self.body.orientation():
            self.body.setOrientation(wanted)
            self._share_body()
            self._place_header(narrow=wanted == Qt.Orientation.Vertical)

    def _place_header(self, narrow: bool) -> None:
        """Title left of the buttons; on a narrow pane under them, so that a long name is not one word a line."""
        self.header.removeWidget(self.title)
        for column, button in enumerate((self.save_button, self.revert_button, self.delete_button), start=1):
            self.header.removeWidget(button)
            self.header.addWidget(button, 0, column, Qt.AlignmentFlag.AlignTop)
        if narrow:
            self.header.addWidget(self.title, 1, 0, 1, 4)
        else:
            self.header.addWidget(self.title, 0, 0)

    def _share_body(self) -> None:
        if self.body.orientation() == Qt.Orientation.Horizontal:
            width = self.body.width()
            timeline = max(self.timeline_box.minimumWidth(), width * 3 // 10)
            self.body.setSizes([width - timeline, timeline])
        else:
            height = max(self.body.height(), 400)
            self.body.setSizes([height * 3 // 5, height * 2 // 5])

    def focusNextPrevChild(self, forward: bool) -> bool:
        """Tab runs through the fields as they show, then the buttons, then back to `exit_forward`.

        Without this, widgets created after the window was built (a new target market line) would sit at
        the end of the window's tab chain and Tab would circle inside the pane.
        """
        buttons = [b for b in (self.save_button, self.revert_button, self.delete_button)
                   if b.isEnabled() and b.isVisibleTo(self)]
        order = [*self.form.focus_order(), *buttons]
        current = QApplication.focusWidget()
        if current in order:
            index = order.index(current) + (1 if forward else -1)
            if 0 <= index < len(order):
                order[index].setFocus(Qt.FocusReason.TabFocusReason if forward else Qt.FocusReason.BacktabFocusReason)
                return True
            if forward and self.exit_forward is not None:
                self.exit_forward.setFocus(Qt.FocusReason.TabFocusReason)
                return True
        return super().focusNextPrevChild(forward)

    # ---- what a subclass provides ------------------------------------------------------------------------

    def editor_texts(self) -> EditorTexts:
        """The pane's sentences naming its kind of record; every subclass says them for its own noun."""
        return EditorTexts(
            new_title=self.tr("New record"),
            empty=self.tr("Select a record to see it here, or press Ctrl+N to create one."),
            save_name=self.tr("Save record"),
            revert_name=self.tr("Revert record"),
            delete_name=self.tr("Delete record"),
            delete_tip=self.tr("Delete this record (Delete; undo with Ctrl+Z)"),
            saving=self.tr("Saving the record"),
            not_saved=self.tr("The record was not saved: {reason}"),
        )

    def build_form(self, form: RecordForm) -> None:
        raise NotImplementedError

    def fetch(self, record_id: str) -> Any:
        """The record and whatever the pane shows with it (read through the services)."""
        raise NotImplementedError

    def stored_values(self, detail: Any) -> dict[str, Any]:
        """The stored value of every form field, by field name."""
        raise NotImplementedError

    def defaults(self) -> dict[str, Any]:
        return {}

    def heading(self, detail: Any) -> tuple[str, str]:
        """(title, subtitle) of a shown record."""
        raise NotImplementedError

    def plan_save(self, record_id: str | None, changes: dict[str, Any], raw: dict[str, Any]) -> SavePlan:
        """Validate and prepare the write: `changes` are the edited fields, `raw` every field."""
        raise NotImplementedError

    def after_load(self, detail: Any) -> None:
        """Fill what is not a field (lists of related records)."""

    def empty_text(self) -> str:
        return self.texts.empty

    def record_is_deleted(self, detail: Any) -> bool:
        record = getattr(detail, "record", detail)
        return getattr(record, "deleted_at", None) is not None

    # ---- showing -------------------------------------------------------------------------------------------

    @property
    def dirty(self) -> bool:
        return self.is_new or (self.record_id is not None and self.form.dirty)

    def show_record(self, record_id: str) -> bool:
        try:
            detail = self.fetch(record_id)
        except NotFoundError:
            self.clear()
            return False
        if self.record_is_deleted(detail):
            self.clear()
            return False
        self.record_id, self.is_new, self.detail = record_id, False, detail
        self.form.load(self.stored_values(detail))
        self.after_load(detail)
        title, subtitle = self.heading(detail)
        self.title.setText(title)
        self.subtitle.setText(subtitle)
        self._show_side(record_id, title)
        self.pages.setCurrentIndex(1)
        self._update_state()
        return True

    def new(self, preset: Mapping[str, Any] | None = None) -> None:
        self.record_id, self.is_new, self.detail = None, True, None
        self.form.load(self.defaults())
        for name, value in (preset or {}).items():
            if name in self.form.fields:
                field = self.form.fields[name]
                field.put(field.display(value))
        self.after_load(None)
        self._show_side(None, "")
        self.title.setText(self.texts.new_title)
        self.subtitle.setText(self.tr("Fill in at least the name, then press Enter or Ctrl+S"))
        self.pages.setCurrentIndex(1)
        self._update_state()
        first = next(iter(self.form.fields.values()), None)
        if first is not None:
            first.widget.setFocus(Qt.FocusReason.ShortcutFocusReason)

    def _show_side(self, record_id: str | None, title: str) -> None:
        self.timeline.set_record(self.kind if record_id else None, record_id, title)
        if self.actions_part is not None:
            self.actions_part.set_record(record_id)

    def clear(self) -> None:
        self._show_side(None, "")
        self.record_id, self.is_new, self.detail = None, False, None
        self.form.clear_errors()
        self.pages.setCurrentIndex(0)
        self._update_state()

    def revert(self) -> None:
        if self.is_new:
            self.clear()
        elif self.record_id:
            self.show_record(self.record_id)

    # ---- saving --------------------------------------------------------------------------------------------

    def save(self) -> bool:
        """Write the changes; True when there was nothing to save or it was saved."""
        if not self.dirty:
            return True
        try:
            plan = self.plan_save(self.record_id, self.form.changes(), self.form.raw())
            record_id = self.ctx.operations.perform(plan.apply, self.writes)
        except RecordInvalid as exc:
            unplaced = self.form.show_errors(exc.errors)
            if unplaced:
                show_error(self, RecordInvalid(unplaced), self.texts.saving)
            else:
                self.ctx.notify(self.texts.not_saved.format(reason=self._first_error(exc)))
            return False
        except MagiaError as exc:
            show_error(self, exc, self.texts.saving)
            return False
        except Exception as exc:
            show_error(self, exc, self.texts.saving)
            return False
        self.ctx.undo_stack.push(
            ServiceCommand(plan.label, lambda: plan.redo(record_id), lambda: plan.undo(record_id),
                           self.ctx.operations, self.writes)
        )
        self.show_record(record_id)
        self.ctx.notify(plan.done or self.tr("Saved: {change}").format(change=plan.label))
        self.saved.emit(record_id)
        return True

    def _first_error(self, exc: RecordInvalid) -> str:
        """The first refusal, the field named by the label beside it (as the user reads it) when it has one."""
        if not exc.errors:
            return user_message(exc).splitlines()[0]
        error = exc.errors[0]
        field = self.form.fields.get(error.field)
        name = field.label.text().replace("&", "") if field is not None else ""
        return error_line(error, labels={error.field: name}) if name else user_message(RecordInvalid([error]))

    # ---- state ---------------------------------------------------------------------------------------------

    def _update_state(self) -> None:
        dirty = self.dirty
        shown = self.record_id is not None or self.is_new
        self.save_button.setEnabled(dirty)
        self.revert_button.setEnabled(dirty)
        self.delete_button.setEnabled(self.record_id is not None)
        if shown and dirty and not self.is_new:
            self.subtitle.setText(self.tr("Unsaved changes: Enter or Ctrl+S saves, Revert forgets them"))
        elif shown and not self.is_new and self.detail is not None:
            self.subtitle.setText(self.heading(self.detail)[1])
        if dirty != self._was_dirty:
            self._was_dirty = dirty
            self.dirty_changed.emit(dirty)

    def _on_data_changed(self, kinds: set[str]) -> None:
        if self.record_id is None or self.form.dirty or not (kinds & (self.watches | {self.kind})):
            return
        self.show_record(self.record_id)  # clears itself when the record was deleted

    def save_state(self) -> None:
        save_splitter(self.ctx.settings, f"editor-{self.kind}", self.body)
