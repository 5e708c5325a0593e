"""Policy settings and the working-day calendar: administrator-kept numbers and days."""

from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import String
from sqlalchemy.orm import Mapped, mapped_column

from desktop.core.model.base import Base, Versioned, portable_enum, utcnow
from desktop.core.rules.calendar import DayKind


class PolicySetting(Versioned, Base):
    __tablename__ = "policy_setting"

    key: Mapped[str] = mapped_column(String(64), primary_key=True)
    value: Mapped[int]
    updated_at: Mapped[datetime] = mapped_column(default=utcnow)
    updated_by: Mapped[str] = mapped_column(String(64), default="")


class CalendarDay(Base):
    """A holiday (节假日) on a weekday, or a make-up working day (调休上班) on a weekend."""

    __tablename__ = "calendar_day"

    day: Mapped[date] = mapped_column(primary_key=True)
    kind: Mapped[DayKind] = mapped_column(portable_enum(DayKind, "day_kind"))
    name: Mapped[str] = mapped_column(String(60), default="")
