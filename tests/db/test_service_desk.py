"""The service desk on both databases (C2–C4, S4): registering with the warranty verdict, the
promised response, assign and confirm, work and completion, callbacks (the database alone lets
only a satisfied one close a case), the C3 classes and repeat repairs, a unit's history, part
claims written off in one transaction, and major incidents decided by management only."""

from __future__ import annotations

import itertools
from datetime import UTC, datetime, timedelta
from decimal import Decimal

import pytest
from sqlalchemy import func, select, text
from sqlalchemy.exc import DBAPIError

from desktop.core.errors import Conflict, InvalidInput, NotAllowed, NotFound
from desktop.core.model import AuditEntry, Callback, Organisation, Part, ServiceCase, StockBalance
from desktop.core.rules.service import (
    CaseState,
    ClaimState,
    IncidentKind,
    IncidentState,
    Klass,
    OldPartFate,
    Priority,
    Settle,
)
from desktop.core.rules.stock import RepairResult
from desktop.core.services.repairs.orders import FinishForm, RepairForm, finish_repair, open_repair
from desktop.core.services.service.callbacks import record_callback
from desktop.core.services.service.cases import (
    CaseForm,
    assign_case,
    complete_case,
    confirm_case,
    link_record,
    record_work,
    register_case,
)
from desktop.core.services.service.claims import (
    decide_part_claim,
    file_part_claim,
    list_part_claims,
    write_off_claim,
)
from desktop.core.services.service.incidents import apply_incident, decide_incident
from desktop.core.services.service.query import CaseQuery, callbacks_due, get_case, list_cases
from desktop.core.services.service.units import unit_history
from desktop.core.store.db import Database
from tests.conftest import as_user

NOW = datetime.now(UTC)
SERIALS = itertools.count(1)


def _register(db: Database, **extra: object) -> str:
    """A case on a unit of its own (a fresh serial) unless ``extra`` says otherwise."""
    fields: dict[str, object] = {"customer": "王先生", "model": "DL-0705", "fault": "不亮",
                                 "dealer": "D-SH01", "date_code": "20250610",
                                 "serial": f"SN-NEW-{next(SERIALS)}", **extra}
    form = CaseForm(**fields)  # type: ignore[arg-type]
    return register_case(db, as_user(db, "service"), form, now=datetime.now(UTC))


def _to_completed(db: Database, number: str, at: datetime = NOW) -> datetime:
    assign_case(db, as_user(db, "service"), number, technician="tech", now=at)
    confirm_case(db, as_user(db, "tech"), number, now=at)
    record_work(db, as_user(db, "tech"), number, "换驱动", (("DR-07", 1, OldPartFate.SCRAPPED),))
    return complete_case(db, as_user(db, "tech"), number, "正常", now=at)


def test_a_case_is_registered_with_the_warranty_verdict_and_the_promised_time(
        demo_db: Database) -> None:
    covered = get_case(demo_db, as_user(demo_db, "service"),
                       _register(demo_db, priority=Priority.URGENT))
    assert covered.in_warranty
    assert covered.warranty_end is not None
    assert covered.row.respond_by - covered.row.registered_at == timedelta(hours=4)
    old = get_case(demo_db, as_user(demo_db, "service"), _register(demo_db, date_code="2001"))
    assert not old.in_warranty
    assert old.row.respond_by - old.row.registered_at == timedelta(hours=24)
    assert old.row.state == CaseState.REGISTERED


@pytest.mark.parametrize(("field", "extra"), [
    ("customer", {"customer": " "}), ("fault", {"fault": ""}), ("dealer", {"dealer": "D-NONE"}),
    ("date_code", {"date_code": "junk"}), ("model", {"model": "ZZ-0000"})])
def test_a_case_with_bad_input_is_refused_naming_the_field(
        demo_db: Database, field: str, extra: dict[str, str]) -> None:
    with pytest.raises(InvalidInput) as refused:
        _register(demo_db, **extra)
    assert refused.value.field_name == field


def test_only_customer_service_registers(demo_db: Database) -> None:
    with pytest.raises(NotAllowed):
        register_case(demo_db, as_user(demo_db, "dealer"), CaseForm("x", "DL-0705", "y"))


def test_the_assignee_confirms_and_the_callback_falls_due_72_hours_after_completion(
        demo_db: Database) -> None:
    number = _register(demo_db)
    assign_case(demo_db, as_user(demo_db, "service"), number, service_point="D-GZ01")
    with pytest.raises(NotAllowed):
        confirm_case(demo_db, as_user(demo_db, "dealer"), number)  # not its service point
    assign_case(demo_db, as_user(demo_db, "service"), number, technician="tech")
    with pytest.raises(Conflict):
        complete_case(demo_db, as_user(demo_db, "tech"), number, "ok")  # not confirmed yet
    due = _to_completed_after_assign(demo_db, number)
    link_record(demo_db, as_user(demo_db, "tech"), number,
                demo_db_repair(demo_db))
    case = get_case(demo_db, as_user(demo_db, "service"), number)
    assert case.completed_at is not None
    assert due - case.completed_at == timedelta(hours=72)
    assert case.parts == [("DR-07", "", 1, OldPartFate.SCRAPPED)]
    assert case.links[0][0] == "repair"
    assert number in [r.number for r in callbacks_due(demo_db, as_user(demo_db, "service"))]


def _to_completed_after_assign(db: Database, number: str) -> datetime:
    confirm_case(db, as_user(db, "tech"), number)
    record_work(db, as_user(db, "tech"), number, "换驱动", (("DR-07", 1, OldPartFate.SCRAPPED),))
    return complete_case(db, as_user(db, "tech"), number, "正常")


def demo_db_repair(db: Database) -> str:
    return open_repair(db, as_user(db, "tech"), RepairForm("DL-0705", "驱动坏"))


def test_callbacks_each_a_record_unreached_unsatisfied_then_satisfied_closes(
        demo_db: Database) -> None:
    service = as_user(demo_db, "service")
    number = _register(demo_db)
    _to_completed(demo_db, number)
    missed = record_callback(demo_db, service, number, False, reason="无人接听", now=NOW)
    assert missed.state == CaseState.COMPLETED
    assert missed.next_attempt_at == NOW + timedelta(hours=24)
    with pytest.raises(InvalidInput):
        record_callback(demo_db, service, number, True, False)  # why not satisfied?
    upset = record_callback(demo_db, service, number, True, False, "仍闪烁")
    assert upset.state == CaseState.IN_PROGRESS
    case = get_case(demo_db, service, number)
    assert case.reopened == 1
    assert case.row.klass == Klass.UNSATISFIED
    complete_case(demo_db, as_user(demo_db, "tech"), number, "再次维修")
    closed = record_callback(demo_db, service, number, True, True, "满意")
    assert closed.state == CaseState.CLOSED
    case = get_case(demo_db, service, number)
    assert case.row.klass == Klass.SATISFIED
    assert [(c.attempt, c.reached, c.satisfied) for c in case.callbacks] == [
        (1, False, None), (2, True, False), (3, True, True)]
    with pytest.raises(Conflict):
        record_callback(demo_db, service, number, True, True)  # closed is final


def test_the_database_refuses_to_close_a_case_without_a_satisfied_callback(
        demo_db: Database) -> None:
    number = _register(demo_db)
    _to_completed(demo_db, number)
    record_callback(demo_db, as_user(demo_db, "service"), number, True, False, "不满意")
    with demo_db.read() as session:
        case_id = session.scalars(select(ServiceCase.id).where(
            ServiceCase.number == number)).one()
        unsatisfied = session.scalars(select(Callback.id).where(
            Callback.case_id == case_id)).one()
    for closing in ("NULL", str(unsatisfied)):
        with pytest.raises(DBAPIError), demo_db.write() as session:
            session.execute(text(
                f"UPDATE service_case SET state = 'closed', closed_by_callback_id = {closing} "
                "WHERE id = :id"), {"id": case_id})
            session.commit()
    with demo_db.read() as session:
        assert session.get(ServiceCase, case_id).state == CaseState.IN_PROGRESS  # type: ignore[union-attr]


def test_repairs_within_the_window_make_first_and_repeated_classes(demo_db: Database) -> None:
    tech = as_user(demo_db, "tech")
    for _ in range(2):
        order = open_repair(demo_db, tech, RepairForm("DL-0705", "驱动坏", serial="SN-T-1"))
        finish_repair(demo_db, tech, order, FinishForm(RepairResult.REPAIRED, 10))
    service = as_user(demo_db, "service")
    again = get_case(demo_db, service, _register(demo_db, serial="SN-T-1"))
    assert again.row.klass == Klass.REPEATED_REPAIRS
    assert len(again.earlier_repairs) == 2
    assert again.incident_suggested
    later = register_case(demo_db, service, CaseForm(
        "王先生", "DL-0705", "不亮", serial="SN-T-1"), now=NOW + timedelta(days=31))
    assert get_case(demo_db, service, later).row.klass == ""  # outside the 30 days
    order = open_repair(demo_db, tech, RepairForm("DL-0706", "灯珠", date_code="2507"))
    finish_repair(demo_db, tech, order, FinishForm(RepairResult.REPAIRED, 10))
    by_code = _register(demo_db, model="DL-0706", date_code="2507", serial="", complaint=True)
    shown = get_case(demo_db, service, by_code)
    assert shown.tags == (Klass.FIRST_REPAIR, Klass.COMPLAINT_CALL)
    assert shown.row.klass == Klass.FIRST_REPAIR  # the precedence picks the one counted


def test_a_units_history_oldest_first(demo_db: Database) -> None:
    tech = as_user(demo_db, "tech")
    history = unit_history(demo_db, tech, "SN-OUT-77")
    kinds = [e.kind for e in history.events]
    assert "repair" in kinds
    assert "case" in kinds
    assert [e.at for e in history.events] == sorted(e.at for e in history.events)
    repair = next(e for e in history.events if e.kind == "repair")
    assert "LS-COB-12" in repair.summary  # with its parts
    by_code = unit_history(demo_db, as_user(demo_db, "order"), "PL-0701 202503")
    assert by_code.model == "PL-0701"
    assert any(e.kind == "repair" for e in by_code.events)
    with pytest.raises(NotAllowed):
        unit_history(demo_db, as_user(demo_db, "dealer"), "SN-OUT-77")
    with pytest.raises(InvalidInput):
        unit_history(demo_db, tech, "  ")


def test_a_dealer_sees_only_its_own_cases(demo_db: Database) -> None:
    dealer = as_user(demo_db, "dealer")
    rows = list_cases(demo_db, dealer, CaseQuery())
    assert rows
    assert {r.dealer for r in rows} == {"明辉照明"} or all(r.dealer for r in rows)
    with demo_db.read() as session:
        other = session.scalars(select(ServiceCase.number).join(
            Organisation, Organisation.id == ServiceCase.dealer_org_id).where(
            Organisation.code == "D-GZ01")).first()
    assert other is not None
    assert other not in {r.number for r in rows}
    with pytest.raises(NotFound):
        get_case(demo_db, dealer, other)
    everything = list_cases(demo_db, as_user(demo_db, "service"), CaseQuery())
    assert len(everything) > len(rows)
    late = list_cases(demo_db, as_user(demo_db, "service"), CaseQuery(overdue=True))
    assert late
    assert all(r.overdue for r in late)


def _balance(db: Database, org: str, part_no: str) -> int:
    with db.read() as session:
        return int(session.scalar(select(func.sum(StockBalance.quantity)).join(
            Organisation, Organisation.id == StockBalance.location_id).join(
            Part, Part.id == StockBalance.part_id).where(
            Organisation.code == org, Part.part_no == part_no)) or 0)


def test_a_written_off_claim_replenishes_the_dealers_stock_in_one_transaction(
        demo_db: Database) -> None:
    dealer, tech = as_user(demo_db, "dealer"), as_user(demo_db, "tech")
    number = file_part_claim(demo_db, dealer, "DR-12", 2, "驱动烧毁")
    with pytest.raises(Conflict):
        write_off_claim(demo_db, tech, number, Settle.REPLENISH)  # not accepted yet
    decide_part_claim(demo_db, tech, number, None, "请寄回")
    row = next(c for c in list_part_claims(demo_db, dealer) if c.number == number)
    assert row.state == ClaimState.PART_REQUESTED
    assert not row.may_discard
    decide_part_claim(demo_db, tech, number, True, "旧件已收到")
    before = (_balance(demo_db, "D-SH01", "DR-12"), _balance(demo_db, "HQ", "DR-12"))
    done = write_off_claim(demo_db, tech, number, Settle.REPLENISH)
    assert done.may_discard
    assert (_balance(demo_db, "D-SH01", "DR-12"), _balance(demo_db, "HQ", "DR-12")) == (
        before[0] + 2, before[1] - 2)
    credited = file_part_claim(demo_db, dealer, "DR-07", 1, "x")
    decide_part_claim(demo_db, tech, credited, True)
    assert write_off_claim(demo_db, tech, credited, Settle.CREDIT).credit == Decimal("5.50")


def test_a_write_off_that_hq_cannot_supply_changes_nothing(demo_db: Database) -> None:
    dealer, tech = as_user(demo_db, "dealer"), as_user(demo_db, "tech")
    number = file_part_claim(demo_db, dealer, "DR-12", 100000, "大批")
    decide_part_claim(demo_db, tech, number, True)
    before = _balance(demo_db, "D-SH01", "DR-12")
    with pytest.raises(Conflict):
        write_off_claim(demo_db, tech, number, Settle.REPLENISH)
    assert _balance(demo_db, "D-SH01", "DR-12") == before
    row = next(c for c in list_part_claims(demo_db, dealer) if c.number == number)
    assert row.state == ClaimState.ACCEPTED


def test_only_management_decides_an_incident_and_its_reason_is_audited(
        demo_db: Database) -> None:
    service, manager = as_user(demo_db, "service"), as_user(demo_db, "manager")
    number = apply_incident(demo_db, service, _register(demo_db), IncidentKind.REFUND,
                            Decimal("99.00"), "重复维修")
    for who in ("service", "tech", "order", "admin", "dealer"):
        with pytest.raises(NotAllowed):
            decide_incident(demo_db, as_user(demo_db, who), number, True, "x")
    with pytest.raises(InvalidInput):
        decide_incident(demo_db, manager, number, True, " ")
    decide_incident(demo_db, manager, number, False, "金额不合理")
    with pytest.raises(Conflict):
        decide_incident(demo_db, manager, number, True, "再议")
    with demo_db.read() as session:
        entry = session.scalars(select(AuditEntry).where(
            AuditEntry.entity_id == number, AuditEntry.action == "incident.rejected")).one()
    assert (entry.login, entry.reason) == ("manager", "金额不合理")
    from desktop.core.services.service.incidents import get_incident

    assert get_incident(demo_db, manager, number).state == IncidentState.REJECTED
