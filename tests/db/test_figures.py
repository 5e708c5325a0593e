"""The monthly figures (K1, C5) from a small world built by hand (tests/db/figures_world.py),
on SQLite and PostgreSQL, against numbers worked out by hand; every count opens exactly the
records it counts; scope follows the person; bad input is refused in words."""

from __future__ import annotations

import time
from collections.abc import Iterator
from decimal import Decimal

import pytest

from desktop.core.errors import InvalidInput, NotAllowed, NotFound
from desktop.core.rules.roles import Role
from desktop.core.services.figures.monthly import figure_records, monthly_figures
from desktop.core.services.figures.results import Kind, MonthlyFigures, Value
from desktop.core.store.db import Database
from tests.db.figures_world import NOW, World, build

D = Decimal


@pytest.fixture
def utc(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    """The desk's clock in UTC: the world's times are local days as written."""
    monkeypatch.setenv("TZ", "UTC")
    time.tzset()
    yield
    monkeypatch.undo()
    time.tzset()


@pytest.fixture
def world(db: Database, utc: None) -> World:
    return build(db)


def hq_figures(world: World, **kw: str) -> MonthlyFigures:
    return monthly_figures(world.db, world.actor(Role.MANAGEMENT, "HQ"), "2026-03", now=NOW,
                           **kw)


def cells(figures: MonthlyFigures, table: str) -> dict[str, dict[str, Value]]:
    """{row key: {column key: value}}, the total under ""."""
    t = figures.table(table)
    keys = [c.key for c in t.columns]
    found = {r.key: dict(zip(keys, r.values, strict=True)) for r in t.rows}
    found[""] = dict(zip(keys, t.total.values, strict=True))
    return found


def row(*values: object) -> tuple[object, ...]:
    return values


def as_rows(figures: MonthlyFigures, table: str) -> dict[str, tuple[object, ...]]:
    return {k: tuple(v.values()) for k, v in cells(figures, table).items()}


def test_returns_by_dealer_region_model_category_and_reason(world: World) -> None:
    f = hq_figures(world)
    # requests, units, value, units in warranty; R4 cancelled and R5 (April) left out
    assert as_rows(f, "returns_by_dealer") == {
        "D-A": row(2, 10, D("120.00"), 5), "D-B": row(1, 1, D("20.00"), 1),
        "": row(3, 11, D("140.00"), 6)}
    assert [r.key for r in f.table("returns_by_dealer").rows] == ["D-A", "D-B"]
    assert as_rows(f, "returns_by_region") == {"R-EAST": row(3, 11, D("140.00"), 6),
                                               "": row(3, 11, D("140.00"), 6)}
    # R1 has both models: it counts once in each and once in the total
    assert as_rows(f, "returns_by_model") == {
        "M1": row(2, 8, D("80.00"), 3), "M2": row(2, 3, D("60.00"), 3),
        "": row(3, 11, D("140.00"), 6)}
    assert as_rows(f, "returns_by_category") == {
        "lighting": row(2, 8, D("80.00"), 3), "rigid_strip": row(2, 3, D("60.00"), 3),
        "": row(3, 11, D("140.00"), 6)}
    assert as_rows(f, "returns_by_reason") == {
        "quality_fault": row(2, 4, D("50.00"), 4), "failed_on_opening": row(1, 2, D("40.00"), 2),
        "not_matching_order": row(1, 5, D("50.00"), 0), "": row(3, 11, D("140.00"), 6)}
    reason = f.table("returns_by_reason").row("quality_fault")
    assert (reason.label, reason.label_context) == ("Quality fault in warranty", "Returns")


def test_defect_rate_by_model_and_the_verdicts(world: World) -> None:
    f = hq_figures(world)
    # inspected, quality (defect + safety), no fault, human damage, not covered/accepted,
    # out of warranty, defect rate ‰ of units returned; R6's April verdict left out
    assert as_rows(f, "defects_by_model") == {
        "M1": row(8, 3, 0, 4, 1, 0, D("375.0")), "M2": row(2, 1, 1, 0, 0, 0, D("500.0")),
        "": row(10, 4, 1, 4, 1, 0, D("400.0"))}
    assert as_rows(f, "verdicts") == {
        "human_damage": row(4, 1), "defect": row(3, 1), "no_fault": row(1, 1),
        "not_covered": row(1, 1), "safety": row(1, 1), "": row(10, 2)}


def test_five_working_day_completion(world: World) -> None:
    f = hq_figures(world)
    # received, finished or past due, in time, late, open past due, open within, rate:
    # R1 in time, R2 a day late, R6 open past due, R7 within its days; R8 is the agent's
    assert as_rows(f, "completion_by_dealer") == {
        "D-A": row(2, 2, 1, 1, 0, 0, D("50.0")), "D-B": row(1, 1, 0, 0, 1, 0, D("0.0")),
        "D-C": row(1, 0, 0, 0, 0, 1, None), "": row(4, 3, 1, 1, 1, 1, D("33.3"))}
    assert figure_records(world.db, world.actor(Role.ORDER_DEPT, "HQ"), "2026-03",
                          "completion_by_dealer", "", "overdue", now=NOW) == ["R6"]
    assert figure_records(world.db, world.actor(Role.ORDER_DEPT, "HQ"), "2026-03",
                          "completion_by_dealer", "", "on_time_rate", now=NOW) == ["R1"]
    assert as_rows(f, "completion_by_region")["R-SOUTH"] == row(1, 0, 0, 0, 0, 1, None)


def test_transport_exceptions_by_carrier_and_kind(world: World) -> None:
    f = hq_figures(world)
    # exceptions, loss, shortage, wrong goods, damage, mass breakage, late, credited in full
    assert as_rows(f, "transport_by_carrier") == {
        "C-SF": row(2, 1, 0, 0, 1, 0, 1, D("80.00")), "C-DB": row(1, 0, 1, 0, 0, 0, 0, D("0.00")),
        "(none)": row(1, 0, 0, 0, 0, 1, 0, D("0.00")),
        "": row(4, 1, 1, 0, 1, 1, 1, D("80.00"))}
    assert as_rows(f, "transport_by_kind")["damage"] == row(1, 0, D("80.00"))
    assert figure_records(world.db, world.actor(Role.ORDER_DEPT, "HQ"), "2026-03",
                          "transport_by_carrier", "(none)", "", now=NOW) == ["X4"]


def test_repairs_the_free_repair_rate_and_the_parts_used(world: World) -> None:
    f = hq_figures(world)
    # repairs, units, minutes, fees, repaired, not repairable, in warranty, free, free rate;
    # W4 still open and W5 finished in April left out
    assert as_rows(f, "repairs_by_model") == {
        "M1": row(2, 3, 75, D("5.00"), 1, 1, 2, 1, D("50.0")),
        "M2": row(1, 1, 20, D("15.00"), 1, 0, 0, 0, None),
        "": row(3, 4, 95, D("20.00"), 2, 1, 2, 1, D("50.0"))}
    assert as_rows(f, "repairs_by_technician")["tech2"] == row(1, 1, 20, D("15.00"), 1, 0, 0, 0,
                                                               None)
    # quantity, of which refurbished, repairs, value at the part's price
    assert as_rows(f, "parts_used") == {
        "P1": row(3, 1, 2, D("7.50")), "P2": row(1, 0, 1, D("4.00")),
        "": row(4, 1, 2, D("11.50"))}


def test_complaint_sheets_and_the_response_rate(world: World) -> None:
    f = hq_figures(world)
    # sheets, answered, answered or past due, answered within 24 h, response rate
    assert as_rows(f, "complaints_by_class") == {
        "quality": row(1, 1, 1, 1, D("100.0")), "not_matching": row(1, 1, 1, 0, D("0.0")),
        "own_mistake": row(1, 0, 1, 0, D("0.0")), "": row(3, 2, 3, 1, D("33.3"))}
    assert as_rows(f, "complaints_by_dealer") == {
        "D-A": row(2, 2, 2, 1, D("50.0")), "D-C": row(1, 0, 1, 0, D("0.0")),
        "": row(3, 2, 3, 1, D("33.3"))}
    assert as_rows(f, "complaints_by_model") == {"M1": row(2, 3), "M2": row(2, 4), "": row(3, 7)}


def test_a_sheet_whose_hours_have_not_run_out_is_not_late_yet(world: World) -> None:
    from tests.db.figures_world import at

    early = monthly_figures(world.db, world.actor(Role.MANAGEMENT, "HQ"), "2026-03",
                            now=at("2026-03-31", "21:00"))  # C3 was filed an hour ago
    assert as_rows(early, "complaints_by_class")[""] == row(3, 2, 2, 1, D("50.0"))


def test_penalties_and_credits(world: World) -> None:
    f = hq_figures(world)
    # settled, credit, units exchanged, fees, penalties, waived, freight, freight amount
    # reimbursed (A7), charged for lacking turnover parts (S2), disqualified
    assert as_rows(f, "money_by_dealer") == {
        "D-A": row(2, D("30.00"), 1, D("0.00"), D("100.00"), 0, 1, D("35.50"), D("12.00"), 1),
        "": row(2, D("30.00"), 1, D("0.00"), D("100.00"), 0, 1, D("35.50"), D("12.00"), 1)}


def test_every_count_opens_exactly_the_records_it_counts(world: World) -> None:
    order = world.actor(Role.ORDER_DEPT, "HQ")
    f = hq_figures(world)
    for table in f.tables:
        counts = [c.key for c in table.columns if c.kind == Kind.COUNT]
        for shown in (*table.rows, table.total):
            for column in counts:
                records = figure_records(world.db, order, "2026-03", table.key, shown.key,
                                         column, now=NOW)
                assert len(records) == shown.value(table, column), (table.key, shown.key,
                                                                    column)
    assert figure_records(world.db, order, "2026-03", "returns_by_model", "M2", "requests",
                          now=NOW) == ["R1", "R3"]


def test_a_dealer_sees_its_own_figures_beside_the_average_of_all_dealers(world: World) -> None:
    dealer = world.actor(Role.DEALER_STAFF, "D-A")
    f = monthly_figures(world.db, dealer, "2026-03", now=NOW)
    assert (f.scope.kind, f.scope.code) == ("dealer", "D-A")
    assert as_rows(f, "returns_by_dealer") == {"D-A": row(2, 10, D("120.00"), 5),
                                               "": row(2, 10, D("120.00"), 5)}
    average = f.table("returns_by_dealer").comparison
    assert average is not None
    assert average.values == (D("1.5"), D("5.5"), D("70.00"), D("3.0"))
    # the parts of W2, a repair HQ opened on its own, are nobody's but HQ's
    assert as_rows(f, "parts_used") == {"P1": row(2, 0, 1, D("5.00")),
                                        "": row(2, 0, 1, D("5.00"))}
    assert as_rows(f, "completion_by_dealer")[""] == row(2, 2, 1, 1, 0, 0, D("50.0"))
    # 4 exceptions, a carrier's and no one's, by 3 dealers: the average; the rates pooled
    transport = f.table("transport_by_carrier")
    assert transport.comparison is None  # not a dealer's table
    complaints = f.table("complaints_by_dealer").comparison
    assert complaints is not None
    assert complaints.values == (
        D("1.5"), D("1.0"), D("1.5"), D("0.5"), D("33.3"))
    assert figure_records(world.db, dealer, "2026-03", "returns_by_dealer",
                          now=NOW) == ["R1", "R2"]


def test_a_dealer_may_not_ask_for_another_dealers_figures(world: World) -> None:
    dealer = world.actor(Role.DEALER_STAFF, "D-A")
    with pytest.raises(NotAllowed, match="own figures only"):
        monthly_figures(world.db, dealer, "2026-03", dealer="D-C", now=NOW)
    with pytest.raises(NotAllowed, match="own figures only"):
        figure_records(world.db, dealer, "2026-03", "returns_by_dealer", dealer="D-C", now=NOW)
    with pytest.raises(NotAllowed):
        monthly_figures(world.db, dealer, "2026-03", region="R-EAST", now=NOW)
    with pytest.raises(InvalidInput, match="anonymous"):
        figure_records(world.db, dealer, "2026-03", "returns_by_dealer", "(average)", now=NOW)


def test_a_regional_manager_sees_the_region_and_its_dealers_only(world: World) -> None:
    east = world.actor(Role.REGIONAL_MANAGER, "R-EAST")
    f = monthly_figures(world.db, east, "2026-03", now=NOW)
    assert (f.scope.kind, f.scope.code) == ("region", "R-EAST")
    assert set(cells(f, "completion_by_dealer")) == {"D-A", "D-B", ""}
    assert as_rows(f, "transport_by_carrier")[""] == row(3, 1, 0, 0, 1, 1, 1, D("80.00"))
    one = monthly_figures(world.db, east, "2026-03", dealer="d-b", now=NOW)
    assert as_rows(one, "returns_by_dealer")[""] == row(1, 1, D("20.00"), 1)
    with pytest.raises(NotFound, match="No dealer D-C"):
        monthly_figures(world.db, east, "2026-03", dealer="D-C", now=NOW)


def test_hq_narrows_to_a_region_or_a_dealer_and_unknown_codes_are_named(world: World) -> None:
    south = hq_figures(world, region="R-SOUTH")
    assert as_rows(south, "completion_by_dealer") == {"D-C": row(1, 0, 0, 0, 0, 1, None),
                                                      "": row(1, 0, 0, 0, 0, 1, None)}
    with pytest.raises(NotFound, match="No dealer D-ZZ"):
        hq_figures(world, dealer="D-ZZ")
    with pytest.raises(NotFound, match="No region R-EAST-X"):
        hq_figures(world, region="R-EAST-X")
    with pytest.raises(NotFound, match="No dealer C-SF"):  # a carrier is not a dealer
        hq_figures(world, dealer="C-SF")


def test_roles_without_figures_are_refused(world: World) -> None:
    with pytest.raises(NotAllowed):
        monthly_figures(world.db, world.actor(Role.WAREHOUSE, "HQ"), "2026-03", now=NOW)


@pytest.mark.parametrize(("month", "says"), [
    ("2026-13", "is not a month"), ("March", "is not a month"), ("", "is not a month"),
    ("1999-12", "before any record"), ("2026-05", "has not begun yet: there are figures up to "
                                                   "2026-04")])
def test_a_month_that_cannot_be_asked_for_is_refused_in_words(world: World, month: str,
                                                               says: str) -> None:
    with pytest.raises(InvalidInput, match=says) as refused:
        hq_figures_month(world, month)
    assert refused.value.field_name == "month"


def hq_figures_month(world: World, month: str) -> MonthlyFigures:
    return monthly_figures(world.db, world.actor(Role.MANAGEMENT, "HQ"), month, now=NOW)


def test_unknown_tables_rows_and_columns_are_refused(world: World) -> None:
    order = world.actor(Role.ORDER_DEPT, "HQ")
    with pytest.raises(NotFound, match="No figures table"):
        figure_records(world.db, order, "2026-03", "nonsense", now=NOW)
    with pytest.raises(InvalidInput, match="no column"):
        figure_records(world.db, order, "2026-03", "returns_by_dealer", "", "x", now=NOW)
    with pytest.raises(InvalidInput, match="no row"):
        figure_records(world.db, order, "2026-03", "returns_by_reason", "nonsense", now=NOW)


@pytest.mark.parametrize(("zone", "in_time", "sheets"), [("UTC", 1, 3), ("Asia/Shanghai", 0, 2)])
def test_months_and_due_days_are_the_desks_local_ones(db: Database, monkeypatch: pytest.MonkeyPatch,
                                                      zone: str, in_time: int,
                                                      sheets: int) -> None:
    """R1 finished 2026-03-10 20:00 UTC: its due day in London, the next day in Shanghai; C3
    was filed 2026-03-31 20:00 UTC: March in London, April in Shanghai."""
    from desktop.core.model import ReturnRequest
    from tests.db.figures_world import at

    monkeypatch.setenv("TZ", zone)
    time.tzset()
    try:
        world = build(db)
        with db.write() as session:
            session.get(ReturnRequest, world.requests["R1"].id).finished_at = at(  # type: ignore[union-attr]
                "2026-03-10", "20:00")
            session.commit()
        f = hq_figures(world)
        assert cells(f, "completion_by_dealer")["D-A"]["on_time"] == in_time
        assert cells(f, "complaints_by_class")[""]["sheets"] == sheets
    finally:
        monkeypatch.undo()
        time.tzset()


def test_the_trend_gives_each_month_its_totals(world: World) -> None:
    from desktop.core.services.figures.trend import figure_trend

    trend = figure_trend(world.db, world.actor(Role.MANAGEMENT, "HQ"), "2026-02", "2026-04",
                         now=NOW)
    t = trend.table
    assert [r.key for r in t.rows] == ["2026-02", "2026-03", "2026-04"]
    march = {c.key: v for c, v in zip(t.columns, t.rows[1].values, strict=True)}
    assert march == {"requests": 3, "units": 11, "defect_rate": D("400.0"), "on_time_rate":
                     D("33.3"), "overdue": 1, "exceptions": 4, "sheets": 3,
                     "response_rate": D("33.3"), "repairs": 3, "free_rate": D("50.0"),
                     "credit": D("30.00"), "penalty": D("100.00")}
    february = {c.key: v for c, v in zip(t.columns, t.rows[0].values, strict=True)}
    # R6, R7, R8 submitted; X5; C4 (unanswered, past due); nothing inspected or repaired
    assert (february["requests"], february["exceptions"], february["sheets"],
            february["response_rate"], february["defect_rate"]) == (3, 1, 1, D("0.0"), None)
    april = {c.key: v for c, v in zip(t.columns, t.rows[2].values, strict=True)}
    assert (april["requests"], april["repairs"], april["defect_rate"]) == (1, 1, D("0.0"))
    assert t.total.values[0] == 7  # R1–R3, R5–R8 (R4 cancelled)
    assert trend.sources[0] == ("returns_by_dealer", "requests")


def test_a_range_that_cannot_be_compared_is_refused(world: World) -> None:
    from desktop.core.services.figures.trend import figure_trend

    manager = world.actor(Role.MANAGEMENT, "HQ")
    with pytest.raises(InvalidInput, match="comes after"):
        figure_trend(world.db, manager, "2026-04", "2026-02", now=NOW)
    with pytest.raises(InvalidInput, match="at most 36 months"):
        figure_trend(world.db, manager, "2020-01", "2026-04", now=NOW)
    with pytest.raises(InvalidInput, match="not begun yet") as refused:
        figure_trend(world.db, manager, "2026-03", "2027-01", now=NOW)
    assert refused.value.field_name == "last"
