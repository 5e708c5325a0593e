"""The server's database role (PostgreSQL): it owns nothing, so it cannot run DDL, TRUNCATE,
or disable a trigger; it may read and write the working tables, but only INSERT into the audit
log and the stock ledger (append-only for it: no UPDATE, no DELETE grant), and only read the
schema version.  The database administrator creates the role (with its password); the schema's
owner runs ``returndesk --database OWNER_URL db upgrade --grant-to ROLE`` after every upgrade."""

from __future__ import annotations

import re

from sqlalchemy import text

from desktop.core.errors import InvalidInput
from desktop.core.i18n import QT_TRANSLATE_NOOP, msg
from desktop.core.store.db import Database

APPEND_ONLY = ("audit_entry", "stock_movement")
READ_ONLY = ("alembic_version",)
ROLE_NAME = re.compile(r"[a-z_][a-z0-9_]{0,62}")


def grant_statements(role: str) -> list[str]:
    if not ROLE_NAME.fullmatch(role):
        raise InvalidInput(msg(QT_TRANSLATE_NOOP(
            "Messages", "{role} is not a database role name (lower-case letters, digits and "
            "_, starting with a letter)."), role=role), "role")
    return [
        f"REVOKE ALL ON ALL TABLES IN SCHEMA public FROM {role}",
        f"REVOKE CREATE ON SCHEMA public FROM {role}",
        f"GRANT USAGE ON SCHEMA public TO {role}",
        f"GRANT SELECT, INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA public TO {role}",
        f"REVOKE UPDATE, DELETE ON {', '.join(APPEND_ONLY)} FROM {role}",
        f"REVOKE INSERT, UPDATE, DELETE ON {', '.join(READ_ONLY)} FROM {role}",
        f"GRANT USAGE, SELECT ON ALL SEQUENCES IN SCHEMA public TO {role}",
    ]


def grant_to(db: Database, role: str) -> None:
    """Give ``role`` exactly what the server needs on the current schema."""
    if db.is_sqlite:
        raise InvalidInput(msg(QT_TRANSLATE_NOOP(
            "Messages", "Database roles are for PostgreSQL; an SQLite file has none.")), "role")
    statements = grant_statements(role)
    with db.engine.begin() as connection:
        exists = connection.execute(text("SELECT 1 FROM pg_roles WHERE rolname = :r"),
                                    {"r": role}).first()
        if exists is None:
            raise InvalidInput(msg(QT_TRANSLATE_NOOP(
                "Messages", "There is no database role {role}: the database administrator "
                "creates it first (CREATE ROLE {role} LOGIN PASSWORD '…')."), role=role), "role")
        for statement in statements:
            connection.execute(text(statement))
