"""The language of the window, chosen at start: our translations, Qt's own, and the locale for dates and numbers.

The setting (QSettings "ui/language": "system", "en", "fr", "it" or "de") applies when the application starts;
changing it in Settings takes effect at the next start, as in most desktop applications, because widgets built
in one language do not all know how to rebuild themselves in another. A missing .qm file just means English.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QSettings, QTranslator

from magia_desk.services import i18n as service_language
from magia_desk.settings import Settings, translations_dir

LANGUAGE_KEY = "ui/language"
SYSTEM = "system"
SUPPORTED = tuple(service_language.LANGUAGES)  # en, fr, it, de
FALLBACK = service_language.DEFAULT_LANGUAGE
# The locale for dates and numbers when the chosen language is not the system's (the system's country is kept
# when it speaks the chosen language: a Swiss officer choosing French keeps fr_CH dates).
DEFAULT_LOCALES = {"en": "en_GB", "fr": "fr_FR", "it": "it_IT", "de": "de_DE"}
# How each language names itself, for the language pickers (never translated).
NATIVE_NAMES = service_language.LANGUAGES

_installed: list[QTranslator] = []
_language: str | None = None  # installed by install_language; None until the first call


def language_setting(settings: QSettings) -> str:
    value = str(settings.value(LANGUAGE_KEY, SYSTEM) or SYSTEM)
    return value if value in (SYSTEM, *SUPPORTED) else SYSTEM


def system_language(system: QLocale | None = None) -> str:
    """The system's language when we have it, else English."""
    locale = system or QLocale.system()
    for name in (locale.name(), *locale.uiLanguages()):
        code = service_language.language_of(name)
        if code:
            return code
    return FALLBACK


def effective_language(setting: str, system: QLocale | None = None) -> str:
    """The language the window shows for a setting ("system" or a code)."""
    return setting if setting in SUPPORTED else system_language(system)


def locale_for(language: str, system: QLocale | None = None) -> QLocale:
    system = system or QLocale.system()
    if system.name().split("_")[0] == language:
        return system
    return QLocale(DEFAULT_LOCALES.get(language, "en_GB"))


def remove_translators() -> None:
    for translator in _installed:
        QCoreApplication.removeTranslator(translator)
    _installed.clear()


def _install(app: QCoreApplication, file_name: str, directory: Path | str) -> bool:
    translator = QTranslator(app)
    if not translator.load(file_name, str(directory)):
        return False
    QCoreApplication.installTranslator(translator)
    _installed.append(translator)
    return True


def install_language(language: str, directory: Path | None = None, system: QLocale | None = None) -> bool:
    """Translate the application into `language` from now on; True when our translation was found.

    Qt's own translation (qtbase) names the standard buttons (OK, Cancel, Open...) in the same language.
    """
    app = QCoreApplication.instance()
    if app is None:
        raise RuntimeError("install_language needs a QApplication")
    global _language
    remove_translators()
    language = language if language in SUPPORTED else FALLBACK
    _language = language
    QLocale.setDefault(locale_for(language, system))
    service_language.set_language(language)  # reports' default language and the services' words follow
    if language == FALLBACK and not (Path(directory or translations_dir()) / f"magia_desk_{language}.qm").exists():
        return False  # the source language needs nothing
    qt_directory = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    _install(app, f"qtbase_{language}", qt_directory)
    return _install(app, f"magia_desk_{language}", directory or translations_dir())


def installed_language() -> str | None:
    """The language the application was translated into, None before anything was installed."""
    return _language


def apply_language_setting(settings: QSettings, directory: Path | None = None) -> str:
    """At start: the language the settings ask for (the system's by default); returns its code."""
    language = effective_language(language_setting(settings))
    install_language(language, directory)
    return language


def save_language_setting(settings: QSettings, setting: str) -> None:
    """Remember the choice (applies at the next start); settings.json carries it for the command line too."""
    setting = setting if setting in SUPPORTED else SYSTEM
    settings.setValue(LANGUAGE_KEY, setting)
    settings.sync()
    stored = Settings.load()
    stored.language = "" if setting == SYSTEM else setting
    stored.save()
