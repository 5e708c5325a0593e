"""The return request's workflow (A1, A8, A9): each transition checks the role, the
organisation and the version the form showed, records who, when and why, and commits once."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, date, datetime

from sqlalchemy.orm import Session

from desktop.core.errors import Conflict, DomainError, InvalidInput
from desktop.core.i18n import QT_TRANSLATE_NOOP, Message, msg
from desktop.core.model import ReturnRequest
from desktop.core.rules.acceptance import Severity
from desktop.core.rules.calendar import add_working_days
from desktop.core.rules.roles import Role
from desktop.core.rules.workflow import DESK_ACTIONS, Action, State, Step, step_for, target_of
from desktop.core.services.kernel.actor import Actor
from desktop.core.services.kernel.audit import record
from desktop.core.services.kernel.lookup import check_version
from desktop.core.services.kernel.policy import read_calendar, read_policy
from desktop.core.services.returns.filing import findings_from_json, load_for_update
from desktop.core.store.db import Database


@dataclass(frozen=True)
class TransitionResult:
    number: str
    ok: bool
    state: State | None
    message: Message | None = None


def transition(db: Database, actor: Actor, number: str, action: Action, reason: str = "",
               shown_version: int | None = None, now: datetime | None = None) -> State:
    """Take ``action`` on request ``number``; returns its new state."""
    at = now or datetime.now(UTC)
    with db.write() as session:
        request = load_for_update(session, actor, number)
        check_version(request.version, shown_version)
        if action in (Action.INSPECT, Action.SETTLE):
            raise Conflict(msg(QT_TRANSLATE_NOOP(
                "Messages", "Inspection ends when every counted unit has a verdict; settlement "
                "goes through the settlement form.")))
        if action in DESK_ACTIONS:
            raise Conflict(msg(QT_TRANSLATE_NOOP(
                "Messages", "Shipping and receiving go by boxes: declare the boxes and print "
                "the labels; the depot scans them in.")))
        step = _step(actor, request, action)
        if step.needs_reason and not reason.strip():
            raise InvalidInput(msg(QT_TRANSLATE_NOOP(
                "Messages", "Give a reason: the dealer reads it.")), "reason")
        if action == Action.SUBMIT:
            _check_submittable(request)
        before = request.state
        request.state = target_of(step, request.agent_org_id is not None)
        _stamp(session, request, at)
        if action == Action.REJECT:
            request.reject_reason = reason.strip()
        request.version += 1
        record(session, actor, f"return.{action.value}", "return_request", number,
               f"{before.value} → {request.state.value}",
               {"state": [before.value, request.state.value]}, reason.strip())
        session.commit()
        return request.state


def transition_many(db: Database, actor: Actor, shown: dict[str, int], action: Action,
                    reason: str = "") -> list[TransitionResult]:
    """Approve or reject several requests: each in its own transaction, so a request changed
    by somebody else is refused alone and the rest go through."""
    outcomes = []
    for number, version in shown.items():
        try:
            state = transition(db, actor, number, action, reason, version)
        except DomainError as exc:
            outcomes.append(TransitionResult(number, False, None, exc.message))
        else:
            outcomes.append(TransitionResult(number, True, state))
    return outcomes


def _step(actor: Actor, request: ReturnRequest, action: Action) -> Step:
    step = step_for(action, request.state, actor.role)
    to_agent = request.agent_org_id is not None
    if step is None or (action == Action.APPROVE and to_agent):
        raise Conflict(msg(QT_TRANSLATE_NOOP(
            "Messages", "Request {number} is {state}; that cannot be done now."),
            number=request.number, state=request.state.value))
    if actor.role == Role.DEALER_STAFF and request.dealer_org_id != actor.org_id:
        raise Conflict(msg(QT_TRANSLATE_NOOP(
            "Messages", "Only the dealer who filed request {number} may do that."),
            number=request.number))
    return step


def _check_submittable(request: ReturnRequest) -> None:
    if not request.lines:
        raise InvalidInput(msg(QT_TRANSLATE_NOOP(
            "Messages", "A request needs at least one line.")), "lines")
    blocked = [str(line.line_no) for line in request.lines
               if any(f.severity == Severity.BLOCK for f in findings_from_json(line.warnings))]
    if blocked:
        raise InvalidInput(msg(QT_TRANSLATE_NOOP(
            "Messages", "Lines {lines} are not accepted for return; change or remove them."),
            lines=", ".join(blocked)), "lines")


def _stamp(session: Session, request: ReturnRequest, at: datetime) -> None:
    if request.state == State.SUBMITTED:
        request.submitted_at = at
    elif request.state == State.APPROVED:
        request.approved_at = at
    elif request.state == State.RECEIVING:
        stamp_arrival(session, request, at)
    elif request.state in (State.SETTLED, State.CANCELLED, State.FORWARDED_TO_AGENT):
        request.finished_at = at


def stamp_arrival(session: Session, request: ReturnRequest, at: datetime) -> None:
    """The goods arrived: HQ's clock (A8) starts, due in the policy's working days."""
    if request.arrived_on is not None:
        return
    arrived = at.astimezone().date()
    days = read_policy(session).returns_completion_working_days
    request.arrived_on = arrived
    request.due_on = add_working_days(read_calendar(session), arrived, days)


def today() -> date:
    return datetime.now().astimezone().date()
