"""The engine, the unit of work and the Alembic migrations."""

from desktop.core.store.db import Database, default_database_url, resolve_database_url

__all__ = ["Database", "default_database_url", "resolve_database_url"]
