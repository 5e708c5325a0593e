"""客诉联络单: filed within the policy's hours of receipt; the order department answers."""

from __future__ import annotations

from datetime import UTC, datetime

from PySide6.QtCore import QCoreApplication, QDateTime
from PySide6.QtWidgets import QCheckBox, QDateTimeEdit, QLineEdit, QPlainTextEdit, QSpinBox, QWidget

from desktop.core.i18n import QT_TRANSLATE_NOOP
from desktop.core.rules.complaints import ANSWER_LABELS, KIND_LABELS, STATE_LABELS, ComplaintKind
from desktop.core.services.admin.catalogue import all_products
from desktop.core.services.complaints.sheets import SheetForm, SheetRow, file_sheet, list_sheets
from desktop.core.services.kernel.actor import Actor
from desktop.core.services.startup import Database
from desktop.ui.widgets.fields import EnumCombo, model_picker, picked_code
from desktop.ui.widgets.form import FormDialog
from desktop.ui.widgets.list_page import ListPage
from desktop.ui.widgets.table import Column, PagedTableModel


def _t(source: str) -> str:
    return QCoreApplication.translate("Complaints", source)


COLUMNS: list[Column[SheetRow]] = [
    Column(QT_TRANSLATE_NOOP("ComplaintsPage", "Number"), lambda r: r.number),
    Column(QT_TRANSLATE_NOOP("ComplaintsPage", "Filed by"), lambda r: r.org_name),
    Column(QT_TRANSLATE_NOOP("ComplaintsPage", "Kind"), lambda r: _t(KIND_LABELS[r.kind])),
    Column(QT_TRANSLATE_NOOP("ComplaintsPage", "Received"),
           lambda r: r.received_at.astimezone().strftime("%Y-%m-%d %H:%M")),
    Column(QT_TRANSLATE_NOOP("ComplaintsPage", "State"), lambda r: _t(STATE_LABELS[r.state])),
    Column(QT_TRANSLATE_NOOP("ComplaintsPage", "Answer"),
           lambda r: _t(ANSWER_LABELS[r.answer]) if r.answer else ""),
    Column(QT_TRANSLATE_NOOP("ComplaintsPage", "Return request"), lambda r: r.return_number),
]


def complaints_page(db: Database, actor: Actor) -> ListPage:
    model: PagedTableModel[SheetRow] = PagedTableModel(
        "ComplaintsPage", COLUMNS, lambda q: list_sheets(db, actor, q), lambda r: str(r.id))
    page = ListPage(QCoreApplication.translate("ComplaintsPage", "Complaint sheets"), model)

    def open_row(row: SheetRow | None) -> FormDialog:
        if row is None:
            return SheetDialog(db, actor, page)
        from desktop.ui.complaints.detail import SheetDetailDialog

        return SheetDetailDialog(db, actor, row.number, page)

    page.edit_with(open_row, can_create=actor.role.value == "dealer_staff")
    page.edit_button.setText(QCoreApplication.translate("ComplaintsPage", "Open…"))
    page.reload()
    return page


class SheetDialog(FormDialog):
    def __init__(self, db: Database, actor: Actor, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("File a complaint sheet"), parent)
        self.db, self.actor = db, actor
        self.kind = EnumCombo(ComplaintKind, {k: _t(v) for k, v in KIND_LABELS.items()})
        self.received = QDateTimeEdit(QDateTime.currentDateTime())
        self.received.setDisplayFormat("yyyy-MM-dd HH:mm")
        self.order = QLineEdit()
        self.model = model_picker([(p.code, p.name) for p in all_products(db, actor)])
        self.quantity = QSpinBox()
        self.quantity.setRange(1, 100_000)
        self.problem = QLineEdit()
        self.unused = QCheckBox(self.tr("Unused"))
        self.unused.setChecked(True)
        self.opened = QCheckBox(self.tr("Package opened"))
        self.opened.setChecked(True)
        self.description = QPlainTextEdit()
        self.description.setMaximumHeight(80)
        for name, label, widget in (
            ("kind", self.tr("Kind"), self.kind),
            ("received_at", self.tr("Received at"), self.received),
            ("order", self.tr("Order number"), self.order),
            ("lines", self.tr("Model"), self.model),
            ("quantity", self.tr("Quantity"), self.quantity),
            ("problem", self.tr("What is wrong"), self.problem),
            ("unused", "", self.unused), ("opened", "", self.opened),
            ("description", self.tr("Description"), self.description)):
            self.add_field(name, label, widget)

    def submit(self) -> str:
        received = self.received.dateTime().toPython()
        assert isinstance(received, datetime)
        return file_sheet(self.db, self.actor, SheetForm(
            self.kind.value(), received.astimezone(UTC),
            ((picked_code(self.model), self.quantity.value(), self.problem.text()),),
            self.order.text(), self.unused.isChecked(), self.opened.isChecked(),
            self.description.toPlainText()))
