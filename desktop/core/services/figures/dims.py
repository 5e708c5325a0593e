"""The dimensions the figures are cut by (K1): dealer, region, product model, category,
carrier, spare part, and the enums that name reasons and kinds."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from sqlalchemy.orm import aliased

from desktop.core.i18n import QT_TRANSLATE_NOOP
from desktop.core.model import Organisation, Part, Product
from desktop.core.rules.catalogue import CATEGORY_LABELS
from desktop.core.services.figures.spec import Dim

DEALER = aliased(Organisation, name="dealer_org")
REGION = aliased(Organisation, name="region_org")
CARRIER = aliased(Organisation, name="carrier_org")


def dealer(column: Any) -> Dim:
    return Dim("dealer", QT_TRANSLATE_NOOP("Figures", "Dealer"), DEALER.code, DEALER.name,
               join=lambda s: s.join(DEALER, DEALER.id == column))


def region(column: Any) -> Dim:
    return Dim("region", QT_TRANSLATE_NOOP("Figures", "Region"), REGION.code, REGION.name,
               join=lambda s: s.outerjoin(REGION, REGION.id == column))


def carrier(column: Any) -> Dim:
    return Dim("carrier", QT_TRANSLATE_NOOP("Figures", "Carrier"), CARRIER.code, CARRIER.name,
               join=lambda s: s.outerjoin(CARRIER, CARRIER.id == column))


def model(column: Any) -> Dim:
    return Dim("model", QT_TRANSLATE_NOOP("Figures", "Model"), Product.code, Product.name,
               join=lambda s: s.join(Product, Product.id == column))


def category(column: Any) -> Dim:
    return Dim("category", QT_TRANSLATE_NOOP("Figures", "Category"), Product.category,
               labels={str(k): v for k, v in CATEGORY_LABELS.items()}, labels_context="Catalogue",
               join=lambda s: s.join(Product, Product.id == column))


def part() -> Dim:
    """The spare part (the fact joins ``Part`` itself: it prices the parts)."""
    return Dim("part", QT_TRANSLATE_NOOP("Figures", "Spare part"), Part.part_no, Part.name)


def enum(key: str, header: str, column: Any, labels: Mapping[Any, str], context: str) -> Dim:
    """Rows named by an enum's labels (reason, verdict, kind)."""
    return Dim(key, header, column, labels={str(k): v for k, v in labels.items()},
               labels_context=context)


def plain(key: str, header: str, column: Any) -> Dim:
    """Rows named by the value itself (a technician's login)."""
    return Dim(key, header, column)
