"""The technician's verdict on returned units and what the dealer gets for it (A3–A7, R4).

A verdict covers some units of one counted model.  Settlement turns the verdicts of a request
into credit (冲帐), exchange (换货), repaired goods sent back with a fee, goods returned as they
came, a penalty for human damage, and reimbursed freight.  The penalty is proposed, never
imposed silently; disqualifying a dealer is a separate decision HQ records (A6).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from decimal import Decimal
from enum import StrEnum

from desktop.core.i18n import QT_TRANSLATE_NOOP, Message

CTX = "Inspection"


class Verdict(StrEnum):
    DEFECT = "defect"                    # quality defect in warranty
    NO_FAULT = "no_fault"                # tested OK (A5)
    HUMAN_DAMAGE = "human_damage"        # 人为破坏 (A6)
    OUT_OF_WARRANTY = "out_of_warranty"  # R4
    NOT_ACCEPTED = "not_accepted"        # A4
    NOT_COVERED = "not_covered"          # A3, with a reason
    SAFETY = "safety"                    # safety problem or worth analysing (A7)


VERDICT_LABELS: dict[Verdict, str] = {
    Verdict.DEFECT: QT_TRANSLATE_NOOP("Inspection", "Quality defect in warranty"),
    Verdict.NO_FAULT: QT_TRANSLATE_NOOP("Inspection", "No fault found (A5)"),
    Verdict.HUMAN_DAMAGE: QT_TRANSLATE_NOOP("Inspection", "Human damage (A6)"),
    Verdict.OUT_OF_WARRANTY: QT_TRANSLATE_NOOP("Inspection", "Out of warranty (R4)"),
    Verdict.NOT_ACCEPTED: QT_TRANSLATE_NOOP("Inspection", "Not accepted for return (A4)"),
    Verdict.NOT_COVERED: QT_TRANSLATE_NOOP("Inspection", "Not covered (A3)"),
    Verdict.SAFETY: QT_TRANSLATE_NOOP("Inspection", "Safety problem / worth analysing (A7)"),
}


class NotCovered(StrEnum):
    """A3's reasons, each one an inspection can give."""

    INSTALLATION = "installation"
    ENVIRONMENT = "environment"
    FORCE_MAJEURE = "force_majeure"
    STORAGE = "storage"
    FOREIGN_PARTS = "foreign_parts"
    TAMPERED = "tampered"


NOT_COVERED_LABELS: dict[NotCovered, str] = {
    NotCovered.INSTALLATION: QT_TRANSLATE_NOOP("Inspection", "Wrong installation or use"),
    NotCovered.ENVIRONMENT: QT_TRANSLATE_NOOP(
        "Inspection", "Unsuitable environment (voltage, overload, short circuit)"),
    NotCovered.FORCE_MAJEURE: QT_TRANSLATE_NOOP(
        "Inspection", "Force majeure (flood, fire, earthquake, lightning)"),
    NotCovered.STORAGE: QT_TRANSLATE_NOOP(
        "Inspection", "Bad storage or handling (dropped, crushed, stacked)"),
    NotCovered.FOREIGN_PARTS: QT_TRANSLATE_NOOP(
        "Inspection", "Used with parts not supplied by the company"),
    NotCovered.TAMPERED: QT_TRANSLATE_NOOP(
        "Inspection", "Disassembled, modified or certificate altered"),
}


class Quote(StrEnum):
    """A repair fee quote for an out-of-warranty unit (R4)."""

    NONE = "none"
    PENDING = "pending"
    ACCEPTED = "accepted"
    DECLINED = "declined"


QUOTE_LABELS: dict[Quote, str] = {
    Quote.NONE: QT_TRANSLATE_NOOP("Inspection", "—"),
    Quote.PENDING: QT_TRANSLATE_NOOP("Inspection", "Awaiting the dealer"),
    Quote.ACCEPTED: QT_TRANSLATE_NOOP("Inspection", "Accepted by the dealer"),
    Quote.DECLINED: QT_TRANSLATE_NOOP("Inspection", "Declined by the dealer"),
}


class Remedy(StrEnum):
    """What the dealer gets for some units."""

    CREDIT = "credit"            # 冲帐
    EXCHANGE = "exchange"        # 换货
    REPAIRED = "repaired"        # repaired and sent back, with the fee if out of warranty
    RETURNED = "returned"        # sent back as it came


REMEDY_LABELS: dict[Remedy, str] = {
    Remedy.CREDIT: QT_TRANSLATE_NOOP("Inspection", "Credit"),
    Remedy.EXCHANGE: QT_TRANSLATE_NOOP("Inspection", "Exchange"),
    Remedy.REPAIRED: QT_TRANSLATE_NOOP("Inspection", "Repaired and sent back"),
    Remedy.RETURNED: QT_TRANSLATE_NOOP("Inspection", "Sent back as it came"),
}

# Verdicts whose units the company makes good: the order department chooses credit or exchange.
MADE_GOOD = frozenset({Verdict.DEFECT, Verdict.SAFETY})


def _m(source: str, **fields: object) -> Message:
    return Message(source, fields, CTX)


@dataclass(frozen=True)
class VerdictInput:
    """What the technician says about some units of one model."""

    verdict: Verdict
    quantity: int
    reason: NotCovered | None = None
    repairable: bool | None = None
    fee: Decimal = Decimal(0)


def check_verdict(item: VerdictInput) -> Message | None:
    """None when the verdict is complete, else what is missing (with its rule)."""
    if item.quantity <= 0:
        return _m(QT_TRANSLATE_NOOP("Inspection", "The quantity must be at least 1."))
    if item.verdict == Verdict.NOT_COVERED and item.reason is None:
        return _m(QT_TRANSLATE_NOOP(
            "Inspection", "Not covered needs one of the A3 reasons."))
    if item.verdict != Verdict.NOT_COVERED and item.reason is not None:
        return _m(QT_TRANSLATE_NOOP(
            "Inspection", "An A3 reason belongs only to a not-covered verdict."))
    if item.fee < 0:
        return _m(QT_TRANSLATE_NOOP("Inspection", "A repair fee cannot be negative."))
    if item.verdict == Verdict.OUT_OF_WARRANTY:
        if item.repairable is None:
            return _m(QT_TRANSLATE_NOOP(
                "Inspection", "Out of warranty: first judge whether it can be repaired (R4)."))
        if item.repairable and item.fee <= 0:
            return _m(QT_TRANSLATE_NOOP(
                "Inspection", "A repairable unit out of warranty needs the repair fee to quote "
                "to the dealer (R4)."))
    elif item.fee:
        return _m(QT_TRANSLATE_NOOP(
            "Inspection", "Only an out-of-warranty repair is charged (R4)."))
    return None


def initial_quote(item: VerdictInput) -> Quote:
    """A repairable out-of-warranty unit waits for the dealer to accept the fee (R4)."""
    if item.verdict == Verdict.OUT_OF_WARRANTY and item.repairable:
        return Quote.PENDING
    return Quote.NONE


def unjudged(counted: dict[str, int], judged: dict[str, int]) -> dict[str, int]:
    """Per model, counted units without a verdict (negative: more verdicts than units)."""
    models = set(counted) | set(judged)
    gaps = {m: counted.get(m, 0) - judged.get(m, 0) for m in models}
    return {m: gap for m, gap in sorted(gaps.items()) if gap}


@dataclass(frozen=True)
class SettledItem:
    """A verdict as settlement sees it."""

    verdict: Verdict
    quantity: int
    unit_price: Decimal
    quote: Quote = Quote.NONE
    fee: Decimal = Decimal(0)
    remedy: Remedy | None = None  # the order department's choice for units made good


@dataclass(frozen=True)
class Proposal:
    """What settlement would give, and what still stands in its way."""

    remedies: list[Remedy]
    credit: Decimal
    exchange_units: int
    repaired_units: int
    returned_units: int
    fees: Decimal
    batch_value: Decimal
    penalty_minimum: Decimal
    freight_reimbursed: bool
    blockers: list[Message] = field(default_factory=list)
    turnover_charge: Decimal = Decimal(0)  # S2: charged to a dealer that lacked the parts
    turnover_reason: str = ""  # the parts it lacked, as "model: part held n of m" (audit)
    turnover_lacking: tuple[tuple[str, str, int, int], ...] = ()  # model, part, held, minimum


def remedy_of(item: SettledItem) -> Remedy | None:
    """The remedy for an item, or None while the order department has to choose."""
    if item.verdict in MADE_GOOD:
        return item.remedy if item.remedy in (Remedy.CREDIT, Remedy.EXCHANGE) else None
    if item.verdict == Verdict.OUT_OF_WARRANTY and item.quote == Quote.ACCEPTED:
        return Remedy.REPAIRED
    if item.verdict == Verdict.OUT_OF_WARRANTY and item.quote == Quote.PENDING:
        return None
    return Remedy.RETURNED


def propose(items: list[SettledItem], penalty_multiple: int) -> Proposal:
    """Settlement of one request's verdicts.  The batch value for the A6 penalty is the value
    of everything HQ counted in the request, at the prices on the request."""
    remedies = [remedy_of(i) for i in items]
    blockers: list[Message] = []
    if not items:
        blockers.append(_m(QT_TRANSLATE_NOOP("Inspection", "Nothing has been inspected.")))
    if any(i.verdict == Verdict.OUT_OF_WARRANTY and i.quote == Quote.PENDING for i in items):
        blockers.append(_m(QT_TRANSLATE_NOOP(
            "Inspection", "A repair quote is still waiting for the dealer's answer (R4).")))
    if any(i.verdict in MADE_GOOD and r is None for i, r in zip(items, remedies, strict=True)):
        blockers.append(_m(QT_TRANSLATE_NOOP(
            "Inspection", "Choose credit or exchange for the defective units.")))

    def units(remedy: Remedy) -> int:
        return sum(i.quantity for i, r in zip(items, remedies, strict=True) if r == remedy)

    batch = sum((i.unit_price * i.quantity for i in items), Decimal(0))
    damaged = any(i.verdict == Verdict.HUMAN_DAMAGE for i in items)
    return Proposal(
        remedies=[r or Remedy.RETURNED for r in remedies],
        credit=sum((i.unit_price * i.quantity for i, r in zip(items, remedies, strict=True)
                    if r == Remedy.CREDIT), Decimal(0)),
        exchange_units=units(Remedy.EXCHANGE),
        repaired_units=units(Remedy.REPAIRED),
        returned_units=units(Remedy.RETURNED),
        fees=sum((i.fee * i.quantity for i, r in zip(items, remedies, strict=True)
                  if r == Remedy.REPAIRED), Decimal(0)),
        batch_value=batch,
        penalty_minimum=(batch * penalty_multiple) if damaged else Decimal(0),
        freight_reimbursed=any(i.verdict == Verdict.SAFETY for i in items),
        blockers=blockers,
    )


def check_penalty(proposal: Proposal, penalty: Decimal, waiver: str) -> Message | None:
    """A6: human damage costs at least the policy multiple of the batch; the order department
    may waive it only with a written reason."""
    if penalty < 0:
        return _m(QT_TRANSLATE_NOOP("Inspection", "A penalty cannot be negative."))
    if proposal.penalty_minimum == 0:
        if penalty:
            return _m(QT_TRANSLATE_NOOP(
                "Inspection", "A penalty needs a human-damage verdict (A6)."))
        return None
    if penalty == 0 and waiver.strip():
        return None
    if penalty < proposal.penalty_minimum:
        return _m(QT_TRANSLATE_NOOP(
            "Inspection", "Human damage: the penalty is at least {minimum} (A6), or waive it "
            "with a written reason."), minimum=f"{proposal.penalty_minimum:.2f}")
    return None


def check_freight(proposal: Proposal, bill: Decimal | None, paid: Decimal | None,
                  maximum: Decimal) -> Message | None:
    """A7: the freight bill's amount and the reimbursement, both optional (the bill may come
    later), never negative, never more paid than billed, never beyond the policy's limit."""
    if bill is None and paid is None:
        return None
    if any(v is not None and not v.is_finite() for v in (bill, paid)):
        return _m(QT_TRANSLATE_NOOP(
            "Inspection", "Type a freight amount in yuan, for example 86.50."))
    if not proposal.freight_reimbursed:
        return _m(QT_TRANSLATE_NOOP(
            "Inspection", "Freight is reimbursed only for safety problems, defects worth "
            "analysing and units recalled for testing (A7); leave the freight empty."))
    if bill is None:
        return _m(QT_TRANSLATE_NOOP(
            "Inspection", "Type the freight bill's amount before the amount reimbursed."))
    if bill < 0 or (paid is not None and paid < 0):
        return _m(QT_TRANSLATE_NOOP("Inspection", "A freight amount cannot be negative."))
    if bill > maximum:
        return _m(QT_TRANSLATE_NOOP(
            "Inspection", "A freight bill of {bill} is above the policy's limit of {maximum}; "
            "check the amount."), bill=f"{bill:.2f}", maximum=f"{maximum:.2f}")
    if paid is not None and paid > bill:
        return _m(QT_TRANSLATE_NOOP(
            "Inspection", "The amount reimbursed ({paid}) cannot be more than the freight "
            "bill ({bill})."), paid=f"{paid:.2f}", bill=f"{bill:.2f}")
    return None
