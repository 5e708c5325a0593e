"""The warranty check (质保查询) that customer service and dealers use on the phone."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, date, datetime

from desktop.core.errors import InvalidInput
from desktop.core.rules.catalogue import warranty_months
from desktop.core.rules.warranty import (
    Claimant,
    DateOf,
    LabelCondition,
    WarrantyQuestion,
    WarrantyVerdict,
    first_future_date,
    judge,
)
from desktop.core.services.admin.catalogue import ProductRow, get_product
from desktop.core.services.kernel.actor import Actor
from desktop.core.services.kernel.policy import current_policy
from desktop.core.store.db import Database


@dataclass(frozen=True)
class WarrantyAnswer:
    product: ProductRow
    verdict: WarrantyVerdict


def check_warranty(db: Database, actor: Actor, model: str, production_date: date, on: date,
                   claimant: Claimant = Claimant.DEALER, purchase_date: date | None = None,
                   sale_date: date | None = None,
                   label: LabelCondition = LabelCondition.INTACT) -> WarrantyAnswer:
    """W1–W4: in or out of warranty, until when, counted from which date and why.  A
    production, purchase or sale date in the future is refused (InvalidInput naming it)."""
    product = get_product(db, actor, model)
    future = first_future_date({DateOf.PRODUCTION: production_date,
                                DateOf.PURCHASE: purchase_date, DateOf.SALE: sale_date},
                               datetime.now(UTC).astimezone())
    if future is not None:
        raise InvalidInput(future.message, future.which.value)
    months = warranty_months(current_policy(db, actor), product.category)
    verdict = judge(WarrantyQuestion(months, production_date, on, Claimant(claimant),
                                     purchase_date, sale_date, LabelCondition(label)))
    return WarrantyAnswer(product, verdict)
