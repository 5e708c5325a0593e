"""A small world built by hand for the figures tests, and the people who look at it.

March 2026 (UTC; the tests pin the time zone) holds what each figure counts, with records just
outside the month, cancelled or open, to show they are left out.  The expected numbers are
worked out by hand in the tests from the comments here.
"""

from __future__ import annotations

from datetime import UTC, date, datetime
from decimal import Decimal
from typing import Any

from sqlalchemy.orm import Session

from desktop.core.model import (
    ComplaintLine,
    ComplaintSheet,
    InspectionItem,
    Organisation,
    Part,
    Product,
    RepairOrder,
    RepairPart,
    ReturnLine,
    ReturnRequest,
    Settlement,
    TransportException,
)
from desktop.core.rules.acceptance import ReturnKind
from desktop.core.rules.catalogue import PartKind, ProductCategory
from desktop.core.rules.complaints import Answer, ComplaintKind, SheetState
from desktop.core.rules.inspection import NotCovered, Verdict
from desktop.core.rules.roles import OrgKind, Role
from desktop.core.rules.stock import Grade, RepairResult
from desktop.core.rules.transport import Decision, ExceptionKind, ExceptionState
from desktop.core.rules.warranty import Claimant, LabelCondition
from desktop.core.rules.workflow import State
from desktop.core.services.kernel.actor import Actor
from desktop.core.store.db import Database

NOW = datetime(2026, 4, 20, 12, 0, tzinfo=UTC)


def at(day: str, clock: str = "10:00") -> datetime:
    return datetime.fromisoformat(f"{day}T{clock}").replace(tzinfo=UTC)


class World:
    def __init__(self, db: Database) -> None:
        self.db = db
        self.orgs: dict[str, Organisation] = {}
        self.products: dict[str, Product] = {}
        self.parts: dict[str, Part] = {}
        self.requests: dict[str, ReturnRequest] = {}

    def actor(self, role: Role, org: str, login: str = "someone") -> Actor:
        o = self.orgs[org]
        return Actor(1, login, login, role, o.id, o.code, o.name, o.kind, o.region_id)

    def org(self, s: Session, code: str, kind: OrgKind, name: str,
            parent: str | None = None, region: str | None = None) -> None:
        o = Organisation(code=code, name=name, kind=kind,
                         parent_id=self.orgs[parent].id if parent else None,
                         region_id=self.orgs[region].id if region else None)
        s.add(o)
        s.flush()
        if kind == OrgKind.REGION:
            o.region_id = o.id  # a region is its own region, as the admin pages save it
        self.orgs[code] = o

    def request(self, s: Session, number: str, dealer: str, state: State, lines: list[Any],
                submitted: str | None = None, **stamps: Any) -> None:
        d = self.orgs[dealer]
        r = ReturnRequest(number=number, dealer_org_id=d.id, region_id=d.region_id,
                          state=state, created_by="d",
                          submitted_at=at(submitted) if submitted else None, **stamps)
        for line_no, (model, quantity, kind, in_warranty) in enumerate(lines, start=1):
            p = self.products[model]
            r.lines.append(ReturnLine(
                line_no=line_no, product_id=p.id, quantity=quantity, kind=kind,
                production_date=date(2025, 6, 1), claimant=Claimant.DEALER,
                label=LabelCondition.INTACT, in_warranty=in_warranty,
                warranty_end=date(2028, 6, 1), unit_price=p.unit_price))
        s.add(r)
        s.flush()
        self.requests[number] = r


def build(db: Database) -> World:
    w = World(db)
    with db.write() as s:
        _organisations(w, s)
        _catalogue(w, s)
        _returns(w, s)
        _inspection_and_settlement(w, s)
        _repairs(w, s)
        _transport(w, s)
        _complaints(w, s)
        s.commit()
    return w


def _organisations(w: World, s: Session) -> None:
    w.org(s, "HQ", OrgKind.HQ, "总部")
    w.org(s, "R-EAST", OrgKind.REGION, "华东区", "HQ")
    w.org(s, "R-SOUTH", OrgKind.REGION, "华南区", "HQ")
    w.org(s, "D-A", OrgKind.DEALER, "甲经销商", "R-EAST", "R-EAST")
    w.org(s, "D-B", OrgKind.DEALER, "乙经销商", "R-EAST", "R-EAST")
    w.org(s, "D-C", OrgKind.DEALER, "丙经销商", "R-SOUTH", "R-SOUTH")
    w.org(s, "AG-1", OrgKind.AGENT, "丁代理商", "R-SOUTH", "R-SOUTH")
    w.org(s, "C-SF", OrgKind.CARRIER, "顺丰速运")
    w.org(s, "C-DB", OrgKind.CARRIER, "德邦物流")


def _catalogue(w: World, s: Session) -> None:
    for code, name, category, price in (
            ("M1", "筒灯", ProductCategory.LIGHTING, "10.00"),
            ("M2", "硬灯条", ProductCategory.RIGID_STRIP, "20.00")):
        w.products[code] = Product(code=code, name=name, category=category,
                                   unit_price=Decimal(price))
        s.add(w.products[code])
    for part_no, price in (("P1", "2.50"), ("P2", "4.00")):
        w.parts[part_no] = Part(part_no=part_no, name=f"配件{part_no}", kind=PartKind.DRIVER,
                                category=ProductCategory.LIGHTING, unit_price=Decimal(price))
        s.add(w.parts[part_no])
    s.flush()


def _returns(w: World, s: Session) -> None:
    q, f, m, o = (ReturnKind.QUALITY_FAULT, ReturnKind.FAILED_ON_OPENING,
                  ReturnKind.NOT_MATCHING_ORDER, ReturnKind.OWN_MISTAKE)
    # Returns submitted in March: R1, R2 (D-A), R3 (D-B).  R4 is cancelled, R5 is April's.
    w.request(s, "R1", "D-A", State.CLOSED, [("M1", 3, q, True), ("M2", 2, f, True)],
              "2026-03-02", arrived_on=date(2026, 3, 3), due_on=date(2026, 3, 10),
              finished_at=at("2026-03-09", "08:00"))
    w.request(s, "R2", "D-A", State.SETTLED, [("M1", 5, m, False)], "2026-03-15",
              arrived_on=date(2026, 3, 16), due_on=date(2026, 3, 23),
              finished_at=at("2026-03-24", "09:00"))
    w.request(s, "R3", "D-B", State.SUBMITTED, [("M2", 1, q, True)], "2026-03-31")
    w.request(s, "R4", "D-C", State.CANCELLED, [("M1", 4, o, True)], "2026-03-10")
    w.request(s, "R5", "D-C", State.RECEIVING, [("M1", 1, q, True)], "2026-04-01")
    # Arrived in March, submitted in February: R6 open past due, R7 open within its time,
    # R8 a distributor's return to its agent (not HQ's promise).
    w.request(s, "R6", "D-B", State.INSPECTED, [("M2", 2, q, True)], "2026-02-28",
              arrived_on=date(2026, 3, 2), due_on=date(2026, 3, 9))
    w.request(s, "R7", "D-C", State.RECEIVED, [("M1", 1, q, True)], "2026-02-20",
              arrived_on=date(2026, 3, 30), due_on=date(2026, 4, 25))
    w.request(s, "R8", "D-C", State.RECEIVED, [("M1", 1, q, True)], "2026-02-10",
              arrived_on=date(2026, 3, 5), due_on=date(2026, 3, 12),
              agent_org_id=w.orgs["AG-1"].id)


def _item(w: World, request: str, model: str, quantity: int, verdict: Verdict, day: str,
          reason: NotCovered | None = None) -> InspectionItem:
    p = w.products[model]
    return InspectionItem(request_id=w.requests[request].id, product_id=p.id, quantity=quantity,
                          verdict=verdict, reason=reason, unit_price=p.unit_price,
                          inspected_by="tech1", inspected_at=at(day))


def _inspection_and_settlement(w: World, s: Session) -> None:
    s.add_all([
        _item(w, "R1", "M1", 3, Verdict.DEFECT, "2026-03-05"),
        _item(w, "R1", "M2", 1, Verdict.SAFETY, "2026-03-05"),
        _item(w, "R1", "M2", 1, Verdict.NO_FAULT, "2026-03-05"),
        _item(w, "R2", "M1", 4, Verdict.HUMAN_DAMAGE, "2026-03-18"),
        _item(w, "R2", "M1", 1, Verdict.NOT_COVERED, "2026-03-18", NotCovered.STORAGE),
        _item(w, "R6", "M2", 2, Verdict.OUT_OF_WARRANTY, "2026-04-02"),  # April
    ])
    zero = Decimal(0)
    s.add_all([
        Settlement(request_id=w.requests["R1"].id, credit=Decimal("30.00"), exchange_units=1,
                   repaired_units=0, returned_units=1, fees=zero, penalty=zero,
                   freight_reimbursed=True, freight_bill=Decimal("40.00"),
                   freight_paid=Decimal("35.50"), turnover_charge=Decimal("12.00"),
                   turnover_reason="M2: P1 held 0 of 5, not requested", settled_by="order",
                   settled_at=at("2026-03-09")),
        Settlement(request_id=w.requests["R2"].id, credit=zero, exchange_units=0,
                   repaired_units=0, returned_units=5, fees=zero, penalty=Decimal("100.00"),
                   disqualify=True, settled_by="order", settled_at=at("2026-03-24")),
    ])


def _repair(w: World, number: str, model: str, request: str | None, finished: str | None,
            result: RepairResult, *, quantity: int = 1, in_warranty: bool = True,
            minutes: int = 0, fee: str = "0", technician: str = "tech1") -> RepairOrder:
    return RepairOrder(
        number=number, product_id=w.products[model].id, quantity=quantity,
        request_id=w.requests[request].id if request else None, in_warranty=in_warranty,
        technician=technician, minutes=minutes, result=result, fee=Decimal(fee),
        opened_at=at("2026-03-01"), finished_at=at(finished) if finished else None)


def _repairs(w: World, s: Session) -> None:
    done, broken = RepairResult.REPAIRED, RepairResult.NOT_REPAIRABLE
    w1 = _repair(w, "W1", "M1", "R1", "2026-03-05", done, minutes=30)
    w2 = _repair(w, "W2", "M2", None, "2026-03-20", done, in_warranty=False, minutes=20,
                 fee="15.00", technician="tech2")
    w3 = _repair(w, "W3", "M1", "R2", "2026-03-25", broken, quantity=2, minutes=45, fee="5.00")
    w4 = _repair(w, "W4", "M1", "R1", None, RepairResult.OPEN, minutes=99)
    w5 = _repair(w, "W5", "M1", "R1", "2026-04-01", done, minutes=99)
    p1, p2 = w.parts["P1"].id, w.parts["P2"].id
    w1.parts.append(RepairPart(part_id=p1, grade=Grade.NEW, quantity=2))
    w2.parts.append(RepairPart(part_id=p1, grade=Grade.REFURBISHED, quantity=1))
    w2.parts.append(RepairPart(part_id=p2, grade=Grade.NEW, quantity=1))
    w5.parts.append(RepairPart(part_id=p2, grade=Grade.NEW, quantity=7))
    s.add_all([w1, w2, w3, w4, w5])


def _exception(w: World, number: str, org: str, carrier: str | None, kind: ExceptionKind,
               state: ExceptionState, reported: date, decision: Decision | None = None,
               amount: str | None = None) -> TransportException:
    o = w.orgs[org]
    return TransportException(
        number=number, org_id=o.id, region_id=o.region_id, kind=kind, state=state,
        carrier_org_id=w.orgs[carrier].id if carrier else None, received_on=reported,
        reported_on=reported, decision=decision, amount=Decimal(amount) if amount else None,
        created_by="d")


def _transport(w: World, s: Session) -> None:
    x, st = ExceptionKind, ExceptionState
    s.add_all([
        _exception(w, "X1", "D-A", "C-SF", x.DAMAGE, st.DECIDED, date(2026, 3, 3),
                   Decision.FULL_CREDIT, "80.00"),
        _exception(w, "X2", "D-A", "C-SF", x.LOSS, st.LATE, date(2026, 3, 12)),
        _exception(w, "X3", "D-C", "C-DB", x.SHORTAGE, st.DECIDED, date(2026, 3, 31),
                   Decision.EXCHANGE),
        _exception(w, "X4", "D-B", None, x.MASS_BREAKAGE, st.RECORDED, date(2026, 3, 20)),
        _exception(w, "X5", "D-A", "C-SF", x.LOSS, st.RECORDED, date(2026, 2, 27)),
    ])


def _sheet(w: World, number: str, org: str, kind: ComplaintKind, filed: datetime,
           answered: datetime | None, lines: list[tuple[str, int]]) -> ComplaintSheet:
    o = w.orgs[org]
    sheet = ComplaintSheet(
        number=number, org_id=o.id, region_id=o.region_id, received_at=filed, filed_at=filed,
        kind=kind, state=SheetState.ANSWERED if answered else SheetState.FILED,
        answer=Answer.EXCHANGE if answered else None, answered_at=answered, created_by="d")
    for line_no, (model, quantity) in enumerate(lines, start=1):
        sheet.lines.append(ComplaintLine(line_no=line_no, product_id=w.products[model].id,
                                         quantity=quantity))
    return sheet


def _complaints(w: World, s: Session) -> None:
    k = ComplaintKind
    s.add_all([
        _sheet(w, "C1", "D-A", k.QUALITY, at("2026-03-03", "08:00"),
               at("2026-03-03", "20:00"), [("M1", 2)]),                    # 12 h: in time
        _sheet(w, "C2", "D-A", k.NOT_MATCHING, at("2026-03-10", "08:00"),
               at("2026-03-12", "08:00"), [("M1", 1), ("M2", 3)]),         # 48 h: late
        _sheet(w, "C3", "D-C", k.OWN_MISTAKE, at("2026-03-31", "20:00"), None,
               [("M2", 1)]),                                               # unanswered
        _sheet(w, "C4", "D-B", k.QUALITY, at("2026-02-28", "08:00"), None, [("M1", 9)]),
    ])
