"""Return requests on both databases: filing, the workflow, who sees what, stale forms."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta

import pytest
from sqlalchemy import select

from desktop.core.errors import Conflict, InvalidInput, NotAllowed, NotFound
from desktop.core.model import AuditEntry
from desktop.core.rules.acceptance import ReturnKind, Severity
from desktop.core.rules.warranty import Claimant
from desktop.core.rules.workflow import Action, State
from desktop.core.services.kernel.actor import SYSTEM
from desktop.core.services.returns.filing import LineInput, file_return, preview_line, update_draft
from desktop.core.services.returns.flow import transition, transition_many
from desktop.core.services.returns.query import RequestView, ReturnQuery, get_request, list_requests
from desktop.core.services.returns.warranty import check_warranty
from desktop.core.store.db import Database
from tests.conftest import as_user
from tests.db.returns_helpers import filed, good_line


def test_a_request_goes_from_dealer_to_region_to_order_department(demo_db: Database) -> None:
    dealer = as_user(demo_db, "dealer")
    number = filed(demo_db, dealer, good_line(), good_line("T8-0702", 10))
    assert number.startswith("R")
    assert transition(demo_db, dealer, number, Action.SUBMIT) == State.SUBMITTED
    assert transition(demo_db, as_user(demo_db, "east"), number, Action.REVIEW) == State.REVIEWED
    assert transition(demo_db, as_user(demo_db, "order"), number, Action.APPROVE) == State.APPROVED
    detail = get_request(demo_db, dealer, number)
    assert detail.row.total_quantity == 13
    assert [h.action for h in detail.history] == [
        "return.create", "return.submit", "return.review", "return.approve"]
    assert [h.login for h in detail.history] == ["dealer", "dealer", "east", "order"]
    assert detail.actions == []  # shipping goes by declaring boxes, not by a button
    with pytest.raises(Conflict, match="boxes"):
        transition(demo_db, dealer, number, Action.SHIP)


def test_a_distributors_request_goes_to_its_agent_not_to_hq(demo_db: Database) -> None:
    distributor = as_user(demo_db, "distrib")
    number = filed(demo_db, distributor)
    transition(demo_db, distributor, number, Action.SUBMIT)
    state = transition(demo_db, as_user(demo_db, "east"), number, Action.REVIEW)
    assert state == State.FORWARDED_TO_AGENT
    order = as_user(demo_db, "order")
    assert number not in {r.number for r in list_requests(demo_db, order,
                                                           ReturnQuery(view=RequestView.APPROVE))}
    with pytest.raises(Conflict):
        transition(demo_db, order, number, Action.APPROVE)


def test_rejected_with_reason_revised_and_resubmitted(demo_db: Database) -> None:
    dealer, east = as_user(demo_db, "dealer"), as_user(demo_db, "east")
    number = filed(demo_db, dealer)
    transition(demo_db, dealer, number, Action.SUBMIT)
    with pytest.raises(InvalidInput, match="reason"):
        transition(demo_db, east, number, Action.REJECT)
    transition(demo_db, east, number, Action.REJECT, "请补充故障照片")
    detail = get_request(demo_db, dealer, number)
    assert detail.row.state == State.REJECTED
    assert detail.reject_reason == "请补充故障照片"
    update_draft(demo_db, dealer, number, [good_line(quantity=5)], "已补充", detail.row.version)
    assert transition(demo_db, dealer, number, Action.SUBMIT) == State.SUBMITTED
    assert get_request(demo_db, dealer, number).row.total_quantity == 5


def test_blocked_lines_cannot_be_submitted(demo_db: Database) -> None:
    dealer = as_user(demo_db, "dealer")
    sample = LineInput("T8-0701", 2, "20250601", ReturnKind.NOT_MATCHING_ORDER, sample=True,
                       goods_received_at=datetime.now(UTC) - timedelta(hours=2))
    number = filed(demo_db, dealer, good_line(), sample)
    with pytest.raises(InvalidInput, match="Lines 2"):
        transition(demo_db, dealer, number, Action.SUBMIT)
    assert get_request(demo_db, dealer, number).row.state == State.DRAFT


def test_the_form_preview_explains_the_warranty_and_the_rules(demo_db: Database) -> None:
    old = preview_line(demo_db, SYSTEM, LineInput("RS-1001", 1, "2301", ReturnKind.QUALITY_FAULT))
    assert old.verdict is not None
    assert not old.verdict.in_warranty  # rigid strip: 2 years from January 2023
    assert old.verdict.end == date(2025, 1, 1)
    assert [f.severity for f in old.findings] == [Severity.WARN]
    whole = preview_line(demo_db, SYSTEM, LineInput("DL-0701", 1, "20250101",
                                            ReturnKind.NOT_MATCHING_ORDER,
                                            goods_received_at=datetime.now(UTC)))
    assert whole.blocked
    assert any("Whole lamps" in f.message.source for f in whole.findings)
    garbled = preview_line(demo_db, SYSTEM, LineInput("DL-0701", 1, "2024/13"))
    assert garbled.problem is not None
    assert "not a date code" in garbled.problem.render()
    unknown = preview_line(demo_db, SYSTEM, LineInput("NOPE-1", 1, "2025"))
    assert unknown.problem is not None


def test_roles_and_organisations_are_checked_by_every_service(demo_db: Database) -> None:
    dealer, other = as_user(demo_db, "dealer"), as_user(demo_db, "dealer2")
    number = filed(demo_db, dealer)
    with pytest.raises(NotFound):
        get_request(demo_db, other, number)
    with pytest.raises(NotFound):
        transition(demo_db, other, number, Action.SUBMIT)
    with pytest.raises(NotFound):
        update_draft(demo_db, other, number, [good_line()], "", None)
    with pytest.raises(NotAllowed):
        file_return(demo_db, as_user(demo_db, "order"), [good_line()])
    transition(demo_db, dealer, number, Action.SUBMIT)
    with pytest.raises(NotFound):  # another region's manager does not even see it
        transition(demo_db, as_user(demo_db, "south"), number, Action.REVIEW)
    with pytest.raises(Conflict):  # the order department may not skip the region (A1)
        transition(demo_db, as_user(demo_db, "order"), number, Action.APPROVE)


def test_every_list_shows_only_what_the_user_may_see(demo_db: Database) -> None:
    mine = filed(demo_db, as_user(demo_db, "dealer"))
    theirs = filed(demo_db, as_user(demo_db, "dealer2"))
    distributor = filed(demo_db, as_user(demo_db, "distrib"))

    def seen(login: str, view: RequestView = RequestView.ALL) -> set[str]:
        return {r.number for r in list_requests(demo_db, as_user(demo_db, login),
                                                ReturnQuery(view=view, limit=10_000))}

    assert {mine, theirs, distributor} & seen("dealer") == {mine}
    assert {mine, theirs, distributor} & seen("dealer2") == {theirs}
    assert {mine, theirs, distributor} & seen("east") == {mine, distributor}
    assert {mine, theirs, distributor} & seen("south") == {theirs}
    assert {mine, theirs, distributor} <= seen("order")
    for number, login in ((mine, "dealer"), (theirs, "dealer2")):
        transition(demo_db, as_user(demo_db, login), number, Action.SUBMIT)
    assert {mine, theirs} & seen("east", RequestView.REVIEW) == {mine}


def test_two_approvers_one_is_refused_and_nothing_is_overwritten(demo_db: Database) -> None:
    dealer = as_user(demo_db, "dealer")
    number = filed(demo_db, dealer)
    transition(demo_db, dealer, number, Action.SUBMIT)
    transition(demo_db, as_user(demo_db, "east"), number, Action.REVIEW)
    shown = get_request(demo_db, as_user(demo_db, "order"), number).row.version
    first = transition(demo_db, as_user(demo_db, "order"), number, Action.APPROVE, "",
                       shown)
    with pytest.raises(Conflict):
        transition(demo_db, as_user(demo_db, "order"), number, Action.REJECT, "不同意", shown)
    assert first == State.APPROVED
    assert get_request(demo_db, dealer, number).row.state == State.APPROVED
    with demo_db.read() as session:
        rejections = session.scalars(select(AuditEntry).where(
            AuditEntry.entity_id == number, AuditEntry.action == "return.reject")).all()
    assert rejections == []


def test_bulk_approval_refuses_only_the_stale_request(demo_db: Database) -> None:
    dealer, east, order = (as_user(demo_db, n) for n in ("dealer", "east", "order"))
    numbers = [filed(demo_db, dealer) for _ in range(3)]
    for number in numbers:
        transition(demo_db, dealer, number, Action.SUBMIT)
        transition(demo_db, east, number, Action.REVIEW)
    shown = {r.number: r.version for r in list_requests(
        demo_db, order, ReturnQuery(view=RequestView.APPROVE)) if r.number in numbers}
    transition(demo_db, order, numbers[1], Action.REJECT, "先处理", shown[numbers[1]])
    outcomes = transition_many(demo_db, order, shown, Action.APPROVE)
    assert {o.number: o.ok for o in outcomes} == {
        numbers[0]: True, numbers[1]: False, numbers[2]: True}


def test_hq_clock_counts_working_days_from_arrival(demo_db: Database) -> None:
    import uuid

    from desktop.core.services.receiving.scan import receive_scan
    from tests.db.returns_helpers import shipped

    number, codes = shipped(demo_db, 2)
    warehouse = as_user(demo_db, "warehouse")
    arrival = datetime(2026, 9, 29, 10, 0, tzinfo=UTC)  # before the National Day holidays
    receive_scan(demo_db, warehouse, codes[0], uuid.uuid4().hex, now=arrival)
    detail = get_request(demo_db, warehouse, number)
    assert detail.row.due_on == date(2026, 10, 12)  # 5 working days, holidays skipped (A8)
    assert detail.row.days_left is not None
    assert detail.row.overdue  # today is 2026-11-22 or later


def test_other_dealers_cannot_reach_photos_boxes_counts_labels_or_forms(
        demo_db: Database) -> None:
    from desktop.core.services.receiving.counting import boxes_of, count_sheet
    from desktop.core.services.returns.filing import add_photo
    from desktop.core.services.returns.printing import return_authorisation_pdf
    from desktop.core.services.returns.query import photo_data
    from desktop.core.services.returns.shipping import declare_shipment, label_data
    from tests.db.returns_helpers import shipped

    number, _codes = shipped(demo_db, 1)
    dealer, other = as_user(demo_db, "dealer"), as_user(demo_db, "dealer2")
    from desktop.demo.returns import demo_photo

    photo = add_photo(demo_db, dealer, number, "a.png", demo_photo(1))
    for attempt in (
        lambda: add_photo(demo_db, other, number, "b.png", demo_photo(2)),
        lambda: photo_data(demo_db, other, photo),
        lambda: boxes_of(demo_db, other, number),
        lambda: count_sheet(demo_db, other, number),
        lambda: label_data(demo_db, other, number),
        lambda: return_authorisation_pdf(demo_db, other, number),
        lambda: declare_shipment(demo_db, other, number, 2, "C-SF", "X"),
        lambda: photo_data(demo_db, as_user(demo_db, "south"), photo),
    ):
        with pytest.raises(NotFound):
            attempt()
    assert photo_data(demo_db, dealer, photo)[0] == "image/png"
    assert photo_data(demo_db, as_user(demo_db, "east"), photo)[0] == "image/png"


def _count_requests(db: Database) -> int:
    return len(list_requests(db, SYSTEM, ReturnQuery(limit=10_000)))


@pytest.mark.parametrize(
    ("line", "words"),
    [(LineInput("DL-0701", 1, "20991231"), "production date 2099-12-31 is in the future"),
     (LineInput("DL-0701", 1, "9912"), "production date 2099-12-01 is in the future"),
     (LineInput("DL-0701", 1, "20250101", claimant=Claimant.CONSUMER,
                purchase_date=date(9999, 6, 1)), "purchase proof is dated 9999-06-01"),
     (LineInput("DL-0701", 1, "20250101", sale_date=date.today() + timedelta(days=3)),
      "sale-date label says"),
     (LineInput("DL-0701", 1, "20250101", ReturnKind.NOT_MATCHING_ORDER,
                goods_received_at=datetime(2099, 1, 1, 2, 0, tzinfo=UTC)),
      "cannot have been received at 2099-01-01")],
)
def test_a_future_date_is_refused_in_the_preview_and_nothing_is_filed(
        demo_db: Database, line: LineInput, words: str) -> None:
    dealer = as_user(demo_db, "dealer")
    preview = preview_line(demo_db, dealer, line)
    assert preview.blocked
    assert preview.verdict is None  # no warranty until 2101 is worked out
    assert preview.problem is not None
    assert words in preview.problem.render()
    before = _count_requests(demo_db)
    with pytest.raises(InvalidInput, match="Line 2") as refused:
        file_return(demo_db, dealer, [good_line(), line])
    assert words in refused.value.message.render()
    assert _count_requests(demo_db) == before
    number = filed(demo_db, dealer)
    shown = get_request(demo_db, dealer, number)
    with pytest.raises(InvalidInput, match="Line 1"):
        update_draft(demo_db, dealer, number, [line], "", shown.row.version)
    assert get_request(demo_db, dealer, number).lines == shown.lines  # the draft is unchanged


def test_a_days_clock_skew_is_not_refused(demo_db: Database) -> None:
    tomorrow = date.today() + timedelta(days=1)
    soon = datetime.now(UTC) + timedelta(hours=20)
    preview = preview_line(demo_db, SYSTEM, LineInput(
        "DL-0701", 1, tomorrow.strftime("%Y%m%d"), ReturnKind.NOT_MATCHING_ORDER,
        goods_received_at=soon))
    assert preview.problem is None
    assert preview.verdict is not None


@pytest.mark.parametrize(
    ("dates", "field", "words"),
    [({"production_date": date(2099, 12, 1)}, "production_date", "2099-12-01"),
     ({"production_date": date(9999, 6, 1)}, "production_date", "9999-06-01"),
     ({"purchase_date": date(2999, 1, 1)}, "purchase_date", "2999-01-01"),
     ({"sale_date": date.today() + timedelta(days=2)}, "sale_date", "sale-date label")],
)
def test_the_warranty_check_refuses_a_future_date(demo_db: Database, dates: dict[str, date],
                                                  field: str, words: str) -> None:
    question = {"production_date": date(2025, 1, 1), **dates}
    with pytest.raises(InvalidInput) as refused:
        check_warranty(demo_db, SYSTEM, "DL-0701", question["production_date"], date.today(),
                       Claimant.CONSUMER, question.get("purchase_date"),
                       question.get("sale_date"))
    assert refused.value.field_name == field
    assert words in refused.value.message.render()


def test_the_return_authorisation_names_the_person_who_approved(demo_db: Database) -> None:
    from desktop.core.services.returns.printing import return_authorisation_data
    from tests.db.returns_helpers import approved

    number = approved(demo_db)
    sheet = return_authorisation_data(demo_db, as_user(demo_db, "dealer"), number)
    assert sheet.approved_by == "订单部 周敏"  # the order department's clerk, not "order"
