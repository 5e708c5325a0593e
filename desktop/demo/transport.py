"""Demo transport exception records of every kind and state, through the services."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from desktop.core.rules.transport import Decision, ExceptionKind
from desktop.core.services.kernel.actor import Actor
from desktop.core.services.transport.exceptions import (
    ExceptionForm,
    accept_late,
    decide,
    record_exception,
)
from desktop.core.store.db import Database

# (receiver, kind, days since receipt, carrier signed, responsible party, what happens next)
PLANS = [
    ("dealer", ExceptionKind.SHORTAGE, 1, True, "", ("decide", Decision.FULL_CREDIT, "368")),
    ("dealer", ExceptionKind.WRONG_GOODS, 1, True, "", ("decide", Decision.EXCHANGE, "")),
    ("dealer2", ExceptionKind.LOSS, 0, True, "", None),
    ("dealer2", ExceptionKind.DAMAGE, 1, True, "德邦物流", None),
    ("dealer", ExceptionKind.DAMAGE, 0, False, "", None),
    ("dealer2", ExceptionKind.MASS_BREAKAGE, 1, True, "安能物流",
     ("decide", Decision.CARRIER_CLAIM, "1260")),
    ("dealer", ExceptionKind.SHORTAGE, 12, True, "", None),  # late, not yet accepted
    ("dealer2", ExceptionKind.LOSS, 12, True, "", ("accept", None, "")),
    ("warehouse", ExceptionKind.DAMAGE, 1, True, "顺丰速运", ("decide", Decision.REJECTED, "")),
]
FOUND = {
    ExceptionKind.SHORTAGE: "到货少 2 箱，司机签字确认",
    ExceptionKind.WRONG_GOODS: "订 DL-0703，到货为 DL-0704",
    ExceptionKind.LOSS: "整票未到，承运方查件中",
    ExceptionKind.DAMAGE: "外箱压扁，面板边框变形",
    ExceptionKind.MASS_BREAKAGE: "灯管大面积破碎",
}


def load_demo_transport(db: Database, users: dict[str, Actor]) -> None:
    today = datetime.now(UTC).astimezone().date()
    for i, (who, kind, days, signed, party, then) in enumerate(PLANS):
        number = record_exception(db, users[who], ExceptionForm(
            kind, today - timedelta(days=days), (("DL-0703", 2 + i), ("T8-0701", 10)),
            f"SO-2026-{3100 + i}", "C-DB" if i % 2 else "C-SF", f"WB{880000 + i * 7}",
            FOUND[kind], "司机 李强" if signed else "", signed, party), today)
        if then is None:
            continue
        action, decision, amount = then
        if action == "accept":
            accept_late(db, users["order"], number, "承运方延误，经核实属实")
        else:
            assert decision is not None
            decide(db, users["order"], number, decision, amount, "演示处理")
