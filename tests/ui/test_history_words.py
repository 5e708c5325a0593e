"""The history on a request reads as people and what they did (issue 14): names, not logins;
words, not keys such as return.receive_scan."""

from __future__ import annotations

import re

from PySide6.QtWidgets import QApplication

from desktop.core.rules.inspection import Verdict, VerdictInput
from desktop.core.services.inspection.verdicts import add_verdict
from desktop.core.services.returns.query import get_request
from desktop.core.store.db import Database
from desktop.ui.returns.record import history_lines
from tests.conftest import as_user
from tests.db.returns_helpers import counted


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
