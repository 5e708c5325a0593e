"""Sessions through the server: a person logs in once and the desk holds a random token; the
server finds the person from the token on every call.  Only the token's SHA-256 is stored, so
a copy of the database opens no session.  A session ends when it is logged out, revoked by an
administrator, or idle for longer than the policy allows."""

from __future__ import annotations

import hashlib
import secrets
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta

from sqlalchemy import select, update

from desktop.core.errors import NotLoggedIn
from desktop.core.i18n import QT_TRANSLATE_NOOP, msg
from desktop.core.model import SessionToken, User
from desktop.core.rules.roles import Capability
from desktop.core.services.access.auth import actor_of, login
from desktop.core.services.kernel.actor import Actor, require
from desktop.core.services.kernel.audit import record
from desktop.core.services.kernel.policy import read_policy
from desktop.core.store.db import Database

TOKEN_BYTES = 32
TOUCH_EVERY = timedelta(minutes=1)  # last_used_at is written at most this often per session


@dataclass(frozen=True)
class OpenedSession:
    token: str  # given to the desk once; never stored
    actor: Actor


@dataclass(frozen=True)
class SessionRow:
    id: int
    login: str
    display_name: str
    client: str
    created_at: datetime
    last_used_at: datetime
    revoked_at: datetime | None


def token_hash(token: str) -> str:
    return hashlib.sha256(token.encode("utf-8", "surrogatepass")).hexdigest()


def open_session(db: Database, login_name: str, password: str, client: str = "") -> OpenedSession:
    """Check the password (with the login throttle) and start a session for the person."""
    actor = login(db, login_name, password)
    token = secrets.token_urlsafe(TOKEN_BYTES)
    with db.write() as session:
        session.add(SessionToken(token_hash=token_hash(token), user_id=actor.user_id,
                                 client=client[:120]))
        record(session, actor, "session.open", "app_user", actor.user_id, client[:120])
        session.commit()
    return OpenedSession(token, actor)


def _ended() -> NotLoggedIn:
    return NotLoggedIn(msg(QT_TRANSLATE_NOOP(
        "Messages", "Your session has ended (logged out, expired or revoked). Log in again.")))


def actor_for_token(db: Database, token: str, now: datetime | None = None) -> Actor:
    """The person whose session ``token`` is; :class:`NotLoggedIn` for a token that is
    unknown, forged, logged out, revoked or idle too long, or whose user was disabled."""
    at = now or datetime.now(UTC)
    if not token or len(token) > 200:
        raise _ended()
    digest = token_hash(token)
    with db.read() as session:
        found = session.execute(select(SessionToken, User).join(
            User, User.id == SessionToken.user_id).where(
            SessionToken.token_hash == digest)).first()
        if found is None:
            raise _ended()
        token_row, user = found
        idle = timedelta(minutes=read_policy(session).auth_session_idle_minutes)
        if (token_row.revoked_at is not None or not user.active
                or at - token_row.last_used_at > idle):
            raise _ended()
        actor = actor_of(user)
        stale = at - token_row.last_used_at > TOUCH_EVERY
    if stale:
        with db.write() as session:
            session.execute(update(SessionToken).where(
                SessionToken.id == token_row.id, SessionToken.revoked_at.is_(None)).values(
                last_used_at=at))
            session.commit()
    return actor


def close_session(db: Database, token: str) -> None:
    """Log out: the token stops working at once (on every server process)."""
    with db.write() as session:
        row = session.scalars(select(SessionToken).where(
            SessionToken.token_hash == token_hash(token),
            SessionToken.revoked_at.is_(None))).first()
        if row is None:
            return
        row.revoked_at = datetime.now(UTC)
        user = session.get(User, row.user_id)
        if user is not None:
            record(session, actor_of(user), "session.close", "app_user", user.id, row.client)
        session.commit()


def list_sessions(db: Database, actor: Actor) -> list[SessionRow]:
    """The sessions still open, newest use first (the administrator's page)."""
    require(actor, Capability.ADMIN_USERS)
    with db.read() as session:
        rows = session.execute(select(SessionToken, User).join(
            User, User.id == SessionToken.user_id).where(SessionToken.revoked_at.is_(None))
            .order_by(SessionToken.last_used_at.desc()).limit(1000)).all()
    return [SessionRow(t.id, u.login, u.display_name, t.client, t.created_at, t.last_used_at,
                       t.revoked_at) for t, u in rows]


def revoke_session(db: Database, actor: Actor, session_id: int, reason: str = "") -> None:
    """An administrator ends somebody's session (a lost laptop, a person who left)."""
    require(actor, Capability.ADMIN_USERS)
    with db.write() as session:
        row = session.get(SessionToken, session_id)
        if row is None or row.revoked_at is not None:
            return
        row.revoked_at = datetime.now(UTC)
        record(session, actor, "session.revoke", "session_token", session_id,
               f"user {row.user_id}", reason=reason)
        session.commit()
