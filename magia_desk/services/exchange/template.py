"""The empty exchange workbook: every sheet and column, explained, with two example rows per sheet.

The example rows link across sheets (the contact works for ORG-2, the meeting belongs to mission A-2...) so
that an officer sees how refs work; importing the template as it is gives a small valid data set.
Enumerations get drop-down lists; their error style is a warning, because the importer also accepts other
spellings ('SME', 'Large company') that a strict list would refuse.
"""

from __future__ import annotations

import os
from datetime import date, datetime
from pathlib import Path
from typing import Any

from openpyxl import Workbook
from openpyxl.styles import Alignment, Font
from openpyxl.utils import get_column_letter
from openpyxl.worksheet.datavalidation import DataValidation

from magia_desk.services.exchange.schema import SHEETS, SheetSpec
from magia_desk.services.spreadsheet import set_cell, set_column_widths, style_header_row, width_for

EXAMPLES: dict[str, list[dict[str, Any]]] = {
    "Organizations": [
        {"ref": "ORG-1", "name": "Example Cluster", "kind": "cluster", "country": "IT", "region": "Piemonte",
         "city": "Torino", "website": "www.example-cluster.eu", "employees": 12, "turnover_meur": 1.2,
         "balance_sheet_meur": 0.8, "sectors": "life sciences; medtech", "is_consortium_partner": "yes",
         "notes": "One of the partnership's own clusters."},
        {"ref": "ORG-2", "name": "Example Medtech S.r.l.", "kind": "sme", "country": "IT", "region": "Piemonte",
         "city": "Ivrea", "website": "www.example-medtech.it", "vat_number": "IT01234567890", "employees": 35,
         "turnover_meur": 6.5, "balance_sheet_meur": 4.0, "sectors": "medtech; diagnostics",
         "certifications": "CE/MDR; ISO 13485", "member_of": "ORG-1", "is_consortium_partner": "no"},
    ],
    "Contacts": [
        {"ref": "C-1", "first_name": "Giulia", "last_name": "Rossi", "organization": "ORG-2", "job_title": "CEO",
         "email": "giulia.rossi@example-medtech.it", "phone": "+39 011 1234567", "languages": "it; en",
         "country": "IT", "gender": "female", "consent_status": "given", "consent_date": date(2024, 3, 1),
         "consent_source": "registration form"},
        {"ref": "C-2", "first_name": "伟", "last_name": "张", "organization": "Example Cluster",
         "job_title": "International desk", "email": "zhang.wei@example-cluster.eu", "languages": "zh; en",
         "country": "CN", "consent_status": "unknown", "notes": "Organization given by its exact name."},
    ],
    "Actions": [
        {"ref": "A-1", "type": "webinar", "title": "Example webinar: MDR in practice", "start_date": date(2024, 4, 10),
         "online": "yes", "organiser": "ORG-1", "work_package": "WP3",
         "audience_types": "industry; research_communities", "declared_audience": 45},
        {"ref": "A-2", "type": "trade_show", "title": "Example delegation to MEDICA", "start_date": date(2024, 11, 11),
         "end_date": date(2024, 11, 14), "city": "Düsseldorf", "country": "DE", "online": "no",
         "organiser": "ORG-1", "work_package": "WP4", "audience_types": "industry",
         "destination_cities": "Düsseldorf"},
    ],
    "Participations": [
        {"action": "A-1", "organization": "ORG-2", "contact": "C-1", "role": "attendee", "date": date(2024, 4, 10)},
        {"action": "A-2", "organization": "ORG-2", "role": "delegate"},
    ],
    "Meetings": [
        {"ref": "M-1", "mission": "A-2", "organization": "ORG-2", "contacts": "C-1",
         "date_time": datetime(2024, 11, 12, 10, 0), "place": "Hall 12, stand B40",
         "topic": "Distribution in Germany", "outcome": "Send the product sheet"},
        {"ref": "M-2", "mission": "A-2", "organization": "ORG-1", "contacts": "C-2",
         "date_time": datetime(2024, 11, 13, 14, 30), "place": "Hall 3", "topic": "Cluster cooperation"},
    ],
    "Agreements": [
        {"ref": "AG-1", "type": "letter_of_intent", "title": "Example letter of intent", "stage": "signed",
         "parties": "ORG-2", "signed_on": date(2024, 11, 14), "linked_action": "A-2"},
        {"ref": "AG-2", "type": "mou", "title": "Example memorandum of understanding", "stage": "negotiating",
         "parties": "ORG-1; ORG-2", "notes": "Parties separated by ';'."},
    ],
    "ReportingPeriods": [
        {"name": "RP1", "start": date(2023, 1, 1), "end": date(2024, 6, 30)},
        {"name": "RP2", "start": date(2024, 7, 1), "end": date(2025, 12, 31)},
    ],
    "KpiTargets": [
        {"indicator": "smes_reached", "period": "RP1", "target": 150},
        {"indicator": "letters_of_intent", "period": "RP2", "partner_cluster": "ORG-1", "target": 20},
    ],
}

INTRO = (
    "MAGIA Desk exchange workbook. One sheet per kind of record; header in row 1 (column order is free, "
    "headers ignore case, spaces, '-' and '_'). Each row of Organizations, Contacts, Actions, Meetings and "
    "Agreements has a ref; other sheets point at it. Lists are separated by ';'. Dates: YYYY-MM-DD or date "
    "cells. Booleans: yes/no, true/false, 1/0, x/empty. Import is all or nothing: every problem is listed with "
    "its sheet, row and column. Delete the example rows before importing your own."
)


def _validation(spec: SheetSpec, ws: Any) -> None:
    for index, column in enumerate(spec.columns, start=1):
        allowed = column.allowed
        if not allowed or column.kind == "list":
            continue
        formula = '"' + ",".join(allowed) + '"'
        if len(formula) > 255:  # Excel's limit for an inline list; the Notes sheet still lists the values
            continue
        letter = get_column_letter(index)
        rule = DataValidation(type="list", formula1=formula, allow_blank=True, errorStyle="warning",
                              error=f"Usual values: {', '.join(allowed)}", errorTitle=column.name,
                              showErrorMessage=True)
        rule.add(f"{letter}2:{letter}5000")
        ws.add_data_validation(rule)


def notes_rows() -> list[list[str]]:
    """The Notes sheet: a header, then per sheet its purpose and each column's meaning and values."""
    rows = [["sheet", "column", "required", "meaning", "allowed values"]]
    for spec in SHEETS:
        rows.append([spec.name, "", "", spec.meaning, ""])
        rows += [[spec.name, c.name, "required" if c.required else "", c.meaning, ", ".join(c.allowed)]
                 for c in spec.columns]
    rows += [["", "", "", "", ""], ["", "", "", INTRO, ""]]
    return rows


def _notes_sheet(wb: Workbook) -> None:
    ws = wb.create_sheet("Notes")
    for values in notes_rows():
        ws.append(values)
        if values[0] and not values[1] and ws.max_row > 1:
            ws.cell(row=ws.max_row, column=1).font = Font(bold=True)
    style_header_row(ws)
    for row in ws.iter_rows(min_row=2):
        row[3].alignment = Alignment(wrap_text=True, vertical="top")
        row[4].alignment = Alignment(wrap_text=True, vertical="top")
    set_column_widths(ws, [18, 22, 10, 80, 50])


def write_template(path: str | os.PathLike[str]) -> Path:
    """Write the empty exchange workbook (atomically: a failed write leaves no half file)."""
    target = Path(path)
    wb = Workbook()
    wb.remove(wb.active)  # type: ignore[arg-type]
    for spec in SHEETS:
        ws = wb.create_sheet(spec.name)
        ws.append(spec.names)
        style_header_row(ws)
        for row, example in enumerate(EXAMPLES.get(spec.name, []), start=2):
            for index, name in enumerate(spec.names, start=1):
                set_cell(ws.cell(row=row, column=index), example.get(name))
        widths = [max(c.width, width_for(c.name, [e.get(c.name) for e in EXAMPLES.get(spec.name, [])]))
                  for c in spec.columns]
        set_column_widths(ws, widths)
        _validation(spec, ws)
    _notes_sheet(wb)
    partial = target.with_name(target.name + ".part")
    wb.save(partial)
    partial.replace(target)
    return target
