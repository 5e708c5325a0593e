"""A list that filters as you type (in the database), with New and Edit buttons, that stays
current by itself: when data changes at this desk (or, through the change watch, at another)
the rows are read again with the selection and scroll position kept; F5 reads them now."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, QItemSelectionModel, Qt, QTimer, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from desktop.core.errors import DomainError
from desktop.ui import style
from desktop.ui.i18n import tr
from desktop.ui.ops import changes
from desktop.ui.widgets.table import PagedTableModel

ERROR_STYLE = "color: #c62828; font-weight: bold;"
NOTICE_STYLE = "color: #1b5e20; font-weight: bold;"


class ListPage(QWidget):
    """A title, a filter field, a table and the actions on it."""

    row_activated = Signal(object)

    def __init__(self, title: str, model: PagedTableModel[Any], *,
                 on_new: Callable[[], None] | None = None,
                 on_edit: Callable[[Any], None] | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.model = model
        self._on_edit = on_edit
        self.focus: Any = None  # a subset a tile of the first screen opened (None: all rows)
        self.title = QLabel(title)
        style.title(self.title)
        self.filter = QLineEdit()
        self.filter.setPlaceholderText(
            QCoreApplication.translate("ListPage", "Filter: type part of a code or name"))
        self.filter.setClearButtonEnabled(True)
        self.count = QLabel()
        self.table = QTableView()
        self.table.setModel(model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setAlternatingRowColors(True)
        self.table.verticalHeader().setVisible(False)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self.table.horizontalHeader().setStretchLastSection(True)
        # Size columns from the first screenful, not from every loaded row.
        self.table.horizontalHeader().setResizeContentsPrecision(25)
        self.table.doubleClicked.connect(lambda index: self._edit_row(index.row()))
        self.new_button = QPushButton(QCoreApplication.translate("ListPage", "New…"))
        self.edit_button = QPushButton(QCoreApplication.translate("ListPage", "Edit…"))
        self.new_button.setVisible(on_new is not None)
        self.edit_button.setVisible(on_edit is not None)
        if on_new is not None:
            self.new_button.clicked.connect(on_new)
        self.edit_button.clicked.connect(self._edit_selected)
        self.export_button = QPushButton(
            QCoreApplication.translate("ListPage", "Export to Excel…"))
        self.export_button.clicked.connect(lambda: self.export_rows())
        self._sized = False
        self._debounce = QTimer(self)
        self._debounce.setSingleShot(True)
        self._debounce.setInterval(150)
        self._debounce.timeout.connect(self.apply_filter)
        self.filter.textChanged.connect(lambda _text: self._debounce.start())
        self.filter.returnPressed.connect(self.apply_filter)
        self._layout()
        model.modelReset.connect(self._update_count)
        model.rowsInserted.connect(self._update_count)
        model.loaded.connect(self._after_load)
        self._keep_current()

    def _keep_current(self) -> None:
        """Read again when data changes (soon if shown, else when next shown), and on F5."""
        self._stale = False
        self._keep: tuple[list[str], int] | None = None  # selection and scroll to put back
        self._refresh_soon = QTimer(self)
        self._refresh_soon.setSingleShot(True)
        self._refresh_soon.setInterval(120)
        self._refresh_soon.timeout.connect(self.refresh)
        changes().changed.connect(self._data_changed)
        refresh_key = QShortcut(QKeySequence.StandardKey.Refresh, self)
        refresh_key.activated.connect(self.refresh)

    def _layout(self) -> None:
        bar = self._bar = QHBoxLayout()
        bar.addWidget(self.filter, 1)
        bar.addWidget(self.count)
        bar.addWidget(self.new_button)
        bar.addWidget(self.edit_button)
        bar.addWidget(self.export_button)
        self.message = QLabel()
        self.message.setObjectName("pageMessage")
        self.message.setWordWrap(True)
        self.message.setStyleSheet(ERROR_STYLE)
        self.message.hide()
        self.filter.textEdited.connect(lambda _text: self.clear_error())  # a notice is old news
        self.focus_label = QLabel()
        self.focus_label.setObjectName("focusLabel")
        self.show_all = QPushButton(QCoreApplication.translate("ListPage", "Show all"))
        self.show_all.clicked.connect(lambda: self.focus_on(None))
        focus_bar = self._focus_bar = QWidget()
        focus_row = QHBoxLayout(focus_bar)
        focus_row.setContentsMargins(0, 0, 0, 0)
        focus_row.addWidget(self.focus_label)
        focus_row.addWidget(self.show_all)
        focus_row.addStretch(1)
        focus_bar.hide()
        layout = QVBoxLayout(self)
        layout.addWidget(self.title)
        layout.addWidget(focus_bar)
        layout.addLayout(bar)
        layout.addWidget(self.message)
        layout.addWidget(self.table, 1)

    def edit_with(self, make_dialog: Callable[[Any | None], QDialog],
                  can_create: bool = True) -> None:
        """New opens ``make_dialog(None)``; Edit, double-click and Enter open
        ``make_dialog(row)``; the list reloads after a save."""
        from desktop.ui.widgets.form import run_form

        def edit(row: Any | None) -> None:
            run_form(make_dialog(row), lambda _saved: self.reload())  # type: ignore[arg-type]

        self.new_button.setVisible(can_create)
        self.edit_button.setVisible(True)
        if can_create:
            self.new_button.clicked.connect(lambda: edit(None))
        self.row_activated.connect(edit)

    def open_with(self, open_row: Callable[[Any | None], object],
                  can_create: bool = True) -> None:
        """Like :meth:`edit_with`, for dialogs that load their data first (through an Op) and
        open themselves: New calls ``open_row(None)``; Edit, double-click and Enter
        ``open_row(row)``.  The list refreshes itself after a save (``changes``)."""
        self.new_button.setVisible(can_create)
        self.edit_button.setVisible(True)
        if can_create:
            self.new_button.clicked.connect(lambda: open_row(None))
        self.row_activated.connect(open_row)

    def add_button(self, text: str) -> QPushButton:
        """Another action beside New and Edit."""
        button = QPushButton(text)
        self._bar.addWidget(button)
        return button

    def focus_on(self, focus: Any, label: str = "") -> None:
        """Show only the subset ``focus`` (what a count on the first screen counted), saying so
        above the list with a button back to every row; None shows every row again."""
        if focus is None and self.focus is None:
            return
        self.focus = focus
        self.focus_label.setText(QCoreApplication.translate("ListPage", "Showing only: %1")
                                 .replace("%1", label))
        self._focus_bar.setVisible(focus is not None)
        self.reload()

    def export_rows(self, path: Path | None = None) -> None:
        """Every row the filter matches (not only those loaded) to a workbook: asks where,
        unless ``path`` is given, then writes it with progress, cancellable."""
        from desktop.ui.widgets.export import export_to_excel, safe_name, start_export

        write = rows_export(self.title.text(), self.model)
        if path is not None:
            self.exporting = start_export(self, path, write, self.show_notice)
            return

        def started(run: Any) -> None:
            self.exporting = run

        export_to_excel(self, safe_name(self.title.text()) + ".xlsx", write, self.show_notice,
                        started)

    def apply_filter(self) -> None:
        self._debounce.stop()
        self.model.set_filter(self.filter.text())

    def reload(self) -> None:
        self.model.reload()

    def refresh(self) -> None:
        """Read the rows again, keeping what is selected and how far the list is scrolled."""
        self._refresh_soon.stop()
        self._stale = False
        keys = [self.model.key_of(i.row()) for i in self.table.selectionModel().selectedRows()]
        self._keep = (keys, self.table.verticalScrollBar().value())
        self.model.refresh()

    def _data_changed(self, _workflow: str) -> None:
        if self.isVisible():
            self._refresh_soon.start()
        else:
            self._stale = True  # read again when the page is shown

    def showEvent(self, event: Any) -> None:
        super().showEvent(event)
        if self._stale:
            self.refresh()

    def show_error(self, exc: DomainError) -> None:
        """A refusal for this page (the default display of the operations layer)."""
        self.message.setStyleSheet(ERROR_STYLE)
        self.message.setText(tr(exc.message))
        self.message.show()

    def show_notice(self, text: str) -> None:
        """What was just done (a form saved from this page), in green, until the next action
        or the next refusal."""
        self.message.setStyleSheet(NOTICE_STYLE)
        self.message.setText(text)
        self.message.show()

    def clear_error(self) -> None:
        self.message.hide()

    def _after_load(self) -> None:
        if not self._sized and self.model.rowCount():
            # Once, from the first screenful: columns that jump while the user types a filter
            # are harder to read, and sizing from every row costs a query's worth of time.
            self.size_columns()
            self._sized = True
        if self._keep is not None:
            keys, scroll = self._keep
            self._keep = None
            selection = self.table.selectionModel()
            for key in keys:
                row = self.model.row_of(key)
                if row is not None:
                    selection.select(self.model.index(row, 0), QItemSelectionModel.SelectionFlag
                                     .Select | QItemSelectionModel.SelectionFlag.Rows)
            self.table.verticalScrollBar().setValue(scroll)

    def size_columns(self, rows: int = 25) -> None:
        """Each column as wide as its header or its widest text in the first ``rows`` rows.
        Measured here from the display strings the model already made: Qt's
        resizeColumnsToContents asks the model for every role of every cell and took a third
        of the page's first paint."""
        metrics = self.table.fontMetrics()
        header = self.table.horizontalHeader()
        header_metrics = header.fontMetrics()
        shown = [self.model.display_row(r) for r in range(min(rows, self.model.rowCount()))]
        for column in range(self.model.columnCount()):
            title = str(self.model.headerData(column, Qt.Orientation.Horizontal) or "")
            widest = max([metrics.horizontalAdvance(texts[column]) for texts in shown] or [0])
            width = max(widest + 14, header_metrics.horizontalAdvance(title) + 18)
            header.resizeSection(column, min(width, 420))

    def selected_row(self) -> Any | None:
        rows = self.table.selectionModel().selectedRows()
        return self.model.row_at(rows[0].row()) if rows else None

    def _edit_selected(self) -> None:
        rows = self.table.selectionModel().selectedRows()
        if rows:
            self._edit_row(rows[0].row())

    def _edit_row(self, row: int) -> None:
        item = self.model.row_at(row)
        self.row_activated.emit(item)
        if self._on_edit is not None:
            self._on_edit(item)

    def _update_count(self, *_args: object) -> None:
        shown = self.model.rowCount()
        more = "+" if self.model.canFetchMore() else ""
        # An explicit context: in a subclass, self.tr would look under the subclass's name.  No
        # plural form (%n): Chinese has none, and not every lupdate release finds it.
        self.count.setText(QCoreApplication.translate("ListPage", "%1 shown").replace(
            "%1", str(shown)) + more)

    def keyPressEvent(self, event: Any) -> None:
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and self.table.hasFocus():
            self._edit_selected()
            return
        super().keyPressEvent(event)


def rows_export(title: str, model: PagedTableModel[Any]) -> Callable[[Path, Any], bool]:
    """What writes a list's rows: headers now (on the GUI thread), rows on the writer's."""
    headers = model.headers()

    def write(path: Path, progress: Any) -> bool:
        from itertools import chain

        from desktop.core.services.figures.export import rows_workbook

        rows = model.every_row()
        first = next(rows, None)
        kinds = [cell_kind(v) for v in (first or [None] * len(headers))]
        found = chain([first], rows) if first is not None else iter(())
        return rows_workbook(path, title, list(zip(headers, kinds, strict=True)), found, 0,
                             progress)

    return write


def cell_kind(value: Any) -> str:
    """The workbook's column kind for a value a list shows."""
    from datetime import date, datetime
    from decimal import Decimal

    if isinstance(value, bool) or value is None:
        return "text"
    if isinstance(value, int):
        return "int"
    if isinstance(value, Decimal | float):
        return "money"
    if isinstance(value, datetime):
        return "datetime"
    return "date" if isinstance(value, date) else "text"
