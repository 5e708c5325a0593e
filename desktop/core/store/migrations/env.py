"""Alembic environment: the engine comes from the program (``config.attributes``), never from
an ini file, so ``returndesk db upgrade`` migrates whatever ``--database`` names."""

from __future__ import annotations

from alembic import context
from sqlalchemy import Connection

from desktop.core.model import Base

config = context.config
target_metadata = Base.metadata


def _run(connection: Connection) -> None:
    context.configure(
        connection=connection,
        target_metadata=target_metadata,
        render_as_batch=connection.dialect.name == "sqlite",
        compare_type=True,
    )
    with context.begin_transaction():
        context.run_migrations()


def run_migrations_online() -> None:
    given = config.attributes.get("connection")
    if given is not None:  # the caller's locked transaction (upgrade): it commits
        _run(given)
        return
    with config.attributes["engine"].connect() as connection:
        _run(connection)
        connection.commit()


run_migrations_online()
