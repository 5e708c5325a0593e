"""Logging in: argon2id verification and a throttle kept in the database.

A wrong password is answered with the same message whether or not the login exists, and the
next try for that login must wait (the policy delay, doubled with each further failure, at most
five minutes).  The wait is enforced here, not by the form, so a script gains nothing.
"""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from desktop.core.errors import LoginRefused
from desktop.core.i18n import QT_TRANSLATE_NOOP, Message, msg
from desktop.core.model import User
from desktop.core.rules.roles import OrgKind
from desktop.core.services.access.passwords import (
    check_password_given,
    hash_password,
    needs_rehash,
    verify_password,
)
from desktop.core.services.kernel.actor import Actor
from desktop.core.services.kernel.audit import record
from desktop.core.services.kernel.policy import read_policy
from desktop.core.store.db import Database

MAX_DELAY = timedelta(minutes=5)

__all__ = ["LoginRefused", "actor_for", "actor_of", "login", "verify_again"]


def actor_of(user: User) -> Actor:
    return Actor(
        user_id=user.id,
        login=user.login,
        display_name=user.display_name,
        role=user.role,
        org_id=user.org_id,
        org_code=user.org.code,
        org_name=user.org.name,
        org_kind=user.org.kind,
        region_id=user.org.region_id,
        agent_id=_agent_of(user),
    )


def _agent_of(user: User) -> int | None:
    org = user.org
    if org.kind == OrgKind.AGENT:
        return org.id
    if org.kind == OrgKind.DEPOT and org.parent is not None and org.parent.kind == OrgKind.AGENT:
        return org.parent.id
    return None


def _now(now: datetime | None) -> datetime:
    return now if now is not None else datetime.now(UTC)


def login(db: Database, login_name: str, password: str, now: datetime | None = None) -> Actor:
    """The actor for ``login_name`` if the password is right; else :class:`LoginRefused`.

    The user's row is locked for the attempt (SELECT … FOR UPDATE on PostgreSQL; SQLite's
    write transaction is exclusive already), so guesses sent at the same moment are taken one
    after the other: each counts, and one that comes while an earlier failure's wait runs is
    refused without its password being checked (and counts too).
    """
    check_password_given(password)  # refused before it is hashed
    at = _now(now)
    with db.write() as session:
        user = _find(session, login_name.strip(), lock=True)
        if user is not None and user.locked_until is not None and user.locked_until > at:
            wait = _register_failure(session, user, at, checked=False)
            session.commit()
            raise LoginRefused(_wait_message(wait), wait)
        if user is None or not user.active or not verify_password(user.password_hash, password):
            # An unknown login waits as long as a known one's first failure: the answer does
            # not tell which logins exist.
            wait = read_policy(session).auth_failed_login_delay_seconds
            if user is not None:
                wait = _register_failure(session, user, at)
                session.commit()
            raise LoginRefused(msg(QT_TRANSLATE_NOOP(
                "Messages", "Wrong login or password, or the account is disabled.")), wait)
        user.failed_logins = 0
        user.locked_until = None
        user.last_login_at = at
        if needs_rehash(user.password_hash):
            user.password_hash = hash_password(password)
        actor = actor_of(user)
        record(session, actor, "auth.login", "app_user", user.id, user.login)
        session.commit()
        return actor


def actor_for(db: Database, login_name: str) -> Actor | None:
    """The actor of an active user, without a password: for the trusted command line
    (``--as LOGIN``), never for the GUI."""
    with db.read() as session:
        user = _find(session, login_name.strip())
        return actor_of(user) if user is not None and user.active else None


def verify_again(db: Database, actor: Actor, password: str) -> bool:
    """Unlocking a locked screen: the same user's password, through the same throttle."""
    try:
        return login(db, actor.login, password).user_id == actor.user_id
    except LoginRefused:
        return False


def _find(session: Session, name: str, lock: bool = False) -> User | None:
    stmt = select(User).where(func.lower(User.login) == name.lower())
    return session.scalars(stmt.with_for_update(of=User) if lock else stmt).first()


def _register_failure(session: Session, user: User, at: datetime,
                      checked: bool = True) -> float:
    """Count the failure and set when the next try may come; returns the wait in seconds.
    ``checked``: False for a try refused for coming too soon (its password was not checked)."""
    user.failed_logins += 1
    base = read_policy(session).auth_failed_login_delay_seconds
    delay = min(timedelta(seconds=base * 2 ** (user.failed_logins - 1)), MAX_DELAY)
    user.locked_until = at + delay if base else None
    record(session, actor_of(user), "auth.failed" if checked else "auth.too_soon", "app_user",
           user.id, f"{user.login}: failure {user.failed_logins}")
    return delay.total_seconds() if base else 0.0


def _wait_message(seconds: float) -> Message:
    return msg(QT_TRANSLATE_NOOP(
        "Messages", "Too many wrong passwords. Wait {seconds} seconds and try again."),
        seconds=max(1, round(seconds)))
