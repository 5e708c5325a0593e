"""Box labels: every barcode decodes, at a thermal printer's 203 dpi, to the code the database
holds; the Chinese fields are real text; a file that cannot be written leaves nothing behind."""

from __future__ import annotations

import os
from pathlib import Path

import pypdfium2 as pdfium
import pytest
import zxingcpp

from desktop.core.errors import CannotWrite
from desktop.core.services.receiving.counting import boxes_of
from desktop.core.services.returns.printing import labels_pdf, print_labels
from desktop.core.store.db import Database
from reports.barcode import MODULE_PT, PRINTER_DPI, bar_runs, code128_modules
from tests.conftest import as_user
from tests.db.returns_helpers import shipped


def decode_pages(data: bytes, dpi: int = PRINTER_DPI) -> list[str]:
    found = []
    for page in pdfium.PdfDocument(data):
        image = page.render(scale=dpi / 72).to_pil().convert("L")
        found += [r.text for r in zxingcpp.read_barcodes(image)
                  if r.format == zxingcpp.BarcodeFormat.Code128]
    return found


def page_texts(data: bytes) -> list[str]:
    return [page.get_textpage().get_text_range() for page in pdfium.PdfDocument(data)]


@pytest.fixture
def shipment(sqlite_demo_db: Database) -> tuple[Database, str, list[str]]:
    number, codes = shipped(sqlite_demo_db, 5)
    return sqlite_demo_db, number, codes


def test_every_label_decodes_to_the_code_the_database_holds(
        shipment: tuple[Database, str, list[str]]) -> None:
    db, number, _codes = shipment
    dealer = as_user(db, "dealer")
    held = [box.code for box in boxes_of(db, dealer, number)]
    assert decode_pages(labels_pdf(db, dealer, number)) == held
    assert sorted(decode_pages(labels_pdf(db, dealer, number, a4=True))) == sorted(held)


def test_the_label_text_has_the_chinese_fields(shipment: tuple[Database, str, list[str]]) -> None:
    db, number, codes = shipment
    texts = page_texts(labels_pdf(db, as_user(db, "dealer"), number))
    assert len(texts) == 5
    third = texts[2]
    for field in ("收货单位", "收货人", "退货单位", "总件数", "箱号", "第 3 件", "共 5 件"):
        assert field in third
    assert "总部售后仓" in third
    assert "上海明辉照明经营部" in third
    assert number in third
    assert codes[2] in third  # the code in human-readable form under the bars


def test_the_narrowest_bar_is_whole_printer_dots() -> None:
    runs = bar_runs(code128_modules("R2611000004-001B"))
    assert min(width for _start, width in runs) == 1
    assert pytest.approx(3.0) == MODULE_PT * PRINTER_DPI / 72


def test_an_unwritable_folder_is_a_clear_message_and_leaves_nothing(
        shipment: tuple[Database, str, list[str]], tmp_path: Path) -> None:
    db, number, _codes = shipment
    locked = tmp_path / "locked"
    locked.mkdir()
    locked.chmod(0o500)
    try:
        if os.access(locked, os.W_OK):  # root ignores permissions: use a missing folder
            locked = tmp_path / "missing" / "deeper"
        with pytest.raises(CannotWrite, match="Nothing was written"):
            print_labels(db, as_user(db, "dealer"), number, locked / "labels.pdf")
    finally:
        (tmp_path / "locked").chmod(0o700)
    assert list((tmp_path / "locked").iterdir()) == []


def test_a_written_label_file_is_complete(shipment: tuple[Database, str, list[str]],
                                          tmp_path: Path) -> None:
    db, number, codes = shipment
    out = tmp_path / "out"
    out.mkdir()
    written = print_labels(db, as_user(db, "dealer"), number, out / "labels.pdf")
    assert decode_pages(written.read_bytes()) == codes
    assert [p.name for p in out.iterdir()] == ["labels.pdf"]  # no temporary left behind
    assert written.stat().st_mode & 0o044  # readable by others, as any saved file
