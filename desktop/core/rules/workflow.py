"""The return request's life (A1, A8, A9): which action moves it from which state, and who may
act.  The services add the organisation check (a dealer acts on its own requests, a regional
manager on the region's) and write the history.

draft → submitted → reviewed → approved → shipped → receiving → received → inspected → settled
→ closed; rejected (back to the dealer, who may revise and resubmit) and cancelled.  A
distributor's request, once reviewed by the region, goes to its agent (forwarded_to_agent), not
to HQ.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum

from desktop.core.i18n import QT_TRANSLATE_NOOP
from desktop.core.rules.roles import Role


class State(StrEnum):
    DRAFT = "draft"
    SUBMITTED = "submitted"
    REVIEWED = "reviewed"
    FORWARDED_TO_AGENT = "forwarded_to_agent"
    APPROVED = "approved"
    SHIPPED = "shipped"
    RECEIVING = "receiving"
    RECEIVED = "received"
    INSPECTED = "inspected"
    SETTLED = "settled"
    CLOSED = "closed"
    REJECTED = "rejected"
    CANCELLED = "cancelled"


STATE_LABELS: dict[State, str] = {
    State.DRAFT: QT_TRANSLATE_NOOP("Workflow", "Draft"),
    State.SUBMITTED: QT_TRANSLATE_NOOP("Workflow", "Submitted, awaiting region"),
    State.REVIEWED: QT_TRANSLATE_NOOP("Workflow", "Reviewed, awaiting order department"),
    State.FORWARDED_TO_AGENT: QT_TRANSLATE_NOOP("Workflow", "Reviewed, goes to the agent"),
    State.APPROVED: QT_TRANSLATE_NOOP("Workflow", "Approved, may ship"),
    State.SHIPPED: QT_TRANSLATE_NOOP("Workflow", "Shipped"),
    State.RECEIVING: QT_TRANSLATE_NOOP("Workflow", "Receiving"),
    State.RECEIVED: QT_TRANSLATE_NOOP("Workflow", "Received"),
    State.INSPECTED: QT_TRANSLATE_NOOP("Workflow", "Inspected"),
    State.SETTLED: QT_TRANSLATE_NOOP("Workflow", "Settled"),
    State.CLOSED: QT_TRANSLATE_NOOP("Workflow", "Closed"),
    State.REJECTED: QT_TRANSLATE_NOOP("Workflow", "Rejected, back to the dealer"),
    State.CANCELLED: QT_TRANSLATE_NOOP("Workflow", "Cancelled"),
}


class Action(StrEnum):
    SUBMIT = "submit"
    REVIEW = "review"
    APPROVE = "approve"
    REJECT = "reject"
    CANCEL = "cancel"
    SHIP = "ship"
    START_RECEIVING = "start_receiving"
    RECEIVE = "receive"
    INSPECT = "inspect"
    SETTLE = "settle"
    CLOSE = "close"


ACTION_LABELS: dict[Action, str] = {
    Action.SUBMIT: QT_TRANSLATE_NOOP("Workflow", "Submit"),
    Action.REVIEW: QT_TRANSLATE_NOOP("Workflow", "Pass review"),
    Action.APPROVE: QT_TRANSLATE_NOOP("Workflow", "Approve"),
    Action.REJECT: QT_TRANSLATE_NOOP("Workflow", "Reject"),
    Action.CANCEL: QT_TRANSLATE_NOOP("Workflow", "Cancel request"),
    Action.SHIP: QT_TRANSLATE_NOOP("Workflow", "Mark shipped"),
    Action.START_RECEIVING: QT_TRANSLATE_NOOP("Workflow", "Goods arriving"),
    Action.RECEIVE: QT_TRANSLATE_NOOP("Workflow", "All received"),
    Action.INSPECT: QT_TRANSLATE_NOOP("Workflow", "Inspection done"),
    Action.SETTLE: QT_TRANSLATE_NOOP("Workflow", "Settle"),
    Action.CLOSE: QT_TRANSLATE_NOOP("Workflow", "Close"),
}


@dataclass(frozen=True)
class Step:
    action: Action
    sources: frozenset[State]
    target: State
    roles: frozenset[Role]
    needs_reason: bool = False


def _s(action: Action, sources: set[State], target: State, roles: set[Role],
       needs_reason: bool = False) -> Step:
    return Step(action, frozenset(sources), target, frozenset(roles), needs_reason)


STEPS: tuple[Step, ...] = (
    _s(Action.SUBMIT, {State.DRAFT, State.REJECTED}, State.SUBMITTED, {Role.DEALER_STAFF}),
    _s(Action.REVIEW, {State.SUBMITTED}, State.REVIEWED, {Role.REGIONAL_MANAGER}),
    _s(Action.APPROVE, {State.REVIEWED}, State.APPROVED, {Role.ORDER_DEPT}),
    _s(Action.REJECT, {State.SUBMITTED}, State.REJECTED, {Role.REGIONAL_MANAGER}, True),
    _s(Action.REJECT, {State.REVIEWED}, State.REJECTED, {Role.ORDER_DEPT}, True),
    _s(Action.CANCEL, {State.DRAFT, State.SUBMITTED, State.REJECTED}, State.CANCELLED,
       {Role.DEALER_STAFF}, True),
    _s(Action.CANCEL, {State.APPROVED}, State.CANCELLED, {Role.ORDER_DEPT}, True),
    # A distributor ships to its agent once the region has reviewed (A1).
    _s(Action.SHIP, {State.APPROVED, State.FORWARDED_TO_AGENT}, State.SHIPPED,
       {Role.DEALER_STAFF}),
    _s(Action.START_RECEIVING, {State.APPROVED, State.SHIPPED, State.FORWARDED_TO_AGENT},
       State.RECEIVING, {Role.WAREHOUSE}),
    _s(Action.RECEIVE, {State.RECEIVING}, State.RECEIVED, {Role.WAREHOUSE}),
    _s(Action.INSPECT, {State.RECEIVED}, State.INSPECTED, {Role.TECHNICIAN}),
    _s(Action.SETTLE, {State.INSPECTED}, State.SETTLED, {Role.ORDER_DEPT}),
    _s(Action.CLOSE, {State.SETTLED}, State.CLOSED, {Role.ORDER_DEPT}),
)

# Driven by their own screens, never by a bare button: shipping by declaring boxes, receiving
# by scanning them (a shipped request always has its boxes and labels), inspection by a verdict
# on every counted unit, settlement by the settlement form.
DESK_ACTIONS = frozenset({Action.SHIP, Action.START_RECEIVING, Action.RECEIVE, Action.INSPECT,
                          Action.SETTLE})

# The HQ clock (A8) runs from the goods' arrival until the return is settled.
CLOCK_RUNNING = frozenset({State.RECEIVING, State.RECEIVED, State.INSPECTED})
OPEN_STATES = frozenset(State) - {State.CLOSED, State.CANCELLED, State.FORWARDED_TO_AGENT}
EDITABLE = frozenset({State.DRAFT, State.REJECTED})


def step_for(action: Action, state: State, role: Role) -> Step | None:
    """The step ``role`` may take with ``action`` from ``state``, or None."""
    for step in STEPS:
        if step.action == action and state in step.sources and role in step.roles:
            return step
    return None


def target_of(step: Step, to_agent: bool) -> State:
    """A distributor's request passes review to its agent, not to HQ (A1)."""
    if step.action == Action.REVIEW and to_agent:
        return State.FORWARDED_TO_AGENT
    return step.target


def actions_for(state: State, role: Role, to_agent: bool = False) -> list[Action]:
    """What ``role`` may do to a request in ``state`` (for the buttons a screen shows)."""
    found = [s.action for s in STEPS if state in s.sources and role in s.roles
             and s.action not in DESK_ACTIONS]
    if to_agent:
        found = [a for a in found if a != Action.APPROVE]
    return list(dict.fromkeys(found))
