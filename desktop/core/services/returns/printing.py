"""The box labels and the return authorisation (L1, F1)."""

from __future__ import annotations

from pathlib import Path

from desktop.core.errors import Conflict
from desktop.core.i18n import QT_TRANSLATE_NOOP, msg
from desktop.core.services.kernel.actor import Actor
from desktop.core.services.kernel.files import write_pdf
from desktop.core.services.returns.shipping import label_data
from desktop.core.store.db import Database
from reports.authorisation import AuthorisedLine, ReturnAuthorisation


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

    from desktop.core.model import AuditEntry, Organisation, ReturnRequest, User
    from desktop.core.services.kernel.policy import read_policy
    from desktop.core.services.returns.query import get_request
    from desktop.core.services.returns.shipping import destination_of

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
        approver = session.scalar(select(User.display_name).where(
            User.login == approval.login)) if approval else None  # a person, not a login
        days = read_policy(session).returns_completion_working_days
    assert dealer is not None
    return ReturnAuthorisation(
        number, dealer.name, dealer.code, dealer.contact_person, dealer.phone,
        region.name if region else "", destination.name, destination.address,
        approval.at.astimezone().strftime("%Y-%m-%d") if approval else "",
        approver or (approval.login if approval else ""), request.box_count,
        carrier.name if carrier else "", request.waybill, request.total_quantity, request.note,
        days, [AuthorisedLine(
            line.line_no, line.product_code, line.product_name, line.quantity, line.date_code,
            line.kind.value, line.fault,
            ("至 " if line.in_warranty else "过保 ") + line.warranty_end.isoformat())
            for line in detail.lines])
