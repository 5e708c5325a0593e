"""The monthly after-sales summary (月度售后汇总, F1, K1, C5) on A4, on the forms' frame: the
headline figures, bar charts and the line over months drawn with reportlab.graphics (vector,
in the embedded face), then every table, paginated, each page titled and numbered.

Takes plain data: every label is already a (Chinese, English) pair, every cell a string.
"""

from __future__ import annotations

import io
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Any

from reports.layout import INNER_W, MARGIN, MM, PAGE_H, PAGE_W, FormCanvas, Label
from reports.pdf import new_canvas

CHART_H = 62 * MM
ROW_H, HEAD_H, TITLE_H = 18, 24, 16
FOOT = MARGIN + 12
MAX_ROWS = 14
BAR_COLOURS = ((0.08, 0.40, 0.75), (0.90, 0.45, 0.10))
LINE_COLOURS = ((0.08, 0.40, 0.75), (0.85, 0.20, 0.20), (0.20, 0.60, 0.30), (0.55, 0.35, 0.70))


@dataclass(frozen=True)
class SummaryTable:
    title: Label
    headers: Sequence[Label]
    widths: Sequence[float]          # fractions of the inner width, adding up to 1
    rows: Sequence[Sequence[str]]
    total: Sequence[str]
    more: int = 0                    # rows left out here (they are in the workbook)


@dataclass(frozen=True)
class Bars:
    title: Label
    categories: Sequence[str]
    values: Sequence[float]


@dataclass(frozen=True)
class Lines:
    title: Label
    months: Sequence[str]
    series: Sequence[tuple[str, Sequence[float | None]]]


@dataclass(frozen=True)
class SummaryForm:
    number: str
    month: str
    scope: str
    made_at: str
    headline: Sequence[tuple[Label, str]]
    tables: Sequence[SummaryTable]
    bars: Sequence[Bars] = ()
    lines: Lines | None = None
    pending: Sequence[tuple[Label, str]] = field(default_factory=tuple)


TILE_H, TILES_PER_ROW = 36, 4
HEADER_H, FIELDS_H, PENDING_LINE = 56, 60, 10


def table_height(table: SummaryTable) -> float:
    rows = len(table.rows) + 1 + (1 if table.more else 0)
    return TITLE_H + HEAD_H + ROW_H * rows + 10


def _pending_lines(form: SummaryForm, font: str) -> list[str]:
    from reports.layout import wrap

    lines: list[str] = []
    for (chinese, english), reason in form.pending:
        lines += wrap(f"{chinese} {english}: {reason}", font, 7.5, INNER_W)
    return lines


def first_page_height(form: SummaryForm, font: str) -> float:
    """What the first page holds above its tables (the same constants draw it)."""
    tiles = -(-len(form.headline) // TILES_PER_ROW) * TILE_H + 8
    charts = (CHART_H + 14) * ((1 if form.bars else 0) + (1 if form.lines else 0))
    pending = len(_pending_lines(form, font)) * PENDING_LINE + (6 if form.pending else 0)
    return FIELDS_H + tiles + charts + pending


def pages_of(form: SummaryForm, font: str) -> list[list[SummaryTable]]:
    """The tables page by page: a table that does not fit the rest of a page starts the next."""
    room_full = PAGE_H - MARGIN - HEADER_H - FOOT
    pages: list[list[SummaryTable]] = [[]]
    room = room_full - first_page_height(form, font)
    for table in form.tables:
        height = table_height(table)
        if height > room and (pages[-1] or len(pages) == 1):
            pages.append([])
            room = room_full
        pages[-1].append(table)
        room -= height
    return pages


def render_monthly_summary(form: SummaryForm) -> bytes:
    from reports.fonts import cjk_fonts

    buffer = io.BytesIO()
    page = new_canvas(buffer, (PAGE_W, PAGE_H), f"月度售后汇总 {form.month}")
    pages = pages_of(form, cjk_fonts()[0])
    for index, tables in enumerate(pages, start=1):
        sheet = FormCanvas(page)
        sheet.header(("月度售后汇总", "MONTHLY AFTER-SALES SUMMARY"), form.number,
                     f"{form.month} · 第 {index}/{len(pages)} 页 page {index} of {len(pages)}")
        if index == 1:
            _first_page(sheet, form)
        for table in tables:
            _table(sheet, table)
        _footer(sheet, form, index, len(pages))
        page.showPage()
    page.save()
    return buffer.getvalue()


def _first_page(sheet: FormCanvas, form: SummaryForm) -> None:
    sheet.fields([(("月份", "Month"), form.month), (("范围", "Figures of"), form.scope),
                  (("制表", "Made"), form.made_at),
                  (("说明", "Note"), "每个数字可打开其记录 Every figure opens its records")])
    _tiles(sheet, form.headline)
    if form.bars:
        width = INNER_W / len(form.bars[:2])
        for index, bars in enumerate(form.bars[:2]):
            draw_bars(sheet, bars, MARGIN + index * width, sheet.y - CHART_H, width - 4 * MM)
        sheet.y -= CHART_H + 14
    if form.lines is not None:
        draw_lines(sheet, form.lines, MARGIN, sheet.y - CHART_H, INNER_W)
        sheet.y -= CHART_H + 14
    for line in _pending_lines(form, sheet.regular):
        sheet.c.setFont(sheet.regular, 7.5)
        sheet.c.drawString(MARGIN, sheet.y - 8, line)
        sheet.y -= PENDING_LINE
    sheet.y -= 6 if form.pending else 0


def _tiles(sheet: FormCanvas, headline: Sequence[tuple[Label, str]]) -> None:
    """The headline figures as tiles: the label in two languages, the figure large."""
    c = sheet.c
    width = INNER_W / TILES_PER_ROW
    for index, ((chinese, english), value) in enumerate(headline):
        x = MARGIN + (index % TILES_PER_ROW) * width
        top = sheet.y - (index // TILES_PER_ROW) * TILE_H
        c.setLineWidth(0.4)
        c.rect(x, top - TILE_H, width, TILE_H)
        sheet.strong(x + 4, top - 10, chinese, 8)
        c.setFont(sheet.regular, 5.5)
        c.drawString(x + 4, top - 17, english)
        sheet.strong(x + width - 5, top - 31, value, 13, right=True)
    sheet.y -= -(-len(headline) // TILES_PER_ROW) * TILE_H + 8


def _table(sheet: FormCanvas, table: SummaryTable) -> None:
    sheet.strong(MARGIN, sheet.y - 11, table.title[0], 10)
    sheet.c.setFont(sheet.regular, 7)
    sheet.c.drawString(MARGIN + sheet.c.stringWidth(table.title[0], sheet.regular, 10) + 6,
                       sheet.y - 11, table.title[1])
    sheet.y -= TITLE_H
    rows = [*table.rows, table.total]
    if table.more:
        rows.insert(len(table.rows), [f"… 另有 {table.more} 行见工作簿 {table.more} more "
                                      "rows in the workbook"] + [""] * (len(table.headers) - 1))
    sheet.table(table.headers, table.widths, rows)


def _footer(sheet: FormCanvas, form: SummaryForm, index: int, count: int) -> None:
    c = sheet.c
    c.setFont(sheet.regular, 7)
    c.drawString(MARGIN, MARGIN, f"{form.number} · {form.scope} · {form.made_at}")
    c.drawRightString(PAGE_W - MARGIN, MARGIN, f"第 {index}/{count} 页")


def _axis_fonts(chart: Any, font: str) -> None:
    for axis in (chart.categoryAxis, chart.valueAxis):
        axis.labels.fontName = font
        axis.labels.fontSize = 6.5
    chart.valueAxis.forceZero = True
    chart.valueAxis.rangeRound = "ceiling"  # the top of the scale is a tick above the highest
    chart.valueAxis.visibleGrid = True
    chart.valueAxis.gridStrokeColor = _grey()


def _grey() -> Any:
    from reportlab.lib.colors import Color

    return Color(0.85, 0.85, 0.85)


def _title(drawing: Any, title: Label, font: str) -> None:
    from reportlab.graphics.shapes import String

    drawing.add(String(0, CHART_H - 10, title[0], fontName=font, fontSize=8.5))
    drawing.add(String(0, CHART_H - 18, title[1], fontName=font, fontSize=5.5))


def bar_drawing(bars: Bars, width: float, font: str) -> Any:
    """A vertical bar chart of one series, its categories under the bars."""
    from reportlab.graphics.charts.barcharts import VerticalBarChart
    from reportlab.graphics.shapes import Drawing
    from reportlab.lib.colors import Color

    drawing = Drawing(width, CHART_H, initialFontName=font)  # else Helvetica, unembedded
    _title(drawing, bars.title, font)
    chart = VerticalBarChart()
    chart.x, chart.y, chart.width, chart.height = 28, 30, width - 36, CHART_H - 58
    chart.data = [list(bars.values) or [0]]
    chart.categoryAxis.categoryNames = [c[:8] for c in bars.categories] or ["—"]
    chart.categoryAxis.labels.angle = 30 if len(bars.categories) > 4 else 0
    chart.categoryAxis.labels.boxAnchor = "ne" if len(bars.categories) > 4 else "n"
    chart.bars[0].fillColor = Color(*BAR_COLOURS[0])
    chart.bars.strokeColor = None
    _axis_fonts(chart, font)
    drawing.add(chart)
    return drawing


def line_drawing(lines: Lines, width: float, font: str) -> Any:
    """Lines over the months, a legend under them."""
    from reportlab.graphics.charts.linecharts import HorizontalLineChart
    from reportlab.graphics.shapes import Drawing, Rect, String
    from reportlab.lib.colors import Color

    drawing = Drawing(width, CHART_H, initialFontName=font)  # else Helvetica, unembedded
    _title(drawing, lines.title, font)
    chart = HorizontalLineChart()
    chart.x, chart.y, chart.width, chart.height = 30, 40, width - 40, CHART_H - 66
    chart.data = [[v if v is not None else 0 for v in values] for _n, values in lines.series]
    chart.categoryAxis.categoryNames = list(lines.months)
    for index in range(len(lines.series)):
        chart.lines[index].strokeColor = Color(*LINE_COLOURS[index % len(LINE_COLOURS)])
        chart.lines[index].strokeWidth = 1.5
    _axis_fonts(chart, font)
    drawing.add(chart)
    for index, (name, _values) in enumerate(lines.series):
        x = 30 + index * 110
        drawing.add(Rect(x, 6, 10, 6, fillColor=Color(*LINE_COLOURS[index % 4]),
                         strokeColor=None))
        drawing.add(String(x + 14, 6, name, fontName=font, fontSize=7))
    return drawing


def draw_bars(sheet: FormCanvas, bars: Bars, x: float, y: float, width: float) -> None:
    from reportlab.graphics import renderPDF

    renderPDF.draw(bar_drawing(bars, width, sheet.regular), sheet.c, x, y)


def draw_lines(sheet: FormCanvas, lines: Lines, x: float, y: float, width: float) -> None:
    from reportlab.graphics import renderPDF

    renderPDF.draw(line_drawing(lines, width, sheet.regular), sheet.c, x, y)
