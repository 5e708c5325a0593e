"""Scans go to the database off the GUI thread, one at a time and in the order they were made.

The scan field is never blocked by the previous scan: when the server is slow or gone, the
clerk keeps scanning, the desk says how many boxes wait, and every scan still gets its own answer
in order.  Each scan's id is made when it is scanned, so a scan that waited is still one event.
"""

from __future__ import annotations

from collections import deque

import shiboken6
from PySide6.QtCore import QObject, Signal

from desktop.core.services.context import Actor
from desktop.core.services.receiving import ScanResult, new_scan_id, receive_scan
from desktop.core.services.startup import Database
from desktop.ui.tasks import run_in_background


class ScanQueue(QObject):
    answered = Signal(object)  # ScanResult
    failed = Signal(str, object)  # the code, the exception
    waiting_changed = Signal(int)  # scans not answered yet, the one in flight included

    def __init__(self, db: Database, actor: Actor, desk_id: str,
                 parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.db, self.actor, self.desk_id = db, actor, desk_id
        self._waiting: deque[tuple[str, str]] = deque()
        self._in_flight = False

    @property
    def waiting(self) -> int:
        return len(self._waiting) + (1 if self._in_flight else 0)

    def submit(self, code: str) -> None:
        self._waiting.append((code, new_scan_id(self.desk_id)))
        self._next()
        self.waiting_changed.emit(self.waiting)

    def _next(self) -> None:
        if self._in_flight or not self._waiting:
            return
        code, scan_id = self._waiting.popleft()
        self._in_flight = True
        db, actor = self.db, self.actor
        run_in_background(lambda: receive_scan(db, actor, code, scan_id),
                          self._answered, lambda exc: self._failed(code, exc))

    def _answered(self, result: ScanResult) -> None:
        if shiboken6.isValid(self):  # the desk may have been closed meanwhile
            self._in_flight = False
            self.answered.emit(result)
            self._after()

    def _failed(self, code: str, exc: BaseException) -> None:
        if shiboken6.isValid(self):
            self._in_flight = False
            self.failed.emit(code, exc)
            self._after()

    def _after(self) -> None:
        self._next()
        self.waiting_changed.emit(self.waiting)
