"""The arithmetic of the monthly figures (K1, C5): which months may be asked for, and rates.

Pure functions on plain values; the services count in the database and hand the counts here.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date
from decimal import ROUND_HALF_UP, Decimal

from desktop.core.i18n import QT_TRANSLATE_NOOP, Message

CTX = "Figures"
FIRST_YEAR = 2000   # nothing ReturnDesk holds is older: an earlier year is a typing mistake
MAX_MONTHS = 36     # a comparison over more months than this is not a page anybody reads
MONTH = re.compile(r"^\s*(\d{4})-(\d{1,2})\s*$")


def _m(source: str, **fields: object) -> Message:
    return Message(source, fields, CTX)


@dataclass(frozen=True, order=True)
class Month:
    """A calendar month, 2026-03."""

    year: int
    month: int

    def __str__(self) -> str:
        return f"{self.year:04d}-{self.month:02d}"

    @property
    def first_day(self) -> date:
        return date(self.year, self.month, 1)

    def next(self) -> Month:
        return Month(self.year + self.month // 12, self.month % 12 + 1)

    @classmethod
    def of(cls, day: date) -> Month:
        return cls(day.year, day.month)


def parse_month(text: str, today: date) -> Month | Message:
    """The month ``text`` names (YYYY-MM), or why it cannot be asked for: not a month, before
    any record, or not begun yet (the current month is fine: its figures so far)."""
    found = MONTH.match(text or "")
    if found is None or not 1 <= int(found.group(2)) <= 12:
        return _m(QT_TRANSLATE_NOOP(
            "Figures", "“{text}” is not a month: write the year and the month, e.g. {example}."),
            text=(text or "").strip(), example=str(Month.of(today)))
    month = Month(int(found.group(1)), int(found.group(2)))
    if month.year < FIRST_YEAR:
        return _m(QT_TRANSLATE_NOOP(
            "Figures", "{month} is before any record ReturnDesk keeps (from {first})."),
            month=str(month), first=f"{FIRST_YEAR}-01")
    if month > Month.of(today):
        return _m(QT_TRANSLATE_NOOP(
            "Figures", "{month} has not begun yet: there are figures up to {current}."),
            month=str(month), current=str(Month.of(today)))
    return month


def check_range(first: Month, last: Month) -> Message | None:
    """None when the months from ``first`` to ``last`` can be compared, else why not."""
    if first > last:
        return _m(QT_TRANSLATE_NOOP(
            "Figures", "The first month ({first}) comes after the last ({last})."),
            first=str(first), last=str(last))
    if len(months_between(first, last)) > MAX_MONTHS:
        return _m(QT_TRANSLATE_NOOP(
            "Figures", "Compare at most {count} months at a time."), count=MAX_MONTHS)
    return None


def months_between(first: Month, last: Month) -> list[Month]:
    """Every month from ``first`` to ``last``, both included."""
    found, current = [], first
    while current <= last:
        found.append(current)
        current = current.next()
    return found


def rate(numerator: int | Decimal, denominator: int | Decimal, scale: int = 100) -> Decimal | None:
    """``numerator`` per ``scale`` of ``denominator`` to one decimal (100: a percentage, 1000:
    per mille); None when there is nothing to divide by (a rate of nothing is not 0 %)."""
    if not denominator:
        return None
    value = Decimal(numerator) * scale / Decimal(denominator)
    return value.quantize(Decimal("0.1"), rounding=ROUND_HALF_UP)
