"""The working-day calendar (工作日): weekdays, holidays and make-up working days (调休).

Pure functions over a :class:`WorkCalendar` value: Monday to Friday are working days unless
the administrator marked them a holiday; a Saturday or Sunday marked as a make-up working day
is a working day.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import date, timedelta
from enum import StrEnum


class DayKind(StrEnum):
    HOLIDAY = "holiday"
    WORKDAY = "workday"


@dataclass(frozen=True)
class WorkCalendar:
    holidays: frozenset[date] = field(default_factory=frozenset)
    workdays: frozenset[date] = field(default_factory=frozenset)

    @classmethod
    def of(cls, days: Iterable[tuple[date, DayKind]]) -> WorkCalendar:
        listed = list(days)
        holidays = frozenset(d for d, kind in listed if kind == DayKind.HOLIDAY)
        workdays = frozenset(d for d, kind in listed if kind == DayKind.WORKDAY)
        return cls(holidays, workdays)

    def is_working_day(self, day: date) -> bool:
        if day in self.holidays:
            return False
        if day in self.workdays:
            return True
        return day.weekday() < 5


def add_working_days(cal: WorkCalendar, start: date, days: int) -> date:
    """The date ``days`` working days after ``start`` (the start day itself not counted).

    A return received on Friday with 5 working days is due the next Friday, or later when a
    holiday falls in between.
    """
    if days < 0:
        raise ValueError("days must not be negative")
    current = start
    left = days
    while left:
        current += timedelta(days=1)
        if cal.is_working_day(current):
            left -= 1
    return current


def working_days_between(cal: WorkCalendar, start: date, end: date) -> int:
    """Working days after ``start`` up to and including ``end``; negative when end < start."""
    if end < start:
        return -working_days_between(cal, end, start)
    count = 0
    current = start
    while current < end:
        current += timedelta(days=1)
        if cal.is_working_day(current):
            count += 1
    return count
