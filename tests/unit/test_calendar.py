"""The working-day calendar (A8, X1): weekends, holidays, make-up working days."""

from datetime import date, timedelta

import pytest
from hypothesis import given
from hypothesis import strategies as st

from desktop.core.rules.calendar import (
    DayKind,
    WorkCalendar,
    add_working_days,
    working_days_between,
)

NATIONAL_DAY = WorkCalendar.of(
    [(date(2026, 10, d), DayKind.HOLIDAY) for d in (1, 2, 5, 6, 7)]
    + [(date(2026, 9, 20), DayKind.WORKDAY), (date(2026, 10, 10), DayKind.WORKDAY)]
)


def test_friday_plus_five_working_days_is_next_friday() -> None:
    assert add_working_days(WorkCalendar(), date(2026, 11, 20), 5) == date(2026, 11, 27)


def test_national_day_holidays_push_the_deadline() -> None:
    # Received Tuesday 29 Sep: 30 Sep, then 8, 9, 10 (a Saturday worked), 12 October.
    assert add_working_days(NATIONAL_DAY, date(2026, 9, 29), 5) == date(2026, 10, 12)


def test_make_up_sunday_counts_as_working_day() -> None:
    assert NATIONAL_DAY.is_working_day(date(2026, 9, 20))
    assert not NATIONAL_DAY.is_working_day(date(2026, 10, 1))
    assert not WorkCalendar().is_working_day(date(2026, 9, 20))


def test_two_working_days_after_friday_receipt() -> None:
    # X1: goods received Friday; documents due by Tuesday.
    assert add_working_days(WorkCalendar(), date(2026, 11, 20), 2) == date(2026, 11, 24)


def test_zero_days_is_the_same_day_and_negative_is_refused() -> None:
    assert add_working_days(WorkCalendar(), date(2026, 11, 21), 0) == date(2026, 11, 21)
    with pytest.raises(ValueError, match="negative"):
        add_working_days(WorkCalendar(), date(2026, 11, 21), -1)


calendars = st.builds(
    WorkCalendar.of,
    st.lists(st.tuples(st.dates(date(2026, 1, 1), date(2026, 12, 31)),
                       st.sampled_from(list(DayKind))), max_size=30),
)


@given(calendars, st.dates(date(2026, 1, 1), date(2026, 12, 31)), st.integers(0, 40))
def test_counting_back_gives_the_days_added(cal: WorkCalendar, start: date, n: int) -> None:
    end = add_working_days(cal, start, n)
    assert working_days_between(cal, start, end) == n
    assert n == 0 or cal.is_working_day(end)


@given(calendars, st.dates(date(2026, 1, 1), date(2026, 12, 31)),
       st.dates(date(2026, 1, 1), date(2026, 12, 31)))
def test_between_is_antisymmetric_and_bounded(cal: WorkCalendar, a: date, b: date) -> None:
    assert working_days_between(cal, a, b) == -working_days_between(cal, b, a)
    assert abs(working_days_between(cal, a, b)) <= abs((b - a) / timedelta(days=1))
