"""Spare-parts stock (S1–S3) on both databases: the balance never goes below zero, even with a
thousand desks taking parts at once; the ledger adds up to the balance; retained parts are not
sent away; dealers see their gaps and request parts."""

from __future__ import annotations

from collections import Counter
from concurrent.futures import ThreadPoolExecutor
from datetime import date
from decimal import Decimal

import pytest
from sqlalchemy import func, select, text
from sqlalchemy.exc import DBAPIError

from desktop.core.errors import Conflict, DomainError, InvalidInput, NotAllowed
from desktop.core.model import Part, StockBalance, StockMovement
from desktop.core.model.stock import PartRequestState
from desktop.core.rules.catalogue import PartKind, ProductCategory
from desktop.core.rules.stock import Grade, Movement
from desktop.core.services.admin.catalogue import PartForm, save_part
from desktop.core.services.kernel.listing import ListQuery
from desktop.core.services.stock.ledger import issue_part, record_movement, transfer
from desktop.core.services.stock.part_requests import (
    decide_part_request,
    list_part_requests,
    request_parts,
)
from desktop.core.services.stock.query import gaps, ledger, retention_list, set_minimum, stock_list
from desktop.core.store.db import Database
from tests.conftest import as_user


def _new_part(db: Database, part_no: str) -> str:
    save_part(db, as_user(db, "admin"), PartForm(part_no, "测试驱动", PartKind.DRIVER,
                                                 ProductCategory.LIGHTING, Decimal("3.00")))
    return part_no


def _sums(db: Database, part_no: str) -> tuple[int, int]:
    with db.read() as session:
        part_id = session.scalar(select(Part.id).where(Part.part_no == part_no))
        ledger_sum = session.scalar(select(func.sum(StockMovement.quantity))
                                    .where(StockMovement.part_id == part_id))
        balance = session.scalar(select(func.sum(StockBalance.quantity))
                                 .where(StockBalance.part_id == part_id))
    return int(ledger_sum or 0), int(balance or 0)


@pytest.mark.slow
def test_a_thousand_concurrent_withdrawals_from_600_leave_exactly_zero(demo_db: Database) -> None:
    part = _new_part(demo_db, "RACE-01")
    tech = as_user(demo_db, "tech")
    record_movement(demo_db, tech, part, Movement.RECEIPT, 600)

    def withdraw(i: int) -> str:
        try:
            issue_part(demo_db, tech, part, 1, f"M-RACE-{i}")
        except Conflict:
            return "refused"
        except DomainError as exc:  # a database error would show here, not pass silently
            return f"error: {exc}"
        return "issued"

    with ThreadPoolExecutor(max_workers=16) as pool:
        outcome = Counter(pool.map(withdraw, range(1000)))
    assert outcome == Counter({"issued": 600, "refused": 400})
    assert _sums(demo_db, part) == (0, 0)


def test_the_database_itself_refuses_a_negative_balance(demo_db: Database) -> None:
    part = _new_part(demo_db, "CHK-01")
    record_movement(demo_db, as_user(demo_db, "tech"), part, Movement.RECEIPT, 2)
    with pytest.raises(DBAPIError), demo_db.write() as session:
        session.execute(text("UPDATE stock_balance SET quantity = -1"))
        session.commit()
    with pytest.raises(DBAPIError), demo_db.write() as session:
        session.execute(text("DELETE FROM stock_movement"))  # the ledger is append-only
        session.commit()
    assert _sums(demo_db, part) == (2, 2)


def test_ledger_shows_every_movement_with_the_balance_after(demo_db: Database) -> None:
    part = _new_part(demo_db, "LED-01")
    tech = as_user(demo_db, "tech")
    record_movement(demo_db, tech, part, Movement.RECEIPT, 10)
    issue_part(demo_db, tech, part, 3, "M2611000001")
    record_movement(demo_db, tech, part, Movement.ADJUSTMENT, -2, reason="盘点少 2 个")
    with pytest.raises(Conflict, match="Only 5 of LED-01"):
        issue_part(demo_db, tech, part, 6, "M2611000002")
    with pytest.raises(InvalidInput, match="needs a reason"):
        record_movement(demo_db, tech, part, Movement.SCRAP, 1)
    rows = ledger(demo_db, tech, part)
    assert [(r.kind, r.quantity, r.balance_after) for r in rows] == [
        (Movement.ADJUSTMENT, -2, 5), (Movement.ISSUE, -3, 7), (Movement.RECEIPT, 10, 10)]
    assert _sums(demo_db, part) == (5, 5)


def test_last_retained_units_are_not_scrapped_or_sent_away(demo_db: Database) -> None:
    # RS-1004 ended production on 2025-09-30; its power supply DR-RS-24V is a rigid-strip part,
    # kept 24 months (S1).  DL-0702 ended on 2024-06-30: DR-07 is kept 36 months.
    tech = as_user(demo_db, "tech")
    rows = {r.part_no: r for r in retention_list(demo_db, tech, date(2026, 11, 1))}
    assert rows["DR-07"].keep_until == date(2027, 6, 30)
    assert rows["DR-RS-24V"].keep_until == date(2027, 9, 30)
    part = "DR-RS-24V"
    on_hand = rows[part].on_hand
    assert on_hand > 1
    with pytest.raises(Conflict, match="2027-09-30"):
        record_movement(demo_db, tech, part, Movement.SCRAP, on_hand, reason="旧品",
                        today=date(2026, 11, 1))
    with pytest.raises(Conflict, match="2027-09-30"):
        transfer(demo_db, tech, part, on_hand, "D-SH01", today=date(2026, 11, 1))
    record_movement(demo_db, tech, part, Movement.SCRAP, on_hand - 1, reason="受潮",
                    today=date(2026, 11, 1))
    issue_part(demo_db, tech, part, 1, "M-last")  # a repair may use the last one
    ledger_sum, balance = _sums(demo_db, part)
    assert ledger_sum == balance
    after = {r.part_no: r for r in retention_list(demo_db, tech, date(2026, 11, 1))}
    assert after[part].on_hand == 0
    assert after[part].reorder
    # After the keep-until date the part is no longer held back.
    assert part not in {r.part_no for r in retention_list(demo_db, tech, date(2027, 10, 1))}


def test_dealer_sees_its_gaps_requests_parts_and_service_approves(demo_db: Database) -> None:
    service, dealer = as_user(demo_db, "service"), as_user(demo_db, "dealer")
    record_movement(demo_db, service, "DR-12", Movement.RECEIPT, 100)
    set_minimum(demo_db, service, "D-SH01", "DR-12", 50)
    mine = {g.part_no: g for g in gaps(demo_db, dealer)}
    assert mine["DR-12"].gap > 0
    assert {g.location for g in mine.values()} == {"D-SH01"}
    assert all(g.location == "D-SH01" for g in gaps(demo_db, dealer))
    with pytest.raises(NotAllowed):
        set_minimum(demo_db, dealer, "D-SH01", "DR-12", 0)
    number = request_parts(demo_db, dealer, {"DR-12": mine["DR-12"].gap}, "周转不足")
    rows = list_part_requests(demo_db, dealer, ListQuery())
    assert rows[0].number == number
    assert rows[0].state == PartRequestState.SUBMITTED
    assert number not in {r.number for r in list_part_requests(
        demo_db, as_user(demo_db, "dealer2"), ListQuery())}
    with pytest.raises(NotAllowed):
        decide_part_request(demo_db, dealer, number, True)
    decide_part_request(demo_db, service, number, True, "已发", rows[0].version)
    assert "DR-12" not in {g.part_no for g in gaps(demo_db, dealer)}
    with pytest.raises(Conflict):
        decide_part_request(demo_db, service, number, False, "重复")
    own = stock_list(demo_db, dealer, ListQuery("DR-12"))
    assert {r.location for r in own} == {"D-SH01"}
    assert sum(r.quantity for r in own) >= 50


def test_a_part_request_larger_than_hq_stock_moves_nothing(demo_db: Database) -> None:
    service, dealer = as_user(demo_db, "service"), as_user(demo_db, "dealer")
    part = _new_part(demo_db, "FEW-01")
    record_movement(demo_db, service, part, Movement.RECEIPT, 3)
    record_movement(demo_db, service, part, Movement.RECEIPT, 2, Grade.REFURBISHED)
    number = request_parts(demo_db, dealer, {part: 6})
    with pytest.raises(Conflict, match="Only 5 of FEW-01"):
        decide_part_request(demo_db, service, number, True)
    assert {(r.location, r.grade, r.quantity) for r in stock_list(
        demo_db, service, ListQuery(part))} == {("HQ", Grade.NEW, 3),
                                                ("HQ", Grade.REFURBISHED, 2)}
    transfer(demo_db, service, part, 4, "D-SH01")  # new first, then refurbished
    assert {(r.location, r.grade, r.quantity) for r in stock_list(
        demo_db, dealer, ListQuery(part))} == {("D-SH01", Grade.NEW, 3),
                                               ("D-SH01", Grade.REFURBISHED, 1)}


def test_stock_list_pages_through_every_row_once(demo_db: Database) -> None:
    service = as_user(demo_db, "service")
    for i in range(30):
        part = _new_part(demo_db, f"PG-{i:02d}")
        record_movement(demo_db, service, part, Movement.RECEIPT, i + 1)
        record_movement(demo_db, service, part, Movement.RECEIPT, 1, Grade.REFURBISHED)
    everything = stock_list(demo_db, service, ListQuery("PG-", limit=1000))
    assert len(everything) == 60
    seen, after = [], None
    while True:
        page = stock_list(demo_db, service, ListQuery("PG-", after, 25))
        if not page:
            break
        seen += page
        after = page[-1].key
    assert [r.key for r in seen] == [r.key for r in everything]


def test_a_refusal_names_the_grade_in_words(demo_db: Database) -> None:
    """The grade in a refusal is its label (translated on screen), not the stored value."""
    service = as_user(demo_db, "service")
    part = _new_part(demo_db, "WORD-01")
    record_movement(demo_db, service, part, Movement.RECEIPT, 2, Grade.REFURBISHED)
    with pytest.raises(Conflict) as refused:
        record_movement(demo_db, service, part, Movement.SCRAP, 3, Grade.REFURBISHED, "坏了")
    assert "WORD-01 (Refurbished (after-sales only, not for sale))" in str(refused.value)
    with pytest.raises(Conflict) as refused:
        issue_part(demo_db, service, part, 1, "R-1")
    assert "WORD-01 (New)" in str(refused.value)
