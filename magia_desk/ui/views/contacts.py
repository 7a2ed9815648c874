"""Contacts: people, their company, and their GDPR consent."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from magia_desk.domain.countries import all_countries
from magia_desk.services import contacts as people
from magia_desk.ui.dialogs.contact_editor import LANGUAGES, ContactEditor, find_organizations
from magia_desk.ui.labels import CONSENT_CHOICES, country_label, day, label, number
from magia_desk.ui.models.record_table import Column, RecordSource
from magia_desk.ui.views.list_screen import ListScreen, ListWording
from magia_desk.ui.widgets.choice_popup import AsyncSearch
from magia_desk.ui.widgets.filter_bar import FilterBar


def _consent_tip(row: people.ContactRow) -> str:
    if row.consent_status == "given" and row.consent_date:
        return QCoreApplication.translate("ContactsScreen", "Consent given on {date}").format(
            date=day(row.consent_date))
    return QCoreApplication.translate("ContactsScreen", "Consent: {status}").format(
        status=label(row.consent_status).lower())


class ContactsScreen(ListScreen):
    key = "contacts"
    title = "Contacts"
    record_kind = "contact"
    noun = ("contact", "contacts")
    refresh_on = frozenset({"contact", "organization"})
    source = RecordSource(ids=people.contact_ids, count=people.count_contacts, rows=people.contact_rows)
    columns = (
        Column("name", QT_TRANSLATE_NOOP("ContactsScreen", "Name"), lambda r: r.full_name, sort="name", width=150,
               help=QT_TRANSLATE_NOOP("ContactsScreen", "Sorted by last name.")),
        Column("organization", QT_TRANSLATE_NOOP("ContactsScreen", "Organization"), lambda r: r.organization or "",
               sort="organization", width=140),
        Column("job_title", QT_TRANSLATE_NOOP("ContactsScreen", "Job title"), lambda r: r.job_title or "",
               sort="job_title", width=104),
        Column("email", QT_TRANSLATE_NOOP("ContactsScreen", "Email"), lambda r: r.email or "", sort="email",
               width=150),
        Column("phone", QT_TRANSLATE_NOOP("ContactsScreen", "Phone"), lambda r: r.phone or "", width=116),
        Column("country", QT_TRANSLATE_NOOP("ContactsScreen", "Country"), lambda r: country_label(r.country),
               sort="country", width=95),
        Column("consent", QT_TRANSLATE_NOOP("ContactsScreen", "Consent"), lambda r: label(r.consent_status),
               sort="consent_status", width=76,
               badge=lambda r: (r.consent_status, label(r.consent_status).lower(), ""), tooltip=_consent_tip,
               help=QT_TRANSLATE_NOOP("ContactsScreen", "GDPR consent.")),
    )
    list_share = 0.6  # seven columns of text
    editor_class = ContactEditor
    delete_record = staticmethod(people.delete_contact)
    restore_record = staticmethod(people.restore_contact)

    @classmethod
    def make_query(cls, text: str, filters: dict[str, Any]) -> people.ContactFilter:
        return people.ContactFilter(text=text, **filters)

    @classmethod
    def describe(cls, row: people.ContactRow) -> tuple[str, str]:
        return row.full_name, ", ".join(p for p in (row.job_title, row.organization, row.country_name) if p)

    @classmethod
    def kind_name(cls) -> str:
        return QCoreApplication.translate("ContactsScreen", "Contact")

    def wording(self) -> ListWording:
        return ListWording(
            new_button=self.tr("New contact"),
            new_tooltip=self.tr("Create a contact (Ctrl+N)"),
            search_placeholder=self.tr("Search contacts by name, email, job title or notes"),
            search_name=self.tr("Search contacts"),
            count_name=self.tr("Number of contacts shown"),
            list_name=self.tr("Contacts list"),
            none_yet=self.tr("No contacts yet"),
            none_yet_detail=self.tr("Create one (Ctrl+N), or import a workbook."),
            none_match=self.tr("No contacts match"),
        )

    def count_text(self, shown: int, overall: int) -> str:
        if overall == 1:  # worded apart so that English reads right even with no translation loaded
            return self.tr("1 contact") if shown == 1 else self.tr("0 of 1 contact")
        if shown == overall:
            return self.tr("%Ln contacts", "", overall)
        return self.tr("{shown} of %Ln contacts", "", overall).format(shown=number(shown))

    def deleted_texts(self, name: str, count: int) -> tuple[str, str]:
        if count == 1:
            return (self.tr("Delete contact {name}").format(name=name),
                    self.tr("Deleted contact {name}").format(name=name))
        return self.tr("Delete %Ln contacts", "", count), self.tr("Deleted %Ln contacts", "", count)

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
        bar.add_choice("organization_id", self.tr("Organization"), search=search,
                       tooltip=self.tr("Show only the people of one organization"))
        bar.add_choice("country", self.tr("Country"),
                       [(code, country_label(code)) for code, _name in all_countries()])
        bar.add_choice("consent_status", self.tr("Consent"), CONSENT_CHOICES,
                       tooltip=self.tr("Show only one GDPR consent status"))
        bar.add_choice("language", self.tr("Language"), [(code, code) for code in LANGUAGES], free_text=True,
                       tooltip=self.tr("People who speak this language"))
