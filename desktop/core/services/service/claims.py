"""Part replacement claims (配件更换核销, S4; seed 003 注1): a dealer that replaced a part in
the field from its turnover stock claims it with photos of the faulty part; the technical
department accepts on the photos or asks for the part back; the dealer keeps the faulty part
until HQ's write-off note (核销单) is issued, which replenishes (from HQ's stock) or credits the
dealer's turnover stock in the same transaction."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from decimal import Decimal

from sqlalchemy import select
from sqlalchemy.orm import Session

from desktop.core.errors import Conflict, InvalidInput
from desktop.core.i18n import QT_TRANSLATE_NOOP, Message, msg
from desktop.core.model import Organisation, Part, PartClaim, ServicePhoto
from desktop.core.rules.roles import Capability
from desktop.core.rules.service import CTX, ClaimState, Settle, may_discard
from desktop.core.services.kernel.actor import Actor, require
from desktop.core.services.kernel.audit import record
from desktop.core.services.kernel.lookup import find_by_number
from desktop.core.services.service.common import moment
from desktop.core.services.stock.ledger import find_part, hq_of, transfer_in_session
from desktop.core.store.db import Database

CLAIM_LABELS: dict[ClaimState, str] = {
    ClaimState.CLAIMED: QT_TRANSLATE_NOOP("Service", "Claimed"),
    ClaimState.PART_REQUESTED: QT_TRANSLATE_NOOP("Service", "Faulty part asked back"),
    ClaimState.ACCEPTED: QT_TRANSLATE_NOOP("Service", "Accepted"),
    ClaimState.WRITTEN_OFF: QT_TRANSLATE_NOOP("Service", "Written off"),
    ClaimState.REJECTED: QT_TRANSLATE_NOOP("Service", "Rejected"),
}


@dataclass(frozen=True)
class ClaimRow:
    number: str
    dealer: str
    part_no: str
    quantity: int
    serial: str
    reason: str
    state: ClaimState
    settle: Settle | None
    credit: Decimal
    may_discard: bool  # S4: false until the write-off note is issued
    version: int


def _scope(actor: Actor) -> object:
    return None if actor.is_hq else PartClaim.dealer_org_id == actor.org_id


def _load(session: Session, actor: Actor, number: str) -> PartClaim:
    return find_by_number(session, PartClaim, number, _scope(actor),  # type: ignore[arg-type]
                          msg(QT_TRANSLATE_NOOP("Messages", "No part claim {number}."),
                              number=number))


def file_part_claim(db: Database, actor: Actor, part_no: str, quantity: int, reason: str,
                    serial: str = "", now: datetime | None = None) -> str:
    """The dealer claims a part it replaced in the field from its turnover stock."""
    require(actor, Capability.PART_CLAIMS)
    if quantity < 1:
        raise InvalidInput(msg(QT_TRANSLATE_NOOP(
            "Messages", "The quantity must be at least 1.")), "quantity")
    at = moment(now)
    with db.write() as session:
        part = find_part(session, part_no)
        claim = PartClaim(number=f"TMP-{actor.user_id}-{at.timestamp()}",
                          dealer_org_id=actor.org_id, part_id=part.id, quantity=quantity,
                          serial=serial.strip()[:60], reason=reason.strip()[:400],
                          state=ClaimState.CLAIMED, claimed_by=actor.login, claimed_at=at,
                          version=1)
        session.add(claim)
        session.flush()
        claim.number = f"H{at:%y%m}{claim.id:06d}"
        record(session, actor, "claim.file", "part_claim", claim.number,
               f"{part.part_no} ×{quantity}")
        session.commit()
        return claim.number


def add_claim_photo(db: Database, actor: Actor, number: str, filename: str,
                    data: bytes) -> int:
    from desktop.core.services.returns.filing import make_thumbnail

    require(actor, Capability.PART_CLAIMS)
    thumbnail, mime = make_thumbnail(data)
    with db.write() as session:
        claim = _load(session, actor, number)
        photo = ServicePhoto(claim_id=claim.id, filename=filename[:200], mime=mime, data=data,
                             thumbnail=thumbnail, added_by=actor.login)
        session.add(photo)
        session.flush()
        record(session, actor, "claim.photo", "part_claim", claim.number, filename)
        session.commit()
        return photo.id


def _refuse(claim: PartClaim) -> Conflict:
    return Conflict(msg(QT_TRANSLATE_NOOP(
        "Messages", "Claim {number} is {state}; this step does not apply."),
        number=claim.number, state=Message(CLAIM_LABELS[claim.state], {}, CTX)))


def decide_part_claim(db: Database, actor: Actor, number: str, accept: bool | None,
                      note: str = "") -> None:
    """The technical department accepts on the photos (True), rejects (False) or asks for the
    faulty part back (None)."""
    require(actor, Capability.PART_CLAIMS_DECIDE)
    with db.write() as session:
        claim = _load(session, actor, number)
        if claim.state not in (ClaimState.CLAIMED, ClaimState.PART_REQUESTED):
            raise _refuse(claim)
        if accept is None and claim.state == ClaimState.PART_REQUESTED:
            raise _refuse(claim)
        claim.state = (ClaimState.PART_REQUESTED if accept is None else
                       ClaimState.ACCEPTED if accept else ClaimState.REJECTED)
        claim.decided_by, claim.note = actor.login, note.strip()[:400]
        claim.version += 1
        record(session, actor, f"claim.{claim.state.value}", "part_claim", claim.number,
               claim.state.value, reason=note.strip())
        session.commit()


def write_off_claim(db: Database, actor: Actor, number: str, settle: Settle,
                    now: datetime | None = None) -> ClaimRow:
    """HQ's write-off note (核销单): the dealer may now discard the part; its turnover stock
    is replenished from HQ (S3 ledger) or credited, in this one transaction."""
    require(actor, Capability.PART_CLAIMS_DECIDE)
    with db.write() as session:
        claim = _load(session, actor, number)
        if claim.state != ClaimState.ACCEPTED:
            raise _refuse(claim)
        part = session.get(Part, claim.part_id)
        dealer = session.get(Organisation, claim.dealer_org_id)
        assert part is not None
        assert dealer is not None
        claim.settle = Settle(settle)
        if claim.settle == Settle.REPLENISH:
            transfer_in_session(session, actor, hq_of(session), dealer, part, claim.quantity,
                                claim.number)
        else:
            claim.credit = part.unit_price * claim.quantity
        claim.state, claim.written_off_at = ClaimState.WRITTEN_OFF, moment(now)
        claim.version += 1
        record(session, actor, "claim.write_off", "part_claim", claim.number,
               f"{claim.settle.value} {part.part_no} ×{claim.quantity} {claim.credit}")
        session.commit()
        return _row(claim, dealer.code, part.part_no)


def _row(c: PartClaim, dealer: str, part_no: str) -> ClaimRow:
    return ClaimRow(c.number, dealer, part_no, c.quantity, c.serial, c.reason, c.state,
                    c.settle, c.credit, may_discard(c.state), c.version)


def list_part_claims(db: Database, actor: Actor) -> list[ClaimRow]:
    """The claims (a dealer's own), newest first, with which parts it may not discard yet."""
    if not actor.is_hq:
        require(actor, Capability.PART_CLAIMS)
    stmt = select(PartClaim, Organisation.code, Part.part_no).join(
        Organisation, Organisation.id == PartClaim.dealer_org_id).join(
        Part, Part.id == PartClaim.part_id).order_by(PartClaim.id.desc()).limit(1000)
    scope = _scope(actor)
    if scope is not None:
        stmt = stmt.where(scope)  # type: ignore[arg-type]
    with db.read() as session:
        return [_row(c, code, part_no) for c, code, part_no in session.execute(stmt).all()]
