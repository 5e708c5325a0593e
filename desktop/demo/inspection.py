"""Demo inspections and settlements, made through the technician's and the order department's
services: counted returns, verdicts of every kind, quotes answered and pending, settled and
closed returns (one with a human-damage penalty)."""

from __future__ import annotations

from decimal import Decimal

from desktop.core.rules.inspection import MADE_GOOD, NotCovered, Remedy, Verdict, VerdictInput
from desktop.core.rules.workflow import Action
from desktop.core.services.inspection.settlement import SettleForm, proposal, settle
from desktop.core.services.inspection.verdicts import (
    add_verdict,
    answer_quote,
    finish_inspection,
    inspection_sheet,
)
from desktop.core.services.kernel.actor import Actor
from desktop.core.services.receiving.counting import count_sheet, record_count
from desktop.core.services.returns.flow import transition
from desktop.core.store.db import Database

# A verdict per demo request, rotating so that every kind appears.
VERDICTS = [
    VerdictInput(Verdict.DEFECT, 1),
    VerdictInput(Verdict.OUT_OF_WARRANTY, 1, repairable=True, fee=Decimal("25.00")),
    VerdictInput(Verdict.NO_FAULT, 1),
    VerdictInput(Verdict.NOT_COVERED, 1, reason=NotCovered.ENVIRONMENT),
    VerdictInput(Verdict.SAFETY, 1),
    VerdictInput(Verdict.HUMAN_DAMAGE, 1),
    VerdictInput(Verdict.NOT_ACCEPTED, 1),
    VerdictInput(Verdict.OUT_OF_WARRANTY, 1, repairable=False),
]
NOTES = {Verdict.DEFECT: "驱动电源输出异常，更换后正常",
         Verdict.NO_FAULT: "通电测试正常",
         Verdict.HUMAN_DAMAGE: "外壳有明显撬痕，线路被改接",
         Verdict.SAFETY: "电源外壳过热，送品质部分析",
         Verdict.NOT_COVERED: "电压过高烧毁",
         Verdict.NOT_ACCEPTED: "已安装使用",
         Verdict.OUT_OF_WARRANTY: "已过保修期"}


def inspect_demo(db: Database, users: dict[str, Actor], number: str, stage: int,
                 seed: int) -> None:
    """Count ``number`` and take it ``stage`` steps on: 0 inspection under way, 1 inspected,
    2 settled, 3 closed."""
    dealer_login = "dealer" if seed <= 12 else "dealer2"
    sheet = count_sheet(db, users["warehouse"], number)
    counted = {row.product_code: row.declared - (1 if i == 0 and seed % 4 == 0 and
                                                     row.declared > 1 else 0)
               for i, row in enumerate(sheet)}
    record_count(db, users["warehouse"], number, counted,
                 {code: "实收少 1 件" for code, q in counted.items()
                  if q != next(r.declared for r in sheet if r.product_code == code)})
    tech = users["tech"]
    for i, (code, quantity) in enumerate(counted.items()):
        first = VERDICTS[1 if stage == 0 and i == 0 else (seed + i) % len(VERDICTS)]
        if stage >= 2 and first.verdict == Verdict.HUMAN_DAMAGE and seed % 3:
            first = VERDICTS[0]  # one settled return carries the penalty, not every one
        add_verdict(db, tech, number, code, first, NOTES[first.verdict])
        if quantity > 1 and (stage > 0 or i > 0):
            add_verdict(db, tech, number, code, VerdictInput(Verdict.DEFECT, quantity - 1),
                        NOTES[Verdict.DEFECT])
    if stage == 0:
        return
    for item in inspection_sheet(db, tech, number).items:
        if item.quote.value == "pending":
            answer_quote(db, users[dealer_login], number, item.id, accept=seed % 2 == 1)
    finish_inspection(db, tech, number)
    if stage >= 2:
        _settle(db, users["order"], number, seed)
    if stage >= 3:
        transition(db, users["order"], number, Action.CLOSE)


def _settle(db: Database, order: Actor, number: str, seed: int) -> None:
    items = inspection_sheet(db, order, number).items
    remedies = {i.id: Remedy.EXCHANGE if seed % 2 else Remedy.CREDIT
                for i in items if i.verdict in MADE_GOOD}
    offer = proposal(db, order, number, remedies)
    settle(db, order, number, SettleForm(
        remedies, penalty=offer.penalty_minimum,
        note="按技术部鉴定结果结算" if not offer.penalty_minimum else "人为破坏，按政策罚款"))
