"""The order department's settlement form: credit or exchange for defective units, the A6
penalty (proposed, at least the policy multiple, or waived with a reason), and the separate
decision to disqualify the dealer, never ticked by the program."""

from __future__ import annotations

from decimal import Decimal, InvalidOperation

from PySide6.QtWidgets import QCheckBox, QComboBox, QLabel, QLineEdit, QWidget

from desktop.backend import Backend
from desktop.core.errors import InvalidInput
from desktop.core.i18n import QT_TRANSLATE_NOOP, msg
from desktop.core.rules.inspection import MADE_GOOD, Proposal, Remedy
from desktop.core.services.inspection.settlement import SettleForm, SettlementView, proposal, settle
from desktop.core.services.inspection.verdicts import Sheet
from desktop.ui.i18n import tr
from desktop.ui.labels import remedy_label, verdict_text
from desktop.ui.ops import Op
from desktop.ui.widgets.form import FormDialog


class SettlementDialog(FormDialog):
    limits_of = "settlement"

    def __init__(self, backend: Backend, sheet: Sheet, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Settle %1").replace("%1", sheet.number), parent)
        self.backend, self.sheet = backend, sheet
        self._asked = 0  # the remedies asked about last: an older answer is dropped
        self.setMinimumWidth(620)
        self.choices: dict[int, QComboBox] = {}
        for item in sheet.items:
            if item.verdict not in MADE_GOOD:
                continue
            combo = QComboBox()
            for remedy in (Remedy.CREDIT, Remedy.EXCHANGE):
                combo.addItem(remedy_label(remedy), remedy.value)
            combo.currentIndexChanged.connect(lambda _i: self.update_offer())
            self.choices[item.id] = combo
            self.add_field(f"remedy_{item.id}", f"{item.product_code} ×{item.quantity} · "
                           f"{verdict_text(item)}", combo)
        self.offer_label = QLabel()
        self.offer_label.setWordWrap(True)
        self.form.addRow(self.offer_label)
        self.penalty = QLineEdit()
        self.waiver = QLineEdit()
        self.waiver.setPlaceholderText(self.tr("only to waive the penalty: why"))
        self.disqualify = QCheckBox(self.tr("Disqualify the dealer (A6, HQ's decision)"))
        self.disqualify_reason = QLineEdit()
        self.note = QLineEdit()
        self.freight_bill, self.freight_paid = QLineEdit(), QLineEdit()
        self.freight_bill.setPlaceholderText(self.tr("empty until the freight bill arrives"))
        self.freight_paid.setPlaceholderText(self.tr("at most the freight bill"))
        self.add_field("penalty", self.tr("Penalty"), self.penalty)
        self.add_field("waiver", self.tr("Waiver reason"), self.waiver)
        self.add_field("disqualify", "", self.disqualify)
        self.add_field("disqualify_reason", self.tr("Reason for disqualifying"),
                       self.disqualify_reason)
        self.add_field("freight_bill", self.tr("Freight bill (A7)"), self.freight_bill)
        self.add_field("freight_paid", self.tr("Freight reimbursed"), self.freight_paid)
        self.add_field("note", self.tr("Note"), self.note)
        self.offer: Proposal | None = None
        self.buttons.button(self.buttons.StandardButton.Save).setText(self.tr("Settle"))
        self.update_offer(first=True)

    def remedies(self) -> dict[int, Remedy]:
        return {i: Remedy(c.currentData()) for i, c in self.choices.items()}

    def update_offer(self, first: bool = False) -> None:
        """Ask what the chosen remedies come to (off the GUI thread); shown when it answers."""
        self._asked += 1
        asked = self._asked
        Op(self, self.backend, proposal, self.sheet.number, self.remedies()).done(
            lambda offer: self._show_offer(offer, first) if asked == self._asked else None).run()

    def _show_offer(self, offer: Proposal, first: bool) -> None:
        self.offer = offer
        lines = [self.tr("Credit %1 · exchange %2 units · repaired and sent back %3 · sent back "
                         "as they came %4 · repair fees %5")
                 .replace("%1", f"{offer.credit:.2f}").replace("%2", str(offer.exchange_units))
                 .replace("%3", str(offer.repaired_units))
                 .replace("%4", str(offer.returned_units)).replace("%5", f"{offer.fees:.2f}")]
        if offer.penalty_minimum:
            lines.append(self.tr("Human damage: penalty at least %1 (batch value %2).")
                         .replace("%1", f"{offer.penalty_minimum:.2f}")
                         .replace("%2", f"{offer.batch_value:.2f}"))
        if offer.freight_reimbursed:
            lines.append(self.tr("The dealer's freight is reimbursed on the freight bill (A7)."))
        if offer.turnover_charge:
            lines.append(self.tr("Charged to the dealer %1: it lacked turnover parts and had not "
                                 "requested them (S2): %2")
                         .replace("%1", f"{offer.turnover_charge:.2f}")
                         .replace("%2", self._lacking_text(offer)))
        lines += [tr(b) for b in offer.blockers]
        self.offer_label.setText("\n".join(lines))
        if first:
            self.penalty.setText(f"{offer.penalty_minimum:.2f}")
            self.penalty.setEnabled(bool(offer.penalty_minimum))
            self.waiver.setEnabled(bool(offer.penalty_minimum))
            self.freight_bill.setEnabled(offer.freight_reimbursed)
            self.freight_paid.setEnabled(offer.freight_reimbursed)

    def _lacking_text(self, offer: Proposal) -> str:
        return self.tr("; ").join(
            self.tr("%1: %2 held %3 of the %4 required").replace("%1", model)
            .replace("%2", part).replace("%3", str(held)).replace("%4", str(minimum))
            for model, part, held, minimum in offer.turnover_lacking)

    def submit(self) -> Op[SettlementView]:
        return Op(self, self.backend, settle, self.sheet.number, SettleForm(
            self.remedies(), _amount(self.penalty, "penalty") or Decimal(0), self.waiver.text(),
            self.disqualify.isChecked(), self.disqualify_reason.text(), self.note.text(),
            _amount(self.freight_bill, "freight_bill"),
            _amount(self.freight_paid, "freight_paid")), self.sheet.version)


def _amount(edit: QLineEdit, field: str) -> Decimal | None:
    """The amount typed, None when the field is empty."""
    text = edit.text().strip().replace(",", "").replace("，", "")
    if not text:
        return None
    try:
        return Decimal(text)
    except InvalidOperation as exc:
        raise InvalidInput(msg(QT_TRANSLATE_NOOP(
            "Messages", "Type the amount in yuan, for example 200.00.")), field) from exc
