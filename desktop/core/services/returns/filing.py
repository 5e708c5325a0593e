"""Filing a return request (返修退货申请): lines checked as they are typed, drafts, photos.

The workflow after filing (submit, review, approve …) is in :mod:`return_flow`.
"""

from __future__ import annotations

import io
import json
from dataclasses import dataclass, field
from datetime import UTC, date, datetime
from decimal import Decimal

from sqlalchemy import select
from sqlalchemy.orm import Session

from desktop.core.errors import InvalidInput
from desktop.core.i18n import QT_TRANSLATE_NOOP, Message, message_from_data, message_to_data, msg
from desktop.core.model import Organisation, Product, ReturnLine, ReturnPhoto, ReturnRequest
from desktop.core.rules.acceptance import (
    Deadlines,
    Finding,
    LineFacts,
    ReturnKind,
    Severity,
    check_line,
)
from desktop.core.rules.catalogue import warranty_months
from desktop.core.rules.policy import Policy
from desktop.core.rules.roles import Capability, OrgKind
from desktop.core.rules.warranty import (
    Claimant,
    DateOf,
    LabelCondition,
    WarrantyQuestion,
    WarrantyVerdict,
    date_code_message,
    first_future_date,
    judge,
    parse_date_code,
)
from desktop.core.rules.workflow import EDITABLE, State
from desktop.core.services.kernel.actor import Actor, require
from desktop.core.services.kernel.audit import record
from desktop.core.services.kernel.lookup import check_version
from desktop.core.services.kernel.policy import read_policy
from desktop.core.services.kernel.scope import can_see, not_found
from desktop.core.store.db import Database

MAX_PHOTO_BYTES = 8 * 1024 * 1024


@dataclass(frozen=True)
class LineInput:
    product_code: str
    quantity: int
    date_code: str
    kind: ReturnKind = ReturnKind.QUALITY_FAULT
    fault: str = ""
    serial: str = ""
    claimant: Claimant = Claimant.DEALER
    purchase_date: date | None = None
    sale_date: date | None = None
    label: LabelCondition = LabelCondition.INTACT
    sample: bool = False
    installed_or_used: bool = False
    special_order: bool = False
    scrap: bool = False
    mixed_brand: bool = False
    package_opened: bool = True
    goods_received_at: datetime | None = None
    order_ref: str = ""
    delivery_ref: str = ""
    reported_at: datetime | None = None  # when the problem was reported (a complaint sheet)


@dataclass(frozen=True)
class LinePreview:
    """What the form shows beside a line while it is typed."""

    product_name: str
    unit_price: Decimal
    verdict: WarrantyVerdict | None
    findings: list[Finding] = field(default_factory=list)
    problem: Message | None = None  # the line cannot be judged yet (unknown model, bad code)

    @property
    def blocked(self) -> bool:
        return self.problem is not None or any(
            f.severity == Severity.BLOCK for f in self.findings)


def _now(now: datetime | None) -> datetime:
    return now or datetime.now(UTC)


def _evaluate(session: Session, line: LineInput, now: datetime,
              policy: Policy) -> tuple[Product | None, LinePreview]:
    product = session.scalars(
        select(Product).where(Product.code == line.product_code.strip().upper())).first()
    if product is None:
        return None, LinePreview("", Decimal(0), None, [], msg(QT_TRANSLATE_NOOP(
            "Messages", "No product model {code}."), code=line.product_code.strip()))
    try:
        produced = parse_date_code(line.date_code)
    except ValueError:
        return product, LinePreview(product.name, product.unit_price, None, [],
                                    date_code_message(line.date_code))
    future = first_future_date({
        DateOf.PRODUCTION: produced, DateOf.PURCHASE: line.purchase_date,
        DateOf.SALE: line.sale_date, DateOf.RECEIPT: line.goods_received_at},
        now.astimezone())
    if future is not None:  # a typo, not a warranty until 2101: nothing is judged or filed
        return product, LinePreview(product.name, product.unit_price, None, [], future.message)
    verdict = judge(WarrantyQuestion(
        warranty_months(policy, product.category), produced, now.astimezone().date(),
        Claimant(line.claimant), line.purchase_date, line.sale_date,
        LabelCondition(line.label)))
    facts = LineFacts(
        ReturnKind(line.kind), product.is_whole_lamp,
        product.discontinued_on is not None and product.discontinued_on <= now.astimezone().date(),
        line.sample, line.installed_or_used, line.special_order, line.scrap, line.mixed_brand,
        line.package_opened, line.goods_received_at)
    deadlines = Deadlines(policy.complaint_report_hours, policy.own_mistake_report_days)
    findings = check_line(facts, verdict, line.reported_at or now, deadlines)
    return product, LinePreview(product.name, product.unit_price, verdict, findings)


def preview_line(db: Database, actor: Actor, line: LineInput,
                 now: datetime | None = None) -> LinePreview:
    """The warranty verdict and the acceptance findings of one line (no write)."""
    del actor
    with db.read() as session:
        return _evaluate(session, line, _now(now), read_policy(session))[1]


def _set_lines(session: Session, request: ReturnRequest, lines: list[LineInput],
               now: datetime) -> None:
    policy = read_policy(session)
    request.lines.clear()
    session.flush()
    for number, line in enumerate(lines, start=1):
        if line.quantity < 1:
            raise InvalidInput(msg(QT_TRANSLATE_NOOP(
                "Messages", "Line {line}: the quantity must be at least 1."), line=number),
                "lines")
        product, preview = _evaluate(session, line, now, policy)
        if product is None or preview.verdict is None:
            assert preview.problem is not None
            raise InvalidInput(msg(QT_TRANSLATE_NOOP("Messages", "Line {line}: {problem}"),
                                   line=number, problem=preview.problem), "lines")
        request.lines.append(_line_row(number, line, product, preview))
    request.line_count = len(lines)
    request.total_quantity = sum(line.quantity for line in lines)
    request.total_value = sum((row.unit_price * row.quantity for row in request.lines),
                              Decimal(0))


def _line_row(number: int, line: LineInput, product: Product, preview: LinePreview) -> ReturnLine:
    verdict = preview.verdict
    assert verdict is not None
    return ReturnLine(
        line_no=number, product_id=product.id, quantity=line.quantity,
        date_code=line.date_code.strip(), production_date=parse_date_code(line.date_code),
        serial=line.serial.strip(), fault=line.fault.strip(), kind=ReturnKind(line.kind),
        claimant=Claimant(line.claimant), purchase_date=line.purchase_date,
        sale_date=line.sale_date, label=LabelCondition(line.label), sample=line.sample,
        installed_or_used=line.installed_or_used, special_order=line.special_order,
        scrap=line.scrap, mixed_brand=line.mixed_brand, package_opened=line.package_opened,
        goods_received_at=line.goods_received_at, order_ref=line.order_ref.strip(),
        delivery_ref=line.delivery_ref.strip(), reported_at=line.reported_at,
        in_warranty=verdict.in_warranty,
        warranty_end=verdict.end, unit_price=product.unit_price,
        warnings=findings_to_json(preview.findings))


def findings_to_json(findings: list[Finding]) -> str:
    return json.dumps([{"severity": f.severity.value, "rule": f.rule,
                        "message": message_to_data(f.message)} for f in findings],
                      ensure_ascii=False)


def findings_from_json(text: str) -> list[Finding]:
    return [Finding(Severity(item["severity"]), item["rule"],
                    message_from_data(item["message"])) for item in json.loads(text or "[]")]


def file_return(db: Database, actor: Actor, lines: list[LineInput], note: str = "",
                now: datetime | None = None) -> str:
    """A new draft request of the actor's organisation; returns its number."""
    require(actor, Capability.RETURNS_OWN)
    at = _now(now)
    with db.write() as session:
        dealer = session.get(Organisation, actor.org_id)
        assert dealer is not None
        agent = dealer.parent_id if dealer.kind == OrgKind.DISTRIBUTOR else None
        request = ReturnRequest(
            number=f"TMP-{actor.user_id}-{at.timestamp()}", dealer_org_id=dealer.id,
            region_id=_region_of(session, dealer), agent_org_id=agent, state=State.DRAFT,
            note=note.strip(), created_by=actor.login, created_at=at, version=1)
        session.add(request)
        _set_lines(session, request, lines, at)
        session.flush()
        request.number = f"R{at:%y%m}{request.id:06d}"
        record(session, actor, "return.create", "return_request", request.number,
               f"{request.number}: {request.line_count} lines, {request.total_quantity} pcs")
        session.commit()
        return request.number


def _region_of(session: Session, dealer: Organisation) -> int | None:
    if dealer.region_id is not None:
        return dealer.region_id
    parent = session.get(Organisation, dealer.parent_id) if dealer.parent_id else None
    return parent.region_id if parent is not None else None


def update_draft(db: Database, actor: Actor, number: str, lines: list[LineInput], note: str,
                 shown_version: int | None, now: datetime | None = None) -> None:
    """Revise a draft or a rejected request (before it is submitted again)."""
    require(actor, Capability.RETURNS_OWN)
    with db.write() as session:
        request = load_for_update(session, actor, number)
        check_version(request.version, shown_version)
        if request.state not in EDITABLE or request.dealer_org_id != actor.org_id:
            raise InvalidInput(msg(QT_TRANSLATE_NOOP(
                "Messages", "Request {number} can no longer be changed ({state})."),
                number=number, state=request.state.value))
        _set_lines(session, request, lines, _now(now))
        request.note = note.strip()
        request.version += 1
        record(session, actor, "return.edit", "return_request", number,
               f"{number}: {request.line_count} lines, {request.total_quantity} pcs")
        session.commit()


def load_for_update(session: Session, actor: Actor, number: str) -> ReturnRequest:
    """The request, locked for this transaction, if the actor may see it."""
    request = session.scalars(select(ReturnRequest).where(ReturnRequest.number == number)
                              .with_for_update()).first()
    if request is None or not can_see(actor, request):
        raise not_found(number)
    return request


def add_photo(db: Database, actor: Actor, number: str, filename: str, data: bytes,
              line_no: int | None = None) -> int:
    """Store a photo (JPEG or PNG) with a thumbnail; returns its id."""
    thumbnail, mime = make_thumbnail(data)
    with db.write() as session:
        request = load_for_update(session, actor, number)
        photo = ReturnPhoto(request_id=request.id, line_no=line_no, filename=filename[:200],
                            mime=mime, data=data, thumbnail=thumbnail, added_by=actor.login)
        session.add(photo)
        session.flush()
        record(session, actor, "return.photo", "return_request", number, filename)
        session.commit()
        return photo.id


def make_thumbnail(data: bytes) -> tuple[bytes, str]:
    """A 160-pixel PNG thumbnail and the photo's type; anything not a photo is refused."""
    from PIL import Image, UnidentifiedImageError

    if len(data) > MAX_PHOTO_BYTES:
        raise InvalidInput(msg(QT_TRANSLATE_NOOP(
            "Messages", "A photo may be at most {mb} MB."), mb=MAX_PHOTO_BYTES // 2**20), "photo")
    try:
        image = Image.open(io.BytesIO(data))
        image.load()
    except (UnidentifiedImageError, OSError) as exc:
        raise InvalidInput(msg(QT_TRANSLATE_NOOP(
            "Messages", "This file is not a photo ReturnDesk can read (JPEG or PNG).")),
            "photo") from exc
    mime = Image.MIME.get(image.format or "", "application/octet-stream")
    image.thumbnail((160, 160))
    out = io.BytesIO()
    image.convert("RGB").save(out, "PNG")
    return out.getvalue(), mime
