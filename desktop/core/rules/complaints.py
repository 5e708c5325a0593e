"""The complaint sheet (《客诉质量异常联络单》, C1, A2): goods that do not match the order, or a
quality exception found on receipt, filed within the policy's hours of receipt and unused; the
company's own mistake (wrong entry, wrong goods, package unopened) within the policy's days is
exchanged or credited without condition."""

from __future__ import annotations

from datetime import datetime, timedelta
from enum import StrEnum

from desktop.core.i18n import QT_TRANSLATE_NOOP, Message


class ComplaintKind(StrEnum):
    NOT_MATCHING = "not_matching"
    QUALITY = "quality"
    OWN_MISTAKE = "own_mistake"


class Answer(StrEnum):
    EXCHANGE = "exchange"
    CREDIT = "credit"
    RETURN_NEEDED = "return_needed"
    REJECTED = "rejected"


class SheetState(StrEnum):
    FILED = "filed"
    ANSWERED = "answered"


KIND_LABELS: dict[ComplaintKind, str] = {
    ComplaintKind.NOT_MATCHING: QT_TRANSLATE_NOOP("Complaints", "Goods not matching the order"),
    ComplaintKind.QUALITY: QT_TRANSLATE_NOOP("Complaints", "Quality exception on receipt"),
    ComplaintKind.OWN_MISTAKE: QT_TRANSLATE_NOOP(
        "Complaints", "The company's mistake (wrong entry or goods, unopened)"),
}
ANSWER_LABELS: dict[Answer, str] = {
    Answer.EXCHANGE: QT_TRANSLATE_NOOP("Complaints", "Exchange"),
    Answer.CREDIT: QT_TRANSLATE_NOOP("Complaints", "Credit"),
    Answer.RETURN_NEEDED: QT_TRANSLATE_NOOP("Complaints", "Return request needed"),
    Answer.REJECTED: QT_TRANSLATE_NOOP("Complaints", "Rejected"),
}
STATE_LABELS: dict[SheetState, str] = {
    SheetState.FILED: QT_TRANSLATE_NOOP("Complaints", "Awaiting the order department"),
    SheetState.ANSWERED: QT_TRANSLATE_NOOP("Complaints", "Answered"),
}


def _m(source: str, **fields: object) -> Message:
    return Message(source, fields, "Complaints")


def refusals(kind: ComplaintKind, received_at: datetime, filed_at: datetime, unused: bool,
             package_opened: bool, hours: int, days: int) -> list[Message]:
    """Why this sheet cannot be filed (empty: it can)."""
    found = []
    if filed_at < received_at:
        found.append(_m(QT_TRANSLATE_NOOP(
            "Complaints", "The goods cannot have been received after the sheet is filed.")))
    if kind == ComplaintKind.OWN_MISTAKE:
        if package_opened:
            found.append(_m(QT_TRANSLATE_NOOP(
                "Complaints", "The company's mistake is exchanged unconditionally only while the "
                "package is unopened (A2).")))
        if filed_at.date() - received_at.date() > timedelta(days=days):
            found.append(_m(QT_TRANSLATE_NOOP(
                "Complaints", "The company's mistake is reported within {days} days of receipt "
                "(A2); after that it counts as accepted."), days=days))
        return found
    if filed_at - received_at > timedelta(hours=hours):
        found.append(_m(QT_TRANSLATE_NOOP(
            "Complaints", "The complaint sheet is filed within {hours} hours of receipt (C1); "
            "these goods were received on {received}."), hours=hours,
            received=received_at.astimezone().strftime("%Y-%m-%d %H:%M")))
    if kind == ComplaintKind.NOT_MATCHING and not unused:
        found.append(_m(QT_TRANSLATE_NOOP(
            "Complaints", "Goods not matching the order are taken back only unused (A2).")))
    return found


def unconditional(kind: ComplaintKind) -> bool:
    """The company's own mistake, reported in time and unopened: exchange or credit (A2)."""
    return kind == ComplaintKind.OWN_MISTAKE


def answers_for(kind: ComplaintKind) -> list[Answer]:
    if unconditional(kind):
        return [Answer.EXCHANGE, Answer.CREDIT]
    return list(Answer)
