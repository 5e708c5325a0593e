"""Complaint sheets (C1, C5) filed in the month: by class (their kind), dealer and model, and
the order department's answer within the policy's hours of filing (the response rate).

A sheet counts for the response rate once it is answered or its hours have run out; one filed
a moment ago and not yet answered is neither in time nor late.
"""

from __future__ import annotations

from datetime import timedelta

from sqlalchemy import and_, or_, select

from desktop.core.i18n import QT_TRANSLATE_NOOP
from desktop.core.model import ComplaintLine, ComplaintSheet
from desktop.core.rules.complaints import KIND_LABELS
from desktop.core.services.figures import dims
from desktop.core.services.figures.results import Kind
from desktop.core.services.figures.spec import Fact, Measure, Rate, TableSpec, Window
from desktop.core.services.figures.sql import hours_between

S = ComplaintSheet
FILED = Fact(
    "complaints",
    lambda: select(S.id).select_from(S),
    record=S.id,
    number=S.number,
    moment=S.filed_at,
    dealer=S.org_id,
    region=S.region_id,
)
LINES = Fact(
    "complaint_lines",
    lambda: (
        select(ComplaintLine.id).select_from(ComplaintLine).join(S, S.id == ComplaintLine.sheet_id)
    ),
    record=S.id,
    number=S.number,
    moment=S.filed_at,
    dealer=S.org_id,
    region=S.region_id,
    per_record=False,
)


def sheet_measures(window: Window, hours: int) -> tuple[Measure, ...]:
    answered = S.answered_at.is_not(None)
    return (
        Measure("sheets", QT_TRANSLATE_NOOP("Figures", "Sheets"), Kind.COUNT),
        Measure("answered", QT_TRANSLATE_NOOP("Figures", "Answered"), Kind.COUNT, when=answered),
        Measure(
            "due",
            QT_TRANSLATE_NOOP("Figures", "Answered or past due"),
            Kind.COUNT,
            when=or_(answered, S.filed_at < window.now - timedelta(hours=hours)),
        ),
        Measure(
            "in_time",
            QT_TRANSLATE_NOOP("Figures", "Answered in time"),
            Kind.COUNT,
            when=and_(answered, hours_between(S.filed_at, S.answered_at) <= hours),
        ),
    )


RESPONSE_RATE = Rate(
    "response_rate", QT_TRANSLATE_NOOP("Figures", "Response rate"), "in_time", "due"
)


def tables(window: Window, hours: int) -> tuple[TableSpec, ...]:
    measures = sheet_measures(window, hours)
    return (
        TableSpec(
            "complaints_by_class",
            QT_TRANSLATE_NOOP("Figures", "Complaint sheets by class"),
            FILED,
            dims.enum(
                "class", QT_TRANSLATE_NOOP("Figures", "Class"), S.kind, KIND_LABELS, "Complaints"
            ),
            measures,
            (RESPONSE_RATE,),
        ),
        TableSpec(
            "complaints_by_dealer",
            QT_TRANSLATE_NOOP("Figures", "Complaint sheets by dealer"),
            FILED,
            dims.dealer(S.org_id),
            measures,
            (RESPONSE_RATE,),
            dealer_table=True,
        ),
        TableSpec(
            "complaints_by_model",
            QT_TRANSLATE_NOOP("Figures", "Complaint sheets by model"),
            LINES,
            dims.model(ComplaintLine.product_id),
            (
                Measure("sheets", QT_TRANSLATE_NOOP("Figures", "Sheets"), Kind.COUNT),
                Measure(
                    "units",
                    QT_TRANSLATE_NOOP("Figures", "Units"),
                    Kind.UNITS,
                    ComplaintLine.quantity,
                ),
            ),
        ),
    )
