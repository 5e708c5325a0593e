"""Running like a server: HTTPS with a certificate (plain HTTP only on loopback), a health
endpoint, bounded bodies, an access log without secrets, no state of its own (two processes
serve the same desks), and a SIGTERM that finishes what is in flight."""

from __future__ import annotations

import logging
import os
import signal
import socket
import subprocess
import sys
import threading
import time
from pathlib import Path

import httpx
import pytest
from sqlalchemy import text

from desktop.backend.remote import RemoteConnector
from desktop.core.errors import DatabaseUnavailable, InvalidInput
from desktop.core.services.kernel.policy import current_policy
from desktop.core.services.returns.query import ReturnQuery, get_request, list_requests
from desktop.core.store.db import Database
from desktop.server.run import Listen, check_transport
from tests.server.conftest import RunningServer, start_server


def test_https_with_a_certificate_from_a_throwaway_authority(sqlite_demo_db: Database,
                                                             tmp_path: Path) -> None:
    import trustme

    authority = trustme.CA()
    certificate = authority.issue_cert("localhost")
    cert, key, ca = tmp_path / "cert.pem", tmp_path / "key.pem", tmp_path / "ca.pem"
    certificate.cert_chain_pems[0].write_to_path(str(cert))
    certificate.private_key_pem.write_to_path(str(key))
    authority.cert_pem.write_to_path(str(ca))
    running = start_server(sqlite_demo_db, cert, key)
    try:
        assert running.url.startswith("https://")
        dealer = RemoteConnector(running.url, str(ca)).login("dealer", "demo1234")
        assert dealer.call(current_policy).returns_completion_working_days == 5
        with pytest.raises(DatabaseUnavailable):  # a certificate nobody vouched for
            RemoteConnector(running.url).login("dealer", "demo1234")
        with pytest.raises(httpx.HTTPError):  # plain HTTP to the HTTPS port
            httpx.get(running.url.replace("https", "http") + "/health", timeout=3)
    finally:
        running.stop()


@pytest.mark.parametrize(("host", "allowed"), [("127.0.0.1", True), ("::1", True),
                                               ("localhost", True), ("0.0.0.0", False),
                                               ("10.1.2.3", False)])
def test_plain_http_only_on_a_loopback_address(host: str, allowed: bool) -> None:
    if allowed:
        check_transport(Listen(host, 8443), None, None)
    else:
        with pytest.raises(InvalidInput, match="--tls-cert"):
            check_transport(Listen(host, 8443), None, None)


def test_the_health_endpoint_answers_without_a_session(served_sqlite: RunningServer) -> None:
    answer = httpx.get(f"{served_sqlite.url}/health")
    assert answer.status_code == 200
    assert answer.json()["status"] == "ok"
    assert answer.headers["returndesk-version"] == answer.json()["version"]  # a desk compares


def test_a_body_over_the_limit_is_refused_before_it_is_read(
        served_sqlite: RunningServer) -> None:
    dealer = served_sqlite.login("dealer")
    headers = {"authorization": f"Bearer {dealer.token}", "content-type": "application/json"}
    huge = b'{"number": "' + b"A" * (13 * 1024 * 1024) + b'"}'
    answer = httpx.post(f"{served_sqlite.url}/api/returns.get_request", content=huge,
                        headers=headers, timeout=30)
    assert answer.status_code == 413
    assert "MB" in answer.json()["message"]["source"]

    def chunks():  # no Content-Length: refused as soon as it passes the limit
        for _ in range(14):
            yield b"A" * (1024 * 1024)

    answer = httpx.post(f"{served_sqlite.url}/api/returns.get_request", content=chunks(),
                        headers=headers, timeout=30)
    assert answer.status_code == 413


def test_the_access_log_names_the_person_and_the_use_case_never_a_secret(
        served_sqlite: RunningServer, caplog: pytest.LogCaptureFixture) -> None:
    caplog.set_level(logging.INFO, logger="returndesk.access")
    dealer = served_sqlite.login("dealer")
    dealer.call(list_requests, ReturnQuery(limit=5))
    lines = [r.getMessage() for r in caplog.records if r.name == "returndesk.access"]
    assert any("dealer" in line and "/api/returns.list_requests" in line and " 200 " in line
               for line in lines)
    assert all("demo1234" not in line and dealer.token not in line for line in lines)


def test_two_server_processes_serve_the_same_desks(demo_db: Database) -> None:
    """A login on one and a call on the other: the session lives in the database."""
    first, second = start_server(demo_db), start_server(demo_db)
    try:
        dealer = first.login("dealer")
        elsewhere = RemoteConnector(second.url).resume(dealer.token)
        assert elsewhere.actor.login == "dealer"
        assert elsewhere.call(list_requests, ReturnQuery(limit=3))
        dealer.close()  # logged out on the first: the second refuses it at once
        answer = httpx.post(f"{second.url}/api/kernel.current_policy", json={},
                            headers={"authorization": f"Bearer {dealer.token}"})
        assert answer.status_code == 401
    finally:
        first.stop()
        second.stop()


def _free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


def test_sigterm_finishes_the_request_in_flight_and_commits_nothing_half_done(
        pg_demo_db: Database) -> None:
    """A write waits on a row another connection holds; SIGTERM arrives meanwhile; when the
    row is let go the write completes whole, is answered, and the server exits."""
    from desktop.core.rules.workflow import Action, State
    from desktop.core.services.returns.flow import transition
    from tests.conftest import as_user
    from tests.db.returns_helpers import filed

    number = filed(pg_demo_db, as_user(pg_demo_db, "dealer"))
    port = _free_port()
    url = pg_demo_db.url.render_as_string(hide_password=False)
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    process = subprocess.Popen([sys.executable, "-m", "desktop", "--database", url, "serve",
                                "--listen", f"127.0.0.1:{port}"], env=env,
                               stdout=subprocess.PIPE, stderr=subprocess.STDOUT)
    try:
        base = f"http://127.0.0.1:{port}"
        deadline = time.monotonic() + 30
        while time.monotonic() < deadline:
            try:
                if httpx.get(f"{base}/health", timeout=1).status_code == 200:
                    break
            except httpx.HTTPError:
                time.sleep(0.2)
        dealer = RemoteConnector(base).login("dealer", "demo1234")
        holder = pg_demo_db.engine.connect()
        holder.execute(text("SELECT 1 FROM return_request WHERE number = :n FOR UPDATE"),
                       {"n": number})
        answer: list[object] = []
        worker = threading.Thread(target=lambda: answer.append(
            dealer.call(transition, number, Action.SUBMIT)))
        worker.start()
        time.sleep(1.0)  # the write is waiting on the row
        process.send_signal(signal.SIGTERM)
        time.sleep(0.5)
        assert process.poll() is None  # still finishing what is in flight
        holder.rollback()
        holder.close()
        worker.join(30)
        assert answer == [State.SUBMITTED]
        # it ends by its own SIGTERM once done (uvicorn re-raises the signal after shutting down)
        assert process.wait(30) in (0, -signal.SIGTERM)
    finally:
        if process.poll() is None:
            process.kill()
    assert get_request(pg_demo_db, as_user(pg_demo_db, "dealer"), number).row.state \
        == State.SUBMITTED
