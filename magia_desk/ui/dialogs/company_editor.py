"""The company pane: every field of domain.md's Organization, its clusters, target markets and contacts."""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import QHBoxLayout, QLabel, QListWidget, QListWidgetItem, QPushButton, QWidget

from magia_desk.domain.errors import RecordInvalid, ValidationError
from magia_desk.domain.records import (
    ORGANIZATION_FIELDS,
    clean_market_interest,
    clean_organization,
    parse_amount,
    parse_int,
)
from magia_desk.domain.sme import classify
from magia_desk.services import organizations as orgs
from magia_desk.services.i18n import translate_error
from magia_desk.ui.labels import KIND_CHOICES, SIZE_HELP, country_label, label, plain_amount
from magia_desk.ui.theme import badge_colours
from magia_desk.ui.widgets.market_interests import MarketInterestsEditor
from magia_desk.ui.widgets.record_editor import EditorTexts, RecordEditor, SavePlan
from magia_desk.ui.widgets.record_form import RecordForm

CERTIFICATIONS = ("CE/MDR", "CE/IVDR", "ISO 13485", "ISO 9001", "FDA 510(k)", "FDA PMA", "NMPA", "GMP", "MDSAP")


class SizeBadge(QWidget):
    """The EU size class, recomputed as the figures are typed (the domain decides, not the screen)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.badge = QLabel(self)
        self.note = QLabel(self)
        self.note.setProperty("role", "muted")
        self.note.setWordWrap(True)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.badge)
        layout.addWidget(self.note, 1)
        self.setAccessibleName(self.tr("SME size class"))

    def show_figures(self, employees: object, turnover: object, balance: object) -> None:
        try:
            result = classify(parse_int(employees, "employees"), parse_amount(turnover, "turnover_meur"),
                              parse_amount(balance, "balance_sheet_meur"))
        except ValidationError:
            self._show(None, self.tr("Fix the figures to see the size class"))
            return
        if result.size_class is None:
            self._show(None, self.tr("Give the staff headcount to classify (EU SME definition)"))
            return
        value = result.size_class.value
        note = self.tr("provisional: staff only") if result.provisional else self.tr("EU SME definition")
        self._show(value, note, SIZE_HELP.get(value, ""))

    def _show(self, value: str | None, note: str, tip: str = "") -> None:
        if value:
            fill, ink = badge_colours(value)
            self.badge.setText(label(value).lower())
            self.badge.setStyleSheet(f"background: {fill.name()}; color: {ink.name()}; border-radius: 8px;"
                                     " padding: 1px 9px; font-weight: 600;")
            self.badge.show()
        else:
            self.badge.hide()
        self.note.setText(note)
        self.setToolTip(tip)
        unknown = self.tr("unknown")
        self.setAccessibleDescription(f"{label(value) if value else unknown}, {note}")


class CompanyEditor(RecordEditor):
    kind = "organization"
    noun = "company"
    writes = frozenset({"organization", "membership", "market_interest"})
    watches = frozenset({"contact", "membership", "market_interest"})

    def editor_texts(self) -> EditorTexts:
        return EditorTexts(
            new_title=self.tr("New company"),
            empty=self.tr("Select a company to see it here, or press Ctrl+N to create one."),
            save_name=self.tr("Save company"),
            revert_name=self.tr("Revert company"),
            delete_name=self.tr("Delete company"),
            delete_tip=self.tr("Delete this company (Delete; undo with Ctrl+Z)"),
            saving=self.tr("Saving the company"),
            not_saved=self.tr("The company was not saved: {reason}"),
        )

    def build_form(self, form: RecordForm) -> None:
        main = form.section(self.tr("Company"))
        form.line(main, "name", self.tr("&Name"), tooltip=self.tr("The name people use for it"),
                  placeholder=self.tr("Company name"))
        form.choice(main, "kind", self.tr("&Kind"), KIND_CHOICES, tooltip=self.tr("What sort of organization this is"))
        form.check(main, "is_consortium_partner", self.tr("Consortium partner"),
                   tooltip=self.tr("Tick for the consortium partners only (the clusters that run this partnership)"))
        place = form.section(self.tr("Where"))
        form.country(place, "country", self.tr("&Country"), tooltip=self.tr("Type a few letters of the country name"))
        form.line(place, "region", self.tr("Region"))
        form.line(place, "city", self.tr("Cit&y"))
        reach = form.section(self.tr("Reach"))
        form.line(reach, "website", self.tr("&Website"), placeholder="example.com")
        form.line(reach, "email", self.tr("&Email"), placeholder="info@example.com")
        form.line(reach, "phone", self.tr("&Phone"), placeholder="+39 011 123 4567",
                  tooltip=self.tr("Any format; stored in international form. Without +, read as a number of the "
                                  "country"))
        figures = form.section(self.tr("Figures"))
        form.line(figures, "vat_number", self.tr("VAT no."), tooltip=self.tr("VAT or company registration number"))
        employees = form.line(figures, "employees", self.tr("E&mployees"), numeric=True, unit=self.tr("staff"),
                              tooltip=self.tr("Staff headcount"))
        turnover = form.line(figures, "turnover_meur", self.tr("Turnover"), numeric=True, unit=self.tr("EUR m"),
                             display=plain_amount, tooltip=self.tr("Annual turnover in millions of euros"))
        balance = form.line(figures, "balance_sheet_meur", self.tr("Balance sheet"), numeric=True,
                            unit=self.tr("EUR m"), display=plain_amount,
                            tooltip=self.tr("Balance sheet total in millions of euros"))
        self.size_badge = SizeBadge(self)
        figures.addRow(self.tr("Size class"), self.size_badge)

        def refresh_size(*_args: Any) -> None:
            self.size_badge.show_figures(employees.text(), turnover.text(), balance.text())

        for widget in (employees, turnover, balance):
            widget.textChanged.connect(refresh_size)
        activity = form.section(self.tr("Activity"))
        form.tags(activity, "sectors", self.tr("&Sectors"), placeholder=self.tr("Sector, then Enter"),
                  tooltip=self.tr("Fields of activity, as tags (medical devices, diagnostics...)"))
        form.tags(activity, "certifications", self.tr("Certifications"), suggestions=CERTIFICATIONS,
                  placeholder="CE/MDR, ISO 13485…", tooltip=self.tr("Certifications and approvals held"))
        clusters = form.section(self.tr("Clusters"))
        self.clusters = form.tags(clusters, "member_of", self.tr("Member of"), vocabulary={},
                                  placeholder=self.tr("Cluster name, then Enter"),
                                  tooltip=self.tr("The clusters this organization is a member of"))
        self.members_label = QLabel(self)
        self.members_label.setProperty("role", "muted")
        clusters.addRow(self.members_label)
        markets = form.section(self.tr("Target markets"))
        self.markets = MarketInterestsEditor(self)
        form.add_field(markets, "market_interests", "", self.markets, self.markets.value, self.markets.set_value,
                       display=lambda v: list(v or []), changed=self.markets.changed,
                       accessible_name=self.tr("Target markets"))
        contacts = form.section(self.tr("Contacts"))
        self._contact_ids: list[str] = []
        self.contacts = QListWidget(self)
        self.contacts.setAccessibleName(self.tr("Contacts of this company"))
        self.contacts.setToolTip(self.tr("Double-click (or Enter) to open the contact"))
        self.contacts.setMaximumHeight(150)
        self.contacts.itemActivated.connect(self._open_contact)
        contacts.addRow(self.contacts)
        self.new_contact = QPushButton(self.tr("New contact at this company"), self)
        self.new_contact.setAccessibleName(self.tr("New contact at this company"))
        self.new_contact.clicked.connect(self._create_contact)
        contacts.addRow(self.new_contact)
        notes = form.section(self.tr("Notes"))
        form.text(notes, "notes", "", tooltip=self.tr("Anything worth remembering about this company"),
                  accessible_name=self.tr("Notes"))

    # ---- reading -----------------------------------------------------------------------------------------------

    def _load_clusters(self) -> None:
        self.clusters.set_vocabulary({name: cid for cid, name, _partner in orgs.clusters(self.ctx.store)})

    def fetch(self, record_id: str) -> orgs.OrganizationDetail:
        self._load_clusters()
        return orgs.get_organization(self.ctx.store, record_id)

    def defaults(self) -> dict[str, Any]:
        self._load_clusters()
        return {"kind": "sme", "is_consortium_partner": False}

    def stored_values(self, detail: orgs.OrganizationDetail) -> dict[str, Any]:
        values = {name: getattr(detail.record, name) for name in ORGANIZATION_FIELDS}
        values["member_of"] = [cluster_id for cluster_id, _name in detail.member_of]
        values["market_interests"] = [
            {"country": m.country, "status": m.status, "needs": list(m.needs or [])} for m in detail.market_interests
        ]
        return values

    def heading(self, detail: orgs.OrganizationDetail) -> tuple[str, str]:
        record = detail.record
        place = ", ".join(p for p in (record.city, country_label(record.country)) if p)
        parts = [label(record.kind), place]
        if detail.member_of:
            parts.append(self.tr("member of {clusters}").format(
                clusters=", ".join(name for _id, name in detail.member_of)))
        return record.name, "  ·  ".join(p for p in parts if p)

    def after_load(self, detail: orgs.OrganizationDetail | None) -> None:
        self.contacts.clear()
        self._contact_ids = [contact.id for contact in detail.contacts] if detail else []
        for contact in detail.contacts if detail else []:
            text = f"{contact.first_name} {contact.last_name}"
            if contact.job_title:
                text += f"  —  {contact.job_title}"
            self.contacts.addItem(QListWidgetItem(text))
        if detail and not detail.contacts:
            self.contacts.addItem(QListWidgetItem(self.tr("No contacts yet")))
        self.contacts.setVisible(detail is not None)
        self.new_contact.setEnabled(detail is not None)
        is_cluster = detail is not None and detail.record.kind == "cluster"
        self.members_label.setVisible(is_cluster)
        if is_cluster:
            self.members_label.setText(self.tr("%Ln member organizations", "", detail.members))
        raw = self.form.raw()
        self.size_badge.show_figures(raw["employees"], raw["turnover_meur"], raw["balance_sheet_meur"])

    # ---- writing -----------------------------------------------------------------------------------------------

    def plan_save(self, record_id: str | None, changes: dict[str, Any], raw: dict[str, Any]) -> SavePlan:
        store = self.ctx.store
        source = raw if record_id is None else changes
        fields = {k: v for k, v in source.items() if k in ORGANIZATION_FIELDS}
        if "phone" in fields:
            fields["country_hint"] = raw.get("country")  # a local number is read as one of the company's country
        member_of = source.get("member_of")
        interests = source.get("market_interests")
        self._validate(fields, interests, partial=record_id is not None)
        name = str(raw.get("name") or "").strip()

        if record_id is None:
            def create() -> str:
                new_id = orgs.create_organization(store, fields, member_of=member_of or [])
                if interests:
                    orgs.set_market_interests(store, new_id, interests)
                return new_id

            return SavePlan(self.tr("Create company {name}").format(name=name), create,
                            undo=lambda rid: orgs.delete_organization(store, rid),
                            redo=lambda rid: orgs.restore_organization(store, rid),
                            done=self.tr("Company {name} created").format(name=name))

        before = self.stored_values(self.detail)
        old_fields = {k: before[k] for k in fields if k in ORGANIZATION_FIELDS}

        def write(rid: str, values: dict[str, Any], members: list[str] | None,
                  markets: list[dict[str, Any]] | None) -> str:
            if values:
                orgs.update_organization(store, rid, values)
            if members is not None:
                orgs.set_memberships(store, rid, members)
            if markets is not None:
                orgs.set_market_interests(store, rid, markets)
            return rid

        old_members = before["member_of"] if member_of is not None else None
        old_markets = before["market_interests"] if interests is not None else None
        return SavePlan(
            self.tr("Edit company {name}").format(name=name),
            lambda: write(record_id, fields, member_of, interests),
            undo=lambda rid: write(rid, old_fields, old_members, old_markets),
            redo=lambda rid: write(rid, fields, member_of, interests),
            done=self.tr("Company {name} saved").format(name=name),
        )

    def _validate(self, fields: dict[str, Any], interests: list[dict[str, Any]] | None, partial: bool) -> None:
        """Every refusal at once, before anything is written (the services check again when writing)."""
        errors: list[ValidationError] = []
        try:
            clean_organization(fields, partial=partial)
        except RecordInvalid as exc:
            errors.extend(exc.errors)
        # The parts of a target market line, named as the user reads them.
        parts = {"country": self.tr("country"), "status": self.tr("status"), "needs": self.tr("needs")}
        for number, interest in enumerate(interests or [], start=1):
            try:
                clean_market_interest(interest)
            except RecordInvalid as exc:
                errors.extend(ValidationError("market_interests", self.tr("line {line}: {part} {message}").format(
                    line=number, part=parts.get(e.field, e.field), message=translate_error(e))) for e in exc.errors)
        if errors:
            raise RecordInvalid(errors)

    # ---- related records -----------------------------------------------------------------------------------

    def _open_contact(self, item: QListWidgetItem) -> None:
        row = self.contacts.row(item)
        contact_id = self._contact_ids[row] if 0 <= row < len(self._contact_ids) else None
        if contact_id:
            self.ctx.open_record("contact", contact_id)

    def _create_contact(self) -> None:
        if self.record_id and self.detail is not None:
            self.ctx.create_record("contact", {"organization_id": (self.record_id, self.detail.record.name)})
