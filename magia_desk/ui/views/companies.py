"""Companies (and every other organization): the list, its filters, and the company pane."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from magia_desk.domain.countries import all_countries
from magia_desk.domain.enums import SizeClass
from magia_desk.services import organizations as orgs
from magia_desk.ui.dialogs.company_editor import CompanyEditor
from magia_desk.ui.labels import KIND_CHOICES, SIZE_HELP, choices, country_label, label, number
from magia_desk.ui.models.record_table import Column, RecordSource
from magia_desk.ui.views.list_screen import ListScreen, ListWording
from magia_desk.ui.widgets.filter_bar import FilterBar


def _size_badge(row: orgs.OrganizationRow) -> tuple[str, str, str] | None:
    if not row.size_class:
        return None
    provisional = QCoreApplication.translate("CompaniesScreen", "provisional") if row.size_provisional else ""
    return row.size_class, label(row.size_class).lower(), provisional  # a badge in lower case, as ui.md shows it


def _size_tip(row: orgs.OrganizationRow) -> str:
    if not row.size_class:
        return QCoreApplication.translate("CompaniesScreen", "Size class unknown: give the staff headcount")
    tip = SIZE_HELP.get(row.size_class, row.size_class)
    if not row.size_provisional:
        return tip
    return tip + "\n" + QCoreApplication.translate("CompaniesScreen", "Provisional: classified by staff alone")


class CompaniesScreen(ListScreen):
    key = "companies"
    title = "Companies"
    record_kind = "organization"
    noun = ("company", "companies")
    refresh_on = frozenset({"organization", "contact", "membership"})
    source = RecordSource(ids=orgs.organization_ids, count=orgs.count_organizations, rows=orgs.organization_rows)
    columns = (
        Column("name", QT_TRANSLATE_NOOP("CompaniesScreen", "Name"), lambda r: r.name, sort="name", width=240),
        Column("kind", QT_TRANSLATE_NOOP("CompaniesScreen", "Kind"), lambda r: label(r.kind), sort="kind", width=96),
        Column("country", QT_TRANSLATE_NOOP("CompaniesScreen", "Country"), lambda r: country_label(r.country),
               sort="country", width=112),
        Column("city", QT_TRANSLATE_NOOP("CompaniesScreen", "City"), lambda r: r.city or "", sort="city", width=88),
        Column("size_class", QT_TRANSLATE_NOOP("CompaniesScreen", "Size"), lambda r: r.size_class or "",
               sort="size_class", width=132, badge=_size_badge, tooltip=_size_tip,
               help=QT_TRANSLATE_NOOP("CompaniesScreen", "EU SME size class.")),
        Column("employees", QT_TRANSLATE_NOOP("CompaniesScreen", "Employees"), lambda r: number(r.employees),
               sort="employees", numeric=True, width=78),
        Column("contacts", QT_TRANSLATE_NOOP("CompaniesScreen", "Contacts"),
               lambda r: number(r.contacts) if r.contacts else "", numeric=True, width=66,
               help=QT_TRANSLATE_NOOP("CompaniesScreen", "Contacts working there.")),
    )
    editor_class = CompanyEditor
    delete_record = staticmethod(orgs.delete_organization)
    restore_record = staticmethod(orgs.restore_organization)

    @classmethod
    def make_query(cls, text: str, filters: dict[str, Any]) -> orgs.OrganizationFilter:
        return orgs.OrganizationFilter(text=text, **filters)

    @classmethod
    def describe(cls, row: orgs.OrganizationRow) -> tuple[str, str]:
        return row.name, ", ".join(p for p in (label(row.kind), row.city, row.country_name) if p)

    @classmethod
    def kind_name(cls) -> str:
        return QCoreApplication.translate("CompaniesScreen", "Company")

    def wording(self) -> ListWording:
        return ListWording(
            new_button=self.tr("New company"),
            new_tooltip=self.tr("Create a company (Ctrl+N)"),
            search_placeholder=self.tr("Search companies by name, city, email, sector or notes"),
            search_name=self.tr("Search companies"),
            count_name=self.tr("Number of companies shown"),
            list_name=self.tr("Companies list"),
            none_yet=self.tr("No companies yet"),
            none_yet_detail=self.tr("Create one (Ctrl+N), or import a workbook."),
            none_match=self.tr("No companies match"),
        )

    def count_text(self, shown: int, overall: int) -> str:
        if overall == 1:  # worded apart so that English reads right even with no translation loaded
            return self.tr("1 company") if shown == 1 else self.tr("0 of 1 company")
        if shown == overall:
            return self.tr("%Ln companies", "", overall)
        return self.tr("{shown} of %Ln companies", "", overall).format(shown=number(shown))

    def deleted_texts(self, name: str, count: int) -> tuple[str, str]:
        if count == 1:
            return (self.tr("Delete company {name}").format(name=name),
                    self.tr("Deleted company {name}").format(name=name))
        return self.tr("Delete %Ln companies", "", count), self.tr("Deleted %Ln companies", "", count)

    def build_filters(self, bar: FilterBar) -> None:
        store = self.ctx.store
        partner_suffix = self.tr("{name} (partner)")
        bar.add_choice("kind", self.tr("Kind"), KIND_CHOICES)
        bar.add_choice("country", self.tr("Country"),
                       [(code, country_label(code)) for code, _name in all_countries()])
        bar.add_choice(
            "member_of", self.tr("Cluster"),
            lambda: [(cid, partner_suffix.format(name=name) if partner else name)
                     for cid, name, partner in orgs.clusters(store)],
            tooltip=self.tr("Show only the members of one cluster"),
        )
        bar.add_choice("size_class", self.tr("Size"), choices(SizeClass),
                       tooltip=self.tr("Show only one EU size class"))
        bar.add_choice("sector", self.tr("Sector"), [], free_text=True,
                       tooltip=self.tr("Type a sector: the whole tag must match"))
        bar.add_choice("consortium_partner", self.tr("Partner"),
                       [(True, self.tr("Consortium partners")), (False, self.tr("Not partners"))],
                       tooltip=self.tr("The partnership's own clusters, or everybody else"))
