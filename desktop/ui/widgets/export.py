"""Exporting to Excel from a screen: Qt's file dialog (in the desk's language), then the
workbook written off the GUI thread while a progress dialog counts the rows; Cancel stops it
and leaves no file.  The writing itself is the core's (``figures.export``): it streams
(XlsxWriter's constant_memory) and asks ``progress(done, total)`` whether to go on."""

from __future__ import annotations

import logging
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QObject, Qt, Signal
from PySide6.QtWidgets import QProgressDialog, QWidget

from desktop.core.errors import DomainError
from desktop.ui.ops import show_error, show_unexpected
from desktop.ui.tasks import run_in_background
from desktop.ui.widgets.files import choose_save_name

translate = QCoreApplication.translate

Progress = Callable[[int, int], bool]
Write = Callable[[Path, Progress], bool]   # False: cancelled, nothing written
log = logging.getLogger(__name__)



class ExportRun(QObject):
    """One workbook being written: ``finished(path or None)`` once it is whole (None:
    cancelled, or refused, with nothing left behind)."""

    progressed = Signal(int, int)
    finished = Signal(object)

    def __init__(self, parent: QWidget, path: Path) -> None:
        super().__init__(parent)
        self.path = path
        self.cancelled = False
        self.dialog = QProgressDialog(translate("Export", "Writing the workbook…"),
                                      translate("Export", "Cancel"), 0, 0, parent)
        self.dialog.setWindowTitle(translate("Export", "Export to Excel"))
        self.dialog.setWindowModality(Qt.WindowModality.WindowModal)
        self.dialog.setMinimumDuration(400)
        self.dialog.setAutoReset(False)
        self.dialog.setAutoClose(False)
        self.dialog.canceled.connect(self.cancel)
        self.progressed.connect(self._show_progress)

    def cancel(self) -> None:
        self.cancelled = True

    def progress(self, done: int, total: int) -> bool:
        """Called by the writer on its thread: tell the dialog, and whether to go on."""
        self.progressed.emit(done, total)
        return not self.cancelled

    def _show_progress(self, done: int, total: int) -> None:
        if total:
            self.dialog.setMaximum(total)
            self.dialog.setValue(min(done, total))
        self.dialog.setLabelText(translate("Export", "%1 rows written…").replace("%1", f"{done:,}"))

    def close(self, path: Path | None) -> None:
        self.dialog.close()
        self.dialog.deleteLater()
        self.finished.emit(path)
        self.deleteLater()


def start_export(parent: QWidget, path: Path, write: Write,
                 told: Callable[[str], object] | None = None) -> ExportRun:
    """Write ``path`` with ``write(path, progress)`` off the GUI thread; ``told(text)`` says
    what came of it (saved, or cancelled) in the user's language."""
    run = ExportRun(parent, path)

    def done(written: bool) -> None:
        if told is not None:
            told(translate("Export", "Saved %1.").replace("%1", str(path)) if written
                 else translate("Export", "Export cancelled: no file was written."))
        run.close(path if written else None)

    def failed(exc: BaseException) -> None:
        run.close(None)
        if isinstance(exc, DomainError):
            show_error(parent, exc)
        else:
            log.error("export to %s failed", path, exc_info=exc)
            show_unexpected(parent, exc)

    run_in_background(lambda: write(path, run.progress), done, failed)
    return run


def export_to_excel(parent: QWidget, suggested: str, write: Write,
                    told: Callable[[str], object] | None = None,
                    started: Callable[[ExportRun], object] | None = None) -> None:
    """Ask where to save (suggesting ``suggested``), then :func:`start_export`."""
    def chosen(path: Path) -> None:
        run = start_export(parent, path, write, told)
        if started is not None:
            started(run)

    choose_save_name(parent, translate("Export", "Export to Excel"), suggested,
                     translate("Export", "Excel workbook (*.xlsx)"), chosen)


def safe_name(text: str) -> str:
    """A file name from a title: characters Windows refuses replaced."""
    return "".join("_" if c in '<>:"/\\|?*' else c for c in text).strip() or "export"
