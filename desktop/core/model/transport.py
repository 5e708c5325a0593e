"""Transport exception records (产品运输异常记录表), their lines and photos."""

from __future__ import annotations

from datetime import date, datetime
from decimal import Decimal

from sqlalchemy import CheckConstraint, ForeignKey, LargeBinary, Numeric, String, Text
from sqlalchemy.orm import Mapped, mapped_column, relationship

from desktop.core.model.base import Base, Versioned, portable_enum, utcnow
from desktop.core.rules.transport import Decision, Direction, ExceptionKind, ExceptionState


class TransportException(Versioned, Base):
    __tablename__ = "transport_exception"

    id: Mapped[int] = mapped_column(primary_key=True)
    number: Mapped[str] = mapped_column(String(24), unique=True)
    org_id: Mapped[int] = mapped_column(ForeignKey("organisation.id"), index=True)
    region_id: Mapped[int | None] = mapped_column(ForeignKey("organisation.id"), index=True)
    direction: Mapped[Direction] = mapped_column(portable_enum(Direction, "exception_direction"),
                                                 default=Direction.DELIVERY)
    reference: Mapped[str] = mapped_column(String(40), default="")
    carrier_org_id: Mapped[int | None] = mapped_column(ForeignKey("organisation.id"))
    waybill: Mapped[str] = mapped_column(String(40), default="")
    received_on: Mapped[date]
    reported_on: Mapped[date]
    kind: Mapped[ExceptionKind] = mapped_column(portable_enum(ExceptionKind, "exception_kind"))
    description: Mapped[str] = mapped_column(Text, default="")
    signer_name: Mapped[str] = mapped_column(String(60), default="")
    carrier_signed: Mapped[bool] = mapped_column(default=False)
    responsible_party: Mapped[str] = mapped_column(String(120), default="")
    state: Mapped[ExceptionState] = mapped_column(
        portable_enum(ExceptionState, "exception_state"), index=True)
    late_reason: Mapped[str] = mapped_column(String(400), default="")
    decision: Mapped[Decision | None] = mapped_column(portable_enum(Decision, "exception_decision"))
    amount: Mapped[Decimal | None] = mapped_column(Numeric(14, 2))
    decision_note: Mapped[str] = mapped_column(String(400), default="")
    decided_by: Mapped[str] = mapped_column(String(64), default="")
    decided_at: Mapped[datetime | None]
    created_by: Mapped[str] = mapped_column(String(64))
    created_at: Mapped[datetime] = mapped_column(default=utcnow)

    lines: Mapped[list[TransportLine]] = relationship(
        order_by="TransportLine.line_no", cascade="all, delete-orphan")


class TransportLine(Base):
    __tablename__ = "transport_line"
    __table_args__ = (CheckConstraint("quantity > 0", name="quantity_positive"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    exception_id: Mapped[int] = mapped_column(
        ForeignKey("transport_exception.id", ondelete="CASCADE"), index=True)
    line_no: Mapped[int]
    product_id: Mapped[int] = mapped_column(ForeignKey("product.id"))
    quantity: Mapped[int]
    note: Mapped[str] = mapped_column(String(200), default="")


class TransportPhoto(Base):
    """A photo of the goods, or the scan of the carrier's signed record."""

    __tablename__ = "transport_photo"

    id: Mapped[int] = mapped_column(primary_key=True)
    exception_id: Mapped[int] = mapped_column(
        ForeignKey("transport_exception.id", ondelete="CASCADE"), index=True)
    filename: Mapped[str] = mapped_column(String(200))
    mime: Mapped[str] = mapped_column(String(40))
    data: Mapped[bytes] = mapped_column(LargeBinary)
    thumbnail: Mapped[bytes] = mapped_column(LargeBinary)
    signed_record: Mapped[bool] = mapped_column(default=False)
    added_by: Mapped[str] = mapped_column(String(64))
    added_at: Mapped[datetime] = mapped_column(default=utcnow)
