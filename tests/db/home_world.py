"""A small world built by hand for the day's-work counts: the demo's organisations, users,
catalogue and calendar, and only the records made here (so every count can be worked by hand).

What it holds (T = today, policy: boxes missing after 3 days, sheets answered within 24 h):

- returns: A submitted (dealer, east), B submitted (dealer2, south), C reviewed (dealer),
  D receiving with 1 of 3 boxes since T-4 (dealer), E receiving with 1 of 2 boxes since T-3
  (dealer2, not yet missing), F received and counted, due T-10 (dealer, overdue, with a repair
  quote waiting), G received and counted, due T+5 (dealer2)
- complaint sheets: filed 30 h ago by dealer and by dealer2 (late), 2 h ago by dealer (in time),
  one answered (none)
- transport records: two recorded (dealer, dealer2), one decided
- part requests: dealer two (one decided), dealer2 one
- turnover minimums: dealer DR-12 5 (none held: a gap), dealer LS-COB-07 2 (2 held: none),
  dealer2 DR-07 1 (a gap)
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta
from decimal import Decimal

from sqlalchemy import update

from desktop.core.model import ReturnRequest
from desktop.core.rules.complaints import Answer, ComplaintKind
from desktop.core.rules.inspection import Verdict, VerdictInput
from desktop.core.rules.stock import Movement
from desktop.core.rules.transport import Decision, ExceptionKind
from desktop.core.rules.workflow import Action
from desktop.core.services.complaints.sheets import SheetForm, answer_sheet, file_sheet
from desktop.core.services.inspection.verdicts import add_verdict
from desktop.core.services.kernel.actor import SYSTEM
from desktop.core.services.receiving.scan import receive_scan
from desktop.core.services.returns.flow import transition
from desktop.core.services.returns.shipping import declare_shipment
from desktop.core.services.stock.ledger import record_movement, transfer
from desktop.core.services.stock.part_requests import decide_part_request, request_parts
from desktop.core.services.stock.query import set_minimum
from desktop.core.services.transport.exceptions import ExceptionForm, decide, record_exception
from desktop.core.store.db import Database
from tests.conftest import as_user
from tests.db.returns_helpers import counted, filed, good_line

# What each demo person's first screen counts in this world, worked by hand.
EXPECTED: dict[str, dict[str, int]] = {
    "dealer": {"quotes": 1, "stock_gaps": 1, "part_requests": 1},
    "dealer2": {"quotes": 0, "stock_gaps": 1, "part_requests": 1},
    "east": {"reviews": 1},
    "south": {"reviews": 1},
    "order": {"approvals": 1, "sheets_late": 2, "sheets_due": 1, "transport": 2, "overdue": 1},
    "warehouse": {"missing_boxes": 1, "overdue": 1},
    "tech": {"overdue": 1, "stock_gaps": 2},
    "service": {"part_requests": 2, "stock_gaps": 2},
    "manager": {"overdue": 1, "approvals": 1, "missing_boxes": 1},
    "admin": {},
}


@dataclass(frozen=True)
class World:
    today: date
    numbers: dict[str, str]  # "A" … "G": the return requests above


def bare_world(db: Database) -> None:
    """The demo's organisations, catalogue, calendar and people, and no records."""
    from desktop import demo

    demo._bootstrap_hq(db)
    demo._orgs(db, SYSTEM)
    demo._catalogue(db, SYSTEM)
    demo._calendar(db, SYSTEM)
    demo._users(db)


def build_day(db: Database) -> World:
    bare_world(db)
    today = datetime.now(UTC).astimezone().date()
    numbers = _returns(db, today)
    _sheets(db)
    _transport(db, today)
    _stock(db)
    return World(today, numbers)


def _set(db: Database, number: str, **values: object) -> None:
    with db.write() as session:
        session.execute(update(ReturnRequest).where(ReturnRequest.number == number)
                        .values(**values))
        session.commit()


def _receiving(db: Database, login: str, boxes: int, region: str) -> str:
    dealer = as_user(db, login)
    number = filed(db, dealer)
    transition(db, dealer, number, Action.SUBMIT)
    transition(db, as_user(db, region), number, Action.REVIEW)
    transition(db, as_user(db, "order"), number, Action.APPROVE)
    codes = declare_shipment(db, dealer, number, boxes, "C-SF", "SF1234567890")
    receive_scan(db, as_user(db, "warehouse"), codes[0], uuid.uuid4().hex)
    return number


def _returns(db: Database, today: date) -> dict[str, str]:
    dealer, dealer2 = as_user(db, "dealer"), as_user(db, "dealer2")
    a, b, c = filed(db, dealer), filed(db, dealer2), filed(db, dealer)
    for number, who in ((a, dealer), (b, dealer2), (c, dealer)):
        transition(db, who, number, Action.SUBMIT)
    transition(db, as_user(db, "east"), c, Action.REVIEW)
    d = _receiving(db, "dealer", 3, "east")
    e = _receiving(db, "dealer2", 2, "south")
    f = counted(db, good_line("DL-0705", 2))
    g = counted(db, good_line("DL-0705", 1), login="dealer2")
    add_verdict(db, as_user(db, "tech"), f, "DL-0705", VerdictInput(
        Verdict.OUT_OF_WARRANTY, 1, repairable=True, fee=Decimal("30")))
    later = today + timedelta(days=30)
    for number in (d, e, g):
        _set(db, number, due_on=later)
    _set(db, d, arrived_on=today - timedelta(days=4))
    _set(db, e, arrived_on=today - timedelta(days=3))
    _set(db, f, due_on=today - timedelta(days=10))
    return dict(zip("ABCDEFG", (a, b, c, d, e, f, g), strict=True))


def _sheet(hours_ago: float) -> SheetForm:
    return SheetForm(ComplaintKind.NOT_MATCHING, datetime.now(UTC) - timedelta(hours=hours_ago),
                     (("T8-0702", 6, "订 18W 到货 12W"),), "SO-2026-5521")


def _sheets(db: Database) -> None:
    dealer, dealer2, order = (as_user(db, n) for n in ("dealer", "dealer2", "order"))
    now = datetime.now(UTC)
    file_sheet(db, dealer, _sheet(31), now - timedelta(hours=30))
    file_sheet(db, dealer2, _sheet(31), now - timedelta(hours=30))
    file_sheet(db, dealer, _sheet(3), now - timedelta(hours=2))
    answered = file_sheet(db, dealer, _sheet(3), now - timedelta(hours=2))
    answer_sheet(db, order, answered, Answer.CREDIT, "已冲帐")


def _shortage(received: date) -> ExceptionForm:
    return ExceptionForm(ExceptionKind.SHORTAGE, received, (("DL-0705", 4),), "SO-2026-1188",
                         "C-DB", "DB5566", "少 4 件", "司机 李强", True)


def _transport(db: Database, today: date) -> None:
    dealer, dealer2, order = (as_user(db, n) for n in ("dealer", "dealer2", "order"))
    record_exception(db, dealer, _shortage(today), today=today)
    record_exception(db, dealer2, _shortage(today), today=today)
    done = record_exception(db, dealer, _shortage(today), today=today)
    decide(db, order, done, Decision.FULL_CREDIT, "184.00")


def _stock(db: Database) -> None:
    service, dealer, dealer2 = (as_user(db, n) for n in ("service", "dealer", "dealer2"))
    for part in ("DR-12", "LS-COB-07", "DR-07"):
        record_movement(db, service, part, Movement.RECEIPT, 100)
    transfer(db, service, "LS-COB-07", 2, "D-SH01")
    set_minimum(db, service, "D-SH01", "DR-12", 5)
    set_minimum(db, service, "D-SH01", "LS-COB-07", 2)
    set_minimum(db, service, "D-GZ01", "DR-07", 1)
    decided = request_parts(db, dealer, {"DR-12": 1})
    decide_part_request(db, service, decided, False, "重复")
    request_parts(db, dealer, {"DR-12": 5})
    request_parts(db, dealer2, {"DR-07": 1})
