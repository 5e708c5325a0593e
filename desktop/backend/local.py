"""In process: the desk calls the services itself on a database it opened (one PC, SQLite)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from desktop.backend import Backend, DemoLogin, P, R, UseCaseFn
from desktop.core.services.api import use_case_of

if TYPE_CHECKING:
    from desktop.core.services.kernel.actor import Actor
    from desktop.core.store.db import Database


class LocalBackend:
    """``call(fn, …)`` is ``fn(db, actor, …)``, for the use cases a desk may call."""

    def __init__(self, db: Database, actor: Actor) -> None:
        self.db = db
        self._actor = actor

    @property
    def actor(self) -> Actor:
        return self._actor

    def call(self, fn: UseCaseFn[P, R], /, *args: P.args, **kwargs: P.kwargs) -> R:
        use_case_of(fn)  # the same table the server serves: what works here works there
        return fn(self.db, self._actor, *args, **kwargs)

    def describe(self) -> str:
        return self.db.describe()

    def close(self) -> None:
        """Nothing to revoke in process."""

    def renew(self, password: str) -> None:
        from desktop.core.services.access.auth import login as check_login

        self._actor = check_login(self.db, self._actor.login, password)


class LocalConnector:
    """Logging in on a database this program opened."""

    def __init__(self, db: Database) -> None:
        self.db = db

    def describe(self) -> str:
        return self.db.describe()

    def login(self, login: str, password: str) -> Backend:
        from desktop.core.services.access.auth import login as check_login

        return LocalBackend(self.db, check_login(self.db, login, password))

    def demo_logins(self) -> list[DemoLogin]:
        from desktop.demo import demo_logins

        return [DemoLogin(d.login, d.password, d.display_name, d.role, d.org_code)
                for d in demo_logins(self.db)]
