"""The returns at inspection and settlement, with what each desk needs to see at a glance: how
many counted units have a verdict, how many repair quotes wait for the dealer, and the working
days left on HQ's clock (A8).  Filtered and paged in the database."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from sqlalchemy import func, select
from sqlalchemy.orm import aliased

from desktop.core.model import CountLine, InspectionItem, Organisation, ReturnRequest
from desktop.core.rules.calendar import WorkCalendar
from desktop.core.rules.inspection import Quote
from desktop.core.rules.workflow import State
from desktop.core.services.kernel.actor import Actor
from desktop.core.services.kernel.listing import ListQuery, after_id, apply_text_filter
from desktop.core.services.kernel.policy import read_calendar
from desktop.core.services.kernel.scope import request_scope
from desktop.core.services.returns.flow import today
from desktop.core.services.returns.query import days_left
from desktop.core.store.db import Database

AT_INSPECTION = (State.RECEIVED, State.INSPECTED, State.SETTLED)


@dataclass(frozen=True)
class WorklistRow:
    id: int
    number: str
    dealer_code: str
    dealer_name: str
    state: State
    counted: int
    judged: int
    quotes_waiting: int
    due_on: date | None
    days_left: int | None
    version: int

    @property
    def overdue(self) -> bool:
        return self.days_left is not None and self.days_left < 0


def inspection_worklist(db: Database, actor: Actor, query: ListQuery) -> list[WorklistRow]:
    """Received, inspected and settled returns the actor may see, newest first."""
    dealer = aliased(Organisation)
    stmt = (select(ReturnRequest.id, ReturnRequest.number, dealer.code, dealer.name,
                   ReturnRequest.state, ReturnRequest.due_on, ReturnRequest.version)
            .join(dealer, dealer.id == ReturnRequest.dealer_org_id)
            .where(ReturnRequest.state.in_(AT_INSPECTION)))
    scope = request_scope(actor)
    if scope is not None:
        stmt = stmt.where(scope)
    stmt = apply_text_filter(stmt, query.text, ReturnRequest.number, dealer.name, dealer.code)
    if query.after is not None:
        stmt = stmt.where(ReturnRequest.id < after_id(query.after))
    stmt = stmt.order_by(ReturnRequest.id.desc()).limit(query.limit)
    with db.read() as session:
        rows = session.execute(stmt).all()
        ids = [r.id for r in rows]
        counted = dict(session.execute(
            select(CountLine.request_id, func.sum(CountLine.counted))
            .where(CountLine.request_id.in_(ids)).group_by(CountLine.request_id)).all())
        judged = dict(session.execute(
            select(InspectionItem.request_id, func.sum(InspectionItem.quantity))
            .where(InspectionItem.request_id.in_(ids)).group_by(InspectionItem.request_id)).all())
        waiting = dict(session.execute(
            select(InspectionItem.request_id, func.count(InspectionItem.id))
            .where(InspectionItem.request_id.in_(ids), InspectionItem.quote == Quote.PENDING)
            .group_by(InspectionItem.request_id)).all())
        cal = read_calendar(session) if any(r.due_on for r in rows) else WorkCalendar()
    on = today()
    return [WorklistRow(r.id, r.number, r.code, r.name, r.state, int(counted.get(r.id, 0)),
                     int(judged.get(r.id, 0)), int(waiting.get(r.id, 0)), r.due_on,
                     days_left(cal, r.state, r.due_on, on), r.version) for r in rows]
