"""The figures as an Excel workbook (what the page shows: a sheet per table, a summary with
native charts), and any list's rows as a workbook: written on the desk, where the file goes.

Not a use case: it takes the plain data a use case returned and the desk's ``translate``
(context, source) for the headers, so the workbook is in the user's language.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from pathlib import Path
from typing import Any

from desktop.core.errors import CannotWrite
from desktop.core.i18n import QT_TRANSLATE_NOOP, msg
from desktop.core.services.figures.results import (
    FigureRow,
    FigureTable,
    FigureTrend,
    Kind,
    MonthlyFigures,
)

Translate = Callable[[str, str], str]
KINDS = {Kind.COUNT: "int", Kind.UNITS: "int", Kind.MINUTES: "int", Kind.MONEY: "money",
         Kind.PERCENT: "percent", Kind.PERMILLE: "permille"}
HEADLINE = (("returns_by_dealer", "requests"), ("returns_by_dealer", "units"),
            ("defects_by_model", "defect_rate"), ("completion_by_dealer", "on_time_rate"),
            ("completion_by_dealer", "overdue"), ("transport_by_kind", "exceptions"),
            ("complaints_by_class", "response_rate"), ("repairs_by_model", "free_rate"),
            ("money_by_dealer", "credit"), ("money_by_dealer", "penalty"))
CHARTED = (("returns_by_dealer", "units"), ("defects_by_model", "defect_rate"),
           ("completion_by_dealer", "on_time_rate"), ("transport_by_carrier", "exceptions"))
TREND_CHARTED = ("requests", "exceptions", "sheets", "repairs")
CODE = QT_TRANSLATE_NOOP("Figures", "Code")
SUMMARY = QT_TRANSLATE_NOOP("Figures", "Summary")
TITLE = QT_TRANSLATE_NOOP("Figures", "After-sales figures {month}")


def _same(context: str, source: str) -> str:
    del context
    return source


def _row_label(row: FigureRow, word: Translate) -> str:
    return word(row.label_context, row.label) if row.label_context else row.label


def table_sheet(table: FigureTable, name: str, word: Translate) -> Any:
    """One table as a sheet: code and name (or the name alone), then the columns; the
    all-dealers average under the rows, the total in bold."""
    from reports.workbook import Column, Sheet

    lead = ([Column(word("Figures", CODE), "text", 12)] if table.coded else []) + [
        Column(word("Figures", table.dimension), "text", 28)]
    columns = lead + [Column(word("Figures", c.label), KINDS[c.kind], 13) for c in table.columns]

    def line(row: FigureRow) -> list[Any]:
        head = ([row.key] if table.coded else []) + [_row_label(row, word)]
        return head + list(row.values)

    rows = [line(r) for r in table.rows]
    if table.comparison is not None:
        rows.append(line(table.comparison))
    total = line(table.total)
    if table.coded:
        total[0] = ""
    return Sheet(name, columns, rows, len(rows), total, len(lead))


def figures_workbook(path: Path, figures: MonthlyFigures, trend: FigureTrend | None = None,
                     translate: Translate = _same,
                     progress: Callable[[int, int], bool] | None = None) -> bool:
    """Write the month's figures (and the trend, if given) to ``path``; False when cancelled."""
    from reports.workbook import Summary, sheet_name, write_workbook

    word = translate
    taken: set[str] = set()
    summary_name = sheet_name(word("Figures", SUMMARY), taken)
    tables = [*figures.tables, *([trend.table] if trend else [])]
    names = {t.key: sheet_name(word("Figures", t.title), taken) for t in tables}
    sheets = [table_sheet(t, names[t.key], word) for t in tables]
    summary = Summary(summary_name, _title(figures, word), _headline(figures, word),
                      _charts(figures, trend, names, word))
    return _write(path, lambda: write_workbook(path, sheets, summary, progress))


def _title(figures: MonthlyFigures, word: Translate) -> str:
    who = f" · {figures.scope.name} {figures.scope.code}" if figures.scope.code else ""
    return word("Figures", TITLE).format(month=figures.month) + who


def _headline(figures: MonthlyFigures, word: Translate) -> list[tuple[str, Any, str]]:
    lines: list[tuple[str, Any, str]] = []
    for table_key, column_key in HEADLINE:
        table = figures.table(table_key)
        column = table.columns[table.column_index(column_key)]
        lines.append((f"{word('Figures', table.title)}: {word('Figures', column.label)}",
                      table.total.value(table, column_key), KINDS[column.kind]))
    for pending in figures.pending:
        lines.append((word("Figures", pending.title), word("Figures", pending.reason), "text"))
    return lines


def _charts(figures: MonthlyFigures, trend: FigureTrend | None, names: dict[str, str],
            word: Translate) -> list[Any]:
    from reports.workbook import Chart

    charts = []
    for key, column in CHARTED:
        table = figures.table(key)
        lead = 2 if table.coded else 1
        charts.append(Chart(word("Figures", table.title), names[key], lead - 1,
                            [lead + table.column_index(column)], len(table.rows),
                            "bar" if table.coded else "column"))
    if trend is not None:
        t = trend.table
        charts.append(Chart(word("Figures", t.title), names["trend"], 0,
                            [1 + t.column_index(c) for c in TREND_CHARTED], len(t.rows), "line"))
    return charts


def rows_workbook(path: Path, title: str, headers: Sequence[tuple[str, str]],
                  rows: Iterable[Sequence[Any]], count: int = 0,
                  progress: Callable[[int, int], bool] | None = None) -> bool:
    """Any list's rows as a one-sheet workbook, streamed: ``headers`` are (translated header,
    kind: text, int, money, percent, date, datetime); ``rows`` may be a generator over pages."""
    from reports.workbook import Column, Sheet, sheet_name, write_workbook

    sheet = Sheet(sheet_name(title, set()), [Column(h, k, 16) for h, k in headers], rows, count)
    return _write(path, lambda: write_workbook(path, [sheet], None, progress))


def _write(path: Path, write: Callable[[], bool]) -> bool:
    try:
        return write()
    except OSError as exc:
        raise CannotWrite(msg(QT_TRANSLATE_NOOP(
            "Messages", "Cannot write {path}: {reason}. Nothing was written; choose another "
            "folder or free some space."), path=str(path), reason=exc.strerror or str(exc))) \
            from exc
