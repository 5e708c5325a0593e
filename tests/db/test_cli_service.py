"""``returndesk cases``, ``cases show``, ``unit`` and ``print incident`` on a database (the
same functions a server serves)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from desktop.cli import main
from desktop.core.store.db import Database


def _url(db: Database) -> str:
    return db.url.render_as_string(hide_password=False)


def test_cases_list_filters_and_shows_one(sqlite_demo_db: Database,
                                          capsys: pytest.CaptureFixture[str]) -> None:
    url = _url(sqlite_demo_db)
    assert main(["--database", url, "cases", "--json"]) == 0
    every = json.loads(capsys.readouterr().out)
    assert {c["state"] for c in every} == {"registered", "assigned", "in_progress", "completed",
                                           "closed"}
    assert main(["--database", url, "cases", "--state", "completed", "--overdue", "--json"]) == 0
    late = json.loads(capsys.readouterr().out)
    assert late
    assert all(c["state"] == "completed" and c["overdue"] for c in late)
    closed = next(c["number"] for c in every if c["state"] == "closed")
    assert main(["--database", url, "cases", "show", closed, "--json"]) == 0
    shown = json.loads(capsys.readouterr().out)
    assert shown["class"] == "satisfied"
    assert shown["callbacks"][-1]["satisfied"] is True


def test_a_dealer_sees_its_own_cases_only(sqlite_demo_db: Database,
                                          capsys: pytest.CaptureFixture[str]) -> None:
    url = _url(sqlite_demo_db)
    assert main(["--database", url, "cases", "--as", "dealer", "--json"]) == 0
    own = json.loads(capsys.readouterr().out)
    assert own
    assert {c["dealer"] for c in own} == {"上海明辉照明经营部"}


def test_a_units_history_and_an_unknown_case(sqlite_demo_db: Database,
                                             capsys: pytest.CaptureFixture[str]) -> None:
    url = _url(sqlite_demo_db)
    assert main(["--database", url, "unit", "SN-FL-0900", "--json"]) == 0
    history = json.loads(capsys.readouterr().out)
    assert [e["kind"] for e in history["events"]] == ["repair", "repair", "case"]
    assert main(["--database", url, "--lang", "zh_CN", "cases", "show", "K0000000001"]) == 2
    assert "K0000000001" in capsys.readouterr().err


def test_print_incident_writes_the_form(sqlite_demo_db: Database, tmp_path: Path,
                                        capsys: pytest.CaptureFixture[str]) -> None:
    from desktop.core.services.service.incidents import list_incidents
    from tests.conftest import as_user

    number = list_incidents(sqlite_demo_db, as_user(sqlite_demo_db, "manager"))[0].number
    out = tmp_path / "i.pdf"
    assert main(["--database", _url(sqlite_demo_db), "print", "incident", number, "-o",
                 str(out)]) == 0
    assert out.read_bytes()[:5] == b"%PDF-"
