"""The foot of an editing dialog: a wrapped error line over Save and Cancel.

    footer = DialogFooter(self, self.save)
    layout.addWidget(footer)
    ...
    except RecordInvalid as exc:
        footer.show_errors(exc.errors, {"starts_at": "Starts"})   # the labels the user reads beside the fields

Save and Cancel are QDialogButtonBox's standard buttons, so Qt's own translations name them.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QVBoxLayout, QWidget

from magia_desk.domain.errors import ValidationError
from magia_desk.services.i18n import error_line


def error_lines(errors: Sequence[ValidationError], labels: Mapping[str, str]) -> str:
    """One line per refusal in the user's language, the field named by its label when the dialog shows one (else
    as the services' field labels call it)."""
    return "\n".join(error_line(error, labels=labels) for error in errors)


class DialogFooter(QWidget):
    def __init__(self, dialog: QDialog, on_save: Callable[[], object]) -> None:
        super().__init__(dialog)
        self.dialog = dialog
        self.error = QLabel(self)
        self.error.setProperty("role", "field-error")
        self.error.setWordWrap(True)
        self.error.hide()
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel,
                                        self)
        self.buttons.accepted.connect(on_save)
        self.buttons.rejected.connect(dialog.reject)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.error)
        layout.addWidget(self.buttons)

    def show_message(self, text: str) -> None:
        """Show `text` above the buttons (empty: hide the line), growing the dialog so that it fits."""
        self.error.setText(text)
        self.error.setVisible(bool(text))
        self.make_room()

    def show_errors(self, errors: Sequence[ValidationError], labels: Mapping[str, str] | None = None) -> None:
        self.show_message(error_lines(errors, labels or {}))

    def clear(self) -> None:
        self.show_message("")

    def make_room(self) -> None:
        """Grow to show wrapped messages (a layout's height follows its width only once laid out)."""
        layout = self.dialog.layout()
        if layout is not None:
            layout.activate()
            width = self.dialog.width()
            needed = layout.heightForWidth(width) if layout.hasHeightForWidth() else self.dialog.sizeHint().height()
            self.dialog.resize(width, max(self.dialog.height(), needed))
