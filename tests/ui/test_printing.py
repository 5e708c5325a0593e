"""Printing through Qt's print support: what goes to the printer is the same form — every box
label still decodes to its code on a 203-dpi label printer, the A4 forms keep their Chinese — and
the print preview shows one page per label (F1, L1)."""

from __future__ import annotations

from pathlib import Path

import pypdfium2 as pdfium
from PySide6.QtPrintSupport import QPrinter, QPrintPreviewDialog, QPrintPreviewWidget
from pytestqt.qtbot import QtBot

from desktop.core.services.complaints.printing import complaint_sheet_pdf
from desktop.core.services.complaints.sheets import get_sheet, list_sheets
from desktop.core.services.kernel.listing import ListQuery
from desktop.core.services.returns.printing import labels_pdf
from desktop.core.store.db import Database
from desktop.ui.complaints.detail import SheetDetailDialog
from desktop.ui.returns.detail import RequestDetailDialog
from desktop.ui.widgets.printing import paint_pdf, prepare
from tests.conftest import as_user
from tests.db.returns_helpers import shipped
from tests.reports.test_labels import decode_pages
from tests.ui.conftest import WindowFor, backend_for, shot
from tests.ui.test_returns_gui import record_of


def _print_to_file(data: bytes, path: Path, dpi: int | None = None) -> bytes:
    """Print ``data`` as Qt would to a printer, with Qt's own PDF printer standing in."""
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(path))
    if dpi is not None:
        printer.setResolution(dpi)
    prepare(printer, data)
    assert paint_pdf(printer, data) == len(pdfium.PdfDocument(data))
    return path.read_bytes()


def test_printed_labels_still_decode_on_a_label_printer(ui: object, sqlite_demo_db: Database,
                                                       tmp_path: Path) -> None:
    number, codes = shipped(sqlite_demo_db, 3)
    data = labels_pdf(sqlite_demo_db, as_user(sqlite_demo_db, "dealer"), number)
    printed = _print_to_file(data, tmp_path / "thermal.pdf", dpi=203)
    pages = pdfium.PdfDocument(printed)
    assert len(pages) == 3
    width, height = pages[0].get_size()
    assert (round(width / 72 * 25.4), round(height / 72 * 25.4)) == (100, 150)
    assert decode_pages(printed) == codes


def test_a_printed_form_keeps_its_chinese_and_is_drawn(ui: object, sqlite_demo_db: Database,
                                                      tmp_path: Path) -> None:
    order = as_user(sqlite_demo_db, "order")
    data = complaint_sheet_pdf(sqlite_demo_db, order,
                               list_sheets(sqlite_demo_db, order, ListQuery())[0].number)
    printed = _print_to_file(data, tmp_path / "a4.pdf")
    page = pdfium.PdfDocument(printed)[0]
    assert round(page.get_size()[0] / 72 * 25.4) == 210
    from PIL import ImageChops, ImageStat

    image = page.render(scale=2).to_pil().convert("L")
    original = pdfium.PdfDocument(data)[0].render(scale=2).to_pil().convert("L")
    assert abs(image.size[0] - original.size[0]) <= 1  # A4 in whole device pixels
    image = image.resize(original.size)
    assert sum(original.histogram()[:128]) > 5000  # a drawn page, not a blank one
    difference = ImageStat.Stat(ImageChops.difference(image, original)).mean[0]
    assert difference < 6, difference  # the same page, pixel for pixel, bar antialiasing


def test_print_preview_of_labels_and_of_a_record(window_for: WindowFor, qtbot: QtBot) -> None:
    window = window_for("dealer")
    number, codes = shipped(window.backend.db, 4)
    detail = RequestDetailDialog(backend_for(window.backend.db, "dealer"),
                                 record_of(window.backend.db, "dealer", number))
    qtbot.addWidget(detail)
    detail.preview_labels()  # the labels are made off the GUI thread, then previewed
    qtbot.waitUntil(lambda: detail.preview_dialog is not None, timeout=5000)
    preview = detail.preview_dialog
    assert isinstance(preview, QPrintPreviewDialog)
    pages = preview.findChild(QPrintPreviewWidget)
    assert pages is not None
    qtbot.waitUntil(lambda: pages.pageCount() == len(codes), timeout=5000)
    preview.close()


def test_print_preview_of_a_record(window_for: WindowFor, qtbot: QtBot) -> None:
    window = window_for("dealer")
    db, actor = window.backend.db, window.actor
    sheet = list_sheets(db, actor, ListQuery())[0].number
    record = SheetDetailDialog(window.backend, sheet, get_sheet(db, actor, sheet))
    qtbot.addWidget(record)
    with qtbot.waitSignal(record.preview_opened, timeout=5000) as opened:
        record.preview()  # the form is rendered off the GUI thread, then shown
    form = opened.args[0]
    assert isinstance(form, QPrintPreviewDialog)
    widget = form.findChild(QPrintPreviewWidget)
    assert widget is not None
    qtbot.waitUntil(lambda: widget.pageCount() == 1, timeout=5000)
    shot(form, "print-preview.png")
    form.close()
