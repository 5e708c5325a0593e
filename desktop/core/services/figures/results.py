"""The figures as a desk, the command line, the workbook and the PDF get them: plain data.

A table has a dimension (dealer, model, carrier …), columns of one kind each, a row per value of
the dimension, the total over all of them, and, when the figures are one dealer's, the
anonymised average of all dealers to compare with.  Every cell can be opened: the records it
counts come from ``figures.records.figure_records(table, row, column)``.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from decimal import Decimal
from enum import StrEnum

from desktop.core.i18n import QT_TRANSLATE_NOOP

CTX = "Figures"
TOTAL_KEY = ""           # the total row's key: every row of the table
NONE_KEY = "(none)"      # the row of records with no value for the dimension (no carrier …)
NONE_LABEL = QT_TRANSLATE_NOOP("Figures", "Not named")
Value = int | Decimal | None


class Kind(StrEnum):
    """What a column counts, which decides its format."""

    COUNT = "count"          # records (requests, sheets, repairs …)
    UNITS = "units"          # pieces
    MONEY = "money"          # yuan, two decimals
    MINUTES = "minutes"
    PERCENT = "percent"      # one decimal
    PERMILLE = "permille"    # one decimal


RATE_KINDS = frozenset({Kind.PERCENT, Kind.PERMILLE})


@dataclass(frozen=True)
class FigureColumn:
    key: str
    label: str       # English source, context "Figures"
    kind: Kind


@dataclass(frozen=True)
class FigureRow:
    key: str                 # the dimension's code (TOTAL_KEY: the total)
    label: str               # a name, or an English source to translate in ``label_context``
    values: tuple[Value, ...]
    label_context: str | None = None

    def value(self, table: FigureTable, column: str) -> Value:
        return self.values[table.column_index(column)]



@dataclass(frozen=True)
class FigureTable:
    key: str
    title: str               # English source, context "Figures"
    dimension: str           # the first column's header, English source
    coded: bool              # rows have a code worth showing beside the name (dealer, model)
    columns: tuple[FigureColumn, ...]
    rows: tuple[FigureRow, ...]
    total: FigureRow
    comparison: FigureRow | None = None  # all dealers' average, when the figures are one's

    def column_index(self, key: str) -> int:
        for index, column in enumerate(self.columns):
            if column.key == key:
                return index
        raise KeyError(key)

    def row(self, key: str) -> FigureRow:
        if key == TOTAL_KEY:
            return self.total
        for row in self.rows:
            if row.key == key:
                return row
        raise KeyError(key)


@dataclass(frozen=True)
class ScopeView:
    """Whose figures these are: everything, a region, or one dealer."""

    kind: str                # "all", "region", "dealer"
    code: str
    name: str


@dataclass(frozen=True)
class Pending:
    """A section the figures cannot count yet, and why (shown, never silently left out)."""

    key: str
    title: str               # English source, context "Figures"
    reason: str              # English source, context "Figures"


@dataclass(frozen=True)
class MonthlyFigures:
    month: str               # "2026-03"
    scope: ScopeView
    made_at: datetime
    tables: tuple[FigureTable, ...]
    pending: tuple[Pending, ...] = ()

    def table(self, key: str) -> FigureTable:
        for table in self.tables:
            if table.key == key:
                return table
        raise KeyError(key)


@dataclass(frozen=True)
class FigureTrend:
    """Headline figures month by month over a range (the comparison line)."""

    first: str
    last: str
    scope: ScopeView
    table: FigureTable       # a row per month, key "YYYY-MM"
    sources: tuple[tuple[str, str], ...] = ()  # per column: the monthly (table, column) it is


def cell_text(value: Value, kind: Kind) -> str:
    """A figure as the printed summary and the command line show it."""
    if value is None:
        return "—"
    if kind == Kind.MONEY:
        return f"{value:,.2f}"
    if kind == Kind.PERCENT:
        return f"{value:.1f}%"
    if kind == Kind.PERMILLE:
        return f"{value:.1f}‰"
    if isinstance(value, Decimal) and value != int(value):
        return f"{value:,.1f}"
    return f"{int(value):,}"
