"""Product categories and part kinds, and which warranty setting each category follows (W1)."""

from __future__ import annotations

from enum import StrEnum

from desktop.core.i18n import QT_TRANSLATE_NOOP


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

WARRANTY_SETTING: dict[ProductCategory, str] = {
    ProductCategory.LIGHTING: "warranty.lighting_months",
    ProductCategory.RIGID_STRIP: "warranty.rigid_strip_months",
}
