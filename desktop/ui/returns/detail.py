"""One request: its lines with their verdicts, photos, the history of every state change (A9)
and the actions the user may take now."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QSize, QUrl, Signal
from PySide6.QtGui import QDesktopServices, QIcon, QPixmap
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
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from desktop.core.errors import DomainError
from desktop.core.i18n import QT_TRANSLATE_NOOP
from desktop.core.rules.acceptance import KIND_LABELS, Severity
from desktop.core.rules.workflow import ACTION_LABELS, EDITABLE, STEPS, Action, State
from desktop.core.services.kernel.actor import Actor
from desktop.core.services.receiving.counting import boxes_of, count_sheet
from desktop.core.services.returns.filing import add_photo
from desktop.core.services.returns.flow import transition
from desktop.core.services.returns.printing import (
    AUTHORISED,
    labels_pdf,
    print_labels,
    print_return_authorisation,
    return_authorisation_pdf,
)
from desktop.core.services.returns.query import RequestDetail, get_request
from desktop.core.services.returns.shipping import SHIPPABLE
from desktop.core.services.startup import Database
from desktop.ui import style
from desktop.ui.i18n import tr
from desktop.ui.labels import state_label

NEEDS_REASON = {s.action for s in STEPS if s.needs_reason}
LABELLED = frozenset({State.SHIPPED, State.RECEIVING})


class RequestDetailDialog(QDialog):
    changed = Signal()

    def __init__(self, db: Database, actor: Actor, number: str,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.db, self.actor, self.number = db, actor, number
        self.resize(1000, 700)
        self.header = QLabel()
        style.title(self.header)
        self.facts = QLabel()
        self.facts.setWordWrap(True)
        self.lines = QTableWidget(0, 8)
        self.lines.setHorizontalHeaderLabels([
            self.tr("#"), self.tr("Model"), self.tr("Name"), self.tr("Qty"),
            self.tr("Date code"), self.tr("Kind"), self.tr("Fault"),
            self.tr("Warranty and checks")])
        self.lines.horizontalHeader().setStretchLastSection(True)
        self.lines.verticalHeader().setVisible(False)
        self.lines.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.photos = QListWidget()
        self.photos.setViewMode(QListView.ViewMode.IconMode)
        self.photos.setIconSize(QSize(160, 160))
        self.history = QListWidget()
        self.history.setObjectName("history")
        self.boxes = QTableWidget(0, 4)
        self.boxes.setHorizontalHeaderLabels([
            self.tr("Box"), self.tr("Code"), self.tr("Received"), self.tr("By")])
        self.boxes.verticalHeader().setVisible(False)
        self.boxes.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        tabs = QTabWidget()
        tabs.addTab(self.lines, self.tr("Lines"))
        tabs.addTab(self.photos, self.tr("Photos"))
        tabs.addTab(self.history, self.tr("History"))
        tabs.addTab(self.boxes, self.tr("Boxes and count"))
        self.tabs = tabs
        self.reason = QLineEdit()
        self.reason.setPlaceholderText(self.tr("reason (the dealer reads it)"))
        self.message = QLabel()
        self.message.setStyleSheet("color: #c62828; font-weight: bold;")
        self.message.setWordWrap(True)
        self.actions_bar = QHBoxLayout()
        layout = QVBoxLayout(self)
        layout.addWidget(self.header)
        layout.addWidget(self.facts)
        layout.addWidget(tabs, 1)
        layout.addWidget(self.reason)
        layout.addWidget(self.message)
        layout.addLayout(self.actions_bar)
        self.action_buttons: dict[Action, QPushButton] = {}
        self.refresh()

    def refresh(self) -> None:
        self.detail = detail = get_request(self.db, self.actor, self.number)
        row = detail.row
        self.setWindowTitle(self.tr("Return request %1").replace("%1", row.number))
        self.header.setText(f"{row.number} · {state_label(row.state)}")
        clock = ""
        if row.days_left is not None:
            clock = (self.tr("Overdue by %1 working days (due %2)") if row.overdue else
                     self.tr("%1 working days left (due %2)")).replace(
                "%1", str(abs(row.days_left))).replace("%2", str(row.due_on))
        facts = [f"{row.dealer_name} [{row.dealer_code}]",
                 self.tr("%1 lines, %2 pieces, ¥%3").replace("%1", str(row.line_count))
                 .replace("%2", str(row.total_quantity)).replace("%3", f"{row.total_value:.2f}"),
                 clock, detail.note]
        if detail.reject_reason and row.state.value == "rejected":
            facts.append(self.tr("Rejected because: %1").replace("%1", detail.reject_reason))
        self.facts.setText("\n".join(f for f in facts if f))
        self._fill_lines(detail)
        self._fill_photos(detail)
        self._fill_history(detail)
        self._fill_boxes()
        self._fill_actions(detail)

    def _fill_lines(self, detail: RequestDetail) -> None:
        self.lines.setRowCount(len(detail.lines))
        for i, line in enumerate(detail.lines):
            checks = [("✓ " if line.in_warranty else "✗ ") + (
                self.tr("in warranty until %1") if line.in_warranty else
                self.tr("out of warranty since %1")).replace("%1", line.warranty_end.isoformat())]
            checks += [("✗ " if f.severity == Severity.BLOCK else "△ ") + tr(f.message)
                       for f in line.findings]
            values = [str(line.line_no), line.product_code, line.product_name,
                      str(line.quantity), line.date_code,
                      QCoreApplication.translate("Returns", KIND_LABELS[line.kind]), line.fault,
                      "\n".join(checks)]
            for column, value in enumerate(values):
                self.lines.setItem(i, column, QTableWidgetItem(value))
        self.lines.resizeColumnsToContents()
        self.lines.resizeRowsToContents()

    def _fill_photos(self, detail: RequestDetail) -> None:
        self.photos.clear()
        for photo in detail.photos:
            pixmap = QPixmap()
            pixmap.loadFromData(photo.thumbnail)
            label = photo.filename if photo.line_no is None else (
                f"{photo.line_no}: {photo.filename}")
            self.photos.addItem(QListWidgetItem(QIcon(pixmap), label))
        self.tabs.setTabText(1, self.tr("Photos (%1)").replace("%1", str(len(detail.photos))))

    def _fill_history(self, detail: RequestDetail) -> None:
        self.history.clear()
        for entry in detail.history:
            label = _history_label(entry.action)
            when = entry.at.astimezone().strftime("%Y-%m-%d %H:%M")
            change = (f"{state_label(entry.from_state)} → {state_label(entry.to_state)}"
                      if entry.from_state and entry.to_state else "")
            text = f"{when}  {entry.login}  {label}  {change}"
            if entry.reason:
                text += "  — " + entry.reason
            self.history.addItem(text)

    def _fill_boxes(self) -> None:
        boxes = boxes_of(self.db, self.actor, self.number)
        counts = [c for c in count_sheet(self.db, self.actor, self.number)
                  if c.counted is not None]
        self.boxes.setRowCount(len(boxes) + len(counts))
        for r, box in enumerate(boxes):
            when = box.received_at.astimezone().strftime("%Y-%m-%d %H:%M") \
                if box.received_at else ""
            for c, value in enumerate([f"{box.box_no}/{len(boxes)}", box.code, when, box.login]):
                self.boxes.setItem(r, c, QTableWidgetItem(value))
        for r, count in enumerate(counts, start=len(boxes)):
            text = self.tr("Counted %1: declared %2, HQ counted %3").replace(
                "%1", count.product_code).replace("%2", str(count.declared)).replace(
                "%3", str(count.counted))
            self.boxes.setItem(r, 0, QTableWidgetItem(self.tr("Count")))
            self.boxes.setItem(r, 1, QTableWidgetItem(text))
            self.boxes.setItem(r, 2, QTableWidgetItem(
                f"{count.difference:+d}" if count.difference else "✓"))
            self.boxes.setItem(r, 3, QTableWidgetItem(count.note))
        self.boxes.resizeColumnsToContents()
        self.count_differences = [c for c in counts if c.difference]
        self.tabs.setTabText(3, self.tr("Boxes (%1)").replace("%1", str(len(boxes))))

    def _fill_actions(self, detail: RequestDetail) -> None:
        while self.actions_bar.count():
            item = self.actions_bar.takeAt(0)
            widget = item.widget() if item is not None else None
            if widget is not None:
                widget.deleteLater()
        self.action_buttons = {}
        own = detail.row.dealer_code == self.actor.org_code
        if own and detail.row.state in EDITABLE:
            edit = QPushButton(self.tr("Edit lines…"))
            edit.clicked.connect(self._edit)
            self.actions_bar.addWidget(edit)
        if own and detail.row.state in SHIPPABLE:
            ship = QPushButton(self.tr("Ship and print labels…"))
            ship.clicked.connect(self._ship)
            self.actions_bar.addWidget(ship)
            self.ship_button = ship
        if self.boxes.rowCount() and detail.row.state in LABELLED:
            labels = QPushButton(self.tr("Save labels as PDF…"))
            labels.clicked.connect(self._save_labels)
            self.actions_bar.addWidget(labels)
            print_labels_button = QPushButton(self.tr("Print labels…"))
            print_labels_button.clicked.connect(self.preview_labels)
            self.actions_bar.addWidget(print_labels_button)
        if detail.row.state.value in AUTHORISED:
            sheet = QPushButton(self.tr("Return authorisation…"))
            sheet.clicked.connect(self._save_authorisation)
            self.actions_bar.addWidget(sheet)
            print_sheet = QPushButton(self.tr("Print authorisation…"))
            print_sheet.clicked.connect(self.preview_authorisation)
            self.actions_bar.addWidget(print_sheet)
        if own:
            photo = QPushButton(self.tr("Add photo…"))
            photo.clicked.connect(self._add_photo)
            self.actions_bar.addWidget(photo)
        self.actions_bar.addStretch(1)
        for action in detail.actions:
            button = QPushButton(QCoreApplication.translate("Workflow", ACTION_LABELS[action]))
            button.clicked.connect(lambda _c=False, a=action: self.act(a))
            self.actions_bar.addWidget(button)
            self.action_buttons[action] = button
        self.reason.setVisible(bool(NEEDS_REASON & set(detail.actions)))
        close = QPushButton(self.tr("Close"))
        close.clicked.connect(self.accept)
        self.actions_bar.addWidget(close)

    def act(self, action: Action) -> None:
        try:
            transition(self.db, self.actor, self.number, action, self.reason.text(),
                       self.detail.row.version)
        except DomainError as exc:
            self.message.setText(tr(exc.message))
            return
        self.message.clear()
        self.reason.clear()
        self.refresh()
        self.changed.emit()

    def add_photo_file(self, path: Path) -> None:
        try:
            add_photo(self.db, self.actor, self.number, path.name, path.read_bytes())
        except DomainError as exc:
            self.message.setText(tr(exc.message))
            return
        except OSError as exc:
            self.message.setText(self.tr("The file cannot be read: %1").replace("%1", str(exc)))
            return
        self.refresh()

    def _add_photo(self) -> None:
        name, _ = QFileDialog.getOpenFileName(self, self.tr("Add photo"), "",
                                              self.tr("Photos (*.jpg *.jpeg *.png)"))
        if name:
            self.add_photo_file(Path(name))

    def _ship(self) -> None:
        from desktop.ui.returns.shipment import ShipmentDialog
        from desktop.ui.widgets.form import run_form

        self.shipment_dialog = run_form(
            ShipmentDialog(self.db, self.actor, self.number, self.detail.row.version, self),
            self._shipped)

    def _shipped(self, _codes: object) -> None:
        self.refresh()
        self.changed.emit()
        self._save_labels()

    def save_labels_to(self, path: Path) -> Path | None:
        try:
            written = print_labels(self.db, self.actor, self.number, path)
        except DomainError as exc:
            self.message.setText(tr(exc.message))
            return None
        self.message.setStyleSheet("color: #1b5e20; font-weight: bold;")
        self.message.setText(self.tr("Labels saved to %1").replace("%1", str(written)))
        return written

    def _preview(self, make_pdf: Callable[[], bytes], title: str) -> QDialog | None:
        from desktop.ui.widgets.printing import open_preview

        try:
            return open_preview(self, make_pdf, title)
        except DomainError as exc:
            self.message.setText(tr(exc.message))
            return None

    def preview_labels(self) -> QDialog | None:
        """Qt's print preview of the box labels (100×150 mm pages), then the print dialog."""
        return self._preview(lambda: labels_pdf(self.db, self.actor, self.number),
                             f"{self.number}-labels")

    def preview_authorisation(self) -> QDialog | None:
        return self._preview(lambda: return_authorisation_pdf(self.db, self.actor, self.number),
                             f"{self.number}-authorisation")

    def save_authorisation_to(self, path: Path) -> Path | None:
        try:
            return print_return_authorisation(self.db, self.actor, self.number, path)
        except DomainError as exc:
            self.message.setText(tr(exc.message))
            return None

    def _save_authorisation(self) -> None:
        name, _ = QFileDialog.getSaveFileName(
            self, self.tr("Save return authorisation"), f"{self.number}-authorisation.pdf",
            self.tr("PDF (*.pdf)"))
        if name and self.save_authorisation_to(Path(name)):
            QDesktopServices.openUrl(QUrl.fromLocalFile(name))

    def _save_labels(self) -> None:
        name, _ = QFileDialog.getSaveFileName(
            self, self.tr("Save labels"), f"{self.number}-labels.pdf", self.tr("PDF (*.pdf)"))
        if name and self.save_labels_to(Path(name)):
            QDesktopServices.openUrl(QUrl.fromLocalFile(name))  # print from the PDF viewer

    def _edit(self) -> None:
        from desktop.ui.returns.form import RequestForm

        form = RequestForm(self.db, self.actor, self.number, self)
        form.saved.connect(self._after_edit)
        form.open()

    def _after_edit(self, _number: str) -> None:
        self.refresh()
        self.changed.emit()


HISTORY_LABELS = {
    "return.create": QT_TRANSLATE_NOOP("RequestDetailDialog", "Filed"),
    "return.edit": QT_TRANSLATE_NOOP("RequestDetailDialog", "Lines changed"),
    "return.photo": QT_TRANSLATE_NOOP("RequestDetailDialog", "Photo added"),
}


def _history_label(action: str) -> str:
    name = action.removeprefix("return.")
    if name in {a.value for a in Action}:
        return QCoreApplication.translate("Workflow", ACTION_LABELS[Action(name)])
    return QCoreApplication.translate("RequestDetailDialog", HISTORY_LABELS.get(action, action))
