"""Returns and their reasons (K1): requests submitted in the month, by dealer, region, model,
category and the dealer's reason; the technician's verdicts and the defect rate by model."""

from __future__ import annotations

from sqlalchemy import select

from desktop.core.i18n import QT_TRANSLATE_NOOP
from desktop.core.model import InspectionItem, ReturnLine, ReturnRequest
from desktop.core.rules.acceptance import KIND_LABELS
from desktop.core.rules.inspection import MADE_GOOD, VERDICT_LABELS, Verdict
from desktop.core.rules.workflow import State
from desktop.core.services.figures import dims
from desktop.core.services.figures.results import Kind
from desktop.core.services.figures.spec import Fact, Measure, Rate, TableSpec, Window

RETURNS = Fact(
    "returns",
    lambda: (
        select(ReturnLine.id)
        .select_from(ReturnLine)
        .join(ReturnRequest, ReturnRequest.id == ReturnLine.request_id)
    ),
    record=ReturnRequest.id,
    number=ReturnRequest.number,
    moment=ReturnRequest.submitted_at,
    dealer=ReturnRequest.dealer_org_id,
    region=ReturnRequest.region_id,
    where=(ReturnRequest.state != State.CANCELLED,),
    per_record=False,
)

INSPECTED = Fact(
    "inspected",
    lambda: (
        select(InspectionItem.id)
        .select_from(InspectionItem)
        .join(ReturnRequest, ReturnRequest.id == InspectionItem.request_id)
    ),
    record=ReturnRequest.id,
    number=ReturnRequest.number,
    moment=InspectionItem.inspected_at,
    dealer=ReturnRequest.dealer_org_id,
    region=ReturnRequest.region_id,
    per_record=False,
)


def returns_measures() -> tuple[Measure, ...]:
    quantity = ReturnLine.quantity
    return (
        Measure("requests", QT_TRANSLATE_NOOP("Figures", "Requests"), Kind.COUNT),
        Measure("units", QT_TRANSLATE_NOOP("Figures", "Units"), Kind.UNITS, quantity),
        Measure(
            "value",
            QT_TRANSLATE_NOOP("Figures", "Value"),
            Kind.MONEY,
            quantity * ReturnLine.unit_price,
        ),
        Measure(
            "in_warranty",
            QT_TRANSLATE_NOOP("Figures", "Units in warranty"),
            Kind.UNITS,
            quantity,
            ReturnLine.in_warranty.is_(True),
        ),
    )


def verdict_measures() -> tuple[Measure, ...]:
    quantity = InspectionItem.quantity
    verdict = InspectionItem.verdict
    return (
        Measure("inspected", QT_TRANSLATE_NOOP("Figures", "Units inspected"), Kind.UNITS, quantity),
        Measure(
            "quality",
            QT_TRANSLATE_NOOP("Figures", "With a quality verdict"),
            Kind.UNITS,
            quantity,
            verdict.in_(sorted(MADE_GOOD)),
        ),
        Measure(
            "no_fault",
            QT_TRANSLATE_NOOP("Figures", "No fault found"),
            Kind.UNITS,
            quantity,
            verdict == Verdict.NO_FAULT,
        ),
        Measure(
            "human_damage",
            QT_TRANSLATE_NOOP("Figures", "Human damage"),
            Kind.UNITS,
            quantity,
            verdict == Verdict.HUMAN_DAMAGE,
        ),
        Measure(
            "not_covered",
            QT_TRANSLATE_NOOP("Figures", "Not covered or not accepted"),
            Kind.UNITS,
            quantity,
            verdict.in_([Verdict.NOT_COVERED, Verdict.NOT_ACCEPTED]),
        ),
        Measure(
            "out_of_warranty",
            QT_TRANSLATE_NOOP("Figures", "Out of warranty"),
            Kind.UNITS,
            quantity,
            verdict == Verdict.OUT_OF_WARRANTY,
        ),
    )


# No shipment records are kept, so the rate is per 1,000 units returned (K1's fallback).
DEFECT_RATE = Rate(
    "defect_rate",
    QT_TRANSLATE_NOOP("Figures", "Defect rate (‰ of units returned)"),
    "quality",
    "inspected",
    Kind.PERMILLE,
)


def tables(window: Window) -> tuple[TableSpec, ...]:
    del window
    return (*returns_tables(), *inspection_tables())


def returns_tables() -> tuple[TableSpec, ...]:
    line = ReturnLine
    measures = returns_measures()
    return (
        TableSpec(
            "returns_by_dealer",
            QT_TRANSLATE_NOOP("Figures", "Returns by dealer"),
            RETURNS,
            dims.dealer(ReturnRequest.dealer_org_id),
            measures,
            dealer_table=True,
        ),
        TableSpec(
            "returns_by_region",
            QT_TRANSLATE_NOOP("Figures", "Returns by region"),
            RETURNS,
            dims.region(ReturnRequest.region_id),
            measures,
        ),
        TableSpec(
            "returns_by_model",
            QT_TRANSLATE_NOOP("Figures", "Returns by model"),
            RETURNS,
            dims.model(line.product_id),
            measures,
        ),
        TableSpec(
            "returns_by_category",
            QT_TRANSLATE_NOOP("Figures", "Returns by category"),
            RETURNS,
            dims.category(line.product_id),
            measures,
        ),
        TableSpec(
            "returns_by_reason",
            QT_TRANSLATE_NOOP("Figures", "Returns by reason"),
            RETURNS,
            dims.enum(
                "reason", QT_TRANSLATE_NOOP("Figures", "Reason"), line.kind, KIND_LABELS, "Returns"
            ),
            measures,
        ),
    )


def inspection_tables() -> tuple[TableSpec, ...]:
    return (
        TableSpec(
            "defects_by_model",
            QT_TRANSLATE_NOOP("Figures", "Defect rate by model"),
            INSPECTED,
            dims.model(InspectionItem.product_id),
            verdict_measures(),
            (DEFECT_RATE,),
        ),
        TableSpec(
            "verdicts",
            QT_TRANSLATE_NOOP("Figures", "Verdicts at inspection"),
            INSPECTED,
            dims.enum(
                "verdict",
                QT_TRANSLATE_NOOP("Figures", "Verdict"),
                InspectionItem.verdict,
                VERDICT_LABELS,
                "Inspection",
            ),
            (
                Measure(
                    "units",
                    QT_TRANSLATE_NOOP("Figures", "Units"),
                    Kind.UNITS,
                    InspectionItem.quantity,
                ),
                Measure("requests", QT_TRANSLATE_NOOP("Figures", "Requests"), Kind.COUNT),
            ),
        ),
    )
