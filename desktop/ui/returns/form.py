"""The return request form (返修退货申请): lines with their verdicts, a note, save or submit."""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime

from PySide6.QtCore import QModelIndex, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from desktop.backend import Backend
from desktop.core.errors import DomainError
from desktop.core.rules.acceptance import ReturnKind
from desktop.core.rules.workflow import Action
from desktop.core.services.admin.catalogue import ProductRow
from desktop.core.services.returns.filing import (
    LineInput,
    LinePreview,
    file_return,
    preview_line,
    update_draft,
)
from desktop.core.services.returns.flow import transition
from desktop.core.services.returns.query import RequestDetail, get_request
from desktop.ui.i18n import tr
from desktop.ui.ops import Op
from desktop.ui.returns.line_editor import LineEditor
from desktop.ui.widgets.confirm import confirm
from desktop.ui.widgets.rows import RowsTable

CHECK = 5  # the column whose colour says blocked, warned or fine


def blank_line() -> LineInput:
    return LineInput("", 1, "", ReturnKind.QUALITY_FAULT)


class RequestForm(QDialog):
    """A new request (``detail`` None) or a draft / rejected one to revise.  ``products``: the
    catalogue for the model picker, read before the form opens.  Each line's verdict is asked
    off the GUI thread as it is typed."""

    saved = Signal(str)

    def __init__(self, backend: Backend, products: list[ProductRow],
                 detail: RequestDetail | None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.backend, self.actor = backend, backend.actor
        self.number: str | None = detail.row.number if detail else None
        self.version: int | None = None
        self.setWindowTitle(self.tr("Return request %1").replace(
            "%1", self.number or self.tr("(new)")))
        self.resize(1200, 760)
        self.lines: list[LineInput] = [blank_line()]
        self.previews: dict[LineInput, LinePreview] = {}  # answers, by the line they judge
        self.current = 0
        self.table = RowsTable([
            self.tr("Model"), self.tr("Name"), self.tr("Qty"), self.tr("Date code"),
            self.tr("Warranty"), self.tr("Check")])
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.verticalHeader().setVisible(True)
        self.table.set_samples(self._samples(products))
        self.editor = LineEditor([(p.code, p.name) for p in products])
        self.note = QLineEdit()
        self.note.setPlaceholderText(self.tr("note for the region and the order department"))
        self.message = QLabel()
        self.message.setObjectName("formError")
        self.message.setWordWrap(True)
        self.message.setMinimumHeight(2 * self.message.fontMetrics().lineSpacing() + 4)
        self.add_button = QPushButton(self.tr("Add line"))
        self.remove_button = QPushButton(self.tr("Remove line"))
        self.save_button = QPushButton(self.tr("Save draft"))
        self.submit_button = QPushButton(self.tr("Submit for review"))
        self.close_button = QPushButton(self.tr("Close"))
        self._layout()
        self.table.selectionModel().currentRowChanged.connect(
            lambda current, _previous: self._select(current.row()))
        self.editor.edited.connect(self._line_edited)
        self.editor.refused.connect(lambda words: self._say(words, ok=False))
        self.add_button.clicked.connect(self.add_line)
        self.remove_button.clicked.connect(self.remove_line)
        self.save_button.clicked.connect(lambda: self.save())
        self.submit_button.clicked.connect(self.submit)
        self.close_button.clicked.connect(self.reject)
        if detail is not None:
            self._load(detail)
        self._saved_as = self._typed()
        self._discarding = False
        self._say("", ok=False)
        self._refill()
        self._select(0)

    def _samples(self, products: list[ProductRow]) -> list[list[str]]:
        """The longest texts each column of the line list will hold, in this language: the
        columns are wide enough from the start and do not jump while a line is typed."""
        day = "2028-12-31"
        codes = sorted((p.code for p in products), key=len)[-1:] or [""]
        names = sorted((p.name for p in products), key=len)[-1:] or [""]
        warranty = [self.tr("refused"), self.tr("until %1").replace("%1", day),
                    self.tr("expired %1").replace("%1", day)]
        check = [self.tr("not accepted"), self.tr("warning"), self.tr("OK")]
        return [[codes[0], names[0], "100000", "2024-07-15", w, c]
                for w, c in zip(warranty, check, strict=True)]

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
        split.setSizes([620, 580])  # the line list whole in either language
        buttons = QHBoxLayout()
        buttons.addWidget(self.message, 1)
        for button in (self.save_button, self.submit_button, self.close_button):
            buttons.addWidget(button)
        layout = QVBoxLayout(self)
        layout.addWidget(split, 1)
        layout.addWidget(self.note)
        layout.addLayout(buttons)

    def _load(self, detail: RequestDetail) -> None:
        self.version = detail.row.version
        self.note.setText(detail.note)
        self.lines = [line.input for line in detail.lines] or [blank_line()]
        for line in self.lines:
            self._ask(line)

    # -- the lines -------------------------------------------------------------------------
    def preview_of(self, row: int) -> LinePreview | None:
        return self.previews.get(self.lines[row])

    def _ask(self, line: LineInput) -> None:
        """Ask for the verdict of ``line`` unless it is known; an answer is kept for the line
        it judged, so one that comes after the clerk typed on is never shown for the new text."""
        if line not in self.previews:
            Op(self, self.backend, preview_line, line).done(
                lambda preview: self._previewed(line, preview)).run()

    def _previewed(self, line: LineInput, preview: LinePreview) -> None:
        self.previews[line] = preview
        for row, shown in enumerate(self.lines):
            if shown == line:
                self._show_row(row)
                if row == self.current:
                    self.editor.show_preview(preview)

    def _refill(self) -> None:
        self.table.set_rows([self._row_texts(row) for row in range(len(self.lines))])
        for row in range(len(self.lines)):
            self._colour_row(row)

    def _row_texts(self, row: int) -> list[str]:
        line, preview = self.lines[row], self.preview_of(row)
        verdict = preview.verdict if preview else None
        warranty = "" if verdict is None else (
            self.tr("refused") if verdict.refused else
            self.tr("until %1").replace("%1", verdict.end.isoformat()) if verdict.in_warranty
            else self.tr("expired %1").replace("%1", verdict.end.isoformat()))
        check = "" if preview is None else (
            self.tr("not accepted") if preview.blocked else
            self.tr("warning") if preview.findings else self.tr("OK"))
        return [line.product_code, preview.product_name if preview else "",
                str(line.quantity), line.date_code, warranty, check]

    def _colour_row(self, row: int) -> None:
        preview = self.preview_of(row)
        self.table.set_colour(row, None if preview is None else (
            "#b71c1c" if preview.blocked else "#e65100" if preview.findings else "#1b5e20"),
            CHECK)

    def _show_row(self, row: int) -> None:
        self.table.set_row(row, self._row_texts(row))
        self._colour_row(row)

    def _select(self, row: int) -> None:
        if not 0 <= row < len(self.lines):
            return
        self.current = row
        if self.table.currentIndex().row() != row:
            self.table.setCurrentIndex(self.table.model().index(row, 0, QModelIndex()))
        self.editor.setTitle(self.tr("Line %1").replace("%1", str(row + 1)))
        self.editor.set_value(self.lines[row])
        preview = self.preview_of(row)
        if preview is not None:
            self.editor.show_preview(preview)
        else:
            self.editor.preview.clear()

    def _line_edited(self) -> None:
        row = self.current
        self.lines[row] = line = self.editor.value()
        self._show_row(row)
        preview = self.previews.get(line)
        if preview is not None:
            self.editor.show_preview(preview)
        else:
            self._ask(line)

    def add_line(self) -> None:
        self.lines.append(blank_line())
        self._refill()
        self._select(len(self.lines) - 1)

    def remove_line(self) -> None:
        if len(self.lines) <= 1:
            return
        del self.lines[self.current]
        self._refill()
        self._select(min(self.current, len(self.lines) - 1))

    # -- saving ----------------------------------------------------------------------------
    def _say(self, text: str, ok: bool) -> None:
        self.message.setStyleSheet(f"color: {'#1b5e20' if ok else '#c62828'}; "
                                   "font-weight: bold;")
        self.message.setText(text)

    def show_error(self, exc: DomainError) -> None:
        """A refusal of the save or the submission (the operations layer's default display)."""
        self._say(tr(exc.message), ok=False)

    def _typed(self) -> tuple[tuple[LineInput, ...], str]:
        return tuple(self.lines), self.note.text()

    def unsaved(self) -> bool:
        """Lines or a note typed since the form opened or was last saved."""
        return self._typed() != self._saved_as

    def reject(self) -> None:
        """Esc, Close and the window's X: asked first when typed work would be lost."""
        if self._discarding or not self.unsaved():
            super().reject()
            return
        confirm(self, self.tr("Close the request form"), self.tr(
            "What you typed since the last save will be lost. Close the form anyway?"),
            self.tr("Discard and close"), self._discard, self.tr("Keep editing"))

    def _discard(self) -> None:
        self._discarding = True
        self.reject()

    def save(self, then: Callable[[], object] | None = None) -> None:
        """Save as a draft, then ``then()`` (the submission) once it is saved."""
        self._say("", ok=False)
        typed = self._typed()
        lines, note = list(self.lines), self.note.text()
        op: Op[str | None]
        if self.number is None:
            op = Op(self, self.backend, file_return, lines, note)
        else:
            op = Op(self, self.backend, update_draft, self.number, lines, note, self.version)
        op.busy(self.save_button, self.submit_button).done(
            lambda number: self._saved(number, typed, then)).run()

    def _saved(self, number: str | None, typed: tuple[tuple[LineInput, ...], str],
               then: Callable[[], object] | None) -> None:
        if number is not None:
            self.number = number
        assert self.number is not None
        self._saved_as = typed  # what was sent is saved, whatever was typed meanwhile
        Op(self, self.backend, get_request, self.number).busy(
            self.save_button, self.submit_button).done(
            lambda detail: self._reread(detail, then)).run()

    def _reread(self, detail: RequestDetail, then: Callable[[], object] | None) -> None:
        self.version = detail.row.version
        self.setWindowTitle(self.tr("Return request %1").replace("%1", detail.row.number))
        self.saved.emit(detail.row.number)
        if then is not None:
            then()
            return
        self._say(self.tr("Saved as draft %1 at %2.").replace("%1", detail.row.number).replace(
            "%2", datetime.now().strftime("%H:%M")), ok=True)

    def submit(self) -> None:
        self.save(then=self._submit_saved)

    def _submit_saved(self) -> None:
        assert self.number is not None
        Op(self, self.backend, transition, self.number, Action.SUBMIT, "", self.version).busy(
            self.save_button, self.submit_button).done(lambda _state: self._submitted()).run()

    def _submitted(self) -> None:
        assert self.number is not None
        self.saved.emit(self.number)
        self.accept()
