"""Transport exceptions (货物异常处理, X1–X3) and the product transport exception record
(《产品运输异常记录表》).

X1: loss, shortage or wrong goods are signed for by the carrier; reports later than the policy's
working days after receipt are refused (the order department may accept one with a reason).
X2: damage needs a signed record and a named responsible party before goods can be returned;
mass breakage of light sources in transit is claimed from the carrier, not from the company.
X3: the order department credits in full (全额冲帐) or exchanges (换货) — for damage, once the
responsible party has signed for it: the same signed and attributed record as X2.
"""

from __future__ import annotations

from datetime import date
from enum import StrEnum

from desktop.core.i18n import QT_TRANSLATE_NOOP, Message
from desktop.core.rules.calendar import WorkCalendar, add_working_days


class ExceptionKind(StrEnum):
    LOSS = "loss"
    SHORTAGE = "shortage"
    WRONG_GOODS = "wrong_goods"
    DAMAGE = "damage"
    MASS_BREAKAGE = "mass_breakage"


class Decision(StrEnum):
    FULL_CREDIT = "full_credit"
    EXCHANGE = "exchange"
    CARRIER_CLAIM = "carrier_claim"
    REJECTED = "rejected"


class Direction(StrEnum):
    DELIVERY = "delivery"  # goods from HQ to a dealer or office
    RETURN = "return"  # a return shipment to HQ or an agent


DIRECTION_LABELS: dict[Direction, str] = {
    Direction.DELIVERY: QT_TRANSLATE_NOOP("Transport", "Delivery from HQ"),
    Direction.RETURN: QT_TRANSLATE_NOOP("Transport", "Return shipment"),
}


class ExceptionState(StrEnum):
    RECORDED = "recorded"  # awaiting the order department
    LATE = "late"  # refused as late (X1) unless the order department accepts it
    DECIDED = "decided"


KIND_LABELS: dict[ExceptionKind, str] = {
    ExceptionKind.LOSS: QT_TRANSLATE_NOOP("Transport", "Loss"),
    ExceptionKind.SHORTAGE: QT_TRANSLATE_NOOP("Transport", "Shortage"),
    ExceptionKind.WRONG_GOODS: QT_TRANSLATE_NOOP("Transport", "Wrong goods"),
    ExceptionKind.DAMAGE: QT_TRANSLATE_NOOP("Transport", "Damage in transport"),
    ExceptionKind.MASS_BREAKAGE: QT_TRANSLATE_NOOP(
        "Transport", "Mass breakage of light sources (claim from the carrier)"),
}
DECISION_LABELS: dict[Decision, str] = {
    Decision.FULL_CREDIT: QT_TRANSLATE_NOOP("Transport", "Full credit"),
    Decision.EXCHANGE: QT_TRANSLATE_NOOP("Transport", "Exchange"),
    Decision.CARRIER_CLAIM: QT_TRANSLATE_NOOP("Transport", "Claim with the carrier"),
    Decision.REJECTED: QT_TRANSLATE_NOOP("Transport", "Rejected"),
}
STATE_LABELS: dict[ExceptionState, str] = {
    ExceptionState.RECORDED: QT_TRANSLATE_NOOP("Transport", "Awaiting the order department"),
    ExceptionState.LATE: QT_TRANSLATE_NOOP("Transport", "Reported late (X1)"),
    ExceptionState.DECIDED: QT_TRANSLATE_NOOP("Transport", "Decided"),
}


def report_deadline(cal: WorkCalendar, received_on: date, working_days: int) -> date:
    """The last day a report is taken: ``working_days`` working days after receipt (X1)."""
    return add_working_days(cal, received_on, working_days)


def late_message(received_on: date, deadline: date, working_days: int) -> Message:
    return Message(QT_TRANSLATE_NOOP(
        "Transport", "Reported after {deadline}: reports are taken within {days} working days of "
        "receipt ({received}) (X1). The order department may still accept it with a reason."),
        {"deadline": deadline.isoformat(), "days": working_days,
         "received": received_on.isoformat()}, "Transport")


def decisions_for(kind: ExceptionKind) -> list[Decision]:
    """Mass breakage of light sources is the carrier's (X2): never credited by the company."""
    if kind == ExceptionKind.MASS_BREAKAGE:
        return [Decision.CARRIER_CLAIM, Decision.REJECTED]
    return list(Decision)


def return_blocker(kind: ExceptionKind, carrier_signed: bool,
                   responsible_party: str) -> Message | None:
    """Why this damage cannot become a return yet (X2), or None."""
    if kind == ExceptionKind.MASS_BREAKAGE:
        return Message(QT_TRANSLATE_NOOP(
            "Transport", "Mass breakage in transit is claimed from the carrier, not returned to "
            "the company (X2)."), {}, "Transport")
    if kind == ExceptionKind.DAMAGE and not (carrier_signed and responsible_party.strip()):
        return Message(QT_TRANSLATE_NOOP(
            "Transport", "Damaged goods can be returned only with the signed transport exception "
            "record and the responsible party named (X2)."), {}, "Transport")
    return None


# What the company gives for damage only on the signed, attributed record (X2, X3).
SETTLING = frozenset({Decision.FULL_CREDIT, Decision.EXCHANGE})


def decision_blocker(kind: ExceptionKind, decision: Decision, carrier_signed: bool,
                     responsible_party: str) -> Message | None:
    """Why the order department cannot decide this yet, or None.  Damage is credited or
    exchanged only when the record is signed and names the responsible party (X2, X3); a
    claim with the carrier or a rejection needs neither."""
    if kind != ExceptionKind.DAMAGE or decision not in SETTLING:
        return None
    if carrier_signed and responsible_party.strip():
        return None
    return Message(QT_TRANSLATE_NOOP(
        "Transport", "Damage is credited or exchanged only on the record signed by the carrier "
        "and naming the responsible party (X2, X3). The receiver adds them to the record first."),
        {}, "Transport")
