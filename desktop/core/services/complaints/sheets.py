"""Complaint sheets (《客诉质量异常联络单》, C1, A2): filed by the receiver within the policy's
time, answered by the order department; one that needs the goods back opens a return request
with its lines filled in."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from enum import StrEnum
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from desktop.core.errors import Conflict, InvalidInput
from desktop.core.i18n import QT_TRANSLATE_NOOP, msg
from desktop.core.model import (
    ComplaintLine,
    ComplaintPhoto,
    ComplaintSheet,
    Organisation,
    Product,
)
from desktop.core.rules.acceptance import ReturnKind
from desktop.core.rules.complaints import (
    Answer,
    ComplaintKind,
    SheetState,
    answers_for,
    refusals,
)
from desktop.core.rules.roles import Capability, Role
from desktop.core.services.admin.catalogue import find_product
from desktop.core.services.kernel.actor import Actor, require
from desktop.core.services.kernel.audit import record
from desktop.core.services.kernel.listing import ListQuery, after_id, apply_text_filter
from desktop.core.services.kernel.lookup import Scope, check_version, find_by_number
from desktop.core.services.kernel.policy import read_policy
from desktop.core.store.db import Database

RETURN_KINDS = {ComplaintKind.NOT_MATCHING: ReturnKind.NOT_MATCHING_ORDER,
                ComplaintKind.QUALITY: ReturnKind.FAILED_ON_OPENING,
                ComplaintKind.OWN_MISTAKE: ReturnKind.OWN_MISTAKE}


@dataclass(frozen=True)
class SheetForm:
    kind: ComplaintKind
    received_at: datetime
    lines: tuple[tuple[str, int, str], ...]  # model, quantity, what is wrong
    order_ref: str = ""
    unused: bool = True
    package_opened: bool = True
    description: str = ""


@dataclass(frozen=True)
class SheetRow:
    id: int
    number: str
    org_name: str
    kind: ComplaintKind
    received_at: datetime
    state: SheetState
    answer: Answer | None
    return_number: str
    version: int


@dataclass(frozen=True)
class SheetDetail:
    row: SheetRow
    org_code: str
    order_ref: str
    filed_at: datetime
    unused: bool
    package_opened: bool
    description: str
    answer_note: str
    answered_by: str
    lines: list[tuple[str, str, int, str]]
    photos: list[bytes]


def _scope(actor: Actor) -> Scope:
    if actor.role == Role.REGIONAL_MANAGER:
        return ComplaintSheet.region_id == actor.region_id
    return None if actor.is_hq else ComplaintSheet.org_id == actor.org_id


def file_sheet(db: Database, actor: Actor, form: SheetForm, now: datetime | None = None) -> str:
    require(actor, Capability.COMPLAINTS)
    filed = now or datetime.now(UTC)
    if not form.lines or any(q < 1 for _c, q, _p in form.lines):
        raise InvalidInput(msg(QT_TRANSLATE_NOOP(
            "Messages", "Name at least one model and its quantity.")), "lines")
    with db.write() as session:
        policy = read_policy(session)
        refused = refusals(ComplaintKind(form.kind), form.received_at, filed, form.unused,
                           form.package_opened, policy.complaint_report_hours,
                           policy.own_mistake_report_days)
        if refused:
            raise InvalidInput(refused[0], "received_at")
        org = session.get(Organisation, actor.org_id)
        assert org is not None
        sheet = ComplaintSheet(
            number=f"TMP-{actor.user_id}-{filed.timestamp()}", org_id=org.id,
            region_id=org.region_id, order_ref=form.order_ref.strip(),
            received_at=form.received_at, filed_at=filed, kind=ComplaintKind(form.kind),
            unused=form.unused, package_opened=form.package_opened,
            description=form.description.strip(), state=SheetState.FILED,
            created_by=actor.login, version=1)
        session.add(sheet)
        for number, (code, quantity, problem) in enumerate(form.lines, start=1):
            product = find_product(session, code)
            sheet.lines.append(ComplaintLine(line_no=number, product_id=product.id,
                                             quantity=quantity, problem=problem.strip()))
        session.flush()
        sheet.number = f"C{filed:%y%m}{sheet.id:06d}"
        record(session, actor, "complaint.file", "complaint_sheet", sheet.number,
               f"{sheet.kind.value}, {len(form.lines)} lines")
        session.commit()
        return sheet.number


def _load(session: Session, actor: Actor, number: str) -> ComplaintSheet:
    return find_by_number(session, ComplaintSheet, number, _scope(actor), msg(
        QT_TRANSLATE_NOOP("Messages", "No complaint sheet {number}."), number=number))


def answer_sheet(db: Database, actor: Actor, number: str, answer: Answer, note: str = "",
                 shown_version: int | None = None) -> None:
    """The order department's answer: exchange, credit, a return request needed, rejected."""
    require(actor, Capability.RETURNS_APPROVE)
    with db.write() as session:
        sheet = _load(session, actor, number)
        check_version(sheet.version, shown_version)
        if sheet.state != SheetState.FILED:
            raise Conflict(msg(QT_TRANSLATE_NOOP(
                "Messages", "{number} has been answered already."), number=number))
        if Answer(answer) not in answers_for(sheet.kind):
            raise InvalidInput(msg(QT_TRANSLATE_NOOP(
                "Messages", "The company's own mistake, reported in time, is exchanged or "
                "credited without condition (A2).")), "answer")
        sheet.state, sheet.answer = SheetState.ANSWERED, Answer(answer)
        sheet.answer_note, sheet.answered_by = note.strip(), actor.login
        sheet.answered_at = datetime.now(UTC)
        sheet.version += 1
        record(session, actor, "complaint.answer", "complaint_sheet", number,
               sheet.answer.value, reason=note.strip())
        session.commit()


def open_return(db: Database, actor: Actor, number: str) -> str:
    """A sheet answered "return request needed" opens a draft return with its lines filled."""
    from desktop.core.services.returns.filing import LineInput, file_return

    with db.read() as session:
        sheet = _load(session, actor, number)
        if sheet.answer != Answer.RETURN_NEEDED or sheet.return_number:
            raise Conflict(msg(QT_TRANSLATE_NOOP(
                "Messages", "{number} does not call for a return request (or has one)."),
                number=number))
        codes = dict(session.execute(select(Product.id, Product.code)).all())
        lines = [LineInput(codes[line.product_id], line.quantity,
                           f"{sheet.received_at.astimezone():%Y%m%d}",
                           RETURN_KINDS[sheet.kind], line.problem, order_ref=sheet.order_ref,
                           installed_or_used=not sheet.unused,
                           package_opened=sheet.package_opened,
                           goods_received_at=sheet.received_at, reported_at=sheet.filed_at)
                 for line in sheet.lines]
    request = file_return(db, actor, lines, f"客诉单 {number}", now=datetime.now(UTC))
    with db.write() as session:
        sheet = _load(session, actor, number)
        sheet.return_number = request
        record(session, actor, "complaint.open_return", "complaint_sheet", number, request)
        session.commit()
    return request


class AnswerDue(StrEnum):
    """Sheets waiting for the order department's answer, by the policy's response time."""

    LATE = "late"  # filed longer ago than the response time
    IN_TIME = "in_time"  # still within it


def to_answer(session: Session, actor: Actor, due: AnswerDue, now: datetime) -> list[Any]:
    """WHERE conditions of the sheets still to answer, late or in time, as ``actor`` sees them
    (shared by the list and the day's count)."""
    hours = read_policy(session).complaint_response_hours
    limit = now - timedelta(hours=hours)
    found = [ComplaintSheet.state == SheetState.FILED,
             ComplaintSheet.filed_at < limit if due == AnswerDue.LATE
             else ComplaintSheet.filed_at >= limit]
    scope = _scope(actor)
    return found if scope is None else [*found, scope]


def list_sheets(db: Database, actor: Actor, query: ListQuery,
                due: AnswerDue | None = None) -> list[SheetRow]:
    """The sheets ``actor`` sees, newest first; with ``due``, only those still to answer."""
    stmt = select(ComplaintSheet, Organisation.name).join(
        Organisation, Organisation.id == ComplaintSheet.org_id)
    scope = _scope(actor)
    if scope is not None:
        stmt = stmt.where(scope)
    stmt = apply_text_filter(stmt, query.text, ComplaintSheet.number, Organisation.name,
                             ComplaintSheet.order_ref)
    if query.after is not None:
        stmt = stmt.where(ComplaintSheet.id < after_id(query.after))
    with db.read() as session:
        if due is not None:
            stmt = stmt.where(*to_answer(session, actor, AnswerDue(due), datetime.now(UTC)))
        return [_row(s, name) for s, name in session.execute(
            stmt.order_by(ComplaintSheet.id.desc()).limit(query.limit)).all()]


def _row(s: ComplaintSheet, org_name: str) -> SheetRow:
    return SheetRow(s.id, s.number, org_name, s.kind, s.received_at, s.state, s.answer,
                    s.return_number, s.version)


def get_sheet(db: Database, actor: Actor, number: str) -> SheetDetail:
    with db.read() as session:
        s = _load(session, actor, number)
        org = session.get(Organisation, s.org_id)
        assert org is not None
        products = {p.id: p for p in session.scalars(select(Product))}
        return SheetDetail(
            _row(s, org.name), org.code, s.order_ref, s.filed_at, s.unused, s.package_opened,
            s.description, s.answer_note, s.answered_by,
            [(products[x.product_id].code, products[x.product_id].name, x.quantity, x.problem)
             for x in s.lines],
            list(session.scalars(select(ComplaintPhoto.thumbnail).where(
                ComplaintPhoto.sheet_id == s.id).order_by(ComplaintPhoto.id))))


def add_sheet_photo(db: Database, actor: Actor, number: str, filename: str,
                    data: bytes) -> int:
    """A photo of the goods (C1 asks for photos), thumbnailed as for returns."""
    from desktop.core.services.returns.filing import make_thumbnail

    thumbnail, mime = make_thumbnail(data)
    with db.write() as session:
        sheet = _load(session, actor, number)
        photo = ComplaintPhoto(sheet_id=sheet.id, filename=filename[:200], mime=mime,
                               data=data, thumbnail=thumbnail, added_by=actor.login)
        session.add(photo)
        session.flush()
        record(session, actor, "complaint.photo", "complaint_sheet", number, filename)
        session.commit()
        return photo.id
