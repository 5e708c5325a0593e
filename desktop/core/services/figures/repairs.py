"""Repairs finished in the month (R1–R5): how many, the time and fees, the free-repair rate
within warranty, and the spare parts they used.  A repair of a return belongs to its dealer;
one HQ opened on its own belongs to nobody's figures but HQ's."""

from __future__ import annotations

from sqlalchemy import and_, select

from desktop.core.i18n import QT_TRANSLATE_NOOP
from desktop.core.model import Part, RepairOrder, RepairPart, ReturnRequest
from desktop.core.rules.stock import Grade, RepairResult
from desktop.core.services.figures import dims
from desktop.core.services.figures.results import Kind
from desktop.core.services.figures.spec import Fact, Measure, Rate, TableSpec, Window

R = RepairOrder
FINISHED = Fact(
    "repairs",
    lambda: select(R.id).select_from(R).outerjoin(ReturnRequest, ReturnRequest.id == R.request_id),
    record=R.id,
    number=R.number,
    moment=R.finished_at,
    dealer=ReturnRequest.dealer_org_id,
    region=ReturnRequest.region_id,
    where=(R.result != RepairResult.OPEN,),
)

PARTS = Fact(
    "parts",
    lambda: (
        select(RepairPart.id)
        .select_from(RepairPart)
        .join(R, R.id == RepairPart.repair_id)
        .join(Part, Part.id == RepairPart.part_id)
        .outerjoin(ReturnRequest, ReturnRequest.id == R.request_id)
    ),
    record=R.id,
    number=R.number,
    moment=R.finished_at,
    dealer=ReturnRequest.dealer_org_id,
    region=ReturnRequest.region_id,
    where=(R.result != RepairResult.OPEN,),
    per_record=False,
)


def repair_measures() -> tuple[Measure, ...]:
    in_warranty = R.in_warranty.is_(True)
    return (
        Measure("repairs", QT_TRANSLATE_NOOP("Figures", "Repairs"), Kind.COUNT),
        Measure("units", QT_TRANSLATE_NOOP("Figures", "Units"), Kind.UNITS, R.quantity),
        Measure("minutes", QT_TRANSLATE_NOOP("Figures", "Minutes"), Kind.MINUTES, R.minutes),
        Measure("fees", QT_TRANSLATE_NOOP("Figures", "Fees"), Kind.MONEY, R.fee),
        Measure(
            "repaired",
            QT_TRANSLATE_NOOP("Figures", "Repaired"),
            Kind.COUNT,
            when=R.result == RepairResult.REPAIRED,
        ),
        Measure(
            "not_repairable",
            QT_TRANSLATE_NOOP("Figures", "Not repairable"),
            Kind.COUNT,
            when=R.result == RepairResult.NOT_REPAIRABLE,
        ),
        Measure(
            "in_warranty", QT_TRANSLATE_NOOP("Figures", "In warranty"), Kind.COUNT, when=in_warranty
        ),
        Measure(
            "free",
            QT_TRANSLATE_NOOP("Figures", "Free in warranty"),
            Kind.COUNT,
            when=and_(in_warranty, R.fee == 0),
        ),
    )


FREE_RATE = Rate(
    "free_rate", QT_TRANSLATE_NOOP("Figures", "Free-repair rate in warranty"), "free", "in_warranty"
)


def tables(window: Window) -> tuple[TableSpec, ...]:
    del window
    measures = repair_measures()
    return (
        TableSpec(
            "repairs_by_model",
            QT_TRANSLATE_NOOP("Figures", "Repairs by model"),
            FINISHED,
            dims.model(R.product_id),
            measures,
            (FREE_RATE,),
        ),
        TableSpec(
            "repairs_by_technician",
            QT_TRANSLATE_NOOP("Figures", "Repairs by technician"),
            FINISHED,
            dims.plain("technician", QT_TRANSLATE_NOOP("Figures", "Technician"), R.technician),
            measures,
            (FREE_RATE,),
        ),
        TableSpec(
            "parts_used",
            QT_TRANSLATE_NOOP("Figures", "Spare parts used"),
            PARTS,
            dims.part(),
            (
                Measure(
                    "quantity",
                    QT_TRANSLATE_NOOP("Figures", "Quantity"),
                    Kind.UNITS,
                    RepairPart.quantity,
                ),
                Measure(
                    "refurbished",
                    QT_TRANSLATE_NOOP("Figures", "Of which refurbished"),
                    Kind.UNITS,
                    RepairPart.quantity,
                    RepairPart.grade == Grade.REFURBISHED,
                ),
                Measure("repairs", QT_TRANSLATE_NOOP("Figures", "Repairs"), Kind.COUNT),
                Measure(
                    "value",
                    QT_TRANSLATE_NOOP("Figures", "Value"),
                    Kind.MONEY,
                    RepairPart.quantity * Part.unit_price,
                ),
            ),
        ),
    )
