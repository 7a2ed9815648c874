"""The team hub: a PostgreSQL database holding the same schema and change log as every laptop.

`sync_with_hub` pushes the changes the hub lacks and pulls the ones this store lacks, each side merging with
the same rules as a bundle (merge.py), so the hub's rows always hold the merged state and `--db
postgresql://...` can run reports on it directly.

Credentials: never in settings files or logs. The password comes from, in order: the URL itself (typed by
the user; never printed), $MAGIA_DESK_HUB_PASSWORD (CI and scripts), the system keyring (service "MAGIA
Desk hub", account "user@host:port/database"; `save_hub_password` stores it there). TLS is used whenever
the server offers it (sslmode=prefer), unless the URL sets sslmode itself (e.g. sslmode=require).
"""

from __future__ import annotations

import os
from dataclasses import dataclass

from sqlalchemy.engine import URL, make_url

from magia_desk.domain.errors import MagiaError
from magia_desk.services.common import Progress
from magia_desk.services.sync.erasure import finish_erasure
from magia_desk.services.sync.log import (
    changes_missing_from,
    held_vector,
    receipt_cutoffs,
    receipts_after,
)
from magia_desk.services.sync.merge import MergeResult, Sender, merge_in_session, refresh_statistics
from magia_desk.services.sync.peers import local_officer_name
from magia_desk.storage.store import Store, StoreError, is_database_url, open_hub

KEYRING_SERVICE = "MAGIA Desk hub"
PASSWORD_ENV = "MAGIA_DESK_HUB_PASSWORD"


class HubError(MagiaError):
    """The hub cannot be reached or used (wrong URL, refused login, network)."""


@dataclass(frozen=True)
class HubSyncResult:
    hub_site_id: str
    hub: str  # the URL without password, for messages
    pushed: MergeResult  # what the hub did with our changes
    pulled: MergeResult  # what we did with the hub's


def _parse(url: str) -> URL:
    if not is_database_url(url):
        raise HubError(f"A team hub is a PostgreSQL URL (postgresql://user@host/database), not {url!r}")
    return make_url(url.replace("postgres://", "postgresql://", 1))


def hub_account(url: str) -> str:
    parsed = _parse(url)
    return f"{parsed.username or ''}@{parsed.host or 'localhost'}:{parsed.port or 5432}/{parsed.database or ''}"


def display_url(url: str) -> str:
    return _parse(url).render_as_string(hide_password=True)


def hub_password(url: str) -> str | None:
    """The password for this hub, from the URL, the environment or the keyring (None: let the server decide)."""
    parsed = _parse(url)
    if parsed.password is not None:
        return str(parsed.password)
    if os.environ.get(PASSWORD_ENV):
        return os.environ[PASSWORD_ENV]
    try:
        import keyring

        return keyring.get_password(KEYRING_SERVICE, hub_account(url))
    except Exception:  # no keyring backend on this system: a server with trust or peer auth still works
        return None


def save_hub_password(url: str, password: str) -> None:
    """Keep the hub password in the system keyring (the only place it is stored)."""
    import keyring

    try:
        keyring.set_password(KEYRING_SERVICE, hub_account(url), password)
    except Exception as exc:
        raise HubError(f"The system keyring refused to store the password: {exc}") from exc


def open_team_hub(url: str) -> Store:
    """The hub as a Store (created or migrated to this version's schema when older; refused when newer)."""
    try:
        return open_hub(url, password=hub_password(url))
    except StoreError:
        raise
    except MagiaError:
        raise
    except Exception as exc:  # psycopg's OperationalError and friends: say what failed without the password
        first_line = str(exc).strip().splitlines()[0] if str(exc).strip() else type(exc).__name__
        raise HubError(f"Cannot use the hub {display_url(url)}: {first_line}") from exc


def sync_with_hub(store: Store, url: str, progress: Progress | None = None) -> HubSyncResult:
    """Pull what we lack, push what the hub lacks, then pull again. Each step is one transaction.

    Pulling first means that an erasure made elsewhere (erasure.py) is applied here before anything is sent:
    edits made offline of a person erased meanwhile leave this laptop without their personal values. The last
    pull brings what the hub now knows of us (its receipts, what it holds) and whatever arrived meanwhile.
    """
    if store.engine.dialect.name == "postgresql" and str(store.engine.url.database) == _parse(url).database:
        raise HubError("This store is the hub itself; sync a laptop's store with it instead.")
    hub = open_team_hub(url)
    try:
        with store.read() as local:
            officer = local_officer_name(local, store.officer_id)
        pulled = _pull(store, hub, progress)
        # If pushing fails now, what we pulled stays merged and the next sync pushes again (idempotent).
        with hub.session() as remote:
            # Push: everything the hub lacks; merge_in_session takes the hub's merge lock first.
            hub_vector = held_vector(remote)
            hub_cutoffs = receipt_cutoffs(remote)
            with store.read() as local:
                our_vector = held_vector(local)
                push = list(changes_missing_from(local, hub_vector))
                push_receipts = receipts_after(local, hub_cutoffs)
            me = Sender(store.site_id, officer, "laptop", our_vector, store.clock.tick().encode())
            pushed = merge_in_session(remote, hub, push, receipts=push_receipts, sender=me)
        refresh_statistics(hub, pushed)
        return HubSyncResult(hub.site_id, display_url(url), pushed, pulled.add(_pull(store, hub, progress)))
    finally:
        hub.close()


def _pull(store: Store, hub: Store, progress: Progress | None) -> MergeResult:
    """Merge what the hub holds and we lack (read in one hub transaction, merged in one local one)."""
    with store.read() as local:
        our_vector = held_vector(local)
        cutoffs = receipt_cutoffs(local, origin_site=store.site_id)
    with hub.read() as remote:
        hub_vector = held_vector(remote)
        pull = list(changes_missing_from(remote, our_vector))
        pull_receipts = receipts_after(remote, cutoffs, origin_site=store.site_id)
        hub_clock = hub.clock.tick().encode()
    them = Sender(hub.site_id, "team hub", "hub", hub_vector, hub_clock)
    with store.session() as local:
        pulled = merge_in_session(local, store, pull, receipts=pull_receipts, sender=them, progress=progress)
    finish_erasure(store, pulled.erased, pulled.erased_files)
    return pulled
