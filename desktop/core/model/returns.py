"""Return requests (返修退货申请), their lines and photos.

A request's history is its audit entries (entity ``return_request``): who, when, what, why.
The list columns (line count, quantity, value) are kept on the request so that a queue of
100,000 requests pages without touching the lines.
"""

from __future__ import annotations

from datetime import date, datetime
from decimal import Decimal

from sqlalchemy import CheckConstraint, ForeignKey, Index, LargeBinary, Numeric, String, Text
from sqlalchemy.orm import Mapped, mapped_column, relationship

from desktop.core.model.base import Base, Versioned, portable_enum, utcnow
from desktop.core.rules.acceptance import ReturnKind
from desktop.core.rules.warranty import Claimant, LabelCondition
from desktop.core.rules.workflow import State


class ReturnRequest(Versioned, Base):
    __tablename__ = "return_request"
    __table_args__ = (
        Index("ix_return_request_state_id", "state", "id"),
        Index("ix_return_request_dealer_id", "dealer_org_id", "id"),
        Index("ix_return_request_region_id", "region_id", "id"),
        Index("ix_return_request_agent_id", "agent_org_id", "id"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    number: Mapped[str] = mapped_column(String(24), unique=True)
    dealer_org_id: Mapped[int] = mapped_column(ForeignKey("organisation.id"))
    region_id: Mapped[int | None] = mapped_column(ForeignKey("organisation.id"))
    agent_org_id: Mapped[int | None] = mapped_column(ForeignKey("organisation.id"))
    state: Mapped[State] = mapped_column(portable_enum(State, "return_state"))
    note: Mapped[str] = mapped_column(Text, default="")
    reject_reason: Mapped[str] = mapped_column(String(400), default="")
    line_count: Mapped[int] = mapped_column(default=0)
    total_quantity: Mapped[int] = mapped_column(default=0)
    total_value: Mapped[Decimal] = mapped_column(Numeric(14, 2), default=Decimal(0))
    created_by: Mapped[str] = mapped_column(String(64))
    created_at: Mapped[datetime] = mapped_column(default=utcnow)
    submitted_at: Mapped[datetime | None]
    approved_at: Mapped[datetime | None]
    arrived_on: Mapped[date | None]
    due_on: Mapped[date | None]
    finished_at: Mapped[datetime | None]
    carrier_org_id: Mapped[int | None] = mapped_column(ForeignKey("organisation.id"))
    waybill: Mapped[str] = mapped_column(String(40), default="")
    box_count: Mapped[int] = mapped_column(default=0)
    boxes_received: Mapped[int] = mapped_column(default=0)
    shipped_at: Mapped[datetime | None]

    lines: Mapped[list[ReturnLine]] = relationship(
        back_populates="request", order_by="ReturnLine.line_no", cascade="all, delete-orphan")


class ReturnLine(Base):
    __tablename__ = "return_line"
    __table_args__ = (CheckConstraint("quantity > 0", name="quantity_positive"),
                      Index("ix_return_line_unit", "product_id", "date_code"))

    id: Mapped[int] = mapped_column(primary_key=True)
    request_id: Mapped[int] = mapped_column(
        ForeignKey("return_request.id", ondelete="CASCADE"), index=True)
    line_no: Mapped[int]
    product_id: Mapped[int] = mapped_column(ForeignKey("product.id"), index=True)
    quantity: Mapped[int]
    date_code: Mapped[str] = mapped_column(String(20), default="")
    production_date: Mapped[date]
    serial: Mapped[str] = mapped_column(String(60), default="", index=True)
    fault: Mapped[str] = mapped_column(String(400), default="")
    kind: Mapped[ReturnKind] = mapped_column(portable_enum(ReturnKind, "return_kind"))
    claimant: Mapped[Claimant] = mapped_column(portable_enum(Claimant, "claimant"))
    purchase_date: Mapped[date | None]
    sale_date: Mapped[date | None]
    label: Mapped[LabelCondition] = mapped_column(portable_enum(LabelCondition, "label_state"))
    sample: Mapped[bool] = mapped_column(default=False)
    installed_or_used: Mapped[bool] = mapped_column(default=False)
    special_order: Mapped[bool] = mapped_column(default=False)
    scrap: Mapped[bool] = mapped_column(default=False)
    mixed_brand: Mapped[bool] = mapped_column(default=False)
    package_opened: Mapped[bool] = mapped_column(default=True)
    goods_received_at: Mapped[datetime | None]
    reported_at: Mapped[datetime | None]
    order_ref: Mapped[str] = mapped_column(String(40), default="")
    delivery_ref: Mapped[str] = mapped_column(String(40), default="")
    in_warranty: Mapped[bool] = mapped_column(default=True)
    warranty_end: Mapped[date]
    warnings: Mapped[str] = mapped_column(Text, default="")
    unit_price: Mapped[Decimal] = mapped_column(Numeric(12, 2))

    request: Mapped[ReturnRequest] = relationship(back_populates="lines")


class ReturnPhoto(Base):
    """A photo of the goods, stored in the database with a small thumbnail for the screens."""

    __tablename__ = "return_photo"

    id: Mapped[int] = mapped_column(primary_key=True)
    request_id: Mapped[int] = mapped_column(
        ForeignKey("return_request.id", ondelete="CASCADE"), index=True)
    line_no: Mapped[int | None]
    filename: Mapped[str] = mapped_column(String(200))
    mime: Mapped[str] = mapped_column(String(40))
    data: Mapped[bytes] = mapped_column(LargeBinary)
    thumbnail: Mapped[bytes] = mapped_column(LargeBinary)
    added_by: Mapped[str] = mapped_column(String(64))
    added_at: Mapped[datetime] = mapped_column(default=utcnow)
