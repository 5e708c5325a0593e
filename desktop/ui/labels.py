"""Translated labels for the core's enums (their English sources are marked in the core)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from desktop.core.rules.catalogue import (
    CATEGORY_LABELS,
    PART_KIND_LABELS,
    PartKind,
    ProductCategory,
)
from desktop.core.rules.roles import ORG_KIND_LABELS, ROLE_LABELS, OrgKind, Role


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
