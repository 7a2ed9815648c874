"""The language setting: resolved at start, our translation and Qt's installed, locale set, kept for next time."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QLocale, QSettings

from magia_desk.services import i18n as service_language
from magia_desk.settings import ENV_TRANSLATIONS, Settings
from magia_desk.storage.store import Store
from magia_desk.ui import i18n
from magia_desk.ui.app import application
from magia_desk.ui.state import ui_settings
from tests.ui.conftest import OpenWindow
from tests.ui.qm_files import compile_qm, english_afterwards

__all__ = ["english_afterwards"]

FRENCH = {
    "MainWindow": {"&File": "&Fichier", "&Edit": "&Édition", "&Help": "&Aide"},
    "ScreenSpec": {"Companies": "Entreprises", "Contacts": "Contacts"},
}


@pytest.mark.parametrize(("setting", "system", "expected"), [
    ("system", "fr_FR", "fr"),
    ("system", "de_CH", "de"),
    ("system", "es_ES", "en"),  # a language we do not have: English
    ("system", "C", "en"),
    ("it", "fr_FR", "it"),  # a choice wins over the system
    ("en", "de_DE", "en"),
])
def test_effective_language(setting: str, system: str, expected: str) -> None:
    assert i18n.effective_language(setting, QLocale(system)) == expected


def test_the_setting_defaults_to_the_system_and_ignores_unknown_values(tmp_path: Path) -> None:
    settings = QSettings(str(tmp_path / "ui.ini"), QSettings.Format.IniFormat)
    assert i18n.language_setting(settings) == "system"
    settings.setValue(i18n.LANGUAGE_KEY, "klingon")
    assert i18n.language_setting(settings) == "system"


def test_a_chosen_language_is_kept_for_the_next_start(tmp_path: Path) -> None:
    settings = ui_settings()
    i18n.save_language_setting(settings, "de")
    assert ui_settings().value(i18n.LANGUAGE_KEY) == "de"
    assert Settings.load().language == "de"  # the command line sees it too
    i18n.save_language_setting(settings, "system")
    assert Settings.load().language == ""


def test_restart_in_french_shows_french_menus_and_qt_buttons(store: Store, tmp_path: Path, open_window: OpenWindow,
                                                             english_afterwards: None) -> None:
    compile_qm(tmp_path / "translations", "fr", FRENCH)
    settings = ui_settings()
    english = open_window()
    assert [a.text() for a in english.menuBar().actions()][:2] == ["&File", "&Edit"]
    english.close()

    i18n.save_language_setting(settings, "fr")
    # What app.run_gui does at start, then a new window: the restart.
    assert i18n.apply_language_setting(settings, tmp_path / "translations") == "fr"
    french = open_window()
    menus = [a.text() for a in french.menuBar().actions()]
    assert menus[0] == "&Fichier" and menus[1] == "&Édition" and menus[-1] == "&Aide"
    assert french.navigation.item(0).text() == "Entreprises"
    assert QCoreApplication.translate("QPlatformTheme", "Cancel") == "Annuler"  # Qt's own buttons
    assert QLocale().language() == QLocale.Language.French  # dates and numbers
    assert service_language.current_language() == "fr"  # the services (reports' default language)


def test_a_missing_translation_means_english(tmp_path: Path, english_afterwards: None) -> None:
    application([])
    assert i18n.install_language("it", tmp_path / "nothing-here") is False
    assert QCoreApplication.translate("MainWindow", "&File") == "&File"
    assert QLocale().language() == QLocale.Language.Italian  # the locale still follows the language


def test_translations_are_found_beside_the_package_or_in_a_bundle(monkeypatch: pytest.MonkeyPatch,
                                                                  tmp_path: Path) -> None:
    monkeypatch.delenv(ENV_TRANSLATIONS, raising=False)
    assert i18n.translations_dir() == Path(i18n.__file__).resolve().parents[2] / "resources" / "translations"
    (tmp_path / "resources" / "translations").mkdir(parents=True)
    monkeypatch.setattr("sys._MEIPASS", str(tmp_path), raising=False)  # a PyInstaller build
    assert i18n.translations_dir() == tmp_path / "resources" / "translations"
