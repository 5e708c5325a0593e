"""Service cases and callbacks (C3) in the figures.  Without the service desk the figures say
so (a pending section, never an empty one); the hook is counted here over a table of the shape it
asks for, on both databases, and over the service desk's own tables."""

from __future__ import annotations

from collections.abc import Iterator
from decimal import Decimal

import pytest
from sqlalchemy import Boolean, Column, Integer, MetaData, String, Table, insert, select

from desktop.core.model.base import UTCDateTime
from desktop.core.rules.roles import Role
from desktop.core.services.figures import service_cases
from desktop.core.services.figures.monthly import figure_records, monthly_figures
from desktop.core.services.figures.service_cases import ServiceFacts
from desktop.core.store.db import Database
from tests.db.figures_world import NOW, World, at, build
from tests.db.test_figures import as_rows, row, utc  # noqa: F401 (a fixture)

FACTS = MetaData()
CASES = Table(
    "test_service_case_facts", FACTS,
    Column("number", String(24), primary_key=True), Column("dealer_org_id", Integer),
    Column("region_id", Integer), Column("channel", String(20)), Column("klass", String(40)),
    Column("registered_at", UTCDateTime()), Column("completed_at", UTCDateTime()),
    Column("callback_at", UTCDateTime()), Column("satisfied", Boolean))
CLASSES = {"satisfied": "Satisfied", "callback_unsatisfied": "Unsatisfied at callback",
           "complaint_call": "Complaint call", "first_repair_failed": "First repair did not fix"}
CHANNELS = {"phone": "Phone", "written": "Written", "in_person": "In person"}


@pytest.fixture
def world(db: Database, utc: None) -> World:  # noqa: F811
    return build(db)


@pytest.fixture
def cases(world: World, monkeypatch: pytest.MonkeyPatch) -> Iterator[World]:
    """The hook's table of facts, as the service desk will select them, filled by hand."""
    FACTS.create_all(world.db.engine)
    o = world.orgs

    def case(number: str, dealer: str, channel: str, klass: str, registered: str,
             completed: str, called: str | None, satisfied: bool | None) -> dict[str, object]:
        return {"number": number, "dealer_org_id": o[dealer].id,
                "region_id": o[dealer].region_id, "channel": channel, "klass": klass,
                "registered_at": at(registered), "completed_at": at(completed),
                "callback_at": at(*called.split()) if called else None, "satisfied": satisfied}

    with world.db.write() as session:
        session.execute(insert(CASES), [
            case("S1", "D-A", "phone", "satisfied", "2026-03-02", "2026-03-03",
                 "2026-03-04 10:00", True),                      # called back in 24 h
            case("S2", "D-A", "phone", "callback_unsatisfied", "2026-03-05", "2026-03-06",
                 "2026-03-10 10:00", False),                     # 96 h: late
            case("S3", "D-B", "written", "complaint_call", "2026-03-20", "2026-03-25", None,
                 None),                                          # not called back
            case("S4", "D-C", "in_person", "first_repair_failed", "2026-02-25", "2026-03-01",
                 "2026-03-02 10:00", True),                      # registered in February
            case("S5", "D-A", "phone", "satisfied", "2026-04-01", "2026-04-02",
                 "2026-04-03 10:00", True),                      # April
        ])
        session.commit()
    facts = ServiceFacts(lambda: select(*CASES.c), CLASSES, CHANNELS)
    monkeypatch.setattr(service_cases, "load_facts", lambda: facts)
    yield world
    FACTS.drop_all(world.db.engine)


def test_without_the_service_desk_the_section_is_pending_in_words(
        world: World, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(service_cases, "load_facts", lambda: None)
    figures = monthly_figures(world.db, world.actor(Role.MANAGEMENT, "HQ"), "2026-03", now=NOW)
    assert [p.key for p in figures.pending] == ["service_cases"]
    assert "not installed" in figures.pending[0].reason
    assert not [t for t in figures.tables if t.key.startswith(("service", "callbacks"))]


def test_the_hook_counts_classes_sources_and_callbacks(cases: World) -> None:
    world = cases
    figures = monthly_figures(world.db, world.actor(Role.MANAGEMENT, "HQ"), "2026-03", now=NOW)
    assert figures.pending == ()
    assert as_rows(figures, "service_by_class") == {
        "satisfied": row(1), "callback_unsatisfied": row(1), "complaint_call": row(1),
        "": row(3)}
    assert figures.table("service_by_class").row("satisfied").label_context == "Service"
    assert as_rows(figures, "service_by_source") == {"phone": row(2), "written": row(1),
                                                     "": row(3)}
    # completed, called back, in time (72 h), satisfied, satisfaction, callbacks in time
    assert as_rows(figures, "callbacks_by_dealer") == {
        "D-A": row(2, 2, 1, 1, Decimal("50.0"), Decimal("50.0")),
        "D-B": row(1, 0, 0, 0, None, Decimal("0.0")),
        "D-C": row(1, 1, 1, 1, Decimal("100.0"), Decimal("100.0")),
        "": row(4, 3, 2, 2, Decimal("66.7"), Decimal("50.0"))}
    assert figure_records(world.db, world.actor(Role.ORDER_DEPT, "HQ"), "2026-03",
                          "callbacks_by_dealer", "", "satisfaction", now=NOW) == ["S1", "S4"]


def test_a_dealer_sees_its_own_service_cases(cases: World) -> None:
    world = cases
    figures = monthly_figures(world.db, world.actor(Role.DEALER_STAFF, "D-A"), "2026-03",
                              now=NOW)
    assert as_rows(figures, "service_by_class")[""] == row(2)
    average = figures.table("callbacks_by_dealer").comparison
    assert average is not None
    assert average.values[:4] == (Decimal("1.3"), Decimal("1.0"), Decimal("0.7"),
                                  Decimal("0.7"))


def test_the_service_desk_provides_its_facts(world: World) -> None:
    """The service desk's module feeds the section, nothing is pending."""
    assert service_cases.load_facts() is not None
    figures = monthly_figures(world.db, world.actor(Role.MANAGEMENT, "HQ"), "2026-03", now=NOW)
    assert figures.pending == ()
    assert {"service_by_class", "service_by_source", "callbacks_by_dealer"} <= {
        t.key for t in figures.tables}
