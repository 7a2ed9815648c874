"""The empty workbook: every sheet and column of exchange-workbook.md, styled, explained, with drop-downs and
example rows that link across sheets (and import as they are)."""

from __future__ import annotations

from pathlib import Path

import openpyxl

from magia_desk.services.exchange import apply_import, plan_import, write_template
from magia_desk.services.exchange.schema import SHEETS
from magia_desk.storage.store import Store

from .conftest import libreoffice_sheets, live_counts, needs_soffice

DOC_COLUMNS = {
    "Organizations": "ref name kind country region city website vat_number employees turnover_meur "
                     "balance_sheet_meur sectors certifications member_of is_consortium_partner notes",
    "Contacts": "ref first_name last_name organization job_title email phone languages country gender "
                "consent_status consent_date consent_source notes",
    "Actions": "ref type title start_date end_date city country online organiser work_package audience_types "
               "declared_audience destination_cities",
    "Participations": "action organization contact role date",
    "Meetings": "ref mission organization contacts date_time place topic outcome",
    "Agreements": "ref type title stage parties signed_on expires_on owner linked_action notes",
    "ReportingPeriods": "name start end",
    "KpiTargets": "indicator period partner_cluster target",
}
DOC_REQUIRED = {
    "Organizations": {"ref", "name", "kind", "country"}, "Contacts": {"ref", "first_name", "last_name"},
    "Actions": {"ref", "type", "title", "start_date"}, "Participations": {"action", "role"},
    "Meetings": {"ref", "mission", "organization"}, "Agreements": {"ref", "type", "title", "stage", "parties"},
    "ReportingPeriods": {"name", "start", "end"}, "KpiTargets": {"indicator", "period", "target"},
}


def test_every_sheet_and_column_of_the_format_with_styled_frozen_headers(tmp_path: Path) -> None:
    path = write_template(tmp_path / "template.xlsx")
    wb = openpyxl.load_workbook(path)
    assert wb.sheetnames == [*DOC_COLUMNS, "Notes"]
    for name, columns in DOC_COLUMNS.items():
        ws = wb[name]
        assert [c.value for c in ws[1]] == columns.split()
        assert all(c.font.bold and c.fill.fgColor.rgb.endswith("1F4E79") for c in ws[1])
        assert ws.freeze_panes == "A2"
        assert ws.max_row == 3, f"{name}: two example rows"
        assert all(ws.column_dimensions[chr(65 + i)].width >= 8 for i in range(min(len(ws[1]), 26)))
    assert {spec.name: set(spec.required) for spec in SHEETS} == DOC_REQUIRED


def test_notes_explain_each_column_and_its_allowed_values(tmp_path: Path) -> None:
    ws = openpyxl.load_workbook(write_template(tmp_path / "t.xlsx"))["Notes"]
    rows = {(r[0], r[1]): r for r in ws.iter_rows(min_row=2, values_only=True) if r[1]}
    for sheet, columns in DOC_COLUMNS.items():
        for column in columns.split():
            _, _, required, meaning, _allowed = rows[(sheet, column)]
            assert meaning, (sheet, column)
            assert (required == "required") == (column in DOC_REQUIRED[sheet])
    assert "sme" in rows[("Organizations", "kind")][4] and "hospital" in rows[("Organizations", "kind")][4]
    assert rows[("Organizations", "is_consortium_partner")][4] == "yes, no"
    assert "letter_of_intent" in rows[("Agreements", "type")][4]
    assert "smes_reached" in rows[("KpiTargets", "indicator")][4]


def test_enumerations_and_booleans_have_drop_down_lists(tmp_path: Path) -> None:
    wb = openpyxl.load_workbook(write_template(tmp_path / "t.xlsx"))
    lists = {}
    for sheet in DOC_COLUMNS:
        ws = wb[sheet]
        header = [c.value for c in ws[1]]
        for rule in ws.data_validations.dataValidation:
            column = header[openpyxl.utils.column_index_from_string(str(rule.sqref).split(":")[0][0]) - 1]
            lists[(sheet, column)] = rule.formula1.strip('"').split(",")
    assert lists[("Organizations", "kind")][:3] == ["sme", "large_company", "cluster"]
    assert lists[("Organizations", "is_consortium_partner")] == ["yes", "no"]
    assert lists[("Actions", "online")] == ["yes", "no"]
    assert "trade_show" in lists[("Actions", "type")]
    assert lists[("Participations", "role")] == ["attendee", "speaker", "delegate", "respondent", "exhibitor",
                                                "organiser"]
    assert "negotiating" in lists[("Agreements", "stage")]
    assert "given" in lists[("Contacts", "consent_status")]
    assert "b2b_meetings" in lists[("KpiTargets", "indicator")]
    assert ("Actions", "audience_types") not in lists  # several values per cell: no single-choice list


def test_the_examples_link_across_sheets_and_import_as_they_are(store: Store, tmp_path: Path) -> None:
    plan = plan_import(store, write_template(tmp_path / "t.xlsx"))
    assert plan.problems == []
    summary = apply_import(store, plan)
    assert {sheet: counts.created for sheet, counts in summary.sheets.items()} == dict.fromkeys(DOC_COLUMNS, 2)
    counts = live_counts(store)
    assert counts["membership"] == 1 and counts["agreement_party"] == 3 and counts["meeting_attendee"] == 2
    assert counts["mission"] == 1  # the trade show of the examples


@needs_soffice
def test_libreoffice_opens_the_template_with_the_same_headers_and_examples(tmp_path: Path) -> None:
    sheets = libreoffice_sheets(write_template(tmp_path / "template.xlsx"), tmp_path)
    for name, columns in DOC_COLUMNS.items():
        assert sheets[name][0] == columns.split()
        assert len([r for r in sheets[name][1:] if any(r)]) == 2
    contact = dict(zip(sheets["Contacts"][0], sheets["Contacts"][1], strict=True))
    assert contact["phone"] == "+39 011 1234567"  # text starting with '+' is not turned into a number or formula
    assert contact["consent_date"] == "2024-03-01"
    assert sheets["Contacts"][2][1:3] == ["伟", "张"]
