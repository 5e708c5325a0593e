"""Translated labels for the core's enums (their English sources are marked in the core)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication

from desktop.core.i18n import QT_TRANSLATE_NOOP
from desktop.core.rules.acceptance import KIND_LABELS, ReturnKind
from desktop.core.rules.calendar import DayKind
from desktop.core.rules.catalogue import (
    CATEGORY_LABELS,
    PART_KIND_LABELS,
    PartKind,
    ProductCategory,
)
from desktop.core.rules.complaints import ANSWER_LABELS, Answer, ComplaintKind, SheetState
from desktop.core.rules.complaints import KIND_LABELS as COMPLAINT_KIND_LABELS
from desktop.core.rules.complaints import STATE_LABELS as SHEET_STATE_LABELS
from desktop.core.rules.inspection import NOT_COVERED_LABELS, REMEDY_LABELS, VERDICT_LABELS, Remedy
from desktop.core.rules.roles import ORG_KIND_LABELS, ROLE_LABELS, OrgKind, Role
from desktop.core.rules.stock import GRADE_LABELS, MOVEMENT_LABELS, Grade, Movement
from desktop.core.rules.transport import (
    DECISION_LABELS,
    DIRECTION_LABELS,
    Decision,
    Direction,
    ExceptionKind,
    ExceptionState,
)
from desktop.core.rules.transport import KIND_LABELS as TRANSPORT_KIND_LABELS
from desktop.core.rules.transport import STATE_LABELS as TRANSPORT_STATE_LABELS
from desktop.core.rules.warranty import CLAIMANT_LABELS, LABEL_LABELS, Claimant, LabelCondition
from desktop.core.rules.workflow import ACTION_LABELS, STATE_LABELS, Action, State

if TYPE_CHECKING:  # only an annotation: the login window paints before SQLAlchemy loads
    from desktop.core.services.inspection.verdicts import VerdictRow

def role_label(role: Role) -> str:
    return QCoreApplication.translate("Roles", ROLE_LABELS[role])


def org_kind_label(kind: OrgKind) -> str:
    return QCoreApplication.translate("Roles", ORG_KIND_LABELS[kind])


def category_label(category: ProductCategory) -> str:
    return QCoreApplication.translate("Catalogue", CATEGORY_LABELS[category])


def part_kind_label(kind: PartKind) -> str:
    return QCoreApplication.translate("Catalogue", PART_KIND_LABELS[kind])


def yes_no(value: bool) -> str:
    return QCoreApplication.translate("Labels", "Yes") if value else ""


def state_label(state: State) -> str:
    return QCoreApplication.translate("Workflow", STATE_LABELS[state])


def days_left_text(days_left: int | None) -> str:
    """Working days left on HQ's clock (A8), or how far overdue; empty while it is not running."""
    if days_left is None:
        return ""
    if days_left < 0:
        return QCoreApplication.translate("ReturnsPage", "%1 overdue").replace(
            "%1", str(-days_left))
    return str(days_left)


def verdict_text(row: VerdictRow) -> str:
    """An inspection verdict, with the reason it is not covered (A3) when it is not."""
    text = QCoreApplication.translate("Inspection", VERDICT_LABELS[row.verdict])
    if row.reason is not None:
        text += " · " + QCoreApplication.translate("Inspection", NOT_COVERED_LABELS[row.reason])
    return text


def remedy_label(remedy: Remedy) -> str:
    return QCoreApplication.translate("Inspection", REMEDY_LABELS[remedy])


def grade_label(grade: Grade) -> str:
    return QCoreApplication.translate("Stock", GRADE_LABELS[grade])


def movement_label(kind: Movement) -> str:
    return QCoreApplication.translate("Stock", MOVEMENT_LABELS[kind])


def transport_kind_label(kind: ExceptionKind) -> str:
    return QCoreApplication.translate("Transport", TRANSPORT_KIND_LABELS[kind])


def transport_state_label(state: ExceptionState) -> str:
    return QCoreApplication.translate("Transport", TRANSPORT_STATE_LABELS[state])


def decision_label(decision: Decision) -> str:
    return QCoreApplication.translate("Transport", DECISION_LABELS[decision])


def direction_label(direction: Direction) -> str:
    return QCoreApplication.translate("Transport", DIRECTION_LABELS[direction])


def complaint_kind_label(kind: ComplaintKind) -> str:
    return QCoreApplication.translate("Complaints", COMPLAINT_KIND_LABELS[kind])


def sheet_state_label(state: SheetState) -> str:
    return QCoreApplication.translate("Complaints", SHEET_STATE_LABELS[state])


def answer_label(answer: Answer) -> str:
    return QCoreApplication.translate("Complaints", ANSWER_LABELS[answer])


def day_kind_label(kind: DayKind) -> str:
    """A calendar exception: a holiday, or a weekend day worked to make up for one."""
    if kind == DayKind.HOLIDAY:
        return QCoreApplication.translate("CalendarPage", "Holiday (no work)")
    return QCoreApplication.translate("CalendarPage", "Make-up working day")
def action_label(action: Action) -> str:
    """A step of the return workflow as its button says it (Approve, Reject …)."""
    return QCoreApplication.translate("Workflow", ACTION_LABELS[action])


def kind_label(kind: ReturnKind) -> str:
    return QCoreApplication.translate("Returns", KIND_LABELS[kind])


def kind_labels() -> dict[ReturnKind, str]:
    return {kind: kind_label(kind) for kind in ReturnKind}


def claimant_labels() -> dict[Claimant, str]:
    return {c: QCoreApplication.translate("Warranty", CLAIMANT_LABELS[c]) for c in Claimant}


def label_condition_labels() -> dict[LabelCondition, str]:
    return {c: QCoreApplication.translate("Warranty", LABEL_LABELS[c]) for c in LabelCondition}


# What an entry of a request's history did, for the entries that are not a workflow step by
# its button (a step's own words are kept where they read as what happened).
HISTORY_LABELS = {
    "return.create": QT_TRANSLATE_NOOP("RequestDetailDialog", "Filed"),
    "return.edit": QT_TRANSLATE_NOOP("RequestDetailDialog", "Lines changed"),
    "return.photo": QT_TRANSLATE_NOOP("RequestDetailDialog", "Photo added"),
    "return.ship": QT_TRANSLATE_NOOP("RequestDetailDialog", "Shipped: boxes, carrier and waybill "
                                     "declared"),
    "return.receive_scan": QT_TRANSLATE_NOOP("RequestDetailDialog", "Boxes scanned in at the "
                                             "depot"),
    "return.count": QT_TRANSLATE_NOOP("RequestDetailDialog", "Counted by model at HQ"),
    "return.settle": QT_TRANSLATE_NOOP("RequestDetailDialog", "Settled"),
    "return.freight_bill": QT_TRANSLATE_NOOP("RequestDetailDialog", "Freight bill recorded"),
    "return.turnover_charge": QT_TRANSLATE_NOOP(
        "RequestDetailDialog", "Charged for lacking turnover parts (S2)"),
    "inspection.verdict": QT_TRANSLATE_NOOP("RequestDetailDialog", "Inspection verdict given"),
    "inspection.remove": QT_TRANSLATE_NOOP("RequestDetailDialog", "Inspection verdict removed"),
    "inspection.quote": QT_TRANSLATE_NOOP("RequestDetailDialog", "Repair quote answered"),
}


def history_label(action: str) -> str:
    """What an entry of a request's history (A9) did, in words: its own label, else the
    workflow step by its button's name; an action this release does not know yet is named
    as "Other change" with its name, never shown bare."""
    if action in HISTORY_LABELS:
        return QCoreApplication.translate("RequestDetailDialog", HISTORY_LABELS[action])
    name = action.removeprefix("return.")
    if name in {a.value for a in Action}:
        return action_label(Action(name))
    return QCoreApplication.translate("RequestDetailDialog", "Other change (%1)").replace(
        "%1", action)
