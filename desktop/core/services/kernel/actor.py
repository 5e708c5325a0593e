"""The acting user as the services see them, and the permission check."""

from __future__ import annotations

from dataclasses import dataclass

from desktop.core.errors import NotAllowed
from desktop.core.i18n import QT_TRANSLATE_NOOP, msg
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
