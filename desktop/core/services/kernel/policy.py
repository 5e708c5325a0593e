"""Reading the policy settings and the working-day calendar: every workflow does."""

from __future__ import annotations

from sqlalchemy import select
from sqlalchemy.orm import Session

from desktop.core.model import CalendarDay, PolicySetting
from desktop.core.rules.calendar import WorkCalendar
from desktop.core.rules.policy import Policy
from desktop.core.services.kernel.actor import Actor
from desktop.core.store.db import Database


def read_policy(session: Session) -> Policy:
    """Every setting's value as the database holds it (its default if it is not stored)."""
    return Policy.of({s.key: s.value for s in session.scalars(select(PolicySetting))})


def read_calendar(session: Session) -> WorkCalendar:
    days = session.execute(select(CalendarDay.day, CalendarDay.kind))
    return WorkCalendar.of(days)


def current_policy(db: Database, actor: Actor) -> Policy:
    """The policy as a desk needs it (the idle lock, the callback clock): any logged-in
    person may read it."""
    del actor
    with db.read() as session:
        return read_policy(session)
