"""The warranty engine (W1–W4): worked examples from the seed text, and properties."""

from datetime import UTC, date, datetime, timedelta, timezone

import pytest
from hypothesis import given
from hypothesis import strategies as st

from desktop.core.rules.warranty import (
    Basis,
    Claimant,
    DateOf,
    LabelCondition,
    WarrantyQuestion,
    add_months,
    first_future_date,
    future_date,
    judge,
    parse_date_code,
)

TODAY = date(2026, 11, 22)


@pytest.mark.parametrize(
    ("question", "in_warranty", "end", "basis", "words"),
    [
        # 照明电器产品质保 3 年, counted for a dealer from the factory date.
        (WarrantyQuestion(36, date(2024, 3, 15), TODAY), True, date(2027, 3, 15),
         Basis.PRODUCTION, "a dealer's claim counts from the production date"),
        # 硬灯条质保 2 年: the same production date is out of warranty.
        (WarrantyQuestion(24, date(2024, 3, 15), TODAY), False, date(2026, 3, 15),
         Basis.PRODUCTION, "Out of warranty since 2026-03-15"),
        # A dealer's claim ignores a purchase proof: 从产品出厂之日起.
        (WarrantyQuestion(36, date(2023, 1, 10), TODAY, Claimant.DEALER,
                          purchase_date=date(2025, 1, 1)), False, date(2026, 1, 10),
         Basis.PRODUCTION, "production date"),
        # A consumer with a purchase proof (凭购买凭证).
        (WarrantyQuestion(36, date(2023, 1, 10), TODAY, Claimant.CONSUMER,
                          purchase_date=date(2025, 1, 1), sale_date=date(2024, 6, 1)), True,
         date(2028, 1, 1), Basis.PURCHASE_PROOF, "purchase proof"),
        # A consumer with only the sale-date label (销售日期标识).
        (WarrantyQuestion(36, date(2023, 1, 10), TODAY, Claimant.CONSUMER,
                          sale_date=date(2024, 6, 1)), True, date(2027, 6, 1),
         Basis.SALE_LABEL, "sale-date label"),
        # A consumer with neither: 按生产日期计算.
        (WarrantyQuestion(36, date(2023, 1, 10), TODAY, Claimant.CONSUMER), False,
         date(2026, 1, 10), Basis.PRODUCTION, "no purchase proof or sale-date label"),
        # The last covered day is still covered.
        (WarrantyQuestion(36, date(2023, 11, 22), TODAY), True, TODAY, Basis.PRODUCTION,
         "In warranty until 2026-11-22"),
    ],
)
def test_worked_examples(question: WarrantyQuestion, in_warranty: bool, end: date,
                         basis: Basis, words: str) -> None:
    verdict = judge(question)
    assert verdict.in_warranty is in_warranty
    assert verdict.end == end
    assert verdict.basis == basis
    assert words in verdict.explanation.render()
    assert not verdict.refused


@pytest.mark.parametrize("label", [LabelCondition.TORN, LabelCondition.ALTERED])
def test_torn_or_altered_label_is_refused_even_in_warranty(label: LabelCondition) -> None:
    verdict = judge(WarrantyQuestion(36, date(2026, 1, 1), TODAY, label=label))
    assert verdict.refused
    assert not verdict.covered
    assert "W3" in verdict.explanation.render()


def test_made_on_29_february_is_covered_to_28_february() -> None:
    verdict = judge(WarrantyQuestion(36, date(2024, 2, 29), date(2027, 2, 28)))
    assert verdict.end == date(2027, 2, 28)
    assert verdict.in_warranty
    assert not judge(WarrantyQuestion(36, date(2024, 2, 29), date(2027, 3, 1))).in_warranty


def test_month_ends() -> None:
    assert add_months(date(2024, 1, 31), 1) == date(2024, 2, 29)
    assert add_months(date(2023, 1, 31), 1) == date(2023, 2, 28)
    assert add_months(date(2024, 12, 15), 1) == date(2025, 1, 15)
    assert add_months(date(2024, 8, 31), 24) == date(2026, 8, 31)


@pytest.mark.parametrize(
    ("code", "expected"),
    [("20240715", date(2024, 7, 15)), ("2024-07-15", date(2024, 7, 15)),
     ("202407", date(2024, 7, 1)), ("2024-07", date(2024, 7, 1)), (" 2407 ", date(2024, 7, 1))],
)
def test_date_codes(code: str, expected: date) -> None:
    assert parse_date_code(code) == expected


@pytest.mark.parametrize("code", ["", "24", "2024/07/15", "20241345", "abcd", "2413"])
def test_garbled_date_codes_are_refused(code: str) -> None:
    with pytest.raises(ValueError):  # noqa: PT011 - the message is for the form, tested there
        parse_date_code(code)


dates = st.dates(date(2015, 1, 1), date(2035, 12, 31))


@given(dates, st.integers(1, 240))
def test_add_months_lands_in_the_right_month_and_never_overshoots(start: date, n: int) -> None:
    end = add_months(start, n)
    assert (end.year - start.year) * 12 + end.month - start.month == n
    assert end.day <= start.day
    assert end.day == start.day or (end + timedelta(days=1)).day == 1


@given(dates, dates, st.integers(1, 120), st.sampled_from(list(Claimant)),
       st.none() | dates, st.none() | dates)
def test_verdict_is_consistent(production: date, on: date, months: int, claimant: Claimant,
                               purchase: date | None, sale: date | None) -> None:
    verdict = judge(WarrantyQuestion(months, production, on, claimant, purchase, sale))
    assert verdict.end == add_months(verdict.start, months)
    assert verdict.in_warranty == (on <= verdict.end)
    if claimant == Claimant.DEALER:
        assert verdict.start == production
    assert str(verdict.end) in verdict.explanation.render() or verdict.start > on


@given(dates, st.integers(1, 120), st.integers(0, 3000))
def test_later_checks_never_bring_a_unit_back_into_warranty(production: date, months: int,
                                                            later: int) -> None:
    on = production + timedelta(days=later)
    if not judge(WarrantyQuestion(months, production, on)).in_warranty:
        assert not judge(WarrantyQuestion(months, production, on + timedelta(days=1))).in_warranty


SHANGHAI = timezone(timedelta(hours=8))
NOW = datetime(2026, 11, 22, 9, 30, tzinfo=SHANGHAI)


@pytest.mark.parametrize(
    ("which", "value"),
    [(DateOf.PRODUCTION, date(2099, 12, 31)),  # date code 20991231
     (DateOf.PRODUCTION, date(2026, 11, 24)),  # the day after tomorrow
     (DateOf.PURCHASE, date(2027, 1, 1)),
     (DateOf.SALE, date(9999, 6, 1)),
     (DateOf.RECEIPT, datetime(2099, 1, 1, 10, 0, tzinfo=SHANGHAI)),
     (DateOf.RECEIPT, NOW + timedelta(days=1, minutes=1)),
     (DateOf.RECEIPT, datetime(2026, 11, 23, 10, 0))],  # no zone: the clerk's own
)
def test_a_date_in_the_future_is_refused_with_its_reason(which: DateOf,
                                                          value: date | datetime) -> None:
    found = future_date(which, value, NOW)
    assert found is not None
    assert found.which == which
    words = found.message.render()
    assert "future" in words
    shown = value.isoformat() if not isinstance(value, datetime) else None
    assert shown is None or shown in words


@pytest.mark.parametrize(
    "value",
    [None, date(2026, 11, 22), date(2026, 11, 23),  # tomorrow: a day's clock skew
     date(2020, 1, 1), NOW, NOW + timedelta(hours=23),
     datetime(2026, 11, 23, 1, 29, tzinfo=UTC)],  # 09:29 tomorrow in Shanghai
)
def test_today_the_past_and_a_days_clock_skew_are_accepted(value: date | datetime | None) -> None:
    assert future_date(DateOf.RECEIPT if isinstance(value, datetime) else DateOf.PRODUCTION,
                       value, NOW) is None


def test_a_receipt_time_is_shown_in_the_clerks_zone() -> None:
    found = future_date(DateOf.RECEIPT, datetime(2099, 1, 1, 2, 0, tzinfo=UTC), NOW)
    assert found is not None
    assert "2099-01-01 10:00" in found.message.render()


def test_the_first_future_date_is_named() -> None:
    dates: dict[DateOf, date | datetime | None] = {
        DateOf.PRODUCTION: date(2024, 1, 1), DateOf.PURCHASE: None,
        DateOf.SALE: date(2030, 1, 1), DateOf.RECEIPT: NOW + timedelta(days=30)}
    found = first_future_date(dates, NOW)
    assert found is not None
    assert found.which == DateOf.SALE
    assert first_future_date({DateOf.PRODUCTION: date(2024, 1, 1)}, NOW) is None


@given(st.dates(date(1990, 1, 1), date(9999, 12, 31)))
def test_only_dates_after_tomorrow_are_refused(value: date) -> None:
    refused = future_date(DateOf.PURCHASE, value, NOW) is not None
    assert refused == (value > date(2026, 11, 23))
