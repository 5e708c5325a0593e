"""Spare-parts stock (S1–S3): movements, issues to repairs and transfers.

Every movement is one ledger row and one change to the balance in the same transaction.  A
withdrawal is a conditional UPDATE (``… WHERE quantity >= n``): two desks taking the last
units at once cannot both succeed, on SQLite or PostgreSQL, and a CHECK backs it up.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, date, datetime

from sqlalchemy import func, select, update
from sqlalchemy.dialects import postgresql, sqlite
from sqlalchemy.orm import Session

from desktop.core.errors import Conflict, InvalidInput, NotAllowed, NotFound
from desktop.core.i18n import QT_TRANSLATE_NOOP, Message, msg
from desktop.core.model import Organisation, Part, Product, ProductPart, StockBalance, StockMovement
from desktop.core.rules.catalogue import warranty_months
from desktop.core.rules.roles import Capability, OrgKind
from desktop.core.rules.stock import (
    AWAY,
    CTX,
    GRADE_LABELS,
    Grade,
    Movement,
    check_movement,
    keep_until,
    retention_refusal,
    signed,
)
from desktop.core.services.kernel.actor import Actor, require
from desktop.core.services.kernel.audit import record
from desktop.core.services.kernel.policy import read_policy
from desktop.core.store.db import Database


@dataclass(frozen=True)
class Moved:
    part_no: str
    location: str
    grade: Grade
    balance: int  # of that grade at that location, after the movement


def find_part(session: Session, part_no: str, field: str = "part") -> Part:
    part = session.scalars(select(Part).where(Part.part_no == part_no.strip().upper())).first()
    if part is None:
        raise InvalidInput(msg(QT_TRANSLATE_NOOP("Messages", "No part {code} in the catalogue."),
                               code=part_no.strip()), field)
    return part


def hq_of(session: Session) -> Organisation:
    hq = session.scalars(select(Organisation).where(Organisation.kind == OrgKind.HQ)).first()
    if hq is None:
        raise NotFound(msg(QT_TRANSLATE_NOOP("Messages", "There is no headquarters yet.")))
    return hq


def location_for(session: Session, actor: Actor, code: str | None) -> Organisation:
    """The stock location ``code`` (HQ when empty); a dealer may use only its own."""
    if not code:
        return hq_of(session) if actor.is_hq else _org(session, actor.org_id)
    org = session.scalars(select(Organisation).where(Organisation.code == code.strip())).first()
    if org is None:
        raise InvalidInput(msg(QT_TRANSLATE_NOOP("Messages", "No organisation {code}."),
                               code=code.strip()), "location")
    if not actor.is_hq and org.id != actor.org_id:
        raise NotAllowed(msg(QT_TRANSLATE_NOOP(
            "Messages", "You keep the stock of your own organisation only.")))
    return org


def _org(session: Session, org_id: int) -> Organisation:
    org = session.get(Organisation, org_id)
    assert org is not None
    return org


def part_keep_until(session: Session, part: Part) -> date | None:
    """S1: the end of production of the discontinued products using ``part``, plus the
    warranty of the part's category."""
    ends = session.scalars(
        select(Product.discontinued_on).join(ProductPart, ProductPart.product_id == Product.id)
        .where(ProductPart.part_id == part.id, Product.discontinued_on.is_not(None))).all()
    months = warranty_months(read_policy(session), part.category)
    return keep_until([d for d in ends if d is not None], months)


def move(session: Session, actor: Actor, location: Organisation, part: Part, grade: Grade,
         kind: Movement, quantity: int, reason: str = "", ref: str = "",
         today: date | None = None) -> int:
    """Apply one movement inside the caller's transaction; returns the new balance of that
    grade.  Refuses (and the caller's transaction rolls back) when stock would go negative or
    when the last retained units would be sent away (S1)."""
    problem = check_movement(kind, quantity, reason)
    if problem is not None:
        raise InvalidInput(problem, "quantity")
    delta = signed(kind, quantity)
    key = (StockBalance.location_id == location.id, StockBalance.part_id == part.id,
           StockBalance.grade == grade)
    if delta < 0:
        taken = session.execute(
            update(StockBalance).where(*key, StockBalance.quantity >= -delta)
            .values(quantity=StockBalance.quantity + delta)
            .execution_options(synchronize_session=False))
        if taken.rowcount != 1:  # type: ignore[attr-defined]
            have = session.scalar(select(StockBalance.quantity).where(*key)) or 0
            raise Conflict(msg(QT_TRANSLATE_NOOP(
                "Messages", "Only {have} of {part} ({grade}) in stock at {location}; {want} "
                "asked. Nothing was taken."), have=have, part=part.part_no,
                grade=Message(GRADE_LABELS[grade], {}, CTX),
                location=location.name, want=-delta))
        if kind in AWAY:
            _check_retention(session, location, part, kind, today)
    else:
        _add(session, location.id, part.id, grade, delta)
    session.add(StockMovement(location_id=location.id, part_id=part.id, grade=grade, kind=kind,
                              quantity=delta, reason=reason.strip()[:400], ref=ref[:40],
                              login=actor.login))
    balance = session.scalar(select(StockBalance.quantity).where(*key))
    return int(balance or 0)


def _add(session: Session, location_id: int, part_id: int, grade: Grade, delta: int) -> None:
    dialect = session.get_bind().dialect.name
    insert = postgresql.insert if dialect == "postgresql" else sqlite.insert
    stmt = insert(StockBalance).values(location_id=location_id, part_id=part_id,
                                       grade=grade, quantity=delta)
    session.execute(stmt.on_conflict_do_update(
        index_elements=["location_id", "part_id", "grade"],
        set_={"quantity": StockBalance.quantity + delta}))


def _check_retention(session: Session, location: Organisation, part: Part, kind: Movement,
                     today: date | None) -> None:
    if location.kind != OrgKind.HQ:
        return
    left = session.scalar(select(func.sum(StockBalance.quantity)).where(
        StockBalance.location_id == location.id, StockBalance.part_id == part.id)) or 0
    refusal = retention_refusal(kind, part_keep_until(session, part),
                                today or datetime.now(UTC).astimezone().date(), int(left))
    if refusal is not None:
        raise Conflict(refusal)


def _require_keeper(actor: Actor) -> None:
    require(actor, Capability.STOCK)


def record_movement(db: Database, actor: Actor, part_no: str, kind: Movement, quantity: int,
                    grade: Grade = Grade.NEW, reason: str = "", location: str | None = None,
                    today: date | None = None) -> Moved:
    """A receipt, an adjustment or a scrap at one location (transfers and issues have their
    own services, which write both sides or the repair)."""
    _require_keeper(actor)
    if kind not in (Movement.RECEIPT, Movement.ADJUSTMENT, Movement.SCRAP):
        raise InvalidInput(msg(QT_TRANSLATE_NOOP(
            "Messages", "Transfers go through a part request or a transfer; issues through a "
            "repair order.")), "kind")
    with db.write() as session:
        part = find_part(session, part_no)
        where = location_for(session, actor, location)
        balance = move(session, actor, where, part, grade, kind, quantity, reason, today=today)
        record(session, actor, f"stock.{kind.value}", "part", part.part_no,
               f"{where.code} {grade.value} {signed(kind, quantity):+d} → {balance}",
               reason=reason)
        session.commit()
        return Moved(part.part_no, where.code, grade, balance)


def issue_part(db: Database, actor: Actor, part_no: str, quantity: int, ref: str,
               grade: Grade = Grade.NEW, location: str | None = None) -> Moved:
    """Take parts out of stock for a repair or a replacement (S3); refused, whole, when the
    stock is not there."""
    _require_keeper(actor)
    with db.write() as session:
        part = find_part(session, part_no)
        where = location_for(session, actor, location)
        balance = move(session, actor, where, part, grade, Movement.ISSUE, quantity, ref=ref)
        session.commit()
        return Moved(part.part_no, where.code, grade, balance)


def transfer_in_session(session: Session, actor: Actor, source: Organisation,
                        target: Organisation, part: Part, quantity: int, ref: str,
                        today: date | None = None) -> list[tuple[Grade, int]]:
    """Move ``quantity`` from ``source`` to ``target``: new stock first, then refurbished
    (which stays refurbished: after-sales replacement only, R1)."""
    have = dict(session.execute(select(StockBalance.grade, StockBalance.quantity).where(
        StockBalance.location_id == source.id, StockBalance.part_id == part.id)).all())
    plan: list[tuple[Grade, int]] = []
    left = quantity
    for grade in (Grade.NEW, Grade.REFURBISHED):
        take = min(left, int(have.get(grade, 0)))
        if take:
            plan.append((grade, take))
            left -= take
    if left:
        raise Conflict(msg(QT_TRANSLATE_NOOP(
            "Messages", "Only {have} of {part} in stock at {location}; {want} asked. Nothing "
            "was taken."), have=quantity - left, part=part.part_no, location=source.name,
            want=quantity))
    for grade, take in plan:
        move(session, actor, source, part, grade, Movement.TRANSFER_OUT, take, ref=ref,
             today=today)
        move(session, actor, target, part, grade, Movement.TRANSFER_IN, take, ref=ref)
    return plan


def transfer(db: Database, actor: Actor, part_no: str, quantity: int, to: str,
             source: str | None = None, reason: str = "", today: date | None = None) -> None:
    """HQ sends parts from one location to another (both sides in one transaction)."""
    _require_keeper(actor)
    if not actor.is_hq:
        raise NotAllowed(msg(QT_TRANSLATE_NOOP(
            "Messages", "Parts reach a dealer through a part request to customer service.")))
    if quantity <= 0:
        raise InvalidInput(msg(QT_TRANSLATE_NOOP(
            "Messages", "The quantity must be at least 1.")), "quantity")
    with db.write() as session:
        part = find_part(session, part_no)
        origin = location_for(session, actor, source)
        target = location_for(session, actor, to)
        if origin.id == target.id:
            raise InvalidInput(msg(QT_TRANSLATE_NOOP(
                "Messages", "A transfer needs two different locations.")), "location")
        plan = transfer_in_session(session, actor, origin, target, part, quantity,
                                   reason[:40], today)
        record(session, actor, "stock.transfer", "part", part.part_no,
               f"{origin.code} → {target.code}: {quantity}", {"grades": plan}, reason)
        session.commit()
