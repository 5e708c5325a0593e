"""The floor for the scan path: the least any desk that paints a row can do (issue 12).

A bare Qt desk: a line edit, a 500-row table on a ``QStandardItemModel``, and on Enter a raw
sqlite3 ``BEGIN IMMEDIATE`` / insert / commit at the desk's durability (WAL, synchronous=FULL),
then a row put at the top of the table, timed from Enter until the table's viewport has painted
it.  ReturnDesk's desk is compared with this, in the same run and on the same disk."""

from __future__ import annotations

import sqlite3
import time
from pathlib import Path
from typing import Any

ROWS = 500


def _window() -> tuple[Any, Any, Any, Any]:
    """The bare desk: a line edit over a table on a QStandardItemModel."""
    from PySide6.QtGui import QStandardItemModel
    from PySide6.QtWidgets import QLineEdit, QTableView, QVBoxLayout, QWidget

    model = QStandardItemModel(0, 3)
    window = QWidget()
    edit, table = QLineEdit(), QTableView()
    table.setModel(model)
    layout = QVBoxLayout(window)
    layout.addWidget(edit)
    layout.addWidget(table)
    window.resize(1280, 800)
    return window, edit, table, model


def _connect(path: Path) -> sqlite3.Connection:
    connection = sqlite3.connect(path, isolation_level=None)
    connection.execute("PRAGMA journal_mode=WAL")
    connection.execute("PRAGMA synchronous=FULL")
    connection.execute("CREATE TABLE IF NOT EXISTS bench_floor (id INTEGER PRIMARY KEY, "
                       "code TEXT UNIQUE, login TEXT, received_at TEXT)")
    return connection


def bare_desk(path: Path, count: int) -> list[float]:
    from PySide6.QtCore import QEvent, QEventLoop, QObject
    from PySide6.QtGui import QStandardItem
    from PySide6.QtWidgets import QApplication

    app = QApplication.instance() or QApplication([])
    connection = _connect(path)
    window, edit, table, model = _window()

    class Painted(QObject):
        count = 0

        def eventFilter(self, _watched: QObject, event: QEvent) -> bool:
            if event.type() == QEvent.Type.Paint:
                self.count += 1
            return False

    painted = Painted()
    table.viewport().installEventFilter(painted)

    def entered() -> None:
        code = edit.text()
        connection.execute("BEGIN IMMEDIATE")
        connection.execute("INSERT INTO bench_floor (code, login, received_at) VALUES (?, ?, ?)",
                           (code, "bench", "2026-12-02"))
        connection.execute("COMMIT")
        model.insertRow(0, [QStandardItem(code), QStandardItem("bench"),
                            QStandardItem("2026-12-02")])
        if model.rowCount() > ROWS:
            model.removeRow(ROWS)
        edit.clear()

    edit.returnPressed.connect(entered)
    window.show()
    app.processEvents()
    times = []
    for i in range(count):
        before = painted.count
        start = time.perf_counter()
        edit.setText(f"FLOOR-{i:06d}")
        edit.returnPressed.emit()
        while painted.count == before:
            app.processEvents(QEventLoop.ProcessEventsFlag.WaitForMoreEvents)
        times.append(time.perf_counter() - start)
    window.close()
    connection.close()
    return times
