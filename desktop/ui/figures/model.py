"""The figures as the page shows them: a table model over one :class:`FigureTable` (its rows,
the all-dealers average, the total in bold) that knows which figure each cell is, and the
charts' data picked from a table or the month-by-month trend."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QColor, QFont

from desktop.core.services.figures.results import (
    FigureRow,
    FigureTable,
    FigureTrend,
    cell_text,
)
from desktop.ui.widgets.chart import ChartData, ChartKind, Series

Index = QModelIndex | QPersistentModelIndex
DISPLAY = int(Qt.ItemDataRole.DisplayRole.value)
RIGHT = int((Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter).value)
BARS = 12                                   # dealers or models in a bar chart, largest first
LINE_COLUMNS = ("requests", "exceptions", "sheets", "repairs")
AVERAGE_COLOUR = "#5d4037"


def word(context: str, source: str) -> str:
    return QCoreApplication.translate(context, source)


def row_label(row: FigureRow) -> str:
    return word(row.label_context, row.label) if row.label_context else row.label


class FigureTableModel(QAbstractTableModel):
    """One table: [code,] name, then a column per figure; the average and the total last."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.table: FigureTable | None = None
        self._rows: list[FigureRow] = []
        self._bold = QFont()
        self._bold.setBold(True)

    def set_table(self, table: FigureTable | None) -> None:
        self.beginResetModel()
        self.table = table
        self._rows = [] if table is None else [
            *table.rows, *([table.comparison] if table.comparison else []), table.total]
        self.endResetModel()

    @property
    def lead(self) -> int:
        """Columns before the figures: the code (coded dimensions) and the name."""
        return 2 if self.table is not None and self.table.coded else 1

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        if parent.isValid() or self.table is None:
            return 0
        return self.lead + len(self.table.columns)

    def row_at(self, row: int) -> FigureRow:
        return self._rows[row]

    def figure_at(self, index: Index) -> tuple[str, str] | None:
        """(row key, column key) of the figure in ``index``; None on a name."""
        if self.table is None or not index.isValid() or index.column() < self.lead:
            return None
        return self._rows[index.row()].key, self.table.columns[index.column() - self.lead].key

    def text(self, row: int, column: int) -> str:
        assert self.table is not None
        item = self._rows[row]
        if column < self.lead:
            if self.lead == 2 and column == 0:  # the code; the total and average have none
                return "" if item.label_context else item.key
            return row_label(item)
        figure = self.table.columns[column - self.lead]
        return cell_text(item.values[column - self.lead], figure.kind)

    def data(self, index: Index, role: int = DISPLAY) -> Any:
        role = int(role)
        if role == DISPLAY:
            return self.text(index.row(), index.column())
        if role == int(Qt.ItemDataRole.TextAlignmentRole.value):
            return RIGHT if index.column() >= self.lead else None
        item = self._rows[index.row()]
        if role == int(Qt.ItemDataRole.FontRole.value) and item is self._rows[-1]:
            return self._bold
        if role == int(Qt.ItemDataRole.ForegroundRole.value) and self.table is not None \
                and item is self.table.comparison:
            return QColor(AVERAGE_COLOUR)
        if role == int(Qt.ItemDataRole.ToolTipRole.value) and index.column() >= self.lead:
            return QCoreApplication.translate(
                "FiguresPage", "Double-click to see the records this figure counts")
        return None

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = DISPLAY) -> Any:
        if orientation != Qt.Orientation.Horizontal or int(role) != DISPLAY or not self.table:
            return None
        if section < self.lead:
            return word("Figures", "Code") if section == 0 and self.lead == 2 \
                else word("Figures", self.table.dimension)
        return word("Figures", self.table.columns[section - self.lead].label)


def bars_of(table: FigureTable, column: str) -> ChartData:
    """Bars of ``column`` by the table's rows (largest first, at most a dozen), and the
    all-dealers average as a last bar when the figures are one dealer's."""
    index = table.column_index(column)
    rows = [r for r in table.rows if r.values[index] is not None][:BARS]
    if table.comparison is not None:
        rows.append(table.comparison)
    names = [r.key if table.coded and not r.label_context else row_label(r) for r in rows]
    label = word("Figures", table.columns[index].label)
    values = [float(v) if (v := r.values[index]) is not None else None for r in rows]
    return ChartData(f"{word('Figures', table.title)}: {label}", names,
                     [Series(label, values)], ChartKind.BARS)


def line_of(trend: FigureTrend) -> ChartData:
    """The headline counts month by month, a line each."""
    table = trend.table
    series = []
    for key in LINE_COLUMNS:
        index = table.column_index(key)
        series.append(Series(word("Figures", table.columns[index].label),
                             [float(v) if (v := r.values[index]) is not None else None
                              for r in table.rows]))
    return ChartData(word("Figures", table.title), [r.key for r in table.rows], series,
                     ChartKind.LINES)
