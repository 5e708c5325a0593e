"""《客诉质量异常联络单》 as a PDF (F1)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from desktop.core.services.kernel.actor import Actor
from desktop.core.services.kernel.files import write_pdf
from desktop.core.store.db import Database


def complaint_sheet_pdf(db: Database, actor: Actor, number: str) -> bytes:
    """《客诉质量异常联络单》 with the order department's answer once there is one."""
    from reports.complaint_sheet import render_complaint_sheet

    return render_complaint_sheet(complaint_sheet_data(db, actor, number))


def complaint_sheet_data(db: Database, actor: Actor, number: str) -> Any:
    from desktop.core.services.complaints.sheets import get_sheet
    from reports.complaint_sheet import ComplaintSheetForm

    d = get_sheet(db, actor, number)
    return ComplaintSheetForm(
        d.row.number, d.row.org_name, d.org_code, d.order_ref,
        d.row.received_at.astimezone().strftime("%Y-%m-%d %H:%M"),
        d.filed_at.astimezone().strftime("%Y-%m-%d %H:%M"), d.row.kind.value, d.unused,
        d.package_opened, d.description, d.lines,
        d.row.answer.value if d.row.answer else "", d.answer_note, d.row.return_number,
        d.photos)


def print_complaint_sheet(db: Database, actor: Actor, number: str, path: Path) -> Path:
    return write_pdf(path, complaint_sheet_pdf(db, actor, number))
