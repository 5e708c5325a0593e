"""The queues of return requests as conditions in the database, shared by the lists and by the
day's work on the first screen, so a count and the list it opens are one definition: waiting
for review, waiting for approval, past HQ's clock (A8), boxes still missing after the policy's
days (L4), repair quotes the dealer has to answer (R4)."""

from __future__ import annotations

from datetime import date, timedelta
from enum import StrEnum
from typing import Any

from sqlalchemy import exists, select
from sqlalchemy.orm import Session

from desktop.core.model import InspectionItem, ReturnRequest
from desktop.core.rules.calendar import WorkCalendar
from desktop.core.rules.inspection import Quote
from desktop.core.rules.roles import Role
from desktop.core.rules.workflow import CLOCK_RUNNING, State
from desktop.core.services.kernel.actor import Actor
from desktop.core.services.kernel.policy import read_calendar, read_policy

QUOTE_STATES = (State.RECEIVED, State.INSPECTED)  # where a dealer may answer a quote


class RequestView(StrEnum):
    ALL = "all"  # everything the actor may see
    REVIEW = "review"  # the region's: submitted, awaiting review
    APPROVE = "approve"  # the order department's: reviewed, bound for HQ
    OPEN = "open"  # not closed, cancelled or forwarded
    OVERDUE = "overdue"  # HQ's clock running and past its last working day (A8)
    MISSING_BOXES = "missing_boxes"  # being received, boxes out longer than the policy's days
    QUOTES = "quotes"  # repair quotes waiting for the dealer's answer


def last_working_day(cal: WorkCalendar, on: date) -> date:
    """The latest working day on or before ``on`` (a request is overdue once its due date lies
    before it: a working day has passed since the deadline)."""
    day = on
    for _ in range(366):
        if cal.is_working_day(day):
            return day
        day -= timedelta(days=1)
    return on


def for_depot(actor: Actor) -> Any:
    """The requests a warehouse receives: its agent's, or (at HQ's depot) those bound for HQ."""
    return ReturnRequest.agent_org_id == actor.agent_id if actor.agent_id is not None \
        else ReturnRequest.agent_org_id.is_(None)


def view_conditions(session: Session, actor: Actor, view: RequestView, on: date) -> list[Any]:
    """WHERE conditions of ``view`` (beside the actor's scope) on ``on``."""
    if view == RequestView.REVIEW:
        return [ReturnRequest.state == State.SUBMITTED]
    if view == RequestView.APPROVE:
        return [ReturnRequest.state == State.REVIEWED, ReturnRequest.agent_org_id.is_(None)]
    if view == RequestView.OPEN:
        return [ReturnRequest.state.not_in(
            [State.CLOSED, State.CANCELLED, State.FORWARDED_TO_AGENT])]
    if view == RequestView.OVERDUE:
        return [ReturnRequest.state.in_(CLOCK_RUNNING),
                ReturnRequest.due_on < last_working_day(read_calendar(session), on)]
    if view == RequestView.MISSING_BOXES:
        days = read_policy(session).receiving_missing_box_days
        found = [ReturnRequest.state == State.RECEIVING,
                 ReturnRequest.arrived_on < on - timedelta(days=days),
                 ReturnRequest.boxes_received < ReturnRequest.box_count]
        return [*found, for_depot(actor)] if actor.role == Role.WAREHOUSE else found
    if view == RequestView.QUOTES:
        waiting = exists(select(InspectionItem.id).where(
            InspectionItem.request_id == ReturnRequest.id,
            InspectionItem.quote == Quote.PENDING))
        return [ReturnRequest.state.in_(QUOTE_STATES), waiting]
    return []
