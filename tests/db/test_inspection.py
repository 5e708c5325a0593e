"""Inspection and settlement on both databases (A3–A7, R4): every counted unit gets a verdict,
the dealer answers repair quotes, the order department settles, and a penalty or a
disqualification is never made behind anyone's back."""

from __future__ import annotations

from decimal import Decimal

import pytest

from desktop.core.errors import Conflict, InvalidInput, NotAllowed, NotFound
from desktop.core.rules.inspection import NotCovered, Quote, Remedy, Verdict, VerdictInput
from desktop.core.rules.workflow import Action, State
from desktop.core.services.inspection.settlement import SettleForm, proposal, settle, settlement_of
from desktop.core.services.inspection.verdicts import (
    add_verdict,
    answer_quote,
    finish_inspection,
    inspection_sheet,
)
from desktop.core.services.returns.filing import LineInput
from desktop.core.services.returns.flow import transition
from desktop.core.store.db import Database
from tests.conftest import as_user
from tests.db.returns_helpers import counted, good_line


def test_inspection_ends_only_when_every_counted_unit_is_judged(demo_db: Database) -> None:
    tech = as_user(demo_db, "tech")
    number = counted(demo_db, good_line("DL-0705", 3))
    with pytest.raises(NotAllowed):
        add_verdict(demo_db, as_user(demo_db, "order"), number, "DL-0705",
                    VerdictInput(Verdict.DEFECT, 1))
    with pytest.raises(InvalidInput, match="A3 reasons"):
        add_verdict(demo_db, tech, number, "DL-0705", VerdictInput(Verdict.NOT_COVERED, 1))
    with pytest.raises(InvalidInput, match="has not been counted"):
        add_verdict(demo_db, tech, number, "SP-0702", VerdictInput(Verdict.DEFECT, 1))
    add_verdict(demo_db, tech, number, "DL-0705", VerdictInput(Verdict.DEFECT, 2), "驱动坏")
    with pytest.raises(InvalidInput, match="Only 1 of 3"):
        add_verdict(demo_db, tech, number, "DL-0705", VerdictInput(Verdict.NO_FAULT, 2))
    with pytest.raises(Conflict, match="DL-0705 ×1"):
        finish_inspection(demo_db, tech, number)
    with pytest.raises(Conflict, match="settlement form"):
        transition(demo_db, tech, number, Action.INSPECT)
    add_verdict(demo_db, tech, number, "DL-0705",
                VerdictInput(Verdict.NOT_COVERED, 1, reason=NotCovered.STORAGE))
    sheet = inspection_sheet(demo_db, tech, number)
    assert sheet.complete
    assert [c.judged for c in sheet.counted] == [3]
    assert finish_inspection(demo_db, tech, number) == State.INSPECTED
    with pytest.raises(Conflict):
        add_verdict(demo_db, tech, number, "DL-0705", VerdictInput(Verdict.DEFECT, 1))


def test_repair_quote_waits_for_the_dealer_then_settles_as_repaired(demo_db: Database) -> None:
    tech, order, dealer = (as_user(demo_db, n) for n in ("tech", "order", "dealer"))
    number = counted(demo_db, good_line("DL-0705", 2))
    item = add_verdict(demo_db, tech, number, "DL-0705", VerdictInput(
        Verdict.OUT_OF_WARRANTY, 2, repairable=True, fee=Decimal("30")))
    finish_inspection(demo_db, tech, number)
    with pytest.raises(Conflict, match="waiting for the dealer"):
        settle(demo_db, order, number, SettleForm({}))
    with pytest.raises(NotFound):  # another dealer's request does not exist for them
        answer_quote(demo_db, as_user(demo_db, "dealer2"), number, item, True)
    assert answer_quote(demo_db, dealer, number, item, True) == Quote.ACCEPTED
    with pytest.raises(Conflict, match="already been answered"):
        answer_quote(demo_db, dealer, number, item, False)
    done = settle(demo_db, order, number, SettleForm({}))
    assert (done.repaired_units, done.fees, done.credit) == (2, Decimal("60.00"), Decimal(0))
    assert inspection_sheet(demo_db, dealer, number).items[0].remedy == Remedy.REPAIRED
    transition(demo_db, order, number, Action.CLOSE)


def test_human_damage_penalty_is_at_least_the_policy_multiple(demo_db: Database) -> None:
    tech, order = as_user(demo_db, "tech"), as_user(demo_db, "order")
    number = counted(demo_db, good_line("DL-0705", 2),
                     LineInput("SP-0702", 1, "20250610", good_line().kind, "闪烁"))
    add_verdict(demo_db, tech, number, "DL-0705", VerdictInput(Verdict.HUMAN_DAMAGE, 2))
    defect = add_verdict(demo_db, tech, number, "SP-0702", VerdictInput(Verdict.SAFETY, 1))
    finish_inspection(demo_db, tech, number)
    with pytest.raises(Conflict, match="credit or exchange"):
        settle(demo_db, order, number, SettleForm({}))
    offer = proposal(demo_db, order, number, {defect: Remedy.CREDIT})
    assert offer.penalty_minimum == offer.batch_value * 2 > 0
    assert offer.freight_reimbursed  # A7
    form = SettleForm({defect: Remedy.CREDIT}, penalty=offer.penalty_minimum - 1)
    with pytest.raises(InvalidInput, match="at least"):
        settle(demo_db, order, number, form)
    with pytest.raises(InvalidInput, match="written reason"):
        settle(demo_db, order, number, SettleForm({defect: Remedy.CREDIT},
                                                  penalty=offer.penalty_minimum,
                                                  disqualify=True))
    done = settle(demo_db, order, number, SettleForm({defect: Remedy.CREDIT},
                                                     penalty=offer.penalty_minimum))
    assert done.penalty == offer.penalty_minimum
    assert not done.disqualify
    assert done.credit == offer.credit > 0
    assert done.freight_reimbursed
    seen = settlement_of(demo_db, as_user(demo_db, "dealer"), number)
    assert seen is not None
    assert seen.penalty == offer.penalty_minimum
    with pytest.raises(Conflict):
        settle(demo_db, order, number, SettleForm({defect: Remedy.CREDIT}))


def test_penalty_waived_only_with_a_reason_and_disqualification_is_recorded(
        demo_db: Database) -> None:
    tech, order = as_user(demo_db, "tech"), as_user(demo_db, "order")
    number = counted(demo_db, good_line("DL-0705", 1))
    add_verdict(demo_db, tech, number, "DL-0705", VerdictInput(Verdict.HUMAN_DAMAGE, 1))
    finish_inspection(demo_db, tech, number)
    with pytest.raises(InvalidInput, match="waive"):
        settle(demo_db, order, number, SettleForm({}))
    done = settle(demo_db, order, number, SettleForm(
        {}, penalty_waiver="首次发生，口头警告", disqualify=True,
        disqualify_reason="多次人为破坏后退货"))
    assert done.penalty == 0
    assert done.penalty_waiver == "首次发生，口头警告"
    assert done.disqualify
    assert done.returned_units == 1


def test_the_queue_shows_units_judged_and_quotes_waiting(demo_db: Database) -> None:
    from desktop.core.services.inspection.worklist import inspection_worklist
    from desktop.core.services.kernel.listing import ListQuery

    tech = as_user(demo_db, "tech")
    number = counted(demo_db, good_line("DL-0705", 4))
    add_verdict(demo_db, tech, number, "DL-0705", VerdictInput(
        Verdict.OUT_OF_WARRANTY, 1, repairable=True, fee=Decimal("20")))
    (row,) = inspection_worklist(demo_db, tech, ListQuery(number))
    assert (row.state, row.counted, row.judged, row.quotes_waiting) == (State.RECEIVED, 4, 1, 1)
    assert row.days_left is not None  # HQ's clock runs from the first box (A8)
    mine = inspection_worklist(demo_db, as_user(demo_db, "dealer"), ListQuery(number))
    assert [r.number for r in mine] == [number]
    assert inspection_worklist(demo_db, as_user(demo_db, "dealer2"), ListQuery(number)) == []
    everything = inspection_worklist(demo_db, tech, ListQuery(limit=1000))
    assert {r.state for r in everything} <= {State.RECEIVED, State.INSPECTED, State.SETTLED}
    first = inspection_worklist(demo_db, tech, ListQuery(limit=3))
    rest = inspection_worklist(demo_db, tech, ListQuery(after=str(first[-1].id), limit=1000))
    assert [r.number for r in first + rest] == [r.number for r in everything]


def _safety_return(db: Database) -> tuple[str, int]:
    tech = as_user(db, "tech")
    number = counted(db, LineInput("SP-0702", 2, "20250610", good_line().kind, "冒烟"))
    item = add_verdict(db, tech, number, "SP-0702", VerdictInput(Verdict.SAFETY, 2))
    finish_inspection(db, tech, number)
    return number, item


@pytest.mark.parametrize(("bill", "paid", "refused"), [
    (Decimal("-1"), None, "cannot be negative"),
    (Decimal("80"), Decimal("-5"), "cannot be negative"),
    (Decimal("80"), Decimal("80.01"), "cannot be more than the freight bill"),
    (None, Decimal("10"), "freight bill's amount before"),
    (Decimal("20000.01"), None, "above the policy's limit of 20000.00"),
    (Decimal("1E+30"), None, "above the policy's limit"),
    (Decimal("NaN"), None, "for example 86.50"),
])
def test_freight_amounts_that_make_no_sense_are_refused(
        demo_db: Database, bill: Decimal | None, paid: Decimal | None, refused: str) -> None:
    number, item = _safety_return(demo_db)
    order = as_user(demo_db, "order")
    with pytest.raises(InvalidInput, match=refused) as caught:
        settle(demo_db, order, number, SettleForm(
            {item: Remedy.EXCHANGE}, freight_bill=bill, freight_paid=paid))
    assert caught.value.field_name == "freight_bill"


def test_the_freight_bill_and_what_was_reimbursed_are_recorded(demo_db: Database) -> None:
    from sqlalchemy import select

    from desktop.core.model.audit import AuditEntry

    number, item = _safety_return(demo_db)
    order = as_user(demo_db, "order")
    done = settle(demo_db, order, number, SettleForm(
        {item: Remedy.EXCHANGE}, freight_bill=Decimal("86.5"), freight_paid=Decimal("80")))
    assert done.freight_reimbursed
    assert (done.freight_bill, done.freight_paid) == (Decimal("86.50"), Decimal("80.00"))
    seen = settlement_of(demo_db, as_user(demo_db, "dealer"), number)
    assert seen is not None
    assert (seen.freight_bill, seen.freight_paid) == (Decimal("86.50"), Decimal("80.00"))
    with demo_db.read() as session:
        summary = session.scalar(select(AuditEntry.summary).where(
            AuditEntry.action == "return.settle", AuditEntry.entity_id == number))
    assert summary is not None
    assert "freight bill 86.50, reimbursed 80.00 (A7)" in summary


def test_freight_without_an_a7_verdict_is_refused_and_the_bill_may_come_later(
        demo_db: Database) -> None:
    tech, order = as_user(demo_db, "tech"), as_user(demo_db, "order")
    number = counted(demo_db, good_line("DL-0705", 1))
    item = add_verdict(demo_db, tech, number, "DL-0705", VerdictInput(Verdict.DEFECT, 1))
    finish_inspection(demo_db, tech, number)
    with pytest.raises(InvalidInput, match="only for safety problems"):
        settle(demo_db, order, number, SettleForm({item: Remedy.CREDIT},
                                                  freight_bill=Decimal("30")))
    done = settle(demo_db, order, number, SettleForm({item: Remedy.CREDIT}))
    assert (done.freight_reimbursed, done.freight_bill, done.freight_paid) == (False, None, None)
    later, safety = _safety_return(demo_db)
    done = settle(demo_db, order, later, SettleForm({safety: Remedy.CREDIT}))
    assert (done.freight_reimbursed, done.freight_bill, done.freight_paid) == (True, None, None)


def test_the_database_refuses_a_reimbursement_above_the_bill(demo_db: Database) -> None:
    from sqlalchemy import update
    from sqlalchemy.exc import IntegrityError

    from desktop.core.model import ReturnRequest, Settlement

    number, item = _safety_return(demo_db)
    settle(demo_db, as_user(demo_db, "order"), number, SettleForm(
        {item: Remedy.EXCHANGE}, freight_bill=Decimal("50")))
    with demo_db.write() as session:
        request_id = session.query(ReturnRequest.id).filter_by(number=number).scalar()
        with pytest.raises(IntegrityError):
            session.execute(update(Settlement).where(Settlement.request_id == request_id)
                            .values(freight_paid=Decimal("50.01")))
            session.flush()


def test_settlements_made_before_0009_keep_their_meaning(demo_db: Database) -> None:
    from alembic import command

    from desktop.core.store.migrate import alembic_config, upgrade

    number, item = _safety_return(demo_db)
    order = as_user(demo_db, "order")
    settle(demo_db, order, number, SettleForm({item: Remedy.CREDIT},
                                              freight_bill=Decimal("40")))
    command.downgrade(alembic_config(demo_db), "0008")  # the amounts were never kept
    demo_db.engine.dispose()
    assert upgrade(demo_db).up_to_date
    seen = settlement_of(demo_db, order, number)
    assert seen is not None
    assert (seen.freight_reimbursed, seen.freight_bill, seen.freight_paid) == (True, None, None)
