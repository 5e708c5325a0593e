"""A list that filters as you type (in the database), with New and Edit buttons."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt, QTimer, Signal
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

from desktop.ui import style
from desktop.ui.widgets.table import PagedTableModel


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

    def _layout(self) -> None:
        bar = self._bar = QHBoxLayout()
        bar.addWidget(self.filter, 1)
        bar.addWidget(self.count)
        bar.addWidget(self.new_button)
        bar.addWidget(self.edit_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.title)
        layout.addLayout(bar)
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

    def add_button(self, text: str) -> QPushButton:
        """Another action beside New and Edit."""
        button = QPushButton(text)
        self._bar.addWidget(button)
        return button

    def apply_filter(self) -> None:
        self._debounce.stop()
        self.model.set_filter(self.filter.text())

    def reload(self) -> None:
        self.model.reload()
        if not self._sized and self.model.rowCount():
            # Once, from the first screenful: columns that jump while the user types a filter
            # are harder to read, and sizing from every row costs a query's worth of time.
            self.size_columns()
            self._sized = True

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
