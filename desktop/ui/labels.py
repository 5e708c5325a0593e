"""Translated labels for the core's enums (their English sources are marked in the core)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication

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
from desktop.core.rules.workflow import STATE_LABELS, State

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
