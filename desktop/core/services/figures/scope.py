"""Whose figures a person sees: a dealer its own (beside the anonymised average of all
dealers), a regional manager the region's, HQ everything; each may narrow to one dealer or
region it may see.  Asking for one it may not see is refused in words."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from sqlalchemy import false, select
from sqlalchemy.orm import Session

from desktop.core.errors import NotAllowed, NotFound
from desktop.core.i18n import QT_TRANSLATE_NOOP, msg
from desktop.core.model import Organisation
from desktop.core.rules.roles import Capability, OrgKind, Role
from desktop.core.services.figures.results import ScopeView
from desktop.core.services.figures.spec import Fact
from desktop.core.services.kernel.actor import Actor, require

NOT_DEALERS = frozenset({OrgKind.HQ, OrgKind.REGION, OrgKind.DEPOT, OrgKind.CARRIER})


@dataclass(frozen=True)
class FigureScope:
    view: ScopeView
    dealer_id: int | None = None
    region_id: int | None = None
    nothing: bool = False            # a regional manager with no region sees no figures

    def conditions(self, fact: Fact) -> list[Any]:
        found: list[Any] = [false()] if self.nothing else []
        if self.dealer_id is not None:
            found.append(fact.dealer == self.dealer_id)
        if self.region_id is not None:
            found.append(fact.region == self.region_id)
        return found

    @property
    def one_dealer(self) -> bool:
        return self.dealer_id is not None


EVERYTHING = FigureScope(ScopeView("all", "", ""))


def resolve_scope(session: Session, actor: Actor, dealer: str = "",
                  region: str = "") -> FigureScope:
    """The figures ``actor`` may see, narrowed to ``dealer`` or ``region`` (codes) if given."""
    require(actor, Capability.FIGURES)
    dealer, region = dealer.strip().upper(), region.strip().upper()
    if actor.role == Role.DEALER_STAFF:
        if (dealer and dealer != actor.org_code.upper()) or region:
            raise NotAllowed(msg(QT_TRANSLATE_NOOP(
                "Messages", "A dealer sees its own figures only ({code}), beside the average "
                "of all dealers."), code=actor.org_code))
        return FigureScope(ScopeView("dealer", actor.org_code, actor.org_name),
                           dealer_id=actor.org_id)
    own_region = actor.region_id if actor.role == Role.REGIONAL_MANAGER else None
    if actor.role == Role.REGIONAL_MANAGER and own_region is None:
        return FigureScope(ScopeView("region", "", ""), nothing=True)
    if dealer:
        org = _dealer(session, dealer, own_region)
        return FigureScope(ScopeView("dealer", org.code, org.name), dealer_id=org.id,
                           region_id=own_region)
    if region or own_region is not None:
        org = _region(session, region, own_region)
        return FigureScope(ScopeView("region", org.code, org.name), region_id=org.id)
    return EVERYTHING


def _dealer(session: Session, code: str, own_region: int | None) -> Organisation:
    org = session.scalars(select(Organisation).where(Organisation.code == code)).first()
    if org is None or org.kind in NOT_DEALERS or (
            own_region is not None and org.region_id != own_region):
        raise NotFound(msg(QT_TRANSLATE_NOOP(
            "Messages", "No dealer {code} among the figures you may see."), code=code))
    return org


def _region(session: Session, code: str, own_region: int | None) -> Organisation:
    stmt = select(Organisation).where(Organisation.kind == OrgKind.REGION)
    stmt = stmt.where(Organisation.id == own_region) if own_region is not None and not code \
        else stmt.where(Organisation.code == code)
    org = session.scalars(stmt).first()
    if org is None or (own_region is not None and org.id != own_region):
        raise NotFound(msg(QT_TRANSLATE_NOOP(
            "Messages", "No region {code} among the figures you may see."), code=code))
    return org
