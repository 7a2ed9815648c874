"""A tag input: sectors, certifications, languages, clusters, needs as removable chips plus a typing field.

Enter, ';' or ',' turns the typed text into a tag; Backspace on an empty field removes the last one; Enter
on an empty field is passed on (`submitted`) so that Enter still saves the record around it.
With a vocabulary ({label: value}) only its values are accepted, completed as you type.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from PySide6.QtCore import QEvent, QObject, QPoint, QRect, QSize, Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QCompleter,
    QFrame,
    QLayout,
    QLayoutItem,
    QLineEdit,
    QSizePolicy,
    QToolButton,
    QWidget,
    QWidgetItem,
)


class FlowLayout(QLayout):
    """Lays widgets left to right and wraps them like words (Qt's flow layout example)."""

    def __init__(self, parent: QWidget | None = None, spacing: int = 4) -> None:
        super().__init__(parent)
        self._items: list[QLayoutItem] = []
        self.setSpacing(spacing)
        self.setContentsMargins(0, 0, 0, 0)

    def addItem(self, item: QLayoutItem) -> None:
        self._items.append(item)

    def insertWidget(self, index: int, widget: QWidget) -> None:
        self.addChildWidget(widget)
        self._items.insert(index, QWidgetItem(widget))
        self.invalidate()

    def count(self) -> int:
        return len(self._items)

    def itemAt(self, index: int) -> QLayoutItem | None:
        return self._items[index] if 0 <= index < len(self._items) else None

    def takeAt(self, index: int) -> QLayoutItem | None:
        return self._items.pop(index) if 0 <= index < len(self._items) else None

    def expandingDirections(self) -> Qt.Orientation:
        return Qt.Orientation(0)

    def hasHeightForWidth(self) -> bool:
        return True

    def heightForWidth(self, width: int) -> int:
        return self._arrange(QRect(0, 0, width, 0), apply=False)

    def setGeometry(self, rect: QRect) -> None:
        super().setGeometry(rect)
        self._arrange(rect, apply=True)

    def sizeHint(self) -> QSize:
        return self.minimumSize()

    def minimumSize(self) -> QSize:
        size = QSize()
        for item in self._items:
            size = size.expandedTo(item.minimumSize())
        margins = self.contentsMargins()
        return size + QSize(margins.left() + margins.right(), margins.top() + margins.bottom())

    def _arrange(self, rect: QRect, apply: bool) -> int:
        x, y, line_height = rect.x(), rect.y(), 0
        space = self.spacing()
        for item in self._items:
            hint = item.sizeHint()
            if x + hint.width() > rect.right() and line_height > 0:
                x, y, line_height = rect.x(), y + line_height + space, 0
            if apply:
                item.setGeometry(QRect(QPoint(x, y), hint))
            x += hint.width() + space
            line_height = max(line_height, hint.height())
        return y + line_height - rect.y()


class TagInput(QFrame):
    changed = Signal()
    submitted = Signal()  # Enter on an empty field

    def __init__(
        self,
        *,
        vocabulary: Mapping[str, str] | None = None,
        suggestions: Sequence[str] = (),
        placeholder: str | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        self._vocabulary = dict(vocabulary or {})
        self._labels = {value: text for text, value in self._vocabulary.items()}
        self._tags: list[str] = []
        self._chips: list[QToolButton] = []
        self._flow = FlowLayout(self)
        self._flow.setContentsMargins(3, 3, 3, 3)
        self.editor = QLineEdit(self)
        self.editor.setFrame(False)
        self.editor.setPlaceholderText(placeholder if placeholder is not None else self.tr("Type and press Enter"))
        self.editor.setMinimumWidth(90)
        self._flow.addWidget(self.editor)
        self._install_completer(list(self._vocabulary) or list(suggestions))
        self.editor.installEventFilter(self)
        self.editor.textEdited.connect(self._on_typed)
        self.setFocusProxy(self.editor)

    def setAccessibleName(self, name: str) -> None:
        super().setAccessibleName(name)
        self.editor.setAccessibleName(name)

    def setToolTip(self, tip: str) -> None:
        super().setToolTip(tip)
        self.editor.setToolTip(tip)

    def _install_completer(self, words: Sequence[str]) -> None:
        if not words:
            self.editor.setCompleter(None)
            return
        completer = QCompleter(list(words), self)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        completer.activated.connect(self._add_text)
        self.editor.setCompleter(completer)

    def set_vocabulary(self, vocabulary: Mapping[str, str]) -> None:
        """Replace the accepted values ({label: value}); call before `set_value` so chips show labels."""
        self._vocabulary = dict(vocabulary)
        self._labels = {value: text for text, value in self._vocabulary.items()}
        self._install_completer(list(self._vocabulary))

    # ---- value -------------------------------------------------------------------------------------------

    def value(self) -> list[str]:
        """The tags, plus what is still typed (so that saving never loses it)."""
        pending = self._resolve(self.editor.text())
        return [*self._tags, pending] if pending and pending not in self._tags else list(self._tags)

    def set_value(self, tags: Sequence[str] | None) -> None:
        for chip in self._chips:
            self._flow.removeWidget(chip)
            chip.deleteLater()
        self._chips.clear()
        self._tags = []
        self.editor.clear()
        for tag in tags or ():
            self._append(tag)
        self.updateGeometry()

    # ---- editing -----------------------------------------------------------------------------------------

    def _resolve(self, text: str) -> str | None:
        """The value a typed text stands for; with a vocabulary, its value, else None."""
        text = " ".join(text.replace(";", " ").split()).strip(" ,")
        if not text:
            return None
        if not self._vocabulary:
            return text
        for label, value in self._vocabulary.items():
            if label.casefold() == text.casefold():
                return value
        matches = [value for label, value in self._vocabulary.items() if text.casefold() in label.casefold()]
        return matches[0] if len(matches) == 1 else None

    def _add_text(self, text: str) -> None:
        value = self._resolve(text)
        if value is None:
            return
        if value.casefold() not in {t.casefold() for t in self._tags}:
            self._append(value)
            self.changed.emit()
        self.editor.clear()

    def _append(self, value: str) -> None:
        chip = QToolButton(self)
        shown = self._labels.get(value, value)
        chip.setText(f"{shown}  ✕")
        chip.setProperty("role", "tag")
        chip.setToolTip(self.tr("Remove {tag}").format(tag=shown))
        chip.setAccessibleName(self.tr("Remove {tag}").format(tag=shown))
        chip.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # Backspace in the field removes tags; Tab skips chips
        chip.clicked.connect(lambda _=False, v=value: self._remove(v))
        self._tags.append(value)
        self._chips.append(chip)
        self._flow.insertWidget(self._flow.count() - 1, chip)
        chip.show()

    def _remove(self, value: str) -> None:
        index = self._tags.index(value)
        self._tags.pop(index)
        chip = self._chips.pop(index)
        self._flow.removeWidget(chip)
        chip.deleteLater()
        self.updateGeometry()
        self.changed.emit()

    def _on_typed(self, text: str) -> None:
        if text.endswith((";", ",")):
            self._add_text(text[:-1])
        self.changed.emit()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.editor and event.type() == QEvent.Type.KeyPress and isinstance(event, QKeyEvent):
            popup = self.editor.completer().popup() if self.editor.completer() else None
            if popup is not None and popup.isVisible():
                return False
            if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
                if self.editor.text().strip():
                    self._add_text(self.editor.text())
                else:
                    self.submitted.emit()
                return True
            if event.key() == Qt.Key.Key_Backspace and not self.editor.text() and self._tags:
                self._remove(self._tags[-1])
                return True
        return super().eventFilter(watched, event)
