"""The action pane: every field of domain.md's Action (EU portal vocabulary included) and a Participants tab."""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import QLabel, QTabWidget

from magia_desk.domain.actions import ACTION_FIELDS, clean_action, portal_activity_for
from magia_desk.domain.enums import ActionType, AudienceType, PortalActivityType, PortalStatus
from magia_desk.services import actions as acts
from magia_desk.services import organizations as orgs
from magia_desk.storage.models import Action
from magia_desk.ui.labels import choices, country_label, day, label, live_choices, number
from magia_desk.ui.widgets.participants_panel import ParticipantsPanel
from magia_desk.ui.widgets.pickers import ChoiceCombo
from magia_desk.ui.widgets.record_editor import EditorTexts, RecordEditor, SavePlan
from magia_desk.ui.widgets.record_form import RecordForm

TYPE_CHOICES = live_choices(ActionType)
PORTAL_ACTIVITY_CHOICES = live_choices(PortalActivityType)


def audience_vocabulary() -> dict[str, str]:
    """Label -> value of every audience type, in the GUI's language (typed English labels still parse)."""
    return {label(t): t.value for t in AudienceType}


def _int_text(value: Any) -> str:
    return "" if value is None else str(value)


class ActionEditor(RecordEditor):
    kind = "action"
    noun = "action"
    writes = frozenset({"action"})
    watches = frozenset({"participation", "organization", "contact"})

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        # The fields and the participants share the left side of the pane as two tabs; the timeline stays.
        details = self.body.widget(0)
        self.tabs = QTabWidget(self)
        self.tabs.setDocumentMode(True)
        self.body.replaceWidget(0, self.tabs)
        self.tabs.addTab(details, self.tr("Details"))
        self.participants = ParticipantsPanel(self.ctx, self.tabs)
        self.tabs.addTab(self.participants, self.tr("Participants"))
        self.body.setStretchFactor(0, 3)

    def editor_texts(self) -> EditorTexts:
        return EditorTexts(
            new_title=self.tr("New action"),
            empty=self.tr("Select an action to see it here, or press Ctrl+N to create one."),
            save_name=self.tr("Save action"),
            revert_name=self.tr("Revert action"),
            delete_name=self.tr("Delete action"),
            delete_tip=self.tr("Delete this action (Delete; undo with Ctrl+Z)"),
            saving=self.tr("Saving the action"),
            not_saved=self.tr("The action was not saved: {reason}"),
        )

    def build_form(self, form: RecordForm) -> None:
        what = form.section(self.tr("Action"))
        self.type_combo = form.choice(
            what, "type", self.tr("&Type"), TYPE_CHOICES,
            tooltip=self.tr("What kind of action; missions and trade shows also show under Missions"))
        form.line(what, "title", self.tr("T&itle"))
        form.date(what, "start_date", self.tr("&Starts"))
        form.date(what, "end_date", self.tr("&Ends"), tooltip=self.tr("Leave empty for a one-day action"))
        partners = [(cid, name) for cid, name, partner in orgs.clusters(self.ctx.store) if partner]
        form.choice(what, "organiser_id", self.tr("&Organiser"), partners, empty="—",
                    tooltip=self.tr("The consortium partner cluster that runs the action"))
        form.line(what, "work_package", self.tr("&Work package"), placeholder="WP3")
        where = form.section(self.tr("Where"))
        form.check(where, "online", self.tr("Online"), tooltip=self.tr("Held online (a webinar, an online survey…)"))
        form.line(where, "city", self.tr("Cit&y"))
        form.country(where, "country", self.tr("&Country"))
        form.tags(where, "countries_addressed", self.tr("Countries addressed"), placeholder="CN, JP…",
                  tooltip=self.tr("The countries the action addresses (ISO codes or names)"))
        portal = form.section(self.tr("EU portal"))
        form.choice(portal, "portal_status", self.tr("Stat&us"), choices(PortalStatus),
                    tooltip=self.tr("Delivered, ongoing or postponed, as reported on the EU portal"))
        self.portal_activity = ChoiceCombo(PORTAL_ACTIVITY_CHOICES, empty=self.tr("As mapped"), parent=form)
        self.mapped_label = QLabel(form)
        self.mapped_label.setProperty("role", "muted")
        self.mapped_label.setWordWrap(True)
        form.add_field(portal, "portal_activity_type", self.tr("&Activity type"), self.portal_activity,
                       self.portal_activity.value, self.portal_activity.set_value,
                       tooltip=self.tr("Mapped from the action type; choose another only to override it"),
                       changed=self.portal_activity.changed, trailing=self.mapped_label)
        form.tags(portal, "audience_types", self.tr("Au&dience types"), vocabulary=audience_vocabulary(),
                  placeholder=self.tr("Industry, Research…"),
                  tooltip=self.tr("The target audiences, in the portal's words"))
        form.line(portal, "declared_audience", self.tr("Declared audience"), numeric=True, unit=self.tr("people"),
                  display=_int_text,
                  tooltip=self.tr("The audience size you declare; the larger of it and the participants is reported"))
        about = form.section(self.tr("Description"))
        form.text(about, "description", "", accessible_name=self.tr("Description"))
        self.type_combo.changed.connect(self._show_mapping)

    def _show_mapping(self) -> None:
        action_type = self.type_combo.value()
        if not action_type:
            self.mapped_label.setText("")
            return
        mapped = portal_activity_for(action_type, None)
        self.mapped_label.setText(self.tr("type maps to: {activity}").format(activity=label(mapped)))

    # ---- reading -----------------------------------------------------------------------------------------------

    def fetch(self, record_id: str) -> tuple[Action, acts.ActionRow | None]:
        action = acts.get_action(self.ctx.store, record_id)
        rows = acts.action_rows(self.ctx.store, [record_id])
        return action, rows[0] if rows else None

    def record_is_deleted(self, detail: tuple[Action, Any]) -> bool:
        return detail[0].deleted_at is not None

    def defaults(self) -> dict[str, Any]:
        return {"type": "working_group", "portal_status": "delivered", "online": False}

    def stored_values(self, detail: tuple[Action, Any]) -> dict[str, Any]:
        action = detail[0]
        return {name: getattr(action, name) for name in ACTION_FIELDS}

    def heading(self, detail: tuple[Action, acts.ActionRow | None]) -> tuple[str, str]:
        action, row = detail
        when = day(action.start_date) + (f" – {day(action.end_date)}" if action.end_date else "")
        place = (self.tr("online") if action.online
                 else ", ".join(p for p in (action.city, country_label(action.country)) if p))
        parts = [label(action.type), when, place]
        if row is not None:
            parts.append(self.tr("%Ln participants, audience {audience}", "", row.participants).format(
                audience=number(row.audience)))
        return action.title, "  ·  ".join(p for p in parts if p)

    def after_load(self, detail: tuple[Action, acts.ActionRow | None] | None) -> None:
        self._show_mapping()
        if detail is None:
            self.participants.set_action(None, None)
        else:
            self.participants.set_action(detail[0].id, detail[1])
        self.tabs.setTabText(1, self.tr("Participants ({count})").format(count=detail[1].participants)
                             if detail and detail[1] else self.tr("Participants"))

    # ---- writing -----------------------------------------------------------------------------------------------

    def plan_save(self, record_id: str | None, changes: dict[str, Any], raw: dict[str, Any]) -> SavePlan:
        store = self.ctx.store
        fields = dict(raw if record_id is None else changes)
        if fields.get("declared_audience") == "":
            fields["declared_audience"] = None
        current = self.stored_values(self.detail) if self.detail is not None else None
        clean_action(fields, partial=record_id is not None, current=current)  # every refusal at once
        title = raw.get("title") or ""
        if record_id is None:
            return SavePlan(self.tr("Create action {title}").format(title=title),
                            lambda: acts.create_action(store, fields),
                            undo=lambda rid: acts.delete_action(store, rid),
                            redo=lambda rid: acts.restore_action(store, rid),
                            done=self.tr("Action {title} created").format(title=title))
        assert current is not None
        old = {k: current[k] for k in fields if k in current}

        def write(rid: str, values: dict[str, Any]) -> str:
            acts.update_action(store, rid, values)
            return rid

        return SavePlan(self.tr("Edit action {title}").format(title=title), lambda: write(record_id, fields),
                        undo=lambda rid: write(rid, old), redo=lambda rid: write(rid, fields),
                        done=self.tr("Action {title} saved").format(title=title))

