"""Headline figures month by month over a range (the line on the page, the trend sheet and
chart): each a GROUP BY month of the same facts and measures as the monthly tables, so a
month's point is that month's total and opens the same records."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, datetime

from desktop.core.errors import InvalidInput
from desktop.core.i18n import QT_TRANSLATE_NOOP
from desktop.core.rules.figures import check_range, months_between
from desktop.core.rules.roles import Capability
from desktop.core.services.figures import complaints, completion, money, repairs, returns
from desktop.core.services.figures import transport as transport_section
from desktop.core.services.figures.engine import columns_of, finish, grouped_rows, total_row
from desktop.core.services.figures.monthly import month_asked
from desktop.core.services.figures.results import (
    FigureColumn,
    FigureRow,
    FigureTable,
    FigureTrend,
)
from desktop.core.services.figures.scope import resolve_scope
from desktop.core.services.figures.spec import Dim, TableSpec, Window
from desktop.core.services.figures.sql import date_month, local_month
from desktop.core.services.kernel.actor import Actor, require
from desktop.core.services.kernel.policy import read_policy
from desktop.core.store.db import Database

MONTH = QT_TRANSLATE_NOOP("Figures", "Month")


@dataclass(frozen=True)
class Shown:
    table: str       # the monthly table whose total a point is (its records open from there)
    column: str
    label: str = ""  # a label of its own in the trend ("" the monthly column's)


SHOWN = (
    Shown("returns_by_dealer", "requests", QT_TRANSLATE_NOOP("Figures", "Return requests")),
    Shown("returns_by_dealer", "units", QT_TRANSLATE_NOOP("Figures", "Units returned")),
    Shown("defects_by_model", "defect_rate"),
    Shown("completion_by_dealer", "on_time_rate"),
    Shown("completion_by_dealer", "overdue"),
    Shown("transport_by_kind", "exceptions", QT_TRANSLATE_NOOP(
        "Figures", "Transport exceptions")),
    Shown("complaints_by_class", "sheets", QT_TRANSLATE_NOOP("Figures", "Complaint sheets")),
    Shown("complaints_by_class", "response_rate"),
    Shown("repairs_by_model", "repairs"),
    Shown("repairs_by_model", "free_rate"),
    Shown("money_by_dealer", "credit"),
    Shown("money_by_dealer", "penalty"),
)


def _specs(window: Window, hours: int) -> dict[str, TableSpec]:
    """The monthly tables the trend draws on, each grouped by month instead."""
    wanted = {s.table for s in SHOWN}
    found = {}
    for spec in (*returns.tables(window), *completion.tables(window),
                 *transport_section.tables(window), *repairs.tables(window),
                 *complaints.tables(window, hours), *money.tables(window)):
        if spec.key in wanted:
            fact = spec.fact
            month = date_month(fact.moment) if fact.moment_is_date \
                else local_month(fact.moment, window.offset)
            found[spec.key] = TableSpec(spec.key, spec.title, fact, Dim("month", MONTH, month),
                                        spec.measures, spec.rates)
    return found


def figure_trend(db: Database, actor: Actor, first: str, last: str, dealer: str = "",
                 region: str = "", now: datetime | None = None) -> FigureTrend:
    """The headline figures of every month from ``first`` to ``last`` (YYYY-MM)."""
    require(actor, Capability.FIGURES)
    now = now or datetime.now(UTC)
    window = Window(month_asked(first, now, "first"), month_asked(last, now, "last"), now)
    problem = check_range(window.first, window.last)
    if problem is not None:
        raise InvalidInput(problem, "first")
    with db.read() as session:
        scope = resolve_scope(session, actor, dealer, region)
        specs = _specs(window, read_policy(session).complaint_response_hours)
        counted = {key: ({r.key: r.values for r in grouped_rows(session, spec, window, scope)},
                         total_row(session, spec, window, scope).values)
                   for key, spec in specs.items()}
    months = [str(m) for m in months_between(window.first, window.last)]
    columns, points, totals = [], [], []
    for shown in SHOWN:
        spec = specs[shown.table]
        index = [c.key for c in columns_of(spec)].index(shown.column)
        column = columns_of(spec)[index]
        columns.append(FigureColumn(shown.column, shown.label or column.label, column.kind))
        rows, total = counted[shown.table]
        empty = finish(spec, [0] * len(spec.measures))  # a month with no records: no rate
        points.append([rows.get(month, empty)[index] for month in months])
        totals.append(total[index])
    table = FigureTable(
        "trend", QT_TRANSLATE_NOOP("Figures", "Month by month"), MONTH, False, tuple(columns),
        tuple(FigureRow(m, m, tuple(p[i] for p in points)) for i, m in enumerate(months)),
        FigureRow("", QT_TRANSLATE_NOOP("Figures", "Total"), tuple(totals), "Figures"))
    return FigureTrend(str(window.first), str(window.last), scope.view, table,
                       tuple((s.table, s.column) for s in SHOWN))
