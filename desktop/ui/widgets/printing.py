"""Print preview and printing of our PDFs through Qt's print support (F1).

The forms are PDF (reportlab, the same file as the command line writes).  To print one, each page
is rendered with PDFium (pypdfium2) at the printer's resolution — capped at 300 dpi, plenty for
forms and exactly the dot grid of a 203-dpi label printer — and painted onto the QPrinter,
whose page size follows the PDF's (A4, or the 100×150 mm label).
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QMarginsF, QRectF, QSizeF
from PySide6.QtGui import QImage, QPageLayout, QPageSize, QPainter
from PySide6.QtPrintSupport import QPrinter, QPrintPreviewDialog
from PySide6.QtWidgets import QWidget

from desktop.core.errors import DomainError
from desktop.core.services.kernel.files import write_pdf
from desktop.ui.ops import Op, show_error

MAX_DPI = 300
# The preview dialog does not own its QPrinter: keep each alive until its dialog is closed.
_OPEN: dict[int, tuple[QPrintPreviewDialog, QPrinter]] = {}


def _page_size(data: bytes) -> QPageSize:
    import pypdfium2 as pdfium

    width, height = pdfium.PdfDocument(data)[0].get_size()
    return QPageSize(QSizeF(width, height), QPageSize.Unit.Point, "",
                     QPageSize.SizeMatchPolicy.FuzzyMatch)


def prepare(printer: QPrinter, data: bytes) -> None:
    """Page size and orientation from the PDF, no margins: the form draws its own."""
    printer.setPageSize(_page_size(data))
    printer.setPageOrientation(QPageLayout.Orientation.Portrait)
    printer.setPageMargins(QMarginsF(0, 0, 0, 0), QPageLayout.Unit.Point)
    printer.setFullPage(True)


def paint_pdf(printer: QPrinter, data: bytes) -> int:
    """Paint every page of ``data`` onto ``printer``; returns the number of pages."""
    import pypdfium2 as pdfium

    document = pdfium.PdfDocument(data)
    dpi = min(printer.resolution(), MAX_DPI)
    painter = QPainter()
    if not painter.begin(printer):
        return 0
    try:
        for index in range(len(document)):
            if index:
                printer.newPage()
            image = document[index].render(scale=dpi / 72).to_pil().convert("RGB")
            # copy(): the QImage must own its pixels; the preview draws them later.
            picture = QImage(image.tobytes(), image.width, image.height, 3 * image.width,
                             QImage.Format.Format_RGB888).copy()
            target = QRectF(painter.viewport())
            scale = min(target.width() / picture.width(), target.height() / picture.height())
            painter.drawImage(QRectF(target.x(), target.y(), picture.width() * scale,
                                     picture.height() * scale), picture)
    finally:
        painter.end()
    return len(document)


def preview_pdf(parent: QWidget, pdf: Op[bytes], title: str,
                opened: Callable[[QPrintPreviewDialog], object] | None = None) -> None:
    """Make the PDF off the GUI thread (``pdf``: an Op of the use case that renders it), then
    show Qt's print preview of it; a refusal is shown the default way."""
    def show(data: bytes) -> None:
        dialog = show_preview(parent, data, title)
        if opened is not None:
            opened(dialog)

    pdf.done(show).run()


def save_pdf(parent: QWidget, pdf: Op[bytes], path: Path,
             saved: Callable[[Path], object] | None = None) -> None:
    """Make the PDF off the GUI thread, then write it to ``path`` on this computer (atomically:
    a full disk leaves no half file); a refusal or a file that cannot be written is shown."""
    def write(data: bytes) -> None:
        try:
            written = write_pdf(path, data)
        except DomainError as exc:
            show_error(parent, exc)
            return
        if saved is not None:
            saved(written)

    pdf.done(write).run()


def show_preview(parent: QWidget, data: bytes, title: str) -> QPrintPreviewDialog:
    """Qt's print preview of the PDF ``data``; its Print button opens the print dialog."""
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setDocName(title)
    prepare(printer, data)
    dialog = QPrintPreviewDialog(printer, parent)
    dialog.setWindowTitle(title)
    dialog.paintRequested.connect(lambda target: paint_pdf(target, data))
    key = id(dialog)
    _OPEN[key] = (dialog, printer)
    dialog.finished.connect(dialog.deleteLater)
    dialog.destroyed.connect(lambda _obj=None: _OPEN.pop(key, None))  # then the printer
    dialog.open()
    return dialog
