"""The refusals a user can read: wrong state, no permission, bad input, a stale form, a
database that cannot be reached.  Each carries a translatable :class:`Message`."""

from __future__ import annotations

from desktop.core.i18n import Message


class DomainError(Exception):
    """A refusal the user can read: wrong state, no permission, bad input, a stale form."""

    def __init__(self, message: Message) -> None:
        super().__init__(message.render())
        self.message = message


class NotAllowed(DomainError):
    """The acting user's role or organisation may not do this."""


class NotFound(DomainError):
    """The record does not exist or is not visible to the acting user."""


class InvalidInput(DomainError):
    """A field is missing or malformed; ``field`` names it for the form."""

    def __init__(self, message: Message, field_name: str | None = None) -> None:
        super().__init__(message)
        self.field_name = field_name


class Conflict(DomainError):
    """Duplicate key, or somebody else changed the record since the form was loaded."""


class DatabaseUnavailable(DomainError):
    """The database cannot be reached or written (dropped connection, full disk, locked).
    ``cause``: ``unreachable``, ``disk_full``, ``busy`` or ``read_only``, for a caller that says
    it in its own words (the receiving desk, which tries again by itself)."""

    def __init__(self, message: Message, cause: str = "unreachable") -> None:
        super().__init__(message)
        self.cause = cause


class WrongVersion(DomainError):
    """This program and the database's schema, or the server it talks to, are of different
    ReturnDesk versions; the message names the version needed and how to get it."""


class CannotWrite(DomainError):
    """A file (a printed form) could not be written; nothing was left behind."""


class NotLoggedIn(DomainError):
    """No session, or one that ended (logged out, idle too long, revoked, forged)."""


class LoginRefused(DomainError):
    """Wrong login or password, an inactive user, or a try made too soon after a failure."""

    def __init__(self, message: Message, retry_after: float = 0.0) -> None:
        super().__init__(message)
        self.retry_after = retry_after
