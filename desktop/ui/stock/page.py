"""Spare-parts stock by location and part (filter as you type, in the database), one part's
ledger, and the movements a keeper records: receipt, adjustment, scrap, transfer, minimums."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QHeaderView,
    QLineEdit,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from desktop.core.i18n import QT_TRANSLATE_NOOP
from desktop.core.rules.stock import MOVEMENT_LABELS, Grade, Movement
from desktop.core.services.kernel.actor import Actor
from desktop.core.services.startup import Database
from desktop.core.services.stock.ledger import Moved, record_movement, transfer
from desktop.core.services.stock.query import (
    StockRow,
    dealer_locations,
    ledger,
    set_minimum,
    stock_list,
)
from desktop.ui.stock.common import part_combo, tr_grade
from desktop.ui.widgets.form import FormDialog, run_form
from desktop.ui.widgets.list_page import ListPage
from desktop.ui.widgets.table import Column, PagedTableModel

CTX = "StockPage"


def movement_label(kind: Movement) -> str:
    return QCoreApplication.translate("Stock", MOVEMENT_LABELS[kind])


COLUMNS: list[Column[StockRow]] = [
    Column(QT_TRANSLATE_NOOP("StockPage", "Location"), lambda r: r.location_name),
    Column(QT_TRANSLATE_NOOP("StockPage", "Part"), lambda r: r.part_no),
    Column(QT_TRANSLATE_NOOP("StockPage", "Name"), lambda r: r.part_name),
    Column(QT_TRANSLATE_NOOP("StockPage", "Grade"), lambda r: tr_grade(r.grade)),
    Column(QT_TRANSLATE_NOOP("StockPage", "On hand"), lambda r: r.quantity, True,
           lambda r: "#c62828" if r.minimum and r.quantity < r.minimum else None),
    Column(QT_TRANSLATE_NOOP("StockPage", "Minimum"), lambda r: r.minimum or "", True),
]


def _locations(db: Database, actor: Actor) -> QComboBox:
    box = QComboBox()
    for code, name in dealer_locations(db, actor):
        box.addItem(f"{name} [{code}]", code)
    box.setCurrentIndex(max(0, box.findData(actor.org_code)))  # one's own stock first
    return box


class StockPage(ListPage):
    def __init__(self, db: Database, actor: Actor, parent: QWidget | None = None) -> None:
        model: PagedTableModel[StockRow] = PagedTableModel(
            CTX, COLUMNS, lambda q: stock_list(db, actor, q), lambda r: r.key)
        super().__init__(QCoreApplication.translate("StockPage", "Spare-parts stock"), model,
                         parent=parent)
        self.db, self.actor = db, actor
        self.filter.setPlaceholderText(self.tr("Filter: location, part number or name"))
        self.edit_button.setVisible(True)
        self.edit_button.setText(self.tr("Ledger…"))
        self.row_activated.connect(self.open_ledger)
        self.add_button(self.tr("Movement…")).clicked.connect(
            lambda: self._run(MovementDialog(db, actor, self)))
        if actor.is_hq:
            self.add_button(self.tr("Transfer…")).clicked.connect(
                lambda: self._run(TransferDialog(db, actor, self)))
            self.add_button(self.tr("Minimum…")).clicked.connect(
                lambda: self._run(MinimumDialog(db, actor, self)))
        self.reload()

    def _run(self, dialog: FormDialog) -> FormDialog:
        return run_form(dialog, lambda _saved: self.reload())

    def open_ledger(self, row: StockRow) -> QDialog:
        dialog = LedgerDialog(self.db, self.actor, row, self)
        dialog.open()
        return dialog


class LedgerDialog(QDialog):
    def __init__(self, db: Database, actor: Actor, row: StockRow,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Ledger of %1 at %2").replace("%1", row.part_no)
                            .replace("%2", row.location_name))
        self.resize(860, 480)
        rows = ledger(db, actor, row.part_no, row.location)
        headers = [self.tr("When"), self.tr("Movement"), self.tr("Grade"), self.tr("Quantity"),
                   self.tr("Balance after"), self.tr("Reference"), self.tr("Reason"),
                   self.tr("By")]
        self.table = QTableWidget(len(rows), len(headers))
        self.table.setHorizontalHeaderLabels(headers)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().setVisible(False)
        self.table.horizontalHeader().setSectionResizeMode(
            QHeaderView.ResizeMode.ResizeToContents)
        self.table.horizontalHeader().setStretchLastSection(True)
        for r, m in enumerate(rows):
            values = (m.at.astimezone().strftime("%Y-%m-%d %H:%M"), movement_label(m.kind),
                      tr_grade(m.grade), f"{m.quantity:+d}", str(m.balance_after), m.ref,
                      m.reason, m.login)
            for c, value in enumerate(values):
                self.table.setItem(r, c, QTableWidgetItem(value))
        QVBoxLayout(self).addWidget(self.table)


class MovementDialog(FormDialog):
    limits_of = "stock_movement"

    KINDS = (Movement.RECEIPT, Movement.ADJUSTMENT, Movement.SCRAP)

    def __init__(self, db: Database, actor: Actor, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Record a stock movement"), parent)
        self.db, self.actor = db, actor
        self.location = _locations(db, actor)
        self.part = part_combo(db, actor)
        self.kind = QComboBox()
        for kind in self.KINDS:
            self.kind.addItem(movement_label(kind), kind.value)
        self.grade = QComboBox()
        for grade in Grade:
            self.grade.addItem(tr_grade(grade), grade.value)
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

    def submit(self) -> Moved:
        return record_movement(self.db, self.actor, str(self.part.currentData()),
                               Movement(self.kind.currentData()), self.quantity.value(),
                               Grade(self.grade.currentData()), self.reason.text(),
                               str(self.location.currentData()))


class TransferDialog(FormDialog):
    def __init__(self, db: Database, actor: Actor, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Transfer parts"), parent)
        self.db, self.actor = db, actor
        self.source = _locations(db, actor)
        self.target = _locations(db, actor)
        self.target.setCurrentIndex(-1)
        self.part = part_combo(db, actor)
        self.quantity = QSpinBox()
        self.quantity.setRange(1, 100000)
        self.reason = QLineEdit()
        self.add_field("source", self.tr("From"), self.source)
        self.add_field("location", self.tr("To"), self.target)
        self.add_field("part", self.tr("Part"), self.part)
        self.add_field("quantity", self.tr("Quantity"), self.quantity)
        self.add_field("reason", self.tr("Reason"), self.reason)

    def submit(self) -> None:
        transfer(self.db, self.actor, str(self.part.currentData()), self.quantity.value(),
                 str(self.target.currentData()), str(self.source.currentData()),
                 self.reason.text())


class MinimumDialog(FormDialog):
    def __init__(self, db: Database, actor: Actor, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Turnover minimum (S2)"), parent)
        self.db, self.actor = db, actor
        self.location = _locations(db, actor)
        self.part = part_combo(db, actor)
        self.minimum = QSpinBox()
        self.minimum.setRange(0, 100000)
        self.add_field("location", self.tr("Location"), self.location)
        self.add_field("part", self.tr("Part"), self.part)
        self.add_field("minimum", self.tr("Minimum"), self.minimum)

    def submit(self) -> None:
        set_minimum(self.db, self.actor, str(self.location.currentData()),
                    str(self.part.currentData()), self.minimum.value())
