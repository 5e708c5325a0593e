"""Demo spare-parts stock, part requests and repairs, made through the services: HQ's stock
(some of it refurbished), dealers' turnover stock with minimums and gaps, part requests in
every state, and repair orders open and finished."""

from __future__ import annotations

from desktop.core.model import RepairResult
from desktop.core.rules.stock import Grade, Movement
from desktop.core.services.inspection.verdicts import inspection_sheet
from desktop.core.services.kernel.actor import Actor
from desktop.core.services.repairs.orders import (
    FinishForm,
    RepairForm,
    finish_repair,
    open_repair,
    use_part,
)
from desktop.core.services.stock.ledger import issue_part, record_movement
from desktop.core.services.stock.part_requests import decide_part_request, request_parts
from desktop.core.services.stock.query import set_minimum
from desktop.core.store.db import Database
from desktop.demo.data import PARTS

# Kept low on purpose for some retained parts, so that the retention list has reorders.
HQ_STOCK = {"DR-07": 3, "LS-COB-07": 40, "DR-18": 2, "LS-SMD-18": 25, "LS-RS-10": 4}


def load_demo_stock(db: Database, users: dict[str, Actor]) -> None:
    service, tech = users["service"], users["tech"]
    for i, (part_no, *_rest) in enumerate(PARTS):
        record_movement(db, service, part_no, Movement.RECEIPT, HQ_STOCK.get(part_no, 60 + i * 7),
                        reason="年度备件入库")
    record_movement(db, tech, "DR-12", Movement.RECEIPT, 6, Grade.REFURBISHED,
                    reason="维修返库")
    record_movement(db, service, "ST-PF-600", Movement.SCRAP, 2, reason="运输压坏")
    record_movement(db, service, "LS-COB-12", Movement.ADJUSTMENT, -3, reason="盘点差异")
    for dealer, parts in (("D-SH01", {"DR-07": 10, "DR-12": 8, "LS-COB-07": 12}),
                          ("D-GZ01", {"DR-18": 6, "LS-T8-18": 20})):
        for part_no, minimum in parts.items():
            set_minimum(db, service, dealer, part_no, minimum)
    _part_requests(db, users)
    _repairs(db, users)


def _part_requests(db: Database, users: dict[str, Actor]) -> None:
    service = users["service"]
    approved = request_parts(db, users["dealer"], {"DR-12": 8, "LS-COB-07": 6}, "补充周转库存")
    decide_part_request(db, service, approved, True, "已从总部仓调拨")
    rejected = request_parts(db, users["dealer2"], {"EL-SW-01": 30}, "备用")
    decide_part_request(db, service, rejected, False, "数量超出周转要求，请按最低库存申请")
    request_parts(db, users["dealer2"], {"DR-18": 6, "LS-T8-18": 20}, "周转库存不足")
    dealer = users["dealer"]
    issue_part(db, dealer, "DR-12", 2, "门店更换", location="D-SH01")


def _repairs(db: Database, users: dict[str, Actor]) -> None:
    tech = users["tech"]
    number = _from_inspection(db, users)
    if number:
        use_part(db, tech, number, "DR-12", 1, Grade.REFURBISHED)
        finish_repair(db, tech, number, FinishForm(
            RepairResult.REPAIRED, 35, "驱动电源输出电容鼓包", recovered={"DR-07": 1}))
    project = open_repair(db, tech, RepairForm("PL-0701", "工程批量：部分灯不亮", quantity=12,
                                               date_code="202503", project=True))
    use_part(db, tech, project, "DR-36", 12)
    finish_repair(db, tech, project, FinishForm(RepairResult.REPAIRED, 240,
                                                repaired_parts=("EL-SW-01",)))
    paid = open_repair(db, tech, RepairForm("SP-0705", "灯珠烧毁", serial="SN-OUT-77",
                                            in_warranty=False))
    use_part(db, tech, paid, "LS-COB-12", 1)
    finish_repair(db, tech, paid, FinishForm(RepairResult.REPAIRED, 20, fee="25.00"))
    lost = open_repair(db, tech, RepairForm("FL-0702", "进水腐蚀", serial="SN-FL-031"))
    finish_repair(db, tech, lost, FinishForm(RepairResult.NOT_REPAIRABLE, 15))
    open_repair(db, tech, RepairForm("CL-0704", "感应失灵，待检测", serial="SN-CL-118"))


def _from_inspection(db: Database, users: dict[str, Actor]) -> str:
    """A repair order opened from a defect verdict of a demo return."""
    from desktop.core.rules.workflow import State
    from desktop.core.services.returns.query import ReturnQuery, list_requests

    tech = users["tech"]
    for row in list_requests(db, tech, ReturnQuery(states=(State.INSPECTED,))):
        for item in inspection_sheet(db, tech, row.number).items:
            if item.verdict.value == "defect":
                return open_repair(db, tech, RepairForm(
                    item.product_code, item.note, request_number=row.number, item_id=item.id))
    return ""
