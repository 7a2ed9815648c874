"""The screens of the navigation rail, in order. A later screen registers itself with one line here.

`factory` names the screen's class ("module:Class"); it is imported when the screen is first shown, so
that start-up stays fast however many screens there are. `badge(store) -> int | None` (optional) runs on a
worker after every change of `badge_kinds` and shows a count beside the screen's name (overdue tasks).

A screen is a QWidget taking `(ctx: AppContext, parent)`. The window calls, when the screen has them:
focus_search(), create_new(preset=None), save() -> bool, delete_selected(), show_record(id), save_state(),
and reads `record_kind` (which records it shows) and `palette_search(store, text, limit)` (Ctrl+K).
List screens get all of these from `views.list_screen.ListScreen`.
"""

from __future__ import annotations

import importlib
from collections.abc import Callable
from dataclasses import dataclass, field

from PySide6.QtWidgets import QWidget

from magia_desk.storage.store import Store
from magia_desk.ui.views.tasks import overdue_tasks_badge


@dataclass(frozen=True)
class ScreenSpec:
    key: str
    title: str
    factory: str
    badge: Callable[[Store], int | None] | None = None
    badge_kinds: frozenset[str] = field(default_factory=frozenset)
    tooltip: str = ""

    def load(self) -> type[QWidget]:
        module, _, name = self.factory.partition(":")
        return getattr(importlib.import_module(module), name)


SCREENS: tuple[ScreenSpec, ...] = (
    ScreenSpec("companies", "Companies", "magia_desk.ui.views.companies:CompaniesScreen",
               tooltip="Companies, clusters and every other organization"),
    ScreenSpec("contacts", "Contacts", "magia_desk.ui.views.contacts:ContactsScreen",
               tooltip="People, their company and their GDPR consent"),
    ScreenSpec("actions", "Actions", "magia_desk.ui.views.actions:ActionsScreen",
               tooltip="Everything the partnership runs or attends, and who took part"),
    ScreenSpec("missions", "Missions", "magia_desk.ui.views.missions:MissionsScreen",
               tooltip="Missions and trade shows: delegation, itinerary, meetings planner, lead capture"),
    ScreenSpec("agreements", "Agreements", "magia_desk.ui.views.agreements:AgreementsScreen",
               tooltip="The agreement pipeline as a board or a list; letters of intent in bulk"),
    ScreenSpec("tasks", "Tasks", "magia_desk.ui.views.tasks:TasksScreen", badge=overdue_tasks_badge,
               badge_kinds=frozenset({"task"}), tooltip="My tasks: overdue, due this week, later"),
    ScreenSpec("dashboard", "Dashboard", "magia_desk.ui.views.dashboard:DashboardScreen",
               tooltip="Every indicator against its target, with the records behind each number"),
    ScreenSpec("reports", "Reports", "magia_desk.ui.views.reports:ReportsScreen",
               tooltip="The periodic report for the EU as Excel or PDF"),
    ScreenSpec("audit", "Audit", "magia_desk.ui.views.audit:AuditScreen", tooltip="Every change: who, when, what"),
    ScreenSpec("sync", "Sync", "magia_desk.ui.views.sync:SyncScreen",
               tooltip="Exchange changes with other laptops (bundle files) or the team hub; conflicts"),
)
