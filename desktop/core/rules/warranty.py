"""The warranty engine (质保, W1–W4): in or out of warranty, until when, counted from which
date, and why — in words a clerk can read out on the phone.

W2: a dealer's claim counts from the production (factory) date; a consumer's claim counts from
the purchase proof (购买凭证), else the sale-date label (销售日期标识), else the production date.
W3: a torn-off or altered product label is refused (拒绝售后).
The warranty covers through the day ``months`` calendar months after the start; a month without
that day ends on its last day (made 29 Feb 2024, 36 months: covered through 28 Feb 2027).
"""

from __future__ import annotations

import calendar
import re
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from enum import StrEnum

from desktop.core.i18n import QT_TRANSLATE_NOOP, Message, msg


class Claimant(StrEnum):
    CONSUMER = "consumer"
    DEALER = "dealer"


class LabelCondition(StrEnum):
    INTACT = "intact"
    TORN = "torn"
    ALTERED = "altered"


class Basis(StrEnum):
    """Which date the warranty was counted from."""

    PURCHASE_PROOF = "purchase_proof"
    SALE_LABEL = "sale_label"
    PRODUCTION = "production"


@dataclass(frozen=True)
class WarrantyQuestion:
    months: int
    production_date: date
    on: date
    claimant: Claimant = Claimant.DEALER
    purchase_date: date | None = None
    sale_date: date | None = None
    label: LabelCondition = LabelCondition.INTACT


@dataclass(frozen=True)
class WarrantyVerdict:
    in_warranty: bool
    refused: bool
    start: date
    end: date
    basis: Basis
    explanation: Message

    @property
    def covered(self) -> bool:
        return self.in_warranty and not self.refused


def add_months(start: date, months: int) -> date:
    """The same day ``months`` later; the month's last day when that month is shorter."""
    index = start.month - 1 + months
    year, month = start.year + index // 12, index % 12 + 1
    return date(year, month, min(start.day, calendar.monthrange(year, month)[1]))


def _basis(question: WarrantyQuestion) -> tuple[date, Basis]:
    if question.claimant == Claimant.CONSUMER:
        if question.purchase_date is not None:
            return question.purchase_date, Basis.PURCHASE_PROOF
        if question.sale_date is not None:
            return question.sale_date, Basis.SALE_LABEL
    return question.production_date, Basis.PRODUCTION


_WHY = {
    (Claimant.DEALER, Basis.PRODUCTION): QT_TRANSLATE_NOOP(
        "Warranty", "a dealer's claim counts from the production date"),
    (Claimant.CONSUMER, Basis.PURCHASE_PROOF): QT_TRANSLATE_NOOP(
        "Warranty", "a consumer's claim counts from the purchase proof"),
    (Claimant.CONSUMER, Basis.SALE_LABEL): QT_TRANSLATE_NOOP(
        "Warranty", "there is no purchase proof, so the sale-date label counts"),
    (Claimant.CONSUMER, Basis.PRODUCTION): QT_TRANSLATE_NOOP(
        "Warranty", "there is no purchase proof or sale-date label, so the production date "
        "counts"),
}


def judge(question: WarrantyQuestion) -> WarrantyVerdict:
    """The verdict for one unit, with its explanation."""
    start, basis = _basis(question)
    end = add_months(start, question.months)
    fields = {"start": start.isoformat(), "end": end.isoformat(), "months": question.months,
              "why": Message(_WHY[(question.claimant, basis)], {}, "Warranty")}
    if question.label != LabelCondition.INTACT:
        source = (QT_TRANSLATE_NOOP("Warranty", "Refused (W3): the product label is torn off.")
                  if question.label == LabelCondition.TORN else
                  QT_TRANSLATE_NOOP("Warranty", "Refused (W3): the product label is altered."))
        return WarrantyVerdict(question.on <= end, True, start, end, basis,
                               Message(source, fields, "Warranty"))
    if start > question.on:
        source = QT_TRANSLATE_NOOP(
            "Warranty", "Check the dates: the warranty would start on {start}, after today.")
        return WarrantyVerdict(True, False, start, end, basis, Message(source, fields, "Warranty"))
    if question.on <= end:
        source = QT_TRANSLATE_NOOP(
            "Warranty", "In warranty until {end}: {months} months from {start}, because {why}.")
        return WarrantyVerdict(True, False, start, end, basis, Message(source, fields, "Warranty"))
    source = QT_TRANSLATE_NOOP(
        "Warranty", "Out of warranty since {end}: {months} months from {start}, because {why}.")
    return WarrantyVerdict(False, False, start, end, basis, Message(source, fields, "Warranty"))


_FULL = re.compile(r"^(\d{4})-?(\d{2})-?(\d{2})$")
_MONTH = re.compile(r"^(\d{4})-?(\d{2})$|^(\d{2})(\d{2})$")


def parse_date_code(code: str) -> date:
    """The production date from the date code on a unit.

    ``20240715`` or ``2024-07-15`` is a day; ``202407``, ``2024-07`` or ``2407`` (YYMM) is a
    month, counted from its first day.  Raises :class:`ValueError` with a readable message.
    """
    text = code.strip()
    full = _FULL.match(text)
    if full:
        return date(int(full[1]), int(full[2]), int(full[3]))
    month = _MONTH.match(text)
    if month:
        year = int(month[1]) if month[1] else 2000 + int(month[3])
        number = int(month[2]) if month[2] else int(month[4])
        return date(year, number, 1)
    raise ValueError(f"not a date code: {code!r}")


def date_code_message(code: str) -> Message:
    return msg(QT_TRANSLATE_NOOP(
        "Messages", "{code} is not a date code; use YYYYMMDD, YYYY-MM-DD, YYYYMM or YYMM."),
        code=code)


# The desk's clock and the server's may disagree a little; beyond a day, a date is a typo.
CLOCK_SKEW = timedelta(days=1)


class DateOf(StrEnum):
    """The dates a unit's warranty and a return line's checks count from."""

    PRODUCTION = "production_date"
    PURCHASE = "purchase_date"
    SALE = "sale_date"
    RECEIPT = "goods_received_at"


_IN_FUTURE = {
    DateOf.PRODUCTION: QT_TRANSLATE_NOOP(
        "Messages", "The production date {date} is in the future; check the date code."),
    DateOf.PURCHASE: QT_TRANSLATE_NOOP(
        "Messages", "The purchase proof is dated {date}, which is in the future; check the "
        "date."),
    DateOf.SALE: QT_TRANSLATE_NOOP(
        "Messages", "The sale-date label says {date}, which is in the future; check the date."),
    DateOf.RECEIPT: QT_TRANSLATE_NOOP(
        "Messages", "The goods cannot have been received at {date}: that is in the future; "
        "check the time."),
}


@dataclass(frozen=True)
class FutureDate:
    """A date that has not happened yet: which one, and why it is refused."""

    which: DateOf
    message: Message


def future_date(which: DateOf, value: date | datetime | None,
                now: datetime) -> FutureDate | None:
    """``value`` refused if it lies beyond ``now`` and a day's clock skew, else None.

    ``now`` is the current time where the clerk is (an aware datetime); a calendar date is
    compared with the date a day from now, a time with the time a day from now.  A unit cannot
    have been made, bought, sold or received later than today: a date code of 20991231 is a
    typo, not a warranty until 2101.
    """
    if value is None:
        return None
    limit = now + CLOCK_SKEW
    if isinstance(value, datetime):
        if value.tzinfo is None:  # a time without its zone is the clerk's own
            value = value.replace(tzinfo=now.tzinfo)
        late = value > limit
        shown = value.astimezone(now.tzinfo).strftime("%Y-%m-%d %H:%M")
    else:
        late = value > limit.date()
        shown = value.isoformat()
    return FutureDate(which, msg(_IN_FUTURE[which], date=shown)) if late else None


def first_future_date(dates: dict[DateOf, date | datetime | None],
                      now: datetime) -> FutureDate | None:
    """The first of ``dates`` that lies in the future (in DateOf's order), or None."""
    for which in DateOf:
        found = future_date(which, dates.get(which), now)
        if found is not None:
            return found
    return None


CLAIMANT_LABELS: dict[Claimant, str] = {
    Claimant.DEALER: QT_TRANSLATE_NOOP("Warranty", "Dealer (counts from production)"),
    Claimant.CONSUMER: QT_TRANSLATE_NOOP("Warranty", "Consumer"),
}
LABEL_LABELS: dict[LabelCondition, str] = {
    LabelCondition.INTACT: QT_TRANSLATE_NOOP("Warranty", "Label intact"),
    LabelCondition.TORN: QT_TRANSLATE_NOOP("Warranty", "Label torn off"),
    LabelCondition.ALTERED: QT_TRANSLATE_NOOP("Warranty", "Label altered"),
}
