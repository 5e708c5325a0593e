"""One return's inspection: the counted models, the verdicts, and what each role does here —
the technician judges units and finishes, the dealer answers repair quotes, the order
department settles."""

from __future__ import annotations

from decimal import Decimal, InvalidOperation
from typing import Any

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDialog,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from desktop.backend import Backend
from desktop.core.errors import DomainError
from desktop.core.rules.inspection import (
    NOT_COVERED_LABELS,
    QUOTE_LABELS,
    VERDICT_LABELS,
    NotCovered,
    Quote,
    Verdict,
    VerdictInput,
)
from desktop.core.rules.roles import Capability, Role, may
from desktop.core.rules.workflow import State
from desktop.core.services.inspection.settlement import SettlementView, settlement_of
from desktop.core.services.inspection.verdicts import (
    Sheet,
    VerdictRow,
    add_verdict,
    answer_quote,
    finish_inspection,
    inspection_sheet,
    remove_verdict,
)
from desktop.ui import style
from desktop.ui.i18n import tr
from desktop.ui.labels import remedy_label, state_label, verdict_text
from desktop.ui.ops import Op
from desktop.ui.service.units import history_button, show_unit_history

CTX = "Inspection"


def _t(source: str) -> str:
    return QCoreApplication.translate(CTX, source)


class InspectionDialog(QDialog):
    changed = Signal()

    def __init__(self, backend: Backend, number: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.backend, self.actor, self.number = backend, backend.actor, number
        self.sheet: Sheet | None = None
        self.last_dialog: QDialog | None = None  # the settlement or repair form opened last
        self.setWindowTitle(self.tr("Inspection %1").replace("%1", number))
        self.resize(980, 640)
        self.heading = QLabel()
        style.title(self.heading)
        self.counted = self._table([self.tr("Model"), self.tr("Name"), self.tr("Counted"),
                                    self.tr("Judged")])
        self.items = self._table([self.tr("Model"), self.tr("Units"), self.tr("Verdict"),
                                  self.tr("Repair fee"), self.tr("Quote"), self.tr("Remedy"),
                                  self.tr("Note"), self.tr("Technician")])
        self.items.itemSelectionChanged.connect(self._update_buttons)
        self.message = QLabel()
        self.message.setWordWrap(True)
        self.message.setObjectName("formError")
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addWidget(self.counted, 1)
        layout.addWidget(self.items, 2)
        self.editor = self._editor()
        layout.addWidget(self.editor)
        layout.addWidget(self.summary)
        layout.addWidget(self.message)
        layout.addLayout(self._buttons())
        self.refresh()

    @staticmethod
    def _table(headers: list[str]) -> QTableWidget:
        table = QTableWidget(0, len(headers))
        table.setHorizontalHeaderLabels(headers)
        table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        table.verticalHeader().setVisible(False)
        table.horizontalHeader().setStretchLastSection(True)
        table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        return table

    def _editor(self) -> QGroupBox:
        box = QGroupBox(self.tr("Verdict on counted units"))
        self.model = QComboBox()
        self.quantity = QSpinBox()
        self.quantity.setRange(1, 100000)
        self.verdict = QComboBox()
        for verdict in Verdict:
            self.verdict.addItem(_t(VERDICT_LABELS[verdict]), verdict.value)
        self.reason = QComboBox()
        for reason in NotCovered:
            self.reason.addItem(_t(NOT_COVERED_LABELS[reason]), reason.value)
        self.repairable = QCheckBox(self.tr("Repairable"))
        self.fee = QLineEdit()
        self.fee.setPlaceholderText(self.tr("fee per unit, e.g. 25.00"))
        self.note = QLineEdit()
        self.note.setPlaceholderText(self.tr("what was found"))
        self.add_button = QPushButton(self.tr("Add verdict"))
        self.add_button.clicked.connect(self.add)
        self.verdict.currentIndexChanged.connect(lambda _i: self._verdict_changed())
        self.repairable.toggled.connect(lambda _on: self._verdict_changed())
        grid = QGridLayout(box)
        grid.addWidget(QLabel(self.tr("Model")), 0, 0)
        grid.addWidget(self.model, 0, 1)
        grid.addWidget(QLabel(self.tr("Units")), 0, 2)
        grid.addWidget(self.quantity, 0, 3)
        grid.addWidget(QLabel(self.tr("Verdict")), 0, 4)
        grid.addWidget(self.verdict, 0, 5)
        grid.addWidget(QLabel(self.tr("A3 reason")), 1, 0)
        grid.addWidget(self.reason, 1, 1)
        grid.addWidget(self.repairable, 1, 2)
        grid.addWidget(self.fee, 1, 3)
        grid.addWidget(self.note, 1, 4)
        grid.addWidget(self.add_button, 1, 5)
        self._verdict_changed()
        return box

    def _buttons(self) -> QHBoxLayout:
        row = QHBoxLayout()
        self.remove_button = QPushButton(self.tr("Remove verdict"))
        self.finish_button = QPushButton(self.tr("Finish inspection"))
        self.repair_button = QPushButton(self.tr("Repair order…"))
        self.accept_button = QPushButton(self.tr("Accept repair quote"))
        self.decline_button = QPushButton(self.tr("Decline repair quote"))
        self.settle_button = QPushButton(self.tr("Settle…"))
        self.history_button = history_button(self)
        self.history_button.clicked.connect(self.show_history)
        self.close_request_button = QPushButton(self.tr("Close the return"))
        self.close_request_button.clicked.connect(self.close_request)
        close = QPushButton(self.tr("Close"))
        self.remove_button.clicked.connect(self.remove)
        self.finish_button.clicked.connect(self.finish)
        self.repair_button.clicked.connect(self.open_repair)
        self.accept_button.clicked.connect(lambda: self.answer(True))
        self.decline_button.clicked.connect(lambda: self.answer(False))
        self.settle_button.clicked.connect(self.open_settlement)
        close.clicked.connect(self.accept)
        for button in (self.remove_button, self.finish_button, self.repair_button,
                       self.accept_button, self.decline_button, self.settle_button,
                       self.close_request_button, self.history_button):
            row.addWidget(button)
        row.addStretch(1)
        row.addWidget(close)
        return row

    # -- showing ---------------------------------------------------------------------------
    def refresh(self) -> None:
        """Read the sheet and the settlement again (off the GUI thread)."""
        Op(self, self.backend, inspection_sheet, self.number).done(self._show_sheet).run()

    def _show_sheet(self, sheet: Sheet) -> None:
        self.sheet = sheet
        self.heading.setText(f"{sheet.number} · {state_label(sheet.state)}")
        self.counted.setRowCount(len(sheet.counted))
        for r, c in enumerate(sheet.counted):
            for col, value in enumerate((c.product_code, c.product_name, c.counted, c.judged)):
                self.counted.setItem(r, col, QTableWidgetItem(str(value)))
        self.items.setRowCount(len(sheet.items))
        for r, i in enumerate(sheet.items):
            values = (i.product_code, str(i.quantity), verdict_text(i),
                      f"{i.fee:.2f}" if i.fee else "", _t(QUOTE_LABELS[i.quote]),
                      remedy_label(i.remedy) if i.remedy else "", i.note, i.inspected_by)
            for col, value in enumerate(values):
                self.items.setItem(r, col, QTableWidgetItem(value))
        current = self.model.currentData()
        self.model.clear()
        for c in sheet.counted:
            self.model.addItem(f"{c.product_code}  {c.product_name}  ({c.judged}/{c.counted})",
                               c.product_code)
        if current:
            self.model.setCurrentIndex(max(0, self.model.findData(current)))
        self._update_buttons()
        Op(self, self.backend, settlement_of, self.number).done(self._show_settlement).run()

    def _show_settlement(self, done: SettlementView | None) -> None:
        if done is None:
            self.summary.setText("")
            return
        parts = [self.tr("Credit %1").replace("%1", f"{done.credit:.2f}"),
                 self.tr("exchange %1 units").replace("%1", str(done.exchange_units)),
                 self.tr("repaired %1").replace("%1", str(done.repaired_units)),
                 self.tr("sent back %1").replace("%1", str(done.returned_units))]
        if done.fees:
            parts.append(self.tr("repair fees %1").replace("%1", f"{done.fees:.2f}"))
        if done.penalty:
            parts.append(self.tr("penalty %1 (A6)").replace("%1", f"{done.penalty:.2f}"))
        elif done.penalty_waiver:
            parts.append(self.tr("penalty waived: %1").replace("%1", done.penalty_waiver))
        if done.freight_reimbursed:
            parts.append(self._freight_text(done))
        if done.turnover_charge:
            parts.append(self.tr("charged %1 for lacking turnover parts (S2)")
                         .replace("%1", f"{done.turnover_charge:.2f}"))
        if done.disqualify:
            parts.append(self.tr("dealer disqualified: %1").replace("%1",
                                                                     done.disqualify_reason))
        self.summary.setText(self.tr("Settled: ") + "; ".join(parts))

    def _freight_text(self, done: SettlementView) -> str:
        if done.freight_bill is None:
            return self.tr("freight reimbursed on the freight bill (A7), bill not recorded")
        paid = (self.tr("not recorded") if done.freight_paid is None
                else f"{done.freight_paid:.2f}")
        return (self.tr("freight bill %1, reimbursed %2 (A7)")
                .replace("%1", f"{done.freight_bill:.2f}").replace("%2", paid))

    def _update_buttons(self) -> None:
        sheet = self.sheet
        if sheet is None:  # still reading
            return
        role = self.actor.role
        judging = role == Role.TECHNICIAN and sheet.state == State.RECEIVED
        self.editor.setVisible(judging)
        self.remove_button.setVisible(judging)
        self.finish_button.setVisible(judging)
        self.finish_button.setEnabled(sheet.complete)
        self.repair_button.setVisible(role == Role.TECHNICIAN)
        selected = self.selected_item()
        self.repair_button.setEnabled(selected is not None)
        self.remove_button.setEnabled(selected is not None)
        quoting = role == Role.DEALER_STAFF
        pending = selected is not None and selected.quote == Quote.PENDING
        self.accept_button.setVisible(quoting)
        self.decline_button.setVisible(quoting)
        self.accept_button.setEnabled(pending)
        self.decline_button.setEnabled(pending)
        self.settle_button.setVisible(role == Role.ORDER_DEPT and sheet.state == State.INSPECTED)
        self.history_button.setVisible(may(role, Capability.UNIT_HISTORY))
        self.history_button.setEnabled(selected is not None and bool(selected.serials))
        self.close_request_button.setVisible(role == Role.ORDER_DEPT
                                             and sheet.state == State.SETTLED)

    def _verdict_changed(self) -> None:
        verdict = Verdict(self.verdict.currentData())
        self.reason.setEnabled(verdict == Verdict.NOT_COVERED)
        self.repairable.setEnabled(verdict == Verdict.OUT_OF_WARRANTY)
        self.fee.setEnabled(verdict == Verdict.OUT_OF_WARRANTY and self.repairable.isChecked())

    def selected_item(self) -> VerdictRow | None:
        rows = self.items.selectionModel().selectedRows()
        if not rows or self.sheet is None:
            return None
        return self.sheet.items[rows[0].row()]

    # -- acting ----------------------------------------------------------------------------
    def show_history(self) -> None:
        """产品履历 of the selected verdict's unit, by the serial the dealer's line gave."""
        selected = self.selected_item()
        if selected is not None and selected.serials:
            self.last_dialog = show_unit_history(self, self.backend, selected.serials[0])

    def show_error(self, exc: DomainError) -> None:
        """A refusal, under the verdicts (what was typed stays)."""
        self.message.setText(tr(exc.message))

    def _run(self, op: Op[Any], then: Any = None) -> None:
        """Run a step; once done, read the sheet again and tell the page."""
        self.message.setText("")

        def done(_result: object) -> None:
            if then is not None:
                then()
            self.refresh()
            self.changed.emit()

        op.busy(self.add_button, self.remove_button, self.finish_button, self.accept_button,
                self.decline_button, self.close_request_button).done(done).run()

    def verdict_input(self) -> VerdictInput:
        verdict = Verdict(self.verdict.currentData())
        try:
            fee = Decimal(self.fee.text().strip() or "0") if self.fee.isEnabled() else Decimal(0)
        except InvalidOperation:
            fee = Decimal(-1)
        return VerdictInput(
            verdict, self.quantity.value(),
            NotCovered(self.reason.currentData()) if verdict == Verdict.NOT_COVERED else None,
            self.repairable.isChecked() if verdict == Verdict.OUT_OF_WARRANTY else None, fee)

    def add(self) -> None:
        assert self.sheet is not None
        self._run(Op(self, self.backend, add_verdict, self.number,
                     str(self.model.currentData() or ""), self.verdict_input(), self.note.text(),
                     self.sheet.version), self.note.clear)

    def remove(self) -> None:
        item = self.selected_item()
        if item is not None and self.sheet is not None:
            self._run(Op(self, self.backend, remove_verdict, self.number, item.id,
                         self.sheet.version))

    def finish(self) -> None:
        """Asks first: a finished sheet goes to the dealer and the order department and its
        verdicts can no longer change."""
        from desktop.ui.widgets.confirm import confirm

        assert self.sheet is not None
        version = self.sheet.version
        confirm(self, self.tr("Finish the inspection"), self.tr(
            "Finish the inspection of %1? The verdicts go to the dealer (quotes to answer) and "
            "to the order department for settlement, and can no longer change.").replace(
                "%1", self.number), self.tr("Finish the inspection"),
            lambda: self._run(Op(self, self.backend, finish_inspection, self.number, version)))

    def answer(self, accept: bool) -> None:
        item = self.selected_item()
        if item is not None:
            self._run(Op(self, self.backend, answer_quote, self.number, item.id, accept))

    def close_request(self) -> None:
        from desktop.core.rules.workflow import Action
        from desktop.core.services.returns.flow import transition
        from desktop.ui.returns.steps import take_step

        assert self.sheet is not None
        version = self.sheet.version
        take_step(self, Action.CLOSE, [self.number], "", lambda: self._run(Op(
            self, self.backend, transition, self.number, Action.CLOSE, shown_version=version)))

    def open_settlement(self) -> QDialog:
        from desktop.ui.inspection.settle import SettlementDialog
        from desktop.ui.widgets.form import run_form

        assert self.sheet is not None
        dialog = SettlementDialog(self.backend, self.sheet, self)
        run_form(dialog, self._settled)
        self.last_dialog = dialog
        return dialog

    def _settled(self, _done: object) -> None:
        self.refresh()
        self.changed.emit()

    def open_repair(self) -> None:
        """A repair order for the selected verdict, once the models are read."""
        from desktop.core.services.admin.catalogue import all_products
        from desktop.ui.repairs.forms import NewRepairDialog
        from desktop.ui.widgets.form import run_form

        item = self.selected_item()
        if item is None:
            return

        def show(products: list[Any]) -> None:
            dialog = NewRepairDialog(self.backend, products, self, source=(self.number, item))
            run_form(dialog, lambda number: self.message.setText(
                self.tr("Repair order %1 opened.").replace("%1", str(number))))
            self.last_dialog = dialog

        Op(self, self.backend, all_products).done(show).run()
