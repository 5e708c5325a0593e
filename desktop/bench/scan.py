"""The scan path (L3): Enter → receipt committed → row in the desk's list, over 1,000 scans with
1,000,000 boxes in the database, against a raw sqlite3 insert + commit with the same durability
(WAL, synchronous=FULL) in the same file and the same run."""

from __future__ import annotations

import sqlite3
import statistics
import tempfile
import time
from datetime import UTC, datetime
from decimal import Decimal
from pathlib import Path
from typing import Any

BOXES = 1_000_000
SCANS = 1_000


def _fill(db: Any, boxes: int) -> list[str]:
    """The demo world, ``boxes`` declared boxes in 500-box requests, and the codes to scan."""
    from sqlalchemy import insert, select

    from desktop.core.model import Box, Organisation, ReturnRequest
    from desktop.core.rules.boxcode import box_code
    from desktop.core.rules.workflow import State
    from desktop.demo import load_demo

    load_demo(db)
    with db.read() as session:
        dealer, region = session.execute(select(Organisation.id, Organisation.region_id).where(
            Organisation.code == "D-SH01")).one()
    per_request = 500
    requests = boxes // per_request
    now = datetime.now(UTC)
    with db.write() as session:
        session.execute(insert(ReturnRequest), [
            {"number": f"B{i:09d}", "dealer_org_id": dealer, "region_id": region,
             "state": State.SHIPPED, "note": "", "reject_reason": "", "line_count": 1,
             "total_quantity": per_request, "total_value": Decimal(1), "created_by": "bench",
             "created_at": now, "version": 1, "box_count": per_request, "waybill": "B",
             "boxes_received": 0} for i in range(requests)])
        ids = dict(session.execute(select(ReturnRequest.number, ReturnRequest.id).where(
            ReturnRequest.number.like("B%"))).all())
        for i in range(requests):
            number = f"B{i:09d}"
            session.execute(insert(Box), [
                {"request_id": ids[number], "box_no": k, "code": box_code(number, k),
                 "contents": ""} for k in range(1, per_request + 1)])
        session.commit()
    return [box_code(f"B{i:09d}", k) for i in range(2 * SCANS // per_request + 1)
            for k in range(1, per_request + 1)][:2 * SCANS]  # the desk's, then the service's


def _raw(path: Path, count: int) -> list[float]:
    connection = sqlite3.connect(path, isolation_level=None)
    connection.execute("PRAGMA journal_mode=WAL")
    connection.execute("PRAGMA synchronous=FULL")
    connection.execute("CREATE TABLE bench_raw (id INTEGER PRIMARY KEY, box_id INTEGER UNIQUE, "
                       "scan_id TEXT UNIQUE, login TEXT, received_at TEXT)")
    times = []
    for i in range(count):
        start = time.perf_counter()
        connection.execute("BEGIN IMMEDIATE")
        connection.execute("INSERT INTO bench_raw (box_id, scan_id, login, received_at) "
                           "VALUES (?, ?, ?, ?)", (i, f"raw-{i}", "bench", "2026-11-22"))
        connection.execute("COMMIT")
        times.append(time.perf_counter() - start)
    connection.close()
    return times


def _desk(db: Any, codes: list[str]) -> tuple[list[float], int]:
    """Each scan typed into the desk: the time from Enter until the log has painted the row
    (the log lays itself out on the pass after the answer and paints on the next: waiting for
    the answer alone would leave that paint to the next scan's clock)."""
    from PySide6.QtCore import QEvent, QEventLoop, QObject
    from PySide6.QtWidgets import QApplication

    from desktop.backend.local import LocalBackend
    from desktop.core.services.access.auth import login
    from desktop.ui.app import create_application
    from desktop.ui.receiving.desk import ReceivingDesk

    class Painted(QObject):
        count = 0

        def eventFilter(self, _watched: QObject, event: QEvent) -> bool:
            if event.type() == QEvent.Type.Paint:
                self.count += 1
            return False

    create_application()
    desk = ReceivingDesk(LocalBackend(db, login(db, "warehouse", "demo1234")))
    desk.resize(1280, 800)
    desk.show()
    QApplication.processEvents()
    painted = Painted()
    desk.recent.viewport().installEventFilter(painted)
    accepted: list[bool] = []  # every answer (the desk keeps only the last 500 on screen)
    answered_at = [0]  # the log's paints when the answer came

    def answered_now(result: Any) -> None:
        accepted.append(result.outcome.accepted)
        answered_at[0] = painted.count

    desk.queue.answered.connect(answered_now)
    times = []
    for code in codes:
        start = time.perf_counter()
        answered = desk.answers
        desk.scan.setText(code)
        desk.scan.returnPressed.emit()  # what Enter from the scanner does
        while desk.answers == answered or painted.count == answered_at[0]:
            QApplication.processEvents(QEventLoop.ProcessEventsFlag.WaitForMoreEvents)
        times.append(time.perf_counter() - start)
    desk.close()
    return times, sum(accepted)


def _service(db: Any, codes: list[str]) -> list[float]:
    """The same scan without the desk: the service call alone (what the desk adds is the
    difference)."""
    from desktop.core.services.access.auth import login
    from desktop.core.services.receiving.scan import new_scan_id, receive_scan

    actor = login(db, "warehouse", "demo1234")
    times = []
    for code in codes:
        start = time.perf_counter()
        receive_scan(db, actor, code, new_scan_id("bench"))
        times.append(time.perf_counter() - start)
    return times


def _figures(times: list[float]) -> dict[str, float]:
    ordered = sorted(times)
    return {"median_ms": round(statistics.median(ordered) * 1000, 3),
            "p99_ms": round(ordered[int(len(ordered) * 0.99) - 1] * 1000, 3)}


def measure_scan(boxes: int = BOXES) -> dict[str, Any]:
    from desktop.core.store.db import Database

    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "scan.db"
        return _measure(Database(f"sqlite:///{path}"), lambda count: _raw(path, count), boxes)


def _measure(db: Any, raw_inserts: Any, boxes: int) -> dict[str, Any]:
    """Fill ``db``, time the raw inserts and the desk in the same run, dispose of ``db``."""
    from desktop.core.store.migrate import upgrade

    try:
        upgrade(db)
        start = time.perf_counter()
        codes = _fill(db, boxes)
        fill_s = time.perf_counter() - start
        desk_codes, service_codes = codes[:SCANS], codes[SCANS:]
        raw = _figures(raw_inserts(len(desk_codes)))
        service = _figures(_service(db, service_codes))
        desk_times, received = _desk(db, desk_codes)
        desk = _figures(desk_times)
    finally:
        db.dispose()
    return {"boxes": boxes, "scans": len(desk_codes), "received": received,
            "fill_s": round(fill_s, 1), "raw": raw, "service": service, "desk": desk,
            "median_ratio": round(desk["median_ms"] / raw["median_ms"], 2)}


def _raw_pg(url: str, count: int) -> list[float]:
    import psycopg

    plain = url.replace("postgresql+psycopg://", "postgresql://")
    times = []
    with psycopg.connect(plain) as connection:
        connection.execute("CREATE TEMP TABLE bench_raw (id SERIAL PRIMARY KEY, box_id INTEGER "
                           "UNIQUE, scan_id TEXT UNIQUE, login TEXT, received_at TEXT)")
        connection.commit()
        for i in range(count):
            start = time.perf_counter()
            connection.execute("INSERT INTO bench_raw (box_id, scan_id, login, received_at) "
                               "VALUES (%s, %s, %s, %s)", (i, f"raw-{i}", "bench", "2026"))
            connection.commit()
            times.append(time.perf_counter() - start)
    return times


def measure_scan_pg(server_url: str, boxes: int = BOXES) -> dict[str, Any]:
    """The same on a PostgreSQL server: a fresh database is made there and dropped after."""
    from sqlalchemy import create_engine, text

    from desktop.core.store.db import Database

    name = f"returndesk_bench_{int(time.time())}"
    admin = create_engine(server_url, isolation_level="AUTOCOMMIT")
    with admin.connect() as connection:
        connection.execute(text(f"CREATE DATABASE {name}"))
    url = server_url.rsplit("/", 1)[0] + f"/{name}"
    try:
        return _measure(Database(url), lambda count: _raw_pg(url, count), boxes)
    finally:
        with admin.connect() as connection:
            connection.execute(text(f"DROP DATABASE IF EXISTS {name} WITH (FORCE)"))
        admin.dispose()
