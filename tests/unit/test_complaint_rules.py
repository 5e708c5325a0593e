"""Complaint sheet rules (C1, A2)."""

from datetime import UTC, datetime, timedelta

from desktop.core.rules.complaints import Answer, ComplaintKind, answers_for, refusals

RECEIVED = datetime(2026, 11, 20, 9, 0, tzinfo=UTC)


def test_within_24_hours_and_unused_is_filed() -> None:
    assert refusals(ComplaintKind.NOT_MATCHING, RECEIVED, RECEIVED + timedelta(hours=23),
                    True, True, 24, 2) == []


def test_late_or_used_is_refused_with_the_rule() -> None:
    late = refusals(ComplaintKind.QUALITY, RECEIVED, RECEIVED + timedelta(hours=25), True, True,
                    24, 2)
    assert "C1" in late[0].render()
    used = refusals(ComplaintKind.NOT_MATCHING, RECEIVED, RECEIVED + timedelta(hours=1), False,
                    True, 24, 2)
    assert "A2" in used[0].render()


def test_the_companys_mistake_counts_days_and_needs_an_unopened_package() -> None:
    two_days = RECEIVED + timedelta(days=2, hours=5)
    assert refusals(ComplaintKind.OWN_MISTAKE, RECEIVED, two_days, True, False, 24, 2) == []
    assert refusals(ComplaintKind.OWN_MISTAKE, RECEIVED, two_days + timedelta(days=1), True,
                    False, 24, 2)
    assert refusals(ComplaintKind.OWN_MISTAKE, RECEIVED, two_days, True, True, 24, 2)
    assert answers_for(ComplaintKind.OWN_MISTAKE) == [Answer.EXCHANGE, Answer.CREDIT]
