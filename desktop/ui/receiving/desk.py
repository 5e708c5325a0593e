"""仓库收货: scan, and every scan answers at once with colour, a large message and a sound."""

from __future__ import annotations

import logging
import re
import socket
from collections import deque

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import (
    QApplication,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from desktop.backend import Backend
from desktop.core.errors import DomainError, NotLoggedIn
from desktop.core.rules.boxcode import normalise
from desktop.core.services.receiving.counting import (
    AsideRow,
    Progress,
    missing_boxes,
    receiving_progress,
    set_asides,
)
from desktop.core.services.receiving.scan import ScanOutcome, ScanResult
from desktop.ui import style
from desktop.ui.i18n import tr
from desktop.ui.ops import Op, changes
from desktop.ui.receiving.journal import ScanJournal
from desktop.ui.receiving.scan_log import (
    LOG_ROWS,
    Banner,
    ScanLog,
    kind_of,
    log_view,
    outcome_label,
)
from desktop.ui.receiving.scan_queue import ScanQueue
from desktop.ui.receiving.scan_router import ScanRouter
from desktop.ui.receiving.sounds import Sounds

REQUEST_NUMBER = re.compile(r"[A-Z]+[0-9]+")  # a box code always has a dash


def _table(headers: list[str]) -> QTableWidget:
    table = QTableWidget(0, len(headers))
    table.setHorizontalHeaderLabels(headers)
    table.verticalHeader().setVisible(False)
    table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
    table.setSelectionBehavior(QTableWidget.SelectionBehavior.SelectRows)
    table.horizontalHeader().setStretchLastSection(True)
    return table


def _fill(table: QTableWidget, rows: list[list[str]]) -> None:
    table.setRowCount(len(rows))
    for r, values in enumerate(rows):
        for c, value in enumerate(values):
            table.setItem(r, c, QTableWidgetItem(value))
    table.resizeColumnsToContents()


def _journal(backend: Backend) -> ScanJournal:
    """Kept per clerk and per database (or server): what waits goes back where it belongs."""
    from platformdirs import user_data_path

    return ScanJournal(user_data_path("ReturnDesk", appauthor=False), backend.actor.login,
                       backend.describe())


class ReceivingDesk(QWidget):
    def __init__(self, backend: Backend, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.backend, self.actor = backend, backend.actor
        self.desk_id = socket.gethostname()
        self.results: deque[ScanResult] = deque(maxlen=LOG_ROWS)  # newest first
        title = QLabel(self.tr("Receiving desk"))
        style.title(title)
        from desktop.ui.receiving.scan_field import ScanField

        self.scan = ScanField()
        self.scan.setPlaceholderText(self.tr("scan a box label"))
        self.queue = ScanQueue(backend, self.desk_id, self, _journal(backend))
        self.answers = 0  # scans answered, in words and colour
        self.scan.scanned.connect(self.queue.submit)
        self.router = ScanRouter(self.scan, self)
        self.queue.answered.connect(self.show_result)
        self.queue.failed.connect(self.show_failure)
        self.queue.unreachable.connect(self.show_unreachable)
        self.queue.waiting_changed.connect(self._waiting_changed)
        changes().session_renewed.connect(self._logged_in_again)
        self.waiting_note = QLabel()
        self.waiting_note.setStyleSheet("color: #8d6e00;")
        self._timers()
        self.banner = Banner(self.tr("Ready: scan the first box."))
        self.sounds = Sounds()
        self.log = ScanLog([self.tr("Time"), self.tr("Code"), self.tr("Result"),
                            self.tr("Request"), self.tr("Box")])
        self.recent = log_view(self.log)
        self.tabs = self._lists()
        layout = QVBoxLayout(self)
        layout.addWidget(title)
        layout.addWidget(self.scan)
        layout.addWidget(self.waiting_note)
        layout.addWidget(self.banner)
        layout.addWidget(self.tabs, 1)
        layout.addLayout(self._count_row())
        QApplication.instance().focusChanged.connect(self._keep_focus)  # type: ignore[union-attr]
        changes().changed.connect(self._data_changed)
        self.count_dialog: QWidget | None = None
        self.refresh_lists()
        restored = self.queue.restore()
        if restored:
            self.banner.setText(self.tr("%1 box(es) scanned last time were not saved yet; "
                                        "saving them now, each gets its answer.").replace(
                                            "%1", str(restored)))

    def _timers(self) -> None:
        self._slow = QTimer(self)  # say "saving" only when a scan takes long enough to notice
        self._slow.setSingleShot(True)
        self._slow.setInterval(300)
        self._slow.timeout.connect(self._show_waiting)
        self._later = QTimer(self)  # the lists, once the scanning pauses
        self._later.setSingleShot(True)
        self._later.setInterval(400)
        self._later.timeout.connect(self.refresh_lists)

    def _lists(self) -> QTabWidget:
        """This desk's scans, then what the whole warehouse sees: progress, set-asides, and
        the boxes still missing."""
        self.progress = _table([self.tr("Request"), self.tr("Dealer"), self.tr("Boxes in"),
                                self.tr("Missing boxes"), self.tr("Arrived")])
        self.aside = _table([self.tr("Time"), self.tr("Code"), self.tr("Why"), self.tr("Request")])
        self.missing = _table([self.tr("Request"), self.tr("Dealer"), self.tr("Missing boxes"),
                               self.tr("Arrived")])
        tabs = QTabWidget()
        tabs.addTab(self.recent, self.tr("This desk's scans"))
        tabs.addTab(self.progress, self.tr("Progress"))
        tabs.addTab(self.aside, self.tr("Set aside"))
        tabs.addTab(self.missing, self.tr("Missing boxes"))
        return tabs

    def _count_row(self) -> QHBoxLayout:
        self.count_button = QPushButton(self.tr("Count a received request…"))
        self.count_number = QLineEdit()
        self.count_number.setPlaceholderText(self.tr("request number"))
        self.count_button.clicked.connect(self.open_count)
        self.count_number.returnPressed.connect(self._count_field_entered)
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(self.count_number)
        row.addWidget(self.count_button)
        return row

    def showEvent(self, event: object) -> None:
        super().showEvent(event)  # type: ignore[arg-type]
        self.router.start()
        self.scan.setFocus()

    def hideEvent(self, event: object) -> None:
        self.router.stop()
        super().hideEvent(event)  # type: ignore[arg-type]

    def _count_field_entered(self) -> None:
        """Enter in the request-number field: a request number opens its count; anything else
        (a box label scanned while the clerk was in this field) is a scan, and answered."""
        text = normalise(self.count_number.text())
        if REQUEST_NUMBER.fullmatch(text):
            self.open_count()
            return
        self.count_number.clear()
        self.scan.setFocus()
        if text:
            self.queue.submit(text)

    def _keep_focus(self, old: QWidget | None, new: QWidget | None) -> None:
        """The scan field takes focus back unless the clerk went to type somewhere else."""
        if old is self.scan and self.isVisible() and not isinstance(new, (QLineEdit, QSpinBox)):
            self.scan.setFocus()

    def show_result(self, result: ScanResult) -> None:
        """A scan's answer, at once: colour, a large message, a sound, a row in the log."""
        self.answers += 1
        self.results.appendleft(result)
        self.banner.setText(tr(result.message))
        kind = kind_of(result.outcome)
        self.banner.show_kind(kind)
        self.sounds.play(kind)
        self.log.add(result)
        self._later.start()  # the other lists, once the scanning pauses: never between scans

    def show_failure(self, code: str, exc: BaseException) -> None:
        """The scan could not be recorded (the database is gone, a wrong state): say so."""
        self.answers += 1
        if isinstance(exc, DomainError):
            self.banner.setText(f"{code}: {tr(exc.message)}")
        else:
            logging.getLogger(__name__).error("scan of %s failed", code, exc_info=exc)
            self.banner.setText(self.tr("This scan failed: %1. Nothing was recorded; scan the "
                                        "box again or set it aside.").replace("%1", str(exc)))
        self.banner.show_kind("bad")
        self.sounds.play("bad")

    def _cause(self) -> str:
        """Why the database is away, in the desk's words (it tries again by itself)."""
        causes = {
            "disk_full": self.tr("The disk holding the database is full"),
            "busy": self.tr("Another desk has held the database for half a minute"),
            "read_only": self.tr("The database file cannot be written"),
            "session": self.tr("Your login on the server has ended"),
        }
        return causes.get(getattr(self.queue.problem, "cause", "session"),
                          self.tr("The database cannot be reached"))

    def show_unreachable(self, code: str, problem: DomainError) -> None:
        """The database is away: this scan is kept and will be sent again, as will the rest."""
        if isinstance(problem, NotLoggedIn):
            self.banner.setText(self.tr("%1 is queued. Your login on the server has ended: log "
                                        "in again and the boxes waiting will be saved. Keep "
                                        "scanning.").replace("%1", code))
        else:
            self.banner.setText(self.tr("%1 is queued. %2; the box will be saved when the database "
                                        "is back. Keep scanning.").replace("%1", code)
                                .replace("%2", self._cause()))
        self.banner.show_kind("again")
        self.sounds.play("again")

    def unsaved(self) -> str:
        """What closing now would leave unsaved, in words, or an empty string."""
        if not self.queue.waiting:
            return ""
        if self.queue.kept:
            return self.tr("%1 scanned box(es) are not saved in the database yet. They are kept "
                           "on this computer and will be saved when you open the receiving desk "
                           "again.").replace("%1", str(self.queue.waiting))
        return self.tr("%1 scanned box(es) are not saved in the database yet; they will have "
                       "to be scanned again.").replace("%1", str(self.queue.waiting))

    def _logged_in_again(self, backend: Backend) -> None:
        if backend is self.backend:
            self.queue.retry_now()

    def window_closing(self) -> None:
        """Stop sending scans; those not saved yet stay in the journal for the next time."""
        self.router.stop()
        self.queue.stop()
        self._slow.stop()
        self._later.stop()

    def _waiting_changed(self, waiting: int) -> None:
        if waiting == 0:
            self._slow.stop()
            self.waiting_note.clear()
        elif self.waiting_note.text() or self.queue.problem is not None:
            self._show_waiting()  # showing already, or the database is away: say it now
        elif not self._slow.isActive():
            self._slow.start()

    def _show_waiting(self) -> None:
        waiting = self.queue.waiting
        if not waiting:
            self.waiting_note.clear()
        elif self.queue.problem is not None:
            self.waiting_note.setText(self.tr(
                "%1: %2 scan(s) queued, trying again every %3 s; each will be saved and "
                "answered in order.").replace("%1", self._cause()).replace(
                    "%2", str(waiting)).replace("%3", str(self.queue.retry_in_s)))
        else:
            self.waiting_note.setText(self.tr(
                "Saving… %1 scan(s) waiting for the database; keep scanning, each gets its "
                "answer.").replace("%1", str(waiting)))

    def _data_changed(self, workflow: str) -> None:
        """Data changed here or at another desk: the lists, once the scanning pauses."""
        if workflow in ("", "receiving", "returns"):
            self._later.start()

    def refresh_lists(self) -> None:
        """Progress, set-asides and missing boxes, read off the GUI thread (a slow or gone
        server must not freeze the desk); skipped while the database is away, and read again
        after the next answer.  A list that cannot be read stays as it was."""
        if self.queue.problem is not None:
            return
        failed = self._list_failed
        Op(self, self.backend, receiving_progress).done(self._fill_progress).failed(
            failed).unexpected(failed).run()
        Op(self, self.backend, set_asides).done(self._fill_asides).failed(
            failed).unexpected(failed).run()
        Op(self, self.backend, missing_boxes).done(self._fill_missing).failed(
            failed).unexpected(failed).run()

    def _list_failed(self, exc: BaseException) -> None:
        if not isinstance(exc, DomainError):  # the lists stay as they were; scanning goes on
            logging.getLogger(__name__).error("a receiving list failed", exc_info=exc)

    def _fill_progress(self, progress: list[Progress]) -> None:
        _fill(self.progress, [[p.number, p.dealer_name, f"{p.boxes_received}/{p.box_count}",
                               ", ".join(map(str, p.missing)), str(p.arrived_on or "")]
                              for p in progress])

    def _fill_asides(self, asides: list[AsideRow]) -> None:
        _fill(self.aside, [[a.at.astimezone().strftime("%m-%d %H:%M"), a.code,
                            outcome_label(ScanOutcome(a.reason.value)),
                            a.request_number] for a in asides])
        self.tabs.setTabText(2, self.tr("Set aside (%1)").replace(
            "%1", str(self.aside.rowCount())))

    def _fill_missing(self, missing: list[Progress]) -> None:
        _fill(self.missing, [[p.number, p.dealer_name, ", ".join(map(str, p.missing)),
                              str(p.arrived_on)] for p in missing])
        self.tabs.setTabText(3, self.tr("Missing boxes (%1)").replace(
            "%1", str(self.missing.rowCount())))

    def open_count(self) -> None:
        """The count of the request typed beside the button, once its sheet, the policy and
        the models are read; the focus goes back to the scan field when the dialog closes (or
        at once, when there is nothing to count)."""
        from desktop.ui.receiving.count import open_count

        number = normalise(self.count_number.text())
        self.scan.setFocus()
        if number:
            open_count(self, self.backend, number, self._count_opened, self._count_refused)

    def _count_opened(self, dialog: QWidget) -> None:
        dialog.finished.connect(lambda _result: self._scan_again())  # type: ignore[attr-defined]
        self.count_dialog = dialog
        self.count_number.clear()  # a box scanned into it later must not land beside a number
        dialog.open()  # type: ignore[attr-defined]

    def _scan_again(self) -> None:
        """A dialog closed: the desk's window is active again, the scan field has the keys."""
        self.count_dialog = None
        self.window().activateWindow()
        self.scan.setFocus()

    def _count_refused(self, exc: DomainError) -> None:
        self.banner.setText(tr(exc.message))
        self.banner.show_kind("bad")
        self.scan.setFocus()
