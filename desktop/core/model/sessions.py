"""Sessions of people logged in through the server: a random token the desk holds, stored
here only as its SHA-256, with an idle expiry and a revocation."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import ForeignKey, String
from sqlalchemy.orm import Mapped, mapped_column

from desktop.core.model.base import Base, utcnow


class SessionToken(Base):
    __tablename__ = "session_token"

    id: Mapped[int] = mapped_column(primary_key=True)
    token_hash: Mapped[str] = mapped_column(String(64), unique=True)
    user_id: Mapped[int] = mapped_column(ForeignKey("app_user.id"), index=True)
    created_at: Mapped[datetime] = mapped_column(default=utcnow)
    last_used_at: Mapped[datetime] = mapped_column(default=utcnow)
    revoked_at: Mapped[datetime | None]
    client: Mapped[str] = mapped_column(String(120), default="")  # the desk's own description
