"""Callbacks (回访, C3): each attempt a record.  A satisfied customer closes the case (and only
that closes it: the database refuses a closed case without its satisfied callback); an
unsatisfied one reopens it; one not reached gets the next attempt scheduled."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import func, select

from desktop.core.errors import InvalidInput
from desktop.core.i18n import QT_TRANSLATE_NOOP, msg
from desktop.core.model import Callback
from desktop.core.rules.roles import Capability
from desktop.core.rules.service import CaseAction, CaseState, next_attempt
from desktop.core.services.kernel.actor import Actor, require
from desktop.core.services.kernel.audit import record
from desktop.core.services.kernel.policy import read_policy
from desktop.core.services.service.cases import step_case
from desktop.core.services.service.common import moment, reclassify
from desktop.core.store.db import Database


@dataclass(frozen=True)
class CallbackOutcome:
    state: CaseState
    attempt: int
    next_attempt_at: datetime | None


def record_callback(db: Database, actor: Actor, number: str, reached: bool,
                    satisfied: bool | None = None, reason: str = "",
                    next_attempt_at: datetime | None = None,
                    shown_version: int | None = None,
                    now: datetime | None = None) -> CallbackOutcome:
    """One callback attempt on a completed case."""
    require(actor, Capability.SERVICE_DESK)
    if reached and satisfied is None:
        raise InvalidInput(msg(QT_TRANSLATE_NOOP(
            "Messages", "Say whether the customer was satisfied.")), "satisfied")
    if reached and not satisfied and not reason.strip():
        raise InvalidInput(msg(QT_TRANSLATE_NOOP(
            "Messages", "Write down why the customer is not satisfied.")), "reason")
    at = moment(now)
    with db.write() as session:
        case = step_case(session, actor, number, CaseAction.CALLBACK, shown_version)
        attempt = 1 + (session.scalar(select(func.count()).select_from(Callback).where(
            Callback.case_id == case.id)) or 0)
        call = Callback(case_id=case.id, attempt=attempt, at=at, by=actor.login,
                        reached=reached, satisfied=satisfied if reached else None,
                        reason=reason.strip()[:400])
        if not reached:
            call.next_attempt_at = next_attempt(at, read_policy(session).callback_retry_hours,
                                                next_attempt_at)
            case.callback_due_at = call.next_attempt_at
        session.add(call)
        session.flush()
        if reached:
            case.callback_at, case.callback_satisfied = at, bool(satisfied)
            if satisfied:
                case.state, case.closed_at, case.closed_by_callback_id = (
                    CaseState.CLOSED, at, call.id)
            else:
                case.state, case.reopened = CaseState.IN_PROGRESS, case.reopened + 1
                case.completed_at = case.callback_due_at = None
            reclassify(case)
        record(session, actor, "service.callback", "service_case", case.number,
               f"#{attempt} " + ("unreached" if not reached else
                                 "satisfied" if satisfied else "unsatisfied"),
               reason=reason.strip())
        session.commit()
        return CallbackOutcome(case.state, attempt, call.next_attempt_at)
