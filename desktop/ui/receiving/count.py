"""清点: HQ counts a received return by model; the count prevails and differences are kept."""

from __future__ import annotations

from PySide6.QtWidgets import QLineEdit, QSpinBox, QTableWidget, QTableWidgetItem, QWidget

from desktop.core.services.kernel.actor import Actor
from desktop.core.services.receiving.counting import CountRow, count_sheet, record_count
from desktop.core.services.startup import Database
from desktop.ui.widgets.form import FormDialog


class CountDialog(FormDialog):
    def __init__(self, db: Database, actor: Actor, number: str,
                 parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Count of %1").replace("%1", number), parent)
        self.db, self.actor, self.number = db, actor, number
        self.rows: list[CountRow] = count_sheet(db, actor, number)
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

    def submit(self) -> list[CountRow]:
        return record_count(self.db, self.actor, self.number,
                            {code: spin.value() for code, spin in self.counted.items()},
                            {code: note.text() for code, note in self.notes.items()})
