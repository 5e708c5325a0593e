"""What may be returned (A2, A4, W3): each line of a request is checked while it is typed.

A finding either blocks the line (it cannot be submitted) or warns (it may be submitted, the
dealer was told).  Nothing is silently dropped: every finding names its rule.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta
from enum import StrEnum

from desktop.core.i18n import QT_TRANSLATE_NOOP, Message
from desktop.core.rules.warranty import WarrantyVerdict


class ReturnKind(StrEnum):
    QUALITY_FAULT = "quality_fault"
    FAILED_ON_OPENING = "failed_on_opening"
    DAMAGED_ON_OPENING = "damaged_on_opening"
    NOT_MATCHING_ORDER = "not_matching_order"
    OWN_MISTAKE = "own_mistake"
    SAFETY_RECALL = "safety_recall"


KIND_LABELS: dict[ReturnKind, str] = {
    ReturnKind.QUALITY_FAULT: QT_TRANSLATE_NOOP("Returns", "Quality fault in warranty"),
    ReturnKind.FAILED_ON_OPENING: QT_TRANSLATE_NOOP("Returns", "Failed on opening"),
    ReturnKind.DAMAGED_ON_OPENING: QT_TRANSLATE_NOOP(
        "Returns", "Rusted, discoloured, deformed or broken on opening, not installed"),
    ReturnKind.NOT_MATCHING_ORDER: QT_TRANSLATE_NOOP("Returns", "Goods not matching the order"),
    ReturnKind.OWN_MISTAKE: QT_TRANSLATE_NOOP(
        "Returns", "The company's mistake (wrong entry, wrong goods, unopened)"),
    ReturnKind.SAFETY_RECALL: QT_TRANSLATE_NOOP(
        "Returns", "Safety problem or recalled for analysis"),
}

# A4's "except for a quality problem": the kinds that are a quality problem of the product.
QUALITY_KINDS = frozenset({ReturnKind.QUALITY_FAULT, ReturnKind.FAILED_ON_OPENING,
                           ReturnKind.DAMAGED_ON_OPENING, ReturnKind.SAFETY_RECALL})
# Kinds where the warranty does not matter (the goods were wrong, not worn out).
WARRANTY_FREE_KINDS = frozenset({ReturnKind.NOT_MATCHING_ORDER, ReturnKind.OWN_MISTAKE})


class Severity(StrEnum):
    BLOCK = "block"
    WARN = "warn"


@dataclass(frozen=True)
class Finding:
    severity: Severity
    rule: str
    message: Message


@dataclass(frozen=True)
class LineFacts:
    """What the dealer says about one line, and what the catalogue knows of the product."""

    kind: ReturnKind
    whole_lamp: bool = False
    discontinued: bool = False
    sample: bool = False
    installed_or_used: bool = False
    special_order: bool = False
    scrap: bool = False
    mixed_brand: bool = False
    package_opened: bool = True
    goods_received_at: datetime | None = None


@dataclass(frozen=True)
class Deadlines:
    complaint_hours: int = 24
    own_mistake_days: int = 2


def _f(severity: Severity, rule: str, source: str, **fields: object) -> Finding:
    return Finding(severity, rule, Message(source, fields, "Acceptance"))


_NOT_ACCEPTED = (
    ("sample", QT_TRANSLATE_NOOP("Acceptance", "Samples are not taken back (A4).")),
    ("installed_or_used", QT_TRANSLATE_NOOP(
        "Acceptance", "Installed or used products are not taken back (A4).")),
    ("discontinued", QT_TRANSLATE_NOOP(
        "Acceptance", "Discontinued products are not taken back (A4).")),
    ("special_order", QT_TRANSLATE_NOOP(
        "Acceptance", "Special-order products are not taken back (A4).")),
    ("scrap", QT_TRANSLATE_NOOP("Acceptance", "Scrap is not taken back (A4).")),
    ("mixed_brand", QT_TRANSLATE_NOOP(
        "Acceptance", "Products assembled with other brands are not taken back (A4).")),
    ("whole_lamp", QT_TRANSLATE_NOOP(
        "Acceptance", "Whole lamps are not taken back, only lamp parts (A4).")),
)


def check_line(facts: LineFacts, verdict: WarrantyVerdict | None, now: datetime,
               deadlines: Deadlines = Deadlines()) -> list[Finding]:
    """Every rule that blocks or warns about this line; empty when it is acceptable."""
    findings: list[Finding] = []
    if verdict is not None and verdict.refused:
        findings.append(Finding(Severity.BLOCK, "W3", verdict.explanation))
    if facts.kind not in QUALITY_KINDS:
        findings += [_f(Severity.BLOCK, "A4", text) for flag, text in _NOT_ACCEPTED
                     if getattr(facts, flag)]
    if facts.kind not in WARRANTY_FREE_KINDS and verdict is not None and not verdict.refused \
            and not verdict.in_warranty:
        findings.append(_f(Severity.WARN, "A4", QT_TRANSLATE_NOOP(
            "Acceptance", "Out of warranty since {end}: such goods should not be sent back; "
            "HQ may offer a paid repair (R4)."), end=verdict.end.isoformat()))
    findings += _report_deadlines(facts, now, deadlines)
    return findings


def _report_deadlines(facts: LineFacts, now: datetime, deadlines: Deadlines) -> list[Finding]:
    if facts.kind == ReturnKind.NOT_MATCHING_ORDER:
        return _not_matching(facts, now, deadlines)
    if facts.kind == ReturnKind.OWN_MISTAKE:
        return _own_mistake(facts, now, deadlines)
    return []


def _not_matching(facts: LineFacts, now: datetime, deadlines: Deadlines) -> list[Finding]:
    found = []
    if facts.installed_or_used:
        found.append(_f(Severity.BLOCK, "A2", QT_TRANSLATE_NOOP(
            "Acceptance", "Goods not matching the order must be unused (A2).")))
    if facts.goods_received_at is None:
        found.append(_f(Severity.BLOCK, "A2", QT_TRANSLATE_NOOP(
            "Acceptance", "Give the date and time the goods were received (A2).")))
    elif now - facts.goods_received_at > timedelta(hours=deadlines.complaint_hours):
        found.append(_f(Severity.BLOCK, "A2 C1", QT_TRANSLATE_NOOP(
            "Acceptance", "Goods not matching the order must be reported within {hours} hours "
            "of receipt (A2, C1); these were received on {received}."),
            hours=deadlines.complaint_hours,
            received=facts.goods_received_at.strftime("%Y-%m-%d %H:%M")))
    return found


def _own_mistake(facts: LineFacts, now: datetime, deadlines: Deadlines) -> list[Finding]:
    found = []
    if facts.package_opened:
        found.append(_f(Severity.BLOCK, "A2", QT_TRANSLATE_NOOP(
            "Acceptance", "The company's mistake is exchanged unconditionally only while the "
            "package is unopened (A2).")))
    if facts.goods_received_at is None:
        found.append(_f(Severity.BLOCK, "A2", QT_TRANSLATE_NOOP(
            "Acceptance", "Give the date and time the goods were received (A2).")))
    elif now.date() - facts.goods_received_at.date() > timedelta(days=deadlines.own_mistake_days):
        found.append(_f(Severity.BLOCK, "A2", QT_TRANSLATE_NOOP(
            "Acceptance", "The company's mistake must be reported within {days} days of receipt "
            "(A2); these were received on {received}."),
            days=deadlines.own_mistake_days,
            received=facts.goods_received_at.strftime("%Y-%m-%d")))
    return found


def blocks(findings: list[Finding]) -> bool:
    return any(f.severity == Severity.BLOCK for f in findings)


