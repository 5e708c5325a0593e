"""One request: its lines with their verdicts, photos, the history of every state change (A9),
its boxes and HQ's count, and the actions the user may take now."""

from __future__ import annotations

from collections.abc import Callable
from functools import partial
from pathlib import Path

from PySide6.QtCore import QSize, QUrl
from PySide6.QtGui import QDesktopServices, QIcon, QPixmap
from PySide6.QtPrintSupport import QPrintPreviewDialog
from PySide6.QtWidgets import (
    QDialog,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListView,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from desktop.backend import Backend
from desktop.core.errors import DomainError
from desktop.core.rules.roles import OrgKind
from desktop.core.rules.workflow import EDITABLE, Action, State
from desktop.core.services.admin.catalogue import ProductRow, all_products
from desktop.core.services.admin.orgs import OrgRow, org_choices
from desktop.core.services.returns.filing import add_photo
from desktop.core.services.returns.flow import transition
from desktop.core.services.returns.printing import (
    AUTHORISED,
    labels_pdf,
    return_authorisation_pdf,
)
from desktop.core.services.returns.query import RequestDetail
from desktop.core.services.returns.shipping import SHIPPABLE
from desktop.ui import style
from desktop.ui.i18n import tr
from desktop.ui.labels import action_label, state_label
from desktop.ui.ops import Op
from desktop.ui.returns.record import (
    RequestRecord,
    box_rows,
    count_rows,
    history_lines,
    line_rows,
    load_request,
)
from desktop.ui.returns.steps import NEEDS_REASON, take_step
from desktop.ui.widgets.printing import preview_pdf, save_pdf
from desktop.ui.widgets.rows import RowsTable

__all__ = ["RequestDetailDialog", "load_request"]

LABELLED = frozenset({State.SHIPPED, State.RECEIVING})
RED, GREEN = "#c62828", "#1b5e20"


class RequestDetailDialog(QDialog):
    """Built from a request already read (:func:`load_request`); reads it again itself after
    each action."""

    def __init__(self, backend: Backend, record: RequestRecord,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.backend, self.actor = backend, backend.actor
        self.number = record.detail.row.number
        self.resize(1000, 700)
        self.header = QLabel()
        style.title(self.header)
        self.facts = QLabel()
        self.facts.setWordWrap(True)
        self.tabs = tabs = self._tabs()
        self.reason = QLineEdit()
        self.reason.setPlaceholderText(self.tr("reason (the dealer reads it)"))
        self.message = QLabel()
        self.message.setWordWrap(True)
        # Two lines kept for a refusal or a confirmation: the buttons below do not move.
        self.message.setMinimumHeight(2 * self.message.fontMetrics().lineSpacing() + 4)
        self.actions_bar = QHBoxLayout()
        layout = QVBoxLayout(self)
        layout.addWidget(self.header)
        layout.addWidget(self.facts)
        layout.addWidget(tabs, 1)
        layout.addWidget(self.reason)
        layout.addWidget(self.message)
        layout.addLayout(self.actions_bar)
        self.action_buttons: dict[Action, QPushButton] = {}
        self.preview_dialog: QPrintPreviewDialog | None = None
        self.shipment_dialog: QDialog | None = None
        self.ship_button: QPushButton | None = None
        self.saved_to: Path | None = None
        self._reads = 0
        self._say("", ok=False)
        self._show(record)

    def _tabs(self) -> QTabWidget:
        """Lines, photos, history (A9), boxes, and HQ's count (L2), each under its headers."""
        self.lines = RowsTable([
            self.tr("#"), self.tr("Model"), self.tr("Name"), self.tr("Qty"),
            self.tr("Date code"), self.tr("Kind"), self.tr("Fault"),
            self.tr("Warranty and checks")])
        self.photos = QListWidget()
        self.photos.setViewMode(QListView.ViewMode.IconMode)
        self.photos.setIconSize(QSize(160, 160))
        self.history = QListWidget()
        self.history.setObjectName("history")
        self.boxes = RowsTable([
            self.tr("Box"), self.tr("Code"), self.tr("Received"), self.tr("By")])
        self.count = RowsTable([
            self.tr("Model"), self.tr("Name"), self.tr("Declared"), self.tr("HQ counted"),
            self.tr("Difference"), self.tr("Note")])
        self.count.setObjectName("hqCount")
        tabs = QTabWidget()
        tabs.addTab(self.lines, self.tr("Lines"))
        tabs.addTab(self.photos, self.tr("Photos"))
        tabs.addTab(self.history, self.tr("History"))
        tabs.addTab(self.boxes, self.tr("Boxes"))
        tabs.addTab(self.count, self.tr("HQ count"))
        return tabs

    # -- reading ---------------------------------------------------------------------------
    def refresh(self) -> None:
        """Read the request again; only the answer to the latest read is shown."""
        self._reads += 1
        asked = self._reads
        load_request(self, self.backend, self.number,
                     lambda record: self._show(record) if asked == self._reads else None)

    def _show(self, record: RequestRecord) -> None:
        self.record = record
        self.detail = detail = record.detail
        row = detail.row
        self.setWindowTitle(self.tr("Return request %1").replace("%1", row.number))
        self.header.setText(f"{row.number} · {state_label(row.state)}")
        self.facts.setText("\n".join(f for f in self._facts(detail) if f))
        self.lines.set_rows(line_rows(detail))
        self._fill_photos(detail)
        self.history.clear()
        self.history.addItems(history_lines(detail))
        self.boxes.set_rows(box_rows(record))
        self.tabs.setTabText(3, self.tr("Boxes (%1)").replace("%1", str(len(record.boxes))))
        self._fill_count(record)
        self._fill_actions(detail)

    def _facts(self, detail: RequestDetail) -> list[str]:
        row = detail.row
        clock = ""
        if row.days_left is not None:
            clock = (self.tr("Overdue by %1 working days (due %2)") if row.overdue else
                     self.tr("%1 working days left (due %2)")).replace(
                "%1", str(abs(row.days_left))).replace("%2", str(row.due_on))
        facts = [f"{row.dealer_name} [{row.dealer_code}]",
                 self.tr("%1 lines, %2 pieces, ¥%3").replace("%1", str(row.line_count))
                 .replace("%2", str(row.total_quantity)).replace("%3", f"{row.total_value:.2f}"),
                 clock, detail.note]
        if detail.reject_reason and row.state == State.REJECTED:
            facts.append(self.tr("Rejected because: %1").replace("%1", detail.reject_reason))
        return facts

    def _fill_count(self, record: RequestRecord) -> None:
        """HQ's count prevails over what was declared (L2); the dealer sees every difference."""
        rows, colours = count_rows(record)
        self.count.set_rows(rows, colours)
        self.count_differences = [c for c in record.count
                                  if c.counted is not None and c.difference]
        differences = len(self.count_differences)
        self.tabs.setTabVisible(4, bool(rows))
        self.tabs.setTabText(4, self.tr("HQ count (differences: %1)").replace(
            "%1", str(differences)) if differences else self.tr("HQ count"))

    def _fill_photos(self, detail: RequestDetail) -> None:
        self.photos.clear()
        for photo in detail.photos:
            pixmap = QPixmap()
            pixmap.loadFromData(photo.thumbnail)
            label = photo.filename if photo.line_no is None else (
                f"{photo.line_no}: {photo.filename}")
            self.photos.addItem(QListWidgetItem(QIcon(pixmap), label))
        self.tabs.setTabText(1, self.tr("Photos (%1)").replace("%1", str(len(detail.photos))))

    def _fill_actions(self, detail: RequestDetail) -> None:
        while self.actions_bar.count():
            item = self.actions_bar.takeAt(0)
            widget = item.widget() if item is not None else None
            if widget is not None:
                widget.deleteLater()
        self.action_buttons = {}
        own = detail.row.dealer_code == self.actor.org_code
        state = detail.row.state
        boxed = bool(self.record.boxes) and state in LABELLED
        buttons: list[tuple[bool, str, Callable[[], object]]] = [
            (own and state in EDITABLE, self.tr("Edit lines…"), self._edit),
            (own and state in SHIPPABLE, self.tr("Ship and print labels…"), self._ship),
            (boxed, self.tr("Save labels as PDF…"), self._save_labels),
            (boxed, self.tr("Print labels…"), self.preview_labels),
            (state.value in AUTHORISED, self.tr("Return authorisation…"),
             self._save_authorisation),
            (state.value in AUTHORISED, self.tr("Print authorisation…"),
             self.preview_authorisation),
            (own, self.tr("Add photo…"), self._add_photo),
        ]
        made = {slot: self._button(text, slot) for shown, text, slot in buttons if shown}
        self.ship_button = made.get(self._ship)
        self.actions_bar.addStretch(1)
        for action in detail.actions:
            self.action_buttons[action] = self._button(
                action_label(action), partial(self.act, action))
        self.reason.setVisible(bool(NEEDS_REASON & set(detail.actions)))
        self._button(self.tr("Close"), self.accept)

    def _button(self, text: str, slot: Callable[[], object]) -> QPushButton:
        button = QPushButton(text)
        button.clicked.connect(lambda _checked=False: slot())
        self.actions_bar.addWidget(button)
        return button

    # -- messages --------------------------------------------------------------------------
    def _say(self, text: str, ok: bool) -> None:
        self.message.setStyleSheet(f"color: {GREEN if ok else RED}; font-weight: bold;")
        self.message.setText(text)

    def show_error(self, exc: DomainError) -> None:
        """A refusal of any action of this dialog (the operations layer's default display)."""
        self._say(tr(exc.message), ok=False)

    # -- actions ---------------------------------------------------------------------------
    def act(self, action: Action) -> None:
        """Take ``action`` (asked about first when it cannot be taken back)."""
        reason, version = self.reason.text(), self.detail.row.version

        def go() -> None:
            Op(self, self.backend, transition, self.number, action, reason, version).busy(
                *self.action_buttons.values()).done(
                lambda state: self._acted(action, state)).run()

        take_step(self, action, [self.number], reason, go)

    def _acted(self, action: Action, state: State) -> None:
        self._say(self.tr("%1: done; the request is now %2.").replace(
            "%1", action_label(action)).replace("%2", state_label(state)), ok=True)
        self.reason.clear()
        self.refresh()

    def add_photo_file(self, path: Path) -> None:
        try:
            data = path.read_bytes()
        except OSError as exc:
            self._say(self.tr("The file cannot be read: %1").replace("%1", str(exc)), ok=False)
            return
        Op(self, self.backend, add_photo, self.number, path.name, data).done(
            lambda _id: self._photo_added(path.name)).run()

    def _photo_added(self, name: str) -> None:
        self._say(self.tr("Photo %1 added.").replace("%1", name), ok=True)
        self.refresh()

    def _add_photo(self) -> None:
        name, _ = QFileDialog.getOpenFileName(self, self.tr("Add photo"), "",
                                              self.tr("Photos (*.jpg *.jpeg *.png)"))
        if name:
            self.add_photo_file(Path(name))

    def _ship(self) -> None:
        op = Op(self, self.backend, org_choices, (OrgKind.CARRIER,))
        if self.ship_button is not None:
            op.busy(self.ship_button)
        op.done(self._open_shipment).run()

    def _open_shipment(self, carriers: list[OrgRow]) -> None:
        from desktop.ui.returns.shipment import ShipmentDialog
        from desktop.ui.widgets.form import run_form

        self.shipment_dialog = run_form(
            ShipmentDialog(self.backend, self.detail, carriers, self),
            self._shipped)

    def _shipped(self, codes: list[str]) -> None:
        self._say(self.tr("Shipment saved: %1 boxes. Save and print their labels.").replace(
            "%1", str(len(codes))), ok=True)
        self.refresh()
        self._save_labels()

    def _edit(self) -> None:
        Op(self, self.backend, all_products).done(self._open_form).run()

    def _open_form(self, products: list[ProductRow]) -> None:
        from desktop.ui.returns.form import RequestForm

        form = RequestForm(self.backend, products, self.detail, self)
        form.saved.connect(lambda _number: self.refresh())
        form.open()

    # -- printing --------------------------------------------------------------------------
    def save_labels_to(self, path: Path, open_after: bool = False) -> None:
        """Make the labels (off the GUI thread) and write them to ``path`` on this computer."""
        save_pdf(self, Op(self, self.backend, labels_pdf, self.number), path,
                 saved=lambda written: self._saved(
                     self.tr("Labels saved to %1"), written, open_after))

    def save_authorisation_to(self, path: Path, open_after: bool = False) -> None:
        save_pdf(self, Op(self, self.backend, return_authorisation_pdf, self.number), path,
                 saved=lambda written: self._saved(
                     self.tr("Return authorisation saved to %1"), written, open_after))

    def _saved(self, text: str, written: Path, open_after: bool) -> None:
        self.saved_to = written
        self._say(text.replace("%1", str(written)), ok=True)
        if open_after:  # print from the PDF viewer
            QDesktopServices.openUrl(QUrl.fromLocalFile(str(written)))

    def preview_labels(self) -> None:
        """Qt's print preview of the box labels (100×150 mm pages), then the print dialog."""
        preview_pdf(self, Op(self, self.backend, labels_pdf, self.number),
                    f"{self.number}-labels", opened=self._previewed)

    def preview_authorisation(self) -> None:
        preview_pdf(self, Op(self, self.backend, return_authorisation_pdf, self.number),
                    f"{self.number}-authorisation", opened=self._previewed)

    def _previewed(self, dialog: QPrintPreviewDialog) -> None:
        self.preview_dialog = dialog

    def _save_authorisation(self) -> None:
        name, _ = QFileDialog.getSaveFileName(
            self, self.tr("Save return authorisation"), f"{self.number}-authorisation.pdf",
            self.tr("PDF (*.pdf)"))
        if name:
            self.save_authorisation_to(Path(name), open_after=True)

    def _save_labels(self) -> None:
        name, _ = QFileDialog.getSaveFileName(
            self, self.tr("Save labels"), f"{self.number}-labels.pdf", self.tr("PDF (*.pdf)"))
        if name:
            self.save_labels_to(Path(name), open_after=True)
