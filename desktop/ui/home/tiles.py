"""What each count on the first screen is called and which list it opens (the page, and the
subset of it the count counted)."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from desktop.core.i18n import QT_TRANSLATE_NOOP
from desktop.core.services.complaints.sheets import AnswerDue
from desktop.core.services.home.day import Work
from desktop.core.services.returns.queues import RequestView


@dataclass(frozen=True)
class Tile:
    title: str  # English source in the "HomePage" context
    opens: tuple[tuple[str, Any], ...]  # (page key, focus) in order of preference
    urgent: bool = False  # a count above zero is shown in red


TILES: dict[Work, Tile] = {
    Work.APPROVALS: Tile(QT_TRANSLATE_NOOP("HomePage", "Approvals waiting"),
                         (("returns_approve", None), ("returns_all", RequestView.APPROVE))),
    Work.REVIEWS: Tile(QT_TRANSLATE_NOOP("HomePage", "Reviews waiting"),
                       (("returns_review", None),)),
    Work.MISSING_BOXES: Tile(QT_TRANSLATE_NOOP("HomePage", "Boxes missing past the policy days"),
                             (("returns_all", RequestView.MISSING_BOXES),), urgent=True),
    Work.OVERDUE: Tile(QT_TRANSLATE_NOOP("HomePage", "Past the working-day clock (A8)"),
                       (("returns_all", RequestView.OVERDUE),
                        ("returns_own", RequestView.OVERDUE)), urgent=True),
    Work.QUOTES: Tile(QT_TRANSLATE_NOOP("HomePage", "Repair quotes to answer"),
                      (("returns_own", RequestView.QUOTES),)),
    Work.STOCK_GAPS: Tile(QT_TRANSLATE_NOOP("HomePage", "Stock gaps"), (("stock_gaps", None),)),
    Work.PART_REQUESTS: Tile(QT_TRANSLATE_NOOP("HomePage", "Part requests waiting"),
                             (("part_requests", True),)),
    Work.SHEETS_LATE: Tile(QT_TRANSLATE_NOOP("HomePage", "Complaint sheets past 24 h"),
                           (("complaints", AnswerDue.LATE),), urgent=True),
    Work.SHEETS_DUE: Tile(QT_TRANSLATE_NOOP("HomePage", "Complaint sheets within 24 h"),
                          (("complaints", AnswerDue.IN_TIME),)),
    Work.TRANSPORT: Tile(QT_TRANSLATE_NOOP("HomePage", "Transport records to decide"),
                         (("transport", True),)),
}


def target(work: Work, page_keys: list[str]) -> tuple[str, Any] | None:
    """The page (one the person may open) and the subset a tile for ``work`` opens."""
    for key, focus in TILES[work].opens:
        if key in page_keys:
            return key, focus
    return None
