"""Opening a database at start-up, when anything can be wrong with it: a file that is not a
database, one cut short by a copy that did not finish, one that cannot be written, a server
that does not answer.  Each is one sentence in the user's language (a DatabaseUnavailable),
never a driver's traceback."""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from sqlalchemy.exc import DBAPIError, SQLAlchemyError

from desktop.core.errors import DatabaseUnavailable, DomainError
from desktop.core.i18n import QT_TRANSLATE_NOOP, msg
from desktop.core.store.db import Database, unavailable

SQLITE_MAGIC = b"SQLite format 3\x00"
HEADER = 100


def not_a_database(path: Path) -> DatabaseUnavailable:
    return DatabaseUnavailable(msg(QT_TRANSLATE_NOOP(
        "Messages", "{path} is not a ReturnDesk database (not an SQLite file, or damaged). "
        "Open another file with --database, or restore a backup copy."), path=str(path)),
        "damaged")


def truncated(path: Path, size: int, expected: int) -> DatabaseUnavailable:
    return DatabaseUnavailable(msg(QT_TRANSLATE_NOOP(
        "Messages", "{path} is cut short ({size} of {expected} bytes): a copy that did not "
        "finish? Restore a backup copy; nothing was changed."), path=str(path), size=size,
        expected=expected), "damaged")


def check_sqlite_file(path: Path | None) -> None:
    """A quick look at the file's header before SQLite opens it: the magic string, and the
    page count times the page size against the file's length (a cut-short copy)."""
    if path is None or not path.exists():
        return
    try:
        with path.open("rb") as handle:
            header = handle.read(HEADER)
        size = path.stat().st_size
    except OSError as exc:
        raise DatabaseUnavailable(msg(QT_TRANSLATE_NOOP(
            "Messages", "The database file {path} cannot be read ({reason})."),
            path=str(path), reason=exc.strerror or type(exc).__name__), "read_only") from exc
    if size == 0:
        return  # a new, empty file: SQLite makes it a database
    if len(header) < HEADER or not header.startswith(SQLITE_MAGIC):
        raise not_a_database(path)
    page_size = int.from_bytes(header[16:18], "big")
    page_size = 65536 if page_size == 1 else page_size
    pages = int.from_bytes(header[28:32], "big")
    header_size_valid = header[24:28] == header[92:96]  # SQLite's own rule for that field
    if header_size_valid and pages and size < pages * page_size and not _wal_in_use(path):
        raise truncated(path, size, pages * page_size)


def _wal_in_use(path: Path) -> bool:
    """A write-ahead log with frames in it: a checkpoint may be growing the file right now
    (it writes the header's new page count first), so its length proves nothing."""
    wal = path.with_name(path.name + "-wal")
    try:
        return wal.stat().st_size > 0
    except OSError:
        return False


@contextmanager
def opening(db: Database) -> Iterator[None]:
    """Every driver error met while a database is opened and made ready, in words."""
    try:
        yield
    except DomainError:
        raise
    except DBAPIError as exc:
        text = str(exc.orig).lower() if exc.orig is not None else str(exc).lower()
        path = db.sqlite_path
        if path is not None and ("not a database" in text or "malformed" in text):
            raise not_a_database(path) from exc
        raise unavailable(exc) from exc
    except (sqlite3.Error, SQLAlchemyError) as exc:
        path = db.sqlite_path
        if path is not None:
            raise not_a_database(path) from exc
        raise unavailable(exc) from exc
