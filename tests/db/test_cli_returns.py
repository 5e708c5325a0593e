"""``returndesk warranty`` and ``returndesk returns`` as a user or a script runs them."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from datetime import date, timedelta
from pathlib import Path

import pytest

from desktop.core.store.db import Database
from tests.conftest import as_user


def _run(url: str, *args: str) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "RETURNDESK_LANG": "zh_CN"}
    return subprocess.run([sys.executable, "-m", "desktop", "--database", url, *args],
                          capture_output=True, text=True, env=env, timeout=120, check=False)


@pytest.fixture
def url(demo_db: Database) -> str:
    return demo_db.url.render_as_string(hide_password=False)


def test_warranty_answers_in_words_and_json(url: str) -> None:
    words = _run(url, "warranty", "--model", "DL-0701", "--production-date", "2024-02-29",
                 "--on", "2027-02-28")
    assert words.returncode == 0, words.stderr
    assert "保修期内，至 2027-02-28 止" in words.stdout
    expired = _run(url, "warranty", "--model", "RS-1001", "--date-code", "2301", "--on",
                   "2026-11-22", "--json")
    assert expired.returncode == 1  # not covered: a script can test the exit status
    answer = json.loads(expired.stdout)
    assert answer["in_warranty"] is False
    assert answer["end"] == "2025-01-01"
    assert answer["counted_from"] == "production"
    assert answer["months"] == 24
    consumer = json.loads(_run(url, "warranty", "--model", "DL-0701", "--date-code", "2301",
                               "--claimant", "consumer", "--purchase-date", "2025-06-01",
                               "--on", "2026-11-22", "--json").stdout)
    assert consumer["counted_from"] == "purchase_proof"
    assert consumer["end"] == "2028-06-01"


@pytest.mark.parametrize(
    ("args", "expected"),
    [
        (("--model", "NOPE", "--production-date", "2024-01-01"), "没有型号为 NOPE 的产品"),
        (("--model", "DL-0701", "--date-code", "24/13"), "不是有效的日期码"),
        (("--model", "DL-0701", "--production-date", "2024-13-01"), "not a date"),
    ],
)
def test_warranty_bad_input_is_one_line(url: str, args: tuple[str, ...], expected: str) -> None:
    result = _run(url, "warranty", *args)
    assert result.returncode == 2
    assert expected in result.stderr
    assert len(result.stderr.strip().splitlines()) == 1


@pytest.mark.parametrize(
    ("args", "expected"),
    [(("--production-date", "9999-06-01"), "生产日期 9999-06-01"),
     (("--date-code", "9912"), "生产日期 2099-12-01"),
     (("--production-date", (date.today() + timedelta(days=30)).isoformat()), "生产日期"),
     (("--production-date", "2025-01-01", "--claimant", "consumer", "--purchase-date",
       "2999-01-01"), "2999-01-01")],
)
def test_warranty_refuses_a_date_in_the_future(url: str, args: tuple[str, ...],
                                               expected: str) -> None:
    result = _run(url, "warranty", "--model", "DL-0701", *args)
    assert result.returncode == 2, result.stdout
    assert result.stdout == ""  # no verdict
    assert expected in result.stderr
    assert "Traceback" not in result.stderr
    assert len(result.stderr.strip().splitlines()) == 1


def test_returns_list_and_show_as_json(url: str) -> None:
    listed = _run(url, "returns", "--state", "approved", "--json")
    assert listed.returncode == 0, listed.stderr
    rows = json.loads(listed.stdout)
    assert rows
    assert {r["state"] for r in rows} == {"approved"}
    number = rows[0]["number"]
    shown = _run(url, "returns", "show", number, "--json")
    detail = json.loads(shown.stdout)
    assert detail["number"] == number
    assert detail["lines"][0]["model"]
    assert [h["action"] for h in detail["history"]][:2] == ["return.create", "return.submit"]
    assert detail["boxes"] == []  # approved, not shipped yet
    shipped_rows = json.loads(_run(url, "returns", "--state", "receiving", "--json").stdout)
    boxes = json.loads(_run(url, "returns", "show", shipped_rows[0]["number"],
                            "--json").stdout)["boxes"]
    assert boxes[0]["received_by"] == "warehouse"
    assert any(b["received_at"] is None for b in boxes)  # still on its way


def test_returns_as_a_dealer_shows_only_its_own(url: str) -> None:
    rows = json.loads(_run(url, "returns", "--as", "dealer2", "--json").stdout)
    assert rows
    assert {r["dealer"] for r in rows} == {"D-GZ01"}
    everything = json.loads(_run(url, "returns", "--json").stdout)
    assert len(everything) > len(rows)


def test_returns_refuses_what_it_cannot_answer(url: str, tmp_path: Path) -> None:
    missing = _run(url, "returns", "show", "R0000000000", "--json")
    assert missing.returncode == 2
    assert "没有返修退货申请 R0000000000" in missing.stderr
    bad_state = _run(url, "returns", "--state", "lost")
    assert bad_state.returncode == 2
    assert "unknown state" in bad_state.stderr


def test_receive_from_the_command_line(url: str, demo_db: Database, tmp_path: Path) -> None:
    from tests.db.returns_helpers import shipped

    number, codes = shipped(demo_db, 2)
    good = _run(url, "receive", codes[0], "--as", "warehouse", "--json")
    assert good.returncode == 0, good.stderr
    assert json.loads(good.stdout)[0]["outcome"] == "received"
    mixed = _run(url, "receive", codes[1], codes[0], "nonsense", "--as", "warehouse")
    assert mixed.returncode == 1  # a refused code makes the exit status non-zero
    assert "OK " in mixed.stdout
    assert f"OK= {codes[0]}: 您已于" in mixed.stdout  # this clerk's own box: not a failure
    assert "不重复计数" in mixed.stdout
    assert "不是 ReturnDesk 的箱码" in mixed.stderr
    labels = _run(url, "print", "labels", number, "-o", str(tmp_path / "l.pdf"))
    assert labels.returncode == 0, labels.stderr
    assert (tmp_path / "l.pdf").read_bytes().startswith(b"%PDF")
    from desktop.core.services.kernel.listing import ListQuery
    from desktop.core.services.transport.exceptions import list_exceptions

    first = list_exceptions(demo_db, as_user(demo_db, "order"), ListQuery())[-1].number
    record = _run(url, "print", "transport-record", first, "-o", str(tmp_path / "t.pdf"))
    assert record.returncode == 0, record.stderr
    missing = _run(url, "print", "transport-record", "T0000000000", "-o", str(tmp_path / "x.pdf"))
    assert missing.returncode == 2
    assert "没有运输异常记录" in missing.stderr
    from desktop.core.services.complaints.sheets import list_sheets

    first_sheet = list_sheets(demo_db, as_user(demo_db, "order"), ListQuery())[-1].number
    complaint = _run(url, "print", "complaint-sheet", first_sheet, "-o", str(tmp_path / "c.pdf"))
    assert complaint.returncode == 0, complaint.stderr
    sheet = _run(url, "print", "return-authorisation", number, "-o", str(tmp_path / "ra.pdf"))
    assert sheet.returncode == 0, sheet.stderr
    assert (tmp_path / "ra.pdf").read_bytes().startswith(b"%PDF")
    nowhere = _run(url, "print", "labels", number, "-o", str(tmp_path / "no" / "l.pdf"))
    assert nowhere.returncode == 2
    assert "未写入任何内容" in nowhere.stderr
    assert not (tmp_path / "no").exists()
    not_a_clerk = _run(url, "receive", codes[0], "--as", "dealer")
    assert not_a_clerk.returncode == 2
