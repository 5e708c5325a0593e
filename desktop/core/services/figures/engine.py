"""Counting a table in the database: GROUP BY its dimension, the total without it, the average
of all dealers, and the records behind one cell, all from the same :class:`TableSpec`."""

from __future__ import annotations

from collections.abc import Sequence
from decimal import Decimal
from typing import Any

from sqlalchemy import Select, case, distinct, func
from sqlalchemy.orm import Session

from desktop.core.errors import InvalidInput
from desktop.core.i18n import QT_TRANSLATE_NOOP, msg
from desktop.core.rules.figures import rate
from desktop.core.services.figures.results import (
    NONE_KEY,
    NONE_LABEL,
    TOTAL_KEY,
    FigureColumn,
    FigureRow,
    FigureTable,
    Kind,
    Value,
)
from desktop.core.services.figures.scope import FigureScope
from desktop.core.services.figures.spec import Fact, Measure, TableSpec, Window

AVERAGE_KEY = "(average)"
AVERAGE_LABEL = QT_TRANSLATE_NOOP("Figures", "Average of all dealers")
CENT, TENTH = Decimal("0.01"), Decimal("0.1")


def in_window(fact: Fact, window: Window) -> list[Any]:
    """The fact's own conditions and its month condition (a range on an indexable column)."""
    if fact.moment_is_date:
        moment = [fact.moment >= window.start_day, fact.moment < window.end_day]
    else:
        moment = [fact.moment >= window.start, fact.moment < window.end]
    return [*fact.where, *moment]


def aggregate(fact: Fact, measure: Measure) -> Any:
    """The SQL aggregate of one measure."""
    if measure.value is None:
        counted = fact.record if measure.when is None else case((measure.when, fact.record))
        return func.count(counted) if fact.per_record else func.count(distinct(counted))
    summed = measure.value if measure.when is None else case((measure.when, measure.value),
                                                             else_=0)
    return func.coalesce(func.sum(summed), 0)


def _select(spec: TableSpec, columns: Sequence[Any], window: Window,
            conditions: Sequence[Any], with_dim: bool) -> Select[Any]:
    stmt = spec.fact.base().with_only_columns(*columns)
    if with_dim and spec.dim.join is not None:
        stmt = spec.dim.join(stmt)
    return stmt.where(*in_window(spec.fact, window), *conditions)


def columns_of(spec: TableSpec) -> tuple[FigureColumn, ...]:
    return (tuple(FigureColumn(m.key, m.label, m.kind) for m in spec.measures)
            + tuple(FigureColumn(r.key, r.label, r.kind) for r in spec.rates))


def finish(spec: TableSpec, raw: Sequence[Any]) -> tuple[Value, ...]:
    """Measures as ints or money, then the rates worked out from them."""
    values: dict[str, Value] = {}
    for measure, value in zip(spec.measures, raw, strict=True):
        if measure.kind == Kind.MONEY:
            values[measure.key] = Decimal(str(value or 0)).quantize(CENT)
        else:
            values[measure.key] = int(value or 0)
    found = [values[m.key] for m in spec.measures]
    for r in spec.rates:
        found.append(rate(values[r.numerator] or 0, values[r.denominator] or 0, r.scale))
    return tuple(found)


def _label(spec: TableSpec, code: Any, name: Any) -> tuple[str, str, str | None]:
    """The row's key, its label and the label's translation context (None: a name)."""
    dim = spec.dim
    if code is None:
        return NONE_KEY, NONE_LABEL, "Figures"
    key = str(getattr(code, "value", code))
    if dim.name is not None:
        return key, str(name), None
    return key, dim.labels.get(key, key), dim.labels_context if key in dim.labels else None


def grouped_rows(session: Session, spec: TableSpec, window: Window,
                 scope: FigureScope) -> tuple[FigureRow, ...]:
    dim = spec.dim
    keys = [dim.code] + ([dim.name] if dim.name is not None else [])
    aggregates = [aggregate(spec.fact, m) for m in spec.measures]
    stmt = _select(spec, [*keys, *aggregates], window, scope.conditions(spec.fact), True)
    rows = []
    for found in session.connection().execute(stmt.group_by(*keys)).all():  # Core: no ORM
        name = found[1] if dim.name is not None else None
        key, label, context = _label(spec, found[0], name)
        rows.append(FigureRow(key, label, finish(spec, found[len(keys):]), context))
    return tuple(sorted(rows, key=lambda r: (-(r.values[0] or 0), r.key)))  # largest first


def total_row(session: Session, spec: TableSpec, window: Window,
              scope: FigureScope) -> FigureRow:
    aggregates = [aggregate(spec.fact, m) for m in spec.measures]
    stmt = _select(spec, aggregates, window, scope.conditions(spec.fact), False)
    raw = session.connection().execute(stmt).one()
    return FigureRow(TOTAL_KEY, QT_TRANSLATE_NOOP("Figures", "Total"), finish(spec, raw),
                     "Figures")


def average_row(session: Session, spec: TableSpec, window: Window) -> FigureRow:
    """All dealers' figures divided by the number of dealers that have any this month; the
    rates over all of them.  No dealer is named."""
    aggregates = [aggregate(spec.fact, m) for m in spec.measures]
    stmt = _select(spec, [func.count(distinct(spec.fact.dealer)), *aggregates], window, [],
                   False)
    dealers, *raw = session.connection().execute(stmt).one()
    pooled = finish(spec, raw)
    values: list[Value] = []
    for index, value in enumerate(pooled):
        if index >= len(spec.measures) or value is None:
            values.append(value)
        elif not dealers:
            values.append(None)
        else:
            places = CENT if spec.measures[index].kind == Kind.MONEY else TENTH
            values.append((Decimal(value) / dealers).quantize(places))
    return FigureRow(AVERAGE_KEY, AVERAGE_LABEL, tuple(values), "Figures")


def compute_table(session: Session, spec: TableSpec, window: Window, scope: FigureScope,
                  totals: dict[tuple[str, ...], FigureRow] | None = None) -> FigureTable:
    """One table; ``totals`` keeps the total of a fact's measures for the next table that cuts
    the same records another way (returns by dealer, region, model … share one)."""
    comparison = average_row(session, spec, window) \
        if spec.dealer_table and scope.one_dealer else None
    key = (spec.fact.key, *(m.key for m in spec.measures))
    known = totals if totals is not None else {}
    if key not in known:
        known[key] = total_row(session, spec, window, scope)
    return FigureTable(spec.key, spec.title, spec.dim.header, spec.dim.name is not None,
                       columns_of(spec), grouped_rows(session, spec, window, scope), known[key],
                       comparison)


def cell_records(session: Session, spec: TableSpec, window: Window, scope: FigureScope,
                 row: str, column: str) -> list[str]:
    """The numbers of the records one cell counts (for a rate: its numerator's)."""
    if row == AVERAGE_KEY:
        raise InvalidInput(msg(QT_TRANSLATE_NOOP(
            "Messages", "The average of all dealers is anonymous: it opens no records.")))
    names = {r.key: r.numerator for r in spec.rates}
    try:
        measure = spec.measure(names.get(column, column))
    except KeyError:
        raise InvalidInput(msg(QT_TRANSLATE_NOOP(
            "Messages", "The table {table} has no column {column}."), table=spec.key,
            column=column)) from None
    conditions = scope.conditions(spec.fact)
    if measure.when is not None:
        conditions.append(measure.when)
    if row == NONE_KEY:
        conditions.append(spec.dim.code.is_(None))
    elif row != TOTAL_KEY:
        conditions.append(spec.dim.code == row)
    stmt = _select(spec, [spec.fact.number], window, conditions, row != TOTAL_KEY)
    return list(session.scalars(stmt.distinct().order_by(spec.fact.number)))
