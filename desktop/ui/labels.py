"""Translated labels for the core's enums (their English sources are marked in the core)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication

from desktop.core.rules.catalogue import (
    CATEGORY_LABELS,
    PART_KIND_LABELS,
    PartKind,
    ProductCategory,
)
from desktop.core.rules.inspection import NOT_COVERED_LABELS, REMEDY_LABELS, VERDICT_LABELS, Remedy
from desktop.core.rules.roles import ORG_KIND_LABELS, ROLE_LABELS, OrgKind, Role
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
