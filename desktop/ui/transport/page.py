"""运输异常: the receiver records loss, shortage, wrong goods or damage; the order department
decides; the record prints for the carrier to sign (X1–X3)."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QLineEdit,
    QPlainTextEdit,
    QSpinBox,
    QWidget,
)

from desktop.backend import Backend
from desktop.core.i18n import QT_TRANSLATE_NOOP
from desktop.core.rules.roles import OrgKind
from desktop.core.rules.transport import Direction, ExceptionKind
from desktop.core.services.admin.catalogue import ProductRow, all_products
from desktop.core.services.admin.orgs import OrgRow, org_choices
from desktop.core.services.transport.exceptions import (
    ExceptionDetail,
    ExceptionForm,
    ExceptionRow,
    get_exception,
    list_exceptions,
    record_exception,
)
from desktop.ui.labels import (
    decision_label,
    direction_label,
    transport_kind_label,
    transport_state_label,
)
from desktop.ui.ops import Op
from desktop.ui.widgets.fields import DateEdit, EnumCombo, model_picker, picked_code
from desktop.ui.widgets.form import FormDialog, run_form
from desktop.ui.widgets.list_page import ListPage
from desktop.ui.widgets.table import Column, PagedTableModel

COLUMNS: list[Column[ExceptionRow]] = [
    Column(QT_TRANSLATE_NOOP("TransportPage", "Number"), lambda r: r.number),
    Column(QT_TRANSLATE_NOOP("TransportPage", "Receiver"), lambda r: r.org_name),
    Column(QT_TRANSLATE_NOOP("TransportPage", "Kind"), lambda r: transport_kind_label(r.kind)),
    Column(QT_TRANSLATE_NOOP("TransportPage", "Received"), lambda r: r.received_on.isoformat()),
    Column(QT_TRANSLATE_NOOP("TransportPage", "State"), lambda r: transport_state_label(r.state),
           color=lambda r: "#c62828" if r.state.value == "late" else None),
    Column(QT_TRANSLATE_NOOP("TransportPage", "Decision"),
           lambda r: decision_label(r.decision) if r.decision else ""),
    Column(QT_TRANSLATE_NOOP("TransportPage", "Amount"),
           lambda r: f"{r.amount:.2f}" if r.amount is not None else "", True),
]


class TransportPage(ListPage):
    """The records the actor may see; New records one, Open shows one (and its decision)."""

    def __init__(self, backend: Backend, parent: QWidget | None = None) -> None:
        model: PagedTableModel[ExceptionRow] = PagedTableModel(
            "TransportPage", COLUMNS,
            lambda q: Op(self, backend, list_exceptions, q, self.focus is not None),
            lambda r: str(r.id))
        super().__init__(QCoreApplication.translate("TransportPage", "Transport exceptions"),
                         model, parent=parent)
        self.backend, self.actor = backend, backend.actor
        self.last_dialog: FormDialog | None = None
        self.open_with(self.open_row)
        self.edit_button.setText(QCoreApplication.translate("TransportPage", "Open…"))
        self.reload()

    def open_row(self, row: ExceptionRow | None) -> None:
        if row is None:
            self.new_record()
        else:
            self.open_record(row.number)

    def new_record(self) -> None:
        """The form, once the carriers and the models to pick from are read."""
        def with_carriers(carriers: list[OrgRow]) -> None:
            Op(self, self.backend, all_products).done(
                lambda products: self._show(ExceptionDialog(self.backend, carriers, products,
                                                            self))).run()

        Op(self, self.backend, org_choices, (OrgKind.CARRIER,)).done(with_carriers).run()

    def open_record(self, number: str) -> None:
        from desktop.ui.transport.detail import ExceptionDetailDialog

        def show(detail: ExceptionDetail) -> None:
            self._show(ExceptionDetailDialog(self.backend, number, detail, self))

        Op(self, self.backend, get_exception, number).done(show).run()

    def _show(self, dialog: FormDialog) -> None:
        self.last_dialog = run_form(dialog, lambda _saved: None)


def transport_page(backend: Backend) -> ListPage:
    return TransportPage(backend)


class ExceptionDialog(FormDialog):
    """Record what was found on receipt."""

    def __init__(self, backend: Backend, carriers: list[OrgRow], products: list[ProductRow],
                 parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Record a transport exception"), parent)
        self.backend = backend
        self.kind = EnumCombo(ExceptionKind, {k: transport_kind_label(k) for k in ExceptionKind})
        self.direction = EnumCombo(Direction, {d: direction_label(d) for d in Direction})
        self.received = DateEdit()
        self.reference = QLineEdit()
        self.reference.setPlaceholderText(self.tr("order or return request number"))
        self.carrier = QComboBox()
        self.carrier.addItem(self.tr("(unknown)"), "")
        for org in carriers:
            self.carrier.addItem(org.name, org.code)
        self.waybill = QLineEdit()
        self.model = model_picker([(p.code, p.name) for p in products])
        self.quantity = QSpinBox()
        self.quantity.setRange(1, 100_000)
        self.description = QPlainTextEdit()
        self.description.setPlaceholderText(self.tr("what was found, box by box"))
        self.description.setMaximumHeight(80)
        self.signer = QLineEdit()
        self.signed = QCheckBox(self.tr("The carrier signed the record"))
        self.responsible = QLineEdit()
        self.responsible.setPlaceholderText(self.tr("who is responsible, once known"))
        for name, label, widget in (
                ("kind", self.tr("Kind"), self.kind),
                ("direction", self.tr("Shipment"), self.direction),
                ("received_on", self.tr("Received on"), self.received),
                ("reference", self.tr("Order / request"), self.reference),
                ("carrier", self.tr("Carrier"), self.carrier),
                ("waybill", self.tr("Waybill"), self.waybill),
                ("lines", self.tr("Model"), self.model),
                ("quantity", self.tr("Quantity"), self.quantity),
                ("description", self.tr("What was found"), self.description),
                ("signer_name", self.tr("Carrier's signer"), self.signer),
                ("signed", "", self.signed),
                ("responsible", self.tr("Responsible party"), self.responsible)):
            self.add_field(name, label, widget)

    def saved_text(self, result: object) -> str:
        return self.tr("Transport exception %1 recorded.").replace("%1", str(result))

    def submit(self) -> Op[str]:
        received = self.received.date().toPython()
        assert isinstance(received, date)
        return Op(self, self.backend, record_exception, ExceptionForm(
            self.kind.value(), received,
            ((picked_code(self.model), self.quantity.value()),), self.reference.text(),
            self.carrier.currentData() or "", self.waybill.text(),
            self.description.toPlainText(), self.signer.text(), self.signed.isChecked(),
            self.responsible.text(), self.direction.value()))
