"""Fixtures: a fresh database for every test, on SQLite and on a real throwaway PostgreSQL.

PostgreSQL comes from pgserver (a pip-installed server, started once per test run in a
temporary folder); each test gets its own database cloned from a migrated template, so a test
costs a ``CREATE DATABASE … TEMPLATE``, not a migration.  Set RETURNDESK_TEST_PG_URL to use an
existing server instead.
"""

from __future__ import annotations

import os
import tempfile

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.setdefault("RETURNDESK_LANG", "zh_CN")
os.environ.setdefault("RETURNDESK_SOUND_PLAYER", "none")  # the desk beeps; test_receiving_sound
# The user's data folder (the desk keeps unsaved scans there): the test run's own, not the real one.
os.environ["XDG_DATA_HOME"] = tempfile.mkdtemp(prefix="returndesk-test-data-")

import atexit
import itertools
import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import create_engine, text

from desktop.core.services.access.auth import login
from desktop.core.services.kernel.actor import Actor
from desktop.core.store.db import Database
from desktop.core.store.migrate import upgrade
from desktop.demo import load_demo

atexit.register(shutil.rmtree, os.environ["XDG_DATA_HOME"], True)
BACKENDS = ["sqlite", "postgresql"]
_counter = itertools.count()


@pytest.fixture(scope="session")
def pg_base_url(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    """The URL of a PostgreSQL server's maintenance database (``…/postgres``)."""
    given = os.environ.get("RETURNDESK_TEST_PG_URL")
    if given:
        yield given
        return
    import pgserver

    folder = tmp_path_factory.mktemp("pgdata")
    server = pgserver.get_server(folder, cleanup_mode="stop")
    socket_dir = server.get_uri().split("host=")[-1]
    yield f"postgresql+psycopg://postgres@/postgres?host={socket_dir}"
    server.cleanup()


def _pg_admin(base_url: str, statement: str) -> None:
    engine = create_engine(base_url, isolation_level="AUTOCOMMIT")
    with engine.connect() as connection:
        connection.execute(text(statement))
    engine.dispose()


def _pg_url(base_url: str, name: str) -> str:
    head, _, query = base_url.partition("?")
    return f"{head.rsplit('/', 1)[0]}/{name}" + (f"?{query}" if query else "")


class Templates:
    """Migrated databases (empty, and with the demo world) to clone per test."""

    def __init__(self, root: Path, pg_base: str | None) -> None:
        self.root = root
        self.pg_base = pg_base
        self.made: set[str] = set()

    def sqlite(self, demo: bool) -> Path:
        path = self.root / ("demo.db" if demo else "empty.db")
        if not path.exists():
            db = Database(f"sqlite:///{path}")
            upgrade(db)
            if demo:
                load_demo(db)
            db.engine.dispose()
        return path

    def postgres(self, demo: bool) -> str:
        assert self.pg_base is not None
        name = "rd_template_demo" if demo else "rd_template_empty"
        if name not in self.made:
            _pg_admin(self.pg_base, f"DROP DATABASE IF EXISTS {name}")
            _pg_admin(self.pg_base, f"CREATE DATABASE {name}")
            db = Database(_pg_url(self.pg_base, name))
            upgrade(db)
            if demo:
                load_demo(db)
            db.dispose()
            self.made.add(name)
        return name


@pytest.fixture(scope="session")
def templates(tmp_path_factory: pytest.TempPathFactory) -> Templates:
    return Templates(tmp_path_factory.mktemp("templates"), None)


def _fresh(request: pytest.FixtureRequest, backend: str, templates: Templates, tmp_path: Path,
           demo: bool) -> Iterator[Database]:
    if backend == "sqlite":
        path = tmp_path / "returndesk.db"
        shutil.copyfile(templates.sqlite(demo), path)
        db = Database(f"sqlite:///{path}")
        yield db
        db.dispose()
        return
    base = request.getfixturevalue("pg_base_url")
    templates.pg_base = base
    template = templates.postgres(demo)
    name = f"rd_test_{os.getpid()}_{next(_counter)}"
    _pg_admin(base, f"CREATE DATABASE {name} TEMPLATE {template}")
    db = Database(_pg_url(base, name))
    yield db
    db.dispose()
    _pg_admin(base, f"DROP DATABASE IF EXISTS {name} WITH (FORCE)")


@pytest.fixture(params=BACKENDS)
def db(request: pytest.FixtureRequest, templates: Templates, tmp_path: Path) -> Iterator[Database]:
    """A migrated, empty database: each test runs once on SQLite and once on PostgreSQL."""
    yield from _fresh(request, request.param, templates, tmp_path, demo=False)


@pytest.fixture(params=BACKENDS)
def demo_db(request: pytest.FixtureRequest, templates: Templates,
            tmp_path: Path) -> Iterator[Database]:
    """A database holding the demo world, on both databases."""
    yield from _fresh(request, request.param, templates, tmp_path, demo=True)


@pytest.fixture
def sqlite_demo_db(request: pytest.FixtureRequest, templates: Templates,
                   tmp_path: Path) -> Iterator[Database]:
    """The demo world on SQLite only (GUI tests: the database layer is tested on both)."""
    yield from _fresh(request, "sqlite", templates, tmp_path, demo=True)


@pytest.fixture
def pg_url(request: pytest.FixtureRequest, templates: Templates) -> Iterator[str]:
    """The URL of a fresh, empty (not migrated) PostgreSQL database."""
    base = request.getfixturevalue("pg_base_url")
    name = f"rd_raw_{os.getpid()}_{next(_counter)}"
    _pg_admin(base, f"CREATE DATABASE {name}")
    yield _pg_url(base, name)
    _pg_admin(base, f"DROP DATABASE IF EXISTS {name} WITH (FORCE)")


def as_user(db: Database, login_name: str) -> Actor:
    return login(db, login_name, "demo1234")


@pytest.fixture
def admin(demo_db: Database) -> Actor:
    return as_user(demo_db, "admin")


@pytest.fixture
def pg_demo_db(request: pytest.FixtureRequest, templates: Templates,
               tmp_path: Path) -> Iterator[Database]:
    """The demo world on PostgreSQL only (what only a server can do: drop a connection)."""
    yield from _fresh(request, "postgresql", templates, tmp_path, demo=True)


def pytest_configure(config: pytest.Config) -> None:
    """One QApplication for the whole worker, before anything else makes Qt's application: the
    command line makes a bare QCoreApplication for its translations when it runs in process,
    and a worker that ran a command first could then build no widget (the benchmarks' windows
    crashed the worker)."""
    from PySide6.QtWidgets import QApplication

    if QApplication.instance() is None:
        config._returndesk_qapp = QApplication([])  # type: ignore[attr-defined]
