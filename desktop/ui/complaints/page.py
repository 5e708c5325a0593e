"""客诉联络单: filed within the policy's hours of receipt; the order department answers."""

from __future__ import annotations

from datetime import UTC, datetime

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QCheckBox, QLineEdit, QPlainTextEdit, QSpinBox, QWidget

from desktop.backend import Backend
from desktop.core.i18n import QT_TRANSLATE_NOOP
from desktop.core.rules.complaints import ComplaintKind
from desktop.core.rules.roles import Role
from desktop.core.services.admin.catalogue import ProductRow, all_products
from desktop.core.services.complaints.sheets import (
    SheetDetail,
    SheetForm,
    SheetRow,
    file_sheet,
    get_sheet,
    list_sheets,
)
from desktop.ui.labels import answer_label, complaint_kind_label, sheet_state_label
from desktop.ui.ops import Op
from desktop.ui.widgets.fields import DateTimeEdit, EnumCombo, model_picker, picked_code
from desktop.ui.widgets.form import FormDialog, run_form
from desktop.ui.widgets.list_page import ListPage
from desktop.ui.widgets.table import Column, PagedTableModel

COLUMNS: list[Column[SheetRow]] = [
    Column(QT_TRANSLATE_NOOP("ComplaintsPage", "Number"), lambda r: r.number),
    Column(QT_TRANSLATE_NOOP("ComplaintsPage", "Filed by"), lambda r: r.org_name),
    Column(QT_TRANSLATE_NOOP("ComplaintsPage", "Kind"), lambda r: complaint_kind_label(r.kind)),
    Column(QT_TRANSLATE_NOOP("ComplaintsPage", "Received"),
           lambda r: r.received_at.astimezone().strftime("%Y-%m-%d %H:%M")),
    Column(QT_TRANSLATE_NOOP("ComplaintsPage", "State"), lambda r: sheet_state_label(r.state)),
    Column(QT_TRANSLATE_NOOP("ComplaintsPage", "Answer"),
           lambda r: answer_label(r.answer) if r.answer else ""),
    Column(QT_TRANSLATE_NOOP("ComplaintsPage", "Return request"), lambda r: r.return_number),
]


class ComplaintsPage(ListPage):
    """The sheets the actor may see; a dealer files one, anybody opens one."""

    def __init__(self, backend: Backend, parent: QWidget | None = None) -> None:
        model: PagedTableModel[SheetRow] = PagedTableModel(
            "ComplaintsPage", COLUMNS, lambda q: Op(self, backend, list_sheets, q, self.focus),
            lambda r: str(r.id))
        super().__init__(QCoreApplication.translate("ComplaintsPage", "Complaint sheets"), model,
                         parent=parent)
        self.backend, self.actor = backend, backend.actor
        self.last_dialog: FormDialog | None = None
        self.open_with(self.open_row, can_create=self.actor.role == Role.DEALER_STAFF)
        self.edit_button.setText(QCoreApplication.translate("ComplaintsPage", "Open…"))
        self.reload()

    def open_row(self, row: SheetRow | None) -> None:
        if row is None:
            Op(self, self.backend, all_products).done(
                lambda products: self._show(SheetDialog(self.backend, products, self))).run()
        else:
            self.open_sheet(row.number)

    def open_sheet(self, number: str) -> None:
        from desktop.ui.complaints.detail import SheetDetailDialog

        def show(detail: SheetDetail) -> None:
            self._show(SheetDetailDialog(self.backend, number, detail, self))

        Op(self, self.backend, get_sheet, number).done(show).run()

    def _show(self, dialog: FormDialog) -> None:
        self.last_dialog = run_form(dialog, lambda _saved: None)


def complaints_page(backend: Backend) -> ListPage:
    return ComplaintsPage(backend)


class SheetDialog(FormDialog):
    def __init__(self, backend: Backend, products: list[ProductRow],
                 parent: QWidget | None = None) -> None:
        super().__init__(self.tr("File a complaint sheet"), parent)
        self.backend = backend
        self.kind = EnumCombo(ComplaintKind, {k: complaint_kind_label(k) for k in ComplaintKind})
        self.received = DateTimeEdit()
        self.order = QLineEdit()
        self.model = model_picker([(p.code, p.name) for p in products])
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

    def saved_text(self, result: object) -> str:
        return self.tr("Complaint sheet %1 filed.").replace("%1", str(result))

    def submit(self) -> Op[str]:
        received = self.received.dateTime().toPython()
        assert isinstance(received, datetime)
        return Op(self, self.backend, file_sheet, SheetForm(
            self.kind.value(), received.astimezone(UTC),
            ((picked_code(self.model), self.quantity.value(), self.problem.text()),),
            self.order.text(), self.unused.isChecked(), self.opened.isChecked(),
            self.description.toPlainText()))
