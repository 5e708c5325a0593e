"""The work list of service cases, the callbacks due (customer service's first screen, the
overdue ones in red) and the registration form with the warranty verdict as it is typed."""

from __future__ import annotations

from datetime import UTC, date, datetime

from PySide6.QtCore import QCoreApplication, QTimer
from PySide6.QtWidgets import QCheckBox, QLabel, QLineEdit, QPlainTextEdit, QWidget

from desktop.backend import Backend
from desktop.core.i18n import QT_TRANSLATE_NOOP
from desktop.core.rules.roles import Capability, may
from desktop.core.rules.service import Channel, Priority
from desktop.core.rules.warranty import Claimant, parse_date_code
from desktop.core.services.admin.catalogue import ProductRow, all_products
from desktop.core.services.kernel.listing import ListQuery
from desktop.core.services.returns.warranty import WarrantyAnswer, check_warranty
from desktop.core.services.service.cases import CaseForm, register_case
from desktop.core.services.service.query import CaseQuery, CaseRow, callbacks_due, list_cases
from desktop.ui.ops import Op
from desktop.ui.service.labels import (
    channel_label,
    countdown,
    klass_label,
    priority_label,
    state_label,
)
from desktop.ui.widgets.fields import EnumCombo, model_picker, picked_code
from desktop.ui.widgets.form import FormDialog, run_form
from desktop.ui.widgets.list_page import ERROR_STYLE, ListPage
from desktop.ui.widgets.small_list import local_pages
from desktop.ui.widgets.table import Column, PagedTableModel

CTX = "ServicePage"


def _due(r: CaseRow) -> str:
    return countdown(r.callback_due_at if r.callback_due_at else r.respond_by,
                     datetime.now(UTC))


COLUMNS: list[Column[CaseRow]] = [
    Column(QT_TRANSLATE_NOOP("ServicePage", "Number"), lambda r: r.number),
    Column(QT_TRANSLATE_NOOP("ServicePage", "State"), lambda r: state_label(r.state)),
    Column(QT_TRANSLATE_NOOP("ServicePage", "Priority"), lambda r: priority_label(r.priority)),
    Column(QT_TRANSLATE_NOOP("ServicePage", "Customer"), lambda r: r.customer),
    Column(QT_TRANSLATE_NOOP("ServicePage", "Model"), lambda r: r.model),
    Column(QT_TRANSLATE_NOOP("ServicePage", "Serial"), lambda r: r.serial),
    Column(QT_TRANSLATE_NOOP("ServicePage", "Dealer"), lambda r: r.dealer),
    Column(QT_TRANSLATE_NOOP("ServicePage", "Class"), lambda r: klass_label(r.klass)),
    Column(QT_TRANSLATE_NOOP("ServicePage", "Due"), _due),
]


class CasesPage(ListPage):
    """The cases the actor may see; customer service registers one; any opens one."""

    def __init__(self, backend: Backend, callbacks: bool = False,
                 parent: QWidget | None = None) -> None:
        if callbacks:
            fetch = local_pages(None, backend, callbacks_due,
                                lambda r: f"{r.number} {r.customer} {r.model}",
                                lambda r: str(r.id))
            title = QCoreApplication.translate("ServicePage", "Callbacks due")
        else:
            def fetch(q: ListQuery) -> Op[list[CaseRow]]:
                return Op(self, backend, list_cases, CaseQuery(
                    text=q.text, after=q.after, limit=q.limit))
            title = QCoreApplication.translate("ServicePage", "Service cases")
        model: PagedTableModel[CaseRow] = PagedTableModel(CTX, COLUMNS, fetch,
                                                          lambda r: str(r.id))
        super().__init__(title, model, parent=parent)
        self.backend, self.actor = backend, backend.actor
        self.last_dialog: FormDialog | None = None
        self.open_with(self.open_row, can_create=may(self.actor.role, Capability.SERVICE_DESK))
        self.edit_button.setText(QCoreApplication.translate("ServicePage", "Open…"))
        self.new_button.setText(QCoreApplication.translate("ServicePage", "Register a case…"))
        model.loaded.connect(self._colour_overdue)
        self.reload()

    def _colour_overdue(self, *_args: object) -> None:
        late = sum(1 for r in self.model.rows() if r.overdue)
        if late and self.message.isHidden():  # a notice of what was just saved goes first
            self.message.setStyleSheet(ERROR_STYLE)
            self.message.setText(QCoreApplication.translate(
                "ServicePage", "%1 past their promised time.").replace("%1", str(late)))
            self.message.show()

    def open_row(self, row: CaseRow | None) -> None:
        if row is None:
            Op(self, self.backend, all_products).done(
                lambda products: self._show(RegisterDialog(self.backend, products, self))).run()
        else:
            self.open_case(row.number)

    def open_case(self, number: str) -> None:
        from desktop.ui.service.detail import open_case

        open_case(self, self.backend, number, self._show)

    def _show(self, dialog: FormDialog) -> None:
        self.last_dialog = run_form(dialog, lambda _saved: None)


def cases_page(backend: Backend) -> ListPage:
    return CasesPage(backend)


def callbacks_page(backend: Backend) -> ListPage:
    return CasesPage(backend, callbacks=True)


class RegisterDialog(FormDialog):
    """客诉/服务登记: the warranty verdict shows as the model and date code are typed."""

    def __init__(self, backend: Backend, products: list[ProductRow],
                 parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Register a service case"), parent)
        self.backend = backend
        self.customer, self.contact, self.address = QLineEdit(), QLineEdit(), QLineEdit()
        self.dealer, self.serial, self.date_code = QLineEdit(), QLineEdit(), QLineEdit()
        self.date_code.setPlaceholderText("YYYYMMDD / YYMM")
        self.model = model_picker([(p.code, p.name) for p in products])
        self.fault = QPlainTextEdit()
        self.fault.setMaximumHeight(70)
        self.channel = EnumCombo(Channel, {c: channel_label(c) for c in Channel})
        self.priority = EnumCombo(Priority, {p: priority_label(p) for p in Priority})
        self.priority.set_value(Priority.NORMAL)
        self.complaint = QCheckBox(self.tr("A complaint"))
        self.attitude = QCheckBox(self.tr("About how the customer was treated"))
        self.verdict = QLabel()
        self.verdict.setWordWrap(True)
        for name, label, widget in (
                ("customer", self.tr("Customer"), self.customer),
                ("contact", self.tr("Contact"), self.contact),
                ("address", self.tr("Address"), self.address),
                ("dealer", self.tr("Dealer code"), self.dealer),
                ("model", self.tr("Model"), self.model),
                ("serial", self.tr("Serial"), self.serial),
                ("date_code", self.tr("Date code"), self.date_code),
                ("verdict", self.tr("Warranty"), self.verdict),
                ("fault", self.tr("Fault (the customer's words)"), self.fault),
                ("channel", self.tr("Channel"), self.channel),
                ("priority", self.tr("Priority"), self.priority),
                ("complaint", "", self.complaint), ("attitude", "", self.attitude)):
            self.add_field(name, label, widget)
        self._typed = QTimer(self)
        self._typed.setSingleShot(True)
        self._typed.setInterval(250)
        self._typed.timeout.connect(self.check_warranty)
        self.date_code.textChanged.connect(lambda _t: self._typed.start())
        self.model.currentTextChanged.connect(lambda _t: self._typed.start())

    def check_warranty(self) -> None:
        """W1–W4 as on the return form, for a consumer's claim."""
        code, typed = picked_code(self.model), self.date_code.text().strip()
        try:
            produced = parse_date_code(typed)
        except ValueError:
            self.verdict.setText("")
            return
        if not code:
            return
        Op(self, self.backend, check_warranty, code, produced, date.today(),
           Claimant.CONSUMER).done(self._show_verdict).failed(
            lambda exc: self.verdict.setText(str(exc))).run()

    def _show_verdict(self, answer: WarrantyAnswer) -> None:
        from desktop.ui.i18n import tr

        self.verdict.setText(tr(answer.verdict.explanation))
        colour = "#2e7d32" if answer.verdict.covered else "#c62828"
        self.verdict.setStyleSheet(f"color: {colour};")

    def saved_text(self, result: object) -> str:
        return self.tr("Service case %1 registered.").replace("%1", str(result))

    def submit(self) -> Op[str]:
        return Op(self, self.backend, register_case, CaseForm(
            self.customer.text(), picked_code(self.model), self.fault.toPlainText(),
            self.channel.value(), self.priority.value(), self.contact.text(),
            self.address.text(), self.dealer.text(), self.serial.text(), self.date_code.text(),
            None, self.complaint.isChecked() or self.attitude.isChecked(),
            self.attitude.isChecked()))
