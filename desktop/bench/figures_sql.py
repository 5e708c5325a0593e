"""The month's figures written by hand in SQL: the baseline of the figures bench.

The queries a person would write for the same tables (a GROUP BY per table, one total per set
of records counted the same way), run through the driver with no SQLAlchemy in between."""

from __future__ import annotations

import re
from typing import Any

RETURNS = """FROM return_line l JOIN return_request r ON r.id = l.request_id {join}
WHERE r.state <> 'cancelled' AND r.submitted_at >= :start AND r.submitted_at < :end"""
RETURNS_SUMS = """COUNT(DISTINCT r.id), COALESCE(SUM(l.quantity), 0),
COALESCE(SUM(l.quantity * l.unit_price), 0),
COALESCE(SUM(CASE WHEN l.in_warranty THEN l.quantity ELSE 0 END), 0)"""
INSPECTED = """FROM inspection_item i JOIN return_request r ON r.id = i.request_id {join}
WHERE i.inspected_at >= :start AND i.inspected_at < :end"""
VERDICT_SUMS = """COALESCE(SUM(i.quantity), 0),
COALESCE(SUM(CASE WHEN i.verdict IN ('defect', 'safety') THEN i.quantity ELSE 0 END), 0),
COALESCE(SUM(CASE WHEN i.verdict = 'no_fault' THEN i.quantity ELSE 0 END), 0),
COALESCE(SUM(CASE WHEN i.verdict = 'human_damage' THEN i.quantity ELSE 0 END), 0),
COALESCE(SUM(CASE WHEN i.verdict IN ('not_covered', 'not_accepted') THEN i.quantity ELSE 0 END),
         0),
COALESCE(SUM(CASE WHEN i.verdict = 'out_of_warranty' THEN i.quantity ELSE 0 END), 0)"""
ARRIVED = """FROM return_request r {join}
WHERE r.agent_org_id IS NULL AND r.state <> 'cancelled'
AND r.arrived_on >= :start_day AND r.arrived_on < :end_day"""
FINISHED = "r.state IN ('settled', 'closed') AND r.finished_at IS NOT NULL"
COMPLETION_SUMS = f"""COUNT(r.id),
COUNT(CASE WHEN ({FINISHED}) OR r.due_on < :today THEN r.id END),
COUNT(CASE WHEN {FINISHED} AND {{finished_on}} <= r.due_on THEN r.id END),
COUNT(CASE WHEN {FINISHED} AND {{finished_on}} > r.due_on THEN r.id END),
COUNT(CASE WHEN NOT ({FINISHED}) AND r.due_on < :today THEN r.id END),
COUNT(CASE WHEN NOT ({FINISHED}) AND NOT (r.due_on < :today) THEN r.id END)"""
REPORTED = """FROM transport_exception x {join}
WHERE x.reported_on >= :start_day AND x.reported_on < :end_day"""
LATE = "x.state = 'late' OR x.late_reason <> ''"
CREDITED = "COALESCE(SUM(CASE WHEN x.decision = 'full_credit' THEN x.amount ELSE 0 END), 0)"
CARRIER_SUMS = ("COUNT(x.id), "
                + ", ".join(f"COUNT(CASE WHEN x.kind = '{k}' THEN x.id END)" for k in (
                    "loss", "shortage", "wrong_goods", "damage", "mass_breakage"))
                + f", COUNT(CASE WHEN {LATE} THEN x.id END), {CREDITED}")
KIND_SUMS = f"COUNT(x.id), COUNT(CASE WHEN {LATE} THEN x.id END), {CREDITED}"
REPAIRS = """FROM repair_order o LEFT JOIN return_request r ON r.id = o.request_id {join}
WHERE o.result <> 'open' AND o.finished_at >= :start AND o.finished_at < :end"""
REPAIR_SUMS = """COUNT(o.id), COALESCE(SUM(o.quantity), 0), COALESCE(SUM(o.minutes), 0),
COALESCE(SUM(o.fee), 0), COUNT(CASE WHEN o.result = 'repaired' THEN o.id END),
COUNT(CASE WHEN o.result = 'not_repairable' THEN o.id END),
COUNT(CASE WHEN o.in_warranty THEN o.id END),
COUNT(CASE WHEN o.in_warranty AND o.fee = 0 THEN o.id END)"""
PARTS = """FROM repair_part rp JOIN repair_order o ON o.id = rp.repair_id
JOIN part pt ON pt.id = rp.part_id LEFT JOIN return_request r ON r.id = o.request_id
WHERE o.result <> 'open' AND o.finished_at >= :start AND o.finished_at < :end"""
PART_SUMS = """COALESCE(SUM(rp.quantity), 0),
COALESCE(SUM(CASE WHEN rp.grade = 'refurbished' THEN rp.quantity ELSE 0 END), 0),
COUNT(DISTINCT o.id), COALESCE(SUM(rp.quantity * pt.unit_price), 0)"""
SHEETS = """FROM complaint_sheet s {join}
WHERE s.filed_at >= :start AND s.filed_at < :end"""
SHEET_SUMS = """COUNT(s.id), COUNT(CASE WHEN s.answered_at IS NOT NULL THEN s.id END),
COUNT(CASE WHEN s.answered_at IS NOT NULL OR s.filed_at < :cutoff THEN s.id END),
COUNT(CASE WHEN s.answered_at IS NOT NULL AND {hours} <= :hours THEN s.id END)"""
SHEET_LINES = """FROM complaint_line cl JOIN complaint_sheet s ON s.id = cl.sheet_id {join}
WHERE s.filed_at >= :start AND s.filed_at < :end"""
SETTLED = """FROM settlement t JOIN return_request r ON r.id = t.request_id {join}
WHERE t.settled_at >= :start AND t.settled_at < :end"""
MONEY_SUMS = """COUNT(t.request_id), COALESCE(SUM(t.credit), 0),
COALESCE(SUM(t.exchange_units), 0), COALESCE(SUM(t.fees), 0), COALESCE(SUM(t.penalty), 0),
COUNT(CASE WHEN t.penalty_waiver <> '' THEN t.request_id END),
COUNT(CASE WHEN t.freight_reimbursed THEN t.request_id END), COALESCE(SUM(t.freight_paid), 0),
COALESCE(SUM(t.turnover_charge), 0),
COUNT(CASE WHEN t.disqualify THEN t.request_id END)"""

DEALER = "JOIN organisation d ON d.id = {column}"
REGION = "LEFT JOIN organisation g ON g.id = {column}"
PRODUCT = "JOIN product p ON p.id = {column}"
CARRIER = "LEFT JOIN organisation c ON c.id = x.carrier_org_id"


def _grouped(base: str, sums: str, join: str, keys: str) -> str:
    return f"SELECT {keys}, {sums} {base.format(join=join)} GROUP BY {keys}"


def _total(base: str, sums: str) -> str:
    return f"SELECT {sums} {base.format(join='')}"


def queries(dialect: str, offset: int) -> list[str]:
    """Every query of the month's figures, as a person would write them for ``dialect``."""
    if dialect == "sqlite":
        finished_on = f"date(r.finished_at, '{offset:+d} minutes')"
        hours = "((julianday(s.answered_at) - julianday(s.filed_at)) * 24.0)"
    else:
        finished_on = f"CAST(timezone('UTC', r.finished_at) + interval '{offset} minutes' AS DATE)"
        hours = "(EXTRACT(EPOCH FROM (s.answered_at - s.filed_at)) / 3600.0)"
    completion = COMPLETION_SUMS.format(finished_on=finished_on)
    sheets = SHEET_SUMS.format(hours=hours)
    return [
        _grouped(RETURNS, RETURNS_SUMS, DEALER.format(column="r.dealer_org_id"), "d.code, d.name"),
        _grouped(RETURNS, RETURNS_SUMS, REGION.format(column="r.region_id"), "g.code, g.name"),
        _grouped(RETURNS, RETURNS_SUMS, PRODUCT.format(column="l.product_id"), "p.code, p.name"),
        _grouped(RETURNS, RETURNS_SUMS, PRODUCT.format(column="l.product_id"), "p.category"),
        _grouped(RETURNS, RETURNS_SUMS, "", "l.kind"),
        _total(RETURNS, RETURNS_SUMS),
        _grouped(INSPECTED, VERDICT_SUMS, PRODUCT.format(column="i.product_id"),
                 "p.code, p.name"),
        _total(INSPECTED, VERDICT_SUMS),
        _grouped(INSPECTED, "COALESCE(SUM(i.quantity), 0), COUNT(DISTINCT r.id)", "",
                 "i.verdict"),
        _total(INSPECTED, "COALESCE(SUM(i.quantity), 0), COUNT(DISTINCT r.id)"),
        _grouped(ARRIVED, completion, DEALER.format(column="r.dealer_org_id"), "d.code, d.name"),
        _grouped(ARRIVED, completion, REGION.format(column="r.region_id"), "g.code, g.name"),
        _total(ARRIVED, completion),
        _grouped(REPORTED, CARRIER_SUMS, CARRIER, "c.code, c.name"),
        _total(REPORTED, CARRIER_SUMS),
        _grouped(REPORTED, KIND_SUMS, "", "x.kind"),
        _total(REPORTED, KIND_SUMS),
        _grouped(REPAIRS, REPAIR_SUMS, PRODUCT.format(column="o.product_id"), "p.code, p.name"),
        _grouped(REPAIRS, REPAIR_SUMS, "", "o.technician"),
        _total(REPAIRS, REPAIR_SUMS),
        _grouped(PARTS, PART_SUMS, "", "pt.part_no, pt.name"),
        _total(PARTS, PART_SUMS),
        _grouped(SHEETS, sheets, "", "s.kind"),
        _grouped(SHEETS, sheets, DEALER.format(column="s.org_id"), "d.code, d.name"),
        _total(SHEETS, sheets),
        _grouped(SHEET_LINES, "COUNT(DISTINCT s.id), COALESCE(SUM(cl.quantity), 0)",
                 PRODUCT.format(column="cl.product_id"), "p.code, p.name"),
        _total(SHEET_LINES, "COUNT(DISTINCT s.id), COALESCE(SUM(cl.quantity), 0)"),
        _grouped(SETTLED, MONEY_SUMS, DEALER.format(column="r.dealer_org_id"), "d.code, d.name"),
        _total(SETTLED, MONEY_SUMS),
    ]


def run(connection: Any, dialect: str, sql: list[str], params: dict[str, Any]) -> int:
    """Run the queries on a driver connection; the number of rows they gave."""
    rows = 0
    cursor = connection.cursor()
    for statement in sql:
        if dialect != "sqlite":
            statement = re.sub(r":(\w+)", r"%(\1)s", statement)
        cursor.execute(statement, params)
        rows += len(cursor.fetchall())
    cursor.close()
    return rows
