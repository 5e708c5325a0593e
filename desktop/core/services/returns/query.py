"""Reading return requests: the queues (filtered and paged in the database, newest first), the
A8 clock as working days left, and one request's detail with its history."""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import date, datetime
from decimal import Decimal
from functools import cache
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session, aliased

from desktop.core.model import (
    AuditEntry,
    Organisation,
    Product,
    ReturnLine,
    ReturnPhoto,
    ReturnRequest,
)
from desktop.core.rules.acceptance import Finding, ReturnKind
from desktop.core.rules.calendar import WorkCalendar, working_days_between
from desktop.core.rules.roles import Role
from desktop.core.rules.workflow import CLOCK_RUNNING, Action, State, actions_for
from desktop.core.services.kernel.actor import Actor
from desktop.core.services.kernel.audit import names_of
from desktop.core.services.kernel.listing import after_id, apply_text_filter, check_page
from desktop.core.services.kernel.policy import read_calendar
from desktop.core.services.kernel.scope import can_see, not_found, request_scope, visible_request
from desktop.core.services.returns.filing import LineInput, findings_from_json
from desktop.core.services.returns.flow import today
from desktop.core.services.returns.queues import RequestView, view_conditions
from desktop.core.store.db import Database


@dataclass(frozen=True)
class ReturnQuery:
    text: str = ""
    view: RequestView = RequestView.ALL
    states: tuple[State, ...] = ()
    after: str | None = None
    limit: int = 200

    def __post_init__(self) -> None:
        check_page(self.text, self.after, self.limit)


@dataclass(frozen=True)
class RequestRow:
    id: int
    number: str
    dealer_code: str
    dealer_name: str
    state: State
    line_count: int
    total_quantity: int
    total_value: Decimal
    created_at: datetime
    due_on: date | None
    days_left: int | None
    to_agent: bool
    version: int

    @property
    def overdue(self) -> bool:
        return self.days_left is not None and self.days_left < 0


def days_left(cal: WorkCalendar, state: State, due_on: date | None, on: date) -> int | None:
    """Working days until the A8 deadline while HQ's clock runs; negative when overdue."""
    if due_on is None or state not in CLOCK_RUNNING:
        return None
    return working_days_between(cal, on, due_on)


@cache
def _list_base() -> tuple[Any, Any]:
    """The list's columns and join, built once: building them took longer than running the
    query (statements are immutable; each call adds its own conditions to a copy)."""
    dealer = aliased(Organisation)
    stmt = select(ReturnRequest.id, ReturnRequest.number, dealer.code, dealer.name,
                  ReturnRequest.state, ReturnRequest.line_count, ReturnRequest.total_quantity,
                  ReturnRequest.total_value, ReturnRequest.created_at, ReturnRequest.due_on,
                  ReturnRequest.agent_org_id, ReturnRequest.version).join(
        dealer, dealer.id == ReturnRequest.dealer_org_id)
    return stmt, dealer


def list_requests(db: Database, actor: Actor, query: ReturnQuery) -> list[RequestRow]:
    stmt, dealer = _list_base()
    scope = request_scope(actor)
    if scope is not None:
        stmt = stmt.where(scope)
    if query.states:
        stmt = stmt.where(ReturnRequest.state.in_(query.states))
    stmt = apply_text_filter(stmt, query.text, ReturnRequest.number, dealer.name, dealer.code)
    if query.after is not None:
        stmt = stmt.where(ReturnRequest.id < after_id(query.after))
    stmt = stmt.order_by(ReturnRequest.id.desc()).limit(query.limit)
    on = today()
    with db.read() as session:
        rows = session.execute(stmt.where(*view_conditions(session, actor, query.view, on))).all()
        cal = read_calendar(session) if any(r.due_on for r in rows) else WorkCalendar()
    return [RequestRow(r.id, r.number, r.code, r.name, r.state, r.line_count, r.total_quantity,
                       r.total_value, r.created_at, r.due_on,
                       days_left(cal, r.state, r.due_on, on), r.agent_org_id is not None,
                       r.version) for r in rows]


@dataclass(frozen=True)
class LineRow:
    line_no: int
    product_code: str
    product_name: str
    quantity: int
    date_code: str
    production_date: date
    serial: str
    fault: str
    kind: ReturnKind
    in_warranty: bool
    warranty_end: date
    unit_price: Decimal
    order_ref: str
    delivery_ref: str
    findings: list[Finding]
    input: LineInput  # everything the dealer typed, to reopen a draft in the form


@dataclass(frozen=True)
class PhotoRow:
    id: int
    line_no: int | None
    filename: str
    thumbnail: bytes


@dataclass(frozen=True)
class HistoryRow:
    at: datetime
    login: str
    action: str
    summary: str
    reason: str
    from_state: State | None = None
    to_state: State | None = None
    name: str = ""  # the person's name (the login when the account is gone)


@dataclass(frozen=True)
class RequestDetail:
    row: RequestRow
    note: str
    reject_reason: str
    created_by: str
    lines: list[LineRow]
    photos: list[PhotoRow]
    history: list[HistoryRow]
    actions: list[Action]
    box_count: int = 0  # as shipped: the boxes, the carrier's code and the waybill declared
    carrier_code: str = ""
    waybill: str = ""


def get_request(db: Database, actor: Actor, number: str) -> RequestDetail:
    with db.read() as session:
        request = visible_request(session, actor, number)
        detail = _detail(session, actor, request)
    return detail


def _detail(session: Session, actor: Actor, request: ReturnRequest) -> RequestDetail:
    dealer = session.get(Organisation, request.dealer_org_id)
    assert dealer is not None
    cal = read_calendar(session)
    row = RequestRow(request.id, request.number, dealer.code, dealer.name, request.state,
                     request.line_count, request.total_quantity, request.total_value,
                     request.created_at, request.due_on,
                     days_left(cal, request.state, request.due_on, today()),
                     request.agent_org_id is not None, request.version)
    codes = dict(session.execute(select(Product.id, Product.code)).all())
    names = dict(session.execute(select(Product.id, Product.name)).all())
    lines = [LineRow(line.line_no, codes[line.product_id], names[line.product_id], line.quantity,
                     line.date_code, line.production_date, line.serial, line.fault, line.kind,
                     line.in_warranty, line.warranty_end, line.unit_price, line.order_ref,
                     line.delivery_ref, findings_from_json(line.warnings),
                     _as_input(line, codes[line.product_id]))
             for line in request.lines]
    photos = [PhotoRow(p.id, p.line_no, p.filename, p.thumbnail) for p in session.scalars(
        select(ReturnPhoto).where(ReturnPhoto.request_id == request.id).order_by(ReturnPhoto.id))]
    entries = session.scalars(
        select(AuditEntry).where(AuditEntry.entity == "return_request",
                                 AuditEntry.entity_id == request.number)
        .order_by(AuditEntry.id)).all()
    people = names_of(session, {e.login for e in entries})
    history = [_history(e, people.get(e.login, e.login)) for e in entries]
    own = actor.org_id == request.dealer_org_id or actor.role != Role.DEALER_STAFF
    actions = actions_for(request.state, actor.role, request.agent_org_id is not None) if own \
        else []
    carrier = session.get(Organisation, request.carrier_org_id) \
        if request.carrier_org_id else None
    return RequestDetail(row, request.note, request.reject_reason, request.created_by, lines,
                         photos, history, actions, request.box_count,
                         carrier.code if carrier else "", request.waybill)


def _history(entry: AuditEntry, name: str) -> HistoryRow:
    states = json.loads(entry.changes or "{}").get("state")
    before, after = (State(states[0]), State(states[1])) if states else (None, None)
    return HistoryRow(entry.at, entry.login, entry.action, entry.summary, entry.reason, before,
                      after, name)


def _as_input(line: ReturnLine, code: str) -> LineInput:
    return LineInput(
        code, line.quantity, line.date_code, line.kind, line.fault, line.serial, line.claimant,
        line.purchase_date, line.sale_date, line.label, line.sample, line.installed_or_used,
        line.special_order, line.scrap, line.mixed_brand, line.package_opened,
        line.goods_received_at, line.order_ref, line.delivery_ref, line.reported_at)


def photo_data(db: Database, actor: Actor, photo_id: int) -> tuple[str, bytes]:
    with db.read() as session:
        photo = session.get(ReturnPhoto, photo_id)
        request = session.get(ReturnRequest, photo.request_id) if photo else None
        if photo is None or request is None or not can_see(actor, request):
            raise not_found(str(photo_id))
        return photo.mime, photo.data
