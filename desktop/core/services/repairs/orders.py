"""Repair orders (R1–R5): the unit, the fault found, the parts taken from stock, the technician,
the time spent and the result, reported daily.  Parts used are issued from HQ's stock in the
same transaction; repaired electronic parts go back as refurbished stock (R1)."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import UTC, date, datetime, time, timedelta
from decimal import Decimal, InvalidOperation

from sqlalchemy import select
from sqlalchemy.orm import Session

from desktop.core.errors import Conflict, InvalidInput
from desktop.core.i18n import QT_TRANSLATE_NOOP, msg
from desktop.core.model import (
    InspectionItem,
    Part,
    Product,
    ProductPart,
    RepairOrder,
    RepairPart,
    RepairResult,
    ReturnRequest,
)
from desktop.core.rules.inspection import Verdict
from desktop.core.rules.roles import Capability
from desktop.core.rules.stock import (
    ELECTRONIC,
    REFURBISHABLE,
    Grade,
    Movement,
    RepairFacts,
    r2_missing,
)
from desktop.core.services.admin.catalogue import find_product
from desktop.core.services.kernel.actor import Actor, require
from desktop.core.services.kernel.audit import record
from desktop.core.services.kernel.listing import ListQuery, apply_text_filter
from desktop.core.services.kernel.lookup import check_version, find_by_number
from desktop.core.services.stock.ledger import find_part, hq_of, move
from desktop.core.store.db import Database


@dataclass(frozen=True)
class RepairForm:
    product_code: str
    fault_found: str
    quantity: int = 1
    serial: str = ""
    date_code: str = ""
    project: bool = False
    in_warranty: bool = True
    request_number: str = ""
    item_id: int | None = None


@dataclass(frozen=True)
class Taken:
    """Parts taken from HQ's stock for the repair (S3), when the order is saved."""

    part_no: str
    quantity: int
    grade: Grade = Grade.NEW


@dataclass(frozen=True)
class FinishForm:
    result: RepairResult
    minutes: int
    fault_found: str = ""
    fee: str = "0"
    repaired_parts: tuple[str, ...] = ()       # electronic parts repaired in place (R2)
    recovered: dict[str, int] = field(default_factory=dict)  # back to stock, refurbished (R1)
    taken: tuple[Taken, ...] = ()  # taken from stock with the same save: all or none


@dataclass(frozen=True)
class RepairRow:
    number: str
    request_number: str
    product_code: str
    product_name: str
    serial: str
    date_code: str
    quantity: int
    project: bool
    in_warranty: bool
    fault_found: str
    technician: str
    minutes: int
    result: RepairResult
    fee: Decimal
    parts: str  # "DR-12 ×1 (new)"
    repaired_parts: str
    opened_at: datetime
    finished_at: datetime | None
    version: int


def _require(actor: Actor) -> None:
    require(actor, Capability.INSPECTION)


def open_repair(db: Database, actor: Actor, form: RepairForm) -> str:
    """A repair order for one unit or a batch; returns its number."""
    _require(actor)
    if form.quantity <= 0:
        raise InvalidInput(msg(QT_TRANSLATE_NOOP(
            "Messages", "The quantity must be at least 1.")), "quantity")
    now = datetime.now(UTC)
    with db.write() as session:
        product = find_product(session, form.product_code, "product")
        request_id, in_warranty = _source(session, form, product)
        order = RepairOrder(
            number=f"TMP-{actor.user_id}-{now.timestamp()}", request_id=request_id,
            item_id=form.item_id, product_id=product.id, serial=form.serial.strip()[:60],
            date_code=form.date_code.strip()[:20], quantity=form.quantity,
            project=form.project, in_warranty=in_warranty,
            fault_found=form.fault_found.strip()[:400], technician=actor.login, minutes=0,
            result=RepairResult.OPEN, opened_at=now)
        session.add(order)
        session.flush()
        order.number = f"M{now:%y%m}{order.id:06d}"
        record(session, actor, "repair.open", "repair_order", order.number,
               f"{product.code} ×{form.quantity}", {"request": form.request_number})
        session.commit()
        return order.number


def _source(session: Session, form: RepairForm, product: Product) -> tuple[int | None, bool]:
    """The request (and verdict) a repair comes from; the verdict decides the warranty."""
    if not form.request_number:
        return None, form.in_warranty
    request_id = session.scalar(select(ReturnRequest.id).where(
        ReturnRequest.number == form.request_number.strip()))
    if request_id is None:
        raise InvalidInput(msg(QT_TRANSLATE_NOOP("Messages", "No return request {number}."),
                               number=form.request_number), "request")
    if form.item_id is None:
        return request_id, form.in_warranty
    item = session.get(InspectionItem, form.item_id)
    if item is None or item.request_id != request_id or item.product_id != product.id:
        raise InvalidInput(msg(QT_TRANSLATE_NOOP(
            "Messages", "That verdict does not belong to this request and model.")), "product")
    return request_id, item.verdict != Verdict.OUT_OF_WARRANTY


def _load(session: Session, number: str, shown_version: int | None = None) -> RepairOrder:
    order = find_by_number(session, RepairOrder, number, None, msg(
        QT_TRANSLATE_NOOP("Messages", "No repair order {number}."), number=number))
    check_version(order.version, shown_version)
    if order.result != RepairResult.OPEN:
        raise Conflict(msg(QT_TRANSLATE_NOOP(
            "Messages", "Repair order {number} is finished; open a new one."), number=number))
    return order


def use_part(db: Database, actor: Actor, number: str, part_no: str, quantity: int,
             grade: Grade = Grade.NEW) -> int:
    """Take parts from HQ's stock for the repair (S3); returns what is left of that grade."""
    _require(actor)
    with db.write() as session:
        left = _take(session, actor, _load(session, number), Taken(part_no, quantity, grade))
        session.commit()
        return left


def _take(session: Session, actor: Actor, order: RepairOrder, taken: Taken) -> int:
    part = find_part(session, taken.part_no)
    left = move(session, actor, hq_of(session), part, taken.grade, Movement.ISSUE,
                taken.quantity, ref=order.number)
    order.parts.append(RepairPart(part_id=part.id, grade=taken.grade, quantity=taken.quantity))
    order.version += 1
    record(session, actor, "repair.part", "repair_order", order.number,
           f"{part.part_no} ×{taken.quantity} ({taken.grade.value})")
    return left


def finish_repair(db: Database, actor: Actor, number: str, form: FinishForm,
                  shown_version: int | None = None) -> RepairResult:
    _require(actor)
    if form.result == RepairResult.OPEN:
        raise InvalidInput(msg(QT_TRANSLATE_NOOP(
            "Messages", "Choose the result: repaired or not repairable.")), "result")
    if form.minutes <= 0:
        raise InvalidInput(msg(QT_TRANSLATE_NOOP(
            "Messages", "Record the time spent in minutes (R5).")), "minutes")
    fee = _fee(form.fee)
    with db.write() as session:
        order = _load(session, number, shown_version)
        if fee and order.in_warranty:
            raise InvalidInput(msg(QT_TRANSLATE_NOOP(
                "Messages", "Only an out-of-warranty repair is charged (R4).")), "fee")
        for taken in form.taken:
            _take(session, actor, order, taken)
        session.flush()
        codes = dict(session.execute(select(Part.id, Part.part_no)).all())
        if form.result == RepairResult.REPAIRED:
            _check_r2(session, order, {codes[p.part_id] for p in order.parts}
                      | {c.strip().upper() for c in form.repaired_parts})
        _recover(session, actor, order, form.recovered)
        order.result, order.minutes, order.fee = form.result, form.minutes, fee
        order.fault_found = (form.fault_found.strip() or order.fault_found)[:400]
        order.repaired_parts = ", ".join(sorted({c.strip().upper()
                                                 for c in form.repaired_parts if c.strip()}))
        order.finished_at = datetime.now(UTC)
        order.version += 1
        record(session, actor, "repair.finish", "repair_order", number,
               f"{form.result.value}, {form.minutes} min, fee {fee}",
               {"recovered": form.recovered})
        session.commit()
        return order.result


def _fee(text: str) -> Decimal:
    try:
        fee = Decimal(text.strip() or "0")
    except InvalidOperation:
        fee = Decimal(-1)
    if fee < 0 or fee != fee.quantize(Decimal("0.01")):
        raise InvalidInput(msg(QT_TRANSLATE_NOOP(
            "Messages", "Type the fee as an amount, for example 25.00.")), "fee")
    return fee


def _check_r2(session: Session, order: RepairOrder, handled: set[str]) -> None:
    electronic = frozenset(session.scalars(
        select(Part.part_no).join(ProductPart, ProductPart.part_id == Part.id)
        .where(ProductPart.product_id == order.product_id, Part.kind.in_(ELECTRONIC))).all())
    missing = r2_missing(RepairFacts(order.project, order.in_warranty, electronic,
                                     frozenset(handled)))
    if missing:
        raise Conflict(msg(QT_TRANSLATE_NOOP(
            "Messages", "Project lights under warranty have every electronic part repaired or "
            "replaced (R2); still to do: {parts}."), parts=", ".join(missing)))


def _recover(session: Session, actor: Actor, order: RepairOrder,
             recovered: dict[str, int]) -> None:
    hq = hq_of(session)
    for part_no, quantity in recovered.items():
        part = find_part(session, part_no, "recovered")
        if part.kind not in REFURBISHABLE:
            raise InvalidInput(msg(QT_TRANSLATE_NOOP(
                "Messages", "Only repaired electronic parts go back into stock (R1); {code} "
                "is not one."), code=part.part_no), "recovered")
        move(session, actor, hq, part, Grade.REFURBISHED, Movement.RECEIPT, quantity,
             reason="repaired (R1)", ref=order.number)


def list_repairs(db: Database, actor: Actor, query: ListQuery,
                 day: date | None = None) -> list[RepairRow]:
    """Repair orders, newest first; ``day``: those finished that (local) day (R5)."""
    _require(actor)
    stmt = (select(RepairOrder, Product)
            .join(Product, Product.id == RepairOrder.product_id))
    stmt = apply_text_filter(stmt, query.text, RepairOrder.number, Product.code, Product.name,
                             RepairOrder.serial, RepairOrder.technician)
    if day is not None:
        start = datetime.combine(day, time.min).astimezone(UTC)
        stmt = stmt.where(RepairOrder.finished_at >= start,
                          RepairOrder.finished_at < start + timedelta(days=1))
    if query.after is not None:
        stmt = stmt.where(RepairOrder.number < query.after)
    stmt = stmt.order_by(RepairOrder.number.desc()).limit(query.limit)
    with db.read() as session:
        found = session.execute(stmt).all()
        codes = dict(session.execute(select(Part.id, Part.part_no)).all())
        requests = dict(session.execute(
            select(ReturnRequest.id, ReturnRequest.number).where(ReturnRequest.id.in_(
                [o.request_id for o, _ in found if o.request_id]))).all())
        return [RepairRow(
            o.number, requests.get(o.request_id or 0, ""), p.code, p.name, o.serial,
            o.date_code, o.quantity, o.project, o.in_warranty, o.fault_found, o.technician,
            o.minutes, o.result, o.fee,
            ", ".join(f"{codes[x.part_id]} ×{x.quantity}"
                      + (" (R)" if x.grade == Grade.REFURBISHED else "") for x in o.parts),
            o.repaired_parts, o.opened_at, o.finished_at, o.version) for o, p in found]
