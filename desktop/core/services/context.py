"""What every service shares: the acting user, permission checks, the audit entry, and the
optimistic version check."""

from __future__ import annotations

import json
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from sqlalchemy.orm import Session

from desktop.core.i18n import QT_TRANSLATE_NOOP, Conflict, NotAllowed, msg
from desktop.core.model import AuditEntry
from desktop.core.rules.roles import HQ_ROLES, Capability, OrgKind, Role, may


@dataclass(frozen=True)
class Actor:
    """The logged-in user as the services see them."""

    user_id: int
    login: str
    display_name: str
    role: Role
    org_id: int
    org_code: str
    org_name: str
    org_kind: OrgKind
    region_id: int | None
    agent_id: int | None = None  # the agent this user works for: its own org, or its depot's

    @property
    def is_hq(self) -> bool:
        return self.role in HQ_ROLES


SYSTEM = Actor(0, "system", "system", Role.ADMIN, 0, "", "", OrgKind.HQ, None)


def require(actor: Actor, capability: Capability) -> None:
    """Refuse unless the actor's role has ``capability``."""
    if not may(actor.role, capability):
        raise NotAllowed(
            msg(
                QT_TRANSLATE_NOOP("Messages", "Your role ({role}) may not do this."),
                role=actor.role.value,
            )
        )


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
    """Append an audit entry (who, when, what changed, why) in the service's transaction."""
    session.add(
        AuditEntry(
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


def load_by_number(session: Session, model: Any, number: str, scope: Any) -> Any:
    """The record of ``model`` with this number within ``scope`` (None: everywhere), locked
    for the rest of the unit of work; None when there is none the actor may see."""
    from sqlalchemy import select

    stmt = select(model).where(model.number == number)
    if scope is not None:
        stmt = stmt.where(scope)
    return session.scalars(stmt.with_for_update()).first()


def check_version(current: int, shown: int | None) -> None:
    """Refuse to save over a change somebody else made since the form was loaded."""
    if shown is not None and current != shown:
        raise Conflict(
            msg(
                QT_TRANSLATE_NOOP(
                    "Messages",
                    "Somebody else changed this record after you opened it. Close the form, "
                    "open it again and redo your change.",
                )
            )
        )


def diff(before: Mapping[str, Any], after: Mapping[str, Any]) -> dict[str, list[Any]]:
    """{field: [old, new]} for the fields that changed."""
    return {k: [before.get(k), v] for k, v in after.items() if before.get(k) != v}
