"""Write a report whole or not at all: into a temporary file beside the target, renamed at the end."""

from __future__ import annotations

import contextlib
import os
import tempfile
from collections.abc import Callable
from pathlib import Path
from typing import Any


def replace_atomically(path: str | Path, write: Callable[[Any], object]) -> Path:
    """`write(temporary_path_or_stream)` then rename over `path`; on any error (Cancelled included) the
    temporary file is removed and an existing report at `path` is left as it was."""
    target = Path(path)
    target.parent.mkdir(parents=True, exist_ok=True)
    handle, name = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".part", dir=target.parent)
    os.close(handle)
    try:
        write(name)
        os.replace(name, target)
    except BaseException:
        with contextlib.suppress(OSError):
            os.unlink(name)
        raise
    return target
