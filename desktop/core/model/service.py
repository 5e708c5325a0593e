"""Service cases (客诉/服务登记, C2–C3), their callbacks (回访), the parts they replaced, the
records that served them; part replacement claims (配件更换核销, S4) and major quality
incident applications (重大质量事故处理申请表, C4).

A case is closed only by a satisfied callback: a CHECK asks for the closing callback and a
trigger on both databases refuses a closed case whose closing callback is not a satisfied one
of that case (migration 0008)."""

from __future__ import annotations

from datetime import date, datetime
from decimal import Decimal

from sqlalchemy import CheckConstraint, ForeignKey, Index, LargeBinary, Numeric, String, Text
from sqlalchemy.orm import Mapped, mapped_column, relationship

from desktop.core.model.base import Base, Versioned, portable_enum, utcnow
from desktop.core.rules.service import (
    CaseState,
    Channel,
    ClaimState,
    IncidentKind,
    IncidentState,
    OldPartFate,
    Priority,
    Settle,
)

MONEY = Numeric(12, 2, asdecimal=True)


class ServiceCase(Versioned, Base):
    __tablename__ = "service_case"
    __table_args__ = (
        CheckConstraint("state <> 'closed' OR closed_by_callback_id IS NOT NULL",
                        name="closed_by_a_callback"),
        Index("ix_service_case_unit", "product_id", "date_code"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    number: Mapped[str] = mapped_column(String(24), unique=True)
    state: Mapped[CaseState] = mapped_column(portable_enum(CaseState, "case_state"), index=True)
    channel: Mapped[Channel] = mapped_column(portable_enum(Channel, "case_channel"))
    priority: Mapped[Priority] = mapped_column(portable_enum(Priority, "case_priority"))
    complaint: Mapped[bool] = mapped_column(default=False)
    about_attitude: Mapped[bool] = mapped_column(default=False)
    customer: Mapped[str] = mapped_column(String(120))
    contact: Mapped[str] = mapped_column(String(120), default="")
    address: Mapped[str] = mapped_column(String(200), default="")
    dealer_org_id: Mapped[int | None] = mapped_column(ForeignKey("organisation.id"), index=True)
    region_id: Mapped[int | None] = mapped_column(ForeignKey("organisation.id"))
    product_id: Mapped[int] = mapped_column(ForeignKey("product.id"))
    serial: Mapped[str] = mapped_column(String(60), default="", index=True)
    date_code: Mapped[str] = mapped_column(String(20), default="")
    fault: Mapped[str] = mapped_column(Text, default="")
    taken_by: Mapped[str] = mapped_column(String(64))
    registered_at: Mapped[datetime] = mapped_column(index=True)
    respond_by: Mapped[datetime]
    in_warranty: Mapped[bool] = mapped_column(default=False)
    warranty_refused: Mapped[bool] = mapped_column(default=False)
    warranty_end: Mapped[date | None]
    warranty_note: Mapped[str] = mapped_column(Text, default="")  # the W4 explanation (JSON)
    reply_mode: Mapped[str] = mapped_column(String(20), default="")  # written cases: how answered
    reply: Mapped[str] = mapped_column(Text, default="")
    replied_at: Mapped[datetime | None]
    assignee_login: Mapped[str] = mapped_column(String(64), default="")
    service_point_id: Mapped[int | None] = mapped_column(ForeignKey("organisation.id"))
    assigned_at: Mapped[datetime | None]
    confirmed_by: Mapped[str] = mapped_column(String(64), default="")
    confirmed_at: Mapped[datetime | None]
    work_done: Mapped[str] = mapped_column(Text, default="")
    result: Mapped[str] = mapped_column(String(400), default="")
    completed_at: Mapped[datetime | None] = mapped_column(index=True)
    callback_due_at: Mapped[datetime | None] = mapped_column(index=True)
    callback_at: Mapped[datetime | None]
    callback_satisfied: Mapped[bool | None]
    reopened: Mapped[int] = mapped_column(default=0)
    earlier_repairs: Mapped[int] = mapped_column(default=0)
    earlier_refs: Mapped[str] = mapped_column(String(400), default="")
    klass: Mapped[str] = mapped_column(String(40), default="")
    tags: Mapped[str] = mapped_column(String(200), default="")
    closed_at: Mapped[datetime | None]
    closed_by_callback_id: Mapped[int | None]  # the trigger checks it is a satisfied one

    parts: Mapped[list[CasePart]] = relationship(cascade="all, delete-orphan",
                                                 order_by="CasePart.id")
    links: Mapped[list[CaseLink]] = relationship(cascade="all, delete-orphan",
                                                 order_by="CaseLink.id")


class CasePart(Base):
    """A part replaced on the unit, and what became of the old one."""

    __tablename__ = "service_case_part"
    __table_args__ = (CheckConstraint("quantity > 0", name="quantity_positive"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    case_id: Mapped[int] = mapped_column(
        ForeignKey("service_case.id", ondelete="CASCADE"), index=True)
    part_id: Mapped[int] = mapped_column(ForeignKey("part.id"))
    quantity: Mapped[int]
    old_part: Mapped[OldPartFate] = mapped_column(portable_enum(OldPartFate, "old_part_fate"))


class CaseLink(Base):
    """A repair order (M…) or a return request (R…) that served the case."""

    __tablename__ = "service_case_link"

    id: Mapped[int] = mapped_column(primary_key=True)
    case_id: Mapped[int] = mapped_column(
        ForeignKey("service_case.id", ondelete="CASCADE"), index=True)
    kind: Mapped[str] = mapped_column(String(10))
    ref: Mapped[str] = mapped_column(String(24))


class Callback(Base):
    """One callback attempt (回访): when, who, reached or not, satisfied or not, and why."""

    __tablename__ = "service_callback"

    id: Mapped[int] = mapped_column(primary_key=True)
    case_id: Mapped[int] = mapped_column(ForeignKey("service_case.id"), index=True)
    attempt: Mapped[int]
    at: Mapped[datetime]
    by: Mapped[str] = mapped_column(String(64))
    reached: Mapped[bool]
    satisfied: Mapped[bool | None]
    reason: Mapped[str] = mapped_column(String(400), default="")
    next_attempt_at: Mapped[datetime | None]


class Incident(Versioned, Base):
    """重大质量事故处理申请表 (C4): decided by management only."""

    __tablename__ = "quality_incident"
    __table_args__ = (CheckConstraint("amount >= 0", name="amount_not_negative"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    number: Mapped[str] = mapped_column(String(24), unique=True)
    case_id: Mapped[int] = mapped_column(ForeignKey("service_case.id"), index=True)
    kind: Mapped[IncidentKind] = mapped_column(portable_enum(IncidentKind, "incident_kind"))
    amount: Mapped[Decimal] = mapped_column(MONEY)
    justification: Mapped[str] = mapped_column(Text)
    state: Mapped[IncidentState] = mapped_column(
        portable_enum(IncidentState, "incident_state"), index=True)
    applied_by: Mapped[str] = mapped_column(String(64))
    applied_at: Mapped[datetime] = mapped_column(default=utcnow)
    decided_by: Mapped[str] = mapped_column(String(64), default="")
    decided_at: Mapped[datetime | None]
    decision_reason: Mapped[str] = mapped_column(String(400), default="")


class PartClaim(Versioned, Base):
    """配件更换核销 (S4): a part a dealer replaced in the field from its turnover stock."""

    __tablename__ = "part_claim"
    __table_args__ = (CheckConstraint("quantity > 0", name="quantity_positive"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    number: Mapped[str] = mapped_column(String(24), unique=True)
    dealer_org_id: Mapped[int] = mapped_column(ForeignKey("organisation.id"), index=True)
    case_id: Mapped[int | None] = mapped_column(ForeignKey("service_case.id"))
    part_id: Mapped[int] = mapped_column(ForeignKey("part.id"))
    quantity: Mapped[int]
    serial: Mapped[str] = mapped_column(String(60), default="")
    reason: Mapped[str] = mapped_column(String(400), default="")
    state: Mapped[ClaimState] = mapped_column(portable_enum(ClaimState, "claim_state"))
    settle: Mapped[Settle | None] = mapped_column(portable_enum(Settle, "claim_settle"))
    credit: Mapped[Decimal] = mapped_column(MONEY, default=Decimal(0))
    claimed_by: Mapped[str] = mapped_column(String(64))
    claimed_at: Mapped[datetime] = mapped_column(default=utcnow)
    decided_by: Mapped[str] = mapped_column(String(64), default="")
    note: Mapped[str] = mapped_column(String(400), default="")
    written_off_at: Mapped[datetime | None]


class ServicePhoto(Base):
    """A photo of a faulty part (a claim) or of an incident."""

    __tablename__ = "service_photo"

    id: Mapped[int] = mapped_column(primary_key=True)
    claim_id: Mapped[int | None] = mapped_column(
        ForeignKey("part_claim.id", ondelete="CASCADE"), index=True)
    incident_id: Mapped[int | None] = mapped_column(
        ForeignKey("quality_incident.id", ondelete="CASCADE"), index=True)
    filename: Mapped[str] = mapped_column(String(200))
    mime: Mapped[str] = mapped_column(String(40))
    data: Mapped[bytes] = mapped_column(LargeBinary)
    thumbnail: Mapped[bytes] = mapped_column(LargeBinary)
    added_by: Mapped[str] = mapped_column(String(64))
    added_at: Mapped[datetime] = mapped_column(default=utcnow)
