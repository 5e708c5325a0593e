"""Spare-parts stock: the ledger of movements, the balance it adds up to (never below zero,
held by a CHECK and a conditional update), turnover minimums, and dealers' part requests."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import CheckConstraint, ForeignKey, Index, String
from sqlalchemy.orm import Mapped, mapped_column, relationship

from desktop.core.model.base import Base, Versioned, portable_enum, utcnow
from desktop.core.rules.stock import Grade, Movement, PartRequestState


class StockBalance(Base):
    __tablename__ = "stock_balance"
    __table_args__ = (CheckConstraint("quantity >= 0", name="never_negative"),
                      Index("ix_stock_balance_part", "part_id"))

    location_id: Mapped[int] = mapped_column(ForeignKey("organisation.id"), primary_key=True)
    part_id: Mapped[int] = mapped_column(ForeignKey("part.id"), primary_key=True)
    grade: Mapped[Grade] = mapped_column(portable_enum(Grade, "stock_grade"), primary_key=True)
    quantity: Mapped[int] = mapped_column(default=0)


class StockMovement(Base):
    """One line of the ledger; append-only like the audit log."""

    __tablename__ = "stock_movement"
    __table_args__ = (CheckConstraint("quantity <> 0", name="quantity_not_zero"),
                      Index("ix_stock_movement_part_location", "part_id", "location_id", "id"))

    id: Mapped[int] = mapped_column(primary_key=True)
    location_id: Mapped[int] = mapped_column(ForeignKey("organisation.id"))
    part_id: Mapped[int] = mapped_column(ForeignKey("part.id"))
    grade: Mapped[Grade] = mapped_column(portable_enum(Grade, "movement_grade"))
    kind: Mapped[Movement] = mapped_column(portable_enum(Movement, "movement_kind"))
    quantity: Mapped[int]
    reason: Mapped[str] = mapped_column(String(400), default="")
    ref: Mapped[str] = mapped_column(String(40), default="")
    login: Mapped[str] = mapped_column(String(64))
    at: Mapped[datetime] = mapped_column(default=utcnow)


class StockMinimum(Base):
    """The turnover stock HQ requires of a location for a part (S2)."""

    __tablename__ = "stock_minimum"
    __table_args__ = (CheckConstraint("minimum >= 0", name="minimum_not_negative"),)

    location_id: Mapped[int] = mapped_column(ForeignKey("organisation.id"), primary_key=True)
    part_id: Mapped[int] = mapped_column(ForeignKey("part.id"), primary_key=True)
    minimum: Mapped[int]


class PartRequest(Versioned, Base):
    __tablename__ = "part_request"

    id: Mapped[int] = mapped_column(primary_key=True)
    number: Mapped[str] = mapped_column(String(24), unique=True)
    dealer_org_id: Mapped[int] = mapped_column(ForeignKey("organisation.id"), index=True)
    state: Mapped[PartRequestState] = mapped_column(
        portable_enum(PartRequestState, "part_request_state"))
    note: Mapped[str] = mapped_column(String(400), default="")
    answer: Mapped[str] = mapped_column(String(400), default="")
    created_by: Mapped[str] = mapped_column(String(64))
    created_at: Mapped[datetime] = mapped_column(default=utcnow)
    decided_by: Mapped[str] = mapped_column(String(64), default="")
    decided_at: Mapped[datetime | None]

    lines: Mapped[list[PartRequestLine]] = relationship(
        order_by="PartRequestLine.line_no", cascade="all, delete-orphan")


class PartRequestLine(Base):
    __tablename__ = "part_request_line"
    __table_args__ = (CheckConstraint("quantity > 0", name="quantity_positive"),)

    request_id: Mapped[int] = mapped_column(
        ForeignKey("part_request.id", ondelete="CASCADE"), primary_key=True)
    line_no: Mapped[int] = mapped_column(primary_key=True)
    part_id: Mapped[int] = mapped_column(ForeignKey("part.id"))
    quantity: Mapped[int]
