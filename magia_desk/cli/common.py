"""Helpers shared by command modules."""

from __future__ import annotations

import json
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any

from magia_desk.services.officers import current_officer_id
from magia_desk.storage.store import Store, open_store


@contextmanager
def opened_store(path: str) -> Iterator[Store]:
    with open_store(path) as store:
        store.officer_id = current_officer_id(store)
        yield store


def print_json(value: Any) -> None:
    json.dump(value, sys.stdout, ensure_ascii=False, indent=2, default=str)
    sys.stdout.write("\n")


def stderr_progress(label: str):
    """A progress callback printing a percentage on stderr when it is a terminal."""
    last = [-1]

    def progress(done: int, total: int) -> None:
        if not sys.stderr.isatty() or total <= 0:
            return
        percent = done * 100 // total
        if percent != last[0]:
            last[0] = percent
            sys.stderr.write(f"\r{label}: {percent}%")
            if done >= total:
                sys.stderr.write("\n")
            sys.stderr.flush()

    return progress
