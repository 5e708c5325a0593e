"""A unit's history (C3, #15) over 1,000,000 repair orders: how many queries it costs and how
long it takes, by serial and by model + date code, on SQLite and (with ``--pg``) PostgreSQL.
The earlier-repair lookup a registration makes is measured too (it runs on every new case)."""

from __future__ import annotations

import statistics
import tempfile
import time
from dataclasses import replace
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

REPAIRS = 1_000_000
RUNS = 20


def _fill(db: Any, repairs: int) -> tuple[str, str]:
    """The demo world and ``repairs`` finished repair orders on 200,000 serials of every model
    (five repairs a serial) with date codes over 36 months; the serial and the model + date code
    asked for."""
    from sqlalchemy import insert, select

    from desktop.core.model import Product, RepairOrder
    from desktop.core.rules.stock import RepairResult
    from desktop.demo import load_demo

    load_demo(db)
    with db.read() as session:
        products = list(session.execute(select(Product.id, Product.code)).all())
    start = datetime(2024, 1, 1, tzinfo=UTC)
    batch = 50_000
    with db.write() as session:
        for first in range(0, repairs, batch):
            session.execute(insert(RepairOrder), [{
                "number": f"B{i:09d}", "product_id": products[(i // 5) % len(products)][0],
                "serial": f"BS{i // 5:08d}", "date_code": f"{24 + (i % 36) // 12}"
                f"{(i % 12) + 1:02d}", "quantity": 1, "project": False, "in_warranty": True,
                "fault_found": "bench", "technician": "tech", "minutes": 10,
                "result": RepairResult.REPAIRED, "fee": 0, "repaired_parts": "",
                "opened_at": start + timedelta(minutes=i), "finished_at":
                start + timedelta(minutes=i + 30), "version": 1}
                for i in range(first, min(first + batch, repairs))])
        session.commit()
    if db.engine.dialect.name == "postgresql":  # as a database in use has its statistics
        from sqlalchemy import text

        with db.engine.connect() as connection:
            connection.execute(text("ANALYZE"))
            connection.commit()
    middle = repairs // 2
    product = products[(middle // 5) % len(products)][1]
    return f"BS{middle // 5:08d}", f"{product} {24 + (middle % 36) // 12}{(middle % 12) + 1:02d}"


def _timed(db: Any, call: Any) -> dict[str, Any]:
    """Median and worst of ``RUNS`` calls, and the statements one call sends."""
    from sqlalchemy import event

    statements: list[str] = []

    def count(*_args: Any) -> None:
        statements.append("q")

    times = []
    for run in range(RUNS + 1):
        if run == RUNS:
            event.listen(db.engine, "before_cursor_execute", count)
        begin = time.perf_counter()
        result = call()
        times.append((time.perf_counter() - begin) * 1000)
    event.remove(db.engine, "before_cursor_execute", count)
    return {"median_ms": round(statistics.median(times[:RUNS]), 2),
            "max_ms": round(max(times[:RUNS]), 2), "queries": len(statements),
            "events": len(result) if isinstance(result, list) else len(result.events)}


def _measure(db: Any, repairs: int) -> dict[str, Any]:
    from desktop.core.rules.roles import Role
    from desktop.core.services.kernel.actor import SYSTEM
    from desktop.core.services.service.units import Unit, earlier_repairs, unit_history
    from desktop.core.store.migrate import upgrade

    upgrade(db)
    began = time.perf_counter()
    serial, model_code = _fill(db, repairs)
    filled = time.perf_counter() - began
    tech = replace(SYSTEM, role=Role.TECHNICIAN)

    from sqlalchemy import func, select

    from desktop.core.model import RepairOrder

    with db.read() as session:  # the unit comes back a day after its last repair
        last = session.scalar(select(func.max(RepairOrder.finished_at)).where(
            RepairOrder.serial == serial))
    back = (last or datetime.now(UTC)) + timedelta(days=1)

    def earlier() -> list[str]:
        with db.read() as session:
            return earlier_repairs(session, Unit(0, serial, ""), back, 30)

    found = {"repairs": repairs, "fill_s": round(filled, 1),
             "by_serial": _timed(db, lambda: unit_history(db, tech, serial)),
             "by_model_and_date_code": _timed(db, lambda: unit_history(db, tech, model_code)),
             "earlier_repairs": _timed(db, earlier)}
    db.dispose()
    return found


def measure_units_sqlite(repairs: int = REPAIRS) -> dict[str, Any]:
    from desktop.core.store.db import Database

    with tempfile.TemporaryDirectory() as folder:
        return _measure(Database(f"sqlite:///{Path(folder) / 'units.db'}"), repairs)


def measure_units_pg(server_url: str, repairs: int = REPAIRS) -> dict[str, Any]:
    """The same on a PostgreSQL server: a fresh database is made there and dropped after."""
    from sqlalchemy import create_engine, make_url, text

    from desktop.core.store.db import Database

    name = f"returndesk_units_{int(time.time())}"
    admin = create_engine(server_url, isolation_level="AUTOCOMMIT")
    with admin.connect() as connection:
        connection.execute(text(f"CREATE DATABASE {name}"))
    try:
        url = make_url(server_url).set(database=name)
        return _measure(Database(url.render_as_string(hide_password=False)), repairs)
    finally:
        with admin.connect() as connection:
            connection.execute(text(f"DROP DATABASE IF EXISTS {name} WITH (FORCE)"))
        admin.dispose()


def measure_units(repairs: int, pg: str | None) -> dict[str, Any]:
    found = {"sqlite": measure_units_sqlite(repairs or REPAIRS)}
    if pg:
        found["postgresql"] = measure_units_pg(pg, repairs or REPAIRS)
    return found


def print_units(found: dict[str, Any]) -> None:
    for engine, figures in found.items():
        print(f"unit history over {figures['repairs']:,} repair orders ({engine}, filled in "
              f"{figures['fill_s']} s):")
        for key in ("by_serial", "by_model_and_date_code", "earlier_repairs"):
            f = figures[key]
            print(f"  {key:<24} median {f['median_ms']:8.2f} ms, max {f['max_ms']:8.2f} ms, "
                  f"{f['queries']} queries, {f['events']} records")
