"""The warranty check (质保查询) that customer service and dealers use on the phone."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from desktop.core.rules.catalogue import warranty_months
from desktop.core.rules.warranty import (
    Claimant,
    LabelCondition,
    WarrantyQuestion,
    WarrantyVerdict,
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
    """W1–W4: in or out of warranty, until when, counted from which date and why."""
    product = get_product(db, actor, model)
    months = warranty_months(current_policy(db, actor), product.category)
    verdict = judge(WarrantyQuestion(months, production_date, on, Claimant(claimant),
                                     purchase_date, sale_date, LabelCondition(label)))
    return WarrantyAnswer(product, verdict)
