"""运输异常: the receiver records loss, shortage, wrong goods or damage; the order department
decides; the record prints for the carrier to sign (X1–X3)."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QCoreApplication, QDate
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QLineEdit,
    QPlainTextEdit,
    QSpinBox,
    QWidget,
)

from desktop.core.i18n import QT_TRANSLATE_NOOP
from desktop.core.rules.roles import OrgKind
from desktop.core.rules.transport import (
    DECISION_LABELS,
    DIRECTION_LABELS,
    KIND_LABELS,
    STATE_LABELS,
    Direction,
    ExceptionKind,
)
from desktop.core.services.admin.catalogue import all_products
from desktop.core.services.admin.orgs import org_choices
from desktop.core.services.kernel.actor import Actor
from desktop.core.services.startup import Database
from desktop.core.services.transport.exceptions import (
    ExceptionForm,
    ExceptionRow,
    list_exceptions,
    record_exception,
)
from desktop.ui.widgets.fields import EnumCombo, model_picker, picked_code
from desktop.ui.widgets.form import FormDialog
from desktop.ui.widgets.list_page import ListPage
from desktop.ui.widgets.table import Column, PagedTableModel


def _t(source: str) -> str:
    return QCoreApplication.translate("Transport", source)


COLUMNS: list[Column[ExceptionRow]] = [
    Column(QT_TRANSLATE_NOOP("TransportPage", "Number"), lambda r: r.number),
    Column(QT_TRANSLATE_NOOP("TransportPage", "Receiver"), lambda r: r.org_name),
    Column(QT_TRANSLATE_NOOP("TransportPage", "Kind"), lambda r: _t(KIND_LABELS[r.kind])),
    Column(QT_TRANSLATE_NOOP("TransportPage", "Received"), lambda r: r.received_on.isoformat()),
    Column(QT_TRANSLATE_NOOP("TransportPage", "State"), lambda r: _t(STATE_LABELS[r.state]),
           color=lambda r: "#c62828" if r.state.value == "late" else None),
    Column(QT_TRANSLATE_NOOP("TransportPage", "Decision"),
           lambda r: _t(DECISION_LABELS[r.decision]) if r.decision else ""),
    Column(QT_TRANSLATE_NOOP("TransportPage", "Amount"),
           lambda r: f"{r.amount:.2f}" if r.amount is not None else "", True),
]


def transport_page(db: Database, actor: Actor) -> ListPage:
    model: PagedTableModel[ExceptionRow] = PagedTableModel(
        "TransportPage", COLUMNS, lambda q: list_exceptions(db, actor, q), lambda r: str(r.id))
    page = ListPage(QCoreApplication.translate("TransportPage", "Transport exceptions"), model)

    def open_row(row: ExceptionRow | None) -> FormDialog:
        if row is None:
            return ExceptionDialog(db, actor, page)
        from desktop.ui.transport.detail import ExceptionDetailDialog

        return ExceptionDetailDialog(db, actor, row.number, page)

    page.edit_with(open_row)
    page.edit_button.setText(QCoreApplication.translate("TransportPage", "Open…"))
    page.reload()
    return page


class ExceptionDialog(FormDialog):
    """Record what was found on receipt."""

    def __init__(self, db: Database, actor: Actor, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Record a transport exception"), parent)
        self.db, self.actor = db, actor
        self.kind = EnumCombo(ExceptionKind, {k: _t(v) for k, v in KIND_LABELS.items()})
        self.direction = EnumCombo(Direction, {k: _t(v) for k, v in DIRECTION_LABELS.items()})
        self.received = QDateEdit(QDate.currentDate())
        self.received.setCalendarPopup(True)
        self.received.setDisplayFormat("yyyy-MM-dd")
        self.reference = QLineEdit()
        self.reference.setPlaceholderText(self.tr("order or return request number"))
        self.carrier = QComboBox()
        self.carrier.addItem(self.tr("(unknown)"), "")
        for org in org_choices(db, actor, (OrgKind.CARRIER,)):
            self.carrier.addItem(org.name, org.code)
        self.waybill = QLineEdit()
        self.model = model_picker([(p.code, p.name) for p in all_products(db, actor)])
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
            ("received_on", self.tr("Received on"),
                                                   self.received),
            ("reference", self.tr("Order / request"), self.reference),
            ("carrier", self.tr("Carrier"), self.carrier), ("waybill", self.tr("Waybill"),
                                                            self.waybill),
            ("lines", self.tr("Model"), self.model), ("quantity", self.tr("Quantity"),
                                                      self.quantity),
            ("description", self.tr("What was found"), self.description),
            ("signer_name", self.tr("Carrier's signer"), self.signer),
            ("signed", "", self.signed),
            ("responsible", self.tr("Responsible party"), self.responsible)):
            self.add_field(name, label, widget)

    def submit(self) -> str:
        received = self.received.date().toPython()
        assert isinstance(received, date)
        return record_exception(self.db, self.actor, ExceptionForm(
            self.kind.value(), received,
            ((picked_code(self.model), self.quantity.value()),), self.reference.text(),
            self.carrier.currentData() or "", self.waybill.text(),
            self.description.toPlainText(), self.signer.text(), self.signed.isChecked(),
            self.responsible.text(), self.direction.value()))
