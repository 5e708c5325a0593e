"""A small read-only table for the lists a screen fills itself (a request's lines, its boxes,
a part's ledger): headers, rows of display strings, an optional colour per row, and columns
sized from what they hold.  One widget instead of QTableWidgetItems filled by hand."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtGui import QColor, QStandardItem, QStandardItemModel
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableView, QWidget

MAX_COLUMN = 420


class RowsTable(QTableView):
    def __init__(self, headers: Sequence[str], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.rows_model = QStandardItemModel(0, len(headers), self)
        self.rows_model.setHorizontalHeaderLabels(list(headers))
        self.setModel(self.rows_model)
        self.verticalHeader().setVisible(False)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.setAlternatingRowColors(True)
        self.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self.horizontalHeader().setStretchLastSection(True)

    def set_rows(self, rows: Sequence[Sequence[str]],
                 colours: Sequence[str | None] | None = None) -> None:
        """Show ``rows`` (display strings, one per column); ``colours[i]``: row i's text colour
        (e.g. ``"#c62828"`` for a refusal), or None."""
        model = self.rows_model
        model.removeRows(0, model.rowCount())
        for index, values in enumerate(rows):
            items = [QStandardItem(str(value)) for value in values]
            colour = colours[index] if colours is not None else None
            if colour:
                for item in items:
                    item.setForeground(QColor(colour))
            model.appendRow(items)
        self._size_columns(rows)

    def rowCount(self) -> int:
        return self.rows_model.rowCount()

    def text(self, row: int, column: int) -> str:
        item = self.rows_model.item(row, column)
        return item.text() if item is not None else ""

    def _size_columns(self, rows: Sequence[Sequence[str]]) -> None:
        metrics = self.fontMetrics()
        header = self.horizontalHeader()
        head_metrics = header.fontMetrics()
        for column in range(self.rows_model.columnCount()):
            title = str(self.rows_model.headerData(column, header.orientation()) or "")
            widest = max((metrics.horizontalAdvance(line) for values in rows[:50]
                          for line in str(values[column]).splitlines()), default=0)
            header.resizeSection(column, min(max(widest + 14,
                                                 head_metrics.horizontalAdvance(title) + 18),
                                             MAX_COLUMN))
        self.resizeRowsToContents()
