"""The receiving desk (L3, L4): every scan is an idempotent event with an id made on the desk.

A box is received once: the unique index on ``box_receipt.box_id`` settles two clerks scanning
it at the same moment (``INSERT … ON CONFLICT DO NOTHING``), on SQLite and on PostgreSQL.  A
scan repeated with the same id (a retry after a dropped connection) gets the first answer again.
Anything that is not a box of an approved return bound for this depot is set aside, with why.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, datetime
from enum import StrEnum
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from desktop.core.i18n import QT_TRANSLATE_NOOP, Message
from desktop.core.model import Box, BoxReceipt, Organisation, ReturnRequest, SetAside
from desktop.core.model.boxes import SetAsideReason
from desktop.core.rules.boxcode import normalise, parse
from desktop.core.rules.roles import Capability
from desktop.core.rules.workflow import State
from desktop.core.services.context import Actor, record, require
from desktop.core.services.return_flow import stamp_arrival
from desktop.core.store.db import Database

RECEIVABLE = frozenset({State.APPROVED, State.FORWARDED_TO_AGENT, State.SHIPPED,
                        State.RECEIVING})
NOT_YET = frozenset({State.DRAFT, State.SUBMITTED, State.REVIEWED, State.REJECTED})


class Outcome(StrEnum):
    RECEIVED = "received"
    DUPLICATE = "duplicate"
    GARBLED = "garbled"
    UNKNOWN = "unknown"
    NOT_APPROVED = "not_approved"
    CANCELLED = "cancelled"
    OTHER_DEPOT = "other_depot"

    @property
    def accepted(self) -> bool:
        return self == Outcome.RECEIVED


@dataclass(frozen=True)
class ScanResult:
    outcome: Outcome
    code: str
    message: Message
    request_number: str = ""
    box_no: int = 0
    box_count: int = 0
    boxes_received: int = 0
    complete: bool = False
    replayed: bool = False


MESSAGES = {
    Outcome.RECEIVED: QT_TRANSLATE_NOOP(
        "Receiving", "Box {box} of {boxes} received — request {number}, {dealer}."),
    Outcome.DUPLICATE: QT_TRANSLATE_NOOP(
        "Receiving", "Already received on {at} by {login}: box {box} of {boxes}, request "
        "{number}. Not counted again."),
    Outcome.GARBLED: QT_TRANSLATE_NOOP(
        "Receiving", "{code} is not a ReturnDesk box code (misread or damaged label). Set the "
        "box aside."),
    Outcome.UNKNOWN: QT_TRANSLATE_NOOP(
        "Receiving", "No box {code} has been declared. Set the box aside."),
    Outcome.NOT_APPROVED: QT_TRANSLATE_NOOP(
        "Receiving", "Request {number} is not approved ({state}). Set the box aside, do not "
        "process it."),
    Outcome.CANCELLED: QT_TRANSLATE_NOOP(
        "Receiving", "Request {number} is cancelled. Set the box aside."),
    Outcome.OTHER_DEPOT: QT_TRANSLATE_NOOP(
        "Receiving", "This box of request {number} goes to {destination}, not here. Set it "
        "aside."),
}


def _message(outcome: Outcome, **fields: Any) -> Message:
    return Message(MESSAGES[outcome], fields, "Receiving")


def _insert_ignoring_conflict(session: Session, model: Any, values: dict[str, Any]) -> bool:
    """INSERT … ON CONFLICT DO NOTHING; True when the row went in."""
    if session.get_bind().dialect.name == "postgresql":
        from sqlalchemy.dialects.postgresql import insert
    else:
        from sqlalchemy.dialects.sqlite import insert  # type: ignore[assignment]
    statement = insert(model).values(**values).on_conflict_do_nothing().returning(model.id)
    # RETURNING, not rowcount: the ORM path may report -1 for a row count on PostgreSQL.
    return session.execute(statement).first() is not None


def receive_scan(db: Database, actor: Actor, scanned: str, scan_id: str,
                 now: datetime | None = None) -> ScanResult:
    """Receive one scanned box; every answer says what happened and what to do."""
    require(actor, Capability.RECEIVING)
    code = normalise(scanned)
    at = now or datetime.now(UTC)
    with db.write() as session:
        replay = _replay(session, scan_id)
        if replay is not None:
            return replay
        result = _receive(session, actor, code, scan_id, at)
        session.commit()
        return result


def _receive(session: Session, actor: Actor, code: str, scan_id: str,
             at: datetime) -> ScanResult:
    parsed = parse(code)
    if parsed is None:
        return _aside(session, actor, scan_id, code, Outcome.GARBLED, "", at,
                      {"code": code or "—"})
    box = session.scalars(select(Box).where(Box.code == code)).first()
    if box is None:
        return _aside(session, actor, scan_id, code, Outcome.UNKNOWN, parsed.request_number, at,
                      {"code": code})
    request = session.scalars(select(ReturnRequest).where(ReturnRequest.id == box.request_id)
                              .with_for_update()).one()
    refusal = _refusal(session, actor, request)
    if refusal is not None:
        outcome, fields = refusal
        return _aside(session, actor, scan_id, code, outcome, request.number, at,
                      {"number": request.number, **fields})
    inserted = _insert_ignoring_conflict(session, BoxReceipt, {
        "box_id": box.id, "request_id": request.id, "scan_id": scan_id, "received_at": at,
        "login": actor.login, "depot_org_id": actor.org_id})
    if not inserted:
        return _duplicate(session, box, request, code)
    return _count_in(session, actor, request, box, code, at)


def _refusal(session: Session, actor: Actor,
             request: ReturnRequest) -> tuple[Outcome, dict[str, Any]] | None:
    if request.state == State.CANCELLED:
        return Outcome.CANCELLED, {}
    if request.state in NOT_YET:
        return Outcome.NOT_APPROVED, {"state": request.state.value}
    if request.agent_org_id != actor.agent_id:
        target = session.get(Organisation, request.agent_org_id) if request.agent_org_id else None
        return Outcome.OTHER_DEPOT, {"destination": target.name if target else "HQ"}
    return None


def _count_in(session: Session, actor: Actor, request: ReturnRequest, box: Box, code: str,
              at: datetime) -> ScanResult:
    dealer = session.get(Organisation, request.dealer_org_id)
    before = request.state
    request.boxes_received += 1
    if request.state != State.RECEIVING and request.state in RECEIVABLE:
        request.state = State.RECEIVING
        stamp_arrival(session, request, at)
    complete = request.boxes_received >= request.box_count
    if complete:
        request.state = State.RECEIVED
    request.version += 1
    if request.state != before:
        record(session, actor, "return.receive_scan", "return_request", request.number,
               f"box {box.box_no}/{request.box_count}",
               {"state": [before.value, request.state.value]})
    return ScanResult(Outcome.RECEIVED, code, _message(
        Outcome.RECEIVED, box=box.box_no, boxes=request.box_count, number=request.number,
        dealer=dealer.name if dealer else ""), request.number, box.box_no, request.box_count,
        request.boxes_received, complete)


def _duplicate(session: Session, box: Box, request: ReturnRequest, code: str) -> ScanResult:
    receipt = session.scalars(select(BoxReceipt).where(BoxReceipt.box_id == box.id)).one()
    when = receipt.received_at.astimezone().strftime("%Y-%m-%d %H:%M:%S")
    return ScanResult(Outcome.DUPLICATE, code, _message(
        Outcome.DUPLICATE, at=when, login=receipt.login, box=box.box_no,
        boxes=request.box_count, number=request.number), request.number, box.box_no,
        request.box_count, request.boxes_received, request.boxes_received >= request.box_count)


def _aside(session: Session, actor: Actor, scan_id: str, code: str, outcome: Outcome,
           number: str, at: datetime, fields: dict[str, Any]) -> ScanResult:
    _insert_ignoring_conflict(session, SetAside, {
        "scan_id": scan_id, "code": code[:80], "reason": SetAsideReason(outcome.value),
        "request_number": number, "at": at, "login": actor.login,
        "depot_org_id": actor.org_id})
    return ScanResult(outcome, code, _message(outcome, **fields), number)


def _replay(session: Session, scan_id: str) -> ScanResult | None:
    """The answer a scan id already got: a retried scan is recognised, not doubled."""
    receipt = session.scalars(select(BoxReceipt).where(BoxReceipt.scan_id == scan_id)).first()
    if receipt is not None:
        box = session.get(Box, receipt.box_id)
        request = session.get(ReturnRequest, receipt.request_id)
        assert box is not None
        assert request is not None
        dealer = session.get(Organisation, request.dealer_org_id)
        return ScanResult(Outcome.RECEIVED, box.code, _message(
            Outcome.RECEIVED, box=box.box_no, boxes=request.box_count, number=request.number,
            dealer=dealer.name if dealer else ""), request.number, box.box_no,
            request.box_count, request.boxes_received,
            request.boxes_received >= request.box_count, replayed=True)
    aside = session.scalars(select(SetAside).where(SetAside.scan_id == scan_id)).first()
    if aside is not None:
        outcome = Outcome(aside.reason.value)
        return ScanResult(outcome, aside.code, _message(
            outcome, code=aside.code, number=aside.request_number, state="",
            destination=""), aside.request_number, replayed=True)
    return None
