"""The A4 forms: the return authorisation's text, its number's barcode, a page that is drawn,
refusal before approval; and the layout's wrapping of Chinese."""

from __future__ import annotations

from pathlib import Path

import pypdfium2 as pdfium
import pytest

from desktop.core.errors import Conflict
from desktop.core.services.returns.printing import (
    print_return_authorisation,
    return_authorisation_pdf,
)
from desktop.core.store.db import Database
from reports.fonts import cjk_fonts
from reports.layout import wrap
from tests.conftest import as_user
from tests.db.returns_helpers import approved, filed, shipped
from tests.reports.test_labels import decode_pages, page_texts


def test_the_return_authorisation_names_everything_the_first_box_needs(
        sqlite_demo_db: Database) -> None:
    number, _codes = shipped(sqlite_demo_db, 3)
    data = return_authorisation_pdf(sqlite_demo_db, as_user(sqlite_demo_db, "dealer"), number)
    (text,) = page_texts(data)
    for expected in ("返修退货授权单", "RETURN AUTHORISATION", number, "上海明辉照明经营部",
                     "总部售后仓", "共 3 件", "顺丰速运", "DL-0705", "保修期内质量问题",
                     "5 个工作日", "订单部"):
        assert expected in text
    assert decode_pages(data, dpi=200) == [number]
    image = pdfium.PdfDocument(data)[0].render(scale=1).to_pil().convert("L")
    assert sum(image.histogram()[:128]) > 5000  # drawn, not blank


def test_no_authorisation_before_approval(sqlite_demo_db: Database) -> None:
    draft = filed(sqlite_demo_db, as_user(sqlite_demo_db, "dealer"))
    with pytest.raises(Conflict, match="not approved"):
        return_authorisation_pdf(sqlite_demo_db, as_user(sqlite_demo_db, "dealer"), draft)


def test_the_terms_follow_the_policy(sqlite_demo_db: Database, tmp_path: Path) -> None:
    from desktop.core.services.admin.policy import update_setting

    update_setting(sqlite_demo_db, as_user(sqlite_demo_db, "admin"),
                   "returns.completion_working_days", 7, None)
    number = approved(sqlite_demo_db)
    written = print_return_authorisation(sqlite_demo_db, as_user(sqlite_demo_db, "order"),
                                         number, tmp_path / "ra.pdf")
    (text,) = page_texts(written.read_bytes())
    assert "7 个工作日" in text


def test_chinese_wraps_between_characters_and_latin_words_stay_whole() -> None:
    regular, _bold = cjk_fonts()
    lines = wrap("凡是退回的产品，公司一律按产品型号以及实物清点数量给予处理 SF1402 5566 7788",
                 regular, 10, 120)
    assert len(lines) > 2
    assert all(len(line) < 20 for line in lines)
    assert "".join(lines).replace(" ", "") == (
        "凡是退回的产品，公司一律按产品型号以及实物清点数量给予处理SF140255667788")
    assert any("SF1402" in line for line in lines)  # not split inside a word


def test_the_transport_record_has_its_fields_and_decision(sqlite_demo_db: Database) -> None:
    from datetime import date

    from desktop.core.rules.transport import Decision, ExceptionKind
    from desktop.core.services.transport.exceptions import ExceptionForm, decide, record_exception
    from desktop.core.services.transport.printing import transport_record_pdf

    dealer = as_user(sqlite_demo_db, "dealer")
    number = record_exception(sqlite_demo_db, dealer, ExceptionForm(
        ExceptionKind.DAMAGE, date(2026, 11, 20), (("FL-0702", 2),), "SO-1", "C-DB", "DB1",
        "外箱压扁", "司机 李强", True, "德邦物流"), today=date(2026, 11, 23))
    decide(sqlite_demo_db, as_user(sqlite_demo_db, "order"), number, Decision.EXCHANGE)
    data = transport_record_pdf(sqlite_demo_db, dealer, number)
    (text,) = page_texts(data)
    for expected in ("产品运输异常记录表", number, "上海明辉照明经营部", "德邦物流", "DB1",
                     "运输破损", "FL-0702", "外箱压扁", "换货", "承运方", "订单部"):
        assert expected in text
    assert decode_pages(data, dpi=200) == [number]


def test_the_complaint_sheet_has_its_fields_and_answer(sqlite_demo_db: Database) -> None:
    from datetime import UTC, datetime, timedelta

    from desktop.core.rules.complaints import Answer, ComplaintKind
    from desktop.core.services.complaints.printing import complaint_sheet_pdf
    from desktop.core.services.complaints.sheets import SheetForm, answer_sheet, file_sheet

    dealer = as_user(sqlite_demo_db, "dealer")
    number = file_sheet(sqlite_demo_db, dealer, SheetForm(
        ComplaintKind.QUALITY, datetime.now(UTC) - timedelta(hours=2),
        (("PL-0703", 3, "边框变形"),), "SO-77", True, True, "开箱即发现"))
    answer_sheet(sqlite_demo_db, as_user(sqlite_demo_db, "order"), number, Answer.EXCHANGE)
    data = complaint_sheet_pdf(sqlite_demo_db, dealer, number)
    (text,) = page_texts(data)
    for expected in ("客诉质量异常联络单", number, "上海明辉照明经营部", "SO-77", "质量异常",
                     "PL-0703", "边框变形", "开箱即发现", "换货", "订单部"):
        assert expected in text
    assert decode_pages(data, dpi=200) == [number]


def test_every_form_page_is_drawn(sqlite_demo_db: Database) -> None:
    from desktop.core.services.complaints.printing import complaint_sheet_pdf
    from desktop.core.services.complaints.sheets import list_sheets
    from desktop.core.services.kernel.listing import ListQuery
    from desktop.core.services.transport.exceptions import list_exceptions
    from desktop.core.services.transport.printing import transport_record_pdf

    order = as_user(sqlite_demo_db, "order")
    for data in (transport_record_pdf(sqlite_demo_db, order, list_exceptions(
            sqlite_demo_db, order, ListQuery())[0].number),
                 complaint_sheet_pdf(sqlite_demo_db, order, list_sheets(
                     sqlite_demo_db, order, ListQuery())[0].number)):
        image = pdfium.PdfDocument(data)[0].render(scale=1).to_pil().convert("L")
        assert sum(image.histogram()[:128]) > 5000
