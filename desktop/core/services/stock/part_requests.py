"""Dealers' part requests (S2): the dealer asks, customer service approves (the parts move from
HQ to the dealer in the same transaction) or refuses with a reason."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any

from sqlalchemy import select

from desktop.core.errors import Conflict, InvalidInput, NotAllowed
from desktop.core.i18n import QT_TRANSLATE_NOOP, msg
from desktop.core.model import Organisation, Part, PartRequest, PartRequestLine, PartRequestState
from desktop.core.rules.roles import Capability, Role
from desktop.core.services.kernel.actor import Actor, require
from desktop.core.services.kernel.audit import record
from desktop.core.services.kernel.listing import ListQuery, apply_text_filter
from desktop.core.services.kernel.lookup import Scope, check_version, find_by_number
from desktop.core.services.stock.ledger import find_part, hq_of, transfer_in_session
from desktop.core.store.db import Database

DECIDERS = frozenset({Role.CUSTOMER_SERVICE})


@dataclass(frozen=True)
class PartRequestRow:
    number: str
    dealer: str
    state: PartRequestState
    lines: str  # "DR-12 ×3, LS-T8 ×10"
    note: str
    answer: str
    created_at: datetime
    created_by: str
    version: int


def _scope(actor: Actor) -> Scope:
    return None if actor.is_hq else PartRequest.dealer_org_id == actor.org_id


def request_parts(db: Database, actor: Actor, lines: dict[str, int], note: str = "") -> str:
    """A dealer asks customer service for parts; returns the request number."""
    require(actor, Capability.STOCK)
    if actor.is_hq:
        raise NotAllowed(msg(QT_TRANSLATE_NOOP(
            "Messages", "Part requests come from dealers; HQ transfers directly.")))
    wanted = {code.strip().upper(): q for code, q in lines.items() if code.strip()}
    if not wanted:
        raise InvalidInput(msg(QT_TRANSLATE_NOOP(
            "Messages", "Add at least one part with a quantity.")), "lines")
    if any(q <= 0 for q in wanted.values()):
        raise InvalidInput(msg(QT_TRANSLATE_NOOP(
            "Messages", "The quantity must be at least 1.")), "lines")
    now = datetime.now(UTC)
    with db.write() as session:
        request = PartRequest(number=f"TMP-{actor.user_id}-{now.timestamp()}",
                              dealer_org_id=actor.org_id, state=PartRequestState.SUBMITTED,
                              note=note.strip()[:400], created_by=actor.login, created_at=now)
        for line_no, (code, quantity) in enumerate(sorted(wanted.items()), start=1):
            part = find_part(session, code, "lines")
            request.lines.append(PartRequestLine(line_no=line_no, part_id=part.id,
                                                 quantity=quantity))
        session.add(request)
        session.flush()
        request.number = f"P{now:%y%m}{request.id:06d}"
        record(session, actor, "parts.request", "part_request", request.number,
               ", ".join(f"{c} ×{q}" for c, q in sorted(wanted.items())), reason=note)
        session.commit()
        return request.number


def decide_part_request(db: Database, actor: Actor, number: str, approve: bool,
                        answer: str = "", shown_version: int | None = None) -> PartRequestState:
    """Customer service approves (HQ's parts go to the dealer, all or nothing) or refuses."""
    if actor.role not in DECIDERS:
        raise NotAllowed(msg(QT_TRANSLATE_NOOP(
            "Messages", "Customer service answers part requests.")))
    if not approve and not answer.strip():
        raise InvalidInput(msg(QT_TRANSLATE_NOOP(
            "Messages", "Give a reason: the dealer reads it.")), "answer")
    with db.write() as session:
        request = find_by_number(session, PartRequest, number, _scope(actor), msg(
            QT_TRANSLATE_NOOP("Messages", "No part request {number}."), number=number))
        check_version(request.version, shown_version)
        if request.state != PartRequestState.SUBMITTED:
            raise Conflict(msg(QT_TRANSLATE_NOOP(
                "Messages", "Part request {number} has already been answered."), number=number))
        if approve:
            hq = hq_of(session)
            dealer = session.get(Organisation, request.dealer_org_id)
            assert dealer is not None
            for line in request.lines:
                part = session.get(Part, line.part_id)
                assert part is not None
                transfer_in_session(session, actor, hq, dealer, part, line.quantity,
                                    request.number)
        request.state = PartRequestState.APPROVED if approve else PartRequestState.REJECTED
        request.answer, request.decided_by = answer.strip()[:400], actor.login
        request.decided_at = datetime.now(UTC)
        request.version += 1
        record(session, actor, f"parts.{request.state.value}", "part_request", number,
               request.state.value, reason=answer)
        session.commit()
        return request.state


def waiting(actor: Actor) -> list[Any]:
    """WHERE conditions of the requests waiting for customer service, as ``actor`` sees them
    (shared by the list and the day's count)."""
    scope = _scope(actor)
    found = PartRequest.state == PartRequestState.SUBMITTED
    return [found] if scope is None else [found, scope]


def list_part_requests(db: Database, actor: Actor, query: ListQuery,
                       only_waiting: bool = False) -> list[PartRequestRow]:
    """The requests ``actor`` sees, newest first; ``only_waiting``: those not yet decided."""
    require(actor, Capability.STOCK)
    stmt = (select(PartRequest, Organisation.name)
            .join(Organisation, Organisation.id == PartRequest.dealer_org_id))
    scope = _scope(actor)
    if scope is not None:
        stmt = stmt.where(scope)
    if only_waiting:
        stmt = stmt.where(*waiting(actor))
    stmt = apply_text_filter(stmt, query.text, PartRequest.number, Organisation.name,
                             Organisation.code)
    # Newest first: the keyset runs backwards over the number.
    if query.after is not None:
        stmt = stmt.where(PartRequest.number < query.after)
    stmt = stmt.order_by(PartRequest.number.desc()).limit(query.limit)
    with db.read() as session:
        found = session.execute(stmt).all()
        codes = dict(session.execute(select(Part.id, Part.part_no)).all())
        return [PartRequestRow(r.number, name, r.state,
                               ", ".join(f"{codes[x.part_id]} ×{x.quantity}" for x in r.lines),
                               r.note, r.answer, r.created_at, r.created_by, r.version)
                for r, name in found]
