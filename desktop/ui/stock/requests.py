"""Part requests (S2): the dealer asks (in a few clicks from its gaps), customer service
approves or refuses; the gaps below HQ's turnover minimums; the parts kept for discontinued
products (S1)."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import TypeVar

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
    QWidget,
)

from desktop.core.errors import DomainError
from desktop.core.i18n import QT_TRANSLATE_NOOP
from desktop.core.rules.roles import Role
from desktop.core.rules.stock import PartRequestState
from desktop.core.services.kernel.actor import Actor
from desktop.core.services.kernel.listing import ListQuery
from desktop.core.services.startup import Database
from desktop.core.services.stock.part_requests import (
    PartRequestRow,
    decide_part_request,
    list_part_requests,
    request_parts,
)
from desktop.core.services.stock.query import GapRow, RetentionRow, gaps, retention_list
from desktop.ui.i18n import tr
from desktop.ui.stock.common import part_combo
from desktop.ui.widgets.form import FormDialog, run_form
from desktop.ui.widgets.list_page import ListPage
from desktop.ui.widgets.table import Column, PagedTableModel

Row = TypeVar("Row")
STATES = {
    PartRequestState.SUBMITTED: QT_TRANSLATE_NOOP("PartRequests", "Awaiting customer service"),
    PartRequestState.APPROVED: QT_TRANSLATE_NOOP("PartRequests", "Approved and sent"),
    PartRequestState.REJECTED: QT_TRANSLATE_NOOP("PartRequests", "Refused"),
}
REQUEST_COLUMNS: list[Column[PartRequestRow]] = [
    Column(QT_TRANSLATE_NOOP("PartRequests", "Number"), lambda r: r.number),
    Column(QT_TRANSLATE_NOOP("PartRequests", "Dealer"), lambda r: r.dealer),
    Column(QT_TRANSLATE_NOOP("PartRequests", "State"),
           lambda r: QCoreApplication.translate("PartRequests", STATES[r.state])),
    Column(QT_TRANSLATE_NOOP("PartRequests", "Parts"), lambda r: r.lines),
    Column(QT_TRANSLATE_NOOP("PartRequests", "Note"), lambda r: r.note),
    Column(QT_TRANSLATE_NOOP("PartRequests", "Answer"), lambda r: r.answer),
    Column(QT_TRANSLATE_NOOP("PartRequests", "Filed"),
           lambda r: r.created_at.astimezone().strftime("%Y-%m-%d %H:%M")),
]
GAP_COLUMNS: list[Column[GapRow]] = [
    Column(QT_TRANSLATE_NOOP("PartRequests", "Location"), lambda r: r.location_name),
    Column(QT_TRANSLATE_NOOP("PartRequests", "Part"), lambda r: r.part_no),
    Column(QT_TRANSLATE_NOOP("PartRequests", "Name"), lambda r: r.part_name),
    Column(QT_TRANSLATE_NOOP("PartRequests", "On hand"), lambda r: r.on_hand, True),
    Column(QT_TRANSLATE_NOOP("PartRequests", "Minimum"), lambda r: r.minimum, True),
    Column(QT_TRANSLATE_NOOP("PartRequests", "Missing"), lambda r: r.gap, True,
           lambda r: "#c62828"),
]
RETENTION_COLUMNS: list[Column[RetentionRow]] = [
    Column(QT_TRANSLATE_NOOP("PartRequests", "Part"), lambda r: r.part_no),
    Column(QT_TRANSLATE_NOOP("PartRequests", "Name"), lambda r: r.part_name),
    Column(QT_TRANSLATE_NOOP("PartRequests", "Keep until"), lambda r: r.keep_until.isoformat()),
    Column(QT_TRANSLATE_NOOP("PartRequests", "HQ on hand"), lambda r: r.on_hand, True,
           lambda r: "#c62828" if r.reorder else None),
    Column(QT_TRANSLATE_NOOP("PartRequests", "Reorder below"), lambda r: r.reorder_below, True),
    Column(QT_TRANSLATE_NOOP("PartRequests", "Reorder"),
           lambda r: QCoreApplication.translate("PartRequests", "reorder") if r.reorder else ""),
]


def small_list(load: Callable[[], Sequence[Row]],
               text: Callable[[Row], str]) -> Callable[[ListQuery], list[Row]]:
    """A fetch for a short list (a few hundred rows at most): one page, filtered here."""
    def fetch(query: ListQuery) -> list[Row]:
        if query.after is not None:
            return []
        needle = query.text.strip().lower()
        return [r for r in load() if needle in text(r).lower()]
    return fetch


class PartRequestsPage(ListPage):
    def __init__(self, db: Database, actor: Actor, parent: QWidget | None = None) -> None:
        model: PagedTableModel[PartRequestRow] = PagedTableModel(
            "PartRequests", REQUEST_COLUMNS, lambda q: list_part_requests(db, actor, q),
            lambda r: r.number)
        super().__init__(QCoreApplication.translate("PartRequests", "Part requests"), model,
                         parent=parent)
        self.db, self.actor = db, actor
        self.filter.setPlaceholderText(self.tr("Filter: number or dealer"))
        if not actor.is_hq:
            self.new_button.setVisible(True)
            self.new_button.clicked.connect(lambda: self.new_request())
            self.add_button(self.tr("Request my gaps…")).clicked.connect(
                lambda: self.new_request(gaps(db, actor)))
        self.answer = QLineEdit()
        self.answer.setPlaceholderText(self.tr("answer (needed to refuse)"))
        self.message = QLabel()
        self.message.setObjectName("formError")
        self.message.setStyleSheet("color: #c62828; font-weight: bold;")
        if actor.role == Role.CUSTOMER_SERVICE:
            self._bar.addWidget(self.answer)
            self.add_button(self.tr("Approve and send")).clicked.connect(
                lambda: self.decide(True))
            self.add_button(self.tr("Refuse")).clicked.connect(lambda: self.decide(False))
        layout = self.layout()
        assert layout is not None
        layout.addWidget(self.message)
        self.reload()

    def new_request(self, prefill: Sequence[GapRow] = ()) -> FormDialog:
        dialog = PartRequestDialog(self.db, self.actor, prefill, self)
        return run_form(dialog, lambda _number: self.reload())

    def decide(self, approve: bool) -> bool:
        row = self.selected_row()
        if row is None:
            return False
        try:
            decide_part_request(self.db, self.actor, row.number, approve, self.answer.text(),
                                row.version)
        except DomainError as exc:
            self.message.setText(tr(exc.message))
            return False
        self.message.setText("")
        self.answer.clear()
        self.reload()
        return True


class PartRequestDialog(FormDialog):
    """Lines of part and quantity; pre-filled with the dealer's gaps when asked."""

    def __init__(self, db: Database, actor: Actor, prefill: Sequence[GapRow] = (),
                 parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Request parts from customer service"), parent)
        self.db, self.actor = db, actor
        self.lines = QTableWidget(0, 2)
        self.lines.setHorizontalHeaderLabels([self.tr("Part"), self.tr("Quantity")])
        self.lines.horizontalHeader().setStretchLastSection(True)
        self.part = part_combo(db, actor)
        self.quantity = QSpinBox()
        self.quantity.setRange(1, 100000)
        add = QPushButton(self.tr("Add line"))
        add.clicked.connect(lambda: self.add_line(str(self.part.currentData()),
                                                  self.quantity.value()))
        row = QHBoxLayout()
        row.addWidget(self.part, 1)
        row.addWidget(self.quantity)
        row.addWidget(add)
        self.note = QLineEdit()
        self.add_field("lines", self.tr("Lines"), self.lines)
        self.form.addRow(self.tr("Part"), row)
        self.add_field("note", self.tr("Note"), self.note)
        for gap in prefill:
            self.add_line(gap.part_no, gap.gap)

    def add_line(self, part_no: str, quantity: int) -> None:
        for r in range(self.lines.rowCount()):
            item = self.lines.item(r, 0)
            if item is not None and item.text() == part_no:
                self.lines.setItem(r, 1, QTableWidgetItem(str(quantity)))
                return
        r = self.lines.rowCount()
        self.lines.insertRow(r)
        self.lines.setItem(r, 0, QTableWidgetItem(part_no))
        self.lines.setItem(r, 1, QTableWidgetItem(str(quantity)))

    def wanted(self) -> dict[str, int]:
        out: dict[str, int] = {}
        for r in range(self.lines.rowCount()):
            part, quantity = self.lines.item(r, 0), self.lines.item(r, 1)
            if part is not None and quantity is not None:
                text = quantity.text().strip()
                out[part.text()] = int(text) if text.lstrip("-").isdigit() else 0
        return out

    def submit(self) -> str:
        return request_parts(self.db, self.actor, self.wanted(), self.note.text())


def gaps_page(db: Database, actor: Actor) -> ListPage:
    model: PagedTableModel[GapRow] = PagedTableModel(
        "PartRequests", GAP_COLUMNS,
        small_list(lambda: gaps(db, actor), lambda r: f"{r.location} {r.location_name} "
                   f"{r.part_no} {r.part_name}"), lambda r: f"{r.location}/{r.part_no}")
    page = ListPage(QCoreApplication.translate("PartRequests", "Turnover stock gaps (S2)"),
                    model)
    page.reload()
    return page


def retention_page(db: Database, actor: Actor) -> ListPage:
    model: PagedTableModel[RetentionRow] = PagedTableModel(
        "PartRequests", RETENTION_COLUMNS,
        small_list(lambda: retention_list(db, actor), lambda r: f"{r.part_no} {r.part_name}"),
        lambda r: r.part_no)
    page = ListPage(QCoreApplication.translate(
        "PartRequests", "Parts kept for discontinued products (S1)"), model)
    page.reload()
    return page

