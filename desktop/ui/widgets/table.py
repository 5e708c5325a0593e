"""A thin table model over a service's paged list: rows come a page at a time (keyset), the
filter runs in the database, and nothing is filtered or sorted in a proxy."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any, Generic, TypeVar

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QColor

from desktop.core.services.kernel.listing import ListQuery

Row = TypeVar("Row")
DISPLAY = Qt.ItemDataRole.DisplayRole.value
ALIGNMENT = Qt.ItemDataRole.TextAlignmentRole.value
FOREGROUND = Qt.ItemDataRole.ForegroundRole.value
RIGHT = int((Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter).value)
Index = QModelIndex | QPersistentModelIndex


@dataclass(frozen=True)
class Column(Generic[Row]):
    """A column: its header (English source, translated in ``context``) and how to show a row."""

    header: str
    value: Callable[[Row], Any]
    align_right: bool = False
    color: Callable[[Row], str | None] | None = None  # a text colour, e.g. red when overdue


class PagedTableModel(QAbstractTableModel, Generic[Row]):
    """Rows from ``fetch(ListQuery)``; ``key(row)`` is the keyset key of a row."""

    PAGE = 60  # more than a full-HD screen of rows; Qt asks fetchMore for the rest

    def __init__(self, context: str, columns: Sequence[Column[Row]],
                 fetch: Callable[[ListQuery], list[Row]], key: Callable[[Row], str],
                 parent: Any = None) -> None:
        super().__init__(parent)
        self._context = context
        self._columns = list(columns)
        self._fetch = fetch
        self._key = key
        self._rows: list[Row] = []
        self._shown: dict[int, list[str]] = {}  # display strings, made once per row
        self._text = ""
        self._more = True

    # -- loading ---------------------------------------------------------------------------
    def set_filter(self, text: str) -> None:
        self._text = text
        self.reload()

    def reload(self) -> None:
        first = self._fetch(ListQuery(self._text, None, self.PAGE))
        self.beginResetModel()
        self._rows = first
        self._shown.clear()
        self._more = len(first) == self.PAGE
        self.endResetModel()

    def canFetchMore(self, parent: Index = QModelIndex()) -> bool:  # noqa: B008
        return not parent.isValid() and self._more and bool(self._rows)

    def fetchMore(self, parent: Index = QModelIndex()) -> None:  # noqa: B008
        if parent.isValid() or not self._rows:
            return
        page = self._fetch(ListQuery(self._text, self._key(self._rows[-1]), self.PAGE))
        self._more = len(page) == self.PAGE
        if page:
            start = len(self._rows)
            self.beginInsertRows(QModelIndex(), start, start + len(page) - 1)
            self._rows.extend(page)
            self.endInsertRows()

    # -- the model -------------------------------------------------------------------------
    def row_at(self, row: int) -> Row:
        return self._rows[row]

    def rows(self) -> list[Row]:
        return list(self._rows)

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._columns)

    def data(self, index: Index, role: int = DISPLAY) -> Any:
        # Qt asks for a dozen roles per cell; plain int comparisons keep that cheap.
        role = int(role)
        if role == DISPLAY:
            return self._display(index.row())[index.column()]
        if role == ALIGNMENT:
            if self._columns[index.column()].align_right:
                return RIGHT
            return None
        if role == FOREGROUND:
            column = self._columns[index.column()]
            if column.color is not None:
                color = column.color(self._rows[index.row()])
                return QColor(color) if color else None
        return None

    def display_row(self, row: int) -> list[str]:
        """The display strings of ``row``, one per column (made once, then cached)."""
        return self._display(row)

    def _display(self, row: int) -> list[str]:
        shown = self._shown.get(row)
        if shown is None:
            item = self._rows[row]
            shown = self._shown[row] = [
                "" if (v := c.value(item)) is None else str(v) for c in self._columns]
        return shown

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return QCoreApplication.translate(self._context, self._columns[section].header)
        return None
