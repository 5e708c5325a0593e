"""How a figure is counted: a fact (the records and the month they fall in), a dimension to
group by, measures summed or counted under a condition, and rates of two measures.

The same description gives the table (GROUP BY in the database), its total, the all-dealers
average and the records behind any cell, so a figure and the list it opens cannot disagree.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, time
from typing import Any

from sqlalchemy import Select

from desktop.core.rules.figures import Month
from desktop.core.services.figures.results import Kind

Join = Callable[[Select[Any]], Select[Any]]


@dataclass(frozen=True)
class Window:
    """The months asked for, in the desk's local time, and the moment they are asked."""

    first: Month
    last: Month
    now: datetime            # UTC

    @property
    def offset(self) -> int:
        """The local UTC offset in minutes at the start of the window."""
        local = datetime.combine(self.first.first_day, time()).astimezone()
        delta = local.utcoffset()
        return int(delta.total_seconds() // 60) if delta else 0

    @property
    def start_day(self) -> date:
        return self.first.first_day

    @property
    def end_day(self) -> date:
        """The first day after the window."""
        return self.last.next().first_day

    @property
    def start(self) -> datetime:
        return datetime.combine(self.start_day, time()).astimezone().astimezone(UTC)

    @property
    def end(self) -> datetime:
        return datetime.combine(self.end_day, time()).astimezone().astimezone(UTC)

    @property
    def today(self) -> date:
        return self.now.astimezone().date()


@dataclass(frozen=True)
class Fact:
    """Records that fall in a month by ``moment``: its rows and the columns the figures need."""

    key: str
    base: Callable[[], Select[Any]]   # FROM and the joins every figure of the fact needs
    record: Any                       # the record's id (what a count counts)
    number: Any                       # the number a user knows it by (what a cell opens)
    moment: Any                       # the date or timestamp placing it in a month
    dealer: Any                       # the dealer's organisation id (scope, average)
    region: Any                       # the region's organisation id (scope)
    where: tuple[Any, ...] = ()       # conditions every record meets
    per_record: bool = True           # one row per record (else count distinct records)
    moment_is_date: bool = False


@dataclass(frozen=True)
class Measure:
    """A column: records counted (``value`` None) or ``value`` summed, where ``when`` holds."""

    key: str
    label: str                        # English source, context "Figures"
    kind: Kind
    value: Any = None
    when: Any = None


@dataclass(frozen=True)
class Rate:
    """``numerator`` per ``scale`` of ``denominator``: two measures of the same table."""

    key: str
    label: str
    numerator: str
    denominator: str
    kind: Kind = Kind.PERCENT

    @property
    def scale(self) -> int:
        return 1000 if self.kind == Kind.PERMILLE else 100


@dataclass(frozen=True)
class Dim:
    """What a table's rows are: a code to group by, and a name or enum labels to show."""

    key: str
    header: str                       # English source, context "Figures"
    code: Any
    name: Any = None                  # a name column; None: ``labels`` name the codes
    labels: Mapping[str, str] = field(default_factory=dict)
    labels_context: str | None = None
    join: Join | None = None


@dataclass(frozen=True)
class TableSpec:
    key: str
    title: str                        # English source, context "Figures"
    fact: Fact
    dim: Dim
    measures: tuple[Measure, ...]
    rates: tuple[Rate, ...] = ()
    dealer_table: bool = False        # compared with all dealers' average for one dealer

    def measure(self, key: str) -> Measure:
        for measure in self.measures:
            if measure.key == key:
                return measure
        raise KeyError(key)
