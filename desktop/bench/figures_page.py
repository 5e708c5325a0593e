"""First paint of the figures page over the bench's large figures world (issue 16: ≤ 1 s):
from building the page to the first paint of its table with the month's figures on it (the
months compared are read after, for the line on their own tab), against a floor measured
alternately in the same run: the same use case called directly and its rows put in a bare
QTableView beside the chart widget."""

from __future__ import annotations

import statistics
import time
from collections.abc import Callable
from datetime import date
from typing import Any


def _actor() -> Any:
    from dataclasses import replace

    from desktop.core.rules.roles import Role
    from desktop.core.services.kernel.actor import SYSTEM

    return replace(SYSTEM, role=Role.MANAGEMENT)


def _painted(widget: Any, ready: Callable[[], bool]) -> float:
    """Process events until ``widget`` has painted once after ``ready()``; the time then."""
    from PySide6.QtCore import QEvent, QObject
    from PySide6.QtWidgets import QApplication

    class Watch(QObject):
        done = 0.0

        def eventFilter(self, obj: Any, event: Any) -> bool:
            if event.type() == QEvent.Type.Paint and not self.done and ready():
                self.done = time.perf_counter()
            return False

    watch = Watch()
    widget.installEventFilter(watch)
    limit = time.perf_counter() + 120
    while not watch.done and time.perf_counter() < limit:
        QApplication.processEvents()
        if ready():
            widget.update()
        time.sleep(0.001)
    widget.removeEventFilter(watch)
    return watch.done


def _until(ready: Callable[[], bool], seconds: float = 300) -> None:
    from PySide6.QtWidgets import QApplication

    limit = time.perf_counter() + seconds
    while not ready() and time.perf_counter() < limit:
        QApplication.processEvents()
        time.sleep(0.002)


def page_once(db: Any, month: date) -> float:
    from desktop.backend.local import LocalBackend
    from desktop.ui.figures.page import FiguresPage
    from desktop.ui.ops import wait_for_all

    start = time.perf_counter()
    page = FiguresPage(LocalBackend(db, _actor()), month=month)
    page.resize(1200, 760)
    page.show()
    painted = _painted(page.view.viewport(), lambda: page.model.rowCount() > 0)
    _until(page.export_button.isEnabled)  # the months compared too: nothing left in flight
    wait_for_all(120_000)
    page.close()
    page.deleteLater()
    return painted - start


def floor_once(db: Any, month: date) -> float:
    from PySide6.QtGui import QStandardItem, QStandardItemModel
    from PySide6.QtWidgets import QTableView, QVBoxLayout, QWidget

    from desktop.core.services.figures.monthly import monthly_figures
    from desktop.ui.figures.model import bars_of
    from desktop.ui.widgets.chart import ChartWidget

    start = time.perf_counter()
    figures = monthly_figures(db, _actor(), f"{month:%Y-%m}")
    table = figures.table("returns_by_dealer")
    model = QStandardItemModel(len(table.rows) + 1, len(table.columns) + 2)
    for r, row in enumerate((*table.rows, table.total)):
        for c, value in enumerate((row.key, row.label, *row.values)):
            model.setItem(r, c, QStandardItem("" if value is None else str(value)))
    window = QWidget()
    view = QTableView()
    view.setModel(model)
    layout = QVBoxLayout(window)
    layout.addWidget(view)
    layout.addWidget(ChartWidget(bars_of(table, table.columns[0].key)))
    window.resize(1200, 760)
    window.show()
    painted = _painted(view.viewport(), lambda: True)
    window.close()
    window.deleteLater()
    return painted - start


def measure_page(db: Any, month: date, runs: int = 5) -> dict[str, Any]:
    from desktop.ui.app import create_application

    create_application()
    page_once(db, month)  # warm: imports, fonts, statement caches
    floor_once(db, month)
    pages, floors = [], []
    for _ in range(runs):
        pages.append(page_once(db, month))
        floors.append(floor_once(db, month))
    page_s, floor_s = statistics.median(pages), statistics.median(floors)
    return {"page_ms": round(page_s * 1000, 1), "floor_ms": round(floor_s * 1000, 1),
            "ratio": round(page_s / floor_s, 2), "runs": runs}
