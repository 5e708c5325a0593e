"""The day's work for the person at the desk, by role (issue 14): each a COUNT in the database
over exactly the conditions of the list it opens (the same functions build both), scoped as the
lists are — a dealer counts its own, a regional manager the region's."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, datetime
from enum import StrEnum
from typing import Any

from sqlalchemy import and_, func, select
from sqlalchemy.orm import Session

from desktop.core.model import (
    ComplaintSheet,
    PartRequest,
    ReturnRequest,
    StockBalance,
    StockMinimum,
    TransportException,
)
from desktop.core.rules.roles import Role
from desktop.core.services.complaints.sheets import AnswerDue, to_answer
from desktop.core.services.kernel.actor import Actor
from desktop.core.services.kernel.scope import request_scope
from desktop.core.services.returns.queues import RequestView, view_conditions
from desktop.core.services.stock.part_requests import waiting
from desktop.core.services.transport.exceptions import to_decide
from desktop.core.store.db import Database


class Work(StrEnum):
    APPROVALS = "approvals"  # reviewed requests waiting for the order department
    REVIEWS = "reviews"  # submitted requests waiting for the region
    MISSING_BOXES = "missing_boxes"  # boxes still out past the policy's days (L4)
    OVERDUE = "overdue"  # requests past HQ's working-day clock (A8)
    QUOTES = "quotes"  # requests with repair quotes for the dealer to answer (R4)
    STOCK_GAPS = "stock_gaps"  # parts below the turnover minimum (S2)
    PART_REQUESTS = "part_requests"  # part requests not yet decided
    SHEETS_LATE = "sheets_late"  # complaint sheets to answer, past the response time
    SHEETS_DUE = "sheets_due"  # complaint sheets to answer, still within it
    TRANSPORT = "transport"  # transport records waiting for a decision


ROLE_WORK: dict[Role, tuple[Work, ...]] = {
    Role.DEALER_STAFF: (Work.QUOTES, Work.STOCK_GAPS, Work.PART_REQUESTS),
    Role.REGIONAL_MANAGER: (Work.REVIEWS,),
    Role.ORDER_DEPT: (Work.APPROVALS, Work.SHEETS_LATE, Work.SHEETS_DUE, Work.TRANSPORT,
                      Work.OVERDUE),
    Role.WAREHOUSE: (Work.MISSING_BOXES, Work.OVERDUE),
    Role.TECHNICIAN: (Work.OVERDUE, Work.STOCK_GAPS),
    Role.CUSTOMER_SERVICE: (Work.PART_REQUESTS, Work.STOCK_GAPS),
    Role.MANAGEMENT: (Work.OVERDUE, Work.APPROVALS, Work.MISSING_BOXES),
    Role.ADMIN: (),
}

REQUEST_VIEWS = {Work.APPROVALS: RequestView.APPROVE, Work.REVIEWS: RequestView.REVIEW,
                 Work.MISSING_BOXES: RequestView.MISSING_BOXES, Work.OVERDUE: RequestView.OVERDUE,
                 Work.QUOTES: RequestView.QUOTES}
SHEETS = {Work.SHEETS_LATE: AnswerDue.LATE, Work.SHEETS_DUE: AnswerDue.IN_TIME}


@dataclass(frozen=True)
class WorkCount:
    work: Work
    count: int


def day_work(db: Database, actor: Actor, now: datetime | None = None) -> list[WorkCount]:
    """The counts of the actor's day's work, in the order its first screen shows them."""
    at = now or datetime.now(UTC)
    with db.read() as session:
        return [WorkCount(work, _count(session, actor, work, at))
                for work in ROLE_WORK[actor.role]]


def _count(session: Session, actor: Actor, work: Work, now: datetime) -> int:
    model, where = _where(session, actor, work, now)
    if model is None:
        return _stock_gaps(session, actor)
    return int(session.scalar(select(func.count()).select_from(model).where(*where)) or 0)


def _where(session: Session, actor: Actor, work: Work,
           now: datetime) -> tuple[type[Any] | None, list[Any]]:
    if work in REQUEST_VIEWS:
        scope = request_scope(actor)
        found = view_conditions(session, actor, REQUEST_VIEWS[work], now.astimezone().date())
        return ReturnRequest, found if scope is None else [*found, scope]
    if work in SHEETS:
        return ComplaintSheet, to_answer(session, actor, SHEETS[work], now)
    others: dict[Work, tuple[type[Any], Callable[[Actor], list[Any]]]] = {
        Work.PART_REQUESTS: (PartRequest, waiting), Work.TRANSPORT: (TransportException, to_decide)}
    if work in others:
        model, conditions = others[work]
        return model, conditions(actor)
    return None, []


def _stock_gaps(session: Session, actor: Actor) -> int:
    """Locations and parts held below the turnover minimum (S2), as the gaps list shows them:
    the balance summed over grades, none held counting as zero."""
    held = (select(StockBalance.location_id, StockBalance.part_id,
                   func.sum(StockBalance.quantity).label("quantity"))
            .group_by(StockBalance.location_id, StockBalance.part_id).subquery())
    stmt = (select(func.count()).select_from(StockMinimum)
            .outerjoin(held, and_(held.c.location_id == StockMinimum.location_id,
                                  held.c.part_id == StockMinimum.part_id))
            .where(StockMinimum.minimum > 0,
                   func.coalesce(held.c.quantity, 0) < StockMinimum.minimum))
    if not actor.is_hq:
        stmt = stmt.where(StockMinimum.location_id == actor.org_id)
    return int(session.scalar(stmt) or 0)
