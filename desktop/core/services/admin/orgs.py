"""Organisations (组织): the administrator keeps them; everybody picks from them."""

from __future__ import annotations

from dataclasses import dataclass, replace

from sqlalchemy import select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session, aliased

from desktop.core.errors import Conflict, InvalidInput, NotAllowed, NotFound
from desktop.core.i18n import QT_TRANSLATE_NOOP, msg
from desktop.core.model import Organisation
from desktop.core.rules.roles import Capability, OrgKind, may, parent_fits
from desktop.core.services.kernel.actor import Actor, require
from desktop.core.services.kernel.audit import diff, record
from desktop.core.services.kernel.listing import ALL, ListQuery, apply_keyset, apply_text_filter
from desktop.core.services.kernel.lookup import check_version
from desktop.core.store.db import Database

# Anybody may pick a carrier (a shipment, a transport exception) or a depot; the other kinds
# (every dealer with its contact and address …) only whoever keeps organisations or users.
FOR_EVERYBODY = frozenset({OrgKind.CARRIER, OrgKind.DEPOT})


@dataclass(frozen=True)
class OrgForm:
    code: str
    name: str
    kind: OrgKind
    parent_code: str | None = None
    contact_person: str = ""
    phone: str = ""
    address: str = ""
    active: bool = True
    id: int | None = None
    version: int | None = None


@dataclass(frozen=True)
class OrgRow:
    id: int
    code: str
    name: str
    kind: OrgKind
    parent_code: str | None
    parent_name: str | None
    region_code: str | None
    contact_person: str
    phone: str
    address: str
    active: bool
    version: int

    def as_form(self) -> OrgForm:
        return OrgForm(self.code, self.name, self.kind, self.parent_code, self.contact_person,
                       self.phone, self.address, self.active, self.id, self.version)


def _rows(session: Session, stmt_filter: object = None, query: ListQuery | None = None,
          kinds: tuple[OrgKind, ...] = ()) -> list[OrgRow]:
    parent = aliased(Organisation)
    region = aliased(Organisation)
    stmt = (
        select(Organisation, parent.code, parent.name, region.code)
        .outerjoin(parent, Organisation.parent_id == parent.id)
        .outerjoin(region, Organisation.region_id == region.id)
    )
    if kinds:
        stmt = stmt.where(Organisation.kind.in_(kinds))
    if stmt_filter is not None:
        stmt = stmt.where(stmt_filter)  # type: ignore[arg-type]
    if query is not None:
        stmt = apply_text_filter(stmt, query.text, Organisation.code, Organisation.name,
                                 Organisation.contact_person)
        stmt = apply_keyset(stmt, query, Organisation.code)
    return [
        OrgRow(o.id, o.code, o.name, o.kind, pc, pn, rc, o.contact_person, o.phone, o.address,
               o.active, o.version)
        for o, pc, pn, rc in session.execute(stmt)
    ]


def list_orgs(db: Database, actor: Actor, query: ListQuery = ALL,
              kinds: tuple[OrgKind, ...] = ()) -> list[OrgRow]:
    require(actor, Capability.ADMIN_ORGS)
    with db.read() as session:
        return _rows(session, query=query, kinds=kinds)


def org_choices(db: Database, actor: Actor, kinds: tuple[OrgKind, ...]) -> list[OrgRow]:
    """Active organisations of some kinds, for pickers (a carrier, a parent, a user's
    organisation …).  Kinds other than carriers and depots (or all kinds: ``()``) are listed
    only for whoever may administer organisations or users."""
    if not kinds or not FOR_EVERYBODY.issuperset(kinds):
        _require_administrator(actor)
    with db.read() as session:
        return _rows(session, Organisation.active.is_(True), ListQuery(limit=100_000), kinds)


def get_org(db: Database, actor: Actor, code: str) -> OrgRow:
    """One organisation: a carrier, a depot or one's own for everybody, any for whoever
    administers organisations or users."""
    with db.read() as session:
        rows = _rows(session, Organisation.code == code)
    if rows and rows[0].kind not in FOR_EVERYBODY and rows[0].code != actor.org_code:
        _require_administrator(actor)
    if not rows:
        raise NotFound(msg(QT_TRANSLATE_NOOP("Messages", "No organisation with code {code}."),
                           code=code))
    return rows[0]


def _require_administrator(actor: Actor) -> None:
    if not (may(actor.role, Capability.ADMIN_ORGS) or may(actor.role, Capability.ADMIN_USERS)):
        raise NotAllowed(msg(QT_TRANSLATE_NOOP(
            "Messages", "Only the administrator may list these organisations.")))


def save_org(db: Database, actor: Actor, form: OrgForm, reason: str = "") -> OrgRow:
    """Create (``form.id`` None) or update an organisation, checking its place in the tree."""
    require(actor, Capability.ADMIN_ORGS)
    form = _clean(form)
    with db.write() as session:
        parent = _parent(session, form)
        org = _load_for_update(session, form) if form.id is not None else None
        before = _snapshot(org) if org else {}
        if org is None:
            org = Organisation(code=form.code, name=form.name, kind=form.kind, version=1)
            session.add(org)
        else:
            org.version += 1
        org.code, org.name, org.kind = form.code, form.name, form.kind
        org.parent_id = parent.id if parent else None
        org.region_id = _region_of(form.kind, org, parent)
        org.contact_person, org.phone, org.address = form.contact_person, form.phone, form.address
        org.active = form.active
        try:
            session.flush()
        except IntegrityError as exc:
            raise _duplicate(form.code) from exc
        if org.kind == OrgKind.REGION:
            org.region_id = org.id
        _propagate_region(session, org)
        action = "org.update" if before else "org.create"
        record(session, actor, action, "organisation", org.code, f"{org.code} {org.name}",
               diff(before, _snapshot(org)), reason)
        session.commit()
    return get_org(db, actor, form.code)


def _clean(form: OrgForm) -> OrgForm:
    code = form.code.strip().upper()
    name = form.name.strip()
    if not code:
        raise InvalidInput(msg(QT_TRANSLATE_NOOP("Messages", "The code is required.")), "code")
    if len(code) > 32 or not all(c.isalnum() or c in "-_" for c in code):
        raise InvalidInput(msg(QT_TRANSLATE_NOOP(
            "Messages", "A code has at most 32 letters, digits, - or _.")), "code")
    if not name:
        raise InvalidInput(msg(QT_TRANSLATE_NOOP("Messages", "The name is required.")), "name")
    parent = (form.parent_code or "").strip().upper() or None
    return replace(form, code=code, name=name, kind=OrgKind(form.kind), parent_code=parent,
                   contact_person=form.contact_person.strip(), phone=form.phone.strip(),
                   address=form.address.strip())


def _parent(session: Session, form: OrgForm) -> Organisation | None:
    parent = None
    if form.parent_code:
        parent = session.scalars(
            select(Organisation).where(Organisation.code == form.parent_code)).first()
        if parent is None:
            raise InvalidInput(msg(QT_TRANSLATE_NOOP(
                "Messages", "No organisation with code {code}."), code=form.parent_code),
                "parent")
    if not parent_fits(form.kind, parent.kind if parent else None):
        raise InvalidInput(msg(QT_TRANSLATE_NOOP(
            "Messages", "An organisation of this kind cannot belong to that parent.")), "parent")
    if parent is not None and form.id is not None and parent.id == form.id:
        raise InvalidInput(msg(QT_TRANSLATE_NOOP(
            "Messages", "An organisation cannot belong to itself.")), "parent")
    return parent


def _load_for_update(session: Session, form: OrgForm) -> Organisation:
    org = session.get(Organisation, form.id)
    if org is None:
        raise NotFound(msg(QT_TRANSLATE_NOOP("Messages", "No organisation with code {code}."),
                           code=form.code))
    check_version(org.version, form.version)
    return org


def _region_of(kind: OrgKind, org: Organisation, parent: Organisation | None) -> int | None:
    if kind == OrgKind.REGION:
        return org.id
    return parent.region_id if parent is not None else None


def _propagate_region(session: Session, org: Organisation) -> None:
    """Children follow their parent's region (a dealer moved to another region takes its
    sub-dealers along)."""
    for child in session.scalars(select(Organisation).where(Organisation.parent_id == org.id)):
        if child.kind != OrgKind.REGION and child.region_id != org.region_id:
            child.region_id = org.region_id
            _propagate_region(session, child)


def _snapshot(org: Organisation) -> dict[str, object]:
    return {"code": org.code, "name": org.name, "kind": org.kind.value, "parent_id": org.parent_id,
            "contact_person": org.contact_person, "phone": org.phone, "address": org.address,
            "active": org.active}


def _duplicate(code: str) -> Conflict:
    return Conflict(msg(QT_TRANSLATE_NOOP(
        "Messages", "The code {code} is already in use."), code=code))
