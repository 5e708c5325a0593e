"""How a desk or the command line reaches the services: one seam, two ways.

- :mod:`desktop.backend.local`: in process, on a database this program opens itself (the
  embedded SQLite file on one PC, or an administrator's maintenance on PostgreSQL).
- :mod:`desktop.backend.remote`: over HTTPS to ``returndesk serve``, which alone holds the
  database; the desk holds a session token.

Both take the same service function and its arguments (``backend.call(get_request, number)``),
so a screen never knows which it talks to.  Nothing here imports Qt.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any, Concatenate, ParamSpec, Protocol, TypeAlias, TypeVar

if TYPE_CHECKING:
    from desktop.core.services.kernel.actor import Actor
    from desktop.core.store.db import Database

P = ParamSpec("P")
R = TypeVar("R")

UseCaseFn: TypeAlias = Callable[Concatenate["Database", "Actor", P], R]
"""A use case: a service function taking the database and the actor first."""


@dataclass(frozen=True)
class DemoLogin:
    """A demo user the login dialog lists (only on a demo database opened in process)."""

    login: str
    password: str
    display_name: str
    role: str
    org: str


class Backend(Protocol):
    """A logged-in person's line to the services."""

    @property
    def actor(self) -> Actor: ...

    def call(self, fn: UseCaseFn[P, R], /, *args: P.args, **kwargs: P.kwargs) -> R:
        """Run the use case ``fn`` as this person and return its result, or raise its
        DomainError.  Blocking: screens call it through the operations layer, off the GUI
        thread."""
        ...

    def describe(self) -> str:
        """Where the data is, for the status bar (a file, a server; never a password)."""
        ...

    def close(self) -> None:
        """Log out: the session ends (a server revokes its token)."""
        ...

    def renew(self, password: str) -> None:
        """Log the same person in again (their session on a server ended): the line goes on,
        with what was waiting on it; raises LoginRefused on a wrong password."""
        ...


class Connector(Protocol):
    """Where a desk logs in."""

    def describe(self) -> str: ...

    def login(self, login: str, password: str) -> Backend:
        """Check the password and open a line for this person, or raise LoginRefused."""
        ...

    def demo_logins(self) -> list[DemoLogin]:
        """The demo users to list at login (none on a real database)."""
        ...


def call_any(backend: Backend, fn: Callable[..., Any], *args: Any, **kwargs: Any) -> Any:
    """``backend.call`` for a caller that holds the function untyped (a table of actions)."""
    return backend.call(fn, *args, **kwargs)
