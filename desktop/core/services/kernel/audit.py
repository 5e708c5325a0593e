"""The audit trail (A9): who did what, when and why, in the service's own transaction."""

from __future__ import annotations

import json
from collections.abc import Iterable, Mapping
from datetime import datetime
from typing import Any

from sqlalchemy import ColumnElement, DateTime, func
from sqlalchemy.orm import Session

from desktop.core.model import AuditEntry
from desktop.core.services.kernel.actor import Actor


def record(
    session: Session,
    actor: Actor,
    action: str,
    entity: str,
    entity_id: object,
    summary: str = "",
    changes: Mapping[str, Any] | None = None,
    reason: str = "",
) -> None:
    """Append an audit entry (who, when, what changed, why) in the service's transaction.
    Its time is the database server's clock, not the desk's: a desk whose clock is wrong (or
    set back on purpose) cannot date what it did."""
    session.add(
        AuditEntry(
            at=database_now(session),
            user_id=actor.user_id or None,
            login=actor.login,
            org_id=actor.org_id or None,
            action=action,
            entity=entity,
            entity_id=str(entity_id),
            summary=summary[:400],
            changes=json.dumps(changes or {}, ensure_ascii=False, default=str),
            reason=reason[:400],
        )
    )


def database_now(session: Session) -> ColumnElement[datetime]:
    """The database server's current time as a SQL expression (UTC, to the millisecond)."""
    if session.get_bind().dialect.name == "sqlite":
        return func.strftime("%Y-%m-%d %H:%M:%f", "now", type_=DateTime)
    return func.now()


def diff(before: Mapping[str, Any], after: Mapping[str, Any]) -> dict[str, list[Any]]:
    """{field: [old, new]} for the fields that changed."""
    return {k: [before.get(k), v] for k, v in after.items() if before.get(k) != v}


def names_of(session: Session, logins: Iterable[str]) -> dict[str, str]:
    """The people behind ``logins``, by name (a history shows who, not an account's key)."""
    from sqlalchemy import select

    from desktop.core.model import User

    wanted = {login for login in logins if login}
    if not wanted:
        return {}
    rows = session.execute(select(User.login, User.display_name).where(User.login.in_(wanted)))
    return {login: name for login, name in rows}
