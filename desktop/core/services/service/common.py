"""What the service desk's use cases share: who sees which case, finding one, the classes."""

from __future__ import annotations

from datetime import UTC, datetime

from sqlalchemy import false, or_
from sqlalchemy.orm import Session

from desktop.core.i18n import QT_TRANSLATE_NOOP, msg
from desktop.core.model import ServiceCase
from desktop.core.rules.roles import Role
from desktop.core.rules.service import CaseFacts, Klass, classify, primary
from desktop.core.services.kernel.actor import Actor
from desktop.core.services.kernel.lookup import Scope, find_by_number


def case_scope(actor: Actor) -> Scope:
    """HQ sees every case; a dealer (or a service point) only its own."""
    if actor.is_hq:
        return None
    if actor.role == Role.REGIONAL_MANAGER:
        return ServiceCase.region_id == actor.region_id if actor.region_id else false()
    return or_(ServiceCase.dealer_org_id == actor.org_id,
               ServiceCase.service_point_id == actor.org_id)


def load_case(session: Session, actor: Actor, number: str) -> ServiceCase:
    return find_by_number(session, ServiceCase, number, case_scope(actor), msg(
        QT_TRANSLATE_NOOP("Messages", "No service case {number}."), number=number))


def moment(now: datetime | None) -> datetime:
    return now or datetime.now(UTC)


def reclassify(case: ServiceCase) -> None:
    """Recompute the C3 tags and the one class counted from the case's facts."""
    tags = classify(CaseFacts(case.complaint, case.about_attitude, case.earlier_repairs,
                              case.callback_satisfied))
    case.tags = ",".join(t.value for t in tags)
    counted = primary(tags)
    case.klass = counted.value if counted else ""


def tags_of(case: ServiceCase) -> tuple[Klass, ...]:
    return tuple(Klass(t) for t in case.tags.split(",") if t)
