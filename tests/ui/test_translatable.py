"""No visible text in the GUI code escapes translation, and every language translates every message.

The static half reads the source: a string literal or f-string handed straight to a call that shows text
(setText, QLabel(...), addAction, QMessageBox...) was never seen by Qt's translator. The catalogue half
reads the Linguist sources: a message without a translation in any of the four languages shows up in
English in the middle of a French screen.
"""

from __future__ import annotations

import ast
import re
import subprocess
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

from tools import i18n  # the script that keeps the .ts files

ROOT = Path(__file__).resolve().parents[2]
UI = ROOT / "magia_desk" / "ui"

SHOWS_TEXT = {
    "setText", "setWindowTitle", "setToolTip", "setPlaceholderText", "setStatusTip", "setWhatsThis", "setTitle",
    "addAction", "addMenu", "addTab", "insertTab", "setTabText", "addRow", "showMessage", "setLabelText",
    "setHeaderLabels", "setHorizontalHeaderLabels", "setVerticalHeaderLabels", "setAccessibleName",
    "setAccessibleDescription", "setSpecialValueText", "setSuffix", "setPrefix", "setButtonText",
    "setCancelButtonText", "information", "warning", "critical", "question", "about", "getText", "getItem",
    "getOpenFileName", "getSaveFileName", "getExistingDirectory", "setInformativeText", "setDetailedText",
    "setSubTitle", "addButton", "setTextValue", "setWindowIconText",
    "QLabel", "QPushButton", "QCheckBox", "QRadioButton", "QGroupBox", "QAction", "QMenu", "QCommandLinkButton",
    "QListWidgetItem", "QTreeWidgetItem", "QStandardItem",
}
TRANSLATES = {"tr", "translate"}
WORD = re.compile(r"[^\W\d_]{2,}")
MARKUP = re.compile(r"<[^>]*>|&\w+;")
# A line may opt out with this comment, saying why (a brand name, a symbol).
OPT_OUT = "# not translated:"


def called_name(call: ast.Call) -> str:
    func = call.func
    if isinstance(func, ast.Attribute):
        return func.attr
    if isinstance(func, ast.Name):
        return func.id
    return ""


def literal_text(node: ast.expr) -> str:
    """The text a literal or an f-string writes itself (an f-string's {values} come from elsewhere)."""
    if isinstance(node, ast.Constant) and isinstance(node.value, str):
        return node.value
    if isinstance(node, ast.JoinedStr):
        return " ".join(part.value for part in node.values if isinstance(part, ast.Constant))
    return ""


def has_words(node: ast.expr) -> bool:
    """Words a reader would read: markup (<b>, style attributes) and symbols (·, ✕, …) are not words."""
    return bool(WORD.search(MARKUP.sub(" ", literal_text(node))))


def untranslated_literals(path: Path) -> list[str]:
    source = path.read_text(encoding="utf-8")
    lines = source.splitlines()
    found = []
    for node in ast.walk(ast.parse(source)):
        if not isinstance(node, ast.Call):
            continue
        name = called_name(node)
        if name in SHOWS_TEXT:
            suspects = [arg for arg in node.args if has_words(arg)]
            suspects += [kw.value for kw in node.keywords if kw.arg in ("text", "title") and has_words(kw.value)]
        elif name in TRANSLATES:  # an f-string inside tr() is looked up after formatting: never found
            suspects = [arg for arg in node.args if isinstance(arg, ast.JoinedStr)]
        else:
            continue
        for arg in suspects:
            line = lines[arg.lineno - 1]
            if OPT_OUT not in line:
                shown = path.relative_to(ROOT) if path.is_relative_to(ROOT) else path
                found.append(f"{shown}:{arg.lineno}: {name}({ast.unparse(arg)[:60]})")
    return found


def test_no_visible_literal_escapes_translation() -> None:
    found = [hit for path in sorted(UI.rglob("*.py")) for hit in untranslated_literals(path)]
    assert not found, "visible text not passed through tr()/translate():\n" + "\n".join(found)


def test_the_checker_catches_a_bare_literal(tmp_path: Path) -> None:
    sample = tmp_path / "sample.py"
    sample.write_text(
        'label.setText("Save")\n'
        'label.setText(self.tr("Save"))\n'
        'button = QPushButton(f"Open {name}")\n'
        'title = self.tr(f"Hello {name}")\n'
        'label.setText("MAGIA Desk")  # not translated: the product name\n'
        'label.setText("…")\n'
        'label.setText(f"<b>{name}</b>  ·  {count}")\n',
        encoding="utf-8",
    )
    hits = untranslated_literals(sample)
    assert [hit.split(": ", 1)[0].rsplit(":", 1)[1] for hit in hits] == ["1", "3", "4"]


@pytest.mark.parametrize("language", sorted(i18n.LANGUAGES))
def test_every_message_is_translated(language: str) -> None:
    missing = i18n.unfinished(language)
    assert not missing, f"{len(missing)} message(s) untranslated in {language}: {missing[:20]}"


def test_catalogues_cover_every_message_in_the_code(tmp_path: Path) -> None:
    """The committed .ts files are up to date: lupdate over today's code finds no message they lack."""
    fresh = tmp_path / "fresh.ts"
    subprocess.run([i18n.qt_tool("pyside6-lupdate"), *i18n.python_sources(), "-no-obsolete", "-locations", "none",
                    "-ts", str(fresh)], cwd=ROOT, check=True, capture_output=True)

    def keys(path: Path) -> set[tuple[str, str]]:
        tree = ET.parse(path)
        return {(context, message.findtext("source", "")) for context, message in i18n.messages(tree)}

    missing = keys(fresh) - keys(i18n.ts_path("de"))
    assert not missing, f"run `python tools/i18n.py update` and translate: {sorted(missing)[:20]}"


# Values the code always passes together, so a translation may use either: a noun as written ("Country", for
# languages that capitalise nouns) and in lower case ("country"), as FilterChip and CommandPalette do.
INTERCHANGEABLE = {"name_lower": "name", "name": "name_lower", "kind_lower": "kind", "kind": "kind_lower"}


def markers(text: str) -> set[str]:
    return {part.split("}")[0] for part in text.split("{")[1:]}


@pytest.mark.parametrize("language", ["fr", "it", "de"])
def test_placeholders_survive_translation(language: str) -> None:
    """Every {value} of the source is in the translation, and the translation asks for no value the code lacks."""
    broken = []
    for context, message in i18n.messages(i18n.load(language)):
        source = message.findtext("source", "")
        translation = message.find("translation")
        texts = [form.text or "" for form in translation.iter("numerusform")] or [translation.text or ""]
        wanted = markers(source)
        for text in texts:
            found = markers(text)
            lost = {m for m in wanted - found if INTERCHANGEABLE.get(m) not in found}
            unknown = {m for m in found - wanted if INTERCHANGEABLE.get(m) not in wanted}
            if lost or unknown:
                broken.append((context, source, text))
        if "%n" in source and not all("%n" in text for text in texts[1:]):
            broken.append((context, source, texts[-1]))
    assert not broken, f"placeholders lost in {language}: {broken[:20]}"
