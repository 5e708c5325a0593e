"""S2 at settlement: a dealer bears the cost of a whole-lamp exchange or credit when it lacked
the turnover parts that would have repaired the lamp.

How it is known: HQ sets the turnover stock a dealer must keep of a part (``stock_minimum``);
the parts a model takes are its ``product_part`` rows.  For every model of the request
settled by exchange or credit, a part with a minimum at the dealer counts as lacking when the
dealer held fewer than the minimum when the return was filed (its balance then, read back from
the ledger) and had not asked for that part before filing (a part request submitted or
approved).  A dealer that asked in time is not charged, whatever HQ did with the request.
The charge is the policy's percentage of those units' value; 0 % switches it off."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from decimal import Decimal

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from desktop.core.model import (
    InspectionItem,
    Part,
    PartRequest,
    PartRequestLine,
    Product,
    ProductPart,
    ReturnRequest,
    StockBalance,
    StockMinimum,
    StockMovement,
)
from desktop.core.rules.inspection import Remedy
from desktop.core.rules.stock import PartRequestState, signed

WHOLE_LAMP = (Remedy.EXCHANGE, Remedy.CREDIT)


@dataclass(frozen=True)
class Lacking:
    product_code: str
    part_no: str
    held: int  # when the return was filed
    minimum: int


@dataclass(frozen=True)
class TurnoverCharge:
    amount: Decimal
    lacking: tuple[Lacking, ...]

    @property
    def text(self) -> str:
        """The reason in the audit trail (English, as the audit's summaries are)."""
        return "; ".join(f"{lack.product_code}: {lack.part_no} held {lack.held} of "
                         f"{lack.minimum}, not requested" for lack in self.lacking)


def _held_at_filing(session: Session, request: ReturnRequest, part_id: int) -> int:
    now = session.scalar(select(func.coalesce(func.sum(StockBalance.quantity), 0)).where(
        StockBalance.location_id == request.dealer_org_id, StockBalance.part_id == part_id))
    since = session.execute(select(StockMovement.kind, StockMovement.quantity).where(
        StockMovement.location_id == request.dealer_org_id, StockMovement.part_id == part_id,
        StockMovement.at >= request.created_at)).all()
    return int(now or 0) - sum(signed(kind, quantity) for kind, quantity in since)


def _requested_before(session: Session, request: ReturnRequest, part_id: int) -> bool:
    return session.scalar(select(func.count()).select_from(PartRequestLine).join(
        PartRequest, PartRequest.id == PartRequestLine.request_id).where(
        PartRequest.dealer_org_id == request.dealer_org_id, PartRequestLine.part_id == part_id,
        PartRequest.state != PartRequestState.REJECTED,
        PartRequest.created_at <= request.created_at)) != 0


def _lacking(session: Session, request: ReturnRequest, product_id: int) -> list[Lacking]:
    rows = session.execute(
        select(Product.code, Part.part_no, Part.id, StockMinimum.minimum)
        .join(ProductPart, ProductPart.product_id == Product.id)
        .join(Part, Part.id == ProductPart.part_id)
        .join(StockMinimum, (StockMinimum.part_id == Part.id)
              & (StockMinimum.location_id == request.dealer_org_id))
        .where(Product.id == product_id, StockMinimum.minimum > 0)
        .order_by(Part.part_no)).all()
    found = []
    for code, part_no, part_id, minimum in rows:
        held = _held_at_filing(session, request, part_id)
        if held < minimum and not _requested_before(session, request, part_id):
            found.append(Lacking(code, part_no, held, minimum))
    return found


def turnover_charge(session: Session, request: ReturnRequest, remedies: Sequence[Remedy | None],
                    percent: int) -> TurnoverCharge:
    """What S2 charges the dealer for the whole lamps exchanged or credited in ``remedies``
    (one per inspection item, in id order)."""
    items = session.scalars(select(InspectionItem).where(
        InspectionItem.request_id == request.id).order_by(InspectionItem.id)).all()
    if percent <= 0:
        return TurnoverCharge(Decimal(0), ())
    value, lacking = Decimal(0), list[Lacking]()
    seen: dict[int, list[Lacking]] = {}
    for item, remedy in zip(items, remedies, strict=True):
        if remedy not in WHOLE_LAMP:
            continue
        if item.product_id not in seen:
            seen[item.product_id] = _lacking(session, request, item.product_id)
            lacking += seen[item.product_id]
        if seen[item.product_id]:
            value += item.unit_price * item.quantity
    amount = (value * percent / 100).quantize(Decimal("0.01"))
    return TurnoverCharge(amount, tuple(lacking))
