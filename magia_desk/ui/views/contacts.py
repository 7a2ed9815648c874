"""Contacts: people, their company, and their GDPR consent."""

from __future__ import annotations

from typing import Any

from magia_desk.domain.countries import all_countries
from magia_desk.services import contacts as people
from magia_desk.ui.dialogs.contact_editor import LANGUAGES, ContactEditor, find_organizations
from magia_desk.ui.labels import CONSENT_CHOICES, country_label, day, label
from magia_desk.ui.models.record_table import Column, RecordSource
from magia_desk.ui.views.list_screen import ListScreen
from magia_desk.ui.widgets.choice_popup import AsyncSearch
from magia_desk.ui.widgets.filter_bar import FilterBar


def _consent_tip(row: people.ContactRow) -> str:
    if row.consent_status == "given" and row.consent_date:
        return f"Consent given on {day(row.consent_date)}"
    return f"Consent: {label(row.consent_status).lower()}"


class ContactsScreen(ListScreen):
    key = "contacts"
    title = "Contacts"
    record_kind = "contact"
    noun = ("contact", "contacts")
    refresh_on = frozenset({"contact", "organization"})
    source = RecordSource(ids=people.contact_ids, count=people.count_contacts, rows=people.contact_rows)
    columns = (
        Column("name", "Name", lambda r: r.full_name, sort="name", width=150, help="Sorted by last name."),
        Column("organization", "Organization", lambda r: r.organization or "", sort="organization", width=140),
        Column("job_title", "Job title", lambda r: r.job_title or "", sort="job_title", width=104),
        Column("email", "Email", lambda r: r.email or "", sort="email", width=150),
        Column("phone", "Phone", lambda r: r.phone or "", width=116),
        Column("country", "Country", lambda r: country_label(r.country), sort="country", width=95),
        Column("consent", "Consent", lambda r: label(r.consent_status), sort="consent_status", width=76,
               badge=lambda r: (r.consent_status, label(r.consent_status).lower(), ""), tooltip=_consent_tip,
               help="GDPR consent."),
    )
    list_share = 0.6  # seven columns of text
    search_hint = "Search contacts by name, email, job title or notes"
    empty_hint = "create one (Ctrl+N), or import a workbook"
    editor_class = ContactEditor
    delete_record = staticmethod(people.delete_contact)
    restore_record = staticmethod(people.restore_contact)

    @classmethod
    def make_query(cls, text: str, filters: dict[str, Any]) -> people.ContactFilter:
        return people.ContactFilter(text=text, **filters)

    @classmethod
    def describe(cls, row: people.ContactRow) -> tuple[str, str]:
        return row.full_name, ", ".join(p for p in (row.job_title, row.organization, row.country_name) if p)

    def preset_from_filters(self) -> dict[str, Any]:
        preset = super().preset_from_filters()
        chip = self.filters.chips["organization_id"]
        if chip.value is not None:
            preset["organization_id"] = (chip.value, chip.value_text)  # the picker shows the name
        return preset

    def build_filters(self, bar: FilterBar) -> None:
        store = self.ctx.store
        search = AsyncSearch(
            self.ctx.tasks, lambda text: [(i, name) for i, name, _d in find_organizations(store, text)], parent=self
        )
        bar.add_choice("organization_id", "Organization", search=search,
                       tooltip="Show only the people of one organization")
        bar.add_choice("country", "Country", [(code, country_label(code)) for code, _name in all_countries()])
        bar.add_choice("consent_status", "Consent", CONSENT_CHOICES, tooltip="Show only one GDPR consent status")
        bar.add_choice("language", "Language", [(code, code) for code in LANGUAGES], free_text=True,
                       tooltip="People who speak this language")
