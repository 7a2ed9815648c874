"""Companies (and every other organization): the list, its filters, and the company pane."""

from __future__ import annotations

from typing import Any

from magia_desk.domain.countries import all_countries
from magia_desk.domain.enums import SizeClass
from magia_desk.services import organizations as orgs
from magia_desk.ui.dialogs.company_editor import CompanyEditor
from magia_desk.ui.labels import KIND_CHOICES, SIZE_HELP, choices, country_label, label, number
from magia_desk.ui.models.record_table import Column, RecordSource
from magia_desk.ui.views.list_screen import ListScreen
from magia_desk.ui.widgets.filter_bar import FilterBar


def _size_badge(row: orgs.OrganizationRow) -> tuple[str, str, str] | None:
    if not row.size_class:
        return None
    return row.size_class, row.size_class, "provisional" if row.size_provisional else ""


def _size_tip(row: orgs.OrganizationRow) -> str:
    if not row.size_class:
        return "Size class unknown: give the staff headcount"
    tip = SIZE_HELP.get(row.size_class, row.size_class)
    return f"{tip}\nProvisional: classified by staff alone" if row.size_provisional else tip


class CompaniesScreen(ListScreen):
    key = "companies"
    title = "Companies"
    record_kind = "organization"
    noun = ("company", "companies")
    refresh_on = frozenset({"organization", "contact", "membership"})
    source = RecordSource(ids=orgs.organization_ids, count=orgs.count_organizations, rows=orgs.organization_rows)
    columns = (
        Column("name", "Name", lambda r: r.name, sort="name", width=240),
        Column("kind", "Kind", lambda r: label(r.kind), sort="kind", width=96),
        Column("country", "Country", lambda r: country_label(r.country), sort="country", width=112),
        Column("city", "City", lambda r: r.city or "", sort="city", width=88),
        Column("size_class", "Size", lambda r: r.size_class or "", sort="size_class", width=132,
               badge=_size_badge, tooltip=_size_tip, help="EU SME size class."),
        Column("employees", "Employees", lambda r: number(r.employees), sort="employees", numeric=True, width=78),
        Column("contacts", "Contacts", lambda r: number(r.contacts) if r.contacts else "", numeric=True, width=66,
               help="Contacts working there."),
    )
    search_hint = "Search companies by name, city, email, sector or notes"
    empty_hint = "create one (Ctrl+N), or import a workbook"
    editor_class = CompanyEditor
    delete_record = staticmethod(orgs.delete_organization)
    restore_record = staticmethod(orgs.restore_organization)

    @classmethod
    def make_query(cls, text: str, filters: dict[str, Any]) -> orgs.OrganizationFilter:
        return orgs.OrganizationFilter(text=text, **filters)

    @classmethod
    def describe(cls, row: orgs.OrganizationRow) -> tuple[str, str]:
        return row.name, ", ".join(p for p in (label(row.kind), row.city, row.country_name) if p)

    def build_filters(self, bar: FilterBar) -> None:
        store = self.ctx.store
        bar.add_choice("kind", "Kind", KIND_CHOICES)
        bar.add_choice("country", "Country", [(code, country_label(code)) for code, _name in all_countries()])
        bar.add_choice(
            "member_of", "Cluster",
            lambda: [(cid, f"{name} (partner)" if partner else name) for cid, name, partner in orgs.clusters(store)],
            tooltip="Show only the members of one cluster",
        )
        bar.add_choice("size_class", "Size", choices(SizeClass), tooltip="Show only one EU size class")
        bar.add_choice("sector", "Sector", [], free_text=True, tooltip="Type a sector: the whole tag must match")
        bar.add_choice("consortium_partner", "Partner", [(True, "Consortium partners"), (False, "Not partners")],
                       tooltip="The partnership's own clusters, or everybody else")
