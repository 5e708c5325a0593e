"""The day's work on the first screen (issue 14): counts per role in a world built by hand,
scoped as the lists are, and each equal to the rows of the list it opens."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from desktop.core.services.complaints.sheets import AnswerDue, list_sheets
from desktop.core.services.home.day import Work, day_work
from desktop.core.services.kernel.listing import ListQuery
from desktop.core.services.returns.query import RequestView, ReturnQuery, list_requests
from desktop.core.services.stock.part_requests import list_part_requests
from desktop.core.services.stock.query import gaps
from desktop.core.services.transport.exceptions import list_exceptions
from desktop.core.store.db import Database
from tests.conftest import as_user
from tests.db.home_world import EXPECTED, build_day


def test_each_person_counts_their_days_work(db: Database) -> None:
    build_day(db)
    for login, expected in EXPECTED.items():
        counts = {c.work.value: c.count for c in day_work(db, as_user(db, login))}
        assert counts == expected, login


def test_every_count_equals_the_list_it_opens(db: Database) -> None:
    world = build_day(db)
    views = {Work.APPROVALS: RequestView.APPROVE, Work.REVIEWS: RequestView.REVIEW,
             Work.MISSING_BOXES: RequestView.MISSING_BOXES, Work.OVERDUE: RequestView.OVERDUE,
             Work.QUOTES: RequestView.QUOTES}
    for login in EXPECTED:
        actor = as_user(db, login)
        for count in day_work(db, actor):
            if count.work in views:
                rows = [r.number for r in list_requests(
                    db, actor, ReturnQuery(view=views[count.work]))]
            elif count.work in (Work.SHEETS_LATE, Work.SHEETS_DUE):
                due = AnswerDue.LATE if count.work == Work.SHEETS_LATE else AnswerDue.IN_TIME
                rows = [r.number for r in list_sheets(db, actor, ListQuery(), due)]
            elif count.work == Work.TRANSPORT:
                rows = [r.number for r in list_exceptions(db, actor, ListQuery(), True)]
            elif count.work == Work.PART_REQUESTS:
                rows = [r.number for r in list_part_requests(db, actor, ListQuery(), True)]
            else:
                rows = [f"{g.location} {g.part_no}" for g in gaps(db, actor)]
            assert len(rows) == count.count, (login, count.work)
    dealer, warehouse = as_user(db, "dealer"), as_user(db, "warehouse")
    assert [r.number for r in list_requests(db, dealer, ReturnQuery(view=RequestView.QUOTES))] \
        == [world.numbers["F"]]
    assert [r.number for r in list_requests(
        db, warehouse, ReturnQuery(view=RequestView.MISSING_BOXES))] == [world.numbers["D"]]
    overdue = list_requests(db, warehouse, ReturnQuery(view=RequestView.OVERDUE))
    assert [(r.number, r.overdue) for r in overdue] == [(world.numbers["F"], True)]


def test_a_count_moves_with_the_clock_and_the_work_done(db: Database) -> None:
    build_day(db)
    order = as_user(db, "order")
    later = {c.work: c.count for c in day_work(db, order, datetime.now(UTC) + timedelta(hours=23))}
    assert (later[Work.SHEETS_LATE], later[Work.SHEETS_DUE]) == (3, 0)  # the 2-h one is late
    from desktop.core.rules.workflow import Action
    from desktop.core.services.returns.flow import transition

    approvals = list_requests(db, order, ReturnQuery(view=RequestView.APPROVE))
    transition(db, order, approvals[0].number, Action.APPROVE)
    assert {c.work: c.count for c in day_work(db, order)}[Work.APPROVALS] == 0

