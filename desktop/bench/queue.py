"""First paint of the approval queue over 100,000 requests, against the same page over an empty
paged model, in one process and one run (``returndesk bench``; issue: ≤ 2×).

The page reads its rows through the operations layer, off the GUI thread: the clock stops at the
first paint of the table after the model's first page is in (its ``loaded`` signal), for the
empty page as for the full one (which reads the same way, a query that finds nothing)."""

from __future__ import annotations

import statistics
import tempfile
import time
from datetime import UTC, datetime, timedelta
from decimal import Decimal
from pathlib import Path
from typing import Any

REQUESTS = 100_000


def _fill(db: Any, count: int) -> None:
    """The demo world plus ``count`` requests (a fifth awaiting approval), inserted in bulk."""
    from sqlalchemy import insert, select

    from desktop.core.model import Organisation, ReturnRequest
    from desktop.core.rules.workflow import State
    from desktop.demo import load_demo

    load_demo(db)
    with db.read() as session:
        dealers = session.execute(select(Organisation.id, Organisation.region_id).where(
            Organisation.kind == "dealer")).all()
    states = [State.REVIEWED, State.SUBMITTED, State.APPROVED, State.CLOSED, State.DRAFT]
    start = datetime(2024, 1, 1, tzinfo=UTC)
    rows = [{"number": f"B{i:09d}", "dealer_org_id": dealers[i % len(dealers)][0],
             "region_id": dealers[i % len(dealers)][1], "state": states[i % len(states)],
             "note": "", "reject_reason": "", "line_count": 1 + i % 4,
             "total_quantity": 1 + i % 40, "total_value": Decimal(10 + i % 900),
             "created_by": "bench", "created_at": start + timedelta(minutes=i), "version": 1}
            for i in range(count)]
    with db.write() as session:
        for chunk in range(0, count, 10_000):
            session.execute(insert(ReturnRequest), rows[chunk:chunk + 10_000])
        session.commit()


def _first_paint_ms(build: Any) -> float:
    from PySide6.QtCore import QEvent, QObject
    from PySide6.QtWidgets import QApplication

    loaded: list[float] = []
    painted: list[float] = []

    class Watch(QObject):
        def eventFilter(self, _obj: QObject, event: QEvent) -> bool:
            if event.type() == QEvent.Type.Paint and loaded and not painted:
                painted.append(time.perf_counter())
            return False

    start = time.perf_counter()
    page = build()
    page.model.loaded.connect(lambda: loaded.append(time.perf_counter()))
    watch = Watch()
    page.table.viewport().installEventFilter(watch)
    page.resize(1200, 800)
    page.show()
    while not painted:
        QApplication.processEvents()
    page.close()
    page.deleteLater()
    QApplication.processEvents()
    return (painted[0] - start) * 1000


def measure_queue(runs: int = 5, count: int = REQUESTS) -> dict[str, Any]:
    from desktop.backend.local import LocalBackend
    from desktop.core.rules.workflow import Action
    from desktop.core.services.access.auth import login
    from desktop.core.services.returns.query import (
        RequestView,
        ReturnQuery,
        list_requests,
    )
    from desktop.core.store.db import Database
    from desktop.core.store.migrate import upgrade
    from desktop.ui.app import create_application
    from desktop.ui.ops import Op
    from desktop.ui.returns.request_lists import ReturnsPage

    create_application()
    with tempfile.TemporaryDirectory() as folder:
        db = Database(f"sqlite:///{Path(folder) / 'queue.db'}")
        upgrade(db)
        fill_start = time.perf_counter()
        _fill(db, count)
        fill_s = time.perf_counter() - fill_start
        order = LocalBackend(db, login(db, "order", "demo1234"))
        bulk = (Action.APPROVE, Action.REJECT)

        class EmptyQueue(ReturnsPage):
            """The same page, widgets and round trip over a query that finds no row."""

            def _fetch(self, query: Any) -> Any:
                return Op(self, self.backend, list_requests,
                          ReturnQuery(view=RequestView.APPROVE, after="0", limit=query.limit))

        def empty() -> ReturnsPage:
            return EmptyQueue(order, RequestView.APPROVE, bulk=bulk)

        def queue() -> ReturnsPage:
            return ReturnsPage(order, RequestView.APPROVE, bulk=bulk)

        _first_paint_ms(empty)
        _first_paint_ms(queue)  # warm both once
        baseline, full = [], []
        for _ in range(runs):  # alternately, so that both see the same machine
            baseline.append(_first_paint_ms(empty))
            full.append(_first_paint_ms(queue))
        db.dispose()
    base_ms, queue_ms = statistics.median(baseline), statistics.median(full)
    return {"requests": count, "runs": runs, "fill_s": round(fill_s, 1),
            "empty_model_ms": round(base_ms, 2), "approval_queue_ms": round(queue_ms, 2),
            "ratio": round(queue_ms / base_ms, 3)}
