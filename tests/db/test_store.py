"""The store: migrations on both databases, the append-only audit log, and what the user is
told when the database is full, gone, locked or out of date."""

import sqlite3
import threading
from pathlib import Path

import pytest
from sqlalchemy import create_engine, delete, inspect, select, text, update
from sqlalchemy.exc import IntegrityError

from desktop.core.errors import DatabaseUnavailable
from desktop.core.model import AuditEntry, Organisation, PolicySetting
from desktop.core.rules.policy import POLICIES
from desktop.core.services.admin.policy import update_setting
from desktop.core.services.kernel.actor import SYSTEM, Actor
from desktop.core.services.kernel.policy import current_policy
from desktop.core.store.db import Database
from desktop.core.store.migrate import (
    SCHEMA_HEAD,
    SchemaOutOfDate,
    alembic_head,
    backup_sqlite,
    ensure_ready,
    schema_state,
    upgrade,
)

TABLES = {"organisation", "app_user", "product", "part", "product_part", "policy_setting",
          "calendar_day", "audit_entry"}


def test_the_start_up_head_constant_is_alembics_head(db: Database) -> None:
    assert alembic_head(db) == SCHEMA_HEAD


def test_upgrade_creates_the_schema_and_seeds_every_policy(db: Database) -> None:
    state = upgrade(db)  # a second upgrade is harmless
    assert state.up_to_date
    assert set(inspect(db.engine).get_table_names()) >= TABLES
    with db.read() as session:
        keys = set(session.scalars(select(PolicySetting.key)))
    assert keys == {p.key for p in POLICIES}


def test_the_audit_log_refuses_update_and_delete(demo_db: Database) -> None:
    with demo_db.write() as session, pytest.raises(IntegrityError):
        session.execute(update(AuditEntry).values(reason="rewritten"))
        session.commit()
    with demo_db.write() as session, pytest.raises(IntegrityError):
        session.execute(text("DELETE FROM audit_entry"))
        session.commit()
    with demo_db.read() as session:
        assert session.scalar(select(AuditEntry.id).limit(1)) is not None


def test_policy_change_is_read_back_by_every_desk(demo_db: Database, admin: Actor) -> None:
    row = update_setting(demo_db, admin, "returns.completion_working_days", 7, None, "新规定")
    assert row.value == 7
    assert current_policy(demo_db, admin).returns_completion_working_days == 7
    other_desk = Database(demo_db.url.render_as_string(hide_password=False))
    assert current_policy(other_desk, admin).returns_completion_working_days == 7
    other_desk.dispose()


def test_a_shared_database_behind_the_program_is_refused_with_the_command_to_run(
    pg_url: str,
) -> None:
    db = Database(pg_url)
    with pytest.raises(SchemaOutOfDate, match="returndesk db upgrade"):
        ensure_ready(db)
    upgrade(db)
    assert ensure_ready(db) is None
    db.dispose()


def test_a_database_from_a_newer_program_is_refused(db: Database) -> None:
    with db.write() as session:
        session.execute(text("UPDATE alembic_version SET version_num = '9999'"))
        session.commit()
    with pytest.raises(SchemaOutOfDate, match="newer"):
        ensure_ready(db)


def test_a_new_sqlite_file_is_created_and_upgraded_at_start(tmp_path: Path) -> None:
    db = Database(f"sqlite:///{tmp_path / 'sub' / 'new.db'}")
    assert ensure_ready(db) is None  # nothing to back up in a new file
    assert schema_state(db).up_to_date
    db.dispose()


def test_backup_copies_the_sqlite_file_consistently(sqlite_demo_db: Database) -> None:
    copy = backup_sqlite(sqlite_demo_db, "0001")
    assert copy is not None
    with sqlite3.connect(copy) as connection:
        count = connection.execute("SELECT count(*) FROM organisation").fetchone()[0]
    assert count > 30


def test_a_full_disk_is_reported_and_loses_nothing(sqlite_demo_db: Database) -> None:
    """SQLite's page limit stands in for a full disk."""
    demo_db = sqlite_demo_db
    path = demo_db.sqlite_path
    assert path is not None
    full = Database(f"sqlite:///{path}")

    from sqlalchemy import event

    @event.listens_for(full.engine, "connect")
    def _limit(dbapi_connection: object, _record: object) -> None:
        pages = dbapi_connection.execute("PRAGMA page_count").fetchone()[0]  # type: ignore[attr-defined]
        dbapi_connection.execute(f"PRAGMA max_page_count = {pages}")  # type: ignore[attr-defined]

    with pytest.raises(DatabaseUnavailable, match="full") as refused, full.write() as session:
        session.add_all(
            AuditEntry(login="x", action="fill", entity="x", entity_id=str(i), summary="x" * 390)
            for i in range(5000))
        session.commit()
    assert "nothing was saved" in refused.value.message.source
    full.dispose()
    with demo_db.read() as session:
        assert session.scalar(select(AuditEntry.id).where(AuditEntry.action == "fill")) is None


def test_an_unreachable_server_is_a_clear_message(tmp_path: Path) -> None:
    db = Database("postgresql+psycopg://nobody@127.0.0.1:1/none?connect_timeout=2")
    with pytest.raises(DatabaseUnavailable, match="cannot be reached"), db.read() as session:
        session.execute(text("SELECT 1"))
    db.dispose()


def test_a_dropped_connection_is_replaced_without_the_user_noticing(
    pg_demo_db: Database,
) -> None:
    demo_db = pg_demo_db
    with demo_db.read() as session:
        session.execute(text("SELECT 1"))
    killer = create_engine(demo_db.url, isolation_level="AUTOCOMMIT")
    with killer.connect() as connection:
        connection.execute(text(
            "SELECT pg_terminate_backend(pid) FROM pg_stat_activity "
            "WHERE datname = current_database() AND pid <> pg_backend_pid()"))
    killer.dispose()
    assert current_policy(demo_db, SYSTEM).callback_due_hours == 72


def test_concurrent_read_then_write_transactions_never_see_database_locked(
    demo_db: Database,
) -> None:
    """Eight desks each read a counter and write it back, 25 times: with write units of work
    begun IMMEDIATE on SQLite (and row locks on PostgreSQL) none fails and none is lost."""
    errors: list[BaseException] = []

    def desk() -> None:
        try:
            for _ in range(25):
                with demo_db.write() as session:
                    org = session.scalars(select(Organisation).where(
                        Organisation.code == "HQ").with_for_update()).one()
                    org.version += 1
                    session.commit()
        except BaseException as exc:
            errors.append(exc)

    with demo_db.read() as session:
        start = session.scalar(select(Organisation.version).where(Organisation.code == "HQ"))
    threads = [threading.Thread(target=desk) for _ in range(8)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert errors == []
    with demo_db.read() as session:
        end = session.scalar(select(Organisation.version).where(Organisation.code == "HQ"))
    assert end == (start or 0) + 200


def test_an_old_sqlite_file_is_backed_up_then_upgraded_at_start(tmp_path: Path) -> None:
    from alembic import command

    from desktop.core.store.migrate import alembic_config

    path = tmp_path / "returndesk.db"
    old = Database(f"sqlite:///{path}")
    command.upgrade(alembic_config(old), "0001")
    with old.write() as session:
        session.add(Organisation(code="HQ", name="总部", kind="hq", version=1))
        session.commit()
    old.dispose()
    db = Database(f"sqlite:///{path}")
    backup = ensure_ready(db)
    assert backup is not None
    assert backup.name.startswith("returndesk.backup-0001-")
    assert schema_state(db).up_to_date
    with db.read() as session:
        assert session.scalar(select(Organisation.name)) == "总部"
    with sqlite3.connect(backup) as connection:
        assert connection.execute("SELECT version_num FROM alembic_version").fetchone() == (
            "0001",)
    db.dispose()


def test_downgrade_and_upgrade_round_trip(db: Database) -> None:
    from alembic import command

    from desktop.core.store.migrate import alembic_config

    command.downgrade(alembic_config(db), "base")
    assert schema_state(db).current is None
    assert upgrade(db).up_to_date


def test_the_migrations_build_exactly_the_models_schema(db: Database) -> None:
    from alembic.autogenerate import compare_metadata
    from alembic.runtime.migration import MigrationContext

    from desktop.core.model import Base

    with db.engine.connect() as connection:
        differences = compare_metadata(MigrationContext.configure(connection), Base.metadata)
    assert differences == []


def test_a_server_that_never_answers_is_a_clear_message_not_a_frozen_desk() -> None:
    """A server (or a proxy) that takes the connection and then says nothing: libpq would wait
    for ever; the desk says the database cannot be reached after the connect timeout."""
    import socket

    silent = socket.socket()
    silent.bind(("127.0.0.1", 0))
    silent.listen(8)  # connections complete in the backlog; nobody ever answers them
    port = silent.getsockname()[1]
    db = Database(f"postgresql+psycopg://nobody@127.0.0.1:{port}/none")
    outcome: list[BaseException] = []

    def read() -> None:
        try:
            with db.read() as session:
                session.execute(text("SELECT 1"))
        except BaseException as exc:  # handed to the test thread
            outcome.append(exc)

    worker = threading.Thread(target=read, daemon=True)
    worker.start()
    worker.join(60)  # the timeout is 5 s; without one this never returns
    silent.close()
    db.dispose()
    assert not worker.is_alive(), "the read still waits on a server that never answers"
    assert len(outcome) == 1
    assert isinstance(outcome[0], DatabaseUnavailable)
    assert "cannot be reached" in str(outcome[0].message.source)


def test_a_setting_missing_from_the_database_appears_at_the_next_start(
        demo_db: Database, admin: Actor) -> None:
    """A release that adds a setting: its row is added when any desk starts, not only by a
    migration, and the policy page lists every setting the release knows meanwhile."""
    from desktop.core.model import PolicySetting
    from desktop.core.services.admin.policy import list_settings

    with demo_db.write() as session:
        session.execute(delete(PolicySetting).where(PolicySetting.key == "callback.due_hours"))
        session.commit()
    listed = {row.key: row for row in list_settings(demo_db, admin)}
    assert listed["callback.due_hours"].value == 72  # shown at its default, not left out
    assert listed["callback.due_hours"].version == 0
    assert ensure_ready(demo_db) is None  # the next desk that starts
    with demo_db.read() as session:
        assert session.get(PolicySetting, "callback.due_hours") is not None
    saved = update_setting(demo_db, admin, "callback.due_hours", 48, 1, "")
    assert saved.value == 48


def test_audit_times_come_from_the_database_servers_clock(demo_db: Database,
                                                          admin: Actor) -> None:
    """A desk whose clock is wrong cannot date what it did: the INSERT of an audit entry
    carries no time from the desk (the database fills in its own), and the entry reads back
    the database's time."""
    from datetime import datetime

    from sqlalchemy import event

    from desktop.core.model import AuditEntry
    from desktop.core.services.kernel.audit import database_now, record

    sent: list[tuple[str, object]] = []

    def capture(_conn: object, _cursor: object, statement: str, parameters: object,
                _context: object, _many: bool) -> None:
        if statement.lstrip().upper().startswith("INSERT INTO AUDIT_ENTRY"):
            sent.append((statement, parameters))

    event.listen(demo_db.engine, "before_cursor_execute", capture)
    with demo_db.write() as session:
        record(session, admin, "test.clock", "test", 1)
        session.flush()
        server_now = session.scalar(select(database_now(session)))
        session.commit()
    event.remove(demo_db.engine, "before_cursor_execute", capture)
    with demo_db.read() as session:
        at = session.scalars(select(AuditEntry.at).where(AuditEntry.action == "test.clock")).one()
    [(statement, parameters)] = sent
    values = parameters.values() if isinstance(parameters, dict) else parameters
    assert not any(isinstance(v, datetime) for v in values)  # type: ignore[union-attr]
    assert "now()" in statement or "strftime" in statement
    assert server_now is not None
    assert abs((at - server_now.replace(tzinfo=at.tzinfo)).total_seconds()) < 1
