"""The welcome dialog of the very first start: language, who you are, and how to begin.

Shown by app.py before the store is opened (see preferences.first_run_due), never when MAGIA Desk is started
with --demo-on-first-run (`make run`, screenshots) or by a benchmark. Choosing a language translates the
dialog at once, so that the rest of the questions are asked in it.

What each start does, once the store is open (`apply_first_run`):
- empty: the officer (and their partner cluster, created when the store has none of that name) and nothing else;
- demo: the demo partnership is generated (with progress and Cancel), then the officer joins it;
- import: the officer as for empty, then the import wizard opens over the main window.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QEvent, QTimer
from PySide6.QtWidgets import (
    QButtonGroup,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from magia_desk.services.officers import create_officer, switch_officer
from magia_desk.services.organizations import clusters, create_organization
from magia_desk.storage.store import Store
from magia_desk.ui.i18n import NATIVE_NAMES, SUPPORTED, SYSTEM, effective_language, install_language, system_language
from magia_desk.ui.icons import app_icon

EMPTY, DEMO, IMPORT = "empty", "demo", "import"


@dataclass(frozen=True)
class FirstRunChoice:
    language: str  # a setting: "system" or a language code
    officer_name: str
    cluster_name: str
    start: str  # EMPTY, DEMO or IMPORT


def demo_partner_names() -> list[str]:
    """The partnership's clusters, offered as suggestions (they are also the demo's partners)."""
    from magia_desk.services.demo.catalog import PARTNERS

    return [partner.name for partner in PARTNERS]


class FirstRunDialog(QDialog):
    def __init__(self, parent: QWidget | None = None, language: str = SYSTEM) -> None:
        super().__init__(parent)
        self.setWindowIcon(app_icon())
        self.setMinimumWidth(560)
        logo = QLabel(self)
        logo.setPixmap(app_icon().pixmap(56, 56))
        self.heading = QLabel(self)
        self.heading.setProperty("role", "title")
        self.intro = QLabel(self)
        self.intro.setWordWrap(True)
        self.intro.setProperty("role", "muted")
        heading = QVBoxLayout()
        heading.addWidget(self.heading)
        heading.addWidget(self.intro)
        top = QHBoxLayout()
        top.addWidget(logo)
        top.addSpacing(10)
        top.addLayout(heading, 1)

        self.language = QComboBox(self)
        self.language.addItem("", SYSTEM)
        for code in SUPPORTED:
            self.language.addItem(NATIVE_NAMES[code], code)
        self.language.setCurrentIndex(max(0, self.language.findData(language)))
        self.name = QLineEdit(self)
        self.cluster = QComboBox(self)
        self.cluster.setEditable(True)
        self.cluster.addItem("")
        self.cluster.addItems(demo_partner_names())
        self.labels: dict[QWidget, QLabel] = {}
        self.form = QFormLayout()
        for field in (self.language, self.name, self.cluster):
            label = QLabel(self)
            label.setBuddy(field)
            self.labels[field] = label
            self.form.addRow(label, field)

        self.start_box = QGroupBox(self)
        self.starts = QButtonGroup(self)
        self.start_buttons: dict[str, QRadioButton] = {}
        self.start_notes: dict[str, QLabel] = {}
        box_layout = QVBoxLayout(self.start_box)
        for key in (EMPTY, DEMO, IMPORT):
            button = QRadioButton(self.start_box)
            note = QLabel(self.start_box)
            note.setProperty("role", "muted")
            note.setWordWrap(True)
            note.setContentsMargins(24, 0, 0, 6)
            self.starts.addButton(button)
            self.start_buttons[key] = button
            self.start_notes[key] = note
            box_layout.addWidget(button)
            box_layout.addWidget(note)
        self.start_buttons[EMPTY].setChecked(True)

        # Own buttons, not standard ones: a button box renames its standard buttons on a language change.
        self.buttons = QDialogButtonBox(self)
        self.start_button = self.buttons.addButton("", QDialogButtonBox.ButtonRole.AcceptRole)
        self.quit_button = self.buttons.addButton("", QDialogButtonBox.ButtonRole.RejectRole)
        self.start_button.setDefault(True)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self.name.textChanged.connect(lambda _text: self._update())

        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addSpacing(8)
        layout.addLayout(self.form)
        layout.addWidget(self.start_box)
        layout.addWidget(self.buttons)
        self.language.currentIndexChanged.connect(self._language_chosen)
        self.retranslate()
        self._update()
        self.name.setFocus()

    def retranslate(self) -> None:
        """Every text of the dialog, again after the language was changed."""
        self.setWindowTitle(self.tr("Welcome to MAGIA Desk"))
        self.heading.setText(self.tr("Welcome to MAGIA Desk"))
        self.intro.setText(self.tr("Three questions before you start. You can change the answers later in "
                                   "Edit ▸ Settings."))
        self.language.setItemText(0, self.tr("System language ({language})").format(
            language=NATIVE_NAMES[system_language()]))
        self.labels[self.language].setText(self.tr("&Language:"))
        self.labels[self.name].setText(self.tr("Your &name:"))
        self.labels[self.cluster].setText(self.tr("Your &partner cluster:"))
        self.name.setPlaceholderText(self.tr("First and last name, as colleagues know you"))
        self.name.setAccessibleName(self.tr("Your name"))
        self.cluster.lineEdit().setPlaceholderText(self.tr("The cluster you work for"))
        self.cluster.setAccessibleName(self.tr("Your partner cluster"))
        self.start_box.setTitle(self.tr("How do you want to start?"))
        texts = {
            EMPTY: (self.tr("Start with an &empty store"),
                    self.tr("Create your companies and contacts yourself, or import them later.")),
            DEMO: (self.tr("Explore with &demo data"),
                   self.tr("A realistic partnership of four clusters, to try everything safely.")),
            IMPORT: (self.tr("&Import a workbook"),
                     self.tr("Read the exchange workbook (.xlsx) your partnership already keeps.")),
        }
        for key, (text, note) in texts.items():
            self.start_buttons[key].setText(text)
            self.start_notes[key].setText(note)
        self.start_button.setText(self.tr("&Start"))
        self.quit_button.setText(self.tr("&Quit"))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def _language_chosen(self, _index: int) -> None:
        install_language(effective_language(self.language.currentData()))
        self.retranslate()  # at once; the LanguageChange event Qt posts to every widget comes later

    def _update(self) -> None:
        self.start_button.setEnabled(bool(self.name.text().strip()))

    def start(self) -> str:
        return next(key for key, button in self.start_buttons.items() if button.isChecked())

    def choice(self) -> FirstRunChoice:
        return FirstRunChoice(self.language.currentData(), self.name.text().strip(),
                              self.cluster.currentText().strip(), self.start())


def ask_first_run(language: str = SYSTEM) -> FirstRunChoice | None:
    """The user's answers, or None when they chose Quit."""
    dialog = FirstRunDialog(None, language)
    return dialog.choice() if dialog.exec() == QDialog.DialogCode.Accepted else None


# ---- applying the answers -----------------------------------------------------------------------------------

def partner_cluster_id(store: Store, name: str) -> str | None:
    """The store's cluster of that name (any case); a new partner cluster when it has none. None for no name."""
    name = name.strip()
    if not name:
        return None
    wanted = name.casefold()
    found = [(cid, partner) for cid, cluster, partner in clusters(store) if cluster.casefold() == wanted]
    if found:
        return sorted(found, key=lambda item: not item[1])[0][0]  # a consortium partner first
    data: dict[str, Any] = {"kind": "cluster", "name": name, "is_consortium_partner": True}
    from magia_desk.services.demo.catalog import PARTNERS

    spec = next((p for p in PARTNERS if p.name.casefold() == wanted), None)
    if spec is not None:
        data.update(country=spec.country, region=spec.region, city=spec.city)
    return create_organization(store, data)


def make_officer(store: Store, choice: FirstRunChoice) -> str | None:
    """The officer of the answers, signing every change from now on."""
    if not choice.officer_name:
        return None
    officer = create_officer(store, choice.officer_name, partner_cluster_id(store, choice.cluster_name))
    switch_officer(store, officer)
    return officer


def apply_first_run(window: Any, choice: FirstRunChoice) -> None:
    """Carry out the answers in the freshly opened window (app.py calls it once the window shows)."""
    from magia_desk.ui.app import fill_with_demo

    if choice.start == DEMO:
        # The demo refuses a store that holds organizations: the officer (and their cluster) come after it.
        fill_with_demo(window, after=lambda: _officer_in_window(window, choice))
        return
    _officer_in_window(window, choice)
    if choice.start == IMPORT:
        QTimer.singleShot(0, window.open_import)


def _officer_in_window(window: Any, choice: FirstRunChoice) -> None:
    make_officer(window.store, choice)
    window.operations.changed({"officer", "organization"})
    window.refresh_status()
