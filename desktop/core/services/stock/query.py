"""What the stock screens show: balances by location and part, one part's ledger, turnover
gaps (S2) and the parts kept for discontinued products (S1).  Filtered and paged in the
database."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, date, datetime

from sqlalchemy import func, literal, select
from sqlalchemy.orm import Session

from desktop.core.errors import InvalidInput, NotAllowed
from desktop.core.i18n import QT_TRANSLATE_NOOP, msg
from desktop.core.model import (
    Organisation,
    Part,
    Product,
    ProductPart,
    StockBalance,
    StockMinimum,
    StockMovement,
)
from desktop.core.rules.catalogue import warranty_months
from desktop.core.rules.roles import Capability, OrgKind
from desktop.core.rules.stock import Grade, Movement, keep_until, under_retention
from desktop.core.services.kernel.actor import Actor, require
from desktop.core.services.kernel.audit import record
from desktop.core.services.kernel.listing import ListQuery, apply_keyset, apply_text_filter
from desktop.core.services.kernel.lookup import Scope
from desktop.core.services.kernel.policy import read_policy
from desktop.core.services.stock.ledger import find_part, hq_of, location_for
from desktop.core.store.db import Database

SEP = "\x1f"


@dataclass(frozen=True)
class StockRow:
    key: str
    location: str
    location_name: str
    part_no: str
    part_name: str
    grade: Grade
    quantity: int
    minimum: int | None


@dataclass(frozen=True)
class LedgerRow:
    id: int
    at: datetime
    location: str
    grade: Grade
    kind: Movement
    quantity: int
    balance_after: int
    ref: str
    reason: str
    login: str


@dataclass(frozen=True)
class GapRow:
    location: str
    location_name: str
    part_no: str
    part_name: str
    on_hand: int
    minimum: int

    @property
    def gap(self) -> int:
        return self.minimum - self.on_hand


@dataclass(frozen=True)
class RetentionRow:
    part_no: str
    part_name: str
    keep_until: date
    on_hand: int
    reorder_below: int

    @property
    def reorder(self) -> bool:
        return self.on_hand < self.reorder_below


def _scope(actor: Actor) -> Scope:
    return None if actor.is_hq else StockBalance.location_id == actor.org_id


def stock_list(db: Database, actor: Actor, query: ListQuery) -> list[StockRow]:
    """Balances by location, part and grade; the filter matches location, part number or
    name."""
    require(actor, Capability.STOCK)
    key = Organisation.code + literal(SEP) + Part.part_no + literal(SEP) + StockBalance.grade
    minimum = select(StockMinimum.minimum).where(
        StockMinimum.location_id == StockBalance.location_id,
        StockMinimum.part_id == StockBalance.part_id).scalar_subquery()
    stmt = (select(key.label("key"), Organisation.code, Organisation.name, Part.part_no,
                   Part.name.label("part_name"), StockBalance.grade, StockBalance.quantity,
                   minimum.label("minimum"))
            .join(Organisation, Organisation.id == StockBalance.location_id)
            .join(Part, Part.id == StockBalance.part_id))
    scope = _scope(actor)
    if scope is not None:
        stmt = stmt.where(scope)
    stmt = apply_text_filter(stmt, query.text, Organisation.code, Organisation.name,
                             Part.part_no, Part.name)
    stmt = apply_keyset(stmt, query, key)
    with db.read() as session:
        rows = session.execute(stmt).all()
    return [StockRow(r.key, r.code, r.name, r.part_no, r.part_name, Grade(r.grade), r.quantity,
                     r.minimum) for r in rows]


def ledger(db: Database, actor: Actor, part_no: str, location: str | None = None,
           limit: int = 500) -> list[LedgerRow]:
    """One part's movements at one location, newest first, with the balance after each."""
    require(actor, Capability.STOCK)
    with db.read() as session:
        part = find_part(session, part_no)
        where = location_for(session, actor, location)
        running = func.sum(StockMovement.quantity).over(
            partition_by=StockMovement.grade, order_by=StockMovement.id)
        inner = (select(StockMovement.id, StockMovement.at, StockMovement.grade,
                        StockMovement.kind, StockMovement.quantity, StockMovement.ref,
                        StockMovement.reason, StockMovement.login, running.label("after"))
                 .where(StockMovement.part_id == part.id,
                        StockMovement.location_id == where.id).subquery())
        rows = session.execute(select(inner).order_by(inner.c.id.desc()).limit(limit)).all()
    return [LedgerRow(r.id, r.at, where.code, Grade(r.grade), Movement(r.kind), r.quantity,
                      int(r.after), r.ref, r.reason, r.login) for r in rows]


def _on_hand(session: Session, location_id: int | None = None) -> dict[tuple[int, int], int]:
    stmt = select(StockBalance.location_id, StockBalance.part_id,
                  func.sum(StockBalance.quantity)).group_by(StockBalance.location_id,
                                                            StockBalance.part_id)
    if location_id is not None:
        stmt = stmt.where(StockBalance.location_id == location_id)
    return {(loc, part): int(q) for loc, part, q in session.execute(stmt)}


def gaps(db: Database, actor: Actor) -> list[GapRow]:
    """S2: locations holding less of a part than HQ requires (a dealer sees its own)."""
    require(actor, Capability.STOCK)
    with db.read() as session:
        stmt = (select(StockMinimum, Organisation, Part)
                .join(Organisation, Organisation.id == StockMinimum.location_id)
                .join(Part, Part.id == StockMinimum.part_id)
                .where(StockMinimum.minimum > 0)
                .order_by(Organisation.code, Part.part_no))
        if not actor.is_hq:
            stmt = stmt.where(StockMinimum.location_id == actor.org_id)
        held = _on_hand(session, None if actor.is_hq else actor.org_id)
        rows = [GapRow(org.code, org.name, part.part_no, part.name,
                       held.get((org.id, part.id), 0), m.minimum)
                for m, org, part in session.execute(stmt)]
    return [r for r in rows if r.on_hand < r.minimum]


def set_minimum(db: Database, actor: Actor, location: str, part_no: str, minimum: int) -> None:
    """HQ sets the turnover stock a location must keep of a part (S2); 0 removes it."""
    require(actor, Capability.STOCK)
    if not actor.is_hq:
        raise NotAllowed(msg(QT_TRANSLATE_NOOP(
            "Messages", "Headquarters sets the turnover minimums.")))
    if minimum < 0:
        raise InvalidInput(msg(QT_TRANSLATE_NOOP(
            "Messages", "A minimum cannot be negative.")), "minimum")
    with db.write() as session:
        part = find_part(session, part_no)
        where = location_for(session, actor, location)
        row = session.get(StockMinimum, (where.id, part.id))
        before = row.minimum if row else 0
        if row is None:
            session.add(StockMinimum(location_id=where.id, part_id=part.id, minimum=minimum))
        else:
            row.minimum = minimum
        record(session, actor, "stock.minimum", "part", part.part_no,
               f"{where.code}: {before} → {minimum}", {"minimum": [before, minimum]})
        session.commit()


def retention_list(db: Database, actor: Actor, today: date | None = None) -> list[RetentionRow]:
    """S1: parts kept for discontinued products, with HQ's stock; those below the reorder
    level (HQ's own minimum for the part, else the policy setting) are flagged."""
    require(actor, Capability.STOCK)
    day = today or datetime.now(UTC).astimezone().date()
    with db.read() as session:
        hq = hq_of(session)
        policy = read_policy(session)
        minimums = dict(session.execute(select(StockMinimum.part_id, StockMinimum.minimum)
                                        .where(StockMinimum.location_id == hq.id)).all())
        held = _on_hand(session, hq.id)
        # The latest end of production among the discontinued products using each part.
        ends = {part_id: end for part_id, end in session.execute(
            select(ProductPart.part_id, func.max(Product.discontinued_on))
            .join(Product, Product.id == ProductPart.product_id)
            .where(Product.discontinued_on.is_not(None))
            .group_by(ProductPart.part_id)) if end is not None}
        rows = []
        for part in session.scalars(select(Part).where(Part.active, Part.id.in_(list(ends)))
                                    .order_by(Part.part_no)):
            until = keep_until([ends[part.id]], warranty_months(policy, part.category))
            if until is not None and under_retention(until, day):
                rows.append(RetentionRow(part.part_no, part.name, until,
                                         held.get((hq.id, part.id), 0),
                                         minimums.get(part.id,
                                                      policy.stock_retention_reorder_below)))
    return rows


def dealer_locations(db: Database, actor: Actor) -> list[tuple[str, str]]:
    """The locations an HQ user may pick (HQ and the dealers), as (code, name)."""
    kinds = (OrgKind.HQ, OrgKind.DEALER, OrgKind.SUB_DEALER, OrgKind.DISTRIBUTOR,
             OrgKind.AGENT, OrgKind.OFFICE)
    with db.read() as session:
        stmt = select(Organisation.code, Organisation.name).where(
            Organisation.kind.in_(kinds), Organisation.active).order_by(Organisation.code)
        if not actor.is_hq:
            stmt = stmt.where(Organisation.id == actor.org_id)
        return [(c, n) for c, n in session.execute(stmt)]

