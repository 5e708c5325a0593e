"""Who sees which return requests: a dealer its own, an agent (and its depot) also its
distributors' (A1), a regional manager the region's, HQ everything."""

from __future__ import annotations

from typing import Any

from sqlalchemy import false, or_, select
from sqlalchemy.orm import Session

from desktop.core.errors import NotFound
from desktop.core.i18n import QT_TRANSLATE_NOOP, msg
from desktop.core.model import ReturnRequest
from desktop.core.rules.roles import Role
from desktop.core.services.kernel.actor import Actor


def request_scope(actor: Actor) -> Any:
    """A WHERE clause limiting requests to what ``actor`` may see (None: everything)."""
    if actor.role == Role.REGIONAL_MANAGER:
        return ReturnRequest.region_id == actor.region_id if actor.region_id else false()
    if actor.agent_id is not None:
        return or_(ReturnRequest.dealer_org_id == actor.org_id,
                   ReturnRequest.agent_org_id == actor.agent_id)
    if actor.role == Role.DEALER_STAFF:
        return ReturnRequest.dealer_org_id == actor.org_id
    return None


def can_see(actor: Actor, request: ReturnRequest) -> bool:
    if actor.role == Role.REGIONAL_MANAGER:
        return actor.region_id is not None and request.region_id == actor.region_id
    if actor.agent_id is not None:
        return actor.org_id == request.dealer_org_id or request.agent_org_id == actor.agent_id
    if actor.role == Role.DEALER_STAFF:
        return request.dealer_org_id == actor.org_id
    return True


def not_found(number: str) -> NotFound:
    """The same answer for a request that does not exist and one the actor may not see."""
    return NotFound(msg(QT_TRANSLATE_NOOP("Messages", "No return request {number}."),
                        number=number))


def visible_request(session: Session, actor: Actor, number: str) -> ReturnRequest:
    """The request ``number`` if the actor may see it (read only, no lock)."""
    request = session.scalars(select(ReturnRequest).where(ReturnRequest.number == number)).first()
    if request is None or not can_see(actor, request):
        raise not_found(number)
    return request
