"""Shipping, the receiving desk and counting on both databases (L1–L4)."""

from __future__ import annotations

import uuid
from datetime import UTC, date, datetime

import pytest

from desktop.core.errors import Conflict, InvalidInput
from desktop.core.rules.boxcode import box_code
from desktop.core.rules.workflow import Action, State
from desktop.core.services.receiving.counting import (
    boxes_of,
    count_sheet,
    missing_boxes,
    receiving_progress,
    record_count,
    set_asides,
)
from desktop.core.services.receiving.scan import ScanOutcome, receive_scan
from desktop.core.services.returns.flow import transition
from desktop.core.services.returns.query import get_request
from desktop.core.services.returns.shipping import declare_shipment, label_data
from desktop.core.store.db import Database
from tests.conftest import as_user
from tests.db.returns_helpers import approved, filed, shipped


def scan(db: Database, code: str, login: str = "warehouse", scan_id: str | None = None,
         now: datetime | None = None) -> ScanOutcome:
    return receive_scan(db, as_user(db, login), code, scan_id or uuid.uuid4().hex,
                        now=now).outcome


def test_the_dealer_declares_boxes_and_gets_labels(demo_db: Database) -> None:
    number, codes = shipped(demo_db, 3)
    assert codes == [box_code(number, k) for k in (1, 2, 3)]
    assert get_request(demo_db, as_user(demo_db, "dealer"), number).row.state == State.SHIPPED
    labels = label_data(demo_db, as_user(demo_db, "dealer"), number)
    assert [(label.box_no, label.box_count) for label in labels] == [(1, 3), (2, 3), (3, 3)]
    assert labels[0].receiving_unit == "总部售后仓"
    assert labels[0].returning_unit == "上海明辉照明经营部"
    assert labels[0].carrier == "顺丰速运"
    # Declared again before anything arrived: box k keeps its code.
    again = declare_shipment(demo_db, as_user(demo_db, "dealer"), number, 2, "C-DB", "DB99")
    assert again == codes[:2]


def test_shipment_needs_carrier_waybill_and_approval(demo_db: Database) -> None:
    dealer = as_user(demo_db, "dealer")
    number = approved(demo_db)
    with pytest.raises(InvalidInput, match="carrier"):
        declare_shipment(demo_db, dealer, number, 2, "NOPE", "X1")
    with pytest.raises(InvalidInput, match="waybill"):
        declare_shipment(demo_db, dealer, number, 2, "C-SF", " ")
    draft = filed(demo_db, dealer)
    with pytest.raises(Conflict):
        declare_shipment(demo_db, dealer, draft, 2, "C-SF", "X1")


def test_every_box_in_makes_the_request_received_and_starts_the_clock(demo_db: Database) -> None:
    number, codes = shipped(demo_db, 2)
    assert scan(demo_db, codes[0]) == ScanOutcome.RECEIVED
    detail = get_request(demo_db, as_user(demo_db, "order"), number)
    assert detail.row.state == State.RECEIVING
    assert detail.row.due_on is not None
    progress = {p.number: p for p in receiving_progress(demo_db, as_user(demo_db, "warehouse"))}
    assert progress[number].missing == [2]
    result = receive_scan(demo_db, as_user(demo_db, "warehouse"), codes[1], uuid.uuid4().hex)
    assert result.outcome == ScanOutcome.RECEIVED
    assert result.complete
    assert "Box 2 of 2 received" in result.message.render()
    assert get_request(demo_db, as_user(demo_db, "order"), number).row.state == State.RECEIVED


def test_a_second_scan_is_never_counted_twice(demo_db: Database) -> None:
    number, codes = shipped(demo_db, 2)
    scan(demo_db, codes[0])
    again = receive_scan(demo_db, as_user(demo_db, "warehouse"), codes[0], uuid.uuid4().hex)
    assert again.outcome == ScanOutcome.DUPLICATE
    assert "warehouse" in again.message.render()
    assert get_request(demo_db, as_user(demo_db, "order"), number).row.state == State.RECEIVING
    assert [b.received_at is not None for b in boxes_of(demo_db, as_user(demo_db, "order"),
                                                        number)] == [True, False]


def test_a_retried_scan_id_gets_the_first_answer(demo_db: Database) -> None:
    _number, codes = shipped(demo_db, 2)
    first = receive_scan(demo_db, as_user(demo_db, "warehouse"), codes[0], "desk1-000042")
    retry = receive_scan(demo_db, as_user(demo_db, "warehouse"), codes[0], "desk1-000042")
    assert first.outcome == retry.outcome == ScanOutcome.RECEIVED
    assert retry.replayed
    assert retry.boxes_received == 1
    garbled = receive_scan(demo_db, as_user(demo_db, "warehouse"), "XXXX", "desk1-000043")
    assert receive_scan(demo_db, as_user(demo_db, "warehouse"), "XXXX",
                        "desk1-000043").outcome == garbled.outcome == ScanOutcome.GARBLED
    assert len(set_asides(demo_db, as_user(demo_db, "warehouse"))) == 1


def test_what_cannot_be_received_is_set_aside_with_why(demo_db: Database) -> None:
    dealer = as_user(demo_db, "dealer")
    number, codes = shipped(demo_db, 2)
    wrong_check = codes[0][:-1] + ("0" if codes[0][-1] != "0" else "1")
    assert scan(demo_db, wrong_check) == ScanOutcome.GARBLED
    assert scan(demo_db, "hello world") == ScanOutcome.GARBLED
    assert scan(demo_db, box_code(number, 9)) == ScanOutcome.UNKNOWN  # not declared
    other = approved(demo_db)
    declared = declare_shipment(demo_db, dealer, other, 1, "C-SF", "SF1")
    assert scan(demo_db, declared[0]) == ScanOutcome.RECEIVED  # control: a good box is received
    # Bound for the agent's depot, scanned at HQ.
    distributor = as_user(demo_db, "distrib")
    forwarded = filed(demo_db, distributor)
    transition(demo_db, distributor, forwarded, Action.SUBMIT)
    transition(demo_db, as_user(demo_db, "east"), forwarded, Action.REVIEW)
    agent_codes = declare_shipment(demo_db, distributor, forwarded, 1, "C-AN", "AN1")
    assert scan(demo_db, agent_codes[0]) == ScanOutcome.OTHER_DEPOT
    reasons = [a.reason.value for a in set_asides(demo_db, as_user(demo_db, "warehouse"))]
    assert sorted(reasons) == ["garbled", "garbled", "other_depot", "unknown"]


def test_a_cancelled_or_unapproved_requests_box_is_set_aside(demo_db: Database) -> None:
    number, codes = shipped(demo_db, 1)
    from sqlalchemy import update

    from desktop.core.model import ReturnRequest

    with demo_db.write() as session:  # as if cancelled by HQ after the labels were printed
        session.execute(update(ReturnRequest).where(ReturnRequest.number == number)
                        .values(state=State.CANCELLED))
        session.commit()
    assert scan(demo_db, codes[0]) == ScanOutcome.CANCELLED
    with demo_db.write() as session:
        session.execute(update(ReturnRequest).where(ReturnRequest.number == number)
                        .values(state=State.SUBMITTED))
        session.commit()
    assert scan(demo_db, codes[0]) == ScanOutcome.NOT_APPROVED


def test_missing_boxes_are_listed_after_the_policy_days(demo_db: Database) -> None:
    number, codes = shipped(demo_db, 3)
    scan(demo_db, codes[0], now=datetime(2026, 11, 2, 9, 0, tzinfo=UTC))
    warehouse = as_user(demo_db, "warehouse")
    assert number not in {p.number for p in missing_boxes(demo_db, warehouse, date(2026, 11, 4))}
    late = {p.number: p for p in missing_boxes(demo_db, warehouse, date(2026, 11, 9))}
    assert late[number].missing == [2, 3]


def test_hq_count_prevails_and_the_dealer_sees_the_difference(demo_db: Database) -> None:
    number, codes = shipped(demo_db, 1)
    warehouse = as_user(demo_db, "warehouse")
    with pytest.raises(Conflict):
        record_count(demo_db, warehouse, number, {"DL-0705": 3})  # not all boxes in yet
    scan(demo_db, codes[0])
    with pytest.raises(InvalidInput):
        record_count(demo_db, warehouse, number, {"XX-1": 1})  # no such model
    sheet = record_count(demo_db, warehouse, number, {"DL-0705": 2}, {"DL-0705": "少一件"})
    assert [(r.product_code, r.declared, r.counted, r.difference) for r in sheet] == [
        ("DL-0705", 3, 2, -1)]
    seen_by_dealer = count_sheet(demo_db, as_user(demo_db, "dealer"), number)
    assert seen_by_dealer[0].difference == -1
    assert seen_by_dealer[0].note == "少一件"


def test_desk_scan_ids_fit_the_database_on_any_machine(demo_db: Database) -> None:
    """A long host name once made scan ids longer than the column: SQLite kept them,
    PostgreSQL refused every scan."""
    from desktop.core.services.receiving.scan import new_scan_id

    _number, codes = shipped(demo_db, 1)
    scan_id = new_scan_id("vm-6e640de7-00f4ac1d21f2444aafb599d866b3cf46.internal")
    assert len(scan_id) <= 40
    assert receive_scan(demo_db, as_user(demo_db, "warehouse"), codes[0],
                        scan_id).outcome == ScanOutcome.RECEIVED
    with pytest.raises(InvalidInput, match="scan id"):
        receive_scan(demo_db, as_user(demo_db, "warehouse"), codes[0], "x" * 41)


def _answer(db: Database, code: str) -> tuple[ScanOutcome, str]:
    result = receive_scan(db, as_user(db, "warehouse"), code, uuid.uuid4().hex)
    return result.outcome, result.message.render()


def test_a_box_of_an_unapproved_request_says_so(demo_db: Database) -> None:
    """L3 (bug 2): labels printed for a request that was never approved have no box here; the
    answer names the request and its state, not "no box declared"."""
    number = filed(demo_db, as_user(demo_db, "dealer"))
    transition(demo_db, as_user(demo_db, "dealer"), number, Action.SUBMIT)
    outcome, text = _answer(demo_db, box_code(number, 1))
    assert outcome == ScanOutcome.NOT_APPROVED
    assert text == (f"Request {number} is not approved (Submitted, awaiting region). Set the "
                    "box aside, do not process it.")
    (aside,) = [a for a in set_asides(demo_db, as_user(demo_db, "warehouse"))
                if a.request_number == number]
    assert aside.reason.value == "not_approved"


def test_a_box_of_a_cancelled_request_says_so(demo_db: Database) -> None:
    number = approved(demo_db)
    transition(demo_db, as_user(demo_db, "order"), number, Action.CANCEL, reason="duplicate")
    outcome, text = _answer(demo_db, box_code(number, 2))
    assert outcome == ScanOutcome.CANCELLED
    assert text == f"Request {number} is cancelled. Set the box aside."


def test_a_box_bound_for_the_agent_says_where_it_goes(demo_db: Database) -> None:
    distributor = as_user(demo_db, "distrib")
    number = filed(demo_db, distributor)
    transition(demo_db, distributor, number, Action.SUBMIT)
    transition(demo_db, as_user(demo_db, "east"), number, Action.REVIEW)
    assert get_request(demo_db, distributor, number).row.state == State.FORWARDED_TO_AGENT
    outcome, text = _answer(demo_db, box_code(number, 1))  # no shipment declared yet
    assert outcome == ScanOutcome.OTHER_DEPOT
    assert text.startswith(f"This box of request {number} goes to ")
    assert "No box" not in text
    assert _answer(demo_db, box_code(approved(demo_db), 9))[0] == ScanOutcome.UNKNOWN


def test_a_model_found_but_not_declared_is_counted(demo_db: Database) -> None:
    """L2, blind count: the clerk adds a model the dealer did not declare; it is kept as
    declared 0, counted n, and the dealer sees the difference."""
    from desktop.core.rules.policy import Policy
    from desktop.core.services.admin.catalogue import all_products

    assert Policy.of({}).receiving_blind_count == 0  # off unless the administrator turns it on
    number, codes = shipped(demo_db, 1)
    warehouse = as_user(demo_db, "warehouse")
    scan(demo_db, codes[0])
    extra = next(p.code for p in all_products(demo_db, warehouse) if p.code != "DL-0705")
    with pytest.raises(InvalidInput, match="no product model XX-1"):
        record_count(demo_db, warehouse, number, {"DL-0705": 3, "XX-1": 1})
    sheet = record_count(demo_db, warehouse, number, {"DL-0705": 3, extra: 2})
    assert [(r.product_code, r.declared, r.counted, r.difference) for r in sheet] == [
        ("DL-0705", 3, 3, 0), (extra, 0, 2, 2)]
    seen_by_dealer = count_sheet(demo_db, as_user(demo_db, "dealer"), number)
    assert [r.difference for r in seen_by_dealer] == [0, 2]
