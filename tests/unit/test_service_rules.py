"""The service desk's pure rules (C2–C4, S4)."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest
from hypothesis import given
from hypothesis import strategies as st

from desktop.core.rules.service import (
    PRECEDENCE,
    CaseAction,
    CaseFacts,
    CaseState,
    ClaimState,
    Klass,
    Priority,
    action_refusal,
    callback_due,
    classify,
    incident_suggested,
    may_discard,
    next_attempt,
    overdue,
    primary,
    repeat_class,
    respond_by,
    split_unit_key,
)

T = datetime(2026, 3, 2, 9, 0, tzinfo=UTC)


def test_the_promised_response_follows_the_priority() -> None:
    assert respond_by(T, Priority.URGENT, 4, 24) == T + timedelta(hours=4)
    assert respond_by(T, Priority.NORMAL, 4, 24) == T + timedelta(hours=24)


def test_a_callback_is_due_72_hours_after_completion_and_overdue_after() -> None:
    due = callback_due(T, 72)
    assert due == T + timedelta(hours=72)
    assert not overdue(due, due)
    assert overdue(due, due + timedelta(seconds=1))
    assert not overdue(None, due)


def test_an_unreachable_customer_is_called_again_later() -> None:
    assert next_attempt(T, 24) == T + timedelta(hours=24)
    assert next_attempt(T, 24, T + timedelta(hours=2)) == T + timedelta(hours=2)
    assert next_attempt(T, 24, T - timedelta(hours=2)) == T + timedelta(hours=24)  # not back


@pytest.mark.parametrize(("earlier", "klass"), [
    (0, None), (1, Klass.FIRST_REPAIR), (2, Klass.REPEATED_REPAIRS), (5, Klass.REPEATED_REPAIRS)])
def test_earlier_repairs_make_the_repeat_classes(earlier: int, klass: Klass | None) -> None:
    assert repeat_class(earlier) == klass
    assert incident_suggested(earlier) == (klass == Klass.REPEATED_REPAIRS)


def test_the_classes_come_from_the_facts() -> None:
    assert classify(CaseFacts()) == ()
    assert classify(CaseFacts(complaint=True)) == (Klass.COMPLAINT_CALL,)
    assert classify(CaseFacts(complaint=True, about_attitude=True)) == (Klass.ATTITUDE,)
    assert classify(CaseFacts(callback_satisfied=True)) == (Klass.SATISFIED,)
    assert classify(CaseFacts(callback_satisfied=False)) == (Klass.UNSATISFIED,)
    assert classify(CaseFacts(True, False, 2, True)) == (
        Klass.REPEATED_REPAIRS, Klass.COMPLAINT_CALL, Klass.SATISFIED)


@given(st.booleans(), st.booleans(), st.integers(0, 5), st.sampled_from([None, True, False]))
def test_the_class_counted_is_the_first_by_the_documented_precedence(
        complaint: bool, attitude: bool, earlier: int, satisfied: bool | None) -> None:
    tags = classify(CaseFacts(complaint, attitude, earlier, satisfied))
    assert list(tags) == sorted(tags, key=PRECEDENCE.index)
    assert primary(tags) == (tags[0] if tags else None)
    assert not (Klass.SATISFIED in tags and Klass.UNSATISFIED in tags)
    assert (Klass.FIRST_REPAIR in tags) == (earlier == 1)


def test_a_case_takes_each_step_only_from_its_states() -> None:
    assert action_refusal(CaseAction.CONFIRM, CaseState.ASSIGNED) is None
    assert action_refusal(CaseAction.CALLBACK, CaseState.COMPLETED) is None
    refusal = action_refusal(CaseAction.CALLBACK, CaseState.IN_PROGRESS)
    assert refusal is not None
    assert "In progress" in refusal.render()
    for action in CaseAction:
        assert action_refusal(action, CaseState.CLOSED) is not None  # closed is final


def test_a_dealer_keeps_the_faulty_part_until_the_write_off_note() -> None:
    assert [s for s in ClaimState if may_discard(s)] == [ClaimState.WRITTEN_OFF,
                                                         ClaimState.REJECTED]


def test_a_unit_is_a_serial_or_a_model_with_its_date_code() -> None:
    models = frozenset({"DL-0705"})
    assert split_unit_key("SN-OUT-77", models) == ("SN-OUT-77", "", "")
    assert split_unit_key("dl-0705 2506", models) == ("", "DL-0705", "2506")
    assert split_unit_key("DL-0705/20250610", models) == ("", "DL-0705", "20250610")
    assert split_unit_key("XX-1 2506", models) == ("XX-1 2506", "", "")
