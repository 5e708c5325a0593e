"""Excel workbooks from plain tables (XlsxWriter): one sheet per table with a frozen header, an
autofilter, number and date formats and a bold total; a summary sheet with native Excel charts.

Rows stream (XlsxWriter's constant_memory: each row goes to disk as it is written), so 100,000
rows cost no more memory than ten.  ``progress(done, total)`` is called as rows are written; it
returns False to cancel, and then nothing is left behind.  The file appears whole or not at all
(written beside the target, then renamed).
"""

from __future__ import annotations

import os
import tempfile
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from datetime import date, datetime
from pathlib import Path
from typing import Any

from reports.output import _umask

Progress = Callable[[int, int], bool]
EVERY = 2000        # rows between two progress calls
FORMATS = {         # a column kind's Excel number format
    "text": None, "int": "#,##0", "decimal": "#,##0.0", "money": "#,##0.00",
    "percent": "0.0%", "permille": '0.0"‰"', "date": "yyyy-mm-dd",
    "datetime": "yyyy-mm-dd hh:mm",
}


@dataclass(frozen=True)
class Column:
    header: str
    kind: str = "text"       # a key of FORMATS
    width: float = 12


@dataclass(frozen=True)
class Sheet:
    name: str                # at most 31 characters, no []:*?/\ (see sheet_name)
    columns: Sequence[Column]
    rows: Iterable[Sequence[Any]]
    count: int = 0           # how many rows, for the progress (0: not known)
    total: Sequence[Any] | None = None   # written bold under the rows, outside the filter
    frozen_columns: int = 1


@dataclass(frozen=True)
class Chart:
    """A native Excel chart of columns of a data sheet, placed on the summary sheet."""

    title: str
    sheet: str               # the data sheet's name
    categories: int          # the column holding the categories
    values: Sequence[int]    # the columns of the series
    rows: int                # how many data rows (from the second row on)
    kind: str = "column"     # "column", "bar" or "line"


@dataclass(frozen=True)
class Summary:
    name: str
    title: str
    lines: Sequence[tuple[str, Any, str]] = ()   # label, value, kind
    charts: Sequence[Chart] = field(default_factory=tuple)


def sheet_name(text: str, taken: set[str]) -> str:
    """A valid, unique sheet name for ``text`` (Excel: 31 characters, no []:*?/\\)."""
    clean = "".join(" " if ch in "[]:*?/\\" else ch for ch in text).strip()[:31] or "Sheet"
    name, n = clean, 2
    while name.lower() in taken:
        suffix = f" ({n})"
        name, n = clean[:31 - len(suffix)] + suffix, n + 1
    taken.add(name.lower())
    return name


def write_workbook(path: Path, sheets: Sequence[Sheet], summary: Summary | None = None,
                   progress: Progress | None = None) -> bool:
    """Write the workbook to ``path``; False (and no file) when ``progress`` cancelled it."""
    import xlsxwriter

    target = path.expanduser().resolve()
    handle, temporary = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".part",
                                         dir=target.parent)
    if hasattr(os, "fchmod"):  # mkstemp makes 0600; a saved workbook gets the usual mode
        os.fchmod(handle, 0o666 & ~_umask())
    os.close(handle)
    book = xlsxwriter.Workbook(temporary, {"constant_memory": True, "strings_to_numbers": False,
                                           "strings_to_formulas": False})
    try:
        done = _write_all(book, sheets, summary, progress)
        book.close()
        if not done:
            return False
        os.replace(temporary, target)
        return True
    finally:
        Path(temporary).unlink(missing_ok=True)


def _write_all(book: Any, sheets: Sequence[Sheet], summary: Summary | None,
               progress: Progress | None) -> bool:
    formats = Formats(book)
    if summary is not None:
        _summary(book, formats, summary)
    total = sum(s.count for s in sheets)
    done = 0
    for sheet in sheets:
        written = _sheet(book, formats, sheet, done, total, progress)
        if written is None:
            return False
        done += written
    return progress(done, max(total, done)) if progress is not None else True


class Formats:
    """The workbook's cell formats, made once."""

    def __init__(self, book: Any) -> None:
        self.header = book.add_format({"bold": True, "bg_color": "#EEEEEE", "bottom": 1,
                                       "text_wrap": True, "valign": "top"})
        self.title = book.add_format({"bold": True, "font_size": 14})
        self.plain = {k: book.add_format({"num_format": f} if f else {})
                      for k, f in FORMATS.items()}
        self.bold = {k: book.add_format({"bold": True, "top": 1, **({"num_format": f} if f
                                                                     else {})})
                     for k, f in FORMATS.items()}


TEXT, INT, NUMBER, PERCENT, WHEN = range(5)
CODES = {"text": TEXT, "int": INT, "decimal": NUMBER, "money": NUMBER, "permille": NUMBER,
         "percent": PERCENT, "date": WHEN, "datetime": WHEN}


def row_writer(sheet: Any, kinds: Sequence[str],
               formats: dict[str, Any]) -> Callable[[int, Sequence[Any]], None]:
    """Writes one row's cells, each the way its column's kind says (decided here once, and
    dispatched inline per cell: a call per cell costs as much as XlsxWriter's own work)."""
    string, number = sheet.write_string, sheet.write_number
    when, blank = sheet.write_datetime, sheet.write_blank
    plan = [(CODES[kind], formats[kind]) for kind in kinds]
    decimal = formats["decimal"]

    def write(r: int, values: Sequence[Any]) -> None:
        for c, v in enumerate(values):
            code, fmt = plan[c]
            if v is None:
                blank(r, c, None, fmt)
            elif code == TEXT:
                string(r, c, v if v.__class__ is str else str(v), fmt)
            elif code == INT:
                if v.__class__ is int:
                    number(r, c, v, fmt)
                else:  # an average of counts keeps one decimal
                    number(r, c, float(v), fmt if v == int(v) else decimal)
            elif code == NUMBER:
                number(r, c, float(v), fmt)
            elif code == PERCENT:
                number(r, c, float(v) / 100, fmt)
            else:
                when(r, c, _naive(v), fmt)
    return write


def _naive(value: date | datetime) -> date | datetime:
    """Excel has no time zones: a timestamp in the desk's local time."""
    if isinstance(value, datetime) and value.tzinfo is not None:
        return value.astimezone().replace(tzinfo=None)
    return value


def _sheet(book: Any, formats: Formats, spec: Sheet, before: int, total: int,
           progress: Progress | None) -> int | None:
    """Write one sheet; the number of rows written, None when cancelled."""
    sheet = book.add_worksheet(spec.name)
    for c, column in enumerate(spec.columns):
        sheet.set_column(c, c, column.width)
        sheet.write_string(0, c, column.header, formats.header)
    kinds = [column.kind for column in spec.columns]
    write = row_writer(sheet, kinds, formats.plain)
    row = 0
    for row, values in enumerate(spec.rows, start=1):
        write(row, values)
        if progress is not None and row % EVERY == 0 and not progress(before + row, total):
            return None
    sheet.freeze_panes(1, spec.frozen_columns)
    sheet.autofilter(0, 0, max(row, 1), len(spec.columns) - 1)
    if spec.total is not None:
        row_writer(sheet, kinds, formats.bold)(row + 1, spec.total)
    return row


def _summary(book: Any, formats: Formats, summary: Summary) -> None:
    sheet = book.add_worksheet(summary.name)
    sheet.set_column(0, 0, 34)
    sheet.set_column(1, 1, 16)
    sheet.write_string(0, 0, summary.title, formats.title)
    for index, (label, value, kind) in enumerate(summary.lines, start=2):
        row_writer(sheet, ["text", kind], formats.plain)(index, [label, value])
    top = len(summary.lines) + 4
    for index, chart in enumerate(summary.charts):
        sheet.insert_chart(top + (index // 2) * 18, (index % 2) * 8, _chart(book, chart))


def _chart(book: Any, spec: Chart) -> Any:
    chart = book.add_chart({"type": spec.kind})
    last = max(spec.rows, 1)
    for column in spec.values:
        chart.add_series({
            "name": [spec.sheet, 0, column],
            "categories": [spec.sheet, 1, spec.categories, last, spec.categories],
            "values": [spec.sheet, 1, column, last, column],
            "marker": {"type": "circle"} if spec.kind == "line" else {"type": "none"},
        })
    chart.set_title({"name": spec.title, "name_font": {"size": 11}})
    chart.set_legend({"position": "bottom"})
    return chart
