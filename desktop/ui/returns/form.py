"""The return request form (返修退货申请): lines with their verdicts, a note, save or submit."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from desktop.core.errors import DomainError
from desktop.core.rules.acceptance import ReturnKind
from desktop.core.rules.workflow import Action
from desktop.core.services.admin.catalogue import all_products
from desktop.core.services.kernel.actor import Actor
from desktop.core.services.returns.filing import (
    LineInput,
    LinePreview,
    file_return,
    preview_line,
    update_draft,
)
from desktop.core.services.returns.flow import transition
from desktop.core.services.returns.query import get_request
from desktop.core.services.startup import Database
from desktop.ui.i18n import tr
from desktop.ui.returns.line_editor import LineEditor


def blank_line() -> LineInput:
    return LineInput("", 1, "", ReturnKind.QUALITY_FAULT)


class RequestForm(QDialog):
    """A new request (``number`` None) or a draft / rejected one to revise."""

    saved = Signal(str)

    def __init__(self, db: Database, actor: Actor, number: str | None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.db, self.actor, self.number = db, actor, number
        self.version: int | None = None
        self.setWindowTitle(self.tr("Return request %1").replace("%1", number or self.tr("(new)")))
        self.resize(1100, 760)
        self.lines: list[LineInput] = [blank_line()]
        self.previews: list[LinePreview | None] = [None]
        self.table = QTableWidget(0, 6)
        self.table.setHorizontalHeaderLabels([
            self.tr("Model"), self.tr("Name"), self.tr("Qty"), self.tr("Date code"),
            self.tr("Warranty"), self.tr("Check")])
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().setVisible(True)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.editor = LineEditor([(p.code, p.name) for p in all_products(db, actor)])
        self.note = QLineEdit()
        self.note.setPlaceholderText(self.tr("note for the region and the order department"))
        self.message = QLabel()
        self.message.setObjectName("formError")
        self.message.setWordWrap(True)
        self.message.setStyleSheet("color: #c62828; font-weight: bold;")
        self.add_button = QPushButton(self.tr("Add line"))
        self.remove_button = QPushButton(self.tr("Remove line"))
        self.save_button = QPushButton(self.tr("Save draft"))
        self.submit_button = QPushButton(self.tr("Submit for review"))
        self.close_button = QPushButton(self.tr("Close"))
        self._layout()
        self.table.currentCellChanged.connect(lambda row, *_: self._select(row))
        self.editor.edited.connect(self._line_edited)
        self.add_button.clicked.connect(self.add_line)
        self.remove_button.clicked.connect(self.remove_line)
        self.save_button.clicked.connect(self.save)
        self.submit_button.clicked.connect(self.submit)
        self.close_button.clicked.connect(self.reject)
        if number is not None:
            self._load(number)
        self._refill()
        self._select(0)

    def _layout(self) -> None:
        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addWidget(self.table, 1)
        line_buttons = QHBoxLayout()
        line_buttons.addWidget(self.add_button)
        line_buttons.addWidget(self.remove_button)
        line_buttons.addStretch(1)
        left_layout.addLayout(line_buttons)
        split = QSplitter(Qt.Orientation.Horizontal)
        split.addWidget(left)
        split.addWidget(self.editor)
        split.setSizes([560, 540])
        buttons = QHBoxLayout()
        buttons.addWidget(self.message, 1)
        for button in (self.save_button, self.submit_button, self.close_button):
            buttons.addWidget(button)
        layout = QVBoxLayout(self)
        layout.addWidget(split, 1)
        layout.addWidget(self.note)
        layout.addLayout(buttons)

    def _load(self, number: str) -> None:
        detail = get_request(self.db, self.actor, number)
        self.version = detail.row.version
        self.note.setText(detail.note)
        self.lines = [line.input for line in detail.lines] or [blank_line()]
        self.previews = [preview_line(self.db, self.actor, line) for line in self.lines]

    def _refill(self) -> None:
        self.table.setRowCount(len(self.lines))
        for row in range(len(self.lines)):
            self._show_row(row)
        self.table.resizeColumnsToContents()

    def _show_row(self, row: int) -> None:
        line, preview = self.lines[row], self.previews[row]
        verdict = preview.verdict if preview else None
        warranty = "" if verdict is None else (
            self.tr("refused") if verdict.refused else
            self.tr("until %1").replace("%1", verdict.end.isoformat()) if verdict.in_warranty
            else self.tr("expired %1").replace("%1", verdict.end.isoformat()))
        check = "" if preview is None else (
            self.tr("not accepted") if preview.blocked else
            self.tr("warning") if preview.findings else self.tr("OK"))
        values = [line.product_code, preview.product_name if preview else "",
                  str(line.quantity), line.date_code, warranty, check]
        for column, value in enumerate(values):
            item = QTableWidgetItem(value)
            if column == 5 and preview is not None:
                item.setForeground(QColor("#b71c1c" if preview.blocked else
                                          "#e65100" if preview.findings else "#1b5e20"))
            self.table.setItem(row, column, item)

    def _select(self, row: int) -> None:
        if not 0 <= row < len(self.lines):
            return
        self.current = row
        if self.table.currentRow() != row:
            self.table.selectRow(row)
        self.editor.setTitle(self.tr("Line %1").replace("%1", str(row + 1)))
        self.editor.set_value(self.lines[row])
        preview = self.previews[row]
        if preview is not None:
            self.editor.show_preview(preview)
        else:
            self.editor.preview.clear()

    def _line_edited(self) -> None:
        row = self.current
        self.lines[row] = self.editor.value()
        preview = preview_line(self.db, self.actor, self.lines[row])
        self.previews[row] = preview
        self.editor.show_preview(preview)
        self._show_row(row)

    def add_line(self) -> None:
        self.lines.append(blank_line())
        self.previews.append(None)
        self._refill()
        self._select(len(self.lines) - 1)

    def remove_line(self) -> None:
        if len(self.lines) <= 1:
            return
        del self.lines[self.current]
        del self.previews[self.current]
        self._refill()
        self._select(min(self.current, len(self.lines) - 1))

    def save(self) -> bool:
        """Save as a draft; True when saved."""
        try:
            if self.number is None:
                self.number = file_return(self.db, self.actor, self.lines, self.note.text())
            else:
                update_draft(self.db, self.actor, self.number, self.lines, self.note.text(),
                             self.version)
            self.version = get_request(self.db, self.actor, self.number).row.version
        except DomainError as exc:
            self.message.setText(tr(exc.message))
            return False
        self.message.clear()
        self.setWindowTitle(self.tr("Return request %1").replace("%1", self.number))
        self.saved.emit(self.number)
        return True

    def submit(self) -> None:
        if not self.save():
            return
        assert self.number is not None
        try:
            transition(self.db, self.actor, self.number, Action.SUBMIT, "", self.version)
        except DomainError as exc:
            self.message.setText(tr(exc.message))
            return
        self.saved.emit(self.number)
        self.accept()
