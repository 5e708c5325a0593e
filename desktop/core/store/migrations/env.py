"""Alembic environment: the engine comes from the program (``config.attributes``), never from
an ini file, so ``returndesk db upgrade`` migrates whatever ``--database`` names."""

from __future__ import annotations

from alembic import context

from desktop.core.model import Base

config = context.config
target_metadata = Base.metadata


def run_migrations_online() -> None:
    engine = config.attributes["engine"]
    with engine.connect() as connection:
        context.configure(
            connection=connection,
            target_metadata=target_metadata,
            render_as_batch=connection.dialect.name == "sqlite",
            compare_type=True,
        )
        with context.begin_transaction():
            context.run_migrations()
        connection.commit()


run_migrations_online()
