"""Password hashing with argon2id (argon2-cffi's RFC 9106 low-memory profile: t=3, 64 MiB,
p=4 — stronger than OWASP's minimum of t=2, 19 MiB, p=1).  Unlike bcrypt there is no 72-byte
limit, so a 30-character Chinese passphrase works."""

from __future__ import annotations

from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError

from desktop.core.errors import InvalidInput
from desktop.core.i18n import QT_TRANSLATE_NOOP, msg

_hasher = PasswordHasher()
MIN_LENGTH = 8
# Longer is refused before it is hashed: argon2 takes any length, and a megabyte-long
# "password" sent to the login form would make every try cost the server that much work.
MAX_LENGTH = 1024
# A hash (same parameters) of a secret nobody types: verifying against it when the login is
# unknown costs the same time as a real check, so the answer's timing does not reveal which
# logins exist.  Precomputed: hashing at import would cost every start-up 0.1 s.
_DUMMY = (
    "$argon2id$v=19$m=65536,t=3,p=4$Vu/82cukVCWV0wBILMIH+g"
    "$r/yGCcOqXV7zzWYoBgDeuH7XlTW60hIRSz9JIvhNcuk"
)


def hash_password(password: str) -> str:
    check_password_strength(password)
    return _hasher.hash(password)


def verify_password(stored_hash: str | None, password: str) -> bool:
    try:
        return _hasher.verify(stored_hash or _DUMMY, password) and stored_hash is not None
    except (VerificationError, InvalidHashError):
        return False


def needs_rehash(stored_hash: str) -> bool:
    return _hasher.check_needs_rehash(stored_hash)


def check_password_given(password: str) -> None:
    """What a login refuses before any hashing: a password longer than anyone types, or one
    made only of spaces (no password can be that)."""
    if len(password) > MAX_LENGTH:
        raise InvalidInput(msg(QT_TRANSLATE_NOOP(
            "Messages", "A password has at most {n} characters."), n=MAX_LENGTH), "password")
    if password and not password.strip():
        raise InvalidInput(msg(QT_TRANSLATE_NOOP(
            "Messages", "A password cannot be only spaces.")), "password")


def check_password_strength(password: str) -> None:
    check_password_given(password)
    if len(password) < MIN_LENGTH:
        raise InvalidInput(
            msg(
                QT_TRANSLATE_NOOP("Messages", "A password needs at least {n} characters."),
                n=MIN_LENGTH,
            ),
            "password",
        )
