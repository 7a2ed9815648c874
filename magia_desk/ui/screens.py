"""The screens of the navigation rail, in order. A later screen registers itself with one line here.

`title` and `tooltip` are English, marked with QT_TRANSLATE_NOOP("ScreenSpec", ...) so that lupdate finds them;
`display_title` / `display_tooltip` translate them when shown. `icon` names the rail's icon (resources/icons).
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

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication
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
    icon: str = ""  # a file of resources/icons, without ".svg"

    @property
    def display_title(self) -> str:
        """The title in the window's language (`title` is the English source, marked for translation)."""
        return QCoreApplication.translate("ScreenSpec", self.title)

    @property
    def display_tooltip(self) -> str:
        return QCoreApplication.translate("ScreenSpec", self.tooltip) if self.tooltip else self.display_title

    def load(self) -> type[QWidget]:
        module, _, name = self.factory.partition(":")
        return getattr(importlib.import_module(module), name)


SCREENS: tuple[ScreenSpec, ...] = (
    ScreenSpec("companies", QT_TRANSLATE_NOOP("ScreenSpec", "Companies"),
               "magia_desk.ui.views.companies:CompaniesScreen",
               tooltip=QT_TRANSLATE_NOOP("ScreenSpec", "Companies, clusters and every other organization"),
               icon="companies"),
    ScreenSpec("contacts", QT_TRANSLATE_NOOP("ScreenSpec", "Contacts"), "magia_desk.ui.views.contacts:ContactsScreen",
               tooltip=QT_TRANSLATE_NOOP("ScreenSpec", "People, their company and their GDPR consent"),
               icon="contacts"),
    ScreenSpec("actions", QT_TRANSLATE_NOOP("ScreenSpec", "Actions"), "magia_desk.ui.views.actions:ActionsScreen",
               tooltip=QT_TRANSLATE_NOOP("ScreenSpec",
                                         "Everything the partnership runs or attends, and who took part"),
               icon="actions"),
    ScreenSpec("missions", QT_TRANSLATE_NOOP("ScreenSpec", "Missions"), "magia_desk.ui.views.missions:MissionsScreen",
               tooltip=QT_TRANSLATE_NOOP(
                   "ScreenSpec", "Missions and trade shows: delegation, itinerary, meetings planner, lead capture"),
               icon="missions"),
    ScreenSpec("agreements", QT_TRANSLATE_NOOP("ScreenSpec", "Agreements"),
               "magia_desk.ui.views.agreements:AgreementsScreen",
               tooltip=QT_TRANSLATE_NOOP("ScreenSpec",
                                         "The agreement pipeline as a board or a list; letters of intent in bulk"),
               icon="agreements"),
    ScreenSpec("tasks", QT_TRANSLATE_NOOP("ScreenSpec", "Tasks"), "magia_desk.ui.views.tasks:TasksScreen",
               badge=overdue_tasks_badge, badge_kinds=frozenset({"task"}),
               tooltip=QT_TRANSLATE_NOOP("ScreenSpec", "My tasks: overdue, due this week, later"), icon="tasks"),
    ScreenSpec("dashboard", QT_TRANSLATE_NOOP("ScreenSpec", "Dashboard"),
               "magia_desk.ui.views.dashboard:DashboardScreen",
               tooltip=QT_TRANSLATE_NOOP("ScreenSpec",
                                         "Every indicator against its target, with the records behind each number"),
               icon="dashboard"),
    ScreenSpec("reports", QT_TRANSLATE_NOOP("ScreenSpec", "Reports"), "magia_desk.ui.views.reports:ReportsScreen",
               tooltip=QT_TRANSLATE_NOOP("ScreenSpec", "The periodic report for the EU as Excel or PDF"),
               icon="reports"),
    ScreenSpec("audit", QT_TRANSLATE_NOOP("ScreenSpec", "Audit"), "magia_desk.ui.views.audit:AuditScreen",
               tooltip=QT_TRANSLATE_NOOP("ScreenSpec", "Every change: who, when, what"), icon="audit"),
    ScreenSpec("sync", QT_TRANSLATE_NOOP("ScreenSpec", "Sync"), "magia_desk.ui.views.sync:SyncScreen",
               tooltip=QT_TRANSLATE_NOOP(
                   "ScreenSpec", "Exchange changes with other laptops (bundle files) or the team hub; conflicts"),
               icon="sync"),
)
