"""Progress at the depot (L4), boxes set aside (L3), missing boxes, and HQ's count by model (L2):
the count prevails, every difference is recorded and the dealer sees it."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta

from sqlalchemy import func, select

from desktop.core.errors import Conflict, InvalidInput
from desktop.core.i18n import QT_TRANSLATE_NOOP, msg
from desktop.core.model import (
    Box,
    BoxReceipt,
    CountLine,
    Organisation,
    Product,
    ReturnLine,
    ReturnRequest,
    SetAside,
)
from desktop.core.model.boxes import SetAsideReason
from desktop.core.rules.roles import Capability
from desktop.core.rules.workflow import State
from desktop.core.services.kernel.actor import Actor, require
from desktop.core.services.kernel.audit import record
from desktop.core.services.kernel.policy import read_policy
from desktop.core.services.kernel.scope import visible_request
from desktop.core.services.returns.filing import load_for_update
from desktop.core.store.db import Database

COUNTABLE = frozenset({State.RECEIVED})


@dataclass(frozen=True)
class Progress:
    number: str
    dealer_name: str
    state: State
    boxes_received: int
    box_count: int
    arrived_on: date | None
    missing: list[int]


@dataclass(frozen=True)
class AsideRow:
    at: datetime
    code: str
    reason: SetAsideReason
    request_number: str
    login: str


@dataclass(frozen=True)
class BoxRow:
    box_no: int
    code: str
    received_at: datetime | None
    login: str


@dataclass(frozen=True)
class CountRow:
    product_code: str
    product_name: str
    declared: int
    counted: int | None
    note: str

    @property
    def difference(self) -> int | None:
        return None if self.counted is None else self.counted - self.declared


def _for_depot(actor: Actor) -> object:
    return ReturnRequest.agent_org_id == actor.agent_id if actor.agent_id is not None \
        else ReturnRequest.agent_org_id.is_(None)


def receiving_progress(db: Database, actor: Actor) -> list[Progress]:
    """Requests shipped to this depot or being received: boxes in of boxes declared, and
    which boxes are still out (computed for requests being received)."""
    require(actor, Capability.RECEIVING)
    with db.read() as session:
        rows = session.execute(
            select(ReturnRequest.id, ReturnRequest.number, Organisation.name,
                   ReturnRequest.state, ReturnRequest.boxes_received, ReturnRequest.box_count,
                   ReturnRequest.arrived_on)
            .join(Organisation, Organisation.id == ReturnRequest.dealer_org_id)
            .where(ReturnRequest.state.in_([State.SHIPPED, State.RECEIVING]),
                   _for_depot(actor))  # type: ignore[arg-type]
            .order_by(ReturnRequest.id.desc()).limit(500)).all()
        receiving = [r.id for r in rows if r.state == State.RECEIVING]
        received: dict[int, set[int]] = {}
        for request_id, box_no in session.execute(
                select(BoxReceipt.request_id, Box.box_no).join(Box, Box.id == BoxReceipt.box_id)
                .where(BoxReceipt.request_id.in_(receiving))):
            received.setdefault(request_id, set()).add(box_no)
    return [Progress(r.number, r.name, r.state, r.boxes_received, r.box_count, r.arrived_on,
                     [k for k in range(1, r.box_count + 1) if k not in received.get(r.id, ())]
                     if r.state == State.RECEIVING else list(range(1, r.box_count + 1)))
            for r in rows]


def missing_boxes(db: Database, actor: Actor, on: date | None = None) -> list[Progress]:
    """Requests whose first box arrived more than the policy's days ago with boxes still out."""
    with db.read() as session:
        days = read_policy(session).receiving_missing_box_days
    today = on or datetime.now(UTC).astimezone().date()
    return [p for p in receiving_progress(db, actor) if p.state == State.RECEIVING
            and p.arrived_on is not None and today - p.arrived_on > timedelta(days=days)
            and p.missing]


def set_asides(db: Database, actor: Actor, limit: int = 200) -> list[AsideRow]:
    require(actor, Capability.RECEIVING)
    with db.read() as session:
        rows = session.scalars(select(SetAside).where(SetAside.depot_org_id == actor.org_id)
                               .order_by(SetAside.id.desc()).limit(limit)).all()
    return [AsideRow(a.at, a.code, a.reason, a.request_number, a.login) for a in rows]


def boxes_of(db: Database, actor: Actor, number: str) -> list[BoxRow]:
    with db.read() as session:
        request = visible_request(session, actor, number)
        rows = session.execute(
            select(Box, BoxReceipt).outerjoin(BoxReceipt, BoxReceipt.box_id == Box.id)
            .where(Box.request_id == request.id).order_by(Box.box_no)).all()
    return [BoxRow(b.box_no, b.code, r.received_at if r else None, r.login if r else "")
            for b, r in rows]


def count_sheet(db: Database, actor: Actor, number: str) -> list[CountRow]:
    """Declared quantity per model, and HQ's count where it has been made; a model HQ found
    that the dealer did not declare comes after them, declared 0."""
    with db.read() as session:
        request = visible_request(session, actor, number)
        declared = session.execute(
            select(Product.id, Product.code, Product.name, func.sum(ReturnLine.quantity))
            .join(ReturnLine, ReturnLine.product_id == Product.id)
            .where(ReturnLine.request_id == request.id)
            .group_by(Product.id, Product.code, Product.name).order_by(Product.code)).all()
        counted = {c.product_id: c for c in session.scalars(
            select(CountLine).where(CountLine.request_id == request.id))}
        found = session.execute(
            select(Product.id, Product.code, Product.name).where(
                Product.id.in_(set(counted) - {pid for pid, *_rest in declared}))
            .order_by(Product.code)).all() if counted else []
    return [CountRow(code, name, int(qty), counted[pid].counted if pid in counted else None,
                     counted[pid].note if pid in counted else "")
            for pid, code, name, qty in declared] + [
        CountRow(code, name, 0, counted[pid].counted, counted[pid].note)
        for pid, code, name in found]


def record_count(db: Database, actor: Actor, number: str, counted: dict[str, int],
                 notes: dict[str, str] | None = None) -> list[CountRow]:
    """HQ's count by model (L2): it prevails; every difference goes to the audit log.  A model
    the dealer did not declare (found in the boxes) is counted as declared 0."""
    require(actor, Capability.RECEIVING)
    notes = notes or {}
    sheet = {row.product_code: row for row in count_sheet(db, actor, number)}
    if any(q < 0 for q in counted.values()):
        raise InvalidInput(msg(QT_TRANSLATE_NOOP(
            "Messages", "A count cannot be negative.")), "counted")
    with db.write() as session:
        request = load_for_update(session, actor, number)
        if request.state not in COUNTABLE:
            raise Conflict(msg(QT_TRANSLATE_NOOP(
                "Messages", "Request {number} is {state}; it is counted once all boxes are in."),
                number=number, state=request.state.value))
        ids = dict(session.execute(select(Product.code, Product.id).where(
            Product.code.in_(list(counted)))).all())
        unknown = set(counted) - set(ids)
        if unknown:
            raise InvalidInput(msg(QT_TRANSLATE_NOOP(
                "Messages", "There is no product model {code}."),
                code=", ".join(sorted(unknown))), "counted")
        differences = {}
        for code, quantity in counted.items():
            row = session.get(CountLine, (request.id, ids[code]))
            declared = sheet[code].declared if code in sheet else 0  # found, not declared
            if row is None:
                row = CountLine(request_id=request.id, product_id=ids[code], declared=declared,
                                counted=quantity, counted_by=actor.login)
                session.add(row)
            row.counted, row.note = quantity, notes.get(code, "")[:200]
            row.counted_by, row.counted_at = actor.login, datetime.now(UTC)
            if quantity != declared:
                differences[code] = [declared, quantity]
        request.version += 1
        record(session, actor, "return.count", "return_request", number,
               "differences: " + ", ".join(f"{c} {d[0]}→{d[1]}" for c, d in differences.items())
               if differences else "count matches", {"count": differences})
        session.commit()
    return count_sheet(db, actor, number)
