"""Edit ▸ Settings… (Ctrl+,): language, officer, data folder, backup schedule, encryption.

Everything is saved when the dialog is accepted. The language and the data folder apply at the next start
(the dialog says so); the officer and the backup schedule at once.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from magia_desk.services.officers import create_officer, list_officers, switch_officer
from magia_desk.services.organizations import partner_clusters
from magia_desk.settings import chosen_data_folder, data_dir, save_data_folder
from magia_desk.ui.context import AppContext
from magia_desk.ui.errors import show_error
from magia_desk.ui.i18n import NATIVE_NAMES, SUPPORTED, SYSTEM, language_setting, save_language_setting, system_language
from magia_desk.ui.icons import icon
from magia_desk.ui.preferences import BackupSchedule, backup_schedule, save_backup_schedule


def language_choices() -> list[tuple[str, str]]:
    """(setting, label) for a language picker: the system's first, then each language in its own name."""
    system = NATIVE_NAMES[system_language()]
    return [(SYSTEM, QCoreApplication.translate("SettingsDialog", "System language ({language})").format(
                language=system)),
            *((code, NATIVE_NAMES[code]) for code in SUPPORTED)]


class AddOfficerDialog(QDialog):
    """A new officer of this store: a name and, usually, the partner cluster they work for."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.officer_id: str | None = None
        self.setWindowTitle(self.tr("Add an officer"))
        self.name = QLineEdit(self)
        self.name.setPlaceholderText(self.tr("First and last name"))
        self.email = QLineEdit(self)
        self.email.setPlaceholderText(self.tr("Optional"))
        self.cluster = QComboBox(self)
        self.cluster.addItem(self.tr("None"), None)
        for cluster_id, name in partner_clusters(ctx.store):
            self.cluster.addItem(name, cluster_id)
        form = QFormLayout()
        form.addRow(self.tr("&Name:"), self.name)
        form.addRow(self.tr("&Partner cluster:"), self.cluster)
        form.addRow(self.tr("&Email:"), self.email)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self.add)
        self.buttons.rejected.connect(self.reject)
        self.name.textChanged.connect(
            lambda text: self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(bool(text.strip())))
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(False)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.buttons)
        self.setMinimumWidth(420)

    def add(self) -> None:
        try:
            self.officer_id = create_officer(self.ctx.store, self.name.text(), self.cluster.currentData(),
                                             self.email.text().strip() or None)
        except Exception as exc:  # a refused name: say so and stay open
            show_error(self, exc, self.tr("Adding the officer"))
            return
        self.ctx.operations.changed({"officer"})
        self.accept()


class SettingsDialog(QDialog):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setWindowTitle(self.tr("Settings"))
        self.setWindowIcon(icon("settings"))
        layout = QVBoxLayout(self)
        layout.addWidget(self._language_box())
        layout.addWidget(self._officer_box())
        layout.addWidget(self._data_box())
        layout.addWidget(self._backup_box())
        layout.addWidget(self._encryption_box())
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.setMinimumWidth(600)
        # Wrapped notes know their height only for a given width: size the dialog for the width it opens at.
        height = layout.totalHeightForWidth(600) if layout.hasHeightForWidth() else self.sizeHint().height()
        self.resize(600, max(height, self.sizeHint().height()))

    # ---- sections ----------------------------------------------------------------------------------------------

    def _note(self, text: str) -> QLabel:
        note = QLabel(text, self)
        note.setProperty("role", "muted")
        note.setWordWrap(True)
        return note

    def _language_box(self) -> QGroupBox:
        box = QGroupBox(self.tr("Language"), self)
        self.language = QComboBox(box)
        self.language.setAccessibleName(self.tr("Language"))
        for setting, text in language_choices():
            self.language.addItem(text, setting)
        self.language.setCurrentIndex(max(0, self.language.findData(language_setting(self.ctx.settings))))
        form = QFormLayout(box)
        form.addRow(self.tr("&Language:"), self.language)
        form.addRow(self._note(self.tr("Applies the next time MAGIA Desk starts.")))
        return box

    def _officer_box(self) -> QGroupBox:
        box = QGroupBox(self.tr("Officer"), self)
        self.officer = QComboBox(box)
        self.officer.setAccessibleName(self.tr("Officer"))
        self._fill_officers(self.ctx.store.officer_id)
        add = QPushButton(icon("officer"), self.tr("Add officer…"), box)
        add.clicked.connect(self.add_officer)
        row = QHBoxLayout()
        row.addWidget(self.officer, 1)
        row.addWidget(add)
        form = QFormLayout(box)
        form.addRow(self._buddy(self.tr("&Changes are made by:"), self.officer), row)
        form.addRow(self._note(self.tr("Every change you make is signed with this name in the history.")))
        return box

    def _buddy(self, text: str, field: QWidget) -> QLabel:
        """A form label whose accelerator (Alt+letter) focuses `field` when the field sits in a row of widgets."""
        label = QLabel(text, self)
        label.setBuddy(field)
        return label

    def _fill_officers(self, selected: str | None) -> None:
        self.officer.clear()
        officers = list_officers(self.ctx.store)
        if not officers:
            self.officer.addItem(self.tr("Nobody yet: add an officer"), None)
        for officer in officers:
            self.officer.addItem(officer.name, officer.id)
        self.officer.setCurrentIndex(max(0, self.officer.findData(selected)))

    def _data_box(self) -> QGroupBox:
        box = QGroupBox(self.tr("Data folder"), self)
        self._folder = chosen_data_folder()
        self.folder = QLineEdit(box)
        self.folder.setReadOnly(True)
        self.folder.setAccessibleName(self.tr("Data folder"))
        change = QPushButton(icon("folder"), self.tr("Change…"), box)
        change.clicked.connect(self.choose_folder)
        self.standard_folder = QPushButton(self.tr("Use standard"), box)
        self.standard_folder.setToolTip(str(data_dir()))
        self.standard_folder.clicked.connect(lambda: self.set_folder(None))
        row = QHBoxLayout()
        row.addWidget(self.folder, 1)
        row.addWidget(change)
        row.addWidget(self.standard_folder)
        form = QFormLayout(box)
        form.addRow(self._buddy(self.tr("&Folder:"), change), row)
        form.addRow(self._note(self.tr(
            "Where MAGIA Desk keeps its store (magia.sqlite) and the backups. Applies the next time MAGIA Desk "
            "starts; the store is not moved: copy it there yourself to take your data along.")))
        form.addRow(self._note(self.tr("This window uses {path}").format(path=self.ctx.store.path)))
        self.set_folder(self._folder)
        return box

    def _backup_box(self) -> QGroupBox:
        box = QGroupBox(self.tr("Backups"), self)
        schedule = backup_schedule()
        self.automatic = QCheckBox(self.tr("Back up the store &automatically once a day"), box)
        self.automatic.setChecked(schedule.automatic)
        self.daily = QSpinBox(box)
        self.daily.setRange(1, 90)
        self.daily.setValue(schedule.daily)
        self.daily.setAccessibleName(self.tr("Daily backups kept"))
        self.weekly = QSpinBox(box)
        self.weekly.setRange(0, 104)
        self.weekly.setValue(schedule.weekly)
        self.weekly.setAccessibleName(self.tr("Weekly backups kept"))
        self.automatic.toggled.connect(self.daily.setEnabled)
        self.automatic.toggled.connect(self.weekly.setEnabled)
        self.daily.setEnabled(schedule.automatic)
        self.weekly.setEnabled(schedule.automatic)
        show = QPushButton(icon("backup"), self.tr("Backups…"), box)
        show.clicked.connect(self.show_backups)
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.FieldsStayAtSizeHint)
        form.addRow(self.automatic)
        form.addRow(self.tr("&Daily backups kept:"), self.daily)
        form.addRow(self.tr("&Weekly backups kept:"), self.weekly)
        self.daily.setMinimumWidth(80)
        self.weekly.setMinimumWidth(80)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(show)
        layout = QVBoxLayout(box)
        layout.addLayout(form)
        layout.addWidget(self._note(self.tr("A backup is made only on days the store changed. Backups made by hand "
                                            "are kept until you delete them.")))
        layout.addLayout(buttons)
        return box

    def _encryption_box(self) -> QGroupBox:
        box = QGroupBox(self.tr("Encryption"), self)
        encrypted = self.ctx.store.passphrase is not None
        state = QLabel(self.tr("The store is encrypted with a passphrase.") if encrypted
                       else self.tr("The store is not encrypted."), box)
        state.setWordWrap(True)
        button = QPushButton(icon("lock"), self.tr("Encryption…"), box)
        button.setToolTip(self.tr("Encrypt the store, change its passphrase or decrypt it"))
        button.clicked.connect(self.open_encryption)
        row = QHBoxLayout(box)
        row.addWidget(state, 1)
        row.addWidget(button)
        return box

    # ---- actions -----------------------------------------------------------------------------------------------

    def add_officer(self) -> None:
        dialog = AddOfficerDialog(self.ctx, self)
        if dialog.exec() == QDialog.DialogCode.Accepted and dialog.officer_id:
            self._fill_officers(dialog.officer_id)

    def choose_folder(self) -> None:
        chosen = QFileDialog.getExistingDirectory(self, self.tr("Data folder"), self.folder.text())
        if chosen:
            self.set_folder(Path(chosen))

    def set_folder(self, folder: Path | None) -> None:
        self._folder = None if folder is None or folder == data_dir() else folder
        self.folder.setText(str(self._folder or data_dir()))
        self.standard_folder.setEnabled(self._folder is not None)

    def show_backups(self) -> None:
        from magia_desk.ui.dialogs.backups import BackupsDialog

        BackupsDialog(self.ctx.store, self.ctx.tasks, self).exec()

    def open_encryption(self) -> None:
        from magia_desk.ui.dialogs.encryption import open_encryption_dialog

        open_encryption_dialog(self, self.ctx)

    def schedule(self) -> BackupSchedule:
        return BackupSchedule(self.automatic.isChecked(), self.daily.value(), self.weekly.value())

    def accept(self) -> None:
        save_language_setting(self.ctx.settings, self.language.currentData())
        save_data_folder(self._folder)
        save_backup_schedule(self.schedule())
        officer = self.officer.currentData()
        if officer and officer != self.ctx.store.officer_id:
            try:
                switch_officer(self.ctx.store, officer)
            except Exception as exc:
                show_error(self, exc, self.tr("Switching the officer"))
                return
        super().accept()

