"""Keep the Qt Linguist sources in step with the code, fill them, check them and compile them.

    python tools/i18n.py update            # pyside6-lupdate over magia_desk/ui -> resources/translations/*.ts
    python tools/i18n.py fill fr a.json ... # merge {"Context": {"source": "translation" | [forms]}} into fr
    python tools/i18n.py check             # list every unfinished message; exit 1 if there is one
    python tools/i18n.py compile           # pyside6-lrelease -> resources/translations/*.qm (not committed)

English is the source language: its .ts holds the source text as its own translation, except plural
messages, which need their English forms like every other language.
"""

from __future__ import annotations

import json
import subprocess
import sys
import xml.etree.ElementTree as ET
from collections.abc import Iterable, Iterator
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SOURCES = ROOT / "magia_desk" / "ui"
TRANSLATIONS = ROOT / "resources" / "translations"
LANGUAGES = {"en": "en_GB", "fr": "fr_FR", "it": "it_IT", "de": "de_DE"}
TS_HEADER = '<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n'


def ts_path(language: str) -> Path:
    return TRANSLATIONS / f"magia_desk_{language}.ts"


def qt_tool(name: str) -> str:
    """The PySide6 tool next to the running interpreter (the project's venv), else on PATH."""
    beside = Path(sys.executable).parent / name
    return str(beside) if beside.exists() else name


def python_sources() -> list[str]:
    return sorted(str(path.relative_to(ROOT)) for path in SOURCES.rglob("*.py"))


def update() -> None:
    TRANSLATIONS.mkdir(parents=True, exist_ok=True)
    for language, locale in LANGUAGES.items():
        subprocess.run(
            [qt_tool("pyside6-lupdate"), *python_sources(), "-no-obsolete", "-locations", "none",
             "-source-language", "en_GB", "-target-language", locale, "-ts", str(ts_path(language))],
            cwd=ROOT, check=True, stdout=subprocess.DEVNULL,
        )
        if language == "en":
            fill_english_sources()


def messages(tree: ET.ElementTree) -> Iterator[tuple[str, ET.Element]]:
    for context in tree.getroot().iter("context"):
        name = context.findtext("name", "")
        for message in context.iter("message"):
            yield name, message


def load(language: str) -> ET.ElementTree:
    return ET.parse(ts_path(language))


def save(tree: ET.ElementTree, language: str) -> None:
    ET.indent(tree, space="    ")
    body = ET.tostring(tree.getroot(), encoding="unicode")
    ts_path(language).write_text(TS_HEADER + body + "\n", encoding="utf-8")


def set_translation(message: ET.Element, value: str | list[str]) -> None:
    translation = message.find("translation")
    if translation is None:
        translation = ET.SubElement(message, "translation")
    translation.attrib.pop("type", None)
    for form in list(translation):
        translation.remove(form)
    if message.get("numerus") == "yes":
        forms = value if isinstance(value, list) else [value, value]
        translation.text = None
        for form_text in forms:
            ET.SubElement(translation, "numerusform").text = form_text
    else:
        translation.text = value[0] if isinstance(value, list) else value


def is_unfinished(message: ET.Element) -> bool:
    translation = message.find("translation")
    if translation is None or translation.get("type") in ("unfinished", "obsolete", "vanished"):
        return translation is None or translation.get("type") == "unfinished"
    if message.get("numerus") == "yes":
        forms = [form.text or "" for form in translation.iter("numerusform")]
        return not forms or not all(forms)
    return not (translation.text or "")


def fill_english_sources() -> None:
    tree = load("en")
    for _context, message in messages(tree):
        if message.get("numerus") != "yes" and is_unfinished(message):
            set_translation(message, message.findtext("source", ""))
    save(tree, "en")


def fill(language: str, json_files: Iterable[str]) -> int:
    wanted: dict[tuple[str, str], str | list[str]] = {}
    for file in json_files:
        for context, entries in json.loads(Path(file).read_text(encoding="utf-8")).items():
            for source, value in entries.items():
                wanted[(context, source)] = value
    tree = load(language)
    filled = 0
    for context, message in messages(tree):
        value = wanted.get((context, message.findtext("source", "")))
        if value is not None:
            set_translation(message, value)
            filled += 1
    save(tree, language)
    return filled


def unfinished(language: str) -> list[tuple[str, str]]:
    return [(context, message.findtext("source", "")) for context, message in messages(load(language))
            if is_unfinished(message)]


def check() -> int:
    missing = 0
    for language in LANGUAGES:
        for context, source in unfinished(language):
            print(f"{language}: [{context}] {source!r}")
            missing += 1
    print(f"{missing} unfinished message(s)", file=sys.stderr)
    return 1 if missing else 0


def compile_all(out_dir: Path = TRANSLATIONS) -> list[Path]:
    out_dir.mkdir(parents=True, exist_ok=True)
    built = []
    for language in LANGUAGES:
        qm = out_dir / f"magia_desk_{language}.qm"
        subprocess.run([qt_tool("pyside6-lrelease"), "-silent", str(ts_path(language)), "-qm", str(qm)],
                       check=True)
        built.append(qm)
    return built


def main(argv: list[str]) -> int:
    if not argv or argv[0] not in ("update", "fill", "check", "compile"):
        print(__doc__, file=sys.stderr)
        return 2
    command, rest = argv[0], argv[1:]
    if command == "update":
        update()
    elif command == "fill":
        print(f"{fill(rest[0], rest[1:])} message(s) filled in {rest[0]}")
    elif command == "check":
        return check()
    else:
        compile_all()
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
