"""Photos on the printed forms: attached on screen, thumbnailed on the page."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta
from pathlib import Path

import pypdfium2 as pdfium
import pypdfium2.raw as pdfium_c

from desktop.core.rules.complaints import ComplaintKind
from desktop.core.rules.transport import ExceptionKind
from desktop.core.services.complaints.printing import complaint_sheet_pdf
from desktop.core.services.complaints.sheets import SheetForm, add_sheet_photo, file_sheet
from desktop.core.services.transport.exceptions import (
    ExceptionForm,
    add_exception_photo,
    record_exception,
)
from desktop.core.services.transport.printing import transport_record_pdf
from desktop.core.store.db import Database
from desktop.demo.returns import demo_photo
from tests.conftest import as_user


def images_on_first_page(data: bytes) -> int:
    page = pdfium.PdfDocument(data)[0]
    return sum(1 for obj in page.get_objects() if obj.type == pdfium_c.FPDF_PAGEOBJ_IMAGE)


def test_photos_appear_on_both_forms(sqlite_demo_db: Database, tmp_path: Path) -> None:
    dealer = as_user(sqlite_demo_db, "dealer")
    sheet = file_sheet(sqlite_demo_db, dealer, SheetForm(
        ComplaintKind.QUALITY, datetime.now(UTC) - timedelta(hours=1), (("PL-0701", 1, "裂"),)))
    assert images_on_first_page(complaint_sheet_pdf(sqlite_demo_db, dealer, sheet)) == 0
    add_sheet_photo(sqlite_demo_db, dealer, sheet, "a.png", demo_photo(1))
    add_sheet_photo(sqlite_demo_db, dealer, sheet, "b.png", demo_photo(2))
    assert images_on_first_page(complaint_sheet_pdf(sqlite_demo_db, dealer, sheet)) == 2
    record = record_exception(sqlite_demo_db, dealer, ExceptionForm(
        ExceptionKind.DAMAGE, date.today(), (("FL-0701", 1),)), date.today())
    add_exception_photo(sqlite_demo_db, dealer, record, "signed.png", demo_photo(3), True)
    assert images_on_first_page(transport_record_pdf(sqlite_demo_db, dealer, record)) == 1
