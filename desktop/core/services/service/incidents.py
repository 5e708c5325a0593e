"""Major quality incident applications (重大质量事故处理申请表, C4): replacement of a whole
product, a refund or compensation, with the amount, the justification and photos; approved or
rejected by management only, the decision and its reason in the audit trail."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from decimal import Decimal

from sqlalchemy import select
from sqlalchemy.orm import Session

from desktop.core.errors import Conflict, InvalidInput
from desktop.core.i18n import QT_TRANSLATE_NOOP, msg
from desktop.core.model import Incident, Product, ServiceCase, ServicePhoto
from desktop.core.rules.roles import Capability
from desktop.core.rules.service import IncidentKind, IncidentState
from desktop.core.services.kernel.actor import Actor, require
from desktop.core.services.kernel.audit import record
from desktop.core.services.kernel.lookup import check_version, find_by_number
from desktop.core.services.service.common import load_case, moment
from desktop.core.store.db import Database


@dataclass(frozen=True)
class IncidentRow:
    number: str
    case_number: str
    customer: str
    model: str
    kind: IncidentKind
    amount: Decimal
    justification: str
    state: IncidentState
    applied_by: str
    applied_at: datetime
    decided_by: str
    decided_at: datetime | None
    decision_reason: str
    version: int
    photos: list[bytes]


def apply_incident(db: Database, actor: Actor, case_number: str, kind: IncidentKind,
                   amount: Decimal, justification: str, now: datetime | None = None) -> str:
    """Customer service applies for a whole-product replacement, a refund or compensation."""
    require(actor, Capability.INCIDENT_APPLY)
    if amount < 0:
        raise InvalidInput(msg(QT_TRANSLATE_NOOP(
            "Messages", "The amount cannot be negative.")), "amount")
    if not justification.strip():
        raise InvalidInput(msg(QT_TRANSLATE_NOOP(
            "Messages", "Give the justification.")), "justification")
    at = moment(now)
    with db.write() as session:
        case = load_case(session, actor, case_number)
        incident = Incident(number=f"TMP-{actor.user_id}-{at.timestamp()}", case_id=case.id,
                            kind=IncidentKind(kind), amount=Decimal(amount),
                            justification=justification.strip(), state=IncidentState.APPLIED,
                            applied_by=actor.login, applied_at=at, version=1)
        session.add(incident)
        session.flush()
        incident.number = f"Q{at:%y%m}{incident.id:06d}"
        record(session, actor, "incident.apply", "quality_incident", incident.number,
               f"{case.number} {incident.kind.value} {incident.amount}")
        session.commit()
        return incident.number


def _load(session: Session, actor: Actor, number: str) -> Incident:
    incident = find_by_number(session, Incident, number, None, msg(
        QT_TRANSLATE_NOOP("Messages", "No incident application {number}."), number=number))
    case = session.get(ServiceCase, incident.case_id)
    assert case is not None
    load_case(session, actor, case.number)  # the same refusal for one the actor may not see
    return incident


def decide_incident(db: Database, actor: Actor, number: str, approve: bool, reason: str,
                    shown_version: int | None = None, now: datetime | None = None) -> None:
    """Management approves or rejects, always with its reason (kept in the audit trail)."""
    require(actor, Capability.INCIDENT_DECIDE)
    if not reason.strip():
        raise InvalidInput(msg(QT_TRANSLATE_NOOP(
            "Messages", "Give the reason for the decision.")), "reason")
    with db.write() as session:
        incident = _load(session, actor, number)
        check_version(incident.version, shown_version)
        if incident.state != IncidentState.APPLIED:
            raise Conflict(msg(QT_TRANSLATE_NOOP(
                "Messages", "{number} has been decided already."), number=incident.number))
        incident.state = IncidentState.APPROVED if approve else IncidentState.REJECTED
        incident.decided_by, incident.decided_at = actor.login, moment(now)
        incident.decision_reason, incident.version = reason.strip()[:400], incident.version + 1
        record(session, actor, f"incident.{incident.state.value}", "quality_incident",
               incident.number, incident.state.value, reason=reason.strip())
        session.commit()


def add_incident_photo(db: Database, actor: Actor, number: str, filename: str,
                       data: bytes) -> int:
    from desktop.core.services.returns.filing import make_thumbnail

    require(actor, Capability.INCIDENT_APPLY)
    thumbnail, mime = make_thumbnail(data)
    with db.write() as session:
        incident = _load(session, actor, number)
        photo = ServicePhoto(incident_id=incident.id, filename=filename[:200], mime=mime,
                             data=data, thumbnail=thumbnail, added_by=actor.login)
        session.add(photo)
        session.flush()
        record(session, actor, "incident.photo", "quality_incident", incident.number, filename)
        session.commit()
        return photo.id


def _rows(session: Session, incidents: list[Incident]) -> list[IncidentRow]:
    out = []
    for i in incidents:
        case = session.get(ServiceCase, i.case_id)
        assert case is not None
        product = session.get(Product, case.product_id)
        photos = list(session.scalars(select(ServicePhoto.thumbnail).where(
            ServicePhoto.incident_id == i.id).order_by(ServicePhoto.id)))
        out.append(IncidentRow(i.number, case.number, case.customer,
                               product.code if product else "", i.kind, i.amount,
                               i.justification, i.state, i.applied_by, i.applied_at,
                               i.decided_by, i.decided_at, i.decision_reason, i.version,
                               photos))
    return out


def list_incidents(db: Database, actor: Actor,
                   state: IncidentState | None = None) -> list[IncidentRow]:
    """The applications (management's approvals: ``state=applied``), newest first."""
    if not actor.is_hq:
        require(actor, Capability.INCIDENT_DECIDE)
    require(actor, Capability.SERVICE_VIEW)
    stmt = select(Incident).order_by(Incident.id.desc()).limit(500)
    if state is not None:
        stmt = stmt.where(Incident.state == IncidentState(state))
    with db.read() as session:
        return _rows(session, list(session.scalars(stmt)))


def get_incident(db: Database, actor: Actor, number: str) -> IncidentRow:
    require(actor, Capability.SERVICE_VIEW)
    with db.read() as session:
        return _rows(session, [_load(session, actor, number)])[0]
