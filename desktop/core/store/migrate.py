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

from sqlalchemy import Connection, inspect, select, text

from desktop import __version__
from desktop.core.errors import WrongVersion
from desktop.core.i18n import QT_TRANSLATE_NOOP, msg
from desktop.core.model import PolicySetting
from desktop.core.rules.policy import POLICIES
from desktop.core.store.db import Database
from desktop.core.store.opening import check_sqlite_file, opening

if TYPE_CHECKING:
    from alembic.config import Config

MIGRATIONS = Path(__file__).with_name("migrations")
# The newest migration.  Start-up compares the database with this constant so that Alembic is
# imported only when there is something to migrate; a test keeps it equal to Alembic's head.
SCHEMA_HEAD = "0010"


class SchemaOutOfDate(WrongVersion):
    """The database schema is not the one this program was built for."""


@dataclass(frozen=True)
class SchemaState:
    current: str | None
    head: str
    backup: Path | None = None  # the copy made before this upgrade (SQLite), if any

    @property
    def up_to_date(self) -> bool:
        return self.current == self.head


# The PostgreSQL advisory lock every ``db upgrade`` takes for its transaction: four
# administrators (or scripts) upgrading at once migrate one after the other; the later ones
# find the schema done.
UPGRADE_LOCK_KEY = 0x52445550  # "RDUP"


def alembic_config(db: Database, connection: Connection | None = None) -> Config:
    from alembic.config import Config

    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS))
    config.attributes["engine"] = db.engine
    if connection is not None:
        config.attributes["connection"] = connection
    return config


def _revision(connection: Connection) -> str | None:
    if not inspect(connection).has_table("alembic_version"):
        return None
    return connection.execute(text("SELECT version_num FROM alembic_version")).scalar()


def schema_state(db: Database) -> SchemaState:
    """The database's revision (one query) against :data:`SCHEMA_HEAD`."""
    with opening(db):
        check_sqlite_file(db.sqlite_path)
        with db.engine.connect() as connection:
            return SchemaState(_revision(connection), SCHEMA_HEAD)


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
    """Bring the schema to the head revision and seed missing policy settings.

    An SQLite file that held an older schema is first copied beside itself
    (``<name>.backup-<old revision>-<time>.db``), whoever asks: a desk's start or
    ``returndesk db upgrade``.  The migration runs in one write transaction taken before the
    revision is read (SQLite: BEGIN IMMEDIATE; PostgreSQL: an advisory lock), so desks and
    administrators upgrading at once wait for each other and only the first migrates."""
    _refuse_unknown(db, schema_state(db))
    with opening(db):
        backup = _migrate_locked(db)
        seed_policy_defaults(db)
    state = schema_state(db)
    return SchemaState(state.current, state.head, backup)


def _migrate_locked(db: Database) -> Path | None:
    with db.write_engine.connect() as connection:
        if not db.is_sqlite:
            connection.execute(text("SELECT pg_advisory_xact_lock(:key)"),
                               {"key": UPGRADE_LOCK_KEY})
        current = _revision(connection)  # SQLite: the first statement began IMMEDIATE
        if current == SCHEMA_HEAD:
            connection.rollback()
            return None
        backup = backup_sqlite(db, current) if current is not None else None
        from alembic import command

        command.upgrade(alembic_config(db, connection), "head")
        connection.commit()
        return backup


def ensure_ready(db: Database) -> Path | None:
    """At start: SQLite is backed up and upgraded; PostgreSQL must already be up to date.

    Returns the backup file made, if any.
    """
    state = schema_state(db)
    _refuse_unknown(db, state)
    if state.up_to_date:
        with opening(db):
            seed_policy_defaults(db)  # a setting added by this release appears on every desk
        return None
    if not db.is_sqlite:
        raise behind_message(state)
    return upgrade(db).backup


def behind_message(state: SchemaState) -> SchemaOutOfDate:
    """A shared database behind this program: what it needs and who runs it."""
    if state.current is None:
        return SchemaOutOfDate(msg(QT_TRANSLATE_NOOP(
            "Messages", "The shared database has no ReturnDesk tables yet. Ask the "
            "administrator to run: returndesk db upgrade (with ReturnDesk {version})"),
            version=__version__))
    return SchemaOutOfDate(msg(QT_TRANSLATE_NOOP(
        "Messages", "The shared database has schema version {current}; this ReturnDesk "
        "{version} needs {head}. Ask the administrator to run: returndesk db upgrade (with "
        "ReturnDesk {version}), or install the ReturnDesk the other desks use."),
        current=state.current, head=state.head, version=__version__))


def _refuse_unknown(db: Database, state: SchemaState) -> None:
    if state.current is None or state.up_to_date:
        return
    from alembic.script import ScriptDirectory

    script = ScriptDirectory.from_config(alembic_config(db))
    known = {rev.revision for rev in script.walk_revisions()}
    if state.current not in known:
        raise SchemaOutOfDate(msg(QT_TRANSLATE_NOOP(
            "Messages", "The database was written by a newer ReturnDesk (schema {current}); "
            "this is ReturnDesk {version}, which knows schema {head} at most. Install the "
            "newer ReturnDesk (the installer or pip package your administrator hands out, "
            "the same version as the other desks) to open it."),
            current=state.current, head=state.head, version=__version__))


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
