"""The warranty check (质保查询) that customer service and dealers use on the phone."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from desktop.core.rules.catalogue import WARRANTY_SETTING
from desktop.core.rules.warranty import (
    Claimant,
    LabelCondition,
    WarrantyQuestion,
    WarrantyVerdict,
    judge,
)
from desktop.core.services.catalogue import ProductRow, get_product
from desktop.core.services.policy import policy_value
from desktop.core.store.db import Database


@dataclass(frozen=True)
class WarrantyAnswer:
    product: ProductRow
    verdict: WarrantyVerdict


def check_warranty(db: Database, model: str, production_date: date, on: date,
                   claimant: Claimant = Claimant.DEALER, purchase_date: date | None = None,
                   sale_date: date | None = None,
                   label: LabelCondition = LabelCondition.INTACT) -> WarrantyAnswer:
    product = get_product(db, model)
    months = policy_value(db, WARRANTY_SETTING[product.category])
    verdict = judge(WarrantyQuestion(months, production_date, on, Claimant(claimant),
                                     purchase_date, sale_date, LabelCondition(label)))
    return WarrantyAnswer(product, verdict)
