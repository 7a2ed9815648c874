"""Add many participants at once: tick them in a searchable list, or paste emails or names and confirm matches."""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from magia_desk.domain.enums import Role
from magia_desk.services import contacts as people
from magia_desk.services import organizations as orgs
from magia_desk.services.participations import (
    AddedParticipants,
    Match,
    add_participants,
    match_pasted_participants,
    remove_participants,
    restore_participants,
)
from magia_desk.storage.store import Store
from magia_desk.ui.context import AppContext
from magia_desk.ui.errors import show_error
from magia_desk.ui.labels import choices, number
from magia_desk.ui.undo import ServiceCommand
from magia_desk.ui.widgets.pickers import ChoiceCombo

Pair = tuple[str | None, str | None]  # (organization_id, contact_id)
SEARCH_LIMIT = 60


def find_candidates(store: Store, text: str) -> list[tuple[str | None, str | None, str]]:
    """(organization_id, contact_id, label): organizations then contacts matching `text`."""
    org_ids = orgs.organization_ids(store, orgs.OrganizationFilter(text=text), "name", False, 0, SEARCH_LIMIT)
    found: list[tuple[str | None, str | None, str]] = [
        (r.id, None, f"🏢  {r.name}" + (f"  ({r.country})" if r.country else ""))
        for r in orgs.organization_rows(store, org_ids)
    ]
    contact_ids = people.contact_ids(store, people.ContactFilter(text=text), "name", False, 0, SEARCH_LIMIT)
    for r in people.contact_rows(store, contact_ids):
        detail = ", ".join(p for p in (r.organization, r.email) if p)
        # A person is recorded with their employer, so the company counts too (domain.md).
        name = f"👤  {r.first_name} {r.last_name}"
        found.append((r.organization_id, r.id, name + (f"  —  {detail}" if detail else "")))
    return found


class AddParticipantsDialog(QDialog):
    def __init__(self, ctx: AppContext, action_id: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.action_id = action_id
        self.result_added: AddedParticipants | None = None
        self._generation = 0
        # (organization_id, contact_id) ticked in the list, kept while the search changes.
        self._ticked: dict[Pair, Pair] = {}
        # The pair of each row, kept in Python: reading empty item data back from PySide6 6.12 on Python 3.11
        # corrupts None's reference count (tests/ui/test_qt_binding.py).
        self._result_pairs: list[Pair] = []
        self._match_pairs: list[Pair | None] = []
        self.setWindowTitle(self.tr("Add participants"))
        self.resize(620, 520)

        # ---- pick from the store ----
        self.search = QLineEdit(self)
        self.search.setPlaceholderText(self.tr("Type part of a company's or a person's name, an email…"))
        self.search.setClearButtonEnabled(True)
        self.search.setAccessibleName(self.tr("Search organizations and contacts"))
        self.results = QListWidget(self)
        self.results.setObjectName("candidates")
        self.results.setAccessibleName(self.tr("Organizations and contacts found"))
        self.results.itemChanged.connect(self._ticked_changed)
        self.results.itemActivated.connect(self._toggle)
        self.hint = QLabel(self.tr("Tick everybody who took part (Space ticks the selected row)."), self)
        self.hint.setProperty("role", "muted")
        self.hint.setWordWrap(True)
        pick_page = QWidget(self)
        pick_layout = QVBoxLayout(pick_page)
        pick_layout.addWidget(self.search)
        pick_layout.addWidget(self.results, 1)
        pick_layout.addWidget(self.hint)
        self._timer = QTimer(self, singleShot=True, interval=120)
        self._timer.timeout.connect(self._run_search)
        self.search.textChanged.connect(lambda _t: self._timer.start())

        # ---- paste ----
        self.paste = QPlainTextEdit(self)
        self.paste.setPlaceholderText(self.tr("Paste emails or names, one a line or separated by commas or "
                                              "semicolons:") + "\nhans.mueller@biowin.be; Marie Curie <marie@lab.fr>\n"
                                      "Wang Wei")
        self.paste.setAccessibleName(self.tr("Emails or names to match"))
        self.match_button = QPushButton(self.tr("Find matches"), self)
        self.match_button.clicked.connect(self.find_matches)
        self.matches = QListWidget(self)
        self.matches.setObjectName("matches")
        self.matches.setAccessibleName(self.tr("Matches to confirm"))
        self.matches.itemChanged.connect(lambda _item: self._update_ok())
        self.match_summary = QLabel(self)
        self.match_summary.setProperty("role", "muted")
        self.match_summary.setWordWrap(True)
        paste_page = QWidget(self)
        paste_layout = QVBoxLayout(paste_page)
        paste_layout.addWidget(self.paste, 1)
        row = QHBoxLayout()
        row.addWidget(self.match_summary, 1)
        row.addWidget(self.match_button)
        paste_layout.addLayout(row)
        paste_layout.addWidget(self.matches, 2)

        self.tabs = QTabWidget(self)
        self.tabs.addTab(pick_page, self.tr("Pick from the list"))
        self.tabs.addTab(paste_page, self.tr("Paste emails or names"))
        self.role = ChoiceCombo(choices(Role), parent=self)
        self.role.set_value(Role.ATTENDEE.value)
        self.role.setAccessibleName(self.tr("Role"))
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel,
                                        self)
        self.buttons.accepted.connect(self.add)
        self.buttons.rejected.connect(self.reject)
        bottom = QHBoxLayout()
        role_label = QLabel(self.tr("&Role:"), self)
        role_label.setBuddy(self.role)
        bottom.addWidget(role_label)
        bottom.addWidget(self.role)
        bottom.addStretch(1)
        bottom.addWidget(self.buttons)
        layout = QVBoxLayout(self)
        layout.addWidget(self.tabs, 1)
        layout.addLayout(bottom)
        self._run_search()
        self._update_ok()

    # ---- the list ----------------------------------------------------------------------------------------

    def _run_search(self) -> None:
        self._timer.stop()
        self._generation += 1
        generation, text, store = self._generation, self.search.text().strip(), self.ctx.store
        self.searching = True
        self.ctx.tasks.run(lambda: find_candidates(store, text), lambda found: self._show(generation, found),
                           owner=self)

    def _show(self, generation: int, found: list[tuple[str | None, str | None, str]]) -> None:
        if generation != self._generation:
            return  # a later search is on its way
        self.results.blockSignals(True)
        self.results.clear()
        self._result_pairs = []
        for organization_id, contact_id, text in found:
            item = QListWidgetItem(text, self.results)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            pair = (None if contact_id else organization_id, contact_id)
            self._result_pairs.append((organization_id, contact_id))
            item.setCheckState(Qt.CheckState.Checked if pair in self._ticked else Qt.CheckState.Unchecked)
        self.results.blockSignals(False)
        self.searching = False

    def _pair(self, item: QListWidgetItem) -> Pair:
        return self._result_pairs[self.results.row(item)]

    def _key(self, item: QListWidgetItem) -> Pair:
        organization_id, contact_id = self._pair(item)
        return (None if contact_id else organization_id, contact_id)

    def _ticked_changed(self, item: QListWidgetItem) -> None:
        key = self._key(item)
        if item.checkState() == Qt.CheckState.Checked:
            self._ticked[key] = self._pair(item)
        else:
            self._ticked.pop(key, None)
        self._update_ok()

    def _toggle(self, item: QListWidgetItem) -> None:
        checked = item.checkState() == Qt.CheckState.Checked
        item.setCheckState(Qt.CheckState.Unchecked if checked else Qt.CheckState.Checked)

    def tick(self, *texts: str) -> None:
        """Tick the shown rows whose text contains each of `texts` (tests, and 'select all' later)."""
        for index in range(self.results.count()):
            item = self.results.item(index)
            if any(t in item.text() for t in texts):
                item.setCheckState(Qt.CheckState.Checked)

    # ---- pasting -----------------------------------------------------------------------------------------

    def find_matches(self) -> None:
        text, store = self.paste.toPlainText(), self.ctx.store
        self.match_button.setEnabled(False)
        self.ctx.tasks.run(lambda: match_pasted_participants(store, text), self._show_matches, owner=self)

    def _show_matches(self, matches: list[Match]) -> None:
        self.match_button.setEnabled(True)
        self.matches.blockSignals(True)
        self.matches.clear()
        self._match_pairs = []
        found = 0
        for match in matches:
            entry = match.email or match.text
            if match.best is None:
                item = QListWidgetItem(self.tr("✗  {entry}: no match in the store").format(entry=entry), self.matches)
                item.setFlags(Qt.ItemFlag.ItemIsEnabled)
                self._match_pairs.append(None)
                continue
            found += 1
            candidate = match.best
            item = QListWidgetItem(self.tr("{entry}  →  {match}   (by {how})").format(
                entry=entry, match=candidate.label, how=candidate.how), self.matches)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            self._match_pairs.append((candidate.organization_id, candidate.contact_id))
            # Exact emails are sure; looser matches start ticked too but show how they were found.
            item.setCheckState(Qt.CheckState.Checked)
            if match.alternatives:
                item.setToolTip(self.tr("Also possible: {others}").format(
                    others="; ".join(a.label for a in match.alternatives)))
        self.matches.blockSignals(False)
        missing = len(matches) - found
        if missing:
            summary = self.tr("%Ln found, {missing} not found: untick a wrong match", "", found).format(
                missing=number(missing))
        else:
            summary = self.tr("%Ln found: untick a wrong match", "", found)
        self.match_summary.setText(summary)
        self._update_ok()

    # ---- adding ------------------------------------------------------------------------------------------

    def chosen(self) -> list[Pair]:
        pairs: list[Pair] = list(self._ticked.values())
        for index in range(self.matches.count()):
            pair = self._match_pairs[index] if index < len(self._match_pairs) else None
            if pair is not None and self.matches.item(index).checkState() == Qt.CheckState.Checked \
                    and pair not in pairs:
                pairs.append(pair)
        return pairs

    def _update_ok(self) -> None:
        count = len(self.chosen())
        ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setText(self.tr("Add %Ln", "", count) if count else self.tr("Add"))
        ok.setEnabled(count > 0)

    def add(self) -> None:
        role = self.role.value() or Role.ATTENDEE.value
        items = [(organization_id, contact_id, role) for organization_id, contact_id in self.chosen()]
        store, action_id = self.ctx.store, self.action_id
        try:
            result = self.ctx.operations.perform(lambda: add_participants(store, action_id, items),
                                                 {"participation"})
        except Exception as exc:
            show_error(self, exc, self.tr("Adding participants"))
            return
        self.result_added = result
        added = list(result.added)
        if added:
            self.ctx.undo_stack.push(ServiceCommand(
                self.tr("Add %Ln participants", "", len(added)), lambda: restore_participants(store, added),
                lambda: remove_participants(store, added), self.ctx.operations, {"participation"}))
        if result.skipped:
            message = self.tr("Added %Ln participants ({skipped} were already there)", "", len(added)).format(
                skipped=number(len(result.skipped)))
        else:
            message = self.tr("Added %Ln participants", "", len(added))
        self.ctx.notify(message, undo=self.ctx.undo_stack.undo)
        self.accept()
