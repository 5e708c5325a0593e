"""Complaint sheets on both databases (C1, A2)."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest

from desktop.core.errors import Conflict, InvalidInput, NotFound
from desktop.core.rules.complaints import Answer, ComplaintKind, SheetState
from desktop.core.rules.workflow import Action, State
from desktop.core.services.complaints.sheets import (
    SheetForm,
    answer_sheet,
    file_sheet,
    get_sheet,
    list_sheets,
    open_return,
)
from desktop.core.services.kernel.listing import ListQuery
from desktop.core.services.returns.flow import transition
from desktop.core.services.returns.query import get_request
from desktop.core.store.db import Database
from tests.conftest import as_user

NOW = datetime.now(UTC)


def sheet(kind: ComplaintKind = ComplaintKind.NOT_MATCHING, hours_ago: float = 3,
          **changes: object) -> SheetForm:
    values: dict[str, object] = {
        "kind": kind, "received_at": NOW - timedelta(hours=hours_ago),
        "lines": (("T8-0702", 6, "订 18W 到货 12W"),), "order_ref": "SO-2026-5521",
        "unused": True, "package_opened": True, "description": "型号不符"}
    values.update(changes)
    return SheetForm(**values)  # type: ignore[arg-type]


def test_a_sheet_that_needs_the_goods_back_opens_a_return(demo_db: Database) -> None:
    dealer, order = as_user(demo_db, "dealer"), as_user(demo_db, "order")
    number = file_sheet(demo_db, dealer, sheet())
    assert get_sheet(demo_db, dealer, number).row.state == SheetState.FILED
    answer_sheet(demo_db, order, number, Answer.RETURN_NEEDED, "请提交退货申请")
    request = open_return(demo_db, dealer, number)
    detail = get_request(demo_db, dealer, request)
    assert detail.row.state == State.DRAFT
    assert [(line.product_code, line.quantity) for line in detail.lines] == [("T8-0702", 6)]
    # Reported in time on the sheet: the return's line is not blocked a day later.
    assert transition(demo_db, dealer, request, Action.SUBMIT) == State.SUBMITTED
    assert get_sheet(demo_db, dealer, number).row.return_number == request
    with pytest.raises(Conflict):
        open_return(demo_db, dealer, number)  # only once


def test_late_or_used_sheets_are_refused_and_nothing_is_saved(demo_db: Database) -> None:
    dealer = as_user(demo_db, "dealer")
    before = len(list_sheets(demo_db, dealer, ListQuery()))
    with pytest.raises(InvalidInput, match="24 hours"):
        file_sheet(demo_db, dealer, sheet(hours_ago=30))
    with pytest.raises(InvalidInput, match="unused"):
        file_sheet(demo_db, dealer, sheet(unused=False))
    assert len(list_sheets(demo_db, dealer, ListQuery())) == before


def test_the_companys_mistake_is_exchanged_or_credited(demo_db: Database) -> None:
    dealer, order = as_user(demo_db, "dealer"), as_user(demo_db, "order")
    number = file_sheet(demo_db, dealer, sheet(ComplaintKind.OWN_MISTAKE, hours_ago=40,
                                               package_opened=False))
    with pytest.raises(InvalidInput, match="without condition"):
        answer_sheet(demo_db, order, number, Answer.REJECTED)
    answer_sheet(demo_db, order, number, Answer.CREDIT, "按订单价冲帐")
    assert get_sheet(demo_db, dealer, number).row.answer == Answer.CREDIT


def test_who_sees_which_sheet(demo_db: Database) -> None:
    number = file_sheet(demo_db, as_user(demo_db, "dealer"), sheet())
    with pytest.raises(NotFound):
        get_sheet(demo_db, as_user(demo_db, "dealer2"), number)
    assert number in {s.number for s in list_sheets(demo_db, as_user(demo_db, "east"),
                                                    ListQuery())}
    assert number not in {s.number for s in list_sheets(demo_db, as_user(demo_db, "south"),
                                                        ListQuery())}
