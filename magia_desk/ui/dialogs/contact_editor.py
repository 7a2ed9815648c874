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
from magia_desk.ui.widgets.record_editor import EditorTexts, RecordEditor, SavePlan
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

    def editor_texts(self) -> EditorTexts:
        return EditorTexts(
            new_title=self.tr("New contact"),
            empty=self.tr("Select a contact to see it here, or press Ctrl+N to create one."),
            save_name=self.tr("Save contact"),
            revert_name=self.tr("Revert contact"),
            delete_name=self.tr("Delete contact"),
            delete_tip=self.tr("Delete this contact (Delete; undo with Ctrl+Z)"),
            saving=self.tr("Saving the contact"),
            not_saved=self.tr("The contact was not saved: {reason}"),
        )

    def build_form(self, form: RecordForm) -> None:
        person = form.section(self.tr("Person"))
        form.line(person, "first_name", self.tr("&First name"))
        form.line(person, "last_name", self.tr("&Last name"))
        self.organization = RecordPicker(self.ctx.tasks, lambda text: find_organizations(self.ctx.store, text),
                                         self.tr("Type to find a company"), self)
        self.organization.returnPressed.connect(form.submitted)
        self.open_organization = QToolButton(self)
        self.open_organization.setText(self.tr("Open"))
        self.open_organization.setToolTip(self.tr("Show this contact's organization"))
        self.open_organization.setAccessibleName(self.tr("Open the organization"))
        self.open_organization.clicked.connect(self._open_organization)
        form.add_field(person, "organization_id", self.tr("&Organization"), self.organization,
                       self.organization.value, lambda v: self.organization.set_value(*(v or (None, ""))),
                       tooltip=self.tr("The company or body this person works for; type part of its name"),
                       changed=self.organization.changed, trailing=self.open_organization)
        form.line(person, "job_title", self.tr("&Job title"))
        reach = form.section(self.tr("Reach"))
        form.line(reach, "email", self.tr("&Email"), placeholder="name@example.com")
        form.line(reach, "phone", self.tr("&Phone"), placeholder="+39 333 123 4567",
                  tooltip=self.tr("Any format; stored in international form. Without +, read as a number of the "
                                  "country"))
        form.tags(reach, "languages", self.tr("Lan&guages"), suggestions=LANGUAGES, placeholder="en, fr…",
                  tooltip=self.tr("Languages this person speaks (ISO codes such as en, fr, de)"))
        form.country(reach, "country", self.tr("&Country"))
        form.line(reach, "city", self.tr("Cit&y"))
        consent = form.section(self.tr("GDPR consent"))
        self.consent_status = form.choice(consent, "consent_status", self.tr("Con&sent"), CONSENT_CHOICES,
                                          tooltip=self.tr("Whether this person agreed to be contacted and kept on "
                                                          "file"))
        self.consent_date = form.date(consent, "consent_date", self.tr("Given on"),
                                      tooltip=self.tr("The day consent was given (required when it is given)"))
        form.line(consent, "consent_source", self.tr("Source"),
                  placeholder=self.tr("Web form, business card, event sign-up…"),
                  tooltip=self.tr("Where the consent comes from, for the GDPR register"))
        self.consent_status.changed.connect(self._consent_changed)
        self.privacy_button = QToolButton(self)
        self.privacy_button.setText(self.tr("Privacy…"))
        self.privacy_button.setToolTip(self.tr("Subject access export or erasure of this person (GDPR)"))
        self.privacy_button.clicked.connect(self.show_privacy)
        consent.addRow("", self.privacy_button)
        statistics = form.section(self.tr("For EU statistics"))
        form.choice(statistics, "gender", self.tr("Gender"), GENDER_CHOICES, empty="—",
                    tooltip=self.tr("Optional; only used for the EU gender statistics"))
        notes = form.section(self.tr("Notes"))
        form.text(notes, "notes", "", tooltip=self.tr("Anything worth remembering about this person"),
                  accessible_name=self.tr("Notes"))

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
        if contact.job_title and organization:
            role = self.tr("{job_title} at {organization}").format(job_title=contact.job_title,
                                                                    organization=organization)
        else:
            role = contact.job_title or organization or ""
        consent = self.tr("consent: {status}").format(status=label(contact.consent_status).lower())
        parts = [role, country_label(contact.country), consent]
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
            return SavePlan(self.tr("Create contact {name}").format(name=name),
                            lambda: people.create_contact(store, fields),
                            undo=lambda rid: people.delete_contact(store, rid),
                            redo=lambda rid: people.restore_contact(store, rid),
                            done=self.tr("Contact {name} created").format(name=name))
        before = self.stored_values(self.detail)
        old = {k: before[k] for k in fields if k in CONTACT_FIELDS}
        if "organization_id" in old:
            old["organization_id"] = old["organization_id"][0] if old["organization_id"] else None

        def write(rid: str, values: dict[str, Any]) -> str:
            people.update_contact(store, rid, values)
            return rid

        return SavePlan(self.tr("Edit contact {name}").format(name=name), lambda: write(record_id, fields),
                        undo=lambda rid: write(rid, old), redo=lambda rid: write(rid, fields),
                        done=self.tr("Contact {name} saved").format(name=name))

    def _open_organization(self) -> None:
        organization_id = self.organization.chosen_id
        if organization_id:
            self.ctx.open_record("organization", organization_id)
