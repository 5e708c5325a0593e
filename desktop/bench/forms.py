"""Each A4 form against a bare reportlab page with the same font and the same text items, in the
same run (issue: ≤ 1.5×).

The bare page draws the very strings the form draws (captured while it renders), one after the
other down the page: the same number of text items and the same glyphs, so both embed the same
font subset.  What the ratio shows is the cost of the form's layout — rules, cells, barcode,
wrapping, heavier labels — over the bare text.
"""

from __future__ import annotations

import io
import statistics
from collections.abc import Callable
from functools import partial
from typing import Any

RUNS = 30


def _text_items(render: Callable[[], bytes]) -> list[str]:
    """The strings a form draws (captured on reportlab's canvas while it renders)."""
    from reportlab.pdfgen import canvas, textobject

    drawn: list[str] = []
    originals = (canvas.Canvas.drawString, canvas.Canvas.drawRightString,
                 canvas.Canvas.drawCentredString, textobject.PDFTextObject.textOut)

    def counting(original: Any) -> Any:
        def wrapper(*args: Any, **kwargs: Any) -> Any:
            text = args[1] if original is originals[3] else args[3]
            drawn.append(str(text))
            return original(*args, **kwargs)
        return wrapper

    canvas.Canvas.drawString = counting(originals[0])
    canvas.Canvas.drawRightString = counting(originals[1])
    canvas.Canvas.drawCentredString = counting(originals[2])
    textobject.PDFTextObject.textOut = counting(originals[3])
    try:
        render()
    finally:
        (canvas.Canvas.drawString, canvas.Canvas.drawRightString,
         canvas.Canvas.drawCentredString, textobject.PDFTextObject.textOut) = originals
    return drawn


def _bare_page(items: list[str]) -> bytes:
    from reportlab.pdfgen import canvas

    from reports.fonts import cjk_fonts
    from reports.layout import PAGE_H, PAGE_W

    regular, _bold = cjk_fonts()
    buffer = io.BytesIO()
    page = canvas.Canvas(buffer, pagesize=(PAGE_W, PAGE_H), pageCompression=1)
    page.setFont(regular, 9)
    for i, text in enumerate(items):
        page.drawString(40 + (i % 3) * 170, 800 - (i // 3) * 12, text)
    page.save()
    return buffer.getvalue()


def _medians(first: Callable[[], bytes], second: Callable[[], bytes],
             runs: int) -> tuple[float, float]:
    """Median times of two renderings, run alternately so that both see the same machine."""
    from desktop.bench.labels import timed

    times: tuple[list[float], list[float]] = ([], [])
    for _ in range(runs):
        for render, sink in ((first, times[0]), (second, times[1])):
            sink.append(timed(render))
    return statistics.median(times[0]), statistics.median(times[1])


def measure_forms(db: Any, runs: int = RUNS) -> dict[str, Any]:
    """``db`` holds the demo world (forms of every kind)."""
    from desktop.core.rules.workflow import State
    from desktop.core.services.complaints.printing import complaint_sheet_data
    from desktop.core.services.complaints.sheets import list_sheets
    from desktop.core.services.kernel.actor import SYSTEM
    from desktop.core.services.kernel.listing import ListQuery
    from desktop.core.services.returns.printing import return_authorisation_data
    from desktop.core.services.returns.query import ReturnQuery, list_requests
    from desktop.core.services.transport.exceptions import list_exceptions
    from desktop.core.services.transport.printing import transport_record_data
    from reports.authorisation import render_return_authorisation
    from reports.complaint_sheet import render_complaint_sheet
    from reports.transport_record import render_transport_record

    # The data is read once; what is timed is building the page from it.
    approved = list_requests(db, SYSTEM, ReturnQuery(states=(State.RECEIVING,)))[0].number
    authorisation = return_authorisation_data(db, SYSTEM, approved)
    record = transport_record_data(
        db, SYSTEM, list_exceptions(db, SYSTEM, ListQuery())[0].number)
    sheet = complaint_sheet_data(
        db, SYSTEM, list_sheets(db, SYSTEM, ListQuery())[0].number)
    forms: dict[str, Callable[[], bytes]] = {
        "return_authorisation": lambda: render_return_authorisation(authorisation),
        "transport_record": lambda: render_transport_record(record),
        "complaint_sheet": lambda: render_complaint_sheet(sheet),
    }
    figures = {}
    for name, render in forms.items():
        render()
        items = _text_items(render)
        _bare_page(items)
        form_s, bare_s = _medians(render, partial(_bare_page, items), runs)
        figures[name] = {"text_items": len(items), "form_ms": round(form_s * 1000, 2),
                         "bare_ms": round(bare_s * 1000, 2), "ratio": round(form_s / bare_s, 2)}
    return figures
