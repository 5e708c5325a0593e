"""The monthly summary PDF (月度售后汇总, F1) from the figures: every label a (Chinese,
English) pair, every cell formatted, the charts' data picked.  Rendered on the desk, like the
workbook, from the data a use case returned; ``chinese(context, source)`` is the desk's
Chinese translation (the forms are Chinese first whatever the screen's language)."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from desktop.core.i18n import QT_TRANSLATE_NOOP
from desktop.core.services.figures.results import (
    FigureRow,
    FigureTable,
    FigureTrend,
    MonthlyFigures,
    cell_text,
)
from desktop.core.services.figures.trend import SHOWN

if TYPE_CHECKING:
    from reports.monthly_summary import Bars, SummaryForm, SummaryTable

Translate = Callable[[str, str], str]
BARS = 10
LINE_COLUMNS = ("requests", "exceptions", "sheets", "repairs")
ALL = QT_TRANSLATE_NOOP("Figures", "Every dealer and region")


def _pair(word: Translate, context: str, source: str) -> tuple[str, str]:
    return word(context, source), source


def _name(row: FigureRow, table: FigureTable, word: Translate) -> str:
    label = word(row.label_context, row.label) if row.label_context else row.label
    return f"{row.key} {label}" if table.coded and row.key and not row.label_context else label


def summary_table(table: FigureTable, word: Translate, most: int) -> SummaryTable:
    from reports.monthly_summary import SummaryTable

    lead = 0.24
    rest = (1 - lead) / max(len(table.columns), 1)

    def line(row: FigureRow) -> list[str]:
        return [_name(row, table, word)] + [cell_text(v, c.kind)
                                          for v, c in zip(row.values, table.columns,
                                                          strict=True)]

    rows = [line(r) for r in table.rows[:most]]
    if table.comparison is not None:
        rows.append(line(table.comparison))
    return SummaryTable(_pair(word, "Figures", table.title),
                        [_pair(word, "Figures", table.dimension)]
                        + [_pair(word, "Figures", c.label) for c in table.columns],
                        [lead] + [rest] * len(table.columns), rows, line(table.total),
                        max(len(table.rows) - most, 0))


def summary_form(figures: MonthlyFigures, trend: FigureTrend | None, chinese: Translate,
                 most: int = 12) -> SummaryForm:
    from reports.monthly_summary import Lines, SummaryForm

    word = chinese
    scope = figures.scope
    who = f"{scope.name} {scope.code}" if scope.code else f"{word('Figures', ALL)} {ALL}"
    headline = []
    for shown in SHOWN:
        table = figures.table(shown.table)
        column = table.columns[table.column_index(shown.column)]
        headline.append((_pair(word, "Figures", shown.label or column.label),
                         cell_text(table.total.value(table, shown.column), column.kind)))
    by = "returns_by_model" if scope.kind == "dealer" else "returns_by_dealer"
    bars = [_bars(figures.table(by), "units", word), _bars(figures.table("defects_by_model"),
                                                         "defect_rate", word)]
    lines = None
    if trend is not None:
        t = trend.table
        lines = Lines(_pair(word, "Figures", t.title), [r.key for r in t.rows], [
            (word("Figures", t.columns[t.column_index(k)].label),
             [float(v) if v is not None else None for v in
              (r.values[t.column_index(k)] for r in t.rows)]) for k in LINE_COLUMNS])
    return SummaryForm(
        f"FIG-{figures.month}" + (f"-{scope.code}" if scope.code else ""), figures.month, who,
        figures.made_at.astimezone().strftime("%Y-%m-%d %H:%M"), headline,
        [summary_table(t, word, most) for t in figures.tables], bars, lines,
        [(_pair(word, "Figures", p.title), word("Figures", p.reason)) for p in figures.pending])


def _bars(table: FigureTable, column: str, word: Translate) -> Bars:
    from reports.monthly_summary import Bars

    index = table.column_index(column)
    rows = [r for r in table.rows if r.values[index] is not None][:BARS]
    label = table.columns[index].label
    return Bars((f"{word('Figures', table.title)}: {word('Figures', label)}",
                 f"{table.title}: {label}"), [_short(r, word) for r in rows],
                [float(r.values[index] or 0) for r in rows])


def _short(row: FigureRow, word: Translate) -> str:
    return row.key if row.label_context is None else word(row.label_context, row.label)


def summary_pdf(figures: MonthlyFigures, trend: FigureTrend | None, chinese: Translate) -> bytes:
    from reports.monthly_summary import render_monthly_summary

    return render_monthly_summary(summary_form(figures, trend, chinese))
