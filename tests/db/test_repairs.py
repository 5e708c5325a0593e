"""Repair orders on both databases (R1–R5): parts come out of HQ's stock with the repair,
project lights have every electronic part handled, a fee only out of warranty, repaired
electronics go back as refurbished stock, and the day's repairs print as a report."""

from __future__ import annotations

from datetime import date

import pytest

from desktop.core.errors import Conflict, InvalidInput, NotAllowed
from desktop.core.model import RepairResult
from desktop.core.rules.stock import Grade
from desktop.core.services.kernel.listing import ListQuery
from desktop.core.services.repairs.orders import (
    FinishForm,
    RepairForm,
    finish_repair,
    list_repairs,
    open_repair,
    use_part,
)
from desktop.core.services.repairs.report import repair_report_pdf
from desktop.core.services.stock.query import stock_list
from desktop.core.store.db import Database
from tests.conftest import as_user
from tests.reports.test_labels import page_texts


def _hq(db: Database, part_no: str, grade: Grade = Grade.NEW) -> int:
    rows = stock_list(db, as_user(db, "tech"), ListQuery(part_no))
    return sum(r.quantity for r in rows if r.location == "HQ" and r.part_no == part_no
               and r.grade == grade)


def test_a_repair_takes_its_parts_from_stock_and_is_reported(demo_db: Database) -> None:
    tech = as_user(demo_db, "tech")
    with pytest.raises(NotAllowed):
        open_repair(demo_db, as_user(demo_db, "dealer"), RepairForm("DL-0705", "不亮"))
    before = _hq(demo_db, "DR-07")
    number = open_repair(demo_db, tech, RepairForm("DL-0705", "驱动无输出", serial="SN-9"))
    assert use_part(demo_db, tech, number, "DR-07", 1) == before - 1
    with pytest.raises(Conflict, match="Only"):
        use_part(demo_db, tech, number, "DR-07", before + 5)
    assert _hq(demo_db, "DR-07") == before - 1  # the refused issue took nothing
    with pytest.raises(InvalidInput, match="time spent"):
        finish_repair(demo_db, tech, number, FinishForm(RepairResult.REPAIRED, 0))
    with pytest.raises(InvalidInput, match="out-of-warranty"):
        finish_repair(demo_db, tech, number, FinishForm(RepairResult.REPAIRED, 30, fee="20"))
    with pytest.raises(InvalidInput, match="R1"):
        finish_repair(demo_db, tech, number, FinishForm(
            RepairResult.REPAIRED, 30, recovered={"ST-PF-600": 1}))
    refurbished = _hq(demo_db, "DR-07", Grade.REFURBISHED)
    finish_repair(demo_db, tech, number, FinishForm(RepairResult.REPAIRED, 30,
                                                    recovered={"DR-07": 1}))
    assert _hq(demo_db, "DR-07", Grade.REFURBISHED) == refurbished + 1
    with pytest.raises(Conflict, match="finished"):
        use_part(demo_db, tech, number, "DR-07", 1)
    (row,) = [r for r in list_repairs(demo_db, tech, ListQuery(number))]
    assert (row.result, row.minutes, row.parts) == (RepairResult.REPAIRED, 30, "DR-07 ×1")
    (text,) = page_texts(repair_report_pdf(demo_db, tech, date.today()))
    for expected in ("维修日报", number, "DL-0705", "驱动无输出", "DR-07 ×1", "已修复", "不保外观"):
        assert expected in text


def test_project_lights_in_warranty_need_every_electronic_part(demo_db: Database) -> None:
    tech = as_user(demo_db, "tech")
    number = open_repair(demo_db, tech, RepairForm("PL-0701", "工程灯批量不亮", quantity=5,
                                                   project=True))
    use_part(demo_db, tech, number, "DR-36", 5)
    # The demo's panel lights have a driver; they need no other electronics, so a project
    # repair that replaced the drivers is complete.  Without the drivers it is not.
    other = open_repair(demo_db, tech, RepairForm("PL-0701", "工程灯", project=True))
    with pytest.raises(Conflict, match="R2"):
        finish_repair(demo_db, tech, other, FinishForm(RepairResult.REPAIRED, 10))
    finish_repair(demo_db, tech, other, FinishForm(RepairResult.REPAIRED, 10,
                                                   repaired_parts=("DR-36",)))
    assert finish_repair(demo_db, tech, number, FinishForm(RepairResult.REPAIRED, 60)) \
        == RepairResult.REPAIRED
    paid = open_repair(demo_db, tech, RepairForm("PL-0701", "过保", in_warranty=False))
    with pytest.raises(InvalidInput, match="amount"):
        finish_repair(demo_db, tech, paid, FinishForm(RepairResult.REPAIRED, 10, fee="abc"))
    finish_repair(demo_db, tech, paid, FinishForm(RepairResult.REPAIRED, 10, fee="25.50"))
