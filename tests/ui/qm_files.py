"""Tiny Qt translations written and compiled by a test, so that language tests do not depend on the real ones."""

from __future__ import annotations

import subprocess
import sys
from collections.abc import Iterator, Mapping
from pathlib import Path
from xml.sax.saxutils import escape

import pytest
from PySide6.QtCore import QLocale

from magia_desk.ui import i18n


def compile_qm(directory: Path, language: str, messages: Mapping[str, Mapping[str, str]]) -> Path:
    """magia_desk_<language>.qm in `directory` from {context: {source: translation}}."""
    directory.mkdir(parents=True, exist_ok=True)
    contexts = "".join(
        f"<context><name>{escape(context)}</name>"
        + "".join(f"<message><source>{escape(source)}</source><translation>{escape(text)}</translation></message>"
                  for source, text in texts.items())
        + "</context>"
        for context, texts in messages.items()
    )
    ts = directory / f"magia_desk_{language}.ts"
    ts.write_text(f'<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n<TS version="2.1" language="{language}">'
                  f"{contexts}</TS>\n", encoding="utf-8")
    qm = ts.with_suffix(".qm")
    lrelease = Path(sys.executable).parent / "pyside6-lrelease"
    subprocess.run([str(lrelease if lrelease.exists() else "pyside6-lrelease"), str(ts), "-qm", str(qm)],
                   check=True, capture_output=True)
    return qm


@pytest.fixture
def english_afterwards(tmp_path: Path) -> Iterator[None]:
    """Whatever language a test installs, the next test starts in English (with its plural forms)."""
    yield
    i18n.install_language("en")
    QLocale.setDefault(QLocale.system())
