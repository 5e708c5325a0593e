"""Transport exception records (X1–X3): whoever received the shipment records it; the order
department decides; a late report is kept, marked late, and may be accepted with a reason."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import UTC, date, datetime
from decimal import Decimal, InvalidOperation
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from desktop.core.errors import Conflict, InvalidInput, NotAllowed
from desktop.core.i18n import QT_TRANSLATE_NOOP, Message, msg
from desktop.core.model import Organisation, Product, TransportException, TransportLine
from desktop.core.model.transport import TransportPhoto
from desktop.core.rules.roles import Capability, OrgKind, Role
from desktop.core.rules.transport import (
    STATE_LABELS,
    Decision,
    Direction,
    ExceptionKind,
    ExceptionState,
    decision_blocker,
    decisions_for,
    late_message,
    report_deadline,
    return_blocker,
)
from desktop.core.services.admin.catalogue import find_product
from desktop.core.services.kernel.actor import Actor, require
from desktop.core.services.kernel.audit import diff, record
from desktop.core.services.kernel.listing import ListQuery, after_id, apply_text_filter
from desktop.core.services.kernel.lookup import Scope, check_version, find_by_number
from desktop.core.services.kernel.policy import read_calendar, read_policy
from desktop.core.store.db import Database


@dataclass(frozen=True)
class ExceptionForm:
    kind: ExceptionKind
    received_on: date
    lines: tuple[tuple[str, int], ...]
    reference: str = ""
    carrier_code: str = ""
    waybill: str = ""
    description: str = ""
    signer_name: str = ""
    carrier_signed: bool = False
    responsible_party: str = ""
    direction: Direction = Direction.DELIVERY


@dataclass(frozen=True)
class ExceptionRow:
    id: int
    number: str
    org_name: str
    kind: ExceptionKind
    received_on: date
    reported_on: date
    state: ExceptionState
    decision: Decision | None
    amount: Decimal | None
    version: int


@dataclass(frozen=True)
class ExceptionDetail:
    row: ExceptionRow
    org_code: str
    reference: str
    carrier: str
    waybill: str
    description: str
    signer_name: str
    carrier_signed: bool
    responsible_party: str
    late_reason: str
    decision_note: str
    decided_by: str
    lines: list[tuple[str, str, int]]
    photos: list[tuple[int, str, bytes, bool]] = field(default_factory=list)
    blocker: Message | None = None  # why it cannot become a return yet (X2)
    direction: Direction = Direction.DELIVERY
    return_number: str = ""


def _scope(actor: Actor) -> Scope:
    if actor.role == Role.REGIONAL_MANAGER:
        return TransportException.region_id == actor.region_id
    if actor.is_hq and actor.role != Role.WAREHOUSE:
        return None
    return TransportException.org_id == actor.org_id


def record_exception(db: Database, actor: Actor, form: ExceptionForm,
                     today: date | None = None) -> str:
    """Record what the receiver found; a report after the deadline is kept as late (X1)."""
    require(actor, Capability.TRANSPORT)
    reported = today or datetime.now(UTC).astimezone().date()
    _validate(form, reported)
    with db.write() as session:
        org = session.get(Organisation, actor.org_id)
        assert org is not None
        carrier = _carrier(session, form.carrier_code)
        days = read_policy(session).transport_report_working_days
        deadline = report_deadline(read_calendar(session), form.received_on, days)
        exception = TransportException(
            number=f"TMP-{actor.user_id}-{datetime.now(UTC).timestamp()}", org_id=org.id,
            region_id=org.region_id, direction=Direction(form.direction),
            reference=form.reference.strip(),
            carrier_org_id=carrier.id if carrier else None, waybill=form.waybill.strip(),
            received_on=form.received_on, reported_on=reported, kind=ExceptionKind(form.kind),
            description=form.description.strip(), signer_name=form.signer_name.strip(),
            carrier_signed=form.carrier_signed,
            responsible_party=form.responsible_party.strip(),
            state=ExceptionState.LATE if reported > deadline else ExceptionState.RECORDED,
            created_by=actor.login, version=1)
        session.add(exception)
        for number, (code, quantity) in enumerate(form.lines, start=1):
            exception.lines.append(TransportLine(
                line_no=number, product_id=find_product(session, code).id, quantity=quantity))
        session.flush()
        exception.number = f"T{reported:%y%m}{exception.id:06d}"
        late = "" if reported <= deadline else late_message(
            form.received_on, deadline, days).render()
        record(session, actor, "transport.record", "transport_exception", exception.number,
               f"{exception.kind.value}, received {form.received_on}", reason=late)
        session.commit()
        return exception.number


def _validate(form: ExceptionForm, reported: date) -> None:
    if form.received_on > reported:
        raise InvalidInput(msg(QT_TRANSLATE_NOOP(
            "Messages", "The goods cannot have been received after today.")), "received_on")
    if not form.lines:
        raise InvalidInput(msg(QT_TRANSLATE_NOOP(
            "Messages", "Name at least one model and its quantity.")), "lines")
    if any(quantity < 1 for _code, quantity in form.lines):
        raise InvalidInput(msg(QT_TRANSLATE_NOOP(
            "Messages", "A quantity must be at least 1.")), "lines")
    _validate_signature(form.carrier_signed, form.signer_name)


def _validate_signature(carrier_signed: bool, signer_name: str) -> None:
    if carrier_signed and not signer_name.strip():
        raise InvalidInput(msg(QT_TRANSLATE_NOOP(
            "Messages", "Give the name of the carrier's person who signed.")), "signer_name")


def _carrier(session: Session, code: str) -> Organisation | None:
    if not code.strip():
        return None
    carrier = session.scalars(select(Organisation).where(
        Organisation.code == code.strip().upper(), Organisation.kind == OrgKind.CARRIER)).first()
    if carrier is None:
        raise InvalidInput(msg(QT_TRANSLATE_NOOP("Messages", "Choose the carrier.")), "carrier")
    return carrier


def _load(session: Session, actor: Actor, number: str) -> TransportException:
    return find_by_number(session, TransportException, number, _scope(actor), msg(
        QT_TRANSLATE_NOOP("Messages", "No transport exception {number}."), number=number))


def accept_late(db: Database, actor: Actor, number: str, reason: str,
                shown_version: int | None = None) -> None:
    """The order department takes a late report after all, with a written reason (X1)."""
    require(actor, Capability.RETURNS_APPROVE)
    if not reason.strip():
        raise InvalidInput(msg(QT_TRANSLATE_NOOP(
            "Messages", "Give a reason: it goes to the audit log.")), "reason")
    with db.write() as session:
        exception = _load(session, actor, number)
        check_version(exception.version, shown_version)
        if exception.state != ExceptionState.LATE:
            raise Conflict(msg(QT_TRANSLATE_NOOP(
                "Messages", "{number} was not reported late."), number=number))
        exception.state = ExceptionState.RECORDED
        exception.late_reason = reason.strip()
        exception.version += 1
        record(session, actor, "transport.accept_late", "transport_exception", number,
               "late report accepted", reason=reason.strip())
        session.commit()


def decide(db: Database, actor: Actor, number: str, decision: Decision, amount: str = "",
           note: str = "", shown_version: int | None = None) -> None:
    """Full credit, exchange, a claim with the carrier, or rejected (X3), with the amount."""
    require(actor, Capability.RETURNS_APPROVE)
    value = _amount(amount, decision)
    with db.write() as session:
        exception = _load(session, actor, number)
        check_version(exception.version, shown_version)
        if exception.state != ExceptionState.RECORDED:
            raise Conflict(msg(QT_TRANSLATE_NOOP(
                "Messages", "{number} cannot be decided now ({state})."),
                number=number, state=Message(STATE_LABELS[exception.state], {}, "Transport")))
        if Decision(decision) not in decisions_for(exception.kind):
            raise InvalidInput(msg(QT_TRANSLATE_NOOP(
                "Messages", "Mass breakage in transit is claimed from the carrier, not credited "
                "by the company (X2).")), "decision")
        unsigned = decision_blocker(exception.kind, Decision(decision), exception.carrier_signed,
                                    exception.responsible_party)
        if unsigned is not None:
            raise InvalidInput(unsigned, "decision")
        exception.state, exception.decision = ExceptionState.DECIDED, Decision(decision)
        exception.amount, exception.decision_note = value, note.strip()
        exception.decided_by, exception.decided_at = actor.login, datetime.now(UTC)
        exception.version += 1
        record(session, actor, "transport.decide", "transport_exception", number,
               f"{exception.decision.value} {value or ''}".strip(), reason=note.strip())
        session.commit()


def add_signature(db: Database, actor: Actor, number: str, signer_name: str,
                  carrier_signed: bool, responsible_party: str,
                  shown_version: int | None = None) -> None:
    """The receiver adds (or corrects) the carrier's signer and the responsible party on a
    record filed without them, until it is decided or has become a return (X1–X3).  Audited
    with what was there before."""
    require(actor, Capability.TRANSPORT)
    _validate_signature(carrier_signed, signer_name)
    with db.write() as session:
        exception = _load(session, actor, number)
        if exception.org_id != actor.org_id:
            raise NotAllowed(msg(QT_TRANSLATE_NOOP(
                "Messages", "Only the receiver of the goods signs its transport exception "
                "record.")))
        check_version(exception.version, shown_version)
        if exception.state == ExceptionState.DECIDED or _return_of(session, number):
            raise Conflict(msg(QT_TRANSLATE_NOOP(
                "Messages", "{number} is decided or has become a return request: its signature "
                "can no longer be changed."), number=number))
        before = _signature(exception)
        exception.signer_name, exception.carrier_signed = signer_name.strip(), carrier_signed
        exception.responsible_party = responsible_party.strip()
        exception.version += 1
        record(session, actor, "transport.signature", "transport_exception", number,
               "signer and responsible party", diff(before, _signature(exception)))
        session.commit()


def _signature(exception: TransportException) -> dict[str, object]:
    return {"signer_name": exception.signer_name, "carrier_signed": exception.carrier_signed,
            "responsible_party": exception.responsible_party}


def _amount(text: str, decision: Decision) -> Decimal | None:
    if not text.strip():
        if decision == Decision.FULL_CREDIT:
            raise InvalidInput(msg(QT_TRANSLATE_NOOP(
                "Messages", "A credit needs its amount.")), "amount")
        return None
    try:
        value = Decimal(text.strip().replace(",", "").replace("¥", ""))
    except InvalidOperation:
        value = Decimal(-1)
    if not value.is_finite() or value < 0:
        raise InvalidInput(msg(QT_TRANSLATE_NOOP(
            "Messages", "The amount must be a number of yuan, 0 or more.")), "amount")
    return value.quantize(Decimal("0.01"))


def _require_reader(actor: Actor) -> None:
    """Receivers, HQ (the order department decides; management and audit read), and the
    regional manager for the region's."""
    if actor.role != Role.REGIONAL_MANAGER and not actor.is_hq:
        require(actor, Capability.TRANSPORT)


def to_decide(actor: Actor) -> list[Any]:
    """WHERE conditions of the records waiting for the order department's decision, as
    ``actor`` sees them (shared by the list and the day's count)."""
    scope = _scope(actor)
    found = TransportException.state == ExceptionState.RECORDED
    return [found] if scope is None else [found, scope]


def list_exceptions(db: Database, actor: Actor, query: ListQuery,
                    only_to_decide: bool = False) -> list[ExceptionRow]:
    """The records ``actor`` sees, newest first; ``only_to_decide``: those awaiting a decision."""
    _require_reader(actor)
    stmt = select(TransportException, Organisation.name).join(
        Organisation, Organisation.id == TransportException.org_id)
    scope = _scope(actor)
    if scope is not None:
        stmt = stmt.where(scope)
    if only_to_decide:
        stmt = stmt.where(*to_decide(actor))
    stmt = apply_text_filter(stmt, query.text, TransportException.number, Organisation.name,
                             TransportException.waybill, TransportException.reference)
    if query.after is not None:
        stmt = stmt.where(TransportException.id < after_id(query.after))
    stmt = stmt.order_by(TransportException.id.desc()).limit(query.limit)
    with db.read() as session:
        return [_row(e, name) for e, name in session.execute(stmt).all()]


def _row(e: TransportException, org_name: str) -> ExceptionRow:
    return ExceptionRow(e.id, e.number, org_name, e.kind, e.received_on, e.reported_on, e.state,
                        e.decision, e.amount, e.version)


def get_exception(db: Database, actor: Actor, number: str) -> ExceptionDetail:
    _require_reader(actor)
    with db.read() as session:
        e = _load(session, actor, number)
        org = session.get(Organisation, e.org_id)
        carrier = session.get(Organisation, e.carrier_org_id) if e.carrier_org_id else None
        assert org is not None
        products = {p.id: p for p in session.scalars(select(Product).where(
            Product.id.in_([line.product_id for line in e.lines])))}
        photos = [(p.id, p.filename, p.thumbnail, p.signed_record) for p in session.scalars(
            select(TransportPhoto).where(TransportPhoto.exception_id == e.id))]
        return ExceptionDetail(
            _row(e, org.name), org.code, e.reference, carrier.name if carrier else "",
            e.waybill, e.description, e.signer_name, e.carrier_signed, e.responsible_party,
            e.late_reason, e.decision_note, e.decided_by,
            [(products[line.product_id].code, products[line.product_id].name, line.quantity)
             for line in e.lines], photos,
            return_blocker(e.kind, e.carrier_signed, e.responsible_party), e.direction,
            _return_of(session, e.number))


def add_exception_photo(db: Database, actor: Actor, number: str, filename: str, data: bytes,
                        signed_record: bool = False) -> int:
    """A photo of the goods, or the scan of the signed record; thumbnails as for returns."""
    from desktop.core.services.returns.filing import make_thumbnail

    thumbnail, mime = make_thumbnail(data)
    with db.write() as session:
        e = _load(session, actor, number)
        photo = TransportPhoto(exception_id=e.id, filename=filename[:200], mime=mime, data=data,
                               thumbnail=thumbnail, signed_record=signed_record,
                               added_by=actor.login)
        session.add(photo)
        session.flush()
        record(session, actor, "transport.photo", "transport_exception", number, filename)
        session.commit()
        return photo.id


def _return_of(session: Session, number: str) -> str:
    from desktop.core.model import AuditEntry

    entry = session.scalars(select(AuditEntry).where(
        AuditEntry.entity_id == number, AuditEntry.action == "transport.open_return")).first()
    return entry.summary if entry else ""


def open_return_for_damage(db: Database, actor: Actor, number: str) -> str:
    """Damaged goods become a return only with the signed record and a named party (X2)."""
    from desktop.core.rules.acceptance import ReturnKind
    from desktop.core.services.returns.filing import LineInput, file_return

    detail = get_exception(db, actor, number)
    if detail.blocker is not None:
        raise Conflict(detail.blocker)
    if detail.row.kind != ExceptionKind.DAMAGE or detail.return_number:
        raise Conflict(msg(QT_TRANSLATE_NOOP(
            "Messages", "{number} does not call for a return request (or has one)."),
            number=number))
    lines = [LineInput(code, quantity, detail.row.received_on.strftime("%Y%m%d"),
                       ReturnKind.DAMAGED_ON_OPENING, "运输破损 " + detail.description[:60],
                       order_ref=detail.reference) for code, _name, quantity in detail.lines]
    request = file_return(db, actor, lines, f"运输异常 {number}，责任单位 "
                                            f"{detail.responsible_party}")
    with db.write() as session:
        record(session, actor, "transport.open_return", "transport_exception", number, request)
        session.commit()
    return request
