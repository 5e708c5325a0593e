"""Inspection (A3–A7, R4): the technician judges every counted unit of a received return, the
dealer answers repair quotes, and inspection ends only when every counted unit has a verdict."""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from desktop.core.errors import Conflict, InvalidInput, NotAllowed, NotFound
from desktop.core.i18n import QT_TRANSLATE_NOOP, msg
from desktop.core.model import CountLine, InspectionItem, Product, ReturnLine, ReturnRequest
from desktop.core.rules.inspection import (
    NotCovered,
    Quote,
    Remedy,
    Verdict,
    VerdictInput,
    check_verdict,
    initial_quote,
    unjudged,
)
from desktop.core.rules.roles import Role
from desktop.core.rules.workflow import State
from desktop.core.services.kernel.actor import Actor
from desktop.core.services.kernel.audit import record
from desktop.core.services.kernel.lookup import check_version
from desktop.core.services.kernel.scope import visible_request
from desktop.core.services.returns.filing import load_for_update
from desktop.core.store.db import Database

JUDGING = frozenset({State.RECEIVED})


@dataclass(frozen=True)
class CountedRow:
    product_code: str
    product_name: str
    counted: int
    judged: int


@dataclass(frozen=True)
class VerdictRow:
    id: int
    product_code: str
    product_name: str
    quantity: int
    verdict: Verdict
    reason: NotCovered | None
    repairable: bool | None
    fee: Decimal
    quote: Quote
    remedy: Remedy | None
    unit_price: Decimal
    note: str
    inspected_by: str
    serials: tuple[str, ...] = ()  # what the dealer's lines of this model say, when it is known
    date_codes: tuple[str, ...] = ()


@dataclass(frozen=True)
class Sheet:
    number: str
    state: State
    version: int
    dealer_org_id: int
    counted: list[CountedRow]
    items: list[VerdictRow]

    @property
    def complete(self) -> bool:
        return bool(self.counted) and not unjudged(
            {c.product_code: c.counted for c in self.counted},
            {c.product_code: c.judged for c in self.counted})


def _require_technician(actor: Actor) -> None:
    if actor.role != Role.TECHNICIAN:
        raise NotAllowed(msg(QT_TRANSLATE_NOOP(
            "Messages", "Only the technical department gives verdicts.")))


def inspection_sheet(db: Database, actor: Actor, number: str) -> Sheet:
    """The counted models with how many units have a verdict, and the verdicts."""
    with db.read() as session:
        request = visible_request(session, actor, number)
        return _sheet(session, request)


def _sheet(session: Session, request: ReturnRequest) -> Sheet:
    judged = dict(session.execute(
        select(InspectionItem.product_id, func.sum(InspectionItem.quantity))
        .where(InspectionItem.request_id == request.id)
        .group_by(InspectionItem.product_id)).all())
    counted = [CountedRow(p.code, p.name, c.counted, int(judged.get(p.id, 0)))
               for c, p in session.execute(
                   select(CountLine, Product).join(Product, Product.id == CountLine.product_id)
                   .where(CountLine.request_id == request.id).order_by(Product.code))]
    known = _known_units(session, request.id)
    items = [VerdictRow(i.id, p.code, p.name, i.quantity, i.verdict, i.reason, i.repairable,
                        i.fee, i.quote, i.remedy, i.unit_price, i.note, i.inspected_by,
                        *known.get(p.id, ((), ())))
             for i, p in session.execute(
                 select(InspectionItem, Product).join(Product,
                                                      Product.id == InspectionItem.product_id)
                 .where(InspectionItem.request_id == request.id).order_by(InspectionItem.id))]
    return Sheet(request.number, request.state, request.version, request.dealer_org_id,
                 counted, items)


def _known_units(session: Session, request_id: int
                 ) -> dict[int, tuple[tuple[str, ...], tuple[str, ...]]]:
    """Per model, the serial numbers and date codes the dealer gave on its lines (distinct,
    in line order): a repair order from a verdict carries them."""
    found: dict[int, tuple[list[str], list[str]]] = {}
    for product_id, serial, date_code in session.execute(
            select(ReturnLine.product_id, ReturnLine.serial, ReturnLine.date_code)
            .where(ReturnLine.request_id == request_id).order_by(ReturnLine.line_no)):
        serials, codes = found.setdefault(product_id, ([], []))
        if serial and serial not in serials:
            serials.append(serial)
        if date_code and date_code not in codes:
            codes.append(date_code)
    return {pid: (tuple(s), tuple(c)) for pid, (s, c) in found.items()}


def _judging(session: Session, actor: Actor, number: str,
             shown_version: int | None) -> ReturnRequest:
    request = load_for_update(session, actor, number)
    check_version(request.version, shown_version)
    if request.state not in JUDGING:
        raise Conflict(msg(QT_TRANSLATE_NOOP(
            "Messages", "Request {number} is {state}; verdicts are given once it is received "
            "and before inspection is finished."), number=number, state=request.state.value))
    return request


def add_verdict(db: Database, actor: Actor, number: str, product_code: str,
                verdict: VerdictInput, note: str = "", shown_version: int | None = None) -> int:
    """A verdict on some counted units of one model; returns its id."""
    _require_technician(actor)
    problem = check_verdict(verdict)
    if problem is not None:
        raise InvalidInput(problem, "verdict")
    with db.write() as session:
        request = _judging(session, actor, number, shown_version)
        product = session.scalars(select(Product).where(
            Product.code == product_code.strip().upper())).first()
        count = session.get(CountLine, (request.id, product.id)) if product else None
        if product is None or count is None:
            raise InvalidInput(msg(QT_TRANSLATE_NOOP(
                "Messages", "Model {code} has not been counted in this return; count it "
                "first."), code=product_code.strip()), "product")
        judged = session.scalar(select(func.coalesce(func.sum(InspectionItem.quantity), 0))
                                .where(InspectionItem.request_id == request.id,
                                       InspectionItem.product_id == product.id)) or 0
        if judged + verdict.quantity > count.counted:
            raise InvalidInput(msg(QT_TRANSLATE_NOOP(
                "Messages", "Only {left} of {counted} counted units of {code} are still without "
                "a verdict."), left=count.counted - judged, counted=count.counted,
                code=product.code), "quantity")
        item = InspectionItem(
            request_id=request.id, product_id=product.id, quantity=verdict.quantity,
            verdict=verdict.verdict, reason=verdict.reason, repairable=verdict.repairable,
            fee=verdict.fee, quote=initial_quote(verdict), unit_price=_price(session, request,
                                                                             product),
            note=note.strip()[:400], inspected_by=actor.login)
        session.add(item)
        request.version += 1
        session.flush()
        record(session, actor, "inspection.verdict", "return_request", number,
               f"{product.code} ×{verdict.quantity}: {verdict.verdict.value}",
               {"verdict": verdict.verdict.value, "reason": verdict.reason,
                "fee": str(verdict.fee)}, note)
        session.commit()
        return item.id


def _price(session: Session, request: ReturnRequest, product: Product) -> Decimal:
    """The price on the request's line for the model (what the dealer paid), else the list."""
    price = session.scalar(select(ReturnLine.unit_price).where(
        ReturnLine.request_id == request.id, ReturnLine.product_id == product.id).limit(1))
    return price if price is not None else product.unit_price


def remove_verdict(db: Database, actor: Actor, number: str, item_id: int,
                   shown_version: int | None = None) -> None:
    _require_technician(actor)
    with db.write() as session:
        request = _judging(session, actor, number, shown_version)
        item = session.get(InspectionItem, item_id)
        if item is None or item.request_id != request.id:
            raise NotFound(msg(QT_TRANSLATE_NOOP("Messages", "That verdict is gone already.")))
        session.delete(item)
        request.version += 1
        record(session, actor, "inspection.remove", "return_request", number,
               f"verdict {item_id} removed")
        session.commit()


def finish_inspection(db: Database, actor: Actor, number: str,
                      shown_version: int | None = None) -> State:
    """Every counted unit has a verdict: the request goes to the order department to settle."""
    _require_technician(actor)
    with db.write() as session:
        request = _judging(session, actor, number, shown_version)
        sheet = _sheet(session, request)
        if not sheet.counted:
            raise Conflict(msg(QT_TRANSLATE_NOOP(
                "Messages", "Request {number} has not been counted yet (L2)."), number=number))
        gaps = unjudged({c.product_code: c.counted for c in sheet.counted},
                        {c.product_code: c.judged for c in sheet.counted})
        if gaps:
            raise Conflict(msg(QT_TRANSLATE_NOOP(
                "Messages", "Units still without a verdict: {models}."),
                models=", ".join(f"{code} ×{gap}" for code, gap in gaps.items())))
        request.state = State.INSPECTED
        request.version += 1
        record(session, actor, "return.inspect", "return_request", number,
               "received → inspected", {"state": ["received", "inspected"]})
        session.commit()
        return request.state


def answer_quote(db: Database, actor: Actor, number: str, item_id: int, accept: bool) -> Quote:
    """The dealer accepts or declines the fee for repairing units out of warranty (R4)."""
    if actor.role != Role.DEALER_STAFF:
        raise NotAllowed(msg(QT_TRANSLATE_NOOP(
            "Messages", "The dealer who returned the goods answers the repair quote.")))
    with db.write() as session:
        request = load_for_update(session, actor, number)
        item = session.get(InspectionItem, item_id)
        if item is None or item.request_id != request.id:
            raise NotFound(msg(QT_TRANSLATE_NOOP("Messages", "That verdict is gone already.")))
        if item.quote != Quote.PENDING or request.state not in (State.RECEIVED,
                                                                 State.INSPECTED):
            raise Conflict(msg(QT_TRANSLATE_NOOP(
                "Messages", "This quote has already been answered.")))
        item.quote = Quote.ACCEPTED if accept else Quote.DECLINED
        request.version += 1
        record(session, actor, "inspection.quote", "return_request", number,
               f"quote {item.id}: {item.quote.value} ({item.fee} × {item.quantity})")
        session.commit()
        return item.quote

