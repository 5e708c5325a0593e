"""Transport exception rules (X1–X3)."""

from datetime import date

from desktop.core.rules.calendar import DayKind, WorkCalendar
from desktop.core.rules.transport import (
    Decision,
    ExceptionKind,
    decision_blocker,
    decisions_for,
    report_deadline,
    return_blocker,
)


def test_two_working_days_after_receipt_skip_the_weekend_and_holidays() -> None:
    assert report_deadline(WorkCalendar(), date(2026, 11, 20), 2) == date(2026, 11, 24)
    national_day = WorkCalendar.of([(date(2026, 10, d), DayKind.HOLIDAY) for d in (1, 2, 5)])
    assert report_deadline(national_day, date(2026, 9, 30), 2) == date(2026, 10, 7)


def test_mass_breakage_is_the_carriers() -> None:
    assert decisions_for(ExceptionKind.MASS_BREAKAGE) == [Decision.CARRIER_CLAIM,
                                                         Decision.REJECTED]
    assert Decision.FULL_CREDIT in decisions_for(ExceptionKind.SHORTAGE)
    assert return_blocker(ExceptionKind.MASS_BREAKAGE, True, "德邦物流") is not None


def test_damage_needs_a_signed_record_and_a_responsible_party() -> None:
    assert return_blocker(ExceptionKind.DAMAGE, False, "德邦物流") is not None
    assert return_blocker(ExceptionKind.DAMAGE, True, " ") is not None
    assert return_blocker(ExceptionKind.DAMAGE, True, "德邦物流") is None
    assert return_blocker(ExceptionKind.SHORTAGE, False, "") is None


def test_damage_is_credited_or_exchanged_only_when_signed_and_attributed() -> None:
    for decision in (Decision.FULL_CREDIT, Decision.EXCHANGE):
        assert decision_blocker(ExceptionKind.DAMAGE, decision, False, "") is not None
        assert decision_blocker(ExceptionKind.DAMAGE, decision, False, "德邦物流") is not None
        assert decision_blocker(ExceptionKind.DAMAGE, decision, True, " ") is not None
        assert decision_blocker(ExceptionKind.DAMAGE, decision, True, "德邦物流") is None
    for decision in (Decision.CARRIER_CLAIM, Decision.REJECTED):
        assert decision_blocker(ExceptionKind.DAMAGE, decision, False, "") is None
    for kind in (ExceptionKind.SHORTAGE, ExceptionKind.LOSS, ExceptionKind.WRONG_GOODS):
        assert decision_blocker(kind, Decision.FULL_CREDIT, False, "") is None
