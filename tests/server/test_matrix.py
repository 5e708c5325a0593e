"""The security matrix: every role × every use case the server serves × a record of its own
dealer and one of another dealer.  Each call is made twice, on two copies of the same demo
database: in process (the rules as the services apply them) and through the running server as
that person logged in.  The server must answer exactly as the rules do (allowed with the same
data, or refused with the same kind of refusal), and a refused call through the server must
change nothing.  A desk can reach nothing the rules do not give it."""

from __future__ import annotations

import inspect
import json
import re
import shutil
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta
from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import select

from desktop.backend import wire
from desktop.backend.local import LocalBackend
from desktop.core.errors import DomainError
from desktop.core.model import (
    ComplaintSheet,
    Incident,
    Organisation,
    PartClaim,
    PartRequest,
    RepairOrder,
    RepairResult,
    ReturnPhoto,
    ReturnRequest,
    ServiceCase,
    TransportException,
)
from desktop.core.rules.acceptance import ReturnKind
from desktop.core.rules.calendar import DayKind
from desktop.core.rules.catalogue import PartKind, ProductCategory
from desktop.core.rules.complaints import Answer, ComplaintKind
from desktop.core.rules.roles import OrgKind, Role
from desktop.core.rules.service import IncidentKind, OldPartFate, Settle
from desktop.core.rules.stock import Grade, Movement
from desktop.core.rules.transport import Decision, ExceptionKind
from desktop.core.rules.workflow import Action
from desktop.core.services.admin.catalogue import PartForm, ProductForm
from desktop.core.services.admin.orgs import OrgForm
from desktop.core.services.admin.users import UserForm
from desktop.core.services.api import USE_CASES
from desktop.core.services.complaints.sheets import SheetForm
from desktop.core.services.inspection.settlement import SettleForm
from desktop.core.services.kernel.actor import SYSTEM
from desktop.core.services.kernel.changes import data_version
from desktop.core.services.kernel.listing import ListQuery
from desktop.core.services.repairs.orders import FinishForm, RepairForm
from desktop.core.services.returns.filing import LineInput
from desktop.core.services.returns.query import ReturnQuery
from desktop.core.services.service.cases import CaseForm
from desktop.core.services.service.query import CaseQuery
from desktop.core.services.transport.exceptions import ExceptionForm
from desktop.core.store.db import Database
from tests.conftest import as_user
from tests.server.conftest import start_server

ROLES = ["dealer", "dealer2", "distrib", "east", "south", "order", "warehouse", "tech",
         "service", "manager", "admin"]
PNG = (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x00\x01\x00\x00\x00\x01\x08\x02\x00"
       b"\x00\x00\x90wS\xde\x00\x00\x00\x0cIDATx\x9cc\xf8\xff\xff?\x00\x05\xfe\x02\xfe\xa7"
       b"5\x81\x84\x00\x00\x00\x00IEND\xaeB`\x82")
TIME = re.compile(r"\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(\.\d+)?(Z|[+-]\d\d:\d\d)?")
NOT_COMPARED = {"access.list_sessions", "kernel.data_version"}  # the server's own sessions


@dataclass(frozen=True)
class World:
    """Numbers of the demo world, of D-SH01 ("own", the dealer's) and of D-GZ01 ("other")."""

    request: dict[str, str]
    sheet: dict[str, str]
    exception: dict[str, str]
    part_request: dict[str, str]
    repair: str
    photo: dict[str, int]
    case: dict[str, str]
    incident: dict[str, str]
    claim: dict[str, str]


def _first(db: Database, model: Any, org_column: Any, org_code: str) -> Any:
    with db.read() as session:
        org = session.scalars(select(Organisation.id).where(
            Organisation.code == org_code)).one()
        return session.scalars(select(model.number).where(org_column == org)
                               .order_by(model.id)).first()


def _world(db: Database) -> World:
    def both(model: Any, column: Any) -> dict[str, str]:
        return {"own": _first(db, model, column, "D-SH01"),
                "other": _first(db, model, column, "D-GZ01")}

    with db.read() as session:
        photos = {side: session.scalars(select(ReturnPhoto.id).join(
            ReturnRequest, ReturnRequest.id == ReturnPhoto.request_id).join(
            Organisation, Organisation.id == ReturnRequest.dealer_org_id).where(
            Organisation.code == code)).first() or 0
            for side, code in (("own", "D-SH01"), ("other", "D-GZ01"))}
        repair = session.scalars(select(RepairOrder.number)).first()
        incidents = {side: session.scalars(select(Incident.number).join(
            ServiceCase, ServiceCase.id == Incident.case_id).join(
            Organisation, Organisation.id == ServiceCase.dealer_org_id).where(
            Organisation.code == code).order_by(Incident.id)).first() or "M-NONE"
            for side, code in (("own", "D-SH01"), ("other", "D-GZ01"))}
    return World(both(ReturnRequest, ReturnRequest.dealer_org_id),
                 both(ComplaintSheet, ComplaintSheet.org_id),
                 both(TransportException, TransportException.org_id),
                 both(PartRequest, PartRequest.dealer_org_id), repair or "W-NONE", photos,
                 both(ServiceCase, ServiceCase.dealer_org_id), incidents,
                 both(PartClaim, PartClaim.dealer_org_id))


Args = Callable[[World, str], tuple[Any, ...]]
NOW = datetime.now(UTC)
TODAY = date.today()


def _record(name: str) -> Args:
    return lambda w, side: (getattr(w, name)[side],)


LINE = LineInput("DL-0705", 2, "20250610", ReturnKind.QUALITY_FAULT, "不亮")
ARGS: dict[str, Args] = {
    "access.verify_again": lambda w, s: ("demo1234",),
    "access.revoke_session": lambda w, s: (1, "test"),
    "admin.get_product": lambda w, s: ("DL-0705",),
    "admin.list_orgs": lambda w, s: (ListQuery(), (OrgKind.DEALER,)),
    "admin.org_choices": lambda w, s: ((OrgKind.DEALER, OrgKind.CARRIER),),
    "admin.get_org": lambda w, s: ("D-GZ01" if s == "other" else "D-SH01",),
    "admin.list_calendar": lambda w, s: (2026,),
    "admin.save_product": lambda w, s: (ProductForm(
        "ZZ-9001", "测试灯", ProductCategory.LIGHTING, Decimal("12.50")),),
    "admin.save_part": lambda w, s: (PartForm(
        "ZP-9001", "测试件", PartKind.DRIVER, ProductCategory.LIGHTING, Decimal("3")),),
    "admin.save_org": lambda w, s: (OrgForm("D-ZZ99", "测试经销商", OrgKind.DEALER, "R-EAST"),),
    "admin.save_user": lambda w, s: (UserForm(
        "mallory", "Mallory", Role.ADMIN, "HQ", True, "a-long-password-1"),),
    "admin.update_setting": lambda w, s: ("returns.completion_working_days", 9, None, "t"),
    "admin.set_calendar_day": lambda w, s: (date(2026, 12, 24), DayKind.HOLIDAY, "测试"),
    "admin.clear_calendar_day": lambda w, s: (date(2026, 12, 24),),
    "returns.preview_line": lambda w, s: (LINE,),
    "returns.list_requests": lambda w, s: (ReturnQuery(limit=1000),),
    "returns.get_request": _record("request"),
    "returns.photo_data": lambda w, s: (w.photo[s],),
    "returns.label_data": _record("request"),
    "returns.check_warranty": lambda w, s: ("DL-0705", date(2025, 1, 1), TODAY),
    "returns.labels_pdf": _record("request"),
    "returns.return_authorisation_pdf": _record("request"),
    "returns.file_return": lambda w, s: ([LINE], "matrix"),
    "returns.update_draft": lambda w, s: (w.request[s], [LINE], "edited", None),
    "returns.add_photo": lambda w, s: (w.request[s], "p.png", PNG),
    "returns.transition": lambda w, s: (w.request[s], Action.APPROVE),
    "returns.transition_many": lambda w, s: ({w.request[s]: 1}, Action.CANCEL, "t"),
    "returns.declare_shipment": lambda w, s: (w.request[s], 2, "C-SF", "SF1"),
    "receiving.missing_boxes": lambda w, s: (TODAY,),
    "receiving.set_asides": lambda w, s: (50,),
    "receiving.boxes_of": _record("request"),
    "receiving.count_sheet": _record("request"),
    "receiving.receive_scan": lambda w, s: (f"{w.request[s]}-0010", f"matrix-{s}"),
    "receiving.record_count": lambda w, s: (w.request[s], {"DL-0705": 1}),
    "transport.list_exceptions": lambda w, s: (ListQuery(),),
    "transport.get_exception": _record("exception"),
    "transport.transport_record_pdf": _record("exception"),
    "transport.record_exception": lambda w, s: (ExceptionForm(
        ExceptionKind.DAMAGE, TODAY, (("DL-0705", 1),), carrier_code="C-SF",
        waybill="SF9"),),
    "transport.accept_late": lambda w, s: (w.exception[s], "documents came late"),
    "transport.decide": lambda w, s: (w.exception[s], Decision.FULL_CREDIT, "10"),
    "transport.add_exception_photo": lambda w, s: (w.exception[s], "p.png", PNG),
    "transport.open_return_for_damage": _record("exception"),
    "transport.add_signature": lambda w, s: (w.exception[s], "王师傅", True, "顺丰速运"),
    "complaints.list_sheets": lambda w, s: (ListQuery(),),
    "complaints.get_sheet": _record("sheet"),
    "complaints.complaint_sheet_pdf": _record("sheet"),
    "complaints.file_sheet": lambda w, s: (SheetForm(
        ComplaintKind.NOT_MATCHING, NOW - timedelta(hours=2),
        (("DL-0705", 1, "wrong colour"),)),),
    "complaints.answer_sheet": lambda w, s: (w.sheet[s], Answer.CREDIT, "ok"),
    "complaints.open_return": _record("sheet"),
    "complaints.add_sheet_photo": lambda w, s: (w.sheet[s], "p.png", PNG),
    "inspection.inspection_sheet": _record("request"),
    "inspection.inspection_worklist": lambda w, s: (ListQuery(),),
    "inspection.proposal": _record("request"),
    "inspection.settlement_of": _record("request"),
    "inspection.remove_verdict": lambda w, s: (w.request[s], 1),
    "inspection.finish_inspection": _record("request"),
    "inspection.answer_quote": lambda w, s: (w.request[s], 1, True),
    "inspection.settle": lambda w, s: (w.request[s], SettleForm({})),
    "repairs.list_repairs": lambda w, s: (ListQuery(),),
    "repairs.repair_report_pdf": lambda w, s: (TODAY,),
    "repairs.open_repair": lambda w, s: (RepairForm("DL-0705", "driver dead"),),
    "repairs.use_part": lambda w, s: (w.repair, "DR-18", 1),
    "repairs.finish_repair": lambda w, s: (w.repair, FinishForm(RepairResult.REPAIRED, 10)),
    "stock.stock_list": lambda w, s: (ListQuery(),),
    "stock.ledger": lambda w, s: ("DR-18", "D-GZ01" if s == "other" else "D-SH01"),
    "stock.list_part_requests": lambda w, s: (ListQuery(),),
    "stock.record_movement": lambda w, s: ("DR-18", Movement.RECEIPT, 5, Grade.NEW, "t",
                                           "D-GZ01" if s == "other" else None),
    "stock.issue_part": lambda w, s: ("DR-18", 1, "matrix", Grade.NEW,
                                      "D-GZ01" if s == "other" else None),
    "stock.transfer": lambda w, s: ("DR-18", 1, "D-GZ01" if s == "other" else "D-SH01"),
    "stock.set_minimum": lambda w, s: ("D-GZ01" if s == "other" else "D-SH01", "DR-18", 3),
    "stock.request_parts": lambda w, s: ({"DR-18": 2},),
    "stock.decide_part_request": lambda w, s: (w.part_request[s], True, "ok"),
    "figures.monthly_figures": lambda w, s: (
        f"{TODAY:%Y-%m}", "D-GZ01" if s == "other" else ""),
    "figures.figure_records": lambda w, s: (
        f"{TODAY:%Y-%m}", "returns_by_dealer", "D-GZ01" if s == "other" else "D-SH01", ""),
    "figures.figure_trend": lambda w, s: (
        f"{TODAY - timedelta(days=62):%Y-%m}", f"{TODAY:%Y-%m}",
        "D-GZ01" if s == "other" else ""),
    "service.list_cases": lambda w, s: (CaseQuery(),),
    "service.get_case": _record("case"),
    "service.unit_history": lambda w, s: ("SN-OUT-77",),
    "service.get_incident": _record("incident"),
    "service.incident_pdf": _record("incident"),
    "service.register_case": lambda w, s: (CaseForm(
        "测试客户", "DL-0705", "不亮", dealer="D-GZ01" if s == "other" else "D-SH01",
        date_code="20250610"),),
    "service.assign_case": lambda w, s: (w.case[s], "tech"),
    "service.confirm_case": _record("case"),
    "service.record_work": lambda w, s: (w.case[s], "更换驱动",
                                         (("DR-12", 1, OldPartFate.SCRAPPED),)),
    "service.link_record": lambda w, s: (w.case[s], w.repair),
    "service.complete_case": lambda w, s: (w.case[s], "正常"),
    "service.reply_case": lambda w, s: (w.case[s], "phone", "已电话答复"),
    "service.record_callback": lambda w, s: (w.case[s], True, True, "满意"),
    "service.apply_incident": lambda w, s: (w.case[s], IncidentKind.REFUND, Decimal("10"),
                                            "测试"),
    "service.decide_incident": lambda w, s: (w.incident[s], True, "同意"),
    "service.add_incident_photo": lambda w, s: (w.incident[s], "p.png", PNG),
    "service.file_part_claim": lambda w, s: ("DR-12", 1, "测试"),
    "service.add_claim_photo": lambda w, s: (w.claim[s], "p.png", PNG),
    "service.decide_part_claim": lambda w, s: (w.claim[s], True, "ok"),
    "service.write_off_claim": lambda w, s: (w.claim[s], Settle.CREDIT),
}
SKIPPED = {"inspection.add_verdict"}  # needs a counted unit: covered by tests/db/test_inspection


def _case_args(name: str, world: World, side: str) -> tuple[Any, ...]:
    return ARGS[name](world, side) if name in ARGS else ()


def _outcome(call: Callable[[], Any], name: str) -> tuple[str, Any]:
    try:
        answer = call()
    except DomainError as exc:
        return type(exc).__name__, None
    fn = USE_CASES[name].fn
    shown = wire.answer_to_json(fn, answer)
    if isinstance(answer, bytes) or name in NOT_COMPARED:
        return "ok", None
    return "ok", TIME.sub("<time>", json.dumps(shown, ensure_ascii=False, sort_keys=True))


def test_every_role_reaches_through_the_server_exactly_what_the_rules_give(
        sqlite_demo_db: Database, tmp_path: Path) -> None:
    needing = {name for name, case in USE_CASES.items() if any(
        default is inspect.Parameter.empty
        for _kind, default in wire.signature_of(case.fn).parameters.values())}
    assert needing <= set(ARGS) | SKIPPED  # every use case is in the matrix
    path = sqlite_demo_db.sqlite_path
    assert path is not None
    copy = tmp_path / "served.db"
    shutil.copyfile(path, copy)
    served_db = Database(f"sqlite:///{copy}")
    running = start_server(served_db)
    world = _world(sqlite_demo_db)
    differences, refused, leaks = [], 0, []
    try:
        for login_name in ROLES:
            local = LocalBackend(sqlite_demo_db, as_user(sqlite_demo_db, login_name))
            remote = running.login(login_name)
            for name, case in USE_CASES.items():
                if name in SKIPPED:
                    continue
                for side in ("own", "other"):
                    args = _case_args(name, world, side)
                    here = _outcome(lambda a=args, f=case.fn, b=local: b.call(f, *a), name)
                    before = data_version(served_db, SYSTEM)
                    there = _outcome(lambda a=args, f=case.fn, b=remote: b.call(f, *a),
                                     name)
                    if there != here:
                        differences.append((login_name, name, side, here[0], there[0]))
                    if there[0] != "ok":
                        refused += 1
                        if data_version(served_db, SYSTEM) != before:
                            leaks.append((login_name, name, side))
    finally:
        running.stop()
        served_db.dispose()
    assert differences == []
    assert leaks == []
    assert refused > 300  # the matrix did meet the rules, not only open doors


@pytest.mark.parametrize(("login_name", "name", "side", "refusal"), [
    ("dealer", "returns.get_request", "other", "NotFound"),
    ("dealer", "returns.labels_pdf", "other", "NotFound"),
    ("dealer", "returns.transition", "own", "NotAllowed Conflict"),
    ("dealer", "complaints.get_sheet", "other", "NotFound"),
    ("dealer", "transport.get_exception", "other", "NotFound"),
    ("dealer", "admin.save_user", "own", "NotAllowed"),
    ("dealer", "admin.update_setting", "own", "NotAllowed"),
    ("dealer", "receiving.receive_scan", "own", "NotAllowed"),
    ("dealer", "stock.record_movement", "other", "NotAllowed"),
    ("east", "returns.get_request", "other", "NotFound"),
    ("dealer", "service.get_case", "other", "NotFound"),
    ("dealer", "service.decide_incident", "own", "NotAllowed"),
    ("service", "service.decide_incident", "own", "NotAllowed"),
    ("dealer", "service.write_off_claim", "own", "NotAllowed"),
])
def test_a_dealers_desk_is_refused_what_is_not_its_own(
        served_sqlite: Any, login_name: str, name: str, side: str, refusal: str) -> None:
    world = _world(served_sqlite.db)
    remote = served_sqlite.login(login_name)
    kind, _ = _outcome(lambda: remote.call(USE_CASES[name].fn,
                                           *_case_args(name, world, side)), name)
    assert kind in refusal.split()
