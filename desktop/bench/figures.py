"""The figures bench (issue 16): over 1,000,000 return requests with their lines, two years of
months, on SQLite and on a PostgreSQL server (--pg): the month's figures against the same
aggregate queries written by hand (figures_sql.py), without and with the indexes the month
conditions use; 100,000 rows to Excel against a bare XlsxWriter loop writing the same cells; the
monthly PDF against a bare reportlab page with the same charts and strings.  Each pair runs
alternately in the same run, so both see the same machine."""

from __future__ import annotations

import statistics
import tempfile
import time
from collections.abc import Callable
from datetime import UTC, date, datetime
from pathlib import Path
from typing import Any

REQUESTS = 1_000_000
ROWS = 100_000


def _alternately(first: Callable[[], object], second: Callable[[], object],
                 runs: int) -> tuple[float, float]:
    times: tuple[list[float], list[float]] = ([], [])
    for _ in range(runs):
        for job, sink in ((first, times[0]), (second, times[1])):
            start = time.perf_counter()
            job()
            sink.append(time.perf_counter() - start)
    return statistics.median(times[0]), statistics.median(times[1])


def last_full_month(now: datetime) -> date:
    from desktop.bench.figures_data import months_back

    return months_back(now.astimezone().date(), 1)


def _queries(db: Any, runs: int, month: date) -> dict[str, Any]:
    """The month's figures through the service and by hand, as management sees them."""
    from dataclasses import replace

    from desktop.bench import figures_sql
    from desktop.core.rules.figures import Month
    from desktop.core.rules.roles import Role
    from desktop.core.services.figures.monthly import monthly_figures
    from desktop.core.services.figures.spec import Window
    from desktop.core.services.kernel.actor import SYSTEM

    now = datetime.now(UTC)
    manager = replace(SYSTEM, role=Role.MANAGEMENT)
    window = Window(Month.of(month), Month.of(month), now)
    dialect = "sqlite" if db.is_sqlite else "postgresql"
    sql = figures_sql.queries(dialect, window.offset)
    params = _params(window, db.is_sqlite)
    raw = db.engine.raw_connection()
    try:
        def service() -> object:
            return monthly_figures(db, manager, str(window.first), now=now)

        def by_hand() -> object:
            result = figures_sql.run(raw.driver_connection, dialect, sql, params)
            if not db.is_sqlite:
                raw.driver_connection.commit()  # psycopg opened a transaction: end it
            return result

        service()
        by_hand()  # warm both (caches, statement compilation)
        service_s, hand_s = _alternately(service, by_hand, runs)
    finally:
        raw.close()
    return {"service_ms": round(service_s * 1000, 1), "by_hand_ms": round(hand_s * 1000, 1),
            "ratio": round(service_s / hand_s, 2), "queries": len(sql)}


def _params(window: Any, sqlite: bool) -> dict[str, Any]:
    from datetime import timedelta

    def stamp(value: datetime) -> Any:  # SQLite keeps naive UTC text, as SQLAlchemy writes it
        return value.astimezone(UTC).replace(tzinfo=None).strftime("%Y-%m-%d %H:%M:%S.%f") \
            if sqlite else value

    def day(value: date) -> Any:
        return value.isoformat() if sqlite else value

    return {"start": stamp(window.start), "end": stamp(window.end),
            "start_day": day(window.start_day), "end_day": day(window.end_day),
            "today": day(window.today), "hours": 24,
            "cutoff": stamp(window.now - timedelta(hours=24))}


def measure_database(db: Any, requests: int, runs: int) -> dict[str, Any]:
    """Fill ``db`` (migrated, empty), then time the month's figures without and with indexes."""
    from desktop.bench.figures_data import add_indexes, fill

    month = last_full_month(datetime.now(UTC))
    start = time.perf_counter()
    counts = fill(db, requests, month)
    filled_s = time.perf_counter() - start
    plain = _queries(db, runs, month)
    add_indexes(db)
    indexed = _queries(db, runs, month)
    from desktop.bench.figures_page import measure_page

    return {"month": f"{month:%Y-%m}", "rows": counts, "fill_s": round(filled_s, 1),
            "without_indexes": plain, "with_indexes": indexed,
            "page": measure_page(db, month, runs)}


def measure_figures_sqlite(requests: int = REQUESTS, runs: int = 5) -> dict[str, Any]:
    from desktop.core.store.db import Database
    from desktop.core.store.migrate import upgrade

    with tempfile.TemporaryDirectory() as folder:
        db = Database(f"sqlite:///{Path(folder) / 'figures.db'}")
        upgrade(db)
        try:
            return measure_database(db, requests, runs)
        finally:
            db.dispose()


def measure_figures_pg(server_url: str, requests: int = REQUESTS,
                       runs: int = 5) -> dict[str, Any]:
    """The same on a PostgreSQL server: a database is made there and dropped after."""
    from sqlalchemy import create_engine, text

    from desktop.core.store.db import Database
    from desktop.core.store.migrate import upgrade

    name = f"returndesk_figures_{int(time.time())}"
    admin = create_engine(server_url, isolation_level="AUTOCOMMIT")
    with admin.connect() as connection:
        connection.execute(text(f"CREATE DATABASE {name}"))
    head, _, query = server_url.partition("?")
    db = Database(f"{head.rsplit('/', 1)[0]}/{name}" + (f"?{query}" if query else ""))
    try:
        upgrade(db)
        return measure_database(db, requests, runs)
    finally:
        db.dispose()
        with admin.connect() as connection:
            connection.execute(text(f"DROP DATABASE IF EXISTS {name} WITH (FORCE)"))
        admin.dispose()
