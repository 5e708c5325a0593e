"""The figures bench's data: 1,000,000 return requests with their lines over two years of
months, and the verdicts, settlements, repairs, transport exceptions and complaint sheets that
go with them, inserted in bulk (Core executemany in chunks).  Deterministic (a seeded random)."""

from __future__ import annotations

import random
from collections.abc import Iterator
from datetime import UTC, date, datetime, timedelta
from decimal import Decimal
from typing import Any

from sqlalchemy import Table, insert, select

CHUNK = 20_000
DEALERS, REGIONS, MODELS, PARTS, CARRIERS = 200, 8, 50, 30, 5
INDEXES = (  # what the figures' month conditions use (see the report: not a migration here)
    ("ix_bench_return_request_submitted_at", "return_request", "submitted_at"),
    ("ix_bench_return_request_arrived_on", "return_request", "arrived_on"),
    ("ix_bench_inspection_item_inspected_at", "inspection_item", "inspected_at"),
    ("ix_bench_settlement_settled_at", "settlement", "settled_at"),
    ("ix_bench_transport_exception_reported_on", "transport_exception", "reported_on"),
    ("ix_bench_complaint_sheet_filed_at", "complaint_sheet", "filed_at"),
)


def months_back(last: date, count: int) -> date:
    """The first day of the month ``count`` months before ``last``'s."""
    index = last.year * 12 + last.month - 1 - count
    return date(index // 12, index % 12 + 1, 1)


def _chunks(rows: Iterator[dict[str, Any]]) -> Iterator[list[dict[str, Any]]]:
    chunk: list[dict[str, Any]] = []
    for row in rows:
        chunk.append(row)
        if len(chunk) == CHUNK:
            yield chunk
            chunk = []
    if chunk:
        yield chunk


def _put(db: Any, table: Table, rows: Iterator[dict[str, Any]]) -> int:
    count = 0
    for chunk in _chunks(rows):
        with db.engine.begin() as connection:
            connection.execute(insert(table), chunk)
        count += len(chunk)
    return count


def _reference(db: Any) -> dict[str, list[int]]:
    """Regions, dealers, carriers, models and parts, made once."""
    from desktop.core.rules.catalogue import PartKind, ProductCategory
    from desktop.core.rules.roles import OrgKind

    org, product, part = _table("Organisation"), _table("Product"), _table("Part")
    with db.engine.begin() as c:
        c.execute(insert(org), [{"code": "BHQ", "name": "总部", "kind": OrgKind.HQ}])
        c.execute(insert(org), [{"code": f"BR-{i}", "name": f"区域{i}", "kind": OrgKind.REGION}
                                for i in range(REGIONS)])
        regions = list(c.scalars(select(org.c.id).where(org.c.kind == OrgKind.REGION)))
        c.execute(org.update().where(org.c.kind == OrgKind.REGION).values(region_id=org.c.id))
        c.execute(insert(org), [{"code": f"BD-{i:04d}", "name": f"经销商{i:04d}照明",
                                 "kind": OrgKind.DEALER, "parent_id": regions[i % REGIONS],
                                 "region_id": regions[i % REGIONS]} for i in range(DEALERS)])
        c.execute(insert(org), [{"code": f"BC-{i}", "name": f"物流{i}", "kind": OrgKind.CARRIER}
                                for i in range(CARRIERS)])
        c.execute(insert(product), [
            {"code": f"BM-{i:03d}", "name": f"灯具{i:03d}", "unit_price": Decimal(20 + i),
             "category": ProductCategory.RIGID_STRIP if i % 5 == 0 else ProductCategory.LIGHTING}
            for i in range(MODELS)])
        c.execute(insert(part), [
            {"part_no": f"BP-{i:03d}", "name": f"配件{i:03d}", "kind": PartKind.DRIVER,
             "category": ProductCategory.LIGHTING, "unit_price": Decimal(3 + i)}
            for i in range(PARTS)])
        dealers = c.execute(select(org.c.id, org.c.region_id).where(
            org.c.kind == OrgKind.DEALER).order_by(org.c.id)).all()
        return {"dealers": [d.id for d in dealers], "regions": [d.region_id for d in dealers],
                "carriers": list(c.scalars(select(org.c.id).where(
                    org.c.kind == OrgKind.CARRIER).order_by(org.c.id))),
                "models": list(c.scalars(select(product.c.id).order_by(product.c.id))),
                "parts": list(c.scalars(select(part.c.id).order_by(part.c.id)))}


def fill(db: Any, requests: int, last_month: date) -> dict[str, int]:
    """``requests`` return requests spread over the 24 months up to ``last_month``."""
    ref = _reference(db)
    start = datetime.combine(months_back(last_month, 23), datetime.min.time(), UTC)
    span = (datetime.combine(months_back(last_month, -1), datetime.min.time(), UTC)
            - start).total_seconds()
    counts = {"return_request": _put(db, _table("ReturnRequest"),
                                     _requests(ref, requests, start, span))}
    counts["return_line"] = _put(db, _table("ReturnLine"), _lines(ref, requests))
    counts["inspection_item"] = _put(db, _table("InspectionItem"), _items(ref, requests, start,
                                                                          span))
    counts["settlement"] = _put(db, _table("Settlement"), _settlements(requests, start, span))
    counts["repair_order"] = _put(db, _table("RepairOrder"), _repairs(ref, requests, start,
                                                                      span))
    counts["repair_part"] = _put(db, _table("RepairPart"), _repair_parts(ref, requests))
    counts["transport_exception"] = _put(db, _table("TransportException"),
                                         _exceptions(ref, requests, start, span))
    counts["complaint_sheet"] = _put(db, _table("ComplaintSheet"),
                                     _sheets(ref, requests, start, span))
    counts["complaint_line"] = _put(db, _table("ComplaintLine"), _sheet_lines(ref, requests))
    return counts


def _table(name: str) -> Table:
    import desktop.core.model as model

    table = getattr(model, name).__table__
    assert isinstance(table, Table)
    return table


def _when(rng: random.Random, start: datetime, span: float) -> datetime:
    return start + timedelta(seconds=rng.random() * span)


def _requests(ref: dict[str, list[int]], count: int, start: datetime,
              span: float) -> Iterator[dict[str, Any]]:
    from desktop.core.rules.workflow import State

    rng = random.Random(1)
    states = [State.CLOSED] * 5 + [State.SETTLED, State.INSPECTED, State.RECEIVED,
                                   State.SUBMITTED, State.CANCELLED]
    for i in range(count):
        d = i % DEALERS
        submitted = _when(rng, start, span)
        arrived = (submitted + timedelta(days=3 + i % 5)).date()
        state = states[i % len(states)]
        finished = submitted + timedelta(days=5 + i % 9) if state in (State.CLOSED,
                                                                     State.SETTLED) else None
        yield {"number": f"B{i:09d}", "dealer_org_id": ref["dealers"][d],
               "region_id": ref["regions"][d], "state": state, "created_by": "bench",
               "created_at": submitted, "submitted_at": submitted,
               "arrived_on": arrived if state != State.SUBMITTED else None,
               "due_on": arrived + timedelta(days=7) if state != State.SUBMITTED else None,
               "finished_at": finished, "line_count": 1 + i % 2, "total_quantity": 3,
               "total_value": Decimal(60), "version": 1}


def _lines(ref: dict[str, list[int]], count: int) -> Iterator[dict[str, Any]]:
    from desktop.core.rules.acceptance import ReturnKind
    from desktop.core.rules.warranty import Claimant, LabelCondition

    kinds = list(ReturnKind)
    for i in range(count):
        for line_no in range(1, 2 + i % 2):
            yield {"request_id": i + 1, "line_no": line_no,
                   "product_id": ref["models"][(i * 7 + line_no) % MODELS],
                   "quantity": 1 + (i + line_no) % 4, "kind": kinds[(i + line_no) % len(kinds)],
                   "production_date": date(2025, 1, 1), "claimant": Claimant.DEALER,
                   "label": LabelCondition.INTACT, "in_warranty": i % 7 != 0,
                   "warranty_end": date(2028, 1, 1), "unit_price": Decimal(20 + i % 30)}


def _items(ref: dict[str, list[int]], count: int, start: datetime,
           span: float) -> Iterator[dict[str, Any]]:
    from desktop.core.rules.inspection import Verdict

    rng = random.Random(2)
    verdicts = [Verdict.DEFECT] * 4 + [Verdict.NO_FAULT, Verdict.HUMAN_DAMAGE,
                                       Verdict.OUT_OF_WARRANTY, Verdict.SAFETY]
    for i in range(0, count, 5):
        for k in range(3):
            yield {"request_id": i + 1 + k, "product_id": ref["models"][(i + k) % MODELS],
                   "quantity": 1 + k, "verdict": verdicts[(i + k) % len(verdicts)],
                   "unit_price": Decimal(25), "inspected_by": "bench",
                   "inspected_at": _when(rng, start, span)}


def _settlements(count: int, start: datetime, span: float) -> Iterator[dict[str, Any]]:
    rng = random.Random(3)
    for i in range(0, count, 2):
        yield {"request_id": i + 1, "credit": Decimal(40 + i % 50), "exchange_units": i % 3,
               "repaired_units": 0, "returned_units": 1, "fees": Decimal(i % 4),
               "penalty": Decimal(100) if i % 97 == 0 else Decimal(0), "settled_by": "bench",
               "freight_reimbursed": i % 11 == 0,
               "freight_bill": Decimal(60) if i % 11 == 0 else None,
               "freight_paid": Decimal(60) if i % 22 == 0 else None,
               "turnover_charge": Decimal(30) if i % 13 == 0 else Decimal(0),
               "turnover_reason": "M: P held 0 of 5, not requested" if i % 13 == 0 else "",
               "settled_at": _when(rng, start, span)}


def _repairs(ref: dict[str, list[int]], count: int, start: datetime,
             span: float) -> Iterator[dict[str, Any]]:
    from desktop.core.rules.stock import RepairResult

    rng = random.Random(4)
    for i in range(count // 10):
        yield {"number": f"BW{i:08d}", "request_id": i * 10 + 1 if i % 4 else None,
               "product_id": ref["models"][i % MODELS], "quantity": 1 + i % 2,
               "in_warranty": i % 3 != 0, "technician": f"tech{i % 6}", "minutes": 10 + i % 50,
               "result": RepairResult.REPAIRED if i % 9 else RepairResult.NOT_REPAIRABLE,
               "fee": Decimal(0) if i % 3 else Decimal(30), "version": 1,
               "opened_at": start, "finished_at": _when(rng, start, span)}


def _repair_parts(ref: dict[str, list[int]], count: int) -> Iterator[dict[str, Any]]:
    from desktop.core.rules.stock import Grade

    for i in range(count // 10):
        yield {"repair_id": i + 1, "part_id": ref["parts"][i % PARTS],
               "grade": Grade.NEW if i % 5 else Grade.REFURBISHED, "quantity": 1 + i % 3}


def _exceptions(ref: dict[str, list[int]], count: int, start: datetime,
                span: float) -> Iterator[dict[str, Any]]:
    from desktop.core.rules.transport import Decision, ExceptionKind, ExceptionState

    rng = random.Random(5)
    kinds = list(ExceptionKind)
    for i in range(count // 20):
        day = _when(rng, start, span).date()
        d = i % DEALERS
        yield {"number": f"BX{i:08d}", "org_id": ref["dealers"][d],
               "region_id": ref["regions"][d], "kind": kinds[i % len(kinds)],
               "carrier_org_id": ref["carriers"][i % CARRIERS] if i % 7 else None,
               "received_on": day, "reported_on": day, "created_by": "bench", "version": 1,
               "state": ExceptionState.DECIDED if i % 3 else ExceptionState.LATE,
               "decision": Decision.FULL_CREDIT if i % 3 == 1 else None,
               "amount": Decimal(80) if i % 3 == 1 else None}


def _sheets(ref: dict[str, list[int]], count: int, start: datetime,
            span: float) -> Iterator[dict[str, Any]]:
    from desktop.core.rules.complaints import ComplaintKind, SheetState

    rng = random.Random(6)
    kinds = list(ComplaintKind)
    for i in range(count // 20):
        filed = _when(rng, start, span)
        d = i % DEALERS
        yield {"number": f"BS{i:08d}", "org_id": ref["dealers"][d],
               "region_id": ref["regions"][d], "received_at": filed, "filed_at": filed,
               "kind": kinds[i % len(kinds)], "state": SheetState.ANSWERED,
               "answered_at": filed + timedelta(hours=4 + i % 40), "created_by": "bench",
               "version": 1}


def _sheet_lines(ref: dict[str, list[int]], count: int) -> Iterator[dict[str, Any]]:
    for i in range(count // 20):
        yield {"sheet_id": i + 1, "line_no": 1, "product_id": ref["models"][i % MODELS],
               "quantity": 1 + i % 5}


def add_indexes(db: Any) -> None:
    from sqlalchemy import text

    with db.engine.begin() as connection:
        for name, table, column in INDEXES:
            connection.execute(text(f"CREATE INDEX IF NOT EXISTS {name} ON {table} ({column})"))
        connection.execute(text("ANALYZE"))
