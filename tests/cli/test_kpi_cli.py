"""`kpi`: the JSON shape of cli.md, --by, the human table, and exit codes 0 / 1 / 2."""

from __future__ import annotations

import json
from datetime import date, datetime
from pathlib import Path

import pytest

from magia_desk.cli.main import run_cli
from magia_desk.storage.store import open_store
from tests.services.kpi_fixtures import build

INDICATORS = [
    "smes_reached", "clusters_engaged", "actions_held", "missions", "participants", "audience_reached",
    "agreements_signed", "letters_of_intent", "b2b_meetings", "cluster_meetings",
]


@pytest.fixture
def db(tmp_path: Path) -> Path:
    """RP1 = 2018-2019 with a little of everything, and targets; closed again so that the CLI can open it."""
    path = tmp_path / "kpi.sqlite"
    with open_store(path) as store, build(store) as b:
        rp1 = b.period("RP1", date(2018, 1, 1), date(2019, 12, 31))
        b.period("RP2", date(2020, 1, 1), date(2021, 12, 31))
        biopmed = b.org("BioPmed", kind="cluster", partner=True)
        acme = b.org("Acme", member_of=[biopmed])
        wallonia = b.org("Wallonia Devices", country="BE")
        webinar = b.action("Webinar", date(2018, 3, 1), organiser=biopmed, country="IT", declared=30)
        show = b.mission("Medica", date(2019, 11, 12), type="trade_show", organiser=biopmed, country="DE")
        b.take_part(webinar, org=acme)
        b.take_part(webinar, org=wallonia)
        b.take_part(show, org=acme, role="delegate")
        b.take_part(webinar, org=b.org("MassBio", kind="cluster", country="US"))
        b.meeting(show, b.org("Düsseldorf Distribution", kind="distributor", country="DE"), datetime(2019, 11, 13, 10))
        b.agreement("LoI", type="letter_of_intent", signed_on=date(2019, 11, 14), parties=[wallonia])
        b.agreement("Later deal", signed_on=date(2020, 2, 1), parties=[acme])
        b.target("smes_reached", 500, period=rp1)
        b.target("smes_reached", 900)
        b.target("actions_held", 4, period=rp1)
    return path


def _json(capsys: pytest.CaptureFixture[str], db: Path, *args: str) -> dict:
    assert run_cli(["--db", str(db), "kpi", *args, "--json"]) == 0
    return json.loads(capsys.readouterr().out)


def test_json_has_exactly_the_shape_of_cli_md(db: Path, capsys: pytest.CaptureFixture[str]) -> None:
    out = _json(capsys, db, "--period", "RP1")
    assert list(out) == ["from", "to", "indicators", "targets"]
    assert (out["from"], out["to"]) == ("2018-01-01", "2019-12-31")
    assert list(out["indicators"]) == INDICATORS
    assert out["indicators"] == {
        "smes_reached": 2,
        "clusters_engaged": 1,
        "actions_held": {"total": 2, "by_type": {"trade_show": 1, "webinar": 1}},
        "missions": 1,
        "participants": 4,
        "audience_reached": 31,
        "agreements_signed": 0,
        "letters_of_intent": 1,
        "b2b_meetings": 1,
        "cluster_meetings": 0,
    }
    assert out["targets"] == {"smes_reached": 500, "actions_held": 4}


def test_a_date_range_is_compared_with_whole_project_targets(db: Path, capsys: pytest.CaptureFixture[str]) -> None:
    out = _json(capsys, db, "--from", "2019-01-01", "--to", "2020-12-31")
    assert (out["from"], out["to"]) == ("2019-01-01", "2020-12-31")
    assert (out["indicators"]["smes_reached"], out["indicators"]["agreements_signed"]) == (2, 1)
    assert out["targets"] == {"smes_reached": 900}
    same_as_rp1 = _json(capsys, db, "--from", "2018-01-01", "--to", "2019-12-31")
    assert same_as_rp1["targets"] == {"smes_reached": 500, "actions_held": 4}


@pytest.mark.parametrize(
    ("by", "expected"),
    [
        ("cluster", {"smes_reached": {"total": 2, "by_cluster": {"BioPmed": 1, "(none)": 1}},
                     "participants": {"total": 4, "by_cluster": {"BioPmed": 4}},
                     "letters_of_intent": {"total": 1, "by_cluster": {"(none)": 1}}}),
        ("country", {"smes_reached": {"total": 2, "by_country": {"BE": 1, "IT": 1}},
                     "b2b_meetings": {"total": 1, "by_country": {"DE": 1}},
                     "letters_of_intent": {"total": 1, "by_country": {"BE": 1}}}),
        ("type", {"smes_reached": {"total": 2, "by_type": {"trade_show": 1, "webinar": 2, "agreement": 1}},
                  "audience_reached": {"total": 31, "by_type": {"trade_show": 1, "webinar": 30}},
                  "letters_of_intent": 1}),
    ],
)
def test_by_breaks_every_indicator_down_where_it_applies(
    db: Path, capsys: pytest.CaptureFixture[str], by: str, expected: dict[str, object]
) -> None:
    out = _json(capsys, db, "--period", "RP1", "--by", by)
    for indicator, value in expected.items():
        assert out["indicators"][indicator] == value, indicator
    for indicator in INDICATORS:
        entry = out["indicators"][indicator]
        if isinstance(entry, dict):
            assert entry["total"] >= 0 and f"by_{by}" in entry
    assert out["indicators"]["actions_held"]["by_type"] == {"trade_show": 1, "webinar": 1}


def test_the_table_is_aligned_with_targets_and_percentages(db: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert run_cli(["--db", str(db), "kpi", "--period", "rp1"]) == 0
    lines = capsys.readouterr().out.splitlines()
    assert lines[0] == "KPIs RP1 (2018-01-01 to 2019-12-31), compared with period targets"
    header = lines[2]
    assert header.split() == ["indicator", "achieved", "target", "%", "of", "target"]
    smes = next(line for line in lines if line.startswith("smes_reached"))
    assert smes.split() == ["smes_reached", "2", "500", "0.4%"]
    actions = next(line for line in lines if line.startswith("actions_held"))
    assert actions.split() == ["actions_held", "2", "4", "50.0%"]
    assert len(actions) == len(header)  # right-aligned to the header's last column
    assert "  type: webinar" in "\n".join(lines)
    assert next(line for line in lines if line.startswith("missions")).split() == ["missions", "1", "-", "-"]


def test_an_unknown_period_is_refused_with_exit_1(db: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert run_cli(["--db", str(db), "kpi", "--period", "RP9"]) == 1
    captured = capsys.readouterr()
    assert captured.out == ""
    assert "No reporting period named 'RP9'" in captured.err and "RP1, RP2" in captured.err


@pytest.mark.parametrize(
    "args",
    [
        [],
        ["--period", "RP1", "--from", "2018-01-01", "--to", "2018-12-31"],
        ["--from", "2018-01-01"],
        ["--to", "2018-12-31"],
        ["--from", "2018-02-30", "--to", "2018-12-31"],
        ["--from", "yesterday", "--to", "2018-12-31"],
        ["--from", "2019-01-01", "--to", "2018-12-31"],
        ["--period", "RP1", "--by", "colour"],
    ],
)
def test_wrong_usage_exits_2(db: Path, capsys: pytest.CaptureFixture[str], args: list[str]) -> None:
    with pytest.raises(SystemExit) as caught:
        run_cli(["--db", str(db), "kpi", *args])
    assert caught.value.code == 2
    assert "usage: magia-desk kpi" in capsys.readouterr().err
