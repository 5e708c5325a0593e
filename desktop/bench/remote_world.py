"""The remote bench's world: a fresh PostgreSQL database with the demo world, requests waiting
for the order department and shipped boxes to scan; and how to reach that database through a
proxy."""

from __future__ import annotations

import contextlib
import tempfile
import time
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from desktop.core.store.db import Database

PASSWORD = "demo1234"


@dataclass
class World:
    db: Database  # the server's own connection (no proxy)
    url: str  # the database's URL as the server holds it
    socket_path: str | None  # PostgreSQL's Unix socket, when it has one
    approvals: list[str]  # requests waiting for the order department
    boxes: list[str]  # shipped box codes, not yet received


@contextlib.contextmanager
def postgresql(pg_url: str | None) -> Iterator[str]:
    """A fresh database on ``pg_url`` (a maintenance URL), else on a throwaway pgserver."""
    from sqlalchemy import create_engine, text

    with contextlib.ExitStack() as stack:
        if pg_url is None:
            try:
                import pgserver
            except ImportError as exc:
                raise RuntimeError("the remote bench needs PostgreSQL: give --pg URL (or "
                                   "install pgserver)") from exc
            folder = stack.enter_context(tempfile.TemporaryDirectory(prefix="rd-pg-"))
            server = pgserver.get_server(Path(folder), cleanup_mode="stop")
            stack.callback(server.cleanup)
            socket_dir = server.get_uri().split("host=")[-1]
            pg_url = f"postgresql+psycopg://postgres@/postgres?host={socket_dir}"
        name = f"returndesk_remote_{int(time.time())}"
        admin = create_engine(pg_url, isolation_level="AUTOCOMMIT")
        with admin.connect() as connection:
            connection.execute(text(f"CREATE DATABASE {name}"))
        base, _, query = pg_url.partition("?")
        try:
            yield base.rsplit("/", 1)[0] + f"/{name}" + (f"?{query}" if query else "")
        finally:
            with admin.connect() as connection:
                connection.execute(text(f"DROP DATABASE IF EXISTS {name} WITH (FORCE)"))
            admin.dispose()


def upstream_of(db: Database) -> tuple[str, int] | str:
    """Where PostgreSQL listens: its Unix socket (pgserver) or host and port."""
    import glob

    url = db.url
    host = str(url.query.get("host") or url.host or "127.0.0.1")
    if host.startswith("/"):
        return next(p for p in glob.glob(f"{host}/.s.PGSQL.*") if not p.endswith(".lock"))
    return host, int(url.port or 5432)


def proxied_url(db: Database, port: int) -> str:
    url = db.url.set(host="127.0.0.1", port=port, query={})
    return url.render_as_string(hide_password=False)


def build_world(url: str, approvals: int, boxes: int) -> World:
    """The demo world, plus requests waiting for approval and shipped boxes to scan."""
    from desktop.core.store.migrate import upgrade
    from desktop.demo import load_demo

    db = Database(url, pool_size=20)
    upgrade(db)
    load_demo(db)
    waiting = [_filed(db, reviewed=True) for _ in range(approvals)]
    codes: list[str] = []
    while len(codes) < boxes:
        codes += _shipped(db, min(20, boxes - len(codes)))
    return World(db, url, None, waiting, codes)


def _actor(db: Database, login: str) -> Any:
    from desktop.core.services.access.auth import login as check_login

    return check_login(db, login, PASSWORD)


def _filed(db: Database, reviewed: bool) -> str:
    from desktop.core.rules.acceptance import ReturnKind
    from desktop.core.rules.workflow import Action
    from desktop.core.services.returns.filing import LineInput, file_return
    from desktop.core.services.returns.flow import transition

    dealer = _actor(db, "dealer")
    number = file_return(db, dealer, [LineInput("DL-0705", 3, "20250610",
                                                ReturnKind.QUALITY_FAULT, "不亮")])
    transition(db, dealer, number, Action.SUBMIT)
    if reviewed:
        transition(db, _actor(db, "east"), number, Action.REVIEW)
    return number


def _shipped(db: Database, boxes: int) -> list[str]:
    from desktop.core.rules.workflow import Action
    from desktop.core.services.returns.flow import transition
    from desktop.core.services.returns.shipping import declare_shipment

    number = _filed(db, reviewed=True)
    transition(db, _actor(db, "order"), number, Action.APPROVE)
    return declare_shipment(db, _actor(db, "dealer"), number, boxes, "C-SF", "SF1234567890")
