"""A small read-only table for the lists a screen fills itself (a request's lines, its boxes,
a part's ledger): headers, rows of display strings, an optional colour per row, and columns
sized from what they hold.  One widget instead of QTableWidgetItems filled by hand."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import Qt
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
        self._samples: list[list[str]] = []

    def set_samples(self, rows: Sequence[Sequence[str]]) -> None:
        """Texts the columns must always be wide enough for (the longest model code, a date,
        a verdict in this language), whatever rows are shown: columns do not jump as rows are
        typed in."""
        self._samples = [[str(v) for v in row] for row in rows]
        self._size_columns([])

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

    def set_row(self, row: int, values: Sequence[str]) -> None:
        """Put new texts into one row, in place: the selection and the current row stay; a
        column too narrow for its new text grows (none shrinks)."""
        header = self.horizontalHeader()
        for column, value in enumerate(values):
            item = self.rows_model.item(row, column)
            if item is None:
                self.rows_model.setItem(row, column, QStandardItem(str(value)))
            else:
                item.setText(str(value))
            needed = min(self._text_width(str(value)), MAX_COLUMN)
            if needed > header.sectionSize(column):
                header.resizeSection(column, needed)

    def set_colour(self, row: int, colour: str | None, column: int | None = None) -> None:
        """Colour row ``row``'s text (only ``column``'s cell, if given); None: the default."""
        columns = range(self.rows_model.columnCount()) if column is None else (column,)
        for index in columns:
            item = self.rows_model.item(row, index)
            if item is not None:
                item.setData(QColor(colour) if colour else None,
                             Qt.ItemDataRole.ForegroundRole)

    def rowCount(self) -> int:  # the name QTableWidget users know
        return self.rows_model.rowCount()

    def text(self, row: int, column: int) -> str:
        item = self.rows_model.item(row, column)
        return item.text() if item is not None else ""

    def _text_width(self, text: str) -> int:
        metrics = self.fontMetrics()
        return max((metrics.horizontalAdvance(line) for line in text.splitlines()),
                   default=0) + 14

    def _size_columns(self, rows: Sequence[Sequence[str]]) -> None:
        header = self.horizontalHeader()
        head_metrics = header.fontMetrics()
        shown = [*rows[:50], *self._samples]
        for column in range(self.rows_model.columnCount()):
            title = str(self.rows_model.headerData(column, header.orientation()) or "")
            widest = max((self._text_width(str(values[column])) for values in shown
                          if column < len(values)), default=0)
            header.resizeSection(column, min(max(widest, head_metrics.horizontalAdvance(title)
                                                 + 18), MAX_COLUMN))
        self.resizeRowsToContents()
