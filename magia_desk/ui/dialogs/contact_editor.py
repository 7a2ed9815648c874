"""The contact pane: every field of domain.md's Contact, GDPR consent included, and the link to a company."""

from __future__ import annotations

from datetime import date
from typing import Any

from PySide6.QtWidgets import QToolButton

from magia_desk.domain.records import CONTACT_FIELDS, clean_contact
from magia_desk.services import contacts as people
from magia_desk.services import organizations as orgs
from magia_desk.storage.models import Contact
from magia_desk.storage.store import Store
from magia_desk.ui.labels import CONSENT_CHOICES, GENDER_CHOICES, country_label, label
from magia_desk.ui.widgets.pickers import RecordPicker
from magia_desk.ui.widgets.record_editor import RecordEditor, SavePlan
from magia_desk.ui.widgets.record_form import RecordForm

LANGUAGES = ("en", "fr", "de", "it", "nl", "es", "pt", "pl", "sv", "da", "fi", "cs", "el", "hu", "ro", "zh", "ja",
             "ko", "ru", "ar")


def find_organizations(store: Store, text: str, limit: int = 12) -> list[tuple[str, str, str]]:
    """(id, name, "City, Country") of organizations matching `text`, through the companies list's services."""
    ids = orgs.organization_ids(store, orgs.OrganizationFilter(text=text), "name", False, 0, limit)
    return [
        (row.id, row.name, ", ".join(p for p in (row.city, row.country_name) if p))
        for row in orgs.organization_rows(store, ids)
    ]


class ContactEditor(RecordEditor):
    kind = "contact"
    noun = "contact"
    writes = frozenset({"contact"})
    watches = frozenset({"organization"})

    def build_form(self, form: RecordForm) -> None:
        person = form.section("Person")
        form.line(person, "first_name", "&First name")
        form.line(person, "last_name", "&Last name")
        self.organization = RecordPicker(self.ctx.tasks, lambda text: find_organizations(self.ctx.store, text),
                                         "Type to find a company", self)
        self.organization.returnPressed.connect(form.submitted)
        self.open_organization = QToolButton(self)
        self.open_organization.setText("Open")
        self.open_organization.setToolTip("Show this contact's organization")
        self.open_organization.setAccessibleName("Open the organization")
        self.open_organization.clicked.connect(self._open_organization)
        form.add_field(person, "organization_id", "&Organization", self.organization, self.organization.value,
                       lambda v: self.organization.set_value(*(v or (None, ""))),
                       tooltip="The company or body this person works for; type part of its name",
                       changed=self.organization.changed, trailing=self.open_organization)
        form.line(person, "job_title", "&Job title")
        reach = form.section("Reach")
        form.line(reach, "email", "&Email", placeholder="name@example.com")
        form.line(reach, "phone", "&Phone", placeholder="+39 333 123 4567",
                  tooltip="Any format; stored in international form. Without +, read as a number of the country")
        form.tags(reach, "languages", "Lan&guages", suggestions=LANGUAGES, placeholder="en, fr…",
                  tooltip="Languages this person speaks (ISO codes such as en, fr, de)")
        form.country(reach, "country", "&Country")
        form.line(reach, "city", "Cit&y")
        consent = form.section("GDPR consent")
        self.consent_status = form.choice(consent, "consent_status", "Con&sent", CONSENT_CHOICES,
                                          tooltip="Whether this person agreed to be contacted and kept on file")
        self.consent_date = form.date(consent, "consent_date", "Given on",
                                      tooltip="The day consent was given (required when it is given)")
        form.line(consent, "consent_source", "Source", placeholder="Web form, business card, event sign-up…",
                  tooltip="Where the consent comes from, for the GDPR register")
        self.consent_status.changed.connect(self._consent_changed)
        self.privacy_button = QToolButton(self)
        self.privacy_button.setText("Privacy…")
        self.privacy_button.setToolTip("Subject access export or erasure of this person (GDPR)")
        self.privacy_button.clicked.connect(self.show_privacy)
        consent.addRow("", self.privacy_button)
        statistics = form.section("For EU statistics")
        form.choice(statistics, "gender", "Gender", GENDER_CHOICES, empty="—",
                    tooltip="Optional; only used for the EU gender statistics")
        notes = form.section("Notes")
        form.text(notes, "notes", "", tooltip="Anything worth remembering about this person")

    def _consent_changed(self) -> None:
        # Consent given needs its date: today is the likeliest, and it can be changed.
        if self.consent_status.value() == "given" and self.consent_date.value() is None:
            self.consent_date.set_value(date.today())

    # ---- reading -----------------------------------------------------------------------------------------------

    def fetch(self, record_id: str) -> tuple[Contact, str]:
        contact = people.get_contact(self.ctx.store, record_id)
        rows = people.contact_rows(self.ctx.store, [record_id])
        return contact, (rows[0].organization or "") if rows else ""

    def record_is_deleted(self, detail: tuple[Contact, str]) -> bool:
        return detail[0].deleted_at is not None

    def defaults(self) -> dict[str, Any]:
        return {"consent_status": "unknown"}

    def stored_values(self, detail: tuple[Contact, str]) -> dict[str, Any]:
        contact, organization = detail
        values = {name: getattr(contact, name) for name in CONTACT_FIELDS}
        values["organization_id"] = (contact.organization_id, organization) if contact.organization_id else None
        return values

    def heading(self, detail: tuple[Contact, str]) -> tuple[str, str]:
        contact, organization = detail
        role = " at ".join(p for p in (contact.job_title, organization) if p)
        parts = [role, country_label(contact.country), f"consent: {label(contact.consent_status).lower()}"]
        return f"{contact.first_name} {contact.last_name}", "  ·  ".join(p for p in parts if p)

    def after_load(self, detail: tuple[Contact, str] | None) -> None:
        self.open_organization.setVisible(bool(detail and detail[0].organization_id))
        self.privacy_button.setVisible(bool(detail))

    def show_privacy(self) -> None:
        from magia_desk.ui.dialogs.privacy import PrivacyDialog

        if self.record_id:
            PrivacyDialog(self.ctx, self.record_id, self).exec()

    # ---- writing -----------------------------------------------------------------------------------------------

    def plan_save(self, record_id: str | None, changes: dict[str, Any], raw: dict[str, Any]) -> SavePlan:
        store = self.ctx.store
        fields = dict(raw if record_id is None else changes)
        if "phone" in fields:
            fields["country_hint"] = raw.get("country")
        if "consent_status" in fields or "consent_date" in fields:
            # Both together, so that "a date is required when consent is given" is checked on every change.
            fields.setdefault("consent_status", raw.get("consent_status"))
            fields.setdefault("consent_date", raw.get("consent_date"))
        clean_contact(fields, partial=record_id is not None)  # all refusals at once, before writing
        name = f"{raw.get('first_name') or ''} {raw.get('last_name') or ''}".strip()
        if record_id is None:
            return SavePlan(f"Create contact {name}", lambda: people.create_contact(store, fields),
                            undo=lambda rid: people.delete_contact(store, rid),
                            redo=lambda rid: people.restore_contact(store, rid))
        before = self.stored_values(self.detail)
        old = {k: before[k] for k in fields if k in CONTACT_FIELDS}
        if "organization_id" in old:
            old["organization_id"] = old["organization_id"][0] if old["organization_id"] else None

        def write(rid: str, values: dict[str, Any]) -> str:
            people.update_contact(store, rid, values)
            return rid

        return SavePlan(f"Edit contact {name}", lambda: write(record_id, fields),
                        undo=lambda rid: write(rid, old), redo=lambda rid: write(rid, fields))

    def _open_organization(self) -> None:
        organization_id = self.organization.chosen_id
        if organization_id:
            self.ctx.open_record("organization", organization_id)
