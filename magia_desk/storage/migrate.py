"""Alembic, driven from the app: which revision a store is at, and upgrading it to head."""

from __future__ import annotations

import sys
from functools import lru_cache
from pathlib import Path

from alembic import command
from alembic.config import Config
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy import Engine


def migrations_dir() -> Path:
    """The Alembic scripts: `migrations/` at the top of the source tree, or inside the frozen app."""
    frozen = getattr(sys, "_MEIPASS", None)
    if frozen:
        return Path(frozen) / "migrations"
    return Path(__file__).resolve().parents[2] / "migrations"


def alembic_config() -> Config:
    config = Config()
    config.set_main_option("script_location", str(migrations_dir()))
    return config


@lru_cache(maxsize=1)
def _script() -> ScriptDirectory:
    return ScriptDirectory.from_config(alembic_config())


def head_revision() -> str:
    head = _script().get_current_head()
    assert head is not None
    return head


def is_known(revision: str) -> bool:
    try:
        return _script().get_revision(revision) is not None
    except Exception:
        return False


def current_revision(engine: Engine) -> str | None:
    with engine.connect() as connection:
        return MigrationContext.configure(connection).get_current_revision()


# Arbitrary constant naming the PostgreSQL advisory lock taken while a hub is migrated.
HUB_MIGRATION_LOCK = 0x4D414749  # "MAGI"


def upgrade(engine: Engine, revision: str = "head") -> None:
    config = alembic_config()
    with engine.begin() as connection:
        if connection.dialect.name == "postgresql":
            # A team hub: several laptops may open a new or older hub at once. One migrates inside this
            # transaction-scoped lock; the others wait, then find the schema current and do nothing.
            connection.exec_driver_sql(f"SELECT pg_advisory_xact_lock({HUB_MIGRATION_LOCK})")
        config.attributes["connection"] = connection
        command.upgrade(config, revision)
