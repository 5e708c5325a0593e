"""Opening the database at start-up: the one place the program turns a URL into a handle."""

from __future__ import annotations

from desktop.core.store.db import Database, resolve_database_url
from desktop.core.store.migrate import ensure_ready

__all__ = ["Database", "open_database"]


SERVER_POOL = 20  # connections a server keeps to PostgreSQL (its requests run in threads)


def open_database(url: str | None, server: bool = False) -> Database:
    """Open ``url`` (else RETURNDESK_DATABASE_URL, else the embedded file) and make its schema
    ready: SQLite is backed up and upgraded; PostgreSQL must already be up to date."""
    db = Database(resolve_database_url(url), pool_size=SERVER_POOL if server else 5)
    ensure_ready(db)
    return db
