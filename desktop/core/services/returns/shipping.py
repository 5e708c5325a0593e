"""Shipping a return (L1): the dealer declares the boxes, the carrier and the waybill; the
labels carry what the seed asks (收货单位, 收货人, 退货单位, 总件数, 箱号, 共N件, 第k件)."""

from __future__ import annotations

from datetime import UTC, datetime

from sqlalchemy import delete, func, select
from sqlalchemy.orm import Session

from desktop.core.errors import Conflict, InvalidInput
from desktop.core.i18n import QT_TRANSLATE_NOOP, msg
from desktop.core.model import Box, BoxReceipt, Organisation, ReturnRequest
from desktop.core.rules.boxcode import box_code
from desktop.core.rules.roles import Capability, OrgKind
from desktop.core.rules.workflow import Action, State, step_for
from desktop.core.services.kernel.actor import Actor, require
from desktop.core.services.kernel.audit import record
from desktop.core.services.kernel.lookup import check_version
from desktop.core.services.kernel.scope import visible_request
from desktop.core.services.returns.filing import load_for_update
from desktop.core.store.db import Database
from reports.labels import BoxLabel

SHIPPABLE = frozenset({State.APPROVED, State.FORWARDED_TO_AGENT, State.SHIPPED})
MAX_BOXES = 999


def declare_shipment(db: Database, actor: Actor, number: str, box_count: int,
                     carrier_code: str, waybill: str, shown_version: int | None = None,
                     now: datetime | None = None) -> list[str]:
    """Declare ``box_count`` boxes and mark the request shipped; returns the box codes.

    The boxes may be declared again (another count, another carrier) until the first box is
    received; box k keeps its code, so labels already on boxes stay valid.
    """
    require(actor, Capability.RETURNS_OWN)
    if not 1 <= box_count <= MAX_BOXES:
        raise InvalidInput(msg(QT_TRANSLATE_NOOP(
            "Messages", "A return has 1 to {most} boxes."), most=MAX_BOXES), "box_count")
    at = now or datetime.now(UTC)
    with db.write() as session:
        request = load_for_update(session, actor, number)
        check_version(request.version, shown_version)
        if request.dealer_org_id != actor.org_id or request.state not in SHIPPABLE:
            raise Conflict(msg(QT_TRANSLATE_NOOP(
                "Messages", "Request {number} cannot be shipped now ({state})."),
                number=number, state=request.state.value))
        if session.scalar(select(func.count(BoxReceipt.id)).where(
                BoxReceipt.request_id == request.id)):
            raise Conflict(msg(QT_TRANSLATE_NOOP(
                "Messages", "Boxes of {number} are already being received; the shipment can "
                "no longer change."), number=number))
        carrier = session.scalars(select(Organisation).where(
            Organisation.code == carrier_code.strip().upper(),
            Organisation.kind == OrgKind.CARRIER)).first()
        if carrier is None:
            raise InvalidInput(msg(QT_TRANSLATE_NOOP(
                "Messages", "Choose the carrier.")), "carrier")
        if not waybill.strip():
            raise InvalidInput(msg(QT_TRANSLATE_NOOP(
                "Messages", "Give the waybill number.")), "waybill")
        _sync_boxes(session, request, box_count)
        before = request.state
        if request.state != State.SHIPPED:
            step = step_for(Action.SHIP, request.state, actor.role)
            assert step is not None
            request.state = State.SHIPPED
        request.carrier_org_id, request.waybill = carrier.id, waybill.strip()
        request.box_count, request.shipped_at = box_count, at
        request.version += 1
        record(session, actor, "return.ship", "return_request", number,
               f"{box_count} boxes, {carrier.name} {waybill.strip()}",
               {"state": [before.value, request.state.value], "boxes": box_count})
        session.commit()
    return [box_code(number, k) for k in range(1, box_count + 1)]


def _sync_boxes(session: Session, request: ReturnRequest, box_count: int) -> None:
    """Boxes 1..box_count exist; box k keeps its code when the count changes."""
    session.execute(delete(Box).where(Box.request_id == request.id, Box.box_no > box_count))
    present = set(session.scalars(select(Box.box_no).where(Box.request_id == request.id)))
    for box_no in range(1, box_count + 1):
        if box_no not in present:
            session.add(Box(request_id=request.id, box_no=box_no,
                            code=box_code(request.number, box_no)))


def label_data(db: Database, actor: Actor, number: str) -> list[BoxLabel]:
    """The labels of a shipped request, one per box."""
    with db.read() as session:
        request = visible_request(session, actor, number)
        boxes = session.scalars(select(Box).where(Box.request_id == request.id)
                                .order_by(Box.box_no)).all()
        if not boxes:
            raise Conflict(msg(QT_TRANSLATE_NOOP(
                "Messages", "Request {number} has no boxes yet; declare the shipment first."),
                number=number))
        dealer = session.get(Organisation, request.dealer_org_id)
        destination = destination_of(session, request)
        carrier = session.get(Organisation, request.carrier_org_id) \
            if request.carrier_org_id else None
        assert dealer is not None
        shipped = request.shipped_at.astimezone().strftime("%Y-%m-%d") \
            if request.shipped_at else ""
        return [BoxLabel(
            number, box.code, box.box_no, len(boxes), request.total_quantity,
            destination.name, destination.contact_person, destination.phone,
            destination.address, dealer.name, dealer.contact_person, dealer.phone,
            carrier.name if carrier else "", request.waybill, shipped) for box in boxes]


def destination_of(session: Session, request: ReturnRequest) -> Organisation:
    """Where the boxes go: the agent's depot for a distributor (A1), else HQ's depot."""
    parent = request.agent_org_id
    if parent is None:
        parent = session.scalar(select(Organisation.id).where(Organisation.kind == OrgKind.HQ)
                                .order_by(Organisation.id).limit(1))
    depot = session.scalars(select(Organisation).where(
        Organisation.kind == OrgKind.DEPOT, Organisation.parent_id == parent)
        .order_by(Organisation.id)).first()
    fallback = session.get(Organisation, parent)
    found = depot or fallback
    assert found is not None
    return found
