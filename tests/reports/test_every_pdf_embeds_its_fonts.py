"""Every PDF the program makes carries every font it lists: no Helvetica from reportlab's
initial font, nothing a PDF/A checker would report missing."""

from __future__ import annotations

import io
from collections.abc import Callable
from datetime import date

from reportlab.pdfgen import canvas

from desktop.core.services import api
from desktop.core.services.kernel.listing import ListQuery
from desktop.core.store.db import Database
from tests.conftest import as_user
from tests.db.returns_helpers import shipped
from tests.reports.pdf_fonts import fonts, unembedded


def test_the_check_sees_reportlabs_default_helvetica() -> None:
    """The control: a bare reportlab canvas lists an unembedded Helvetica."""
    out = io.BytesIO()
    page = canvas.Canvas(out)
    page.drawString(10, 10, "x")
    page.save()
    assert unembedded(out.getvalue()) == ["Helvetica"]


def _documents(db: Database) -> dict[str, Callable[[], bytes]]:
    from desktop.core.services.complaints.printing import complaint_sheet_pdf
    from desktop.core.services.complaints.sheets import list_sheets
    from desktop.core.services.repairs.report import repair_report_pdf
    from desktop.core.services.returns.printing import labels_pdf, return_authorisation_pdf
    from desktop.core.services.service.incidents import list_incidents
    from desktop.core.services.service.printing import incident_pdf
    from desktop.core.services.transport.exceptions import list_exceptions
    from desktop.core.services.transport.printing import transport_record_pdf

    number, _codes = shipped(db, 2)
    order, dealer = as_user(db, "order"), as_user(db, "dealer")
    exception = list_exceptions(db, order, ListQuery())[0].number
    sheet = list_sheets(db, order, ListQuery())[0].number
    return {
        "labels_pdf": lambda: labels_pdf(db, dealer, number)
        + labels_pdf(db, dealer, number, a4=True),
        "return_authorisation_pdf": lambda: return_authorisation_pdf(db, dealer, number),
        "transport_record_pdf": lambda: transport_record_pdf(db, order, exception),
        "complaint_sheet_pdf": lambda: complaint_sheet_pdf(db, order, sheet),
        "repair_report_pdf": lambda: repair_report_pdf(db, as_user(db, "tech"), date.today()),
        "incident_pdf": lambda: incident_pdf(db, as_user(db, "manager"), list_incidents(
            db, as_user(db, "manager"))[0].number),
    }


def test_every_pdf_use_case_embeds_every_font(sqlite_demo_db: Database) -> None:
    documents = _documents(sqlite_demo_db)
    served = {case.fn.__name__ for case in api.USE_CASES.values()
              if case.fn.__name__.endswith("_pdf")}
    assert served == set(documents), "a PDF use case this test does not open"
    for name, make in documents.items():
        data = make()
        for part in data.split(b"%%EOF")[:-1]:  # labels: the two files one after the other
            assert unembedded(part) == [], name
            assert any(fonts(part).values()), name


def test_only_reports_pdf_makes_a_canvas() -> None:
    """A new form starts from reports.pdf.new_canvas, so it starts in the embedded face too."""
    from pathlib import Path

    root = Path(__file__).resolve().parents[2] / "reports"
    makers = sorted(p.name for p in root.glob("*.py") if ".Canvas(" in p.read_text())
    assert makers == ["pdf.py"]


def test_the_monthly_summary_embeds_every_font(sqlite_demo_db: Database) -> None:
    """Not a use case (the desk prints it from the figures it has), a PDF all the same."""
    from datetime import datetime

    from desktop.core.services.figures.monthly import monthly_figures
    from desktop.core.services.figures.summary import summary_pdf
    from desktop.core.services.figures.trend import figure_trend

    month = f"{datetime.now():%Y-%m}"
    manager = as_user(sqlite_demo_db, "manager")
    figures = monthly_figures(sqlite_demo_db, manager, month)
    trend = figure_trend(sqlite_demo_db, manager, month, month)
    data = summary_pdf(figures, trend, lambda _context, source: source)
    assert unembedded(data) == []
    assert any(fonts(data).values())
