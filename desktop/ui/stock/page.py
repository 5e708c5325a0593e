"""Spare-parts stock by location and part (filter as you type, in the database), one part's
ledger, and the movements a keeper records: receipt, adjustment, scrap, transfer, minimums."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QComboBox, QDialog, QLineEdit, QSpinBox, QVBoxLayout, QWidget

from desktop.backend import Backend
from desktop.core.i18n import QT_TRANSLATE_NOOP
from desktop.core.rules.stock import Grade, Movement
from desktop.core.services.admin.catalogue import PartRow, list_parts
from desktop.core.services.stock.ledger import Moved, record_movement, transfer
from desktop.core.services.stock.query import (
    LedgerRow,
    StockRow,
    dealer_locations,
    ledger,
    set_minimum,
    stock_list,
)
from desktop.ui.labels import grade_label, movement_label
from desktop.ui.ops import Op
from desktop.ui.stock.common import ALL_PARTS, part_combo
from desktop.ui.widgets.form import FormDialog, run_form
from desktop.ui.widgets.list_page import ListPage
from desktop.ui.widgets.rows import RowsTable
from desktop.ui.widgets.table import Column, PagedTableModel

CTX = "StockPage"

COLUMNS: list[Column[StockRow]] = [
    Column(QT_TRANSLATE_NOOP("StockPage", "Location"), lambda r: r.location_name),
    Column(QT_TRANSLATE_NOOP("StockPage", "Part"), lambda r: r.part_no),
    Column(QT_TRANSLATE_NOOP("StockPage", "Name"), lambda r: r.part_name),
    Column(QT_TRANSLATE_NOOP("StockPage", "Grade"), lambda r: grade_label(r.grade)),
    Column(QT_TRANSLATE_NOOP("StockPage", "On hand"), lambda r: r.quantity, True,
           lambda r: "#c62828" if r.minimum and r.quantity < r.minimum else None),
    Column(QT_TRANSLATE_NOOP("StockPage", "Minimum"), lambda r: r.minimum or "", True),
]


@dataclass(frozen=True)
class Choices:
    """What the stock forms offer: the locations the keeper may pick, and the parts."""

    own_org: str
    locations: Sequence[tuple[str, str]]  # (code, name)
    parts: Sequence[PartRow]

    def location_box(self) -> QComboBox:
        box = QComboBox()
        for code, name in self.locations:
            box.addItem(f"{name} [{code}]", code)
        box.setCurrentIndex(max(0, box.findData(self.own_org)))  # one's own stock first
        return box


def load_choices(parent: QWidget, backend: Backend, then: Callable[[Choices], object]) -> None:
    """Read the locations and the parts (off the GUI thread), then ``then(choices)``."""
    def with_locations(locations: list[tuple[str, str]]) -> None:
        Op(parent, backend, list_parts, ALL_PARTS).done(
            lambda parts: then(Choices(backend.actor.org_code, locations, parts))).run()

    Op(parent, backend, dealer_locations).done(with_locations).run()


FormFactory = Callable[[Backend, Choices, QWidget], FormDialog]


class StockPage(ListPage):
    def __init__(self, backend: Backend, parent: QWidget | None = None) -> None:
        model: PagedTableModel[StockRow] = PagedTableModel(
            CTX, COLUMNS, lambda q: Op(self, backend, stock_list, q), lambda r: r.key)
        super().__init__(QCoreApplication.translate("StockPage", "Spare-parts stock"), model,
                         parent=parent)
        self.backend, self.actor = backend, backend.actor
        self.last_dialog: QDialog | None = None
        self.filter.setPlaceholderText(self.tr("Filter: location, part number or name"))
        self.edit_button.setVisible(True)
        self.edit_button.setText(self.tr("Ledger…"))
        self.row_activated.connect(self.open_ledger)
        self.add_button(self.tr("Movement…")).clicked.connect(
            lambda: self.open_form(MovementDialog))
        if self.actor.is_hq:
            self.add_button(self.tr("Transfer…")).clicked.connect(
                lambda: self.open_form(TransferDialog))
            self.add_button(self.tr("Minimum…")).clicked.connect(
                lambda: self.open_form(MinimumDialog))
        self.reload()

    def open_form(self, make: FormFactory) -> None:
        """Open a movement form once its locations and parts are read; the list refreshes
        itself after the save."""
        def show(choices: Choices) -> None:
            self.last_dialog = run_form(make(self.backend, choices, self), lambda _saved: None)

        load_choices(self, self.backend, show)

    def open_ledger(self, row: StockRow) -> None:
        def show(rows: list[LedgerRow]) -> None:
            self.last_dialog = LedgerDialog(row, rows, self)
            self.last_dialog.open()

        Op(self, self.backend, ledger, row.part_no, row.location).done(show).run()


class LedgerDialog(QDialog):
    def __init__(self, row: StockRow, rows: Sequence[LedgerRow],
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Ledger of %1 at %2").replace("%1", row.part_no)
                            .replace("%2", row.location_name))
        self.resize(860, 480)
        self.table = RowsTable([
            self.tr("When"), self.tr("Movement"), self.tr("Grade"), self.tr("Quantity"),
            self.tr("Balance after"), self.tr("Reference"), self.tr("Reason"), self.tr("By")])
        self.table.set_rows([
            [m.at.astimezone().strftime("%Y-%m-%d %H:%M"), movement_label(m.kind),
             grade_label(m.grade), f"{m.quantity:+d}", str(m.balance_after), m.ref, m.reason,
             m.login] for m in rows])
        QVBoxLayout(self).addWidget(self.table)


def _grade_box() -> QComboBox:
    box = QComboBox()
    for grade in Grade:
        box.addItem(grade_label(grade), grade.value)
    return box


class MovementDialog(FormDialog):
    limits_of = "stock_movement"

    KINDS = (Movement.RECEIPT, Movement.ADJUSTMENT, Movement.SCRAP)

    def __init__(self, backend: Backend, choices: Choices, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Record a stock movement"), parent)
        self.backend, self.names = backend, dict(choices.locations)
        self.location = choices.location_box()
        self.part = part_combo(choices.parts)
        self.kind = QComboBox()
        for kind in self.KINDS:
            self.kind.addItem(movement_label(kind), kind.value)
        self.grade = _grade_box()
        self.quantity = QSpinBox()
        self.quantity.setRange(-100000, 100000)
        self.quantity.setValue(1)
        self.reason = QLineEdit()
        self.reason.setPlaceholderText(self.tr("needed for an adjustment or a scrap"))
        self.add_field("location", self.tr("Location"), self.location)
        self.add_field("part", self.tr("Part"), self.part)
        self.add_field("kind", self.tr("Movement"), self.kind)
        self.add_field("grade", self.tr("Grade"), self.grade)
        self.add_field("quantity", self.tr("Quantity"), self.quantity)
        self.add_field("reason", self.tr("Reason"), self.reason)

    def saved_text(self, result: Moved) -> str:
        return self.tr("Recorded: %1 (%2) at %3 now %4.").replace("%1", result.part_no) \
            .replace("%2", grade_label(result.grade)) \
            .replace("%3", self.names.get(result.location, result.location)) \
            .replace("%4", str(result.balance))

    def submit(self) -> Op[Moved]:
        return Op(self, self.backend, record_movement, str(self.part.currentData()),
                  Movement(self.kind.currentData()), self.quantity.value(),
                  Grade(self.grade.currentData()), self.reason.text(),
                  str(self.location.currentData()))


class TransferDialog(FormDialog):
    def __init__(self, backend: Backend, choices: Choices, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Transfer parts"), parent)
        self.backend = backend
        self.source = choices.location_box()
        self.target = choices.location_box()
        self.target.setCurrentIndex(-1)
        self.part = part_combo(choices.parts)
        self.quantity = QSpinBox()
        self.quantity.setRange(1, 100000)
        self.reason = QLineEdit()
        self.add_field("source", self.tr("From"), self.source)
        self.add_field("location", self.tr("To"), self.target)
        self.add_field("part", self.tr("Part"), self.part)
        self.add_field("quantity", self.tr("Quantity"), self.quantity)
        self.add_field("reason", self.tr("Reason"), self.reason)

    def saved_text(self, result: object) -> str:
        del result
        return self.tr("%1 × %2 sent from %3 to %4.").replace(
            "%1", str(self.part.currentData())).replace("%2", str(self.quantity.value())) \
            .replace("%3", self.source.currentText()).replace("%4", self.target.currentText())

    def submit(self) -> Op[None]:
        return Op(self, self.backend, transfer, str(self.part.currentData()),
                  self.quantity.value(), str(self.target.currentData()),
                  str(self.source.currentData()), self.reason.text())


class MinimumDialog(FormDialog):
    def __init__(self, backend: Backend, choices: Choices, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Turnover minimum (S2)"), parent)
        self.backend = backend
        self.location = choices.location_box()
        self.part = part_combo(choices.parts)
        self.minimum = QSpinBox()
        self.minimum.setRange(0, 100000)
        self.add_field("location", self.tr("Location"), self.location)
        self.add_field("part", self.tr("Part"), self.part)
        self.add_field("minimum", self.tr("Minimum"), self.minimum)

    def saved_text(self, result: object) -> str:
        del result
        return self.tr("Minimum of %1 at %2 is now %3.").replace(
            "%1", str(self.part.currentData())).replace("%2", self.location.currentText()) \
            .replace("%3", str(self.minimum.value()))

    def submit(self) -> Op[None]:
        return Op(self, self.backend, set_minimum, str(self.location.currentData()),
                  str(self.part.currentData()), self.minimum.value())
