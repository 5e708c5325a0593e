"""Scans go to the database off the GUI thread (through the operations layer), one at a time
and in the order they were made.

The scan field is never blocked by the previous scan: when the server is slow or gone, the
clerk keeps scanning, the desk says how many boxes wait, and every scan still gets its own answer
in order.  Each scan's id is made when it is scanned, so a scan that waited is still one event.

When the database cannot be reached (the network or the server went, the disk is full, another
desk held the lock for half a minute), nothing is lost: the scan goes back to the head of the
queue with its id and is sent again, after 1, 2, then every 5 seconds, until the database
answers.  A scan whose commit went through but whose answer was lost on the way comes back as
its first answer (the unique scan id), never as a second receipt.  While the database is away the
queue is also kept on this computer (``journal.py``): what a crash or a closed window left is
sent again the next time the same clerk opens the desk.
"""

from __future__ import annotations

from collections import deque
from datetime import UTC, datetime

import shiboken6
from PySide6.QtCore import QObject, QTimer, Signal

from desktop.backend import Backend
from desktop.core.errors import DatabaseUnavailable, NotLoggedIn
from desktop.core.services.receiving.scan import (
    RETRY_AFTER_S,
    ScanResult,
    new_scan_id,
    receive_scan,
)
from desktop.ui.ops import Op, changes
from desktop.ui.receiving.journal import Scan, ScanJournal


class ScanQueue(QObject):
    answered = Signal(object)  # ScanResult
    failed = Signal(str, object)  # the code, the exception: a scan that will not be retried
    unreachable = Signal(str, object)  # the code just queued, the DatabaseUnavailable
    waiting_changed = Signal(int)  # scans not answered yet, the one in flight included

    def __init__(self, backend: Backend, desk_id: str,
                 parent: QObject | None = None, journal: ScanJournal | None = None) -> None:
        super().__init__(parent)
        self.backend, self.desk_id = backend, desk_id
        self._waiting: deque[Scan] = deque()
        self._current: Scan | None = None  # in flight
        self.journal = journal
        self.kept = False  # the unanswered scans are in the journal
        self._stopped = False
        # set while the database (or the server, or the login on it) is away
        self.problem: DatabaseUnavailable | NotLoggedIn | None = None
        self._attempts = 0
        self._retry = QTimer(self)
        self._retry.setSingleShot(True)
        self._retry.timeout.connect(self._next)

    @property
    def waiting(self) -> int:
        return len(self._waiting) + (1 if self._current else 0)

    def restore(self) -> int:
        """Send again what the journal kept from the last time; how many."""
        scans = self.journal.load() if self.journal is not None else []
        if scans:
            self._waiting.extend(scans)
            self.kept = True
            QTimer.singleShot(0, self._after)
        return len(scans)

    def stop(self) -> None:
        """The window is closing: send nothing more; what is unanswered stays in the journal
        (a scan in flight may still be saved: sent again, it gets its first answer)."""
        self._stopped = True
        self._retry.stop()

    def _keep(self) -> None:
        """The unanswered scans to the journal while the database is away (and until they are
        all answered): a normal scan costs no write."""
        if self.journal is not None and (self.problem is not None or self.kept):
            pending = ([self._current] if self._current else []) + list(self._waiting)
            self.kept = self.journal.save(pending) and bool(pending)

    @property
    def retry_in_s(self) -> int:
        """Seconds until the next try while the database is away: 1, 2, then every 5."""
        return RETRY_AFTER_S[min(self._attempts, len(RETRY_AFTER_S)) - 1]

    def submit(self, code: str) -> None:
        self._waiting.append((code, new_scan_id(self.desk_id), datetime.now(UTC)))
        if self.problem is None:
            self._next()
        else:  # the retry timer sends the oldest first; say this one is kept
            self._keep()
            self.unreachable.emit(code, self.problem)
        self.waiting_changed.emit(self.waiting)

    def _next(self) -> None:
        if self._current or not self._waiting or self._stopped:
            return
        scan = self._current = self._waiting.popleft()
        code, scan_id, scanned_at = scan  # a box that waited is received when it was scanned
        # No parent widget: the queue says every answer itself (a refusal is a scan's answer,
        # never a message box), and drops the answers once it is stopped.
        (Op(None, self.backend, receive_scan, code, scan_id, scanned_at)
         .done(self._answered).failed(lambda exc: self._failed(scan, exc))
         .unexpected(lambda exc: self._failed(scan, exc)).run())

    def _answered(self, result: ScanResult) -> None:
        if shiboken6.isValid(self) and not self._stopped:  # the desk may be gone meanwhile
            self._current = None
            self.problem, self._attempts = None, 0
            self._keep()
            self.answered.emit(result)
            self._after()

    def _failed(self, scan: Scan, exc: BaseException) -> None:
        if not shiboken6.isValid(self) or self._stopped:
            return
        self._current = None
        code = scan[0]
        if isinstance(exc, DatabaseUnavailable | NotLoggedIn):
            # kept, the same scan with the same id first; a lost login waits for a new one
            self._waiting.appendleft(scan)
            first, self.problem = self.problem is None, exc
            if isinstance(exc, NotLoggedIn) and first:  # the window asks for the password
                changes().session_lost.emit(self.backend)
            self._keep()
            self._attempts += 1
            self._retry.start(self.retry_in_s * 1000)
            if first:  # said once; the waiting note keeps the count while it lasts
                self.unreachable.emit(code, exc)
            self.waiting_changed.emit(self.waiting)
            return
        self._keep()
        self.failed.emit(code, exc)
        self._after()

    def retry_now(self) -> None:
        """Send the waiting scans at once (a new login on the server)."""
        if self.problem is not None and not self._current:
            self._retry.stop()
            self._next()

    def _after(self) -> None:
        self._next()
        self.waiting_changed.emit(self.waiting)
