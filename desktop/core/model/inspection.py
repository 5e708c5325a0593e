"""The technician's verdicts on a counted return and the order department's settlement."""

from __future__ import annotations

from datetime import datetime
from decimal import Decimal

from sqlalchemy import CheckConstraint, ForeignKey, Numeric, String
from sqlalchemy.orm import Mapped, mapped_column

from desktop.core.model.base import Base, portable_enum, utcnow
from desktop.core.rules.inspection import NotCovered, Quote, Remedy, Verdict

MONEY = Numeric(12, 2, asdecimal=True)
# A7: the bill and what was paid back are both unknown (NULL, also every settlement made before
# the amounts were kept), or the bill alone, or the bill and a reimbursement within it.
FREIGHT_AMOUNTS_OK = ("(freight_bill IS NULL AND freight_paid IS NULL) OR (freight_bill >= 0 "
                      "AND (freight_paid IS NULL OR (freight_paid >= 0 "
                      "AND freight_paid <= freight_bill)))")


class InspectionItem(Base):
    """A verdict on ``quantity`` units of one counted model of a request."""

    __tablename__ = "inspection_item"
    __table_args__ = (CheckConstraint("quantity > 0", name="quantity_positive"),
                      CheckConstraint("fee >= 0", name="fee_not_negative"))

    id: Mapped[int] = mapped_column(primary_key=True)
    request_id: Mapped[int] = mapped_column(
        ForeignKey("return_request.id", ondelete="CASCADE"), index=True)
    product_id: Mapped[int] = mapped_column(ForeignKey("product.id"))
    quantity: Mapped[int]
    verdict: Mapped[Verdict] = mapped_column(portable_enum(Verdict, "verdict"))
    reason: Mapped[NotCovered | None] = mapped_column(portable_enum(NotCovered, "not_covered"))
    repairable: Mapped[bool | None]
    fee: Mapped[Decimal] = mapped_column(MONEY, default=Decimal(0))
    quote: Mapped[Quote] = mapped_column(portable_enum(Quote, "quote_state"), default=Quote.NONE)
    remedy: Mapped[Remedy | None] = mapped_column(portable_enum(Remedy, "remedy"))
    unit_price: Mapped[Decimal] = mapped_column(MONEY)
    note: Mapped[str] = mapped_column(String(400), default="")
    inspected_by: Mapped[str] = mapped_column(String(64))
    inspected_at: Mapped[datetime] = mapped_column(default=utcnow)


class Settlement(Base):
    """What the dealer gets for a return (one per request), decided by the order department."""

    __tablename__ = "settlement"
    __table_args__ = (CheckConstraint("penalty >= 0", name="penalty_not_negative"),
                      CheckConstraint("turnover_charge >= 0", name="turnover_charge_not_negative"),
                      CheckConstraint(FREIGHT_AMOUNTS_OK, name="freight_amounts"))

    request_id: Mapped[int] = mapped_column(
        ForeignKey("return_request.id", ondelete="CASCADE"), primary_key=True)
    credit: Mapped[Decimal] = mapped_column(MONEY)
    exchange_units: Mapped[int]
    repaired_units: Mapped[int]
    returned_units: Mapped[int]
    fees: Mapped[Decimal] = mapped_column(MONEY)
    penalty: Mapped[Decimal] = mapped_column(MONEY)
    penalty_waiver: Mapped[str] = mapped_column(String(400), default="")
    freight_reimbursed: Mapped[bool] = mapped_column(default=False)  # A7 applies
    freight_bill: Mapped[Decimal | None] = mapped_column(MONEY)  # the freight bill's amount
    freight_paid: Mapped[Decimal | None] = mapped_column(MONEY)  # the amount reimbursed
    turnover_charge: Mapped[Decimal] = mapped_column(MONEY, default=Decimal(0))  # S2
    turnover_reason: Mapped[str] = mapped_column(String(400), default="")
    disqualify: Mapped[bool] = mapped_column(default=False)  # A6: decided by HQ, never automatic
    disqualify_reason: Mapped[str] = mapped_column(String(400), default="")
    note: Mapped[str] = mapped_column(String(400), default="")
    settled_by: Mapped[str] = mapped_column(String(64))
    settled_at: Mapped[datetime] = mapped_column(default=utcnow)
