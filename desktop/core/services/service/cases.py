"""Service cases (客诉/服务登记, C2): registered with the warranty verdict as on the return
form, given a priority and the promised response time, assigned to a technician or a service
point who confirms, worked (what was done, parts replaced and the old part's fate, linked repair
orders and returns, the result) and completed, which stores when its callback is due (C3)."""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import date, datetime

from sqlalchemy import select
from sqlalchemy.orm import Session

from desktop.core.errors import Conflict, InvalidInput, NotAllowed, NotFound
from desktop.core.i18n import QT_TRANSLATE_NOOP, message_to_data, msg
from desktop.core.model import (
    CaseLink,
    CasePart,
    Organisation,
    RepairOrder,
    ReturnRequest,
    ServiceCase,
    User,
)
from desktop.core.rules.roles import Capability, Role
from desktop.core.rules.service import (
    CaseAction,
    CaseState,
    Channel,
    OldPartFate,
    Priority,
    action_refusal,
    callback_due,
    respond_by,
)
from desktop.core.rules.warranty import Claimant, parse_date_code
from desktop.core.services.admin.catalogue import find_product
from desktop.core.services.kernel.actor import Actor, require
from desktop.core.services.kernel.audit import record
from desktop.core.services.kernel.lookup import check_version
from desktop.core.services.kernel.policy import read_policy
from desktop.core.services.returns.warranty import check_warranty
from desktop.core.services.service.common import load_case, moment, reclassify
from desktop.core.services.service.units import Unit, earlier_repairs
from desktop.core.services.stock.ledger import find_part
from desktop.core.store.db import Database


@dataclass(frozen=True)
class CaseForm:
    customer: str
    model: str
    fault: str
    channel: Channel = Channel.PHONE
    priority: Priority = Priority.NORMAL
    contact: str = ""
    address: str = ""
    dealer: str = ""  # the dealer's code, when known
    serial: str = ""
    date_code: str = ""
    purchase_date: date | None = None
    complaint: bool = False
    about_attitude: bool = False


def _check_form(form: CaseForm) -> None:
    if not form.customer.strip():
        raise InvalidInput(msg(QT_TRANSLATE_NOOP("Messages", "Name the customer.")), "customer")
    if not form.fault.strip():
        raise InvalidInput(msg(QT_TRANSLATE_NOOP(
            "Messages", "Write down the fault in the customer's words.")), "fault")
    if form.date_code.strip():
        try:
            parse_date_code(form.date_code)
        except ValueError:
            from desktop.core.rules.warranty import date_code_message

            raise InvalidInput(date_code_message(form.date_code), "date_code") from None


def _dealer(session: Session, code: str) -> Organisation | None:
    if not code.strip():
        return None
    org = session.scalars(select(Organisation).where(
        Organisation.code == code.strip().upper())).first()
    if org is None:
        raise InvalidInput(msg(QT_TRANSLATE_NOOP("Messages", "No organisation {code}."),
                               code=code.strip()), "dealer")
    return org


def register_case(db: Database, actor: Actor, form: CaseForm,
                  now: datetime | None = None) -> str:
    """Register a call, a visit or a letter; the warranty verdict (W1–W4) is stored with it."""
    require(actor, Capability.SERVICE_DESK)
    _check_form(form)
    at = moment(now)
    verdict = None
    if form.date_code.strip():
        try:
            verdict = check_warranty(db, actor, form.model, parse_date_code(form.date_code),
                                     at.astimezone().date(), Claimant.CONSUMER,
                                     form.purchase_date).verdict
        except NotFound as missing:
            raise InvalidInput(missing.message, "model") from None
    with db.write() as session:
        policy = read_policy(session)
        product = find_product(session, form.model, "model")
        dealer = _dealer(session, form.dealer)
        case = ServiceCase(
            number=f"TMP-{actor.user_id}-{at.timestamp()}", state=CaseState.REGISTERED,
            channel=Channel(form.channel), priority=Priority(form.priority),
            complaint=form.complaint or form.about_attitude, about_attitude=form.about_attitude,
            customer=form.customer.strip()[:120], contact=form.contact.strip()[:120],
            address=form.address.strip()[:200], dealer_org_id=dealer.id if dealer else None,
            region_id=dealer.region_id if dealer else None, product_id=product.id,
            serial=form.serial.strip()[:60], date_code=form.date_code.strip()[:20],
            fault=form.fault.strip(), taken_by=actor.login, registered_at=at,
            respond_by=respond_by(at, Priority(form.priority),
                                  policy.service_urgent_response_hours,
                                  policy.service_normal_response_hours),
            in_warranty=bool(verdict and verdict.covered),
            warranty_refused=bool(verdict and verdict.refused),
            warranty_end=verdict.end if verdict else None,
            warranty_note=json.dumps(message_to_data(verdict.explanation), ensure_ascii=False)
            if verdict else "", version=1)
        earlier = earlier_repairs(session, Unit(product.id, case.serial, case.date_code), at,
                                  policy.service_repeat_repair_days)
        case.earlier_repairs, case.earlier_refs = len(earlier), ", ".join(earlier)[:400]
        reclassify(case)
        session.add(case)
        session.flush()
        case.number = f"K{at:%y%m}{case.id:06d}"
        record(session, actor, "service.register", "service_case", case.number,
               f"{case.channel.value} {product.code} {case.klass}".strip())
        session.commit()
        return case.number


def step_case(session: Session, actor: Actor, number: str, action: CaseAction,
          shown_version: int | None) -> ServiceCase:
    case = load_case(session, actor, number)
    check_version(case.version, shown_version)
    refusal = action_refusal(action, case.state)
    if refusal is not None:
        raise Conflict(refusal)
    case.version += 1
    return case


def assign_case(db: Database, actor: Actor, number: str, technician: str = "",
                service_point: str = "", shown_version: int | None = None,
                now: datetime | None = None) -> None:
    """Assign to a technician (a login) or a service point (an organisation's code)."""
    require(actor, Capability.SERVICE_DESK)
    if bool(technician.strip()) == bool(service_point.strip()):
        raise InvalidInput(msg(QT_TRANSLATE_NOOP(
            "Messages", "Choose either a technician or a service point.")), "technician")
    with db.write() as session:
        case = step_case(session, actor, number, CaseAction.ASSIGN, shown_version)
        case.assignee_login, case.service_point_id = "", None
        if technician.strip():
            user = session.scalars(select(User).where(User.login == technician.strip())).first()
            if user is None or user.role not in (Role.TECHNICIAN, Role.CUSTOMER_SERVICE):
                raise InvalidInput(msg(QT_TRANSLATE_NOOP(
                    "Messages", "{login} is not a technician."), login=technician), "technician")
            case.assignee_login = user.login
        else:
            point = _dealer(session, service_point)
            assert point is not None
            case.service_point_id = point.id
        case.state, case.assigned_at = CaseState.ASSIGNED, moment(now)
        case.confirmed_by, case.confirmed_at = "", None
        record(session, actor, "service.assign", "service_case", case.number,
               technician.strip() or service_point.strip().upper())
        session.commit()


def _require_assignee(actor: Actor, case: ServiceCase) -> None:
    require(actor, Capability.SERVICE_WORK)
    if actor.role == Role.CUSTOMER_SERVICE:
        return
    if actor.login == case.assignee_login or (case.service_point_id == actor.org_id):
        return
    raise NotAllowed(msg(QT_TRANSLATE_NOOP(
        "Messages", "{number} is assigned to somebody else."), number=case.number))


def confirm_case(db: Database, actor: Actor, number: str, shown_version: int | None = None,
                 now: datetime | None = None) -> None:
    """The technician or service point confirms it has taken the case."""
    require(actor, Capability.SERVICE_WORK)
    with db.write() as session:
        case = step_case(session, actor, number, CaseAction.CONFIRM, shown_version)
        _require_assignee(actor, case)
        case.state, case.confirmed_by, case.confirmed_at = (
            CaseState.IN_PROGRESS, actor.login, moment(now))
        record(session, actor, "service.confirm", "service_case", case.number)
        session.commit()


PartLine = tuple[str, int, OldPartFate]  # part number, quantity, what became of the old one


def record_work(db: Database, actor: Actor, number: str, work_done: str,
                parts: tuple[PartLine, ...] = (), shown_version: int | None = None) -> None:
    """What was done and the parts replaced, with the old part's fate (seed 004)."""
    require(actor, Capability.SERVICE_WORK)
    if not work_done.strip():
        raise InvalidInput(msg(QT_TRANSLATE_NOOP(
            "Messages", "Write down what was done.")), "work_done")
    with db.write() as session:
        case = step_case(session, actor, number, CaseAction.RECORD_WORK, shown_version)
        _require_assignee(actor, case)
        for part_no, quantity, fate in parts:
            if quantity < 1:
                raise InvalidInput(msg(QT_TRANSLATE_NOOP(
                    "Messages", "The quantity must be at least 1.")), "parts")
            part = find_part(session, part_no, "parts")
            case.parts.append(CasePart(part_id=part.id, quantity=quantity,
                                       old_part=OldPartFate(fate)))
        case.work_done = "\n".join(x for x in (case.work_done, work_done.strip()) if x)
        record(session, actor, "service.work", "service_case", case.number,
               work_done.strip()[:200], {"parts": [list(p) for p in parts]})
        session.commit()


def link_record(db: Database, actor: Actor, number: str, ref: str) -> str:
    """Link a repair order (M…) or a return request (R…) that served the case; its kind."""
    require(actor, Capability.SERVICE_WORK)
    with db.write() as session:
        case = load_case(session, actor, number)
        ref = ref.strip().upper()
        kind = ("repair" if session.scalar(select(RepairOrder.id).where(
            RepairOrder.number == ref)) else "return" if session.scalar(select(
                ReturnRequest.id).where(ReturnRequest.number == ref)) else "")
        if not kind:
            raise InvalidInput(msg(QT_TRANSLATE_NOOP(
                "Messages", "No repair order or return request {number}."), number=ref), "ref")
        if any(link.ref == ref for link in case.links):
            return kind
        case.links.append(CaseLink(kind=kind, ref=ref))
        case.version += 1
        record(session, actor, "service.link", "service_case", case.number, f"{kind} {ref}")
        session.commit()
        return kind


def complete_case(db: Database, actor: Actor, number: str, result: str,
                  shown_version: int | None = None, now: datetime | None = None) -> datetime:
    """The service is done: its result and completion time; the callback falls due (C3)."""
    require(actor, Capability.SERVICE_WORK)
    if not result.strip():
        raise InvalidInput(msg(QT_TRANSLATE_NOOP(
            "Messages", "Write down the result.")), "result")
    with db.write() as session:
        case = step_case(session, actor, number, CaseAction.COMPLETE, shown_version)
        _require_assignee(actor, case)
        at = moment(now)
        case.state, case.result, case.completed_at = CaseState.COMPLETED, result.strip(), at
        case.callback_due_at = callback_due(at, read_policy(session).callback_due_hours)
        record(session, actor, "service.complete", "service_case", case.number,
               result.strip()[:200])
        session.commit()
        return case.callback_due_at


def reply_case(db: Database, actor: Actor, number: str, mode: str, text: str,
               now: datetime | None = None) -> None:
    """A written complaint's answer, in writing or by phone (C2), recorded."""
    require(actor, Capability.SERVICE_DESK)
    if mode not in ("written", "phone") or not text.strip():
        raise InvalidInput(msg(QT_TRANSLATE_NOOP(
            "Messages", "Say how the customer was answered and what was said.")), "reply")
    with db.write() as session:
        case = load_case(session, actor, number)
        case.reply_mode, case.reply, case.replied_at = mode, text.strip(), moment(now)
        case.version += 1
        record(session, actor, "service.reply", "service_case", case.number, mode)
        session.commit()
