"""Alembic environment: the app hands over its connection (see magia_desk.storage.migrate)."""

from alembic import context
from sqlalchemy import create_engine

from magia_desk.storage.models import Base

target_metadata = Base.metadata
config = context.config


def run() -> None:
    connection = config.attributes.get("connection")
    if connection is None:  # `alembic` run by hand (developers: autogenerate a revision)
        url = config.get_main_option("sqlalchemy.url") or "sqlite:///alembic-dev.sqlite"
        with create_engine(url).connect() as fresh:
            _migrate(fresh)
            fresh.commit()
        return
    _migrate(connection)


def _migrate(connection) -> None:
    # render_as_batch: SQLite cannot ALTER most things, batch mode rebuilds the table instead.
    context.configure(connection=connection, target_metadata=target_metadata, render_as_batch=True)
    with context.begin_transaction():
        context.run_migrations()


run()
