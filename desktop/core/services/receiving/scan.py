"""The receiving desk (L3, L4): every scan is an idempotent event with an id made on the desk.

A box is received once: the unique index on ``box_receipt.box_id`` settles two clerks scanning
it at the same moment (``INSERT … ON CONFLICT DO NOTHING``), on SQLite and on PostgreSQL.  A
scan repeated with the same id (a retry after a dropped connection) hits the unique scan id and
gets its first answer again; a refused scan is set aside once per scan id.
Anything that is not a box of an approved return bound for this depot is set aside, with why.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import UTC, datetime, timedelta
from enum import StrEnum
from typing import Any

from sqlalchemy import Connection, bindparam, select, update
from sqlalchemy.orm import Session

from desktop.core.errors import InvalidInput
from desktop.core.i18n import QT_TRANSLATE_NOOP, Message, msg
from desktop.core.model import Box, BoxReceipt, Organisation, ReturnRequest, SetAside
from desktop.core.model.boxes import SetAsideReason
from desktop.core.rules.boxcode import normalise, parse
from desktop.core.rules.roles import Capability
from desktop.core.rules.workflow import STATE_LABELS, State
from desktop.core.services.kernel.actor import Actor, require
from desktop.core.services.kernel.audit import record
from desktop.core.services.returns.flow import stamp_arrival
from desktop.core.store.db import Database

RECEIVABLE = frozenset({State.APPROVED, State.FORWARDED_TO_AGENT, State.SHIPPED,
                        State.RECEIVING})
NOT_YET = frozenset({State.DRAFT, State.SUBMITTED, State.REVIEWED, State.REJECTED})


class ScanOutcome(StrEnum):
    RECEIVED = "received"
    DUPLICATE = "duplicate"
    GARBLED = "garbled"
    UNKNOWN = "unknown"
    NOT_APPROVED = "not_approved"
    CANCELLED = "cancelled"
    OTHER_DEPOT = "other_depot"

    @property
    def accepted(self) -> bool:
        return self == ScanOutcome.RECEIVED


@dataclass(frozen=True)
class ScanResult:
    outcome: ScanOutcome
    code: str
    message: Message
    request_number: str = ""
    box_no: int = 0
    box_count: int = 0
    boxes_received: int = 0
    complete: bool = False
    replayed: bool = False
    at: datetime | None = None  # when this scan was made (a box that waited: its scan time)
    received_by: str = ""  # a duplicate: the login of the clerk who received the box


MESSAGES = {
    ScanOutcome.RECEIVED: QT_TRANSLATE_NOOP(
        "Receiving", "Box {box} of {boxes} received — request {number}, {dealer}."),
    ScanOutcome.DUPLICATE: QT_TRANSLATE_NOOP(
        "Receiving", "Already received on {at} by {login}: box {box} of {boxes}, request "
        "{number}. Not counted again."),
    ScanOutcome.GARBLED: QT_TRANSLATE_NOOP(
        "Receiving", "{code} is not a ReturnDesk box code (misread or damaged label). Set the "
        "box aside."),
    ScanOutcome.UNKNOWN: QT_TRANSLATE_NOOP(
        "Receiving", "No box {code} has been declared. Set the box aside."),
    ScanOutcome.NOT_APPROVED: QT_TRANSLATE_NOOP(
        "Receiving", "Request {number} is not approved ({state}). Set the box aside, do not "
        "process it."),
    ScanOutcome.CANCELLED: QT_TRANSLATE_NOOP(
        "Receiving", "Request {number} is cancelled. Set the box aside."),
    ScanOutcome.OTHER_DEPOT: QT_TRANSLATE_NOOP(
        "Receiving", "This box of request {number} goes to {destination}, not here. Set it "
        "aside."),
}


def _message(outcome: ScanOutcome, **fields: Any) -> Message:
    return Message(MESSAGES[outcome], fields, "Receiving")


# The scan path's statements, built once (building them per scan cost more than running them).
FIND_BOX = (
    select(Box.id, Box.box_no, ReturnRequest.id.label("request_id"), ReturnRequest.number,
           ReturnRequest.state, ReturnRequest.agent_org_id, ReturnRequest.box_count,
           Organisation.name.label("dealer"))
    .join(ReturnRequest, ReturnRequest.id == Box.request_id)
    .join(Organisation, Organisation.id == ReturnRequest.dealer_org_id)
    .where(Box.code == bindparam("code")).with_for_update(of=ReturnRequest))
FIND_REQUEST = (select(ReturnRequest.state, ReturnRequest.agent_org_id)
                .where(ReturnRequest.number == bindparam("number")))
COUNT_IN = (
    update(ReturnRequest).where(ReturnRequest.id == bindparam("rid"))
    .values(boxes_received=ReturnRequest.boxes_received + 1, version=ReturnRequest.version + 1)
    .returning(ReturnRequest.boxes_received))
_INSERTS: dict[tuple[str, str], Any] = {}


def _insert_ignoring(connection: Connection, model: Any) -> Any:
    """``INSERT … ON CONFLICT DO NOTHING RETURNING id`` for ``model`` in this dialect, built
    once (RETURNING, not rowcount: a driver may report -1 for a row count)."""
    key = (connection.dialect.name, model.__tablename__)
    if key not in _INSERTS:
        if key[0] == "postgresql":
            from sqlalchemy.dialects.postgresql import insert
        else:
            from sqlalchemy.dialects.sqlite import insert  # type: ignore[assignment]
        _INSERTS[key] = insert(model).on_conflict_do_nothing().returning(model.id)
    return _INSERTS[key]


# A scan the database could not take is sent again, with its own scan id, after these seconds
# (the desk then keeps trying at the last interval; the command line gives up after them).
RETRY_AFTER_S = (1, 2, 5)

SCAN_ID_LENGTH = 40  # box_receipt.scan_id and set_aside.scan_id


def new_scan_id(desk: str) -> str:
    """An id made on the desk for one scan: the desk's name (cut to 16) and 20 random hex
    digits, never longer than the column that keeps it."""
    import re
    import uuid

    name = re.sub(r"[^A-Za-z0-9_.-]", "", desk)[:16] or "desk"
    return f"{name}-{uuid.uuid4().hex[:20]}"


OLDEST_SCAN = timedelta(days=30)  # a scan kept on a desk longer than this is not taken


def receive_scan(db: Database, actor: Actor, scanned: str, scan_id: str,
                 scanned_at: datetime | None = None, now: datetime | None = None) -> ScanResult:
    """Receive one scanned box; every answer says what happened and what to do.

    ``scanned_at``: when the desk scanned it, for a scan that waited in the desk's queue while
    the database (or the server) was away: the box is received at that time, which starts
    HQ's clock.  A desk clock ahead of this one is not believed (the time is capped at now)."""
    require(actor, Capability.RECEIVING)
    if not 0 < len(scan_id) <= SCAN_ID_LENGTH:
        raise InvalidInput(msg(QT_TRANSLATE_NOOP(
            "Messages", "A scan id has 1 to {n} characters."), n=SCAN_ID_LENGTH), "scan_id")
    code = normalise(scanned)
    clock = now or datetime.now(UTC)
    at = clock if scanned_at is None else min(scanned_at, clock)
    if clock - at > OLDEST_SCAN:
        raise InvalidInput(msg(QT_TRANSLATE_NOOP(
            "Messages", "This scan was made on {day}, more than {days} days ago; it is not "
            "taken. Scan the box again."), day=at.date().isoformat(),
            days=OLDEST_SCAN.days), "scanned_at")
    with db.write_connection() as connection:
        result = _receive(connection, actor, code, scan_id, at)
        connection.commit()
        return replace(result, at=at)


def _receive(connection: Connection, actor: Actor, code: str, scan_id: str,
             at: datetime) -> ScanResult:
    """The hot path, in Core statements on one connection: one select (locking the request on
    PostgreSQL), the insert, one counter update; the state changes and the audit only on the
    first and last box."""
    parsed = parse(code)
    if parsed is None:
        return _aside(connection, actor, scan_id, code, ScanOutcome.GARBLED, "", at,
                      {"code": code or "—"})
    row = connection.execute(FIND_BOX, {"code": code}).first()
    if row is None:
        return _undeclared(connection, actor, scan_id, code, parsed.request_number, at)
    refusal = _refusal(connection, actor, row.state, row.agent_org_id)
    if refusal is not None:
        outcome, fields = refusal
        return _aside(connection, actor, scan_id, code, outcome, row.number, at,
                      {"number": row.number, **fields})
    inserted = connection.execute(_insert_ignoring(connection, BoxReceipt), {
        "box_id": row.id, "request_id": row.request_id, "scan_id": scan_id, "received_at": at,
        "login": actor.login, "depot_org_id": actor.org_id}).first() is not None
    if not inserted:
        return _not_inserted(connection, row, code, scan_id)
    received = connection.execute(COUNT_IN, {"rid": row.request_id}).scalar_one()
    complete = received >= row.box_count
    if row.state != State.RECEIVING or complete:
        _advance(connection, actor, row.request_id, complete,
                 f"box {row.box_no}/{row.box_count}", at)
    return ScanResult(ScanOutcome.RECEIVED, code, _message(
        ScanOutcome.RECEIVED, box=row.box_no, boxes=row.box_count, number=row.number,
        dealer=row.dealer), row.number, row.box_no, row.box_count, received, complete)


def _undeclared(connection: Connection, actor: Actor, scan_id: str, code: str, number: str,
                at: datetime) -> ScanResult:
    """A well-formed code with no box behind it: its request says why, when there is one (not
    approved yet, cancelled, bound for an agent: none of them has boxes here), else it is
    unknown."""
    request = connection.execute(FIND_REQUEST, {"number": number}).first()
    refusal = (None if request is None
               else _refusal(connection, actor, request.state, request.agent_org_id))
    if refusal is None:
        return _aside(connection, actor, scan_id, code, ScanOutcome.UNKNOWN, number, at,
                      {"code": code})
    outcome, fields = refusal
    return _aside(connection, actor, scan_id, code, outcome, number, at,
                  {"number": number, **fields})


def _refusal(connection: Connection, actor: Actor, state: State,
             agent_org_id: int | None) -> tuple[ScanOutcome, dict[str, Any]] | None:
    if state == State.CANCELLED:
        return ScanOutcome.CANCELLED, {}
    if state in NOT_YET:
        return ScanOutcome.NOT_APPROVED, {
            "state": Message(STATE_LABELS[state], {}, "Workflow")}
    if agent_org_id != actor.agent_id:
        target = connection.execute(select(Organisation.name).where(
            Organisation.id == agent_org_id)).scalar() if agent_org_id else None
        return ScanOutcome.OTHER_DEPOT, {"destination": target or Message(
            QT_TRANSLATE_NOOP("Receiving", "HQ's warehouse"), {}, "Receiving")}
    return None


def _advance(connection: Connection, actor: Actor, request_id: int, complete: bool,
             summary: str, at: datetime) -> None:
    """The first box starts HQ's clock (receiving); the last one makes the request received.
    Twice per request, so the ORM (the clock, the audit entry) in the scan's transaction."""
    with Session(bind=connection) as session:
        request = session.get(ReturnRequest, request_id)
        assert request is not None
        before = request.state
        if request.state in RECEIVABLE and request.state != State.RECEIVING:
            request.state = State.RECEIVING
            stamp_arrival(session, request, at)
        if complete:
            request.state = State.RECEIVED
        if request.state != before:
            record(session, actor, "return.receive_scan", "return_request", request.number,
                   summary, {"state": [before.value, request.state.value]})
        session.flush()


def _not_inserted(connection: Connection, row: Any, code: str, scan_id: str) -> ScanResult:
    """Either this very scan id came again (a retry: its first answer) or the box is in."""
    receipt = connection.execute(
        select(BoxReceipt.scan_id, BoxReceipt.received_at, BoxReceipt.login)
        .where(BoxReceipt.box_id == row.id)).one()
    received, box_count = connection.execute(
        select(ReturnRequest.boxes_received, ReturnRequest.box_count)
        .where(ReturnRequest.id == row.request_id)).one()
    if receipt.scan_id == scan_id:
        return ScanResult(ScanOutcome.RECEIVED, code, _message(
            ScanOutcome.RECEIVED, box=row.box_no, boxes=box_count, number=row.number,
            dealer=row.dealer), row.number, row.box_no, box_count, received,
            received >= box_count, replayed=True)
    when = receipt.received_at
    when = (when if when.tzinfo else when.replace(tzinfo=UTC)).astimezone()
    return ScanResult(ScanOutcome.DUPLICATE, code, _message(
        ScanOutcome.DUPLICATE, at=when.strftime("%Y-%m-%d %H:%M:%S"), login=receipt.login,
        box=row.box_no, boxes=box_count, number=row.number), row.number, row.box_no, box_count,
        received, received >= box_count, received_by=receipt.login)


def _aside(connection: Connection, actor: Actor, scan_id: str, code: str, outcome: ScanOutcome,
           number: str, at: datetime, fields: dict[str, Any]) -> ScanResult:
    connection.execute(_insert_ignoring(connection, SetAside), {
        "scan_id": scan_id, "code": code[:80], "reason": SetAsideReason(outcome.value),
        "request_number": number, "at": at, "login": actor.login,
        "depot_org_id": actor.org_id})
    return ScanResult(outcome, code, _message(outcome, **fields), number)
