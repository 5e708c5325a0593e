"""Penalties and credits (A6, X3, R4): what settlements made in the month gave and charged."""

from __future__ import annotations

from sqlalchemy import select

from desktop.core.i18n import QT_TRANSLATE_NOOP
from desktop.core.model import ReturnRequest, Settlement
from desktop.core.services.figures import dims
from desktop.core.services.figures.results import Kind
from desktop.core.services.figures.spec import Fact, Measure, TableSpec, Window

SETTLED = Fact(
    "settlements",
    lambda: (
        select(Settlement.request_id)
        .select_from(Settlement)
        .join(ReturnRequest, ReturnRequest.id == Settlement.request_id)
    ),
    record=Settlement.request_id,
    number=ReturnRequest.number,
    moment=Settlement.settled_at,
    dealer=ReturnRequest.dealer_org_id,
    region=ReturnRequest.region_id,
)


def _amounts() -> tuple[Measure, ...]:
    """What was paid back for freight (A7) and charged for lacking turnover parts (S2)."""
    s = Settlement
    return (
        Measure(
            "freight_paid",
            QT_TRANSLATE_NOOP("Figures", "Freight amount reimbursed (A7)"),
            Kind.MONEY,
            s.freight_paid,
        ),
        Measure(
            "turnover_charge",
            QT_TRANSLATE_NOOP("Figures", "Charged for lacking turnover parts (S2)"),
            Kind.MONEY,
            s.turnover_charge,
        ),
    )


def tables(window: Window) -> tuple[TableSpec, ...]:
    del window
    s = Settlement
    return (
        TableSpec(
            "money_by_dealer",
            QT_TRANSLATE_NOOP("Figures", "Penalties and credits by dealer"),
            SETTLED,
            dims.dealer(ReturnRequest.dealer_org_id),
            (
                Measure("settled", QT_TRANSLATE_NOOP("Figures", "Returns settled"), Kind.COUNT),
                Measure("credit", QT_TRANSLATE_NOOP("Figures", "Credit"), Kind.MONEY, s.credit),
                Measure(
                    "exchanged",
                    QT_TRANSLATE_NOOP("Figures", "Units exchanged"),
                    Kind.UNITS,
                    s.exchange_units,
                ),
                Measure("fees", QT_TRANSLATE_NOOP("Figures", "Repair fees"), Kind.MONEY, s.fees),
                Measure(
                    "penalty", QT_TRANSLATE_NOOP("Figures", "Penalties (A6)"), Kind.MONEY, s.penalty
                ),
                Measure(
                    "waived",
                    QT_TRANSLATE_NOOP("Figures", "Penalties waived"),
                    Kind.COUNT,
                    when=s.penalty_waiver != "",
                ),
                Measure(
                    "freight",
                    QT_TRANSLATE_NOOP("Figures", "Freight reimbursed (A7)"),
                    Kind.COUNT,
                    when=s.freight_reimbursed.is_(True),
                ),
                *_amounts(),
                Measure(
                    "disqualified",
                    QT_TRANSLATE_NOOP("Figures", "Disqualified"),
                    Kind.COUNT,
                    when=s.disqualify.is_(True),
                ),
            ),
            dealer_table=True,
        ),
    )
