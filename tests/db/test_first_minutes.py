"""The first five minutes of a new site (issue 17), as a new user and a careless one meet them:
an older SQLite file, a file that is read-only, cut short or not a database, a PostgreSQL
server that is not there, six desks starting at once, four administrators upgrading at once.
Every case runs the real program in its own process."""

from __future__ import annotations

import json
import os
import shutil
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from desktop.core.store.db import Database
from desktop.core.store.migrate import SCHEMA_HEAD, alembic_config, schema_state
from tests.conftest import Templates

TIMEOUT = 120
UNREACHABLE_PG = "postgresql+psycopg://returndesk:x@127.0.0.1:1/returndesk"


def _env(lang: str = "zh_CN") -> dict[str, str]:
    env = {**os.environ, "RETURNDESK_LANG": lang, "QT_QPA_PLATFORM": "offscreen"}
    env.pop("RETURNDESK_DATABASE_URL", None)
    env.pop("RETURNDESK_SERVER", None)
    return env


def _start(url: str, *args: str, lang: str = "zh_CN", stdin: str = "",
           wrap: list[str] | None = None) -> subprocess.Popen[str]:
    command = [sys.executable, "-m", "desktop", "--database", url, *args]
    process = subprocess.Popen([*(wrap or []), *command], stdin=subprocess.PIPE,
                               stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
                               env=_env(lang))
    assert process.stdin is not None
    process.stdin.write(stdin)
    process.stdin.close()
    process.stdin = None  # written and closed: communicate() only reads
    return process


def _finish(process: subprocess.Popen[str]) -> tuple[int, str, str]:
    out, err = process.communicate(timeout=TIMEOUT)
    return process.returncode, out, err


def old_sqlite(path: Path, revision: str = "0001") -> Path:
    from alembic import command

    db = Database(f"sqlite:///{path}")
    command.upgrade(alembic_config(db), revision)
    db.dispose()
    return path


def test_db_upgrade_backs_up_an_older_sqlite_file_as_a_desk_start_does(tmp_path: Path) -> None:
    path = old_sqlite(tmp_path / "returndesk.db")
    code, out, err = _finish(_start(f"sqlite:///{path}", "db", "upgrade"))
    assert code == 0, err
    backups = sorted(tmp_path.glob("returndesk.backup-0001-*.db"))
    assert len(backups) == 1
    assert str(backups[0]) in out
    copy = sqlite3.connect(backups[0])
    assert copy.execute("SELECT version_num FROM alembic_version").fetchone() == ("0001",)
    copy.close()
    again = _finish(_start(f"sqlite:///{path}", "db", "upgrade"))
    assert again[0] == 0
    assert "backup" not in again[1]
    assert len(list(tmp_path.glob("returndesk.backup-*.db"))) == 1


# Every way into the database a command takes, each with what it needs to get that far.
PATHS: list[tuple[str, ...]] = [
    ("db", "upgrade"), ("db", "status"), ("demo",), ("user", "add", "li", "--role", "admin"),
    ("products",), ("products", "--json"),
    ("warranty", "--model", "DL-0701", "--production-date", "2024-01-01"),
    ("warranty", "--model", "DL-0701", "--production-date", "2024-01-01", "--json"),
    ("returns",), ("returns", "--json"), ("returns", "show", "R1", "--json"),
    ("receive", "BOX1", "--as", "warehouse"), ("receive", "BOX1", "--as", "warehouse", "--json"),
    ("print", "labels", "R1", "-o", "x.pdf"),
    ("print", "repair-report", "2026-01-05", "-o", "x.pdf", "--as", "tech"),
    ("figures", "--month", "2026-01"), ("figures", "--month", "2026-01", "--json"),
    ("serve", "--listen", "127.0.0.1:18443"),
]


def _one_line_refusal(code: int, out: str, err: str, args: tuple[str, ...],
                      expected: str) -> None:
    assert code == 2, (args, err)
    assert "Traceback" not in err + out, (args, err)
    lines = err.strip().splitlines()
    assert len(lines) == 1, (args, err)
    assert expected in lines[0], (args, err)
    if "--json" in args:
        assert json.loads(out)["error"]["message"] in lines[0]
    else:
        assert out == "", (args, out)


def not_a_database(tmp_path: Path) -> Path:
    path = tmp_path / "notes.db"
    path.write_text("这是上周的会议记录，不是数据库。\n" * 20, encoding="utf-8")
    return path


def test_a_file_that_is_not_a_database_is_one_line_on_every_path(tmp_path: Path) -> None:
    url = f"sqlite:///{not_a_database(tmp_path)}"
    started = [(args, _start(url, *args, stdin="a-long-password\n")) for args in PATHS]
    for args, process in started:
        _one_line_refusal(*_finish(process), args, "不是 ReturnDesk 数据库")
    assert not_a_database(tmp_path).read_text(encoding="utf-8").startswith("这是")


def cut_short(templates_demo: Path, tmp_path: Path) -> Path:
    path = tmp_path / "copy.db"
    shutil.copyfile(templates_demo, path)
    os.truncate(path, path.stat().st_size // 2)
    return path


def read_only_wrap(folder: Path) -> list[str]:
    """The folder made read-only for the command: a read-only bind mount in a mount namespace
    of its own when this runs as root (root writes through any file mode), else the modes."""
    if os.geteuid() != 0:
        for item in folder.iterdir():
            item.chmod(0o444)
        folder.chmod(0o555)
        return []
    return ["unshare", "-m", "sh", "-c",
            f'mount --bind -o ro "{folder}" "{folder}" && exec "$0" "$@"']


@pytest.mark.parametrize("kind", ["read-only", "cut-short", "postgresql-unreachable"])
def test_each_broken_database_is_one_line_in_the_users_language(
        kind: str, templates: Templates, tmp_path: Path) -> None:
    demo = templates.sqlite(True)
    wrap: list[str] | None = None
    if kind == "cut-short":
        url, zh, en = f"sqlite:///{cut_short(demo, tmp_path)}", "不完整", "cut short"
    elif kind == "read-only":
        folder = tmp_path / "ro"
        folder.mkdir()
        shutil.copyfile(demo, folder / "returndesk.db")
        wrap = read_only_wrap(folder)
        url, zh, en = f"sqlite:///{folder / 'returndesk.db'}", "无法写入", "cannot be written"
    else:
        url, zh, en = UNREACHABLE_PG, "无法连接数据库", "cannot be reached"
    paths = [("db", "upgrade"), ("products", "--json"), ("returns",),
             ("user", "add", "li", "--role", "admin")]
    started = [(args, lang, _start(url, *lang_args, *args, stdin="a-long-password\n",
                                   wrap=wrap))
               for args in paths for lang, lang_args in (("zh", ()), ("en", ("--lang", "en")))]
    for args, lang, process in started:
        _one_line_refusal(*_finish(process), args, zh if lang == "zh" else en)


GUI_PROBE = """
import sys
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMessageBox
from desktop.ui.app import start_gui

app, shell = start_gui(sys.argv[1], None)
def close_the_box():
    box = shell.failure
    if isinstance(box, QMessageBox) and box.isVisible():
        print("BOX:" + " ".join(box.text().split()), flush=True)
        box.accept()
timer = QTimer(); timer.timeout.connect(close_the_box); timer.start(50)
sys.exit(app.exec())
"""


def test_the_gui_start_on_a_broken_database_shows_one_sentence_and_exits_2(
        tmp_path: Path) -> None:
    for url, expected in ((f"sqlite:///{not_a_database(tmp_path)}", "不是 ReturnDesk 数据库"),
                          (UNREACHABLE_PG, "无法连接数据库")):
        gui = subprocess.run([sys.executable, "-c", GUI_PROBE, url], capture_output=True,
                             text=True, env=_env(), timeout=TIMEOUT, check=False)
        assert gui.returncode == 2, gui.stderr
        assert "Traceback" not in gui.stderr
        assert expected in gui.stdout  # the message box says it ...
        ours = [line for line in gui.stderr.splitlines()  # (not the offscreen plugin's notes)
                if "propagateSizeHints" not in line]
        assert len(ours) == 1, gui.stderr  # ... and so does the terminal, in one line
        assert expected in ours[0]


DESK_START = """
import sys
from desktop.ui.app import open_in_process
print("started", open_in_process(sys.argv[1]).describe(), flush=True)
"""


def test_six_desks_starting_at_once_on_a_file_to_upgrade_all_start(tmp_path: Path) -> None:
    template = old_sqlite(tmp_path / "template.db", "0001")
    for attempt in range(2):
        folder = tmp_path / f"round{attempt}"
        folder.mkdir()
        path = folder / "returndesk.db"
        shutil.copyfile(template, path)
        desks = [subprocess.Popen([sys.executable, "-c", DESK_START, f"sqlite:///{path}"],
                                  stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
                                  env=_env()) for _ in range(6)]
        for desk in desks:
            out, err = desk.communicate(timeout=TIMEOUT)
            assert desk.returncode == 0, err
            assert out.startswith("started"), err
        assert len(list(folder.glob("returndesk.backup-0001-*.db"))) == 1  # one desk migrated
        db = Database(f"sqlite:///{path}")
        assert schema_state(db).current == SCHEMA_HEAD
        db.dispose()


def test_four_upgrades_at_once_on_postgresql_leave_no_traceback(pg_url: str) -> None:
    upgrades = [_start(pg_url, "db", "upgrade") for _ in range(4)]
    for process in upgrades:
        code, out, err = _finish(process)
        assert code == 0, err
        assert "Traceback" not in err
        assert f"schema at {SCHEMA_HEAD}" in out
    db = Database(pg_url)
    assert schema_state(db).up_to_date
    db.dispose()
