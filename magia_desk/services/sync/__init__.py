"""Offline laptops and a team hub (sync.md, issue 11): per-field last-writer-wins by hybrid logical clock.

Public API (what the Sync and Conflicts screens and the CLI call):
- bundles:   export_bundle(store, path, for_site=None) -> BundleInfo; import_bundle(store, path) -> MergeResult;
             read_bundle_info(path) -> BundleInfo (preview)
- hub:       sync_with_hub(store, url) -> HubSyncResult; save_hub_password(url, password); open_team_hub(url)
- peers:     list_peers(store) -> [PeerView]
- conflicts: list_conflicts(store) -> [ConflictView]; resolve_conflict(store, conflict_id, pick="local"|"remote")
- pending:   list_pending(store) -> [PendingView]; apply_pending(store) -> MergeResult (after an upgrade)
- low level: apply_changes(store, [ChangeRecord]) -> MergeResult
Every function takes an optional progress(done, total) callback where the work can be long.
"""

from magia_desk.services.sync.bundle import (
    BundleError,
    BundleInfo,
    BundleTooNewError,
    export_bundle,
    import_bundle,
    read_bundle_info,
)
from magia_desk.services.sync.conflicts import ConflictSide, ConflictView, list_conflicts, resolve_conflict
from magia_desk.services.sync.hub import HubError, HubSyncResult, open_team_hub, save_hub_password, sync_with_hub
from magia_desk.services.sync.log import ChangeRecord
from magia_desk.services.sync.merge import (
    ClampedChange,
    MergeResult,
    PendingView,
    apply_changes,
    apply_pending,
    list_pending,
)
from magia_desk.services.sync.peers import PeerView, list_peers

__all__ = [
    "BundleError",
    "BundleInfo",
    "BundleTooNewError",
    "ChangeRecord",
    "ClampedChange",
    "ConflictSide",
    "ConflictView",
    "HubError",
    "HubSyncResult",
    "MergeResult",
    "PeerView",
    "PendingView",
    "apply_changes",
    "apply_pending",
    "export_bundle",
    "import_bundle",
    "list_conflicts",
    "list_peers",
    "list_pending",
    "open_team_hub",
    "read_bundle_info",
    "resolve_conflict",
    "save_hub_password",
    "sync_with_hub",
]
