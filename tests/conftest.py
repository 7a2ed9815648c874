"""Every test gets a fresh temporary store and settings of its own; Qt runs offscreen."""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
# The tests read English and ISO dates whatever the machine's language ("system" resolves to English here).
os.environ["LC_ALL"] = "C.UTF-8"
os.environ.pop("LANGUAGE", None)

from magia_desk.storage.store import Store, open_store


@pytest.fixture(autouse=True)
def isolated_user_dirs(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """No test reads or writes the real user's settings or default store."""
    monkeypatch.setenv("MAGIA_DESK_CONFIG_DIR", str(tmp_path / "config"))
    monkeypatch.setenv("MAGIA_DESK_DB", str(tmp_path / "default-store" / "magia.sqlite"))
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "xdg-data"))


@pytest.fixture
def store_path(tmp_path: Path) -> Path:
    return tmp_path / "store" / "magia.sqlite"


@pytest.fixture
def store(store_path: Path) -> Iterator[Store]:
    with open_store(store_path) as opened:
        yield opened
