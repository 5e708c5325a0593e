"""Part requests (S2): the dealer asks (in a few clicks from its gaps), customer service
approves or refuses; the gaps below HQ's turnover minimums; the parts kept for discontinued
products (S1)."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
    QWidget,
)

from desktop.backend import Backend
from desktop.core.i18n import QT_TRANSLATE_NOOP
from desktop.core.rules.roles import Role
from desktop.core.rules.stock import PartRequestState
from desktop.core.services.admin.catalogue import PartRow, list_parts
from desktop.core.services.stock.part_requests import (
    PartRequestRow,
    decide_part_request,
    list_part_requests,
    request_parts,
)
from desktop.core.services.stock.query import GapRow, RetentionRow, gaps, retention_list
from desktop.ui.ops import Op
from desktop.ui.stock.common import ALL_PARTS, part_combo
from desktop.ui.widgets.form import FormDialog, run_form
from desktop.ui.widgets.list_page import ListPage
from desktop.ui.widgets.small_list import local_pages
from desktop.ui.widgets.table import Column, PagedTableModel

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


class PartRequestsPage(ListPage):
    def __init__(self, backend: Backend, parent: QWidget | None = None) -> None:
        model: PagedTableModel[PartRequestRow] = PagedTableModel(
            "PartRequests", REQUEST_COLUMNS, lambda q: Op(self, backend, list_part_requests, q,
                                                self.focus is not None),
            lambda r: r.number)
        super().__init__(QCoreApplication.translate("PartRequests", "Part requests"), model,
                         parent=parent)
        self.backend, self.actor = backend, backend.actor
        self.last_dialog: FormDialog | None = None
        self.filter.setPlaceholderText(self.tr("Filter: number or dealer"))
        if not self.actor.is_hq:
            self.new_button.setVisible(True)
            self.new_button.clicked.connect(lambda: self.new_request())
            self.add_button(self.tr("Request my gaps…")).clicked.connect(self.request_gaps)
        self.answer = QLineEdit()
        self.answer.setPlaceholderText(self.tr("answer (needed to refuse)"))
        self.decide_buttons: list[QPushButton] = []
        if self.actor.role == Role.CUSTOMER_SERVICE:
            self._bar.addWidget(self.answer)
            for text, approve in ((self.tr("Approve and send"), True), (self.tr("Refuse"), False)):
                button = self.add_button(text)
                button.clicked.connect(lambda _c=False, a=approve: self.decide(a))
                self.decide_buttons.append(button)
        self.reload()

    def request_gaps(self) -> None:
        """A request pre-filled with the dealer's gaps below the turnover minimums."""
        Op(self, self.backend, gaps).done(self.new_request).run()

    def new_request(self, prefill: Sequence[GapRow] = ()) -> None:
        def show(parts: list[PartRow]) -> None:
            self.last_dialog = run_form(PartRequestDialog(self.backend, parts, prefill, self),
                                        lambda _number: None)

        Op(self, self.backend, list_parts, ALL_PARTS).done(show).run()

    def decide(self, approve: bool) -> None:
        """Customer service's answer on the selected request; a refusal (no reason, not
        enough stock at HQ) is said in the page's red line, nothing moved."""
        row = self.selected_row()
        if row is None:
            return
        Op(self, self.backend, decide_part_request, row.number, approve, self.answer.text(),
           row.version).busy(*self.decide_buttons).done(
            lambda state: self._decided(row.number, state)).run()

    def _decided(self, number: str, state: PartRequestState) -> None:
        self.answer.clear()
        self.show_notice(
            self.tr("%1 approved: the parts are on their way to the dealer.").replace(
                "%1", number) if state == PartRequestState.APPROVED
            else self.tr("%1 refused.").replace("%1", number))


class PartRequestDialog(FormDialog):
    """Lines of part and quantity; pre-filled with the dealer's gaps when asked."""

    def __init__(self, backend: Backend, parts: Sequence[PartRow],
                 prefill: Sequence[GapRow] = (), parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Request parts from customer service"), parent)
        self.backend = backend
        self.lines = QTableWidget(0, 2)
        self.lines.setHorizontalHeaderLabels([self.tr("Part"), self.tr("Quantity")])
        self.lines.horizontalHeader().setStretchLastSection(True)
        self.part = part_combo(parts)
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

    def saved_text(self, result: object) -> str:
        return self.tr("Part request %1 sent to customer service.").replace("%1", str(result))

    def submit(self) -> Op[str]:
        return Op(self, self.backend, request_parts, self.wanted(), self.note.text())


def gaps_page(backend: Backend) -> ListPage:
    model: PagedTableModel[GapRow] = PagedTableModel(
        "PartRequests", GAP_COLUMNS, lambda q: fetch(q), _gap_key)
    page = ListPage(QCoreApplication.translate("PartRequests", "Turnover stock gaps (S2)"),
                    model)
    fetch = local_pages(page, backend, gaps, lambda r: f"{r.location} {r.location_name} "
                        f"{r.part_no} {r.part_name}", _gap_key)
    page.reload()
    return page


def _gap_key(row: GapRow) -> str:
    return f"{row.location}/{row.part_no}"


def retention_page(backend: Backend) -> ListPage:
    model: PagedTableModel[RetentionRow] = PagedTableModel(
        "PartRequests", RETENTION_COLUMNS, lambda q: fetch(q), lambda r: r.part_no)
    page = ListPage(QCoreApplication.translate(
        "PartRequests", "Parts kept for discontinued products (S1)"), model)
    fetch = local_pages(page, backend, retention_list, lambda r: f"{r.part_no} {r.part_name}",
                        lambda r: r.part_no)
    page.reload()
    return page
