"""The figures bench's files: 100,000 rows to Excel against a bare XlsxWriter loop writing the
same cells with the same formats (issue: ≤ 1.3×), and the monthly summary PDF against a bare
reportlab document drawing the same charts and the same strings (issue: ≤ 1.5×)."""

from __future__ import annotations

import io
import tempfile
from datetime import UTC, date, datetime, timedelta
from decimal import Decimal
from pathlib import Path
from typing import Any

from desktop.bench.figures import ROWS, _alternately

HEADERS = (("单号", "text"), ("经销商代码", "text"), ("经销商", "text"), ("状态", "text"),
           ("行数", "int"), ("件数", "int"), ("金额", "money"), ("建单", "datetime"),
           ("到期", "date"))


def list_rows(count: int) -> list[tuple[Any, ...]]:
    """What a request list's rows hold: numbers, Chinese names, counts, money, times, days."""
    made = datetime(2026, 3, 1, 8, 0, tzinfo=UTC)
    return [(f"R2603{i:06d}", f"D-{i % 200:04d}", f"上海明辉照明经营部{i % 200}", "已收货",
             1 + i % 4, 1 + i % 40, Decimal(10 + i % 900) / 4, made + timedelta(minutes=i),
             date(2026, 3, 9)) for i in range(count)]


def bare_xlsx(path: Path, rows: list[tuple[Any, ...]]) -> None:
    """XlsxWriter alone: the same cells, formats, frozen header and filter, in one loop."""
    import xlsxwriter

    book = xlsxwriter.Workbook(str(path), {"constant_memory": True})
    sheet = book.add_worksheet("rows")
    header = book.add_format({"bold": True, "bg_color": "#EEEEEE", "bottom": 1,
                              "text_wrap": True, "valign": "top"})
    plain = book.add_format()
    whole, money = book.add_format({"num_format": "#,##0"}), book.add_format(
        {"num_format": "#,##0.00"})
    stamp = book.add_format({"num_format": "yyyy-mm-dd hh:mm"})
    day = book.add_format({"num_format": "yyyy-mm-dd"})
    for c, (title, _kind) in enumerate(HEADERS):
        sheet.set_column(c, c, 16)
        sheet.write_string(0, c, title, header)
    for r, row in enumerate(rows, start=1):
        sheet.write_string(r, 0, row[0], plain)
        sheet.write_string(r, 1, row[1], plain)
        sheet.write_string(r, 2, row[2], plain)
        sheet.write_string(r, 3, row[3], plain)
        sheet.write_number(r, 4, row[4], whole)
        sheet.write_number(r, 5, row[5], whole)
        sheet.write_number(r, 6, float(row[6]), money)
        sheet.write_datetime(r, 7, row[7].astimezone().replace(tzinfo=None), stamp)
        sheet.write_datetime(r, 8, row[8], day)
    sheet.freeze_panes(1, 1)
    sheet.autofilter(0, 0, len(rows), len(HEADERS) - 1)
    book.close()


def measure_xlsx(count: int = ROWS, runs: int = 3) -> dict[str, Any]:
    from desktop.core.services.figures.export import rows_workbook

    rows = list_rows(count)
    calls: list[int] = []

    def keep_going(done: int, total: int) -> bool:
        calls.append(done)
        return True

    with tempfile.TemporaryDirectory() as folder:
        ours, bare = Path(folder) / "ours.xlsx", Path(folder) / "bare.xlsx"
        ours_s, bare_s = _alternately(
            lambda: rows_workbook(ours, "返修申请", HEADERS, iter(rows), count, keep_going),
            lambda: bare_xlsx(bare, rows), runs)
        sizes = (ours.stat().st_size, bare.stat().st_size)
    return {"rows": count, "export_s": round(ours_s, 3), "bare_s": round(bare_s, 3),
            "ratio": round(ours_s / bare_s, 2), "bytes": sizes[0], "bare_bytes": sizes[1],
            "progress_calls": len(calls) // (runs + 0 or 1)}


def bare_summary(form: Any, items: list[str]) -> bytes:
    """A reportlab document with the same charts and strings, without the form's layout."""
    from reportlab.graphics import renderPDF

    from reports.fonts import cjk_fonts
    from reports.layout import INNER_W, PAGE_H, PAGE_W
    from reports.monthly_summary import bar_drawing, line_drawing
    from reports.pdf import new_canvas

    regular, _bold = cjk_fonts()
    out = io.BytesIO()
    page = new_canvas(out, (PAGE_W, PAGE_H), "bare")
    for index, bars in enumerate(form.bars[:2]):
        renderPDF.draw(bar_drawing(bars, INNER_W / 2 - 12, regular), page, 40 + index * 270, 600)
    if form.lines is not None:
        renderPDF.draw(line_drawing(form.lines, INNER_W, regular), page, 40, 400)
    page.setFont(regular, 9)
    for i, text in enumerate(items):
        if i and i % 150 == 0:
            page.showPage()
            page.setFont(regular, 9)
        page.drawString(40 + (i % 3) * 170, 380 - (i % 150 // 3) * 7, text)
    page.save()
    return out.getvalue()


def measure_pdf(figures: Any, trend: Any, runs: int = 10) -> dict[str, Any]:
    from desktop.bench.forms import _text_items
    from desktop.core.services.figures.summary import summary_form
    from reports.monthly_summary import render_monthly_summary

    form = summary_form(figures, trend, lambda _context, source: source)
    items = _text_items(lambda: render_monthly_summary(form))
    ours_s, bare_s = _alternately(lambda: render_monthly_summary(form),
                                  lambda: bare_summary(form, items), runs)
    return {"text_items": len(items), "summary_ms": round(ours_s * 1000, 1),
            "bare_ms": round(bare_s * 1000, 1), "ratio": round(ours_s / bare_s, 2),
            "pages": render_monthly_summary(form).count(b"/Type /Page\n")}
