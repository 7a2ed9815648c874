"""The machinery of every record editor: labelled fields by the services' field names.

A form knows which fields the user changed (compared with what was loaded), hands the raw values to the
services, and when they refuse (`RecordInvalid`) marks each named field with its message right under it.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QPoint, Qt, Signal
from PySide6.QtWidgets import (
    QApplication,
    QCheckBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from magia_desk.domain.errors import ValidationError
from magia_desk.services.i18n import translate_error
from magia_desk.ui.widgets.pickers import ChoiceCombo, CountryCombo, DateField
from magia_desk.ui.widgets.tag_input import TagInput

ROW_TOLERANCE_PX = 6


@dataclass
class FormField:
    name: str  # the field name the services use and name in their errors
    label: QLabel
    widget: QWidget
    error: QLabel
    get: Callable[[], Any]
    put: Callable[[Any], None]
    display: Callable[[Any], Any]  # stored value -> what the widget is given

    @property
    def invalid(self) -> bool:
        return self.widget.property("invalid") == "true"


def _mark(widget: QWidget, invalid: bool) -> None:
    widget.setProperty("invalid", "true" if invalid else "false")
    widget.style().unpolish(widget)
    widget.style().polish(widget)


class RecordForm(QWidget):
    changed = Signal()
    submitted = Signal()  # Enter in a one-line field: save

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.fields: dict[str, FormField] = {}
        self._loaded: dict[str, Any] = {}
        self._loading = False
        # One form layout for every section, so that all labels share one column and all fields line up.
        self._form = QFormLayout(self)
        self._form.setContentsMargins(0, 0, 0, 0)
        self._form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self._form.setLabelAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        self._form.setHorizontalSpacing(10)
        self._form.setVerticalSpacing(5)

    # ---- building ------------------------------------------------------------------------------------------

    def section(self, title: str) -> QFormLayout:
        """A heading; the fields added after it belong to it. Returns the layout to add them to."""
        heading = QLabel(title, self)
        heading.setProperty("role", "section")
        font = heading.font()
        font.setBold(True)
        heading.setFont(font)
        heading.setContentsMargins(0, 10 if self._form.rowCount() else 0, 0, 0)
        self._form.addRow(heading)
        return self._form

    def add_field(
        self,
        form: QFormLayout,
        name: str,
        text: str,
        widget: QWidget,
        get: Callable[[], Any],
        put: Callable[[Any], None],
        *,
        tooltip: str = "",
        display: Callable[[Any], Any] = lambda v: v,
        changed: Any = None,
        unit: str = "",
        trailing: QWidget | None = None,
        accessible_name: str = "",
    ) -> FormField:
        """A labelled field; a field without a label (`text` empty) needs `accessible_name` for screen readers."""
        label = QLabel(text, self)
        label.setBuddy(widget)
        widget.setAccessibleName(accessible_name or text.replace("&", "") or name.replace("_", " ").capitalize())
        if tooltip:
            widget.setToolTip(tooltip)
        error = QLabel(self)
        error.setProperty("role", "field-error")
        error.setWordWrap(True)
        error.hide()
        holder = QWidget(self)
        column = QVBoxLayout(holder)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(1)
        if unit or trailing is not None:
            row = QHBoxLayout()
            row.setContentsMargins(0, 0, 0, 0)
            row.addWidget(widget, 0 if unit else 1)
            if unit:
                suffix = QLabel(unit, holder)
                suffix.setProperty("role", "muted")
                row.addWidget(suffix)
                row.addStretch(1)
            if trailing is not None:
                row.addWidget(trailing)
            column.addLayout(row)
        else:
            column.addWidget(widget)
        column.addWidget(error)
        form.addRow(label, holder)
        field = FormField(name, label, widget, error, get, put, display)
        self.fields[name] = field
        if changed is not None:
            changed.connect(self._on_changed)
        return field

    def line(self, form: QFormLayout, name: str, text: str, *, tooltip: str = "", placeholder: str = "",
             numeric: bool = False, unit: str = "",
             display: Callable[[Any], Any] = lambda v: "" if v is None else str(v)) -> QLineEdit:
        widget = QLineEdit(self)
        widget.setPlaceholderText(placeholder)
        if numeric:
            widget.setAlignment(Qt.AlignmentFlag.AlignRight)
            widget.setMaximumWidth(110)
        widget.returnPressed.connect(self.submitted)

        def put(value: str) -> None:
            widget.setText(value)
            widget.setCursorPosition(0)  # show the start of a long value, not its end

        self.add_field(form, name, text, widget, widget.text, put, tooltip=tooltip, display=display,
                       changed=widget.textEdited, unit=unit)
        return widget

    def choice(self, form: QFormLayout, name: str, text: str, choices: Sequence[tuple[str, str]], *,
               empty: str | None = None, tooltip: str = "") -> ChoiceCombo:
        widget = ChoiceCombo(choices, empty=empty, parent=self)
        self.add_field(form, name, text, widget, widget.value, widget.set_value, tooltip=tooltip,
                       changed=widget.changed)
        return widget

    def country(self, form: QFormLayout, name: str, text: str, *, tooltip: str = "") -> CountryCombo:
        widget = CountryCombo(self)
        self.add_field(form, name, text, widget, widget.value, widget.set_value, tooltip=tooltip,
                       changed=widget.changed)
        return widget

    def check(self, form: QFormLayout, name: str, text: str, *, tooltip: str = "") -> QCheckBox:
        widget = QCheckBox(text, self)
        self.add_field(form, name, "", widget, widget.isChecked, lambda v: widget.setChecked(bool(v)),
                       tooltip=tooltip, changed=widget.toggled)
        widget.setAccessibleName(text)
        return widget

    def tags(self, form: QFormLayout, name: str, text: str, *, vocabulary: Mapping[str, str] | None = None,
             suggestions: Sequence[str] = (), placeholder: str | None = None, tooltip: str = ""
             ) -> TagInput:
        if placeholder is None:
            placeholder = self.tr("Type and press Enter")
        widget = TagInput(vocabulary=vocabulary, suggestions=suggestions, placeholder=placeholder, parent=self)
        widget.submitted.connect(self.submitted)
        self.add_field(form, name, text, widget, widget.value, widget.set_value, tooltip=tooltip,
                       display=lambda v: list(v or []), changed=widget.changed)
        return widget

    def text(self, form: QFormLayout, name: str, text: str, *, tooltip: str = "", lines: int = 4,
             accessible_name: str = "") -> QPlainTextEdit:
        """A multi-line field; without a label (`text` empty) give it `accessible_name` for screen readers."""
        widget = QPlainTextEdit(self)
        widget.setTabChangesFocus(True)  # Tab moves on, as in every other field
        widget.setFixedHeight(widget.fontMetrics().lineSpacing() * lines + 12)
        self.add_field(form, name, text, widget, widget.toPlainText, widget.setPlainText, tooltip=tooltip,
                       display=lambda v: v or "", changed=widget.textChanged, accessible_name=accessible_name)
        return widget

    def date(self, form: QFormLayout, name: str, text: str, *, tooltip: str = "") -> DateField:
        widget = DateField(self)
        self.add_field(form, name, text, widget, widget.value, widget.set_value, tooltip=tooltip,
                       changed=widget.changed)
        return widget

    # ---- tab order ---------------------------------------------------------------------------------------------

    def focus_order(self) -> list[QWidget]:
        """The widgets that take focus, in the order the eye reads the form: by row, then left to right.

        Computed from where widgets are, so that lines added later (target markets) are reached where they
        show rather than at the end of the window's tab chain, where Qt puts widgets created late.
        """
        takers = [
            w for w in self.findChildren(QWidget)
            if w.focusProxy() is None and w.focusPolicy() & Qt.FocusPolicy.TabFocus
            and w.isVisibleTo(self) and w.isEnabled()
        ]

        def place(widget: QWidget) -> tuple[int, int]:
            corner = widget.mapTo(self, QPoint(0, 0))
            return corner.y() + widget.height() // 2, corner.x()

        rows = sorted(takers, key=place)
        ordered: list[QWidget] = []
        for widget in rows:  # widgets whose middles are within a few pixels share a row: left to right
            if ordered and abs(place(widget)[0] - place(ordered[-1])[0]) <= ROW_TOLERANCE_PX:
                row_start = len(ordered)
                while row_start > 0 and abs(place(ordered[row_start - 1])[0] - place(widget)[0]) <= ROW_TOLERANCE_PX:
                    row_start -= 1
                row = sorted([*ordered[row_start:], widget], key=lambda w: place(w)[1])
                ordered[row_start:] = row
            else:
                ordered.append(widget)
        return ordered

    def focusNextPrevChild(self, forward: bool) -> bool:
        order = self.focus_order()
        current = QApplication.focusWidget()
        if current in order:
            index = order.index(current) + (1 if forward else -1)
            if 0 <= index < len(order):
                target = order[index]
                target.setFocus(Qt.FocusReason.TabFocusReason if forward else Qt.FocusReason.BacktabFocusReason)
                scroll = self._scroll_area()
                if scroll is not None:
                    scroll.ensureWidgetVisible(target)
                return True
        return super().focusNextPrevChild(forward)  # leaving the form: the window's own chain

    def _scroll_area(self) -> QScrollArea | None:
        parent = self.parentWidget()
        while parent is not None and not isinstance(parent, QScrollArea):
            parent = parent.parentWidget()
        return parent

    # ---- values --------------------------------------------------------------------------------------------

    def load(self, values: Mapping[str, Any]) -> None:
        """Show stored values; what is shown now is the baseline for `changes()`."""
        self._loading = True
        try:
            for name, field in self.fields.items():
                field.put(field.display(values.get(name)))
        finally:
            self._loading = False
        self._loaded = self.raw()
        self.clear_errors()

    def raw(self) -> dict[str, Any]:
        return {name: field.get() for name, field in self.fields.items()}

    def changes(self) -> dict[str, Any]:
        """Raw values of the fields the user changed since `load`."""
        now = self.raw()
        return {name: value for name, value in now.items() if value != self._loaded.get(name)}

    @property
    def dirty(self) -> bool:
        return bool(self.changes())

    def _on_changed(self, *_args: Any) -> None:
        if not self._loading:
            self.changed.emit()

    # ---- errors --------------------------------------------------------------------------------------------

    def show_errors(self, errors: Sequence[ValidationError]) -> list[ValidationError]:
        """Mark each named field with its message; returns the errors that name no field of this form."""
        self.clear_errors()
        unplaced: list[ValidationError] = []
        for error in errors:
            field = self.fields.get(error.field)
            if field is None:
                unplaced.append(error)
                continue
            text = translate_error(error)  # the domain's words in the user's language
            field.error.setText(f"⚠ {text[:1].upper()}{text[1:]}")
            field.error.show()
            field.widget.setAccessibleDescription(text)
            _mark(field.widget, True)
        first = next((self.fields[e.field] for e in errors if e.field in self.fields), None)
        if first is not None:
            first.widget.setFocus(Qt.FocusReason.OtherFocusReason)
        return unplaced

    def clear_errors(self) -> None:
        for field in self.fields.values():
            if field.invalid:
                _mark(field.widget, False)
                field.widget.setAccessibleDescription("")
            field.error.hide()

    @property
    def invalid_fields(self) -> list[str]:
        return [name for name, field in self.fields.items() if field.invalid]
