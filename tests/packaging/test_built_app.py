"""The app PyInstaller built (make build) runs as a user gets it: no Python, no source tree, no venv.

`make test` builds dist/magia-desk/ and runs this module with MAGIA_DESK_BUILT_APP pointing at the binary;
without it (a plain `pytest`) the module is skipped. Every run gets an environment with nothing in it but a
home folder: no PATH, no PYTHONPATH, no VIRTUAL_ENV, so nothing of this machine's Python can be borrowed.
"""

from __future__ import annotations

import os
import re
import subprocess
import tomllib
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
BUILT_APP = os.environ.get("MAGIA_DESK_BUILT_APP", "")

pytestmark = pytest.mark.skipif(not BUILT_APP, reason="set by `make test` after `make build`")


def run_app(home: Path, *args: str, timeout: float = 120, **env: str) -> subprocess.CompletedProcess[str]:
    clean_env = {"HOME": str(home), "QT_QPA_PLATFORM": "offscreen", "LANG": "C.UTF-8", **env}
    return subprocess.run([BUILT_APP, *args], env=clean_env, cwd=home, capture_output=True, text=True,
                          timeout=timeout, check=False)


def head_revision() -> str:
    revisions = []
    for script in (ROOT / "migrations" / "versions").glob("*.py"):
        found = re.search(r"^revision\s*=\s*['\"]([^'\"]+)", script.read_text(encoding="utf-8"), re.MULTILINE)
        down = re.search(r"^down_revision\s*=\s*['\"]([^'\"]+)", script.read_text(encoding="utf-8"), re.MULTILINE)
        revisions.append((found.group(1) if found else "", down.group(1) if down else None))
    followed = {down for _rev, down in revisions}
    heads = [rev for rev, _down in revisions if rev not in followed]
    assert len(heads) == 1
    return heads[0]


def test_the_bundle_carries_what_the_app_reads_at_run_time() -> None:
    internal = Path(BUILT_APP).parent / "_internal"
    for language in ("en", "fr", "it", "de"):
        assert (internal / "resources" / "translations" / f"magia_desk_{language}.qm").stat().st_size > 100
    assert (internal / "migrations" / "env.py").is_file()
    assert {path.stem for path in (internal / "migrations" / "versions").glob("*.py")} >= {head_revision()}
    assert list((internal / "resources" / "icons").glob("*.svg"))


def test_version_comes_from_pyproject(tmp_path: Path) -> None:
    expected = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]["version"]
    result = run_app(tmp_path, "--version")
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == f"MAGIA Desk {expected}"


def test_first_start_creates_and_migrates_the_store_and_shows_the_window(tmp_path: Path) -> None:
    store = tmp_path / "first.sqlite"
    shown = run_app(tmp_path, "--db", str(store), MAGIA_DESK_EXIT_WHEN_SHOWN="1")
    assert shown.returncode == 0, shown.stderr
    assert "main window shown" in shown.stdout
    checked = run_app(tmp_path, "--db", str(store), "check")
    assert checked.returncode == 0, checked.stderr
    assert re.search(rf"schema:\s+{re.escape(head_revision())} \(current\)", checked.stdout), checked.stdout
    assert re.search(r"check:\s+ok", checked.stdout)


def test_demo_data_kpis_and_a_french_report_from_the_binary(tmp_path: Path) -> None:
    """Demo data, KPIs and a report need babel, pycountry, phonenumbers and reportlab's data inside."""
    store = str(tmp_path / "demo.sqlite")
    demo = run_app(tmp_path, "--db", store, "demo", "--seed", "7", timeout=300)
    assert demo.returncode == 0, demo.stderr
    kpi = run_app(tmp_path, "--db", store, "kpi", "--period", "RP1", "--json")
    assert kpi.returncode == 0, kpi.stderr
    assert '"smes_reached"' in kpi.stdout
    pdf = tmp_path / "rp1.pdf"
    report = run_app(tmp_path, "--db", store, "report", "pdf", "--period", "RP1", "--language", "fr", "--out", str(pdf))
    assert report.returncode == 0, report.stderr
    assert pdf.read_bytes().startswith(b"%PDF")
