"""Settlement (A5–A7, R4, A8): the order department turns the verdicts into what the dealer
gets, decides the human-damage penalty, and records, separately and never automatically,
whether the dealer is disqualified."""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import UTC, datetime
from decimal import Decimal

from sqlalchemy import select
from sqlalchemy.orm import Session

from desktop.core.errors import Conflict, InvalidInput, NotAllowed
from desktop.core.i18n import QT_TRANSLATE_NOOP, msg
from desktop.core.model import InspectionItem, Organisation, ReturnRequest, Settlement
from desktop.core.rules.inspection import (
    Proposal,
    Remedy,
    SettledItem,
    check_freight,
    check_penalty,
    propose,
)
from desktop.core.rules.roles import Role
from desktop.core.rules.workflow import State
from desktop.core.services.inspection.turnover import turnover_charge
from desktop.core.services.kernel.actor import Actor
from desktop.core.services.kernel.audit import record
from desktop.core.services.kernel.lookup import check_version
from desktop.core.services.kernel.policy import read_policy
from desktop.core.services.kernel.scope import visible_request
from desktop.core.services.returns.filing import load_for_update
from desktop.core.store.db import Database


@dataclass(frozen=True)
class SettlementView:
    credit: Decimal
    exchange_units: int
    repaired_units: int
    returned_units: int
    fees: Decimal
    penalty: Decimal
    penalty_waiver: str
    freight_reimbursed: bool
    freight_bill: Decimal | None  # A7: None while the bill is not recorded
    freight_paid: Decimal | None
    turnover_charge: Decimal  # S2
    turnover_reason: str
    disqualify: bool
    disqualify_reason: str
    note: str
    settled_by: str
    settled_at: datetime


@dataclass(frozen=True)
class SettleForm:
    remedies: dict[int, Remedy]  # item id → credit or exchange, for defective units
    penalty: Decimal = Decimal(0)
    penalty_waiver: str = ""
    disqualify: bool = False
    disqualify_reason: str = ""
    note: str = ""
    freight_bill: Decimal | None = None  # A7: the freight bill's amount, when it has come
    freight_paid: Decimal | None = None  # A7: the amount reimbursed, at most the bill


def _items(session: Session, request_id: int,
           remedies: dict[int, Remedy] | None = None) -> list[SettledItem]:
    rows = session.scalars(
        select(InspectionItem).where(InspectionItem.request_id == request_id)
        .order_by(InspectionItem.id)).all()
    remedies = remedies or {}
    return [SettledItem(i.verdict, i.quantity, i.unit_price, i.quote, i.fee,
                        remedies.get(i.id, i.remedy)) for i in rows]


def proposal(db: Database, actor: Actor, number: str,
             remedies: dict[int, Remedy] | None = None) -> Proposal:
    """What settling now would give (the form shows it as the choices change)."""
    with db.read() as session:
        request = visible_request(session, actor, number)
        return _offer(session, request, remedies)


def _offer(session: Session, request: ReturnRequest,
           remedies: dict[int, Remedy] | None) -> Proposal:
    """The verdicts with the chosen remedies, and what S2 charges the dealer for them."""
    policy = read_policy(session)
    offer = propose(_items(session, request.id, remedies), policy.penalty_human_damage_multiple)
    charge = turnover_charge(session, request, offer.remedies,
                             policy.stock_lacking_parts_charge_percent)
    return replace(offer, turnover_charge=charge.amount, turnover_reason=charge.text[:400],
                   turnover_lacking=tuple((lack.product_code, lack.part_no, lack.held,
                                           lack.minimum) for lack in charge.lacking))


def _checked_offer(session: Session, request: ReturnRequest, form: SettleForm) -> Proposal:
    """What the verdicts give with the chosen remedies, once the penalty (A6) and the freight
    amounts (A7) typed are acceptable."""
    policy = read_policy(session)
    offer = _offer(session, request, form.remedies)
    if offer.blockers:
        raise Conflict(offer.blockers[0])
    problem = check_penalty(offer, form.penalty, form.penalty_waiver)
    if problem is not None:
        raise InvalidInput(problem, "penalty")
    problem = check_freight(offer, _cents(form.freight_bill), _cents(form.freight_paid),
                            Decimal(policy.freight_bill_max_yuan))
    if problem is not None:
        raise InvalidInput(problem, "freight_bill")
    return offer


def settle(db: Database, actor: Actor, number: str, form: SettleForm,
           shown_version: int | None = None) -> SettlementView:
    if actor.role != Role.ORDER_DEPT:
        raise NotAllowed(msg(QT_TRANSLATE_NOOP(
            "Messages", "The order department settles returns.")))
    if form.disqualify and not form.disqualify_reason.strip():
        raise InvalidInput(msg(QT_TRANSLATE_NOOP(
            "Messages", "Disqualifying a dealer needs a written reason (A6).")),
            "disqualify_reason")
    with db.write() as session:
        request = load_for_update(session, actor, number)
        check_version(request.version, shown_version)
        if request.state != State.INSPECTED:
            raise Conflict(msg(QT_TRANSLATE_NOOP(
                "Messages", "Request {number} is {state}; it is settled once inspected."),
                number=number, state=request.state.value))
        offer = _checked_offer(session, request, form)
        items = session.scalars(select(InspectionItem).where(
            InspectionItem.request_id == request.id).order_by(InspectionItem.id)).all()
        for item, remedy in zip(items, offer.remedies, strict=True):
            item.remedy = remedy
        now = datetime.now(UTC)
        row = Settlement(
            request_id=request.id, credit=offer.credit, exchange_units=offer.exchange_units,
            repaired_units=offer.repaired_units, returned_units=offer.returned_units,
            fees=offer.fees, penalty=form.penalty,
            penalty_waiver=form.penalty_waiver.strip()[:400] if not form.penalty else "",
            freight_reimbursed=offer.freight_reimbursed,
            freight_bill=_cents(form.freight_bill), freight_paid=_cents(form.freight_paid),
            turnover_charge=offer.turnover_charge, turnover_reason=offer.turnover_reason,
            disqualify=form.disqualify,
            disqualify_reason=form.disqualify_reason.strip()[:400], note=form.note[:400],
            settled_by=actor.login, settled_at=now)
        session.add(row)
        request.state, request.finished_at = State.SETTLED, now
        request.version += 1
        _audit(session, actor, request, offer, form, row)
        session.commit()
        return _view(row)


def _cents(amount: Decimal | None) -> Decimal | None:
    """An amount to the cent; one that is no amount or far too large is left for the check."""
    if amount is None or not amount.is_finite() or abs(amount) >= 10 ** 10:
        return amount
    return amount.quantize(Decimal("0.01"))


def _freight_text(row: Settlement) -> str:
    if not row.freight_reimbursed:
        return ""
    if row.freight_bill is None:
        return ", freight reimbursed (A7), bill not recorded"
    paid = "not recorded" if row.freight_paid is None else f"{row.freight_paid}"
    return f", freight bill {row.freight_bill}, reimbursed {paid} (A7)"


def _audit(session: Session, actor: Actor, request: ReturnRequest, offer: Proposal,
           form: SettleForm, row: Settlement) -> None:
    """The settlement in the request's history; a disqualification also on the dealer's."""
    record(session, actor, "return.settle", "return_request", request.number,
           f"credit {offer.credit}, exchange {offer.exchange_units}, repaired "
           f"{offer.repaired_units}, returned {offer.returned_units}, fees {offer.fees}, "
           f"penalty {form.penalty}{_freight_text(row)}", {"state": ["inspected", "settled"]},
           form.penalty_waiver or form.note)
    if row.turnover_charge:
        record(session, actor, "return.turnover_charge", "return_request", request.number,
               f"dealer charged {row.turnover_charge} for a whole-lamp exchange or credit: "
               "it lacked turnover parts and had not requested them (S2)",
               reason=row.turnover_reason)
    if form.disqualify:
        dealer = session.get(Organisation, request.dealer_org_id)
        assert dealer is not None
        record(session, actor, "dealer.disqualify", "organisation", dealer.code,
               f"disqualified after {request.number}", reason=form.disqualify_reason)


def _view(s: Settlement) -> SettlementView:
    return SettlementView(s.credit, s.exchange_units, s.repaired_units, s.returned_units, s.fees,
                          s.penalty, s.penalty_waiver, s.freight_reimbursed, s.freight_bill,
                          s.freight_paid, s.turnover_charge, s.turnover_reason, s.disqualify,
                          s.disqualify_reason, s.note, s.settled_by, s.settled_at)


def settlement_of(db: Database, actor: Actor, number: str) -> SettlementView | None:
    with db.read() as session:
        request = visible_request(session, actor, number)
        row = session.get(Settlement, request.id)
        return _view(row) if row else None

