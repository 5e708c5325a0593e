"""Demo complaint sheets in every state, through the services."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from desktop.core.rules.complaints import Answer, ComplaintKind
from desktop.core.services.complaints.sheets import SheetForm, answer_sheet, file_sheet, open_return
from desktop.core.services.kernel.actor import Actor
from desktop.core.store.db import Database

PLANS = [
    ("dealer", ComplaintKind.NOT_MATCHING, True, True, None),
    ("dealer2", ComplaintKind.QUALITY, True, True, Answer.EXCHANGE),
    ("dealer", ComplaintKind.OWN_MISTAKE, True, False, Answer.CREDIT),
    ("dealer2", ComplaintKind.NOT_MATCHING, True, True, Answer.RETURN_NEEDED),
    ("dealer", ComplaintKind.QUALITY, True, True, Answer.REJECTED),
]


def load_demo_complaints(db: Database, users: dict[str, Actor]) -> None:
    now = datetime.now(UTC)
    for i, (who, kind, unused, opened, answer) in enumerate(PLANS):
        number = file_sheet(db, users[who], SheetForm(
            kind, now - timedelta(hours=3 + i), (("PL-0702", 2 + i, "面板边框变形"),
                                                 ("SP-0703", 1, "不亮")),
            f"SO-2026-{6100 + i}", unused, opened, "开箱检查发现异常，已拍照"), now)
        if answer is None:
            continue
        answer_sheet(db, users["order"], number, answer, "演示答复")
        if answer == Answer.RETURN_NEEDED:
            open_return(db, users[who], number)
