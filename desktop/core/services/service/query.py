"""Reading service cases: the work list (by state, overdue), the callbacks due, one case with
its parts, links, callbacks, incidents and the earlier repairs of its unit."""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from datetime import date, datetime

from sqlalchemy import and_, or_, select

from desktop.core.i18n import Message, message_from_data
from desktop.core.model import (
    Callback,
    Incident,
    Organisation,
    Part,
    Product,
    ServiceCase,
)
from desktop.core.rules.roles import Capability
from desktop.core.rules.service import (
    CaseState,
    Channel,
    Klass,
    OldPartFate,
    Priority,
    incident_suggested,
    overdue,
)
from desktop.core.services.kernel.actor import Actor, require
from desktop.core.services.kernel.listing import after_id, apply_text_filter, check_page
from desktop.core.services.service.common import case_scope, load_case, moment, tags_of
from desktop.core.store.db import Database


@dataclass(frozen=True)
class CaseQuery:
    state: CaseState | None = None
    overdue: bool = False  # response or callback past its time
    text: str = ""
    after: str | None = None
    limit: int = 200

    def __post_init__(self) -> None:
        check_page(self.text, self.after, self.limit)


@dataclass(frozen=True)
class CaseRow:
    id: int
    number: str
    state: CaseState
    priority: Priority
    channel: Channel
    customer: str
    model: str
    serial: str
    dealer: str
    registered_at: datetime
    respond_by: datetime
    callback_due_at: datetime | None
    klass: str
    overdue: bool
    version: int


@dataclass(frozen=True)
class CallbackRow:
    attempt: int
    at: datetime
    by: str
    reached: bool
    satisfied: bool | None
    reason: str
    next_attempt_at: datetime | None


@dataclass(frozen=True)
class CaseDetail:
    row: CaseRow
    contact: str
    address: str
    date_code: str
    fault: str
    taken_by: str
    complaint: bool
    about_attitude: bool
    in_warranty: bool
    warranty_refused: bool
    warranty_end: date | None
    warranty: Message | None  # W4: the verdict explained, as when the case was registered
    assignee: str
    confirmed_by: str
    work_done: str
    result: str
    completed_at: datetime | None
    closed_at: datetime | None
    reopened: int
    tags: tuple[Klass, ...]
    earlier_repairs: list[str]
    incident_suggested: bool
    reply_mode: str
    reply: str
    parts: list[tuple[str, str, int, OldPartFate]] = field(default_factory=list)
    links: list[tuple[str, str]] = field(default_factory=list)
    callbacks: list[CallbackRow] = field(default_factory=list)
    incidents: list[str] = field(default_factory=list)


def _late(now: datetime) -> object:
    return or_(
        and_(ServiceCase.state.in_([CaseState.REGISTERED, CaseState.ASSIGNED]),
             ServiceCase.respond_by < now),
        and_(ServiceCase.state == CaseState.COMPLETED, ServiceCase.callback_due_at < now))


def _is_late(case: ServiceCase, now: datetime) -> bool:
    if case.state in (CaseState.REGISTERED, CaseState.ASSIGNED):
        return overdue(case.respond_by, now)
    return case.state == CaseState.COMPLETED and overdue(case.callback_due_at, now)


def _row(case: ServiceCase, model: str, dealer: str | None, now: datetime) -> CaseRow:
    return CaseRow(case.id, case.number, case.state, case.priority, case.channel, case.customer,
                   model, case.serial, dealer or "", case.registered_at, case.respond_by,
                   case.callback_due_at, case.klass, _is_late(case, now), case.version)


def list_cases(db: Database, actor: Actor, query: CaseQuery,
               now: datetime | None = None) -> list[CaseRow]:
    """The work list, newest first (callbacks due: ``state=completed``, soonest due first)."""
    require(actor, Capability.SERVICE_VIEW)
    at = moment(now)
    stmt = select(ServiceCase, Product.code, Organisation.name).join(
        Product, Product.id == ServiceCase.product_id).outerjoin(
        Organisation, Organisation.id == ServiceCase.dealer_org_id)
    scope = case_scope(actor)
    if scope is not None:
        stmt = stmt.where(scope)
    if query.state is not None:
        stmt = stmt.where(ServiceCase.state == CaseState(query.state))
    if query.overdue:
        stmt = stmt.where(_late(at))  # type: ignore[arg-type]
    stmt = apply_text_filter(stmt, query.text, ServiceCase.number, ServiceCase.customer,
                             ServiceCase.serial, Product.code, ServiceCase.contact)
    start = after_id(query.after)
    if start is not None:
        stmt = stmt.where(ServiceCase.id < start)
    stmt = stmt.order_by(ServiceCase.id.desc()).limit(query.limit)
    with db.read() as session:
        return [_row(c, m, d, at) for c, m, d in session.execute(stmt).all()]


def callbacks_due(db: Database, actor: Actor, now: datetime | None = None) -> list[CaseRow]:
    """Customer service's first screen: completed cases waiting for their callback, soonest
    due first, the overdue ones flagged."""
    require(actor, Capability.SERVICE_DESK)
    at = moment(now)
    stmt = select(ServiceCase, Product.code, Organisation.name).join(
        Product, Product.id == ServiceCase.product_id).outerjoin(
        Organisation, Organisation.id == ServiceCase.dealer_org_id).where(
        ServiceCase.state == CaseState.COMPLETED).order_by(ServiceCase.callback_due_at)
    with db.read() as session:
        return [_row(c, m, d, at) for c, m, d in session.execute(stmt.limit(1000)).all()]


def get_case(db: Database, actor: Actor, number: str,
             now: datetime | None = None) -> CaseDetail:
    require(actor, Capability.SERVICE_VIEW)
    with db.read() as session:
        c = load_case(session, actor, number)
        model = session.get(Product, c.product_id)
        dealer = session.get(Organisation, c.dealer_org_id) if c.dealer_org_id else None
        point = session.get(Organisation, c.service_point_id) if c.service_point_id else None
        parts = dict(session.execute(select(Part.id, Part.part_no)).all())
        calls = session.scalars(select(Callback).where(Callback.case_id == c.id)
                                .order_by(Callback.attempt)).all()
        incidents = session.scalars(select(Incident.number).where(
            Incident.case_id == c.id).order_by(Incident.id)).all()
        assert model is not None
        return CaseDetail(
            _row(c, model.code, dealer.name if dealer else None, moment(now)), c.contact,
            c.address, c.date_code, c.fault, c.taken_by, c.complaint, c.about_attitude,
            c.in_warranty, c.warranty_refused, c.warranty_end,
            message_from_data(json.loads(c.warranty_note)) if c.warranty_note else None,
            c.assignee_login or (point.code if point else ""), c.confirmed_by, c.work_done,
            c.result, c.completed_at, c.closed_at, c.reopened, tags_of(c),
            [x for x in c.earlier_refs.split(", ") if x], incident_suggested(c.earlier_repairs),
            c.reply_mode, c.reply,
            [(parts[p.part_id], "", p.quantity, p.old_part) for p in c.parts],
            [(link.kind, link.ref) for link in c.links],
            [CallbackRow(x.attempt, x.at, x.by, x.reached, x.satisfied, x.reason,
                         x.next_attempt_at) for x in calls],
            list(incidents))

