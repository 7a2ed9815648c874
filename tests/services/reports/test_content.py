"""What the report gathers equals the KPI engine and the store."""

from __future__ import annotations

from pathlib import Path

from magia_desk.domain.enums import Indicator
from magia_desk.services.kpi import compute_kpis, drill_ids, resolve_period
from magia_desk.services.reports.content import gather, partners
from magia_desk.storage.store import open_store
from tests.services.reports.report_fixtures import ACTION_TITLE, NAMES


def test_kpis_and_annex_are_the_engines(report_store: Path) -> None:
    with open_store(report_store) as store:
        period = resolve_period(store, name="RP1")
        content = gather(store, period)
        expected = compute_kpis(store, period, cumulative=True)
        totals = {line.indicator: line for line in content.kpi_lines if line.cluster is None}
        for indicator in Indicator:
            assert totals[indicator].achieved == expected.value(indicator)
            assert totals[indicator].cumulative == expected[indicator].cumulative
        # The annex is exactly the list behind smes_reached.
        assert len(content.annex.rows) == expected.value("smes_reached") == len(drill_ids(store, "smes_reached",
                                                                                            period))
        annex_names = {row[0] for row in content.annex.rows}
        assert set(NAMES) <= annex_names
        assert ACTION_TITLE in [row[1] for row in content.activities.rows]
        # Per partner cluster lines equal the engine restricted to that cluster.
        biowin = dict((n, i) for i, n in partners(store))["BioWin"]
        line = next(x for x in content.kpi_lines if x.cluster == "BioWin" and x.indicator == Indicator.SMES_REACHED)
        assert line.achieved == compute_kpis(store, period, biowin).value("smes_reached")
        assert content.smes_per_cluster["BioWin"] == line.achieved


def test_one_partner_cluster_only(report_store: Path) -> None:
    with open_store(report_store) as store:
        biowin = dict((n, i) for i, n in partners(store))["BioWin"]
        content = gather(store, period_name="RP1", partner_cluster_id=biowin)
        assert content.partner_cluster == "BioWin"
        assert all(row[7] == "BioWin" for row in content.activities.rows)
        assert len(content.annex.rows) == compute_kpis(store, content.period, biowin).value("smes_reached")
        assert all("BioWin" in row[3] for row in content.annex.rows)


def test_cancel_stops_gathering(report_store: Path) -> None:
    import pytest

    from magia_desk.services.common import Cancelled

    with open_store(report_store) as store, pytest.raises(Cancelled):
        gather(store, period_name="RP1", progress=lambda done, total: done < 2)
