"""A unit's history (by serial, or by model + date code) and the earlier repairs that make a
case "first repair did not fix" or "repeated repairs did not fix" (C3).

Every query here runs on an index: ``serial`` and ``(product_id, date_code)`` of return lines,
repair orders and service cases (migration 0008)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Any

from sqlalchemy import and_, select
from sqlalchemy.orm import Session

from desktop.core.errors import InvalidInput
from desktop.core.i18n import QT_TRANSLATE_NOOP, msg
from desktop.core.model import (
    InspectionItem,
    Part,
    Product,
    RepairOrder,
    RepairPart,
    ReturnLine,
    ReturnRequest,
    ServiceCase,
)
from desktop.core.rules.roles import Capability
from desktop.core.rules.service import split_unit_key
from desktop.core.rules.stock import RepairResult
from desktop.core.services.kernel.actor import Actor, require
from desktop.core.services.kernel.scope import request_scope
from desktop.core.services.service.common import case_scope
from desktop.core.store.db import Database


@dataclass(frozen=True)
class Unit:
    product_id: int
    serial: str
    date_code: str

    def matches(self, model: Any) -> Any:
        """The WHERE clause for this unit on a table with serial, product_id and date_code."""
        if self.serial:
            return model.serial == self.serial
        return and_(model.product_id == self.product_id, model.date_code == self.date_code)

    @property
    def known(self) -> bool:
        return bool(self.serial or self.date_code)


@dataclass(frozen=True)
class UnitEvent:
    at: datetime
    kind: str  # return, inspection, repair, case
    status: str  # the return kind, the verdict, the repair result, the case state (a value)
    number: str
    model: str
    summary: str


@dataclass(frozen=True)
class UnitHistory:
    key: str
    serial: str
    model: str
    date_code: str
    events: list[UnitEvent]


def earlier_repairs(session: Session, unit: Unit, before: datetime, days: int,
                    exclude_case: int | None = None) -> list[str]:
    """Completed repairs of ``unit`` within ``days`` before ``before``: repair orders and
    completed service cases, oldest first."""
    if not unit.known:
        return []
    since = before - timedelta(days=days)
    repairs = session.execute(select(RepairOrder.finished_at, RepairOrder.number).where(
        unit.matches(RepairOrder), RepairOrder.result == RepairResult.REPAIRED,
        RepairOrder.finished_at >= since, RepairOrder.finished_at <= before)).all()
    cases = select(ServiceCase.completed_at, ServiceCase.number).where(
        unit.matches(ServiceCase), ServiceCase.completed_at >= since,
        ServiceCase.completed_at <= before)
    if exclude_case is not None:
        cases = cases.where(ServiceCase.id != exclude_case)
    found = [*repairs, *session.execute(cases).all()]
    return [number for _at, number in sorted(found)]


def _unit_of(session: Session, key: str) -> tuple[Unit, str]:
    models = dict(session.execute(select(Product.code, Product.id)).all())
    serial, model, code = split_unit_key(key, frozenset(models))
    if not serial and not model:
        raise InvalidInput(msg(QT_TRANSLATE_NOOP(
            "Messages", "Type a serial number, or a model and its date code (DL-0705 2506).")),
            "key")
    return Unit(models.get(model, 0), serial, code), model


def unit_history(db: Database, actor: Actor, key: str) -> UnitHistory:
    """Every return line, inspection verdict, repair with its parts and service case of one
    unit, oldest first (what the actor may see of them)."""
    require(actor, Capability.UNIT_HISTORY)
    with db.read() as session:
        unit, model = _unit_of(session, key)
        codes = dict(session.execute(select(Product.id, Product.code)).all())
        events = [*_returns(session, actor, unit, codes), *_repairs(session, unit, codes),
                  *_cases(session, actor, unit, codes)]
        events += _inspections(session, unit, codes, {e.number for e in events
                                                      if e.kind == "return"})
    events.sort(key=lambda e: (e.at, e.kind, e.number))
    return UnitHistory(key.strip(), unit.serial, model, unit.date_code, events)


def _returns(session: Session, actor: Actor, unit: Unit,
             codes: dict[int, str]) -> list[UnitEvent]:
    stmt = select(ReturnLine, ReturnRequest.number, ReturnRequest.created_at).join(
        ReturnRequest, ReturnRequest.id == ReturnLine.request_id).where(unit.matches(ReturnLine))
    scope = request_scope(actor)
    if scope is not None:
        stmt = stmt.where(scope)
    return [UnitEvent(at, "return", line.kind.value, number, codes.get(line.product_id, ""),
                      f"×{line.quantity} {line.fault}")
            for line, number, at in session.execute(stmt).all()]


def _inspections(session: Session, unit: Unit, codes: dict[int, str],
                 requests: set[str]) -> list[UnitEvent]:
    """The verdicts given on the returns this unit came back in (same model)."""
    if not requests:
        return []
    rows = session.execute(select(InspectionItem, ReturnRequest.number).join(
        ReturnRequest, ReturnRequest.id == InspectionItem.request_id).where(
        ReturnRequest.number.in_(requests))).all()
    return [UnitEvent(item.inspected_at, "inspection", item.verdict.value, number,
                      codes.get(item.product_id, ""), f"×{item.quantity} {item.note}".strip())
            for item, number in rows
            if not unit.product_id or item.product_id == unit.product_id]


def _repairs(session: Session, unit: Unit, codes: dict[int, str]) -> list[UnitEvent]:
    orders = session.scalars(select(RepairOrder).where(unit.matches(RepairOrder))).all()
    if not orders:
        return []
    parts = session.execute(select(RepairPart.repair_id, Part.part_no, RepairPart.quantity)
                            .join(Part, Part.id == RepairPart.part_id)
                            .where(RepairPart.repair_id.in_([o.id for o in orders]))).all()
    used: dict[int, list[str]] = {}
    for repair_id, part_no, quantity in parts:
        used.setdefault(repair_id, []).append(f"{part_no} ×{quantity}")
    return [UnitEvent(o.finished_at or o.opened_at, "repair", o.result.value, o.number,
                      codes.get(o.product_id, ""),
                      o.fault_found + (f"; {', '.join(used[o.id])}" if o.id in used else ""))
            for o in orders]


def _cases(session: Session, actor: Actor, unit: Unit,
           codes: dict[int, str]) -> list[UnitEvent]:
    stmt = select(ServiceCase).where(unit.matches(ServiceCase))
    scope = case_scope(actor)
    if scope is not None:
        stmt = stmt.where(scope)
    return [UnitEvent(c.registered_at, "case", c.state.value, c.number,
                      codes.get(c.product_id, ""), c.fault) for c in session.scalars(stmt)]
