"""The server's PostgreSQL role, attacked for real: it can read and write the working tables
through the services, but it cannot rewrite or delete the audit log or the stock ledger, run
DDL, TRUNCATE, or switch a trigger off."""

from __future__ import annotations

import itertools
import os
from collections.abc import Iterator

import pytest
from sqlalchemy import create_engine, text
from sqlalchemy.engine import Engine, make_url
from sqlalchemy.exc import DBAPIError

from desktop.core.services.kernel.actor import SYSTEM
from desktop.core.services.returns.query import ReturnQuery, list_requests
from desktop.core.store.db import Database
from desktop.core.store.roles import grant_to
from tests.conftest import _pg_admin
from tests.server.conftest import start_server

_names = itertools.count()


@pytest.fixture
def server_role(pg_demo_db: Database, pg_base_url: str) -> Iterator[tuple[str, Engine]]:
    role = f"rd_server_{os.getpid()}_{next(_names)}"
    _pg_admin(pg_base_url, f"CREATE ROLE {role} LOGIN")
    grant_to(pg_demo_db, role)
    url = make_url(pg_demo_db.url).set(username=role)
    engine = create_engine(url, isolation_level="AUTOCOMMIT")
    yield url.render_as_string(hide_password=False), engine
    engine.dispose()
    with pg_demo_db.engine.connect() as connection:  # its grants live in the test database
        connection.execute(text(f"DROP OWNED BY {role}"))
        connection.commit()
    pg_demo_db.dispose()
    _pg_admin(pg_base_url, f"DROP ROLE {role}")


ATTACKS = [
    "UPDATE audit_entry SET summary = 'nothing happened'",
    "DELETE FROM audit_entry",
    "UPDATE stock_movement SET quantity = quantity + 1000",
    "DELETE FROM stock_movement",
    "TRUNCATE audit_entry",
    "TRUNCATE return_request CASCADE",
    "DROP TABLE return_request CASCADE",
    "ALTER TABLE audit_entry DISABLE TRIGGER ALL",
    "ALTER TABLE audit_entry DISABLE TRIGGER audit_entry_append_only",
    "CREATE TABLE mallory (x int)",
    "UPDATE alembic_version SET version_num = '0001'",
    "SET session_replication_role = replica",
]


@pytest.mark.parametrize("attack", ATTACKS)
def test_the_servers_role_cannot(server_role: tuple[str, Engine], attack: str) -> None:
    _url, engine = server_role
    with engine.connect() as connection, pytest.raises(DBAPIError) as refused:
        connection.execute(text(attack))
    # refused for want of the privilege, not stopped later by a trigger the owner could drop
    assert "permission denied" in str(refused.value) or "must be owner" in str(refused.value)


def test_the_audit_log_and_ledger_are_still_written_by_that_role(
        server_role: tuple[str, Engine]) -> None:
    _url, engine = server_role
    with engine.connect() as connection:
        before = connection.execute(text("SELECT count(*) FROM audit_entry")).scalar_one()
        connection.execute(text(
            "INSERT INTO audit_entry (at, login, action, entity, entity_id, summary, changes, "
            "reason) VALUES (now(), 'x', 'test', 'test', '1', '', '{}', '')"))
        after = connection.execute(text("SELECT count(*) FROM audit_entry")).scalar_one()
    assert after == before + 1


def test_a_server_on_that_role_serves_the_desks(server_role: tuple[str, Engine]) -> None:
    """Log in, read, receive a box: the role is enough for every use case it served here."""
    from desktop.core.services.receiving.scan import receive_scan
    from tests.db.returns_helpers import shipped

    url, _engine = server_role
    db = Database(url)
    owner = Database(url.replace(make_url(url).username or "", "postgres", 1))
    number, codes = shipped(owner, 2)
    running = start_server(db)
    try:
        warehouse = running.login("warehouse")
        answer = warehouse.call(receive_scan, codes[0], "role-test-1")
        assert answer.outcome.accepted
        dealer = running.login("dealer")
        assert number in {r.number for r in dealer.call(list_requests, ReturnQuery(limit=1000))}
    finally:
        running.stop()
        db.dispose()
        owner.dispose()
    assert list_requests(owner, SYSTEM, ReturnQuery(limit=1))
