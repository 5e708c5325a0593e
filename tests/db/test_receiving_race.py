"""Two clerks scanning the same box at the same moment get one receipt: 8 processes × the same
200 codes → 200 receipts and 0 errors, on SQLite and on PostgreSQL."""

from __future__ import annotations

import multiprocessing
from collections import Counter
from concurrent.futures import ProcessPoolExecutor

import pytest
from sqlalchemy import func, select

from desktop.core.model import BoxReceipt, ReturnRequest
from desktop.core.rules.workflow import State
from desktop.core.store.db import Database
from tests.db.returns_helpers import shipped
from tests.db.scan_worker import scan_all

DESKS = 8


@pytest.mark.slow
def test_eight_desks_scanning_the_same_200_boxes(demo_db: Database) -> None:
    codes: list[str] = []
    numbers = []
    for _ in range(4):
        number, boxes = shipped(demo_db, 50)
        numbers.append(number)
        codes += boxes
    assert len(codes) == 200
    url = demo_db.url.render_as_string(hide_password=False)
    context = multiprocessing.get_context("spawn")
    with ProcessPoolExecutor(max_workers=DESKS, mp_context=context) as pool:
        results = list(pool.map(scan_all, [url] * DESKS, [codes] * DESKS, range(DESKS)))
    total: Counter[str] = Counter()
    for result in results:
        total.update(result)
    errors = {k: v for k, v in total.items() if k.startswith("error")}
    assert errors == {}
    assert total["received"] == 200
    assert total["duplicate"] == 200 * (DESKS - 1)
    with demo_db.read() as session:
        ids = select(ReturnRequest.id).where(ReturnRequest.number.in_(numbers))
        assert session.scalar(select(func.count(BoxReceipt.id))
                              .where(BoxReceipt.request_id.in_(ids))) == 200
        requests = session.execute(select(ReturnRequest.state, ReturnRequest.boxes_received)
                                   .where(ReturnRequest.number.in_(numbers))).all()
    assert requests == [(State.RECEIVED, 50)] * 4  # no lost update of the progress either
