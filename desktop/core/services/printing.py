"""Printing to PDF: the same file from the screen and from the command line (F1)."""

from __future__ import annotations

from datetime import date, datetime
from pathlib import Path
from typing import Any

from desktop.core.i18n import QT_TRANSLATE_NOOP, Conflict, DomainError, msg
from desktop.core.services.context import Actor
from desktop.core.services.shipping import label_data
from desktop.core.store.db import Database
from reports.authorisation import AuthorisedLine, ReturnAuthorisation


class CannotWrite(DomainError):
    """The PDF could not be written; nothing was left behind."""


def write_pdf(path: Path, data: bytes) -> Path:
    from reports.output import write_atomically

    try:
        return write_atomically(path, data)
    except OSError as exc:
        raise CannotWrite(msg(QT_TRANSLATE_NOOP(
            "Messages", "Cannot write {path}: {reason}. Nothing was written; choose another "
            "folder or free some space."), path=str(path), reason=exc.strerror or str(exc))) \
            from exc


def labels_pdf(db: Database, actor: Actor, number: str, a4: bool = False) -> bytes:
    from reports.labels import render_labels

    return render_labels(label_data(db, actor, number), a4)


def print_labels(db: Database, actor: Actor, number: str, path: Path,
                 a4: bool = False) -> Path:
    """The box labels of ``number`` as a PDF at ``path`` (100×150 mm, or A4 sheets)."""
    return write_pdf(path, labels_pdf(db, actor, number, a4))


AUTHORISED = frozenset({"approved", "forwarded_to_agent", "shipped", "receiving", "received",
                        "inspected", "settled", "closed"})


def return_authorisation_pdf(db: Database, actor: Actor, number: str) -> bytes:
    """返修退货授权单 of an approved request (A1): refused before approval."""
    from reports.authorisation import render_return_authorisation

    return render_return_authorisation(return_authorisation_data(db, actor, number))


def print_return_authorisation(db: Database, actor: Actor, number: str, path: Path) -> Path:
    return write_pdf(path, return_authorisation_pdf(db, actor, number))


def return_authorisation_data(db: Database, actor: Actor, number: str) -> ReturnAuthorisation:
    from sqlalchemy import select

    from desktop.core.model import AuditEntry, Organisation, ReturnRequest
    from desktop.core.services.policy import read_policy
    from desktop.core.services.return_query import get_request
    from desktop.core.services.shipping import destination_of

    detail = get_request(db, actor, number)
    if detail.row.state.value not in AUTHORISED:
        raise Conflict(msg(QT_TRANSLATE_NOOP(
            "Messages", "Request {number} is not approved ({state}); there is nothing to "
            "authorise yet."), number=number, state=detail.row.state.value))
    with db.read() as session:
        request = session.scalars(
            select(ReturnRequest).where(ReturnRequest.number == number)).one()
        dealer = session.get(Organisation, request.dealer_org_id)
        region = session.get(Organisation, request.region_id) if request.region_id else None
        carrier = session.get(Organisation, request.carrier_org_id) \
            if request.carrier_org_id else None
        destination = destination_of(session, request)
        approval = session.scalars(select(AuditEntry).where(
            AuditEntry.entity_id == number,
            AuditEntry.action.in_(["return.approve", "return.review"]))
            .order_by(AuditEntry.id.desc())).first()
        days = read_policy(session)["returns.completion_working_days"]
    assert dealer is not None
    return ReturnAuthorisation(
        number, dealer.name, dealer.code, dealer.contact_person, dealer.phone,
        region.name if region else "", destination.name, destination.address,
        approval.at.astimezone().strftime("%Y-%m-%d") if approval else "",
        approval.login if approval else "", request.box_count,
        carrier.name if carrier else "", request.waybill, request.total_quantity, request.note,
        days, [AuthorisedLine(
            line.line_no, line.product_code, line.product_name, line.quantity, line.date_code,
            line.kind.value, line.fault,
            ("至 " if line.in_warranty else "过保 ") + line.warranty_end.isoformat())
            for line in detail.lines])


def transport_record_pdf(db: Database, actor: Actor, number: str) -> bytes:
    """《产品运输异常记录表》 for the carrier to sign, with the decision once there is one."""
    from reports.transport_record import render_transport_record

    return render_transport_record(transport_record_data(db, actor, number))


def transport_record_data(db: Database, actor: Actor, number: str) -> Any:
    from desktop.core.services.transport import get_exception
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


def complaint_sheet_pdf(db: Database, actor: Actor, number: str) -> bytes:
    """《客诉质量异常联络单》 with the order department's answer once there is one."""
    from reports.complaint_sheet import render_complaint_sheet

    return render_complaint_sheet(complaint_sheet_data(db, actor, number))


def complaint_sheet_data(db: Database, actor: Actor, number: str) -> Any:
    from desktop.core.services.complaints import get_sheet
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


RESULT_TEXT = {"open": "进行中", "repaired": "已修复", "not_repairable": "不可修"}


def repair_report_data(db: Database, actor: Actor, day: date) -> Any:
    """R5: the repairs finished on ``day`` (local time), as the daily report prints them."""
    from desktop.core.services.listing import ListQuery
    from desktop.core.services.repairs import list_repairs
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
