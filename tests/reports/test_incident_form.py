"""The major quality incident application (C4) as an A4 form: its text is extractable, its fonts
embedded, its number's barcode decodes, the page is drawn, and it shows management's decision."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

import pypdfium2 as pdfium

from desktop.core.rules.service import IncidentKind
from desktop.core.services.service.cases import CaseForm, register_case
from desktop.core.services.service.incidents import apply_incident, decide_incident
from desktop.core.services.service.printing import incident_pdf, print_incident
from desktop.core.store.db import Database
from tests.conftest import as_user
from tests.reports.pdf_fonts import unembedded
from tests.reports.test_labels import decode_pages, page_texts


def test_the_incident_form_has_its_fields_decision_and_barcode(
        sqlite_demo_db: Database, tmp_path: Path) -> None:
    db = sqlite_demo_db
    service, manager = as_user(db, "service"), as_user(db, "manager")
    case = register_case(db, service, CaseForm("周女士", "FL-0702", "投光灯三次不亮",
                                               serial="SN-FORM-1", date_code="202502"))
    number = apply_incident(db, service, case, IncidentKind.WHOLE_REPLACEMENT,
                            Decimal("680.00"), "三十天内维修两次仍不亮，申请整机更换")
    decide_incident(db, manager, number, True, "同意整机更换")
    data = incident_pdf(db, manager, number)
    (text,) = page_texts(data)
    for expected in ("重大质量事故处理申请表", number, case, "周女士", "FL-0702", "整机更换",
                     "680.00", "三十天内维修两次仍不亮", "批准 Approved", "同意整机更换",
                     "manager", "总经理"):
        assert expected in text, expected
    assert unembedded(data) == []
    assert decode_pages(data, dpi=200) == [number]
    image = pdfium.PdfDocument(data)[0].render(scale=1).to_pil().convert("L")
    assert sum(image.histogram()[:128]) > 5000
    written = print_incident(db, service, number, tmp_path / "incident.pdf")
    assert written.read_bytes()[:5] == b"%PDF-"
