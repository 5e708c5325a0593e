"""Demo return requests in every state, made through the same services a user goes through:
filing, the approval workflow, declaring boxes, scanning them in, counting."""

from __future__ import annotations

import io
import uuid
from datetime import UTC, datetime, timedelta

from desktop.core.rules.acceptance import ReturnKind
from desktop.core.rules.warranty import Claimant
from desktop.core.rules.workflow import Action, State
from desktop.core.services.access.auth import actor_of
from desktop.core.services.kernel.actor import Actor
from desktop.core.services.receiving.scan import receive_scan
from desktop.core.services.returns.filing import LineInput, add_photo, file_return
from desktop.core.services.returns.flow import transition
from desktop.core.services.returns.shipping import declare_shipment
from desktop.core.store.db import Database
from desktop.demo.inspection import inspect_demo

FAULTS = ["通电不亮", "灯光闪烁", "驱动电源烧毁", "光衰严重", "开箱外壳破裂", "色温不一致",
          "感应失灵", "部分灯珠不亮"]
PRODUCTS = ["DL-0703", "SP-0702", "PL-0701", "CL-0704", "T8-0703", "FL-0702", "RS-1003",
            "DL-0706", "SP-0705", "T8-0701"]
APPROVAL = [(Action.SUBMIT, "dealer"), (Action.REVIEW, "region"), (Action.APPROVE, "order")]

# How far each demo request goes: its workflow steps, boxes shipped and scanned in, then the
# inspection stage (None: not counted; 0 counted and being inspected … 3 closed).
PLANS: dict[State, tuple[list[tuple[Action, str]], str, int | None]] = {
    State.DRAFT: ([], "", None),
    State.SUBMITTED: (APPROVAL[:1], "", None),
    State.REVIEWED: (APPROVAL[:2], "", None),
    State.APPROVED: (APPROVAL, "", None),
    State.SHIPPED: (APPROVAL, "ship", None),
    State.RECEIVING: (APPROVAL, "part", None),
    State.RECEIVED: (APPROVAL, "all", 0),
    State.INSPECTED: (APPROVAL, "all", 1),
    State.SETTLED: (APPROVAL, "all", 2),
    State.CLOSED: (APPROVAL, "all", 3),
    State.REJECTED: ([(Action.SUBMIT, "dealer"), (Action.REJECT, "region")], "", None),
    State.CANCELLED: ([(Action.CANCEL, "dealer")], "", None),
}


def _lines(seed: int) -> list[LineInput]:
    lines = []
    for i in range(1 + seed % 3):
        code = PRODUCTS[(seed + i * 3) % len(PRODUCTS)]
        month = 1 + (seed * 5 + i) % 12
        lines.append(LineInput(
            code, 1 + (seed * 7 + i) % 12, f"2025{month:02d}", ReturnKind.QUALITY_FAULT,
            FAULTS[(seed + i) % len(FAULTS)], serial=f"SN{seed:03d}{i}",
            claimant=Claimant.DEALER, order_ref=f"SO-2025-{1000 + seed}",
            delivery_ref=f"DN-{2000 + seed + i}"))
    return lines


def _ship_and_scan(db: Database, users: dict[str, Actor], dealer: str, number: str,
                   how: str, seed: int) -> None:
    if not how:
        return
    codes = declare_shipment(db, users[dealer], number, 2 + seed % 3, "C-SF" if seed % 2
                             else "C-DB", f"SF{7000000 + seed * 13}")
    arrival = datetime.now(UTC) - timedelta(days=1 + seed % 9)
    scanned = codes[:1] if how == "part" else codes if how == "all" else []
    for code in scanned:
        receive_scan(db, users["warehouse"], code, f"demo-{uuid.uuid4().hex}", now=arrival)


def load_demo_returns(db: Database, users: dict[str, Actor]) -> None:
    """Two dealers with requests in every state, and a distributor's bound for its agent."""
    seed = 0
    for dealer, region in (("dealer", "east"), ("dealer2", "south")):
        for steps, shipping, after in PLANS.values():
            seed += 1
            number = file_return(db, users[dealer], _lines(seed), f"演示退货 {seed}")
            for action, who in steps:
                actor = users[dealer if who == "dealer" else region if who == "region" else who]
                reason = "故障描述不完整，请补充照片" if action in (
                    Action.REJECT, Action.CANCEL) else ""
                transition(db, actor, number, action, reason)
            _ship_and_scan(db, users, dealer, number, shipping, seed)
            if after is not None:
                inspect_demo(db, users, number, after, seed)
            if seed % 5 == 1:
                add_photo(db, users[dealer], number, "fault.png", demo_photo(seed), 1)
    distributor = users["distrib"]
    for forwarded in (False, True):
        seed += 1
        number = file_return(db, distributor, _lines(seed), "分销商退货")
        transition(db, distributor, number, Action.SUBMIT)
        if forwarded:
            transition(db, users["east"], number, Action.REVIEW)


def demo_photo(seed: int) -> bytes:
    """A small generated picture standing in for a photo of a faulty lamp."""
    from PIL import Image, ImageDraw

    image = Image.new("RGB", (480, 360), (235, 235, 230))
    draw = ImageDraw.Draw(image)
    draw.ellipse((140, 80, 340, 280), fill=(250, 240, 200), outline=(90, 90, 90), width=6)
    draw.line((170, 110, 310, 250), fill=(200, 40, 40), width=8)
    draw.text((20, 20), f"DEMO PHOTO {seed}", fill=(60, 60, 60))
    out = io.BytesIO()
    image.save(out, "PNG")
    return out.getvalue()


def demo_actors(db: Database) -> dict[str, Actor]:
    from sqlalchemy import select

    from desktop.core.model import User

    with db.read() as session:
        return {u.login: actor_of(u) for u in session.scalars(select(User))}
