"""The periodic report the EU asks for (domain.md, "Reports the EU asks for"), as xlsx or PDF.

    content = gather(store, period_name="RP1", partner_cluster_id=None, progress=cb)
    write_xlsx(content, "rp1.xlsx", progress=cb) / write_pdf(content, "rp1.pdf", progress=cb)
    export_report(store, "pdf", "rp1.pdf", period_name="RP1")      # both steps
    export_report(store, "xlsx", "rp1-fr.xlsx", period_name="RP1", language="fr")   # in French

`language` (en, fr, it, de) words every heading, label and vocabulary value and formats every number and date;
it is independent of the GUI's language.

`content` gathers once, both writers print the same values: the numbers of the workbook and the PDF agree.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import Literal

from magia_desk.services.common import Progress
from magia_desk.services.i18n import DEFAULT_LANGUAGE, LANGUAGES
from magia_desk.services.kpi import Period
from magia_desk.services.reports.content import ReportContent, Table, gather, partners
from magia_desk.services.reports.pdf import write_pdf
from magia_desk.services.reports.xlsx import write_xlsx
from magia_desk.storage.store import Store

Format = Literal["xlsx", "pdf"]
FORMATS: tuple[Format, ...] = ("xlsx", "pdf")


def export_report(
    store: Store,
    fmt: Format,
    path: str | Path,
    period: Period | None = None,
    *,
    period_name: str | None = None,
    start: date | str | None = None,
    end: date | str | None = None,
    partner_cluster_id: str | None = None,
    progress: Progress | None = None,
    language: str = DEFAULT_LANGUAGE,
) -> Path:
    """Gather the report and write it to `path` (whole or not at all); Cancelled when progress says so."""

    def part(offset: float, share: float) -> Progress | None:
        # Gathering is the first half of the bar, writing the second.
        if progress is None:
            return None
        return lambda done, total: progress(int(1000 * (offset + share * done / max(total, 1))), 1000)

    content = gather(store, period, period_name=period_name, start=start, end=end,
                     partner_cluster_id=partner_cluster_id, progress=part(0, 0.5), language=language)
    writer = write_pdf if fmt == "pdf" else write_xlsx
    return writer(content, path, progress=part(0.5, 0.5))


__all__ = ["FORMATS", "LANGUAGES", "Format", "ReportContent", "Table", "export_report", "gather", "partners",
           "write_pdf", "write_xlsx"]
