"""Boxes (箱) of a return, their receipts at the depot, scans set aside, and HQ's count (清点).

One receipt per box and one result per scan id are unique indexes: two clerks scanning the same
box at the same moment get one receipt from the database, not from a check-then-insert.
"""

from __future__ import annotations

from datetime import datetime
from enum import StrEnum

from sqlalchemy import ForeignKey, String, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from desktop.core.model.base import Base, portable_enum, utcnow


class SetAsideReason(StrEnum):
    GARBLED = "garbled"
    UNKNOWN = "unknown"
    NOT_APPROVED = "not_approved"
    CANCELLED = "cancelled"
    OTHER_DEPOT = "other_depot"


class Box(Base):
    __tablename__ = "box"
    __table_args__ = (UniqueConstraint("request_id", "box_no", name="uq_box_request_box_no"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    request_id: Mapped[int] = mapped_column(
        ForeignKey("return_request.id", ondelete="CASCADE"), index=True)
    box_no: Mapped[int]
    code: Mapped[str] = mapped_column(String(32), unique=True)
    contents: Mapped[str] = mapped_column(String(200), default="")


class BoxReceipt(Base):
    __tablename__ = "box_receipt"

    id: Mapped[int] = mapped_column(primary_key=True)
    box_id: Mapped[int] = mapped_column(ForeignKey("box.id", ondelete="CASCADE"), unique=True)
    request_id: Mapped[int] = mapped_column(ForeignKey("return_request.id"), index=True)
    scan_id: Mapped[str] = mapped_column(String(40), unique=True)
    received_at: Mapped[datetime] = mapped_column(default=utcnow, index=True)
    login: Mapped[str] = mapped_column(String(64))
    depot_org_id: Mapped[int] = mapped_column(ForeignKey("organisation.id"))


class SetAside(Base):
    """A scan that was not accepted, with why: garbled, unknown, not approved, cancelled, or
    bound for another depot.  Nothing is silently dropped."""

    __tablename__ = "set_aside"

    id: Mapped[int] = mapped_column(primary_key=True)
    scan_id: Mapped[str] = mapped_column(String(40), unique=True)
    code: Mapped[str] = mapped_column(String(80))
    reason: Mapped[SetAsideReason] = mapped_column(portable_enum(SetAsideReason, "aside_reason"))
    request_number: Mapped[str] = mapped_column(String(24), default="")
    at: Mapped[datetime] = mapped_column(default=utcnow, index=True)
    login: Mapped[str] = mapped_column(String(64))
    depot_org_id: Mapped[int] = mapped_column(ForeignKey("organisation.id"), index=True)


class CountLine(Base):
    """HQ's count of one product model in a received return (L2): it prevails."""

    __tablename__ = "count_line"

    request_id: Mapped[int] = mapped_column(
        ForeignKey("return_request.id", ondelete="CASCADE"), primary_key=True)
    product_id: Mapped[int] = mapped_column(ForeignKey("product.id"), primary_key=True)
    declared: Mapped[int]
    counted: Mapped[int]
    note: Mapped[str] = mapped_column(String(200), default="")
    counted_by: Mapped[str] = mapped_column(String(64))
    counted_at: Mapped[datetime] = mapped_column(default=utcnow)
