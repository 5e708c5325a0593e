"""The first five minutes, continued (issue 17): a receiving batch killed and run again, the
demo's progress, arguments that are not UTF-8, passwords of spaces or of a megabyte, and a
desk of another version than its database or its server.  Real processes throughout."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import threading
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import pytest
from sqlalchemy import text

from desktop import __version__
from desktop.core.errors import InvalidInput
from desktop.core.rules.roles import Role
from desktop.core.services.access.auth import login
from desktop.core.services.admin.users import UserForm, add_user, list_users, save_user
from desktop.core.services.kernel.actor import SYSTEM
from desktop.core.store.db import Database
from desktop.core.store.migrate import SCHEMA_HEAD
from tests.conftest import as_user

TIMEOUT = 120


def _command(url: str, *args: str | bytes) -> list[str | bytes]:
    return [sys.executable, "-m", "desktop", "--database", url, *args]


def _env() -> dict[str, str]:
    env = {**os.environ, "RETURNDESK_LANG": "zh_CN"}
    env.pop("RETURNDESK_SERVER", None)
    return env


def _run(url: str, *args: str | bytes, stdin: str = "") -> subprocess.CompletedProcess[str]:
    return subprocess.run(_command(url, *args), input=stdin, capture_output=True, text=True,
                          env=_env(), timeout=TIMEOUT, check=False)


def url_of(db: Database) -> str:
    return db.url.render_as_string(hide_password=False)


def test_receive_prints_as_it_goes_and_a_rerun_after_a_kill_finishes_cleanly(
        demo_db: Database) -> None:
    from tests.db.returns_helpers import shipped

    _number, codes = shipped(demo_db, 3)
    batch = codes * 100  # a long batch: a handheld's day, every box scanned again and again
    url = url_of(demo_db)
    process = subprocess.Popen(_command(url, "receive", *batch, "--as", "warehouse"),
                               stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
                               env=_env())
    assert process.stdout is not None
    first = process.stdout.readline()
    still_running = process.poll() is None
    process.send_signal(signal.SIGKILL)
    process.communicate(timeout=TIMEOUT)
    assert first.startswith(f"OK {codes[0]}"), first
    assert still_running  # the first answer came while the batch was still going: flushed
    again = _run(url, "receive", *codes, "--as", "warehouse")
    assert again.returncode == 0, again.stderr
    lines = again.stdout.splitlines()
    assert lines[0].startswith(f"OK= {codes[0]}: 您已于")
    assert "不重复计数" in lines[0]
    assert len(lines) == 3
    assert again.stderr == ""
    answers = json.loads(_run(url, "receive", *codes, "--as", "warehouse", "--json").stdout)
    assert [a["already_mine"] for a in answers] == [True] * 3
    assert {a["received_by"] for a in answers} == {"warehouse"}
    with demo_db.read() as session:
        counted = session.execute(text("SELECT boxes_received FROM return_request r JOIN box b "
                                       "ON b.request_id = r.id WHERE b.code = :c"),
                                  {"c": codes[0]}).scalar()
    assert counted == 3  # each box once, whatever the reruns
    helped = _run(url, "receive", "--help")
    assert "exit status: 0 when every code is in" in " ".join(helped.stdout.split())


def test_the_demo_says_how_far_it_is(tmp_path: Path) -> None:
    url = f"sqlite:///{tmp_path / 'demo.db'}"
    process = subprocess.Popen(_command(url, "demo"), stdout=subprocess.PIPE,
                               stderr=subprocess.PIPE, text=True, env=_env())
    assert process.stderr is not None
    first = process.stderr.readline()
    still_running = process.poll() is None
    out, rest = process.communicate(timeout=TIMEOUT)
    assert process.returncode == 0, rest
    assert first == "[1/9] 组织机构…\n"
    assert still_running  # said before the work, not after it
    steps = [first, *rest.splitlines(keepends=True)]
    assert [line.split("]")[0] + "]" for line in steps] == [f"[{i}/9]" for i in range(1, 10)]
    assert "demo data loaded" in out


@pytest.mark.parametrize("args", [
    (b"user", b"add", b"wang\xff\xfe", b"--role", b"admin"),
    (b"returns", b"show", b"R\xe4\xb8"),
    (b"warranty", b"--model", b"DL-0701", b"--date-code", b"\xc3\x28"),
])
def test_arguments_that_are_not_utf8_are_refused_in_words(tmp_path: Path,
                                                           args: tuple[bytes, ...]) -> None:
    result = subprocess.run(_command(f"sqlite:///{tmp_path / 'x.db'}", *args),
                            input=b"a-long-password\n", capture_output=True, env=_env(),
                            timeout=TIMEOUT, check=False)
    err = result.stderr.decode("utf-8")
    assert result.returncode == 2
    assert "不是有效的 UTF-8 文本" in err
    assert len(err.strip().splitlines()) == 1
    assert not (tmp_path / "x.db").exists()  # refused before anything was opened


def test_a_password_on_stdin_that_is_not_utf8_is_refused_in_words(tmp_path: Path) -> None:
    result = subprocess.run(
        _command(f"sqlite:///{tmp_path / 'x.db'}", "user", "add", "wang", "--role", "admin"),
        input=b"secret\xff\xfepassword\n", capture_output=True, env=_env(), timeout=TIMEOUT,
        check=False)
    assert result.returncode == 2
    assert "密码不是有效的 UTF-8 文本" in result.stderr.decode("utf-8")


@pytest.mark.parametrize(("password", "expected"), [
    (" " * 12, "密码不能只由空格组成"),
    ("\t  \u3000  \t   ", "密码不能只由空格组成"),
    ("x" * 1025, "密码最多 1024 个字符"),
])
def test_user_add_refuses_blank_and_huge_passwords(tmp_path: Path, password: str,
                                                   expected: str) -> None:
    result = _run(f"sqlite:///{tmp_path / 'x.db'}", "user", "add", "wang", "--role", "admin",
                  stdin=password + "\n")
    assert result.returncode == 2
    assert expected in result.stderr
    assert len(result.stderr.strip().splitlines()) == 1


def test_login_and_password_change_refuse_blank_and_huge_passwords(demo_db: Database) -> None:
    admin = as_user(demo_db, "admin")
    with pytest.raises(InvalidInput, match="at most 1024"):
        login(demo_db, "admin", "d" * 5000)  # refused before it is hashed
    with pytest.raises(InvalidInput, match="only spaces"):
        login(demo_db, "admin", "         ")
    dealer = next(u for u in list_users(demo_db, admin) if u.login == "dealer")
    form = UserForm(dealer.login, dealer.display_name, dealer.role, dealer.org_code,
                    dealer.active, id=dealer.id, version=dealer.version)
    from dataclasses import replace

    for bad in (" " * 10, "p" * 1025):
        with pytest.raises(InvalidInput):
            save_user(demo_db, admin, replace(form, password=bad))
    with pytest.raises(InvalidInput, match="only spaces"):
        add_user(demo_db, SYSTEM, "blank", Role.ADMIN, None, " " * 9)
    longest = "长" * 1024
    save_user(demo_db, admin, replace(form, password=longest))
    assert login(demo_db, "dealer", longest).login == "dealer"


def test_the_servers_session_refuses_a_huge_password_in_words(demo_db: Database) -> None:
    import httpx

    from tests.server.conftest import start_server

    running = start_server(demo_db)
    try:
        answer = httpx.post(f"{running.url}/session",
                            json={"login": "admin", "password": "p" * 100_000}, timeout=30)
        blank = httpx.post(f"{running.url}/session",
                           json={"login": "admin", "password": "    "}, timeout=30)
        health = httpx.get(f"{running.url}/health", timeout=30).json()
    finally:
        running.stop()
    assert answer.status_code == 422
    assert answer.json()["message"]["fields"] == {"n": "1024"}
    assert blank.status_code == 422
    assert health == {"status": "ok", "version": __version__, "schema": SCHEMA_HEAD}


def test_a_database_from_a_newer_program_names_the_version_and_where_to_get_it(
        db: Database) -> None:
    with db.write() as session:
        session.execute(text("UPDATE alembic_version SET version_num = '0099'"))
        session.commit()
    result = _run(url_of(db), "products", "--json")
    assert result.returncode == 2
    assert json.loads(result.stdout)["error"]["kind"] == "SchemaOutOfDate"
    line = result.stderr.strip()
    assert "0099" in line
    assert __version__ in line
    assert SCHEMA_HEAD in line
    assert "安装" in line
    assert "pip" in line


def test_a_shared_database_behind_the_program_names_the_command_and_the_version(
        pg_url: str) -> None:
    from alembic import command

    from desktop.core.store.migrate import alembic_config

    db = Database(pg_url)
    command.upgrade(alembic_config(db), "0004")
    db.dispose()
    line = _run(pg_url, "returns").stderr.strip()
    assert "0004" in line
    assert SCHEMA_HEAD in line
    assert __version__ in line
    assert "returndesk db upgrade" in line


class OtherVersion(BaseHTTPRequestHandler):
    """A ReturnDesk server of another version, as far as a desk can tell."""

    def do_POST(self) -> None:
        body = json.dumps({"error": "LoginRefused", "message": {"source": "no", "fields": {}}})
        self.send_response(401)
        self.send_header("returndesk-version", "9.4.0")
        self.send_header("content-type", "application/json")
        self.end_headers()
        self.wfile.write(body.encode())

    def log_message(self, *_args: object) -> None:
        pass


@pytest.fixture
def other_server() -> Iterator[str]:
    server = ThreadingHTTPServer(("127.0.0.1", 0), OtherVersion)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{server.server_address[1]}"
    server.shutdown()


def test_a_desk_of_another_version_than_its_server_says_which_one_it_needs(
        other_server: str, tmp_path: Path) -> None:
    env = {**_env(), "XDG_DATA_HOME": str(tmp_path)}
    result = subprocess.run([sys.executable, "-m", "desktop", "--server", other_server, "login",
                             "admin"], input="demo1234\n", capture_output=True, text=True,
                            env=env, timeout=TIMEOUT, check=False)
    assert result.returncode == 2
    line = result.stderr.strip()
    assert "9.4.0" in line
    assert __version__ in line
    assert "pip install returndesk==9.4.0" in line
    assert len(line.splitlines()) == 1
