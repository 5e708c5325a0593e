"""The database a command works on directly: opened from ``--database`` (or the environment,
or the user's embedded file), made ready unless the command is the upgrade itself."""

from __future__ import annotations

import argparse
from typing import Any

from desktop.cli.returns import CliError


def open_database_for(args: argparse.Namespace) -> Any:
    """The database a command works on directly (made ready: SQLite upgraded)."""
    return open_database(args)


def open_database(args: argparse.Namespace, *, migrate: bool = True) -> Any:
    from desktop.core.store import Database, resolve_database_url
    from desktop.core.store.migrate import ensure_ready

    try:
        db = Database(resolve_database_url(args.database))
    except Exception as exc:  # a malformed URL, an unknown driver
        raise CliError(f"cannot open database: {exc}") from exc
    if migrate:
        ensure_ready(db)
    return db
