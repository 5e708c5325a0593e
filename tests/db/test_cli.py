"""The ``returndesk`` command line, run as a user would, on both databases."""

import json
import os
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path

import pytest

Run = Callable[..., subprocess.CompletedProcess[str]]


@pytest.fixture(params=["sqlite", "postgresql"])
def database_url(request: pytest.FixtureRequest, tmp_path: Path) -> str:
    if request.param == "sqlite":
        return f"sqlite:///{tmp_path / 'cli.db'}"
    return str(request.getfixturevalue("pg_url"))


def _runner(url: str, lang: str = "zh_CN") -> Run:
    def run(*args: str, stdin: str = "") -> subprocess.CompletedProcess[str]:
        env = {**os.environ, "RETURNDESK_LANG": lang}
        env.pop("RETURNDESK_DATABASE_URL", None)
        return subprocess.run(
            [sys.executable, "-m", "desktop", "--database", url, *args],
            input=stdin, capture_output=True, text=True, env=env, timeout=120, check=False)

    return run


@pytest.fixture
def run(database_url: str) -> Run:
    """A runner on a database whose schema is ready (PostgreSQL needs ``db upgrade``)."""
    runner = _runner(database_url)
    upgraded = runner("db", "upgrade")
    assert upgraded.returncode == 0, upgraded.stderr
    return runner


def test_demo_loads_once_then_refuses_politely(run: Run) -> None:
    first = run("demo")
    assert first.returncode == 0, first.stderr
    assert "admin" in first.stdout
    assert "demo1234" in first.stdout
    again = run("demo")
    assert again.returncode == 2
    assert again.stderr.strip().count("\n") == 0
    assert "已有数据" in again.stderr
    assert run("demo", "--if-empty").returncode == 0


def test_products_json_is_the_catalogue(run: Run) -> None:
    assert run("demo").returncode == 0
    result = run("products", "--json")
    assert result.returncode == 0, result.stderr
    products = json.loads(result.stdout)
    assert len(products) == 50
    strip = next(p for p in products if p["category"] == "rigid_strip")
    lamp = next(p for p in products if p["category"] == "lighting")
    assert strip["warranty_months"] == 24
    assert lamp["warranty_months"] == 36
    assert {"code", "name", "category", "warranty_months", "discontinued_on"} <= set(lamp)
    assert any(p["discontinued_on"] for p in products)


def test_user_add_reads_the_password_from_stdin(run: Run) -> None:
    assert run("demo").returncode == 0
    added = run("user", "add", "wanglei", "--role", "dealer_staff", "--org", "D-BJ01",
                stdin="长城照明的密码123\n")
    assert added.returncode == 0, added.stderr
    assert "wanglei" in added.stdout
    duplicate = run("user", "add", "wanglei", "--role", "dealer_staff", "--org", "D-BJ01",
                    stdin="another-password\n")
    assert duplicate.returncode == 2
    assert "已被使用" in duplicate.stderr
    wrong_place = run("user", "add", "li", "--role", "dealer_staff", "--org", "HQ",
                      stdin="password123\n")
    assert wrong_place.returncode == 2
    assert "不能属于" in wrong_place.stderr


@pytest.mark.parametrize(
    ("args", "stdin", "expected"),
    [
        (("user", "add", "x", "--role", "boss"), "pw123456\n", "unknown role"),
        (("user", "add", "x", "--role", "admin"), "", "标准输入"),
        (("user", "add", "x", "--role", "admin"), "short\n", "至少需要 8 个字符"),
    ],
)
def test_bad_input_exits_non_zero_with_one_line(run: Run, args: tuple[str, ...], stdin: str,
                                                expected: str) -> None:
    result = run(*args, stdin=stdin)
    assert result.returncode == 2
    assert expected in result.stderr
    assert len(result.stderr.strip().splitlines()) == 1


def test_messages_follow_the_language(database_url: str) -> None:
    english = _runner(database_url, "en")
    assert english("db", "upgrade").returncode == 0
    assert english("demo").returncode == 0
    again = english("demo")
    assert again.returncode == 2
    assert "already holds data" in again.stderr


def test_a_shared_database_must_be_upgraded_by_command(pg_url: str) -> None:
    run = _runner(pg_url)
    refused = run("products", "--json")
    assert refused.returncode == 2
    assert "returndesk db upgrade" in refused.stderr
    assert "还没有" in refused.stderr
    upgraded = run("db", "upgrade")
    assert upgraded.returncode == 0, upgraded.stderr
    assert run("products", "--json").returncode == 0


def test_a_malformed_database_url_is_one_line(tmp_path: Path) -> None:
    result = _runner("nonsense://")("products")
    assert result.returncode == 2
    assert len(result.stderr.strip().splitlines()) == 1


def test_the_first_administrator_on_an_empty_database(run: Run) -> None:
    added = run("user", "add", "boss", "--role", "admin", stdin="a-strong-password\n")
    assert added.returncode == 0, added.stderr
    assert "HQ" in added.stdout
