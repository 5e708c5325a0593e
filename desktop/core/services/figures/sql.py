"""Dates in the figures' SQL, the same on SQLite and PostgreSQL.

Timestamps are stored in UTC; a month, a finishing day or an answer time is the desk's local
one (as the return clock counts them, ``flow.stamp_arrival``).  These expressions shift a
timestamp by the local offset of the period asked for, in the database, so that rows are
grouped and compared there and never pulled into Python.
"""

from __future__ import annotations

from typing import Any

from sqlalchemy import Date, Float, String, literal_column
from sqlalchemy.ext.compiler import compiles
from sqlalchemy.sql.functions import FunctionElement


class _Shifted(FunctionElement[Any]):
    """A timestamp and a whole number of minutes; the minutes are a literal of the statement,
    so they are part of its cache key (a cached statement never keeps another offset)."""

    inherit_cache = True

    def __init__(self, column: Any, minutes: int) -> None:
        super().__init__(column, literal_column(str(int(minutes))))


class local_date(_Shifted):
    """The local calendar day of a UTC timestamp."""

    type = Date()
    name = "local_date"
    inherit_cache = True


class local_month(_Shifted):
    """'YYYY-MM' of a UTC timestamp in local time."""

    type = String()
    name = "local_month"
    inherit_cache = True


class date_month(FunctionElement[Any]):
    """'YYYY-MM' of a date column."""

    type = String()
    name = "date_month"
    inherit_cache = True


class hours_between(FunctionElement[Any]):
    """Hours from the first timestamp to the second (fractional)."""

    type = Float()
    name = "hours_between"
    inherit_cache = True


def _column(compiler: Any, element: Any) -> str:
    return str(compiler.process(next(iter(element.clauses))))


def _minutes(compiler: Any, element: Any) -> int:
    return int(compiler.process(list(element.clauses)[1]))


@compiles(local_date, "sqlite")
def _local_date_sqlite(element: local_date, compiler: Any, **kw: Any) -> str:
    return f"date({_column(compiler, element)}, '{_minutes(compiler, element):+d} minutes')"


@compiles(local_date, "postgresql")
def _local_date_pg(element: local_date, compiler: Any, **kw: Any) -> str:
    return (f"CAST(timezone('UTC', {_column(compiler, element)}) + "
            f"interval '{_minutes(compiler, element)} minutes' AS DATE)")


@compiles(local_month, "sqlite")
def _local_month_sqlite(element: local_month, compiler: Any, **kw: Any) -> str:
    minutes = _minutes(compiler, element)
    return f"strftime('%Y-%m', {_column(compiler, element)}, '{minutes:+d} minutes')"


@compiles(local_month, "postgresql")
def _local_month_pg(element: local_month, compiler: Any, **kw: Any) -> str:
    return (f"to_char(timezone('UTC', {_column(compiler, element)}) + "
            f"interval '{_minutes(compiler, element)} minutes', 'YYYY-MM')")


@compiles(date_month, "sqlite")
def _date_month_sqlite(element: date_month, compiler: Any, **kw: Any) -> str:
    return f"strftime('%Y-%m', {_column(compiler, element)})"


@compiles(date_month, "postgresql")
def _date_month_pg(element: date_month, compiler: Any, **kw: Any) -> str:
    return f"to_char({_column(compiler, element)}, 'YYYY-MM')"


@compiles(hours_between, "sqlite")
def _hours_sqlite(element: hours_between, compiler: Any, **kw: Any) -> str:
    start, end = (compiler.process(c) for c in element.clauses)
    return f"((julianday({end}) - julianday({start})) * 24.0)"


@compiles(hours_between, "postgresql")
def _hours_pg(element: hours_between, compiler: Any, **kw: Any) -> str:
    start, end = (compiler.process(c) for c in element.clauses)
    return f"(EXTRACT(EPOCH FROM ({end} - {start})) / 3600.0)"
