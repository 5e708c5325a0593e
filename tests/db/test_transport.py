"""Transport exception records on both databases (X1–X3)."""

from __future__ import annotations

from datetime import date

import pytest

from desktop.core.errors import Conflict, InvalidInput, NotAllowed, NotFound
from desktop.core.rules.transport import Decision, ExceptionKind, ExceptionState
from desktop.core.services.kernel.listing import ListQuery
from desktop.core.services.transport.exceptions import (
    ExceptionForm,
    accept_late,
    add_signature,
    decide,
    get_exception,
    list_exceptions,
    record_exception,
)
from desktop.core.store.db import Database
from tests.conftest import as_user

FRIDAY = date(2026, 11, 20)


def shortage(received: date = FRIDAY, **changes: object) -> ExceptionForm:
    values: dict[str, object] = {
        "kind": ExceptionKind.SHORTAGE, "received_on": received,
        "lines": (("DL-0705", 4),), "reference": "SO-2026-1188", "carrier_code": "C-DB",
        "waybill": "DB5566", "description": "少 4 件", "signer_name": "司机 李强",
        "carrier_signed": True}
    values.update(changes)
    return ExceptionForm(**values)  # type: ignore[arg-type]


def test_a_timely_shortage_is_recorded_and_credited(demo_db: Database) -> None:
    dealer, order = as_user(demo_db, "dealer"), as_user(demo_db, "order")
    number = record_exception(demo_db, dealer, shortage(), today=date(2026, 11, 24))
    detail = get_exception(demo_db, dealer, number)
    assert detail.row.state == ExceptionState.RECORDED
    assert detail.lines == [("DL-0705", "LED 筒灯 19W", 4)]
    assert detail.carrier == "德邦物流"
    with pytest.raises(InvalidInput, match="amount"):
        decide(demo_db, order, number, Decision.FULL_CREDIT)
    decide(demo_db, order, number, Decision.FULL_CREDIT, "¥184.00", "按订单价冲帐",
           detail.row.version)
    seen = get_exception(demo_db, dealer, number)  # the receiver sees the decision
    assert seen.row.decision == Decision.FULL_CREDIT
    assert str(seen.row.amount) == "184.00"
    assert seen.decided_by == "order"


def test_a_late_report_is_kept_as_late_and_may_be_accepted_with_a_reason(
        demo_db: Database) -> None:
    dealer, order = as_user(demo_db, "dealer"), as_user(demo_db, "order")
    number = record_exception(demo_db, dealer, shortage(), today=date(2026, 11, 25))
    assert get_exception(demo_db, dealer, number).row.state == ExceptionState.LATE
    with pytest.raises(Conflict):
        decide(demo_db, order, number, Decision.EXCHANGE)
    with pytest.raises(InvalidInput, match="reason"):
        accept_late(demo_db, order, number, " ")
    accept_late(demo_db, order, number, "承运商延误，属实")
    decide(demo_db, order, number, Decision.EXCHANGE)
    assert get_exception(demo_db, order, number).late_reason == "承运商延误，属实"


def test_mass_breakage_is_claimed_from_the_carrier(demo_db: Database) -> None:
    number = record_exception(demo_db, as_user(demo_db, "dealer"), shortage(
        kind=ExceptionKind.MASS_BREAKAGE), today=FRIDAY)
    order = as_user(demo_db, "order")
    with pytest.raises(InvalidInput, match="carrier"):
        decide(demo_db, order, number, Decision.FULL_CREDIT, "100")
    decide(demo_db, order, number, Decision.CARRIER_CLAIM, "860")
    assert get_exception(demo_db, order, number).blocker is not None


def test_damage_without_a_signed_record_cannot_become_a_return(demo_db: Database) -> None:
    dealer = as_user(demo_db, "dealer")
    unsigned = record_exception(demo_db, dealer, shortage(
        kind=ExceptionKind.DAMAGE, carrier_signed=False, signer_name=""), today=FRIDAY)
    assert get_exception(demo_db, dealer, unsigned).blocker is not None
    signed = record_exception(demo_db, dealer, shortage(
        kind=ExceptionKind.DAMAGE, responsible_party="德邦物流"), today=FRIDAY)
    assert get_exception(demo_db, dealer, signed).blocker is None


def test_bad_input_and_who_may_do_what(demo_db: Database) -> None:
    dealer = as_user(demo_db, "dealer")
    with pytest.raises(InvalidInput, match="after today"):
        record_exception(demo_db, dealer, shortage(date(2026, 12, 1)), today=FRIDAY)
    with pytest.raises(InvalidInput, match="signed"):
        record_exception(demo_db, dealer, shortage(signer_name=""), today=FRIDAY)
    with pytest.raises(InvalidInput, match="NOPE"):
        record_exception(demo_db, dealer, shortage(lines=(("NOPE", 1),)), today=FRIDAY)
    number = record_exception(demo_db, dealer, shortage(), today=FRIDAY)
    with pytest.raises(NotFound):
        get_exception(demo_db, as_user(demo_db, "dealer2"), number)
    with pytest.raises(NotAllowed):
        decide(demo_db, dealer, number, Decision.EXCHANGE)
    assert number not in {r.number for r in list_exceptions(
        demo_db, as_user(demo_db, "dealer2"), ListQuery())}
    assert number in {r.number for r in list_exceptions(
        demo_db, as_user(demo_db, "east"), ListQuery())}
    assert number in {r.number for r in list_exceptions(
        demo_db, as_user(demo_db, "order"), ListQuery(text="SO-2026-1188"))}


def test_damage_becomes_a_return_only_when_signed_and_attributed(demo_db: Database) -> None:
    from desktop.core.rules.workflow import State
    from desktop.core.services.returns.query import get_request
    from desktop.core.services.transport.exceptions import open_return_for_damage

    dealer = as_user(demo_db, "dealer")
    unsigned = record_exception(demo_db, dealer, shortage(
        kind=ExceptionKind.DAMAGE, carrier_signed=False, signer_name=""), today=FRIDAY)
    with pytest.raises(Conflict, match="signed"):
        open_return_for_damage(demo_db, dealer, unsigned)
    signed = record_exception(demo_db, dealer, shortage(
        kind=ExceptionKind.DAMAGE, responsible_party="德邦物流"), today=FRIDAY)
    request = open_return_for_damage(demo_db, dealer, signed)
    detail = get_request(demo_db, dealer, request)
    assert detail.row.state == State.DRAFT
    assert "德邦物流" in detail.note
    assert get_exception(demo_db, dealer, signed).return_number == request
    with pytest.raises(Conflict):
        open_return_for_damage(demo_db, dealer, signed)


def test_unsigned_damage_is_not_credited_until_the_receiver_adds_the_signature(
        demo_db: Database) -> None:
    """X2/X3: no credit or exchange for damage on a record without the carrier's signature and
    the responsible party; the receiver adds them after filing (audited), then it is."""
    from sqlalchemy import select

    from desktop.core.model import AuditEntry

    dealer, order = as_user(demo_db, "dealer"), as_user(demo_db, "order")
    number = record_exception(demo_db, dealer, shortage(
        kind=ExceptionKind.DAMAGE, carrier_signed=False, signer_name=""), today=FRIDAY)
    for decision in (Decision.FULL_CREDIT, Decision.EXCHANGE):
        with pytest.raises(InvalidInput, match="signed by the carrier"):
            decide(demo_db, order, number, decision, "100")
    assert get_exception(demo_db, order, number).row.state == ExceptionState.RECORDED
    shown = get_exception(demo_db, dealer, number).row.version
    with pytest.raises(InvalidInput, match="signed"):
        add_signature(demo_db, dealer, number, " ", True, "德邦物流", shown)
    with pytest.raises(NotAllowed):  # the order department does not sign for the receiver
        add_signature(demo_db, order, number, "司机 李强", True, "德邦物流", shown)
    with pytest.raises(NotFound):
        add_signature(demo_db, as_user(demo_db, "dealer2"), number, "司机 李强", True, "x")
    add_signature(demo_db, dealer, number, " 司机 李强 ", True, "德邦物流", shown)
    with pytest.raises(Conflict):  # a second form still showing the old version
        add_signature(demo_db, dealer, number, "司机 王五", True, "德邦物流", shown)
    detail = get_exception(demo_db, dealer, number)
    assert (detail.signer_name, detail.carrier_signed, detail.responsible_party) == (
        "司机 李强", True, "德邦物流")
    assert detail.blocker is None
    with demo_db.read() as session:
        entry = session.scalars(select(AuditEntry).where(
            AuditEntry.entity_id == number, AuditEntry.action == "transport.signature")).one()
        assert entry.login == "dealer"
        assert "德邦物流" in str(entry.changes)
    decide(demo_db, order, number, Decision.FULL_CREDIT, "100", shown_version=detail.row.version)
    assert get_exception(demo_db, order, number).row.decision == Decision.FULL_CREDIT
    with pytest.raises(Conflict, match="no longer"):  # decided: the record stays as it was
        add_signature(demo_db, dealer, number, "别人", True, "顺丰速运")


def test_a_record_that_cannot_be_decided_names_its_state(demo_db: Database) -> None:
    number = record_exception(demo_db, as_user(demo_db, "dealer"), shortage(),
                              today=date(2026, 11, 25))
    with pytest.raises(Conflict) as refused:
        decide(demo_db, as_user(demo_db, "order"), number, Decision.EXCHANGE)
    assert "(Reported late (X1))" in str(refused.value)  # the label, not the raw "late"
