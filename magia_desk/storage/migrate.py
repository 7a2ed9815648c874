"""Alembic, driven from the app: which revision a store is at, and upgrading it to head."""

from __future__ import annotations

import re
import sys
from functools import lru_cache
from pathlib import Path
from typing import TYPE_CHECKING

from sqlalchemy import Engine, inspect, text

if TYPE_CHECKING:
    from alembic.config import Config

# Alembic itself takes most of a second to import: it is imported only when a store really needs migrating.
# Which revisions exist, and the head, are read from the revision files' own `revision`/`down_revision` lines.
_REVISION = re.compile(r"^revision\s*=\s*['\"]([^'\"]+)['\"]", re.MULTILINE)
_DOWN_REVISION = re.compile(r"^down_revision\s*=\s*(?:None|['\"]([^'\"]+)['\"])", re.MULTILINE)


def migrations_dir() -> Path:
    """The Alembic scripts: `migrations/` at the top of the source tree, or inside the frozen app."""
    frozen = getattr(sys, "_MEIPASS", None)
    if frozen:
        return Path(frozen) / "migrations"
    return Path(__file__).resolve().parents[2] / "migrations"


def alembic_config() -> Config:
    from alembic.config import Config

    config = Config()
    config.set_main_option("script_location", str(migrations_dir()))
    return config


@lru_cache(maxsize=1)
def _revisions() -> dict[str, str | None]:
    """revision -> the revision it follows (None for the baseline)."""
    graph: dict[str, str | None] = {}
    for script in sorted((migrations_dir() / "versions").glob("*.py")):
        source = script.read_text(encoding="utf-8")
        revision, down = _REVISION.search(source), _DOWN_REVISION.search(source)
        if revision and down:
            graph[revision.group(1)] = down.group(1)
    return graph


def head_revision() -> str:
    graph = _revisions()
    heads = set(graph) - {down for down in graph.values() if down}
    if len(heads) != 1:
        raise RuntimeError(f"the migrations must have exactly one head, found {sorted(heads)}")
    return heads.pop()


def is_known(revision: str) -> bool:
    return revision in _revisions()


def current_revision(engine: Engine) -> str | None:
    with engine.connect() as connection:
        if not inspect(connection).has_table("alembic_version"):
            return None
        return connection.execute(text("SELECT version_num FROM alembic_version")).scalar()


# Arbitrary constant naming the PostgreSQL advisory lock taken while a hub is migrated.
HUB_MIGRATION_LOCK = 0x4D414749  # "MAGI"


def upgrade(engine: Engine, revision: str = "head") -> None:
    from alembic import command

    config = alembic_config()
    with engine.begin() as connection:
        if connection.dialect.name == "postgresql":
            # A team hub: several laptops may open a new or older hub at once. One migrates inside this
            # transaction-scoped lock; the others wait, then find the schema current and do nothing.
            connection.exec_driver_sql(f"SELECT pg_advisory_xact_lock({HUB_MIGRATION_LOCK})")
        config.attributes["connection"] = connection
        command.upgrade(config, revision)
