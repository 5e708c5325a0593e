"""A real server for the tests: uvicorn on a loopback port in a thread of the test process,
over the test's own database (SQLite or a throwaway PostgreSQL), reached with real HTTP."""

from __future__ import annotations

import socket
import threading
import time
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest

from desktop.backend.remote import RemoteBackend, RemoteConnector
from desktop.core.store.db import Database


@dataclass
class RunningServer:
    url: str
    db: Database
    server: object
    thread: threading.Thread

    def login(self, login_name: str, password: str = "demo1234") -> RemoteBackend:
        return RemoteConnector(self.url).login(login_name, password)

    def stop(self) -> None:
        self.server.should_exit = True  # type: ignore[attr-defined]
        self.thread.join(10)


def start_server(db: Database, cert: Path | None = None,
                 key: Path | None = None, port: int = 0) -> RunningServer:
    import uvicorn

    from desktop.server.app import create_app

    listener = socket.create_server(("127.0.0.1", port))  # the same port again: it came back
    port = listener.getsockname()[1]
    config = uvicorn.Config(create_app(db), lifespan="off", log_level="warning",
                            access_log=False, ssl_certfile=str(cert) if cert else None,
                            ssl_keyfile=str(key) if key else None)
    server = uvicorn.Server(config)
    thread = threading.Thread(target=server.run, kwargs={"sockets": [listener]}, daemon=True)
    thread.start()
    deadline = time.monotonic() + 10
    while not server.started and time.monotonic() < deadline:
        time.sleep(0.01)
    assert server.started, "the server did not start"
    scheme = "https" if cert else "http"
    host = "localhost" if cert else "127.0.0.1"
    return RunningServer(f"{scheme}://{host}:{port}", db, server, thread)


@pytest.fixture
def served(demo_db: Database) -> Iterator[RunningServer]:
    """The demo world behind a running server, on SQLite and on PostgreSQL."""
    running = start_server(demo_db)
    yield running
    running.stop()


@pytest.fixture
def served_sqlite(sqlite_demo_db: Database) -> Iterator[RunningServer]:
    running = start_server(sqlite_demo_db)
    yield running
    running.stop()
