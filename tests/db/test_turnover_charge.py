"""S2 at settlement, on both databases: a whole-lamp exchange or credit for a dealer that held
less of a model's turnover parts than HQ requires, and had not requested them when it filed the
return, is charged to that dealer at the policy's share of the units' value, with the parts it
lacked as the reason in the settlement and the audit trail; a dealer that asked in time is not."""

from __future__ import annotations

from decimal import Decimal

from sqlalchemy import select

from desktop.core.model import AuditEntry
from desktop.core.rules.inspection import Remedy, Verdict, VerdictInput
from desktop.core.services.admin.policy import update_setting
from desktop.core.services.inspection.settlement import SettleForm, proposal, settle
from desktop.core.services.inspection.verdicts import add_verdict, finish_inspection
from desktop.core.services.stock.part_requests import request_parts
from desktop.core.services.stock.query import gaps, set_minimum
from desktop.core.store.db import Database
from tests.conftest import as_user
from tests.db.returns_helpers import counted, good_line


def _lacking(db: Database) -> int:
    """The demo's D-SH01 must keep DR-07 (a part of DL-0705) and holds fewer than HQ requires."""
    (gap,) = [g for g in gaps(db, as_user(db, "dealer")) if g.part_no == "DR-07"]
    assert gap.on_hand < gap.minimum
    return gap.minimum


def _defective(db: Database, units: int = 2) -> tuple[str, int]:
    tech = as_user(db, "tech")
    number = counted(db, good_line("DL-0705", units))
    item = add_verdict(db, tech, number, "DL-0705", VerdictInput(Verdict.DEFECT, units))
    finish_inspection(db, tech, number)
    return number, item


def test_a_dealer_that_lacked_turnover_parts_is_charged_and_told_why(demo_db: Database) -> None:
    minimum = _lacking(demo_db)
    number, item = _defective(demo_db)
    order = as_user(demo_db, "order")
    offer = proposal(demo_db, order, number, {item: Remedy.EXCHANGE})
    assert offer.turnover_charge == offer.batch_value > 0  # 100 % of the exchanged units
    assert "DL-0705: DR-07 held" in offer.turnover_reason
    assert f"of {minimum}, not requested" in offer.turnover_reason
    done = settle(demo_db, order, number, SettleForm({item: Remedy.EXCHANGE}))
    assert done.turnover_charge == offer.turnover_charge
    assert done.turnover_reason == offer.turnover_reason
    with demo_db.read() as session:
        entry = session.scalar(select(AuditEntry).where(
            AuditEntry.action == "return.turnover_charge", AuditEntry.entity_id == number))
        assert entry is not None
        assert "lacked turnover parts" in entry.summary
        assert entry.reason == offer.turnover_reason


def test_a_dealer_that_requested_the_parts_in_time_is_not_charged(demo_db: Database) -> None:
    _lacking(demo_db)
    request_parts(demo_db, as_user(demo_db, "dealer"), {"DR-07": 20}, "周转不足")
    number, item = _defective(demo_db)
    done = settle(demo_db, as_user(demo_db, "order"), number,
                  SettleForm({item: Remedy.CREDIT}))
    assert done.credit > 0
    assert (done.turnover_charge, done.turnover_reason) == (Decimal(0), "")


def test_the_charge_follows_the_policy_setting(demo_db: Database) -> None:
    _lacking(demo_db)
    number, item = _defective(demo_db)
    order = as_user(demo_db, "order")
    full = proposal(demo_db, order, number, {item: Remedy.CREDIT}).turnover_charge
    update_setting(demo_db, as_user(demo_db, "admin"), "stock.lacking_parts_charge_percent", 50,
                   None)
    assert proposal(demo_db, order, number, {item: Remedy.CREDIT}).turnover_charge == (
        full / 2).quantize(Decimal("0.01"))
    update_setting(demo_db, as_user(demo_db, "admin"), "stock.lacking_parts_charge_percent", 0,
                   None)
    assert proposal(demo_db, order, number, {item: Remedy.CREDIT}).turnover_charge == 0


def test_no_turnover_minimum_means_no_charge(demo_db: Database) -> None:
    set_minimum(demo_db, as_user(demo_db, "service"), "D-SH01", "DR-07", 0)
    number, item = _defective(demo_db)
    done = settle(demo_db, as_user(demo_db, "order"), number,
                  SettleForm({item: Remedy.EXCHANGE}))
    assert done.turnover_charge == 0
