"""The daily repair report (维修日报, R5)."""

from __future__ import annotations

from datetime import date, datetime
from pathlib import Path
from typing import Any

from desktop.core.services.kernel.actor import Actor
from desktop.core.services.kernel.files import write_pdf
from desktop.core.store.db import Database

RESULT_TEXT = {"open": "进行中", "repaired": "已修复", "not_repairable": "不可修"}


def repair_report_data(db: Database, actor: Actor, day: date) -> Any:
    """R5: the repairs finished on ``day`` (local time), as the daily report prints them."""
    from desktop.core.services.kernel.listing import ListQuery
    from desktop.core.services.repairs.orders import list_repairs
    from reports.repair_report import RepairLine, RepairReportForm

    rows = list_repairs(db, actor, ListQuery(limit=100_000), day)
    return RepairReportForm(day.isoformat(), datetime.now().strftime("%Y-%m-%d %H:%M"),
                            actor.display_name, [RepairLine(
        r.number, r.product_code, " ".join(p for p in (r.serial, r.date_code) if p)
        + f" ×{r.quantity}", r.fault_found, r.parts, r.technician, r.minutes,
        RESULT_TEXT[r.result.value], f"{r.fee:.2f}" if r.fee else "—")
        for r in reversed(rows)])


def repair_report_pdf(db: Database, actor: Actor, day: date) -> bytes:
    from reports.repair_report import render_repair_report

    return render_repair_report(repair_report_data(db, actor, day))


def print_repair_report(db: Database, actor: Actor, day: date, path: Path) -> Path:
    return write_pdf(path, repair_report_pdf(db, actor, day))
