"""《产品运输异常记录表》 as a PDF (F1)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from desktop.core.services.kernel.actor import Actor
from desktop.core.services.kernel.files import write_pdf
from desktop.core.store.db import Database


def transport_record_pdf(db: Database, actor: Actor, number: str) -> bytes:
    """《产品运输异常记录表》 for the carrier to sign, with the decision once there is one."""
    from reports.transport_record import render_transport_record

    return render_transport_record(transport_record_data(db, actor, number))


def transport_record_data(db: Database, actor: Actor, number: str) -> Any:
    from desktop.core.services.transport.exceptions import get_exception
    from reports.transport_record import TransportRecord

    d = get_exception(db, actor, number)
    row = d.row
    return TransportRecord(
        row.number, row.org_name, d.org_code, d.reference, d.carrier, d.waybill,
        row.received_on.isoformat(), row.reported_on.isoformat(), row.kind.value,
        d.signer_name, d.carrier_signed, d.responsible_party, d.description, d.lines,
        row.state.value, row.decision.value if row.decision else "",
        f"{row.amount:.2f}" if row.amount is not None else "", d.decision_note,
        f"逾期报告，订单部已受理：{d.late_reason}" if d.late_reason else
        ("逾期报告（X1），待订单部决定是否受理" if row.state.value == "late" else ""),
        [thumbnail for _id, _name, thumbnail, _signed in d.photos], d.direction.value)


def print_transport_record(db: Database, actor: Actor, number: str, path: Path) -> Path:
    return write_pdf(path, transport_record_pdf(db, actor, number))
