"""Transport exceptions (X1–X3) reported in the month, by carrier and by kind: late reports and
what the order department credited in full."""

from __future__ import annotations

from sqlalchemy import or_, select

from desktop.core.i18n import QT_TRANSLATE_NOOP
from desktop.core.model import TransportException
from desktop.core.rules.transport import KIND_LABELS, Decision, ExceptionKind, ExceptionState
from desktop.core.services.figures import dims
from desktop.core.services.figures.results import Kind
from desktop.core.services.figures.spec import Fact, Measure, TableSpec, Window

X = TransportException
REPORTED = Fact(
    "transport",
    lambda: select(X.id).select_from(X),
    record=X.id,
    number=X.number,
    moment=X.reported_on,
    dealer=X.org_id,
    region=X.region_id,
    moment_is_date=True,
)

KIND_COLUMNS = {
    ExceptionKind.LOSS: QT_TRANSLATE_NOOP("Figures", "Loss"),
    ExceptionKind.SHORTAGE: QT_TRANSLATE_NOOP("Figures", "Shortage"),
    ExceptionKind.WRONG_GOODS: QT_TRANSLATE_NOOP("Figures", "Wrong goods"),
    ExceptionKind.DAMAGE: QT_TRANSLATE_NOOP("Figures", "Damage"),
    ExceptionKind.MASS_BREAKAGE: QT_TRANSLATE_NOOP("Figures", "Mass breakage"),
}


def _common() -> tuple[Measure, ...]:
    return (
        Measure("exceptions", QT_TRANSLATE_NOOP("Figures", "Exceptions"), Kind.COUNT),
        Measure(
            "late",
            QT_TRANSLATE_NOOP("Figures", "Reported late (X1)"),
            Kind.COUNT,
            when=or_(X.state == ExceptionState.LATE, X.late_reason != ""),
        ),
        Measure(
            "credited",
            QT_TRANSLATE_NOOP("Figures", "Credited in full"),
            Kind.MONEY,
            X.amount,
            X.decision == Decision.FULL_CREDIT,
        ),
    )


def tables(window: Window) -> tuple[TableSpec, ...]:
    del window
    common = _common()
    kinds = tuple(
        Measure(kind.value, label, Kind.COUNT, when=X.kind == kind)
        for kind, label in KIND_COLUMNS.items()
    )
    return (
        TableSpec(
            "transport_by_carrier",
            QT_TRANSLATE_NOOP("Figures", "Transport exceptions by carrier"),
            REPORTED,
            dims.carrier(X.carrier_org_id),
            (common[0], *kinds, *common[1:]),
        ),
        TableSpec(
            "transport_by_kind",
            QT_TRANSLATE_NOOP("Figures", "Transport exceptions by kind"),
            REPORTED,
            dims.enum(
                "kind", QT_TRANSLATE_NOOP("Figures", "Kind"), X.kind, KIND_LABELS, "Transport"
            ),
            common,
        ),
    )
