"""清点: HQ counts a received return by model; the count prevails and differences are kept."""

from __future__ import annotations

from PySide6.QtWidgets import QLineEdit, QSpinBox, QTableWidget, QTableWidgetItem, QWidget

from desktop.backend import Backend
from desktop.core.services.receiving.counting import CountRow, record_count
from desktop.ui.ops import Op
from desktop.ui.widgets.form import FormDialog


class CountDialog(FormDialog):
    """``rows``: the count sheet, read by the opener (off the GUI thread)."""

    def __init__(self, backend: Backend, number: str, rows: list[CountRow],
                 parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Count of %1").replace("%1", number), parent)
        self.backend, self.number = backend, number
        self.rows = rows
        self.setMinimumWidth(640)
        self.table = QTableWidget(len(self.rows), 5)
        self.table.setHorizontalHeaderLabels([
            self.tr("Model"), self.tr("Name"), self.tr("Declared"), self.tr("Counted"),
            self.tr("Note")])
        self.table.verticalHeader().setVisible(False)
        self.counted: dict[str, QSpinBox] = {}
        self.notes: dict[str, QLineEdit] = {}
        for r, row in enumerate(self.rows):
            self.table.setItem(r, 0, QTableWidgetItem(row.product_code))
            self.table.setItem(r, 1, QTableWidgetItem(row.product_name))
            self.table.setItem(r, 2, QTableWidgetItem(str(row.declared)))
            spin = QSpinBox()
            spin.setRange(0, 1_000_000)
            spin.setValue(row.counted if row.counted is not None else row.declared)
            note = QLineEdit(row.note)
            self.table.setCellWidget(r, 3, spin)
            self.table.setCellWidget(r, 4, note)
            self.counted[row.product_code], self.notes[row.product_code] = spin, note
        self.table.resizeColumnsToContents()
        self.table.horizontalHeader().setStretchLastSection(True)
        self.add_field("counted", self.tr("By model"), self.table)

    def submit(self) -> Op[list[CountRow]]:
        return Op(self, self.backend, record_count, self.number,
                  {code: spin.value() for code, spin in self.counted.items()},
                  {code: note.text() for code, note in self.notes.items()})
