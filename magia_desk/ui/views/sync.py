"""The Sync screen: the laptops this one has met, bundles to carry by USB stick or email, and the team hub.

Every exchange runs off the GUI thread with progress (ui/tasks.py) and announces what it changed, so the
other screens refresh after an import. Conflicts are a tab of this screen (views/conflicts.py).
"""

from __future__ import annotations

import html
from collections.abc import Callable
from datetime import date
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QLocale, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFileDialog,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QInputDialog,
    QLabel,
    QLineEdit,
    QMessageBox,
    QProgressBar,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from magia_desk.services.common import Cancelled
from magia_desk.services.sync import (
    BundleInfo,
    HubSyncResult,
    MergeResult,
    PeerView,
    export_bundle,
    import_bundle,
    list_peers,
    read_bundle_info,
    save_hub_password,
    sync_with_hub,
)
from magia_desk.ui.context import AppContext
from magia_desk.ui.errors import user_message
from magia_desk.ui.tasks import TaskHandle
from magia_desk.ui.views.conflicts import ConflictsView, record_word, when_text

SUFFIX = ".magiasync"
FILE_FILTER = QT_TRANSLATE_NOOP("SyncScreen", "MAGIA Desk sync bundle (*.magiasync)")
HUB_URL_KEY = "sync/hub_url"
PEER_COLUMNS = [
    QT_TRANSLATE_NOOP("SyncScreen", "Site"),
    QT_TRANSLATE_NOOP("SyncScreen", "Officer"),
    QT_TRANSLATE_NOOP("SyncScreen", "Met through"),
    QT_TRANSLATE_NOOP("SyncScreen", "Last exchange"),
    QT_TRANSLATE_NOOP("SyncScreen", "Changes they lack"),
]
KIND_WORDS = {
    "bundle": QT_TRANSLATE_NOOP("SyncScreen", "bundle files"),
    "hub": QT_TRANSLATE_NOOP("SyncScreen", "team hub"),
    "laptop": QT_TRANSLATE_NOOP("SyncScreen", "the team hub"),
}


class SyncScreen(QWidget):
    record_kind = "sync"

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.peers: list[PeerView] = []
        self.handle: TaskHandle | None = None
        self.last_result: MergeResult | None = None
        self._serial = 0

        # ---- peers --------------------------------------------------------------------------------------
        self.peer_table = QTableWidget(0, len(PEER_COLUMNS))
        self.peer_table.setHorizontalHeaderLabels(
            [QCoreApplication.translate("SyncScreen", title) for title in PEER_COLUMNS])
        self.peer_table.setAccessibleName(self.tr("Laptops and hubs this store has met"))
        self.peer_table.verticalHeader().setVisible(False)
        self.peer_table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.peer_table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.peer_table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.peer_table.setStyleSheet("QTableWidget { gridline-color: palette(midlight); }")
        header = self.peer_table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.peers_empty = QLabel(self.tr("No other laptop met yet: import a bundle a colleague exported, or export "
                                          "all your changes for them and connect to the team hub below."))
        self.peers_empty.setWordWrap(True)

        self.export_peer = QPushButton(self.tr("&Export for this peer…"))
        self.export_peer.setToolTip(self.tr("Write the changes the selected peer does not hold yet"))
        self.export_all = QPushButton(self.tr("Export &all…"))
        self.export_all.setToolTip(self.tr("Write every change of this store (for a new laptop)"))
        self.import_button = QPushButton(self.tr("&Import a bundle…"))
        self.import_button.setDefault(True)
        bundle_buttons = QHBoxLayout()
        for button in (self.import_button, self.export_peer, self.export_all):
            bundle_buttons.addWidget(button)
        bundle_buttons.addStretch(1)

        # ---- progress and what happened -----------------------------------------------------------------
        self.progress = QProgressBar()
        self.progress.setRange(0, 1000)
        self.progress.setVisible(False)
        self.progress.setAccessibleName(self.tr("Progress of the exchange"))
        self.cancel_button = QPushButton(self.tr("Cancel"))
        self.cancel_button.setVisible(False)
        working = QHBoxLayout()
        working.addWidget(self.progress, 1)
        working.addWidget(self.cancel_button)
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        self.summary.setTextFormat(Qt.TextFormat.RichText)
        self.summary.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        # ---- team hub -----------------------------------------------------------------------------------
        self.hub_url = QLineEdit(str(ctx.settings.value(HUB_URL_KEY, "") or ""))
        self.hub_url.setPlaceholderText("postgresql://officer@hub.example.org/magia")  # not translated: a URL
        self.hub_url.setToolTip(
            self.tr("The team hub's address, without the password (it is kept in the system keyring)"))
        self.hub_url.setAccessibleName(self.tr("Hub address"))
        self.save_password = QPushButton(self.tr("Save &password…"))
        self.sync_now = QPushButton(self.tr("&Sync now"))
        hub_row = QHBoxLayout()
        url_label = QLabel(self.tr("Hub &address"))
        url_label.setBuddy(self.hub_url)
        hub_row.addWidget(url_label)
        hub_row.addWidget(self.hub_url, 1)
        hub_row.addWidget(self.save_password)
        hub_row.addWidget(self.sync_now)
        self.hub_status = QLabel(self.tr("Pushes this laptop's changes to the team hub and pulls everyone else's."))
        self.hub_status.setWordWrap(True)
        hub_box = QGroupBox(self.tr("Team hub"))
        hub_layout = QVBoxLayout(hub_box)
        hub_layout.addLayout(hub_row)
        hub_layout.addWidget(self.hub_status)

        exchange = QWidget()
        layout = QVBoxLayout(exchange)
        met = html.escape(self.tr("Laptops and hubs this store has met"))
        layout.addWidget(QLabel(f"<b>{met}</b>"))
        # About ten peers tall: a partnership has a handful of laptops; the rest of the page stays calm.
        rows = self.fontMetrics().height() + 10
        self.peer_table.verticalHeader().setDefaultSectionSize(rows)
        self.peer_table.setMaximumHeight(rows * 10 + 30)
        layout.addWidget(self.peer_table)
        layout.addWidget(self.peers_empty)
        layout.addLayout(bundle_buttons)
        layout.addLayout(working)
        layout.addWidget(self.summary)
        layout.addSpacing(8)
        layout.addWidget(hub_box)
        layout.addStretch(1)

        self.conflicts = ConflictsView(ctx)
        self.tabs = QTabWidget()
        self.tabs.addTab(exchange, self.tr("&Peers and bundles"))
        self.tabs.addTab(self.conflicts, self.tr("&Conflicts"))
        outer = QVBoxLayout(self)
        heading = html.escape(self.tr("Sync"))
        outer.addWidget(QLabel(f"<h2>{heading}</h2>"))
        outer.addWidget(self.tabs, 1)

        self.export_peer.clicked.connect(lambda: self.export(for_peer=True))
        self.export_all.clicked.connect(lambda: self.export(for_peer=False))
        self.import_button.clicked.connect(lambda: self.import_bundle())
        self.save_password.clicked.connect(self.ask_password)
        self.sync_now.clicked.connect(self.sync_hub)
        self.cancel_button.clicked.connect(self.cancel)
        self.hub_url.editingFinished.connect(lambda: ctx.settings.setValue(HUB_URL_KEY, self.hub_url.text().strip()))
        self.hub_url.textChanged.connect(lambda _t: self._update_buttons())
        self.peer_table.itemSelectionChanged.connect(self._update_buttons)
        self.conflicts.count_changed.connect(self._show_conflict_count)
        self.ctx.tasks.task_progress.connect(self._on_progress)
        self.ctx.tasks.task_finished.connect(self._on_finished)
        self.ctx.operations.data_changed.connect(lambda _kinds: self.refresh())
        self._update_buttons()
        self.refresh()

    # ---- peers ----------------------------------------------------------------------------------------

    def refresh(self) -> None:
        self._serial += 1
        serial = self._serial
        store = self.ctx.store
        self.ctx.tasks.run(lambda: list_peers(store), lambda peers: self._show_peers(serial, peers), owner=self)

    def _show_peers(self, serial: int, peers: list[PeerView]) -> None:
        if serial != self._serial:
            return
        selected = self.selected_peer()
        self.peers = peers
        self.peer_table.setRowCount(len(peers))
        locale = QLocale()
        for row, peer in enumerate(peers):
            kind = KIND_WORDS.get(peer.kind)
            cells = [peer.site_id[:8], peer.officer_name or (self.tr("team hub") if peer.kind == "hub" else "—"),
                     QCoreApplication.translate("SyncScreen", kind) if kind else peer.kind,
                     when_text(peer.last_exchange_at) if peer.last_exchange_at else self.tr("never"),
                     locale.toString(peer.pending_changes)]
            for column, text in enumerate(cells):
                item = QTableWidgetItem(text)
                if column == 0:
                    item.setToolTip(peer.site_id)
                if column == 4:
                    item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
                self.peer_table.setItem(row, column, item)
            if selected is not None and peer.site_id == selected.site_id:
                self.peer_table.selectRow(row)
        self.peer_table.setVisible(bool(peers))
        self.peers_empty.setVisible(not peers)
        self._update_buttons()

    def selected_peer(self) -> PeerView | None:
        model = self.peer_table.selectionModel()
        rows = model.selectedRows() if model is not None else []
        if not rows or rows[0].row() >= len(self.peers):
            return None
        return self.peers[rows[0].row()]

    def peer_names(self) -> list[str]:
        """(Tests) the officer column as shown."""
        return [self.peer_table.item(r, 1).text() for r in range(self.peer_table.rowCount())]

    def _show_conflict_count(self, count: int) -> None:
        self.tabs.setTabText(1, self.tr("&Conflicts ({count})").format(count=count) if count else self.tr("&Conflicts"))

    def _update_buttons(self) -> None:
        idle = self.handle is None
        peer = self.selected_peer()
        self.export_peer.setEnabled(idle and peer is not None and peer.kind != "hub")
        self.export_all.setEnabled(idle)
        self.import_button.setEnabled(idle)
        has_url = bool(self.hub_url.text().strip())
        self.sync_now.setEnabled(idle and has_url)
        self.save_password.setEnabled(has_url)

    # ---- background work ------------------------------------------------------------------------------

    def _start(self, label: str, work: Callable[[Callable[[int, int], bool]], Any], on_done: Callable[[Any], None],
               on_error: Callable[[BaseException], None] | None = None) -> None:
        self.summary.setText(html.escape(label) + "…")
        self.progress.setValue(0)
        self.progress.setVisible(True)
        self.cancel_button.setVisible(True)
        failed = on_error or (lambda exc: self._failed(label, exc))
        self.handle = self.ctx.tasks.run_with_progress(work, on_done, on_error=failed, owner=self, label=label)
        self._update_buttons()

    def _stop(self) -> None:
        self.handle = None
        self.progress.setVisible(False)
        self.cancel_button.setVisible(False)
        self._update_buttons()

    def _on_progress(self, handle: TaskHandle) -> None:
        if handle is self.handle and handle.fraction is not None:
            self.progress.setValue(int(1000 * handle.fraction))

    def _on_finished(self, handle: TaskHandle) -> None:
        # The runner does not hand Cancelled to on_error: a cancelled exchange is seen finishing here.
        if handle is self.handle and handle.cancelled:
            self._stop()
            self.summary.setText(self.tr("Cancelled: nothing was changed."))

    def cancel(self) -> None:
        if self.handle is not None:
            self.handle.cancel()

    def _failed(self, label: str, exc: BaseException) -> None:
        self._stop()
        if isinstance(exc, Cancelled):
            self.summary.setText(self.tr("Cancelled: nothing was changed."))
            return
        failed = html.escape(self.tr("{task} failed:").format(task=label))
        self.summary.setText(f"<span style='color: #b3261e'><b>{failed}</b> {html.escape(user_message(exc))}</span>")
        self.ctx.tasks.report(exc, label, self)

    # ---- bundles --------------------------------------------------------------------------------------

    def export(self, for_peer: bool, path: str | None = None) -> None:
        peer = self.selected_peer() if for_peer else None
        if self.handle is not None or (for_peer and peer is None):
            return
        if not path:
            who = (peer.officer_name or peer.site_id[:8]) if peer is not None else "everyone"
            suggested = f"MAGIA sync for {who} {date.today().isoformat()}{SUFFIX}"
            path, _filter = QFileDialog.getSaveFileName(self, self.tr("Export a sync bundle"), suggested,
                                                        QCoreApplication.translate("SyncScreen", FILE_FILTER))
            if not path:
                return
        if not path.endswith(SUFFIX):
            path += SUFFIX
        store, site = self.ctx.store, peer.site_id if peer is not None else None
        self._start(self.tr("Exporting a sync bundle"),
                    lambda progress: export_bundle(store, path, for_site=site, progress=progress), self._exported)

    def _exported(self, info: BundleInfo) -> None:
        self._stop()
        self.summary.setText(self.tr("Wrote %Ln changes to {file} ({size}). Carry it by USB stick or email; the other "
                                     "laptop imports it here.", "", info.count).format(
            file=f"<b>{html.escape(info.path.name)}</b>", size=QLocale().formattedDataSize(info.size_bytes)))
        self.ctx.operations.changed({"sync_peer"})  # the peer's "last exchange" moved

    def confirm_import(self, info: BundleInfo) -> bool:
        """Show who sent the bundle and what it holds before anything is merged."""
        sender = info.officer_name or self.tr("site {site}").format(site=info.site_id[:8])
        lines = [f"<b>{html.escape(info.path.name)}</b>",
                 self.tr("From {sender}, written {when}").format(sender=html.escape(sender),
                                                                 when=html.escape(when_text(info.created_at))),
                 self.tr("%Ln changes, {size}", "", info.count).format(
                     size=QLocale().formattedDataSize(info.size_bytes))]
        if info.for_site not in (None, self.ctx.store.site_id):
            warning = html.escape(self.tr("It was written for another laptop"))
            lines.append(self.tr("{warning}; importing it is safe all the same.").format(warning=f"<b>{warning}</b>"))
        text = "<br>".join(lines) + "<br><br>" + html.escape(self.tr("Merge it into this store?"))
        answer = QMessageBox.question(self, self.tr("Import a sync bundle"), text,
                                      QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel,
                                      QMessageBox.StandardButton.Yes)
        return answer == QMessageBox.StandardButton.Yes

    def import_bundle(self, path: str | None = None) -> None:
        if self.handle is not None:
            return
        if not path:
            path, _filter = QFileDialog.getOpenFileName(self, self.tr("Import a sync bundle"), "",
                                                        QCoreApplication.translate("SyncScreen", FILE_FILTER))
            if not path:
                return
        try:
            info = read_bundle_info(path)  # a header read from a zip: a few ms
        except Exception as exc:
            self._failed(self.tr("Reading the bundle"), exc)
            return
        if not self.confirm_import(info):
            return
        store = self.ctx.store
        prefix = self.tr("From {sender}:").format(sender=info.officer_name or info.site_id[:8]) + " "
        self._start(self.tr("Importing a sync bundle"), lambda progress: import_bundle(store, path, progress=progress),
                    lambda result: self._merged(result, prefix))

    def _merged(self, result: MergeResult, prefix: str) -> None:
        self._stop()
        self.last_result = result
        self.summary.setText(html.escape(prefix) + self.merge_summary(result))
        # Every screen showing a kind that was written refreshes (and this one: peers, conflicts).
        self.ctx.operations.changed(set(result.by_table) | {"sync_peer", "sync_conflict"})

    def merge_summary(self, result: MergeResult) -> str:
        """What an import or a pull changed here, in a sentence or two (HTML)."""
        if result.new == 0:
            return self.tr("Nothing new: all %Ln changes were already here.", "", result.received)
        parts = [self.tr("%Ln new changes merged", "", result.new)]
        if result.inserted:
            parts.append(self.tr("%Ln records added", "", result.inserted))
        if result.updated:
            parts.append(self.tr("%Ln updated", "", result.updated))
        if result.duplicates:
            parts.append(self.tr("%Ln already here", "", result.duplicates))
        text = ", ".join(parts) + "."
        if result.by_table:
            tables = ", ".join(f"{record_word(t)}: {n}" for t, n in sorted(result.by_table.items()))
            text += f" <span style='color: palette(placeholder-text)'>({html.escape(tables)})</span>"
        if result.conflicts:
            conflicts = self.tr("%Ln new conflicts", "", result.conflicts)
            text += "<br>" + self.tr("{conflicts}: the same field was edited on both sides; see the Conflicts tab."
                                     ).format(conflicts=f"<b>{conflicts}</b>")
        if result.pending:
            text += "<br>" + self.tr("%Ln records wait for a newer version or for a record not here yet.", "",
                                     result.pending)
        if result.clamped:
            sites = sorted({c.site_id[:8] for c in result.clamped})
            clamped = self.tr("%Ln changes dated in the future were clamped", "", len(result.clamped))
            text += "<br>" + self.tr("{clamped} to now (wrong clock on site {sites}, e.g. {time}).").format(
                clamped=f"<b>{clamped}</b>", sites=", ".join(sites), time=html.escape(result.clamped[0].original_time))
        return text

    # ---- team hub -------------------------------------------------------------------------------------

    def ask_password(self) -> None:
        url = self.hub_url.text().strip()
        if not url:
            return
        password, ok = QInputDialog.getText(self, self.tr("Team hub password"),
                                            self.tr("Password for the hub (kept in the system keyring, never in a "
                                                    "file):"), QLineEdit.EchoMode.Password)
        if not ok or not password:
            return
        self.ctx.tasks.run(lambda: save_hub_password(url, password),
                           lambda _none: self.hub_status.setText(self.tr("Password saved in the system keyring.")),
                           on_error=lambda exc: self._failed(self.tr("Saving the hub password"), exc), owner=self)

    def sync_hub(self) -> None:
        url = self.hub_url.text().strip()
        if not url or self.handle is not None:
            return
        self.ctx.settings.setValue(HUB_URL_KEY, url)
        store = self.ctx.store
        self.hub_status.setText(self.tr("Connecting to the team hub…"))
        self._start(self.tr("Syncing with the team hub"), lambda progress: sync_with_hub(store, url, progress=progress),
                    self._hub_done, self._failed_hub)

    def _hub_done(self, result: HubSyncResult) -> None:
        sent = self.tr("sent %Ln new changes", "", result.pushed.new)
        received = self.tr("received %Ln", "", result.pulled.new)
        self.hub_status.setText(self.tr("Synced with {hub}: {sent}, {received}.").format(
            hub=html.escape(result.hub), sent=sent, received=received))
        self._merged(result.pulled, self.tr("From the team hub:") + " ")

    def _failed_hub(self, exc: BaseException) -> None:
        self.hub_status.setText(self.tr("The sync did not happen; nothing was changed here."))
        self._failed(self.tr("Syncing with the team hub"), exc)

    # ---- screen protocol ------------------------------------------------------------------------------

    def focus_search(self) -> None:
        self.peer_table.setFocus()

    def show_conflicts(self) -> None:
        self.tabs.setCurrentWidget(self.conflicts)
