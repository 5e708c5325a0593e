"""The administrator keeps the policy settings and the working-day calendar."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime

from sqlalchemy import select

from desktop.core.errors import InvalidInput, NotFound
from desktop.core.i18n import QT_TRANSLATE_NOOP, msg
from desktop.core.model import CalendarDay, PolicySetting
from desktop.core.rules.calendar import DayKind
from desktop.core.rules.policy import POLICIES, POLICY_BY_KEY, check_value
from desktop.core.rules.roles import Capability
from desktop.core.services.kernel.actor import Actor, require
from desktop.core.services.kernel.audit import record
from desktop.core.services.kernel.lookup import check_version
from desktop.core.store.db import Database


@dataclass(frozen=True)
class SettingRow:
    key: str
    value: int
    default: int
    unit: str
    minimum: int
    maximum: int
    rule: str
    description: str
    updated_at: datetime | None  # None: never stored, the default applies
    updated_by: str
    version: int


@dataclass(frozen=True)
class CalendarRow:
    day: date
    kind: DayKind
    name: str


def list_settings(db: Database, actor: Actor) -> list[SettingRow]:
    """Every setting this release knows, in the registry's order, with its stored value; one
    not stored yet shows its default (version 0: saving it stores it)."""
    require(actor, Capability.ADMIN_POLICY)
    with db.read() as session:
        stored = {row.key: row for row in session.scalars(select(PolicySetting))}
    result = []
    for definition in POLICIES:
        row = stored.get(definition.key)
        result.append(SettingRow(
            definition.key, row.value if row else definition.default, definition.default,
            definition.unit, definition.minimum, definition.maximum, definition.rule,
            definition.description, row.updated_at if row else None,
            row.updated_by if row else "", row.version if row else 0))
    return result


def update_setting(
    db: Database, actor: Actor, key: str, value: int, shown_version: int | None, reason: str = ""
) -> SettingRow:
    require(actor, Capability.ADMIN_POLICY)
    if key not in POLICY_BY_KEY:
        raise NotFound(msg(QT_TRANSLATE_NOOP("Messages", "No policy setting {key}."), key=key))
    problem = check_value(key, value)
    if problem:
        definition = POLICY_BY_KEY[key]
        raise InvalidInput(
            msg(problem, minimum=definition.minimum, maximum=definition.maximum), "value"
        )
    with db.write() as session:
        row = session.get(PolicySetting, key)
        check_version(row.version if row else 0, shown_version)
        if row is None:  # never stored: this release added it since the last start
            row = PolicySetting(key=key, value=POLICY_BY_KEY[key].default, version=0)
            session.add(row)
        old = row.value
        row.value = value
        row.updated_by = actor.login
        row.updated_at = datetime.now().astimezone()
        row.version += 1
        record(session, actor, "policy.update", "policy_setting", key,
               f"{key}: {old} → {value}", {"value": [old, value]}, reason)
        session.commit()
    return next(r for r in list_settings(db, actor) if r.key == key)


def list_calendar(db: Database, actor: Actor, year: int | None = None) -> list[CalendarRow]:
    require(actor, Capability.ADMIN_CALENDAR)
    stmt = select(CalendarDay).order_by(CalendarDay.day)
    if year is not None:
        stmt = stmt.where(CalendarDay.day.between(date(year, 1, 1), date(year, 12, 31)))
    with db.read() as session:
        return [CalendarRow(d.day, d.kind, d.name) for d in session.scalars(stmt)]


def set_calendar_day(db: Database, actor: Actor, day: date, kind: DayKind, name: str) -> None:
    """Mark a weekday as a holiday or a weekend day as a make-up working day."""
    require(actor, Capability.ADMIN_CALENDAR)
    kind = DayKind(kind)
    if kind == DayKind.HOLIDAY and day.weekday() >= 5:
        raise InvalidInput(msg(QT_TRANSLATE_NOOP(
            "Messages", "{day} is a weekend day already; only weekdays can be holidays."),
            day=day.isoformat()), "day")
    if kind == DayKind.WORKDAY and day.weekday() < 5:
        raise InvalidInput(msg(QT_TRANSLATE_NOOP(
            "Messages", "{day} is a weekday already; only a Saturday or Sunday can be a "
            "make-up working day."), day=day.isoformat()), "day")
    with db.write() as session:
        row = session.get(CalendarDay, day)
        old = (row.kind.value, row.name) if row else None
        if row is None:
            row = CalendarDay(day=day, kind=kind, name=name.strip())
            session.add(row)
        else:
            row.kind, row.name = kind, name.strip()
        record(session, actor, "calendar.set", "calendar_day", day.isoformat(),
               f"{day.isoformat()} {kind.value} {name}", {"day": [old, [kind.value, name]]})
        session.commit()


def clear_calendar_day(db: Database, actor: Actor, day: date) -> None:
    require(actor, Capability.ADMIN_CALENDAR)
    with db.write() as session:
        row = session.get(CalendarDay, day)
        if row is None:
            return
        record(session, actor, "calendar.clear", "calendar_day", day.isoformat(),
               f"{day.isoformat()} {row.kind.value} {row.name}")
        session.delete(row)
        session.commit()
