"""Alembic, run from the program: create or migrate the schema, check it, back it up.

SQLite is upgraded automatically at start after a backup copy of the file is made;
PostgreSQL is upgraded by ``returndesk db upgrade`` and an out-of-date schema is refused with
a message that says so.
"""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING

from sqlalchemy import inspect, select, text

from desktop.core.errors import DomainError
from desktop.core.i18n import QT_TRANSLATE_NOOP, msg
from desktop.core.model import PolicySetting
from desktop.core.rules.policy import POLICIES
from desktop.core.store.db import Database

if TYPE_CHECKING:
    from alembic.config import Config

MIGRATIONS = Path(__file__).with_name("migrations")
# The newest migration.  Start-up compares the database with this constant so that Alembic is
# imported only when there is something to migrate; a test keeps it equal to Alembic's head.
SCHEMA_HEAD = "0008"


class SchemaOutOfDate(DomainError):
    """The database schema is not the one this program was built for."""


@dataclass(frozen=True)
class SchemaState:
    current: str | None
    head: str

    @property
    def up_to_date(self) -> bool:
        return self.current == self.head


def alembic_config(db: Database) -> Config:
    from alembic.config import Config

    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS))
    config.attributes["engine"] = db.engine
    return config


def schema_state(db: Database) -> SchemaState:
    """The database's revision (one query) against :data:`SCHEMA_HEAD`."""
    with db.engine.connect() as connection:
        if not inspect(connection).has_table("alembic_version"):
            return SchemaState(None, SCHEMA_HEAD)
        current = connection.execute(text("SELECT version_num FROM alembic_version")).scalar()
    return SchemaState(current, SCHEMA_HEAD)


def alembic_head(db: Database) -> str:
    from alembic.script import ScriptDirectory

    head = ScriptDirectory.from_config(alembic_config(db)).get_current_head()
    assert head is not None
    return head


def backup_sqlite(db: Database, label: str) -> Path | None:
    """Copy the SQLite file (consistently, through SQLite's backup API) beside itself."""
    path = db.sqlite_path
    if path is None or not path.exists():
        return None
    stamp = datetime.now().strftime("%Y%m%d-%H%M%S")
    target = path.with_name(f"{path.stem}.backup-{label}-{stamp}{path.suffix}")
    source = sqlite3.connect(path)
    try:
        destination = sqlite3.connect(target)
        try:
            source.backup(destination)
        finally:
            destination.close()
    finally:
        source.close()
    return target


def upgrade(db: Database) -> SchemaState:
    """Bring the schema to the head revision and seed missing policy settings."""
    state = schema_state(db)
    _refuse_unknown(db, state)
    if not state.up_to_date:
        from alembic import command

        command.upgrade(alembic_config(db), "head")
    seed_policy_defaults(db)
    return schema_state(db)


def ensure_ready(db: Database) -> Path | None:
    """At start: SQLite is backed up and upgraded; PostgreSQL must already be up to date.

    Returns the backup file made, if any.
    """
    state = schema_state(db)
    _refuse_unknown(db, state)
    if state.up_to_date:
        seed_policy_defaults(db)  # a setting added by this release appears on every desk
        return None
    if not db.is_sqlite and state.current is None:
        raise SchemaOutOfDate(msg(QT_TRANSLATE_NOOP(
            "Messages", "The shared database has no ReturnDesk tables yet. Ask the "
            "administrator to run: returndesk db upgrade")))
    if not db.is_sqlite:
        raise SchemaOutOfDate(
            msg(
                QT_TRANSLATE_NOOP(
                    "Messages",
                    "The shared database has schema version {current}; this ReturnDesk needs "
                    "{head}. Ask the administrator to run: returndesk db upgrade",
                ),
                current=state.current or "—",
                head=state.head,
            )
        )
    backup = backup_sqlite(db, state.current) if state.current else None
    upgrade(db)
    return backup


def _refuse_unknown(db: Database, state: SchemaState) -> None:
    if state.current is None or state.up_to_date:
        return
    from alembic.script import ScriptDirectory

    script = ScriptDirectory.from_config(alembic_config(db))
    known = {rev.revision for rev in script.walk_revisions()}
    if state.current not in known:
        raise SchemaOutOfDate(
            msg(
                QT_TRANSLATE_NOOP(
                    "Messages",
                    "The database was written by a newer ReturnDesk (schema {current}). "
                    "Install the newer version to open it.",
                ),
                current=state.current,
            )
        )


def seed_policy_defaults(db: Database) -> int:
    """Insert every policy setting that the database does not have yet, at its default;
    returns how many.  Run at every start (a release that adds a setting adds its row), so
    it reads first and writes only when something is missing; desks starting together race
    harmlessly (ON CONFLICT DO NOTHING)."""
    with db.read() as session:
        present = set(session.scalars(select(PolicySetting.key)))
    missing = [p for p in POLICIES if p.key not in present]
    if not missing:
        return 0
    if db.is_sqlite:
        from sqlalchemy.dialects.sqlite import insert as sqlite_insert

        stmt = sqlite_insert(PolicySetting).on_conflict_do_nothing()
    else:
        from sqlalchemy.dialects.postgresql import insert as pg_insert

        stmt = pg_insert(PolicySetting).on_conflict_do_nothing()  # type: ignore[assignment]
    with db.write() as session:
        session.execute(stmt, [{"key": p.key, "value": p.default, "updated_by": "system",
                                "version": 1} for p in missing])
        session.commit()
    return len(missing)


def wipe(db: Database) -> None:
    """Drop everything (``demo --replace``): downgrade to nothing, then upgrade again."""
    if schema_state(db).current is not None:
        from alembic import command

        backup_sqlite(db, "before-wipe")
        command.downgrade(alembic_config(db), "base")
    upgrade(db)
