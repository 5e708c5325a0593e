"""Shared helpers for the return request tests."""

from __future__ import annotations

from desktop.core.rules.acceptance import ReturnKind
from desktop.core.rules.workflow import Action
from desktop.core.services.kernel.actor import Actor
from desktop.core.services.returns.filing import LineInput, file_return
from desktop.core.services.returns.flow import transition
from desktop.core.store.db import Database
from tests.conftest import as_user


def good_line(code: str = "DL-0705", quantity: int = 3) -> LineInput:
    return LineInput(code, quantity, "20250610", ReturnKind.QUALITY_FAULT, "不亮")


def filed(db: Database, dealer: Actor, *lines: LineInput) -> str:
    return file_return(db, dealer, list(lines) or [good_line()])


def approved(db: Database, login: str = "dealer") -> str:
    """A request of ``login``'s dealer taken through submit, review and approval."""
    number = filed(db, as_user(db, login))
    transition(db, as_user(db, login), number, Action.SUBMIT)
    transition(db, as_user(db, "east" if login == "dealer" else "south"), number, Action.REVIEW)
    transition(db, as_user(db, "order"), number, Action.APPROVE)
    return number


def shipped(db: Database, boxes: int = 3, login: str = "dealer") -> tuple[str, list[str]]:
    """An approved request of ``login``'s dealer, shipped in ``boxes`` boxes."""
    from desktop.core.services.returns.shipping import declare_shipment

    number = approved(db, login)
    codes = declare_shipment(db, as_user(db, login), number, boxes, "C-SF", "SF1234567890")
    return number, codes


def counted(db: Database, *lines: LineInput, login: str = "dealer") -> str:
    """A request of ``login``'s dealer, shipped, every box scanned in, and counted as
    declared."""
    import uuid

    from desktop.core.services.receiving.counting import count_sheet, record_count
    from desktop.core.services.receiving.scan import receive_scan
    from desktop.core.services.returns.shipping import declare_shipment

    dealer = as_user(db, login)
    number = filed(db, dealer, *lines)
    transition(db, dealer, number, Action.SUBMIT)
    transition(db, as_user(db, "east" if login == "dealer" else "south"), number, Action.REVIEW)
    transition(db, as_user(db, "order"), number, Action.APPROVE)
    warehouse = as_user(db, "warehouse")
    for code in declare_shipment(db, dealer, number, 1, "C-SF", "SF1234567890"):
        receive_scan(db, warehouse, code, uuid.uuid4().hex)
    sheet = count_sheet(db, warehouse, number)
    record_count(db, warehouse, number, {r.product_code: r.declared for r in sheet})
    return number
