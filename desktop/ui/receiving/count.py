"""清点: HQ counts a received return by model; the count prevails and differences are kept.

A blind count (policy ``receiving.blind_count``, L2) hides what the dealer declared: every model
starts at 0 and the clerk counts what is there, typing a number or scanning the product barcode
(the model code printed on the unit's box) once per unit.  A model the dealer did not declare is
added by scanning it or by choosing it."""

from __future__ import annotations

from collections.abc import Callable

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
from desktop.core.errors import DomainError, InvalidInput
from desktop.core.i18n import QT_TRANSLATE_NOOP, msg
from desktop.core.rules.boxcode import normalise
from desktop.core.rules.policy import Policy
from desktop.core.services.admin.catalogue import ProductRow, all_products
from desktop.core.services.kernel.policy import current_policy
from desktop.core.services.receiving.counting import CountRow, count_sheet, record_count
from desktop.ui.ops import Op
from desktop.ui.widgets.fields import model_picker, picked_code
from desktop.ui.widgets.form import FormDialog

DECLARED = 2


def open_count(parent: QWidget, backend: Backend, number: str,
               opened: Callable[[CountDialog], object],
               refused: Callable[[DomainError], object]) -> None:
    """Read the count sheet, the policy and the models (off the GUI thread), then
    ``opened(dialog)``; a request that cannot be counted goes to ``refused``."""
    def with_sheet(rows: list[CountRow]) -> None:
        Op(parent, backend, current_policy).done(lambda policy: with_policy(rows, policy)).run()

    def with_policy(rows: list[CountRow], policy: Policy) -> None:
        Op(parent, backend, all_products).done(lambda products: opened(CountDialog(
            backend, number, rows, products, bool(policy.receiving_blind_count), parent))).run()

    Op(parent, backend, count_sheet, number).done(with_sheet).failed(refused).run()


class CountDialog(FormDialog):
    def __init__(self, backend: Backend, number: str, rows: list[CountRow],
                 products: list[ProductRow], blind: bool = False,
                 parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Count of %1").replace("%1", number), parent)
        self.backend, self.number, self.blind = backend, number, blind
        self.names = {p.code: p.name for p in products}
        self.setMinimumWidth(640)
        self.table = QTableWidget(0, 5)
        self.table.setHorizontalHeaderLabels([
            self.tr("Model"), self.tr("Name"), self.tr("Declared"), self.tr("Counted"),
            self.tr("Note")])
        self.table.verticalHeader().setVisible(False)
        self.table.setColumnHidden(DECLARED, blind)
        self.counted: dict[str, QSpinBox] = {}
        self.notes: dict[str, QLineEdit] = {}
        for row in rows:
            start = row.counted if row.counted is not None else (0 if blind else row.declared)
            self.add_row(row.product_code, row.product_name, row.declared, start, row.note)
        self.table.resizeColumnsToContents()
        self.table.horizontalHeader().setStretchLastSection(True)
        self.add_field("counted", self.tr("By model"), self.table)
        self.barcode = QLineEdit()
        self.barcode.setPlaceholderText(self.tr("scan a product barcode: one unit per scan"))
        self.barcode.returnPressed.connect(self._barcode_scanned)
        self.add_field("barcode", self.tr("Scan a unit"), self.barcode)
        self.add_field("extra", self.tr("A model not declared"), self._extra_row(products))
        if blind:
            self.barcode.setFocus()

    def _extra_row(self, products: list[ProductRow]) -> QWidget:
        row = QWidget()
        layout = QHBoxLayout(row)
        layout.setContentsMargins(0, 0, 0, 0)
        self.extra = model_picker([(p.code, p.name) for p in products])
        self.extra.setCurrentIndex(-1)
        self.add_button = QPushButton(self.tr("Add the model"))
        self.add_button.setAutoDefault(False)
        self.add_button.clicked.connect(lambda: self.add_model(picked_code(self.extra)))
        layout.addWidget(self.extra, 1)
        layout.addWidget(self.add_button)
        return row

    def add_row(self, code: str, name: str, declared: int, counted: int, note: str = "") -> None:
        r = self.table.rowCount()
        self.table.insertRow(r)
        self.table.setItem(r, 0, QTableWidgetItem(code))
        self.table.setItem(r, 1, QTableWidgetItem(name))
        self.table.setItem(r, DECLARED, QTableWidgetItem(str(declared)))
        spin = QSpinBox()
        spin.setRange(0, 1_000_000)
        spin.setValue(counted)
        edit = QLineEdit(note)
        self.table.setCellWidget(r, 3, spin)
        self.table.setCellWidget(r, 4, edit)
        self.counted[code], self.notes[code] = spin, edit

    def add_model(self, code: str, units: int = 0) -> bool:
        """Add a row for a model the dealer did not declare (or count one more of a model
        shown); a code that is no model is refused beside the field."""
        self._clear_marks()
        code = normalise(code)
        if code in self.counted:
            self.counted[code].setValue(self.counted[code].value() + units)
            return True
        if code not in self.names:
            self.show_error(InvalidInput(msg(QT_TRANSLATE_NOOP(
                "Messages", "There is no product model {code}."), code=code or "—"), "barcode"))
            return False
        self.add_row(code, self.names[code], 0, units)
        self.table.resizeColumnsToContents()
        return True

    def _barcode_scanned(self) -> None:
        code = self.barcode.text()
        self.barcode.clear()
        if normalise(code):
            self.add_model(code, 1)
        self.barcode.setFocus()

    def keyPressEvent(self, event: object) -> None:  # Enter in the barcode field is no Save
        from PySide6.QtCore import Qt
        from PySide6.QtGui import QKeyEvent

        assert isinstance(event, QKeyEvent)
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and self.barcode.hasFocus():
            return
        super().keyPressEvent(event)

    def submit(self) -> Op[list[CountRow]]:
        return Op(self, self.backend, record_count, self.number,
                  {code: spin.value() for code, spin in self.counted.items()},
                  {code: note.text() for code, note in self.notes.items()})
