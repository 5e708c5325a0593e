"""The history on a request reads as people and what they did (issue 14): names, not logins;
words, not keys such as return.receive_scan."""

from __future__ import annotations

import re

from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from desktop.core.rules.inspection import Verdict, VerdictInput
from desktop.core.rules.workflow import Action, State
from desktop.core.services.inspection.verdicts import add_verdict
from desktop.core.services.returns.query import ReturnQuery, get_request, list_requests
from desktop.core.store.db import Database
from desktop.ui.returns.record import history_lines
from tests.conftest import as_user
from tests.db.returns_helpers import counted
from tests.ui.conftest import WindowFor
from tests.ui.test_returns_gui import open_detail


def test_history_lines_name_people_and_say_what_happened(ui: QApplication,
                                                         sqlite_demo_db: Database) -> None:
    db = sqlite_demo_db
    number = counted(db)
    add_verdict(db, as_user(db, "tech"), number, "DL-0705", VerdictInput(Verdict.DEFECT, 3))
    lines = history_lines(get_request(db, as_user(db, "dealer"), number))
    text = "\n".join(lines)
    for name in ("明辉照明 张伟", "华东区 陈立", "订单部 周敏", "仓库 王强", "技术部 刘工"):
        assert name in text
    assert not re.search(r"\b(dealer|east|order|warehouse|tech)\b", text)
    assert not re.search(r"\b(return|inspection)\.[a-z_]+", text)
    assert "按型号清点" in text or "清点" in text  # return.count, in words


def _history_actions() -> set[str]:
    """Every action a service records in a return request's history, read from the code."""
    import ast
    from pathlib import Path

    import desktop.core.services as services

    found: set[str] = set()
    for path in Path(services.__file__).parent.rglob("*.py"):
        for node in ast.walk(ast.parse(path.read_text())):
            if not (isinstance(node, ast.Call) and getattr(node.func, "id", "") == "record"
                    and len(node.args) >= 4 and isinstance(node.args[3], ast.Constant)
                    and node.args[3].value == "return_request"):
                continue
            action = node.args[2]
            if isinstance(action, ast.Constant):
                found.add(str(action.value))
            else:  # f"return.{action.value}": every workflow step
                assert isinstance(action, ast.JoinedStr), ast.dump(action)
                found |= {f"return.{a.value}" for a in Action}
    return found


def test_every_action_in_a_requests_history_has_its_words(ui: object) -> None:
    from desktop.ui.labels import history_label

    actions = _history_actions()
    assert {"return.receive_scan", "return.count", "return.create", "return.approve",
            "inspection.verdict"} <= actions
    for action in actions:
        words = history_label(action)
        assert action not in words
        assert any("\u4e00" <= c <= "\u9fff" for c in words), (action, words)


def test_the_history_of_a_counted_request_reads_in_words(window_for: WindowFor,
                                                         qtbot: QtBot) -> None:
    window = window_for("dealer")
    number = next(r.number for r in list_requests(window.backend.db, window.actor, ReturnQuery())
                  if r.state == State.RECEIVED)
    dialog = open_detail(qtbot, window.backend.db, "dealer", number)
    history = [dialog.history.item(i).text() for i in range(dialog.history.count())]
    assert any("仓库扫描收货" in line for line in history)
    assert any("总部按型号清点" in line for line in history)
    assert not [line for line in history if "return." in line or "inspection." in line]
