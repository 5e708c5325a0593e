"""One engine per process, created at start-up from the database URL and injected.

SQLite: WAL, foreign keys on, a busy timeout, and transactions begun by us: ``BEGIN IMMEDIATE``
for a write unit of work (so a read-then-write transaction never dies with "database is
locked"), plain ``BEGIN`` for a read.  PostgreSQL: a pooled engine with pre-ping so a dropped
connection is replaced, not reported as a crash.
"""

from __future__ import annotations

import os
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from sqlalchemy import Connection, Engine, create_engine, event
from sqlalchemy.engine import URL, make_url
from sqlalchemy.exc import InterfaceError, OperationalError
from sqlalchemy.orm import Session

from desktop.core.errors import DatabaseUnavailable
from desktop.core.guard import check_thread
from desktop.core.i18n import QT_TRANSLATE_NOOP, msg

ENV_URL = "RETURNDESK_DATABASE_URL"
WRITE_OPTION = "returndesk_write"


def default_database_url() -> str:
    """The embedded SQLite file in the user's data folder (platformdirs)."""
    from platformdirs import user_data_path

    folder = user_data_path("ReturnDesk", appauthor=False)
    return f"sqlite:///{folder / 'returndesk.db'}"


def resolve_database_url(explicit: str | None = None) -> str:
    """``--database`` beats ``RETURNDESK_DATABASE_URL`` beats the embedded default."""
    return explicit or os.environ.get(ENV_URL) or default_database_url()


def _sqlite_connect(dbapi_connection: Any, _record: Any) -> None:
    dbapi_connection.isolation_level = None  # we emit BEGIN ourselves (see _sqlite_begin)
    cursor = dbapi_connection.cursor()
    cursor.execute("PRAGMA journal_mode=WAL")
    cursor.execute("PRAGMA foreign_keys=ON")
    cursor.execute("PRAGMA busy_timeout=30000")
    cursor.execute("PRAGMA synchronous=FULL")  # a committed receipt survives a power cut
    cursor.close()


def _sqlite_begin(conn: Any) -> None:
    write = conn.get_execution_options().get(WRITE_OPTION, False)
    # On the driver's own connection: this runs before every unit of work, and a statement
    # through SQLAlchemy's execution machinery cost a tenth of a scan.
    conn.connection.driver_connection.execute("BEGIN IMMEDIATE" if write else "BEGIN")


# A desk must not freeze when the server or the network goes: libpq waits for ever for a server
# that accepts the connection and never answers, and for ~15 minutes (TCP retransmissions) when
# the network drops under a running query.  Either may be set in the URL instead.
CONNECT_TIMEOUT_S = 5
TCP_USER_TIMEOUT_MS = 10_000


def _pg_timeouts(url: URL) -> dict[str, Any]:
    defaults = {"connect_timeout": CONNECT_TIMEOUT_S, "tcp_user_timeout": TCP_USER_TIMEOUT_MS}
    return {key: value for key, value in defaults.items() if key not in url.query}


class Database:
    """The engine and its sessions.  ``write()`` and ``read()`` are the units of work."""

    def __init__(self, url: str, *, echo: bool = False, pool_size: int = 5) -> None:
        from desktop.core.store.lengths import install

        install()  # over-long text is refused in words on both databases
        self.url: URL = make_url(url)
        self.is_sqlite = self.url.get_backend_name() == "sqlite"
        if self.is_sqlite:
            self._prepare_sqlite_folder()
            self.engine: Engine = create_engine(self.url, echo=echo, connect_args={"timeout": 30})
            event.listen(self.engine, "connect", _sqlite_connect)
            event.listen(self.engine, "begin", _sqlite_begin)
        else:
            self.engine = create_engine(self.url, echo=echo, pool_pre_ping=True,
                                        pool_size=pool_size, max_overflow=pool_size,
                                        connect_args=_pg_timeouts(self.url))
        self._write_engine = self.engine.execution_options(**{WRITE_OPTION: True})

    @property
    def write_engine(self) -> Engine:
        """The engine whose transactions are writes (SQLite: BEGIN IMMEDIATE)."""
        return self._write_engine

    def _prepare_sqlite_folder(self) -> None:
        database = self.url.database
        if database and database != ":memory:":
            Path(database).expanduser().parent.mkdir(parents=True, exist_ok=True)

    @property
    def sqlite_path(self) -> Path | None:
        if self.is_sqlite and self.url.database and self.url.database != ":memory:":
            return Path(self.url.database).expanduser()
        return None

    def describe(self) -> str:
        """What the status bar shows: the file, or server/database without the password."""
        if self.sqlite_path is not None:
            return f"SQLite {self.sqlite_path}"
        return self.url.render_as_string(hide_password=True)

    @contextmanager
    def write(self) -> Iterator[Session]:
        """A write unit of work: rolled back unless the service commits."""
        check_thread()
        with self._session(self._write_engine) as session:
            yield session

    @contextmanager
    def write_connection(self) -> Iterator[Connection]:
        """A write unit of work in Core statements, for the hot paths (a scan): no Session to
        set up and tear down.  Rolled back unless the caller commits."""
        check_thread()
        try:
            with self._write_engine.connect() as connection:
                yield connection
        except (OperationalError, InterfaceError) as exc:
            raise unavailable(exc) from exc

    @contextmanager
    def read(self) -> Iterator[Session]:
        """A read-only unit of work."""
        check_thread()
        with self._session(self.engine) as session:
            yield session

    @contextmanager
    def _session(self, bind: Engine) -> Iterator[Session]:
        session = Session(bind=bind, expire_on_commit=False, autoflush=True)
        try:
            yield session
        except (OperationalError, InterfaceError) as exc:
            # The connection, the disk or the lock failed: say so, in words.  Anything else
            # (an integrity error, a programming error) goes up as it is.
            session.rollback()
            raise unavailable(exc) from exc
        finally:
            session.close()  # rolls back what was not committed; loaded rows stay readable

    def dispose(self) -> None:
        self.engine.dispose()


def unavailable(exc: Exception) -> DatabaseUnavailable:
    orig = getattr(exc, "orig", None)
    text = str(orig if orig is not None else exc).lower()
    if ("disk" in text and "full" in text) or "no space" in text:
        cause, source = "disk_full", QT_TRANSLATE_NOOP(
            "Messages", "The disk holding the database is full; nothing was saved."
        )
    elif "locked" in text or "busy" in text:
        cause, source = "busy", QT_TRANSLATE_NOOP(
            "Messages", "The database is busy with another desk; nothing was saved. Try again."
        )
    elif "readonly" in text or "read-only" in text or "unable to open database file" in text:
        cause, source = "read_only", QT_TRANSLATE_NOOP(
            "Messages", "The database file cannot be written; nothing was saved."
        )
    else:
        cause, source = "unreachable", QT_TRANSLATE_NOOP(
            "Messages",
            "The database cannot be reached; nothing was saved. Check the connection and try "
            "again.",
        )
    return DatabaseUnavailable(msg(source), cause)
