"""Complaint sheets (客诉质量异常联络单) and their lines and photos."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import CheckConstraint, ForeignKey, LargeBinary, String, Text
from sqlalchemy.orm import Mapped, mapped_column, relationship

from desktop.core.model.base import Base, Versioned, portable_enum, utcnow
from desktop.core.rules.complaints import Answer, ComplaintKind, SheetState


class ComplaintSheet(Versioned, Base):
    __tablename__ = "complaint_sheet"

    id: Mapped[int] = mapped_column(primary_key=True)
    number: Mapped[str] = mapped_column(String(24), unique=True)
    org_id: Mapped[int] = mapped_column(ForeignKey("organisation.id"), index=True)
    region_id: Mapped[int | None] = mapped_column(ForeignKey("organisation.id"), index=True)
    order_ref: Mapped[str] = mapped_column(String(40), default="")
    received_at: Mapped[datetime]
    filed_at: Mapped[datetime]
    kind: Mapped[ComplaintKind] = mapped_column(portable_enum(ComplaintKind, "complaint_kind"))
    unused: Mapped[bool] = mapped_column(default=True)
    package_opened: Mapped[bool] = mapped_column(default=True)
    description: Mapped[str] = mapped_column(Text, default="")
    state: Mapped[SheetState] = mapped_column(portable_enum(SheetState, "sheet_state"),
                                              index=True)
    answer: Mapped[Answer | None] = mapped_column(portable_enum(Answer, "sheet_answer"))
    answer_note: Mapped[str] = mapped_column(String(400), default="")
    answered_by: Mapped[str] = mapped_column(String(64), default="")
    answered_at: Mapped[datetime | None]
    return_number: Mapped[str] = mapped_column(String(24), default="")
    created_by: Mapped[str] = mapped_column(String(64))

    lines: Mapped[list[ComplaintLine]] = relationship(
        order_by="ComplaintLine.line_no", cascade="all, delete-orphan")


class ComplaintLine(Base):
    __tablename__ = "complaint_line"
    __table_args__ = (CheckConstraint("quantity > 0", name="quantity_positive"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    sheet_id: Mapped[int] = mapped_column(
        ForeignKey("complaint_sheet.id", ondelete="CASCADE"), index=True)
    line_no: Mapped[int]
    product_id: Mapped[int] = mapped_column(ForeignKey("product.id"))
    quantity: Mapped[int]
    problem: Mapped[str] = mapped_column(String(200), default="")


class ComplaintPhoto(Base):
    __tablename__ = "complaint_photo"

    id: Mapped[int] = mapped_column(primary_key=True)
    sheet_id: Mapped[int] = mapped_column(
        ForeignKey("complaint_sheet.id", ondelete="CASCADE"), index=True)
    filename: Mapped[str] = mapped_column(String(200))
    mime: Mapped[str] = mapped_column(String(40))
    data: Mapped[bytes] = mapped_column(LargeBinary)
    thumbnail: Mapped[bytes] = mapped_column(LargeBinary)
    added_by: Mapped[str] = mapped_column(String(64))
    added_at: Mapped[datetime] = mapped_column(default=utcnow)
