"""Product categories and part kinds, and which warranty setting each category follows (W1)."""

from __future__ import annotations

from enum import StrEnum

from desktop.core.i18n import QT_TRANSLATE_NOOP
from desktop.core.rules.policy import Policy


class ProductCategory(StrEnum):
    LIGHTING = "lighting"
    RIGID_STRIP = "rigid_strip"


class PartKind(StrEnum):
    LIGHT_SOURCE = "light_source"
    DRIVER = "driver"
    ELECTRONIC = "electronic"
    STRUCTURAL = "structural"


CATEGORY_LABELS: dict[ProductCategory, str] = {
    ProductCategory.LIGHTING: QT_TRANSLATE_NOOP("Catalogue", "Lighting product"),
    ProductCategory.RIGID_STRIP: QT_TRANSLATE_NOOP("Catalogue", "Rigid light strip"),
}

PART_KIND_LABELS: dict[PartKind, str] = {
    PartKind.LIGHT_SOURCE: QT_TRANSLATE_NOOP("Catalogue", "Light source"),
    PartKind.DRIVER: QT_TRANSLATE_NOOP("Catalogue", "Driver"),
    PartKind.ELECTRONIC: QT_TRANSLATE_NOOP("Catalogue", "Electronic part"),
    PartKind.STRUCTURAL: QT_TRANSLATE_NOOP("Catalogue", "Structural part"),
}

def warranty_months(policy: Policy, category: ProductCategory) -> int:
    """W1: the warranty of a category, which is also how long its parts are kept (S1)."""
    if category == ProductCategory.RIGID_STRIP:
        return policy.warranty_rigid_strip_months
    return policy.warranty_lighting_months
