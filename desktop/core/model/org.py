"""Organisations (组织): HQ, regions, offices, dealers, sub-dealers, agents, distributors,
depots and carriers."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import ForeignKey, String
from sqlalchemy.orm import Mapped, mapped_column, relationship

from desktop.core.model.base import Base, Versioned, portable_enum, utcnow
from desktop.core.rules.roles import OrgKind


class Organisation(Versioned, Base):
    __tablename__ = "organisation"

    id: Mapped[int] = mapped_column(primary_key=True)
    code: Mapped[str] = mapped_column(String(32), unique=True)
    name: Mapped[str] = mapped_column(String(120), index=True)
    kind: Mapped[OrgKind] = mapped_column(portable_enum(OrgKind, "org_kind"), index=True)
    parent_id: Mapped[int | None] = mapped_column(ForeignKey("organisation.id"), index=True)
    # The region a record belongs to, derived from the parent chain when saved: what a regional
    # manager may see is "region_id = mine".
    region_id: Mapped[int | None] = mapped_column(ForeignKey("organisation.id"), index=True)
    contact_person: Mapped[str] = mapped_column(String(60), default="")
    phone: Mapped[str] = mapped_column(String(40), default="")
    address: Mapped[str] = mapped_column(String(200), default="")
    active: Mapped[bool] = mapped_column(default=True)
    created_at: Mapped[datetime] = mapped_column(default=utcnow)

    parent: Mapped[Organisation | None] = relationship(
        remote_side=[id], foreign_keys=[parent_id], lazy="joined", innerjoin=False
    )
