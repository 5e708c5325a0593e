"""Users: the administrator adds them, gives them a role and an organisation, resets passwords."""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import datetime

from sqlalchemy import func, select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from desktop.core.errors import Conflict, InvalidInput, NotFound
from desktop.core.i18n import QT_TRANSLATE_NOOP, msg
from desktop.core.model import Organisation, User
from desktop.core.rules.roles import HQ_ROLES, Capability, OrgKind, Role, role_fits_org
from desktop.core.services.access.passwords import check_password_strength, hash_password
from desktop.core.services.kernel.actor import Actor, require
from desktop.core.services.kernel.audit import diff, record
from desktop.core.services.kernel.listing import ALL, ListQuery, apply_keyset, apply_text_filter
from desktop.core.services.kernel.lookup import check_version
from desktop.core.store.db import Database


@dataclass(frozen=True)
class UserForm:
    login: str
    display_name: str
    role: Role
    org_code: str
    active: bool = True
    password: str | None = None
    id: int | None = None
    version: int | None = None


@dataclass(frozen=True)
class UserRow:
    id: int
    login: str
    display_name: str
    role: Role
    org_code: str
    org_name: str
    active: bool
    last_login_at: datetime | None
    version: int

    def as_form(self) -> UserForm:
        return UserForm(self.login, self.display_name, self.role, self.org_code, self.active,
                        None, self.id, self.version)


def _rows(session: Session, query: ListQuery, where: object = None) -> list[UserRow]:
    stmt = select(User, Organisation.code, Organisation.name).join(
        Organisation, User.org_id == Organisation.id)
    if where is not None:
        stmt = stmt.where(where)  # type: ignore[arg-type]
    stmt = apply_text_filter(stmt, query.text, User.login, User.display_name, Organisation.name,
                             Organisation.code)
    stmt = apply_keyset(stmt, query, User.login)
    return [
        UserRow(u.id, u.login, u.display_name, u.role, code, name, u.active, u.last_login_at,
                u.version)
        for u, code, name in session.execute(stmt)
    ]


def list_users(db: Database, actor: Actor, query: ListQuery = ALL) -> list[UserRow]:
    require(actor, Capability.ADMIN_USERS)
    with db.read() as session:
        return _rows(session, query)


def save_user(db: Database, actor: Actor, form: UserForm, reason: str = "") -> UserRow:
    """Create or update a user.  A new user needs a password; an existing one keeps theirs
    unless a new one is given."""
    require(actor, Capability.ADMIN_USERS)
    form = _clean(form)
    with db.write() as session:
        org = _org(session, form)
        user = _load(session, form) if form.id is not None else None
        before = _snapshot(user) if user else {}
        if user is None:
            if not form.password:
                raise InvalidInput(msg(QT_TRANSLATE_NOOP(
                    "Messages", "A new user needs a password.")), "password")
            user = User(login=form.login, password_hash="", version=1)
            session.add(user)
        else:
            user.version += 1
        if form.password:
            user.password_hash = hash_password(form.password)
            user.failed_logins, user.locked_until = 0, None
        user.login, user.display_name, user.role = form.login, form.display_name, form.role
        user.org_id, user.active = org.id, form.active
        try:
            session.flush()
        except IntegrityError as exc:
            raise Conflict(msg(QT_TRANSLATE_NOOP(
                "Messages", "The login {login} is already in use."), login=form.login)) from exc
        changes = diff(before, _snapshot(user))
        if form.password and before:
            changes["password"] = ["***", "***"]
        record(session, actor, "user.update" if before else "user.create", "app_user",
               user.login, f"{user.login} {user.role.value} {org.code}", changes, reason)
        session.commit()
        user_id = user.id
    with db.read() as session:
        return _rows(session, ListQuery(limit=1), User.id == user_id)[0]


def _clean(form: UserForm) -> UserForm:
    login = form.login.strip()
    if not login or len(login) > 64 or any(c.isspace() for c in login):
        raise InvalidInput(msg(QT_TRANSLATE_NOOP(
            "Messages", "A login is 1 to 64 characters without spaces.")), "login")
    name = form.display_name.strip() or login
    return replace(form, login=login, display_name=name, role=Role(form.role),
                   org_code=form.org_code.strip().upper())


def _org(session: Session, form: UserForm) -> Organisation:
    org = session.scalars(select(Organisation).where(Organisation.code == form.org_code)).first()
    if org is None:
        raise InvalidInput(msg(QT_TRANSLATE_NOOP(
            "Messages", "No organisation with code {code}."), code=form.org_code), "org")
    if not role_fits_org(form.role, org.kind):
        raise InvalidInput(msg(QT_TRANSLATE_NOOP(
            "Messages", "A user with this role cannot belong to that organisation.")), "org")
    return org


def _load(session: Session, form: UserForm) -> User:
    user = session.get(User, form.id)
    if user is None:
        raise NotFound(msg(QT_TRANSLATE_NOOP("Messages", "No user {login}."), login=form.login))
    check_version(user.version, form.version)
    return user


def _snapshot(user: User) -> dict[str, object]:
    return {"login": user.login, "display_name": user.display_name, "role": user.role.value,
            "org_id": user.org_id, "active": user.active}


def add_user(db: Database, actor: Actor, login: str, role: Role, org_code: str | None,
             password: str, display_name: str = "") -> UserRow:
    """``returndesk user add``: the organisation defaults to HQ for HQ roles.  On a new, empty
    database the HQ organisation is created, so that the first administrator can log in and
    set up the rest."""
    check_password_strength(password)
    with db.read() as session:
        exists = session.scalar(select(func.count()).where(func.lower(User.login) == login.lower()))
    if exists:
        raise Conflict(msg(QT_TRANSLATE_NOOP(
            "Messages", "The login {login} is already in use."), login=login))
    if org_code is None:
        org_code = _hq_code(db, actor) if role in HQ_ROLES else None
    if org_code is None:
        raise InvalidInput(msg(QT_TRANSLATE_NOOP(
            "Messages", "Give the organisation with --org CODE.")), "org")
    return save_user(db, actor, UserForm(login, display_name or login, role, org_code, True,
                                         password))


def _hq_code(db: Database, actor: Actor) -> str:
    with db.write() as session:
        code = session.scalar(select(Organisation.code).where(
            Organisation.kind == OrgKind.HQ).order_by(Organisation.id).limit(1))
        if code is None:
            code = "HQ"
            session.add(Organisation(code=code, name="总部", kind=OrgKind.HQ, version=1))
            record(session, actor, "org.create", "organisation", code, "HQ (first user)")
            session.commit()
        return code
