"""质保查询: the answer changes as the clerk types, in words to read out on the phone."""

from __future__ import annotations

from datetime import date

from PySide6.QtWidgets import QFormLayout, QLabel, QLineEdit, QVBoxLayout, QWidget

from desktop.backend import Backend
from desktop.core.errors import DomainError
from desktop.core.rules.roles import Role
from desktop.core.rules.warranty import (
    Claimant,
    LabelCondition,
    date_code_message,
    parse_date_code,
)
from desktop.core.services.admin.catalogue import ProductRow, all_products
from desktop.core.services.returns.warranty import WarrantyAnswer, check_warranty
from desktop.ui import style
from desktop.ui.i18n import tr
from desktop.ui.labels import claimant_labels, label_condition_labels
from desktop.ui.ops import Op
from desktop.ui.widgets.fields import (
    DateEdit,
    EnumCombo,
    OptionalDate,
    model_picker,
    picked_code,
    set_models,
)

GOOD = "background: #e8f5e9; color: #1b5e20; border: 2px solid #2e7d32;"
BAD = "background: #ffebee; color: #b71c1c; border: 2px solid #c62828;"
NEUTRAL = "background: #f5f5f5; color: #444; border: 2px solid #bbb;"


class WarrantyPage(QWidget):
    """The answer is asked off the GUI thread at every change; only the answer to the latest
    question is shown."""

    def __init__(self, backend: Backend, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.backend = backend
        self.actor = actor = backend.actor
        self._asked = 0
        title = QLabel(self.tr("Warranty check"))
        style.title(title)
        self.model = model_picker([])
        self.date_code = QLineEdit()
        self.date_code.setPlaceholderText(self.tr("date code on the unit, e.g. 20240715 or 2407"))
        self.claimant = EnumCombo(Claimant, claimant_labels())
        # Customer service answers consumers on the phone; dealers check their own returns.
        self.claimant.set_value(
            Claimant.DEALER if actor.role == Role.DEALER_STAFF else Claimant.CONSUMER)
        self.purchase = OptionalDate(self.tr("Purchase proof dated"))
        self.sale = OptionalDate(self.tr("Sale-date label"))
        self.label = EnumCombo(LabelCondition, label_condition_labels())
        self.on = DateEdit()
        self.answer = QLabel()
        self.answer.setObjectName("warrantyAnswer")
        self.answer.setWordWrap(True)
        self.answer.setMinimumHeight(90)
        font = self.answer.font()
        font.setPointSizeF(font.pointSizeF() * 1.4)
        self.answer.setFont(font)
        form = QFormLayout()
        form.addRow(self.tr("Model"), self.model)
        form.addRow(self.tr("Date code"), self.date_code)
        form.addRow(self.tr("Who claims"), self.claimant)
        form.addRow("", self.purchase)
        form.addRow("", self.sale)
        form.addRow(self.tr("Product label"), self.label)
        form.addRow(self.tr("Checked on"), self.on)
        layout = QVBoxLayout(self)
        layout.addWidget(title)
        layout.addLayout(form)
        layout.addWidget(self.answer)
        layout.addStretch(1)
        for signal in (self.model.currentTextChanged, self.date_code.textChanged,
                       self.claimant.currentIndexChanged, self.label.currentIndexChanged,
                       self.on.dateChanged, self.purchase.changed, self.sale.changed):
            signal.connect(self.update_answer)
        for refused in (self.purchase.refused, self.sale.refused, self.on.refused):
            refused.connect(self._refused_date)
        self.update_answer()
        Op(self, backend, all_products).done(self._products_read).run()

    def _products_read(self, products: list[ProductRow]) -> None:
        set_models(self.model, [(p.code, p.name) for p in products])
        self.update_answer()

    def update_answer(self, *_args: object) -> None:
        self._asked += 1
        asked = self._asked
        code = picked_code(self.model)
        if not code or not self.date_code.text().strip():
            self._show(self.tr("Choose the model and type the date code."), NEUTRAL)
            return
        try:
            produced = parse_date_code(self.date_code.text())
        except ValueError:
            self._show(tr(date_code_message(self.date_code.text())), BAD)
            return
        on = self.on.date().toPython()
        assert isinstance(on, date)
        Op(self, self.backend, check_warranty, code, produced, on, self.claimant.value(),
           self.purchase.value(), self.sale.value(), self.label.value()).done(
            lambda answer: self._answered(asked, answer)).failed(
            lambda exc: self._refused(asked, exc)).run()

    def _answered(self, asked: int, answer: WarrantyAnswer) -> None:
        if asked != self._asked:
            return  # the clerk has typed on: a newer question is on its way
        verdict = answer.verdict
        self._show(f"{answer.product.code} {answer.product.name}\n{tr(verdict.explanation)}",
                   GOOD if verdict.covered else BAD)

    def _refused(self, asked: int, exc: DomainError) -> None:
        if asked == self._asked:
            self._show(tr(exc.message), BAD)

    def _refused_date(self, words: str) -> None:
        self._asked += 1  # the answer for the date put back must not cover why
        self._show(words, BAD)

    def _show(self, text: str, style: str) -> None:
        self.answer.setText(text)
        self.answer.setStyleSheet(style + " padding: 10px; border-radius: 6px;")
