"""The service desk's rules (C2–C4, S4): states of a service case, its promised response, the
callback that alone closes it, its C3 classes and which one the figures count, and the
major-incident and part-claim states.  Pure functions on plain values.

Precedence of the C3 classes (the one class the monthly figures count; every tag is kept):
repeated repairs did not fix > first repair did not fix > service attitude > unsatisfied at
callback > complaint call > satisfied.  A repair that did not hold is the maker's most serious
failure, then the way the customer was treated, then what the callback found; a satisfied
callback counts only when nothing else applies.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta
from enum import StrEnum

from desktop.core.i18n import QT_TRANSLATE_NOOP, Message, msg
from desktop.core.rules.roles import Role

CTX = "Service"


class CaseState(StrEnum):
    REGISTERED = "registered"
    ASSIGNED = "assigned"
    IN_PROGRESS = "in_progress"  # confirmed by the assignee, or reopened by a callback
    COMPLETED = "completed"      # waiting for its callback
    CLOSED = "closed"            # only by a satisfied callback (a database trigger holds it)


class Channel(StrEnum):
    PHONE = "phone"
    IN_PERSON = "in_person"
    WRITTEN = "written"


class Priority(StrEnum):
    URGENT = "urgent"
    NORMAL = "normal"


class Klass(StrEnum):
    REPEATED_REPAIRS = "repeated_repairs_failed"
    FIRST_REPAIR = "first_repair_failed"
    ATTITUDE = "service_attitude"
    UNSATISFIED = "callback_unsatisfied"
    COMPLAINT_CALL = "complaint_call"
    SATISFIED = "satisfied"


PRECEDENCE: tuple[Klass, ...] = tuple(Klass)  # declared most serious first

KLASS_LABELS: dict[Klass, str] = {
    Klass.SATISFIED: QT_TRANSLATE_NOOP("Service", "Satisfied"),
    Klass.UNSATISFIED: QT_TRANSLATE_NOOP("Service", "Unsatisfied at callback"),
    Klass.COMPLAINT_CALL: QT_TRANSLATE_NOOP("Service", "Complaint call"),
    Klass.FIRST_REPAIR: QT_TRANSLATE_NOOP("Service", "First repair did not fix"),
    Klass.REPEATED_REPAIRS: QT_TRANSLATE_NOOP("Service", "Repeated repairs did not fix"),
    Klass.ATTITUDE: QT_TRANSLATE_NOOP("Service", "Service attitude"),
}
CHANNEL_LABELS: dict[Channel, str] = {
    Channel.PHONE: QT_TRANSLATE_NOOP("Service", "Phone"),
    Channel.IN_PERSON: QT_TRANSLATE_NOOP("Service", "In person"),
    Channel.WRITTEN: QT_TRANSLATE_NOOP("Service", "Written"),
}
STATE_LABELS: dict[CaseState, str] = {
    CaseState.REGISTERED: QT_TRANSLATE_NOOP("Service", "Registered"),
    CaseState.ASSIGNED: QT_TRANSLATE_NOOP("Service", "Assigned"),
    CaseState.IN_PROGRESS: QT_TRANSLATE_NOOP("Service", "In progress"),
    CaseState.COMPLETED: QT_TRANSLATE_NOOP("Service", "Completed, callback due"),
    CaseState.CLOSED: QT_TRANSLATE_NOOP("Service", "Closed"),
}
PRIORITY_LABELS: dict[Priority, str] = {
    Priority.URGENT: QT_TRANSLATE_NOOP("Service", "Urgent"),
    Priority.NORMAL: QT_TRANSLATE_NOOP("Service", "Normal"),
}


class OldPartFate(StrEnum):
    """What became of the part taken out (seed 004: 旧件处理)."""

    RETURNED_TO_HQ = "returned_to_hq"
    KEPT_FOR_WRITE_OFF = "kept_for_write_off"  # S4: kept until HQ's write-off note
    LEFT_WITH_CUSTOMER = "left_with_customer"
    SCRAPPED = "scrapped"


class IncidentKind(StrEnum):
    WHOLE_REPLACEMENT = "whole_replacement"
    REFUND = "refund"
    COMPENSATION = "compensation"


class IncidentState(StrEnum):
    APPLIED = "applied"
    APPROVED = "approved"
    REJECTED = "rejected"


class ClaimState(StrEnum):
    CLAIMED = "claimed"
    PART_REQUESTED = "part_requested"  # the technical department wants the part back
    ACCEPTED = "accepted"
    WRITTEN_OFF = "written_off"        # 核销单 issued: the dealer may discard the part
    REJECTED = "rejected"


class Settle(StrEnum):
    REPLENISH = "replenish"  # the part comes back to the dealer's turnover stock
    CREDIT = "credit"        # its value is credited


class CaseAction(StrEnum):
    ASSIGN = "assign"
    CONFIRM = "confirm"
    RECORD_WORK = "record_work"
    COMPLETE = "complete"
    CALLBACK = "callback"


# From which states each action may be taken.
ALLOWED_FROM: dict[CaseAction, frozenset[CaseState]] = {
    CaseAction.ASSIGN: frozenset({CaseState.REGISTERED, CaseState.ASSIGNED,
                                  CaseState.IN_PROGRESS}),
    CaseAction.CONFIRM: frozenset({CaseState.ASSIGNED}),
    CaseAction.RECORD_WORK: frozenset({CaseState.IN_PROGRESS}),
    CaseAction.COMPLETE: frozenset({CaseState.IN_PROGRESS}),
    CaseAction.CALLBACK: frozenset({CaseState.COMPLETED}),
}


def action_refusal(action: CaseAction, state: CaseState) -> Message | None:
    """None when ``action`` may be taken on a case in ``state``, else why not."""
    if state in ALLOWED_FROM[action]:
        return None
    return msg(QT_TRANSLATE_NOOP(
        "Messages", "A case that is {state} cannot be given this step."),
        state=Message(STATE_LABELS[state], {}, CTX))


def may_work(role: Role) -> bool:
    """Roles that may confirm and record work on a case assigned to them."""
    return role in (Role.TECHNICIAN, Role.CUSTOMER_SERVICE, Role.DEALER_STAFF)


def respond_by(registered_at: datetime, priority: Priority, urgent_hours: int,
               normal_hours: int) -> datetime:
    """The response time promised to the customer (C2), by priority."""
    hours = urgent_hours if priority == Priority.URGENT else normal_hours
    return registered_at + timedelta(hours=hours)


def callback_due(completed_at: datetime, due_hours: int) -> datetime:
    """C3: the callback is due within the policy's hours of completion."""
    return completed_at + timedelta(hours=due_hours)


def next_attempt(attempted_at: datetime, retry_hours: int,
                 asked: datetime | None = None) -> datetime:
    """An unreachable customer: the next attempt (the one asked for, else after the policy's
    hours)."""
    if asked is not None and asked > attempted_at:
        return asked
    return attempted_at + timedelta(hours=retry_hours)


def overdue(due: datetime | None, now: datetime) -> bool:
    return due is not None and now > due


@dataclass(frozen=True)
class CaseFacts:
    """What the classes are made of."""

    complaint: bool = False          # a complaint, not only a service request
    about_attitude: bool = False     # the complaint is about how the customer was treated
    earlier_repairs: int = 0         # completed repairs of this unit within the window
    callback_satisfied: bool | None = None  # the last reached callback's answer


def repeat_class(earlier_repairs: int) -> Klass | None:
    """C3: one earlier completed repair within the window → first repair did not fix; two or
    more → repeated repairs did not fix."""
    if earlier_repairs >= 2:
        return Klass.REPEATED_REPAIRS
    if earlier_repairs == 1:
        return Klass.FIRST_REPAIR
    return None


def classify(facts: CaseFacts) -> tuple[Klass, ...]:
    """Every C3 class the facts give, in order of precedence (the first is the one counted)."""
    tags: set[Klass] = set()
    repeat = repeat_class(facts.earlier_repairs)
    if repeat is not None:
        tags.add(repeat)
    if facts.complaint:
        tags.add(Klass.ATTITUDE if facts.about_attitude else Klass.COMPLAINT_CALL)
    if facts.callback_satisfied is True:
        tags.add(Klass.SATISFIED)
    elif facts.callback_satisfied is False:
        tags.add(Klass.UNSATISFIED)
    return tuple(k for k in PRECEDENCE if k in tags)


def primary(tags: tuple[Klass, ...]) -> Klass | None:
    """The one class the monthly figures count."""
    return tags[0] if tags else None


def incident_suggested(earlier_repairs: int) -> bool:
    """A case that reaches the repeat-repair threshold suggests a major-incident application."""
    return repeat_class(earlier_repairs) == Klass.REPEATED_REPAIRS


def may_discard(state: ClaimState) -> bool:
    """S4: the dealer keeps the faulty part until the write-off note is issued (or the claim
    is rejected)."""
    return state in (ClaimState.WRITTEN_OFF, ClaimState.REJECTED)


def split_unit_key(text: str, known_models: frozenset[str]) -> tuple[str, str, str]:
    """A unit asked for as a serial, or as a model and its date code ("DL-0705 2506" or
    "DL-0705/2506"): (serial, model, date code), the unused ones empty."""
    cleaned = text.strip()
    for sep in (" ", "/", "+"):
        model, _sep, code = cleaned.partition(sep)
        if code.strip() and model.strip().upper() in known_models:
            return "", model.strip().upper(), code.strip()
    return cleaned, "", ""
