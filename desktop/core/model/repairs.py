"""Repair orders (R1–R5): one per unit or batch, with the parts they used from stock."""

from __future__ import annotations

from datetime import datetime
from decimal import Decimal

from sqlalchemy import CheckConstraint, ForeignKey, Index, Numeric, String
from sqlalchemy.orm import Mapped, mapped_column, relationship

from desktop.core.model.base import Base, Versioned, portable_enum, utcnow
from desktop.core.rules.stock import Grade, RepairResult


class RepairOrder(Versioned, Base):
    __tablename__ = "repair_order"
    __table_args__ = (CheckConstraint("quantity > 0", name="quantity_positive"),
                      CheckConstraint("minutes >= 0", name="minutes_not_negative"),
                      CheckConstraint("fee >= 0", name="fee_not_negative"),
                      Index("ix_repair_order_finished", "finished_at"),
                      Index("ix_repair_order_unit", "product_id", "date_code"))

    id: Mapped[int] = mapped_column(primary_key=True)
    number: Mapped[str] = mapped_column(String(24), unique=True)
    request_id: Mapped[int | None] = mapped_column(ForeignKey("return_request.id"), index=True)
    item_id: Mapped[int | None] = mapped_column(ForeignKey("inspection_item.id"))
    product_id: Mapped[int] = mapped_column(ForeignKey("product.id"))
    serial: Mapped[str] = mapped_column(String(60), default="", index=True)
    date_code: Mapped[str] = mapped_column(String(20), default="")
    quantity: Mapped[int] = mapped_column(default=1)
    project: Mapped[bool] = mapped_column(default=False)  # 工程 bulk lights (R2)
    in_warranty: Mapped[bool] = mapped_column(default=True)
    fault_found: Mapped[str] = mapped_column(String(400), default="")
    technician: Mapped[str] = mapped_column(String(64))
    minutes: Mapped[int] = mapped_column(default=0)
    result: Mapped[RepairResult] = mapped_column(portable_enum(RepairResult, "repair_result"))
    fee: Mapped[Decimal] = mapped_column(Numeric(12, 2, asdecimal=True), default=Decimal(0))
    repaired_parts: Mapped[str] = mapped_column(String(400), default="")  # part numbers, R2
    opened_at: Mapped[datetime] = mapped_column(default=utcnow)
    finished_at: Mapped[datetime | None]

    parts: Mapped[list[RepairPart]] = relationship(cascade="all, delete-orphan",
                                                   order_by="RepairPart.id")


class RepairPart(Base):
    """A part taken from stock for a repair (the ledger has the matching issue)."""

    __tablename__ = "repair_part"
    __table_args__ = (CheckConstraint("quantity > 0", name="quantity_positive"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    repair_id: Mapped[int] = mapped_column(
        ForeignKey("repair_order.id", ondelete="CASCADE"), index=True)
    part_id: Mapped[int] = mapped_column(ForeignKey("part.id"))
    grade: Mapped[Grade] = mapped_column(portable_enum(Grade, "repair_part_grade"))
    quantity: Mapped[int]
