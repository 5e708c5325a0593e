"""Spare-parts stock (S1–S3) and the repair rules that touch it (R1, R2).

Stock is a ledger of movements per location; the balance is their sum and never goes below
zero (S3).  Repaired electronic parts come back as refurbished stock, for after-sales
replacement only (R1).  A discontinued product's parts are kept until its end of production
plus the warranty of the part's category (S1).
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date
from enum import StrEnum

from desktop.core.i18n import QT_TRANSLATE_NOOP, Message
from desktop.core.rules.catalogue import PartKind
from desktop.core.rules.warranty import add_months

CTX = "Stock"


class Grade(StrEnum):
    NEW = "new"
    REFURBISHED = "refurbished"  # R1: good, but for after-sales replacement only


GRADE_LABELS: dict[Grade, str] = {
    Grade.NEW: QT_TRANSLATE_NOOP("Stock", "New"),
    Grade.REFURBISHED: QT_TRANSLATE_NOOP("Stock", "Refurbished (after-sales only, not for sale)"),
}


class PartRequestState(StrEnum):
    SUBMITTED = "submitted"
    APPROVED = "approved"  # and transferred
    REJECTED = "rejected"


class RepairResult(StrEnum):
    OPEN = "open"
    REPAIRED = "repaired"
    NOT_REPAIRABLE = "not_repairable"


class Movement(StrEnum):
    RECEIPT = "receipt"
    ISSUE = "issue"                # to a repair
    TRANSFER_OUT = "transfer_out"
    TRANSFER_IN = "transfer_in"
    ADJUSTMENT = "adjustment"      # either sign, with a reason
    SCRAP = "scrap"


MOVEMENT_LABELS: dict[Movement, str] = {
    Movement.RECEIPT: QT_TRANSLATE_NOOP("Stock", "Receipt"),
    Movement.ISSUE: QT_TRANSLATE_NOOP("Stock", "Issue to a repair"),
    Movement.TRANSFER_OUT: QT_TRANSLATE_NOOP("Stock", "Transfer out"),
    Movement.TRANSFER_IN: QT_TRANSLATE_NOOP("Stock", "Transfer in"),
    Movement.ADJUSTMENT: QT_TRANSLATE_NOOP("Stock", "Adjustment"),
    Movement.SCRAP: QT_TRANSLATE_NOOP("Stock", "Scrap"),
}

OUTGOING = frozenset({Movement.ISSUE, Movement.TRANSFER_OUT, Movement.SCRAP})
INCOMING = frozenset({Movement.RECEIPT, Movement.TRANSFER_IN})
# Moves that send parts away for good: refused for the last units under retention (S1).
AWAY = frozenset({Movement.TRANSFER_OUT, Movement.SCRAP})
# What a repair may bring back as refurbished stock (R1: the electronics).
REFURBISHABLE = frozenset({PartKind.ELECTRONIC, PartKind.DRIVER})
ELECTRONIC = frozenset({PartKind.ELECTRONIC, PartKind.DRIVER})


def _m(source: str, **fields: object) -> Message:
    return Message(source, fields, CTX)


def signed(kind: Movement, quantity: int) -> int:
    """The change a movement makes to the balance; ``quantity`` is what the user typed."""
    if kind == Movement.ADJUSTMENT:
        return quantity
    return -abs(quantity) if kind in OUTGOING else abs(quantity)


def check_movement(kind: Movement, quantity: int, reason: str) -> Message | None:
    if quantity == 0:
        return _m(QT_TRANSLATE_NOOP("Stock", "The quantity cannot be zero."))
    if kind != Movement.ADJUSTMENT and quantity < 0:
        return _m(QT_TRANSLATE_NOOP(
            "Stock", "Type the quantity without a sign; the kind of movement gives the "
                     "direction."))
    if kind in (Movement.ADJUSTMENT, Movement.SCRAP) and not reason.strip():
        return _m(QT_TRANSLATE_NOOP("Stock", "An adjustment or a scrap needs a reason."))
    return None


def keep_until(discontinued: Iterable[date], months: int) -> date | None:
    """S1: the last day a part must stay in stock: the latest end of production among the
    discontinued products that use it, plus the warranty of the part's category."""
    ends = list(discontinued)
    return add_months(max(ends), months) if ends else None


def under_retention(until: date | None, today: date) -> bool:
    return until is not None and today <= until


def retention_refusal(kind: Movement, until: date | None, today: date,
                      left_after: int) -> Message | None:
    """S1: scrapping or transferring away the last units before the keep-until date is
    refused; issuing them to a repair is what they are kept for."""
    if kind in AWAY and left_after <= 0 and under_retention(until, today):
        return _m(QT_TRANSLATE_NOOP(
            "Stock", "These are the last units of a part kept for a discontinued product until "
                     "{until} (S1); they may go to repairs, not be scrapped or sent away."),
            until=until.isoformat() if until else "")
    return None


@dataclass(frozen=True)
class RepairFacts:
    """What R2 needs to know about a finished repair."""

    project: bool
    in_warranty: bool
    electronic_parts: frozenset[str]  # the product's electronic parts (part numbers)
    handled: frozenset[str]           # replaced from stock or recorded as repaired


def r2_missing(facts: RepairFacts) -> list[str]:
    """R2: project (工程) bulk lights under warranty have all electronic parts repaired or
    replaced; the electronic parts not yet handled."""
    if not (facts.project and facts.in_warranty):
        return []
    return sorted(facts.electronic_parts - facts.handled)


# R3, printed on everything a repair sends back.
R3_NOTE = QT_TRANSLATE_NOOP(
    "Stock", "The repair guarantees the lighting function, not the appearance (R3).")
