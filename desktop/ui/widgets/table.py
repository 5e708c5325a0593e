"""A thin table model over a service's paged list: rows come a page at a time (keyset), the
filter runs in the database, and nothing is filtered or sorted in a proxy."""

from __future__ import annotations

from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass
from typing import Any, Generic, TypeVar

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtGui import QColor

from desktop.core.services.kernel.listing import ListQuery
from desktop.ui.ops import Op

Row = TypeVar("Row")
DISPLAY = Qt.ItemDataRole.DisplayRole.value
ALIGNMENT = Qt.ItemDataRole.TextAlignmentRole.value
FOREGROUND = Qt.ItemDataRole.ForegroundRole.value
RIGHT = int((Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter).value)
Index = QModelIndex | QPersistentModelIndex
EXPORT_PAGE = 2000  # rows an export reads at a time


@dataclass(frozen=True)
class Column(Generic[Row]):
    """A column: its header (English source, translated in ``context``) and how to show a row."""

    header: str
    value: Callable[[Row], Any]
    align_right: bool = False
    color: Callable[[Row], str | None] | None = None  # a text colour, e.g. red when overdue


class PagedTableModel(QAbstractTableModel, Generic[Row]):
    """Rows from ``fetch(ListQuery)``; ``key(row)`` is the keyset key of a row.

    ``fetch`` returns an :class:`~desktop.ui.ops.Op` (not yet run): each page is read off the
    GUI thread and applied when it arrives; an answer to a query that has been replaced since
    (the user typed on) is dropped.  While a page is on its way ``loading`` is True and Qt is
    not told there is more.  ``refreshed`` is emitted after :meth:`refresh` re-read the rows.
    """

    PAGE = 60  # more than a full-HD screen of rows; Qt asks fetchMore for the rest
    MOST = 2000  # a refresh re-reads at most this many of the rows already shown

    loaded = Signal()  # the first page of a reload (or a refresh) is in

    def __init__(self, context: str, columns: Sequence[Column[Row]],
                 fetch: Callable[[ListQuery], Op[list[Row]]],
                 key: Callable[[Row], str],
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
        self._generation = 0  # bumped by every reload: older answers are dropped
        self.loading = False

    # -- loading ---------------------------------------------------------------------------
    def set_filter(self, text: str) -> None:
        self._text = text
        self.reload()

    def reload(self) -> None:
        """Read the first page again (a new filter, a new state choice)."""
        self._read(self.PAGE)

    def refresh(self) -> None:
        """Read again as many rows as are shown (data changed somewhere): the list keeps its
        length, and the page keeps its selection and scroll position by key."""
        self._read(min(max(len(self._rows), self.PAGE), self.MOST))

    def _read(self, limit: int) -> None:
        self._generation += 1
        generation = self._generation
        self._start(ListQuery(self._text, None, limit), generation,
                    lambda rows: self._replace(generation, rows, limit))

    def _stop_loading(self, generation: int) -> None:
        if generation == self._generation:
            self.loading = False

    def _replace(self, generation: int, rows: list[Row], limit: int) -> None:
        if generation != self._generation:
            return
        self.beginResetModel()
        self._rows = rows
        self._shown.clear()
        self._more = len(rows) == limit
        self.endResetModel()
        self.loaded.emit()

    def canFetchMore(self, parent: Index = QModelIndex()) -> bool:  # noqa: B008
        return (not parent.isValid() and self._more and bool(self._rows)
                and not self.loading)

    def fetchMore(self, parent: Index = QModelIndex()) -> None:  # noqa: B008
        if parent.isValid() or not self._rows or self.loading:
            return
        generation = self._generation
        self._start(ListQuery(self._text, self._key(self._rows[-1]), self.PAGE), generation,
                    lambda page: self._append(generation, page))

    def _start(self, query: ListQuery, generation: int,
               apply: Callable[[list[Row]], None]) -> None:
        self.loading = True
        self._fetch(query).done(apply).finally_(lambda: self._stop_loading(generation)).run()

    def _append(self, generation: int, page: list[Row]) -> None:
        if generation != self._generation:
            return
        self._more = len(page) == self.PAGE
        if page:
            start = len(self._rows)
            self.beginInsertRows(QModelIndex(), start, start + len(page) - 1)
            self._rows.extend(page)
            self.endInsertRows()

    def headers(self) -> list[str]:
        """The column headers, translated (as the table shows them)."""
        return [QCoreApplication.translate(self._context, c.header) for c in self._columns]

    def every_row(self, page: int = 0) -> Iterator[list[Any]]:
        """Every row the filter matches, page after page, as the columns show them: for an
        export, on a worker thread (each page read there, ``Op.result``), never all at once."""
        text, after, page = self._text, None, page or EXPORT_PAGE
        while True:
            fetched = self._fetch(ListQuery(text, after, page))
            rows = fetched if isinstance(fetched, list) else fetched.result()
            for item in rows:
                yield [c.value(item) for c in self._columns]
            if len(rows) < page:
                return
            after = self._key(rows[-1])

    def key_of(self, row: int) -> str:
        return self._key(self._rows[row])

    def row_of(self, key: str) -> int | None:
        for number, item in enumerate(self._rows):
            if self._key(item) == key:
                return number
        return None

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
