"""Demo service cases in every state and every C3 class, callbacks (reached or not), major
incident applications (applied, approved, rejected) and part claims, through the services."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from decimal import Decimal

from desktop.core.rules.service import Channel, IncidentKind, OldPartFate, Priority, Settle
from desktop.core.rules.stock import RepairResult
from desktop.core.services.kernel.actor import Actor
from desktop.core.services.repairs.orders import FinishForm, RepairForm, finish_repair, open_repair
from desktop.core.services.service.callbacks import record_callback
from desktop.core.services.service.cases import (
    CaseForm,
    assign_case,
    complete_case,
    confirm_case,
    record_work,
    register_case,
    reply_case,
)
from desktop.core.services.service.claims import (
    decide_part_claim,
    file_part_claim,
    write_off_claim,
)
from desktop.core.services.service.incidents import apply_incident, decide_incident
from desktop.core.store.db import Database

CUSTOMERS = [("王先生", "138-0000-1101", "上海市浦东新区张杨路 88 号"),
             ("李女士", "139-0000-2202", "广州市天河区体育西路 16 号"),
             ("赵经理", "137-0000-3303", "上海市徐汇区漕溪北路 5 号"),
             ("陈先生", "136-0000-4404", "深圳市南山区科技园 9 栋")]


def _case(db: Database, service: Actor, i: int, dealer: str, model: str, fault: str,
          at: datetime, **extra: object) -> str:
    name, phone, address = CUSTOMERS[i % len(CUSTOMERS)]
    form = CaseForm(name, model, fault, contact=phone, address=address, dealer=dealer,
                    **extra)  # type: ignore[arg-type]
    return register_case(db, service, form, now=at)


def _worked(db: Database, users: dict[str, Actor], number: str, at: datetime,
            complete: bool = True) -> None:
    service, tech = users["service"], users["tech"]
    assign_case(db, service, number, technician="tech", now=at + timedelta(hours=1))
    confirm_case(db, tech, number, now=at + timedelta(hours=2))
    record_work(db, tech, number, "上门检测，更换驱动电源",
                (("DR-12", 1, OldPartFate.RETURNED_TO_HQ),))
    if complete:
        complete_case(db, tech, number, "灯具恢复正常", now=at + timedelta(hours=5))


def load_demo_service(db: Database, users: dict[str, Actor]) -> None:
    now = datetime.now(UTC)
    service = users["service"]
    _case(db, service, 0, "D-SH01", "DL-0705", "客户来电投诉：新装筒灯闪烁",
          now - timedelta(hours=6), date_code="20250610", serial="SN-DL-0001", complaint=True,
          priority=Priority.URGENT)                                     # registered, overdue
    assigned = _case(db, service, 1, "D-GZ01", "PL-0702", "面板灯不亮", now - timedelta(hours=2),
                     date_code="202505")
    assign_case(db, service, assigned, technician="tech")               # assigned
    working = _case(db, service, 2, "D-SH01", "SP-0703", "射灯时亮时灭", now - timedelta(days=1),
                    date_code="2504", serial="SN-SP-0302")
    _worked(db, users, working, now - timedelta(days=1), complete=False)  # in progress
    due = _case(db, service, 3, "D-GZ01", "DL-0707", "筒灯不亮", now - timedelta(hours=30),
                date_code="20250801")
    _worked(db, users, due, now - timedelta(hours=30))                  # callback due
    late = _case(db, service, 0, "D-SH01", "DL-0706", "驱动异响", now - timedelta(days=5),
                 date_code="20250301", channel=Channel.WRITTEN)
    _worked(db, users, late, now - timedelta(days=5))                   # callback overdue
    reply_case(db, service, late, "written", "已书面回复客户：安排技术员上门检修。")
    record_callback(db, service, late, False, reason="无人接听", now=now - timedelta(days=3))
    happy = _case(db, service, 1, "D-SH01", "DL-0705", "筒灯不亮", now - timedelta(days=4),
                  date_code="20250610", serial="SN-DL-0002")
    _worked(db, users, happy, now - timedelta(days=4))
    record_callback(db, service, happy, True, True, "客户满意", now=now - timedelta(days=3))
    upset = _case(db, service, 2, "D-GZ01", "PL-0701", "面板灯边缘发黄", now - timedelta(days=3),
                  date_code="202504")
    _worked(db, users, upset, now - timedelta(days=3))
    record_callback(db, service, upset, True, False, "颜色仍不一致", now=now - timedelta(days=2))
    _case(db, service, 3, "D-SH01", "DL-0705", "上门人员态度差", now - timedelta(hours=8),
          date_code="20250915", complaint=True, about_attitude=True, channel=Channel.IN_PERSON)
    _repeats(db, users, now)
    _claims(db, users)


def _repeats(db: Database, users: dict[str, Actor], now: datetime) -> None:
    """A unit repaired once (first repair did not fix) and one repaired twice (repeated), with
    the incident applications that follow."""
    service, tech, manager = users["service"], users["tech"], users["manager"]
    first = _case(db, service, 0, "D-SH01", "SP-0705", "维修后灯珠再次烧毁", datetime.now(UTC),
                  serial="SN-OUT-77", date_code="2503")
    for _ in range(2):
        order = open_repair(db, tech, RepairForm("FL-0702", "驱动损坏", serial="SN-FL-0900"))
        finish_repair(db, tech, order, FinishForm(RepairResult.REPAIRED, 30))
    again = _case(db, service, 1, "D-GZ01", "FL-0702", "投光灯第三次不亮", datetime.now(UTC),
                  serial="SN-FL-0900", date_code="202502", complaint=True)
    applied = apply_incident(db, service, again, IncidentKind.WHOLE_REPLACEMENT,
                             Decimal("680.00"), "同一灯具 30 天内维修两次仍不亮，申请整机更换")
    del applied
    approved = apply_incident(db, service, first, IncidentKind.REFUND, Decimal("120.00"),
                              "维修后再次故障，客户要求退款")
    decide_incident(db, manager, approved, True, "同意退款，技术部分析故障原因")
    rejected = apply_incident(db, service, first, IncidentKind.COMPENSATION, Decimal("2000.00"),
                              "客户要求误工赔偿")
    decide_incident(db, manager, rejected, False, "赔偿金额无依据，按退款处理")


def _claims(db: Database, users: dict[str, Actor]) -> None:
    dealer, tech = users["dealer"], users["tech"]
    file_part_claim(db, dealer, "DR-12", 1, "门店现场更换驱动电源", "SN-DL-0001")
    asked = file_part_claim(db, users["dealer2"], "DR-18", 1, "面板灯驱动烧毁")
    decide_part_claim(db, tech, asked, None, "请寄回旧件分析")
    done = file_part_claim(db, dealer, "LS-COB-07", 2, "光源发黑")
    decide_part_claim(db, tech, done, True, "照片可见光源烧毁")
    write_off_claim(db, tech, done, Settle.REPLENISH)
