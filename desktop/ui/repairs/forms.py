"""A new repair order (from a verdict or on its own), and an open one: parts taken from stock,
then the result, the time spent and the fee (R1–R5)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QWidget,
)

from desktop.backend import Backend
from desktop.core.i18n import QT_TRANSLATE_NOOP
from desktop.core.rules.inspection import Verdict
from desktop.core.rules.roles import Capability, may
from desktop.core.rules.stock import R3_NOTE, Grade, RepairResult
from desktop.core.services.admin.catalogue import PartRow, ProductRow
from desktop.core.services.inspection.verdicts import VerdictRow
from desktop.core.services.repairs.orders import (
    FinishForm,
    RepairForm,
    RepairRow,
    Taken,
    finish_repair,
    open_repair,
)
from desktop.ui.i18n import text
from desktop.ui.labels import grade_label
from desktop.ui.ops import Op
from desktop.ui.service.units import history_button, show_unit_history, unit_key_of
from desktop.ui.stock.common import part_combo
from desktop.ui.widgets.fields import model_picker, picked_code
from desktop.ui.widgets.form import FormDialog

RESULTS = {
    RepairResult.OPEN: QT_TRANSLATE_NOOP("RepairOrderDialog", "Open"),
    RepairResult.REPAIRED: QT_TRANSLATE_NOOP("RepairOrderDialog", "Repaired"),
    RepairResult.NOT_REPAIRABLE: QT_TRANSLATE_NOOP("RepairOrderDialog", "Not repairable"),
}


def result_label(result: RepairResult) -> str:
    return QCoreApplication.translate("RepairOrderDialog", RESULTS[result])


class NewRepairDialog(FormDialog):
    limits_of = "repair_order"

    def __init__(self, backend: Backend, products: list[ProductRow],
                 parent: QWidget | None = None,
                 source: tuple[str, VerdictRow] | None = None) -> None:
        super().__init__(self.tr("New repair order"), parent)
        self.backend, self.source = backend, source
        self.model = model_picker([(p.code, p.name) for p in products])
        self.serial = QLineEdit()
        self.date_code = QLineEdit()
        self.quantity = QSpinBox()
        self.quantity.setRange(1, 100000)
        self.project = QCheckBox(self.tr("Project (工程) bulk lights: every electronic part is "
                                         "repaired or replaced (R2)"))
        self.in_warranty = QCheckBox(self.tr("In warranty"))
        self.in_warranty.setChecked(True)
        self.fault = QLineEdit()
        self.add_field("product", self.tr("Model"), self.model)
        self.add_field("serial", self.tr("Serial number"), self.serial)
        self.add_field("date_code", self.tr("Date code"), self.date_code)
        self.add_field("quantity", self.tr("Units"), self.quantity)
        self.add_field("project", "", self.project)
        self.add_field("in_warranty", "", self.in_warranty)
        self.add_field("fault", self.tr("Fault found"), self.fault)
        if source is not None:
            number, item = source
            self.model.setCurrentIndex(self.model.findData(item.product_code))
            self.model.setEnabled(False)
            self.quantity.setValue(item.quantity)
            self.in_warranty.setChecked(item.verdict != Verdict.OUT_OF_WARRANTY)
            self.in_warranty.setEnabled(False)
            self.fault.setText(item.note)
            _carry(self.serial, item.serials)
            _carry(self.date_code, item.date_codes)
            self.form.insertRow(0, QLabel(self.tr("From request %1").replace("%1", number)))

    def submit(self) -> Op[str]:
        number, item = self.source if self.source else ("", None)
        return Op(self, self.backend, open_repair, RepairForm(
            picked_code(self.model), self.fault.text(), self.quantity.value(),
            self.serial.text(), self.date_code.text(), self.project.isChecked(),
            self.in_warranty.isChecked(), number, item.id if item else None))


def _carry(field: QLineEdit, known: tuple[str, ...]) -> None:
    """What the dealer's lines say of the unit: one value is filled in, several are offered."""
    if len(known) == 1:
        field.setText(known[0])
    elif known:
        field.setPlaceholderText(", ".join(known))


class RepairOrderDialog(FormDialog):
    """Save takes the parts listed from stock and finishes the repair, in one step: Cancel
    leaves the stock as it was."""

    def __init__(self, backend: Backend, row: RepairRow, parts: list[PartRow],
                 parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Repair order %1").replace("%1", row.number), parent)
        self.backend, self.row = backend, row
        self.taken: list[Taken] = []  # taken from stock on Save
        self.setMinimumWidth(640)
        unit = " ".join(p for p in (row.serial, row.date_code) if p)
        self.form.addRow(self.tr("Unit"), self._unit_row(row, unit))
        self.form.addRow(self.tr("Warranty"), QLabel(
            self.tr("in warranty") if row.in_warranty else self.tr("out of warranty: "
                                                                    "charge the fee (R4)")))
        self.parts_label = QLabel()
        self.form.addRow(self.tr("Parts used"), self.parts_label)
        self.part = part_combo(parts)
        self.part_quantity = QSpinBox()
        self.part_quantity.setRange(1, 10000)
        self.grade = QComboBox()
        for grade in Grade:
            self.grade.addItem(grade_label(grade), grade.value)
        self.use_button = QPushButton(self.tr("Take from stock"))
        self.use_button.clicked.connect(self.take_part)
        take = QHBoxLayout()
        for widget in (self.part, self.part_quantity, self.grade, self.use_button):
            take.addWidget(widget)
        self.form.addRow(self.tr("Part"), take)
        self._finish_fields(row, parts)
        self.buttons.button(self.buttons.StandardButton.Save).setText(self.tr("Finish repair"))
        self._show_parts()

    def _unit_row(self, row: RepairRow, unit: str) -> QHBoxLayout:
        """The unit, and its 产品履历 when it is known by serial or model and date code."""
        line = QHBoxLayout()
        line.addWidget(QLabel(f"{row.product_code} {row.product_name} {unit} ×{row.quantity}"), 1)
        self.history_key = unit_key_of(row.serial, row.product_code, row.date_code)
        self.history_button = history_button(self)
        self.history_button.setVisible(bool(self.history_key) and may(
            self.backend.actor.role, Capability.UNIT_HISTORY))
        self.history_button.clicked.connect(self.show_history)
        line.addWidget(self.history_button)
        return line

    def show_history(self) -> None:
        self.history_dialog = show_unit_history(self, self.backend, self.history_key)

    def _finish_fields(self, row: RepairRow, parts: list[PartRow]) -> None:
        """What finishing the repair records: result, time, fee, and parts repaired or
        recovered."""
        self.outcome = QComboBox()
        for result in (RepairResult.REPAIRED, RepairResult.NOT_REPAIRABLE):
            self.outcome.addItem(result_label(result), result.value)
        self.minutes = QSpinBox()
        self.minutes.setRange(0, 100000)
        self.minutes.setSuffix(self.tr(" min"))
        self.fee = QLineEdit("0")
        self.fee.setEnabled(not row.in_warranty)
        self.fault = QLineEdit(row.fault_found)
        self.repaired = QLineEdit()
        self.repaired.setPlaceholderText(self.tr("part numbers repaired in place, e.g. DR-36"))
        self.recovered = part_combo(parts, self.tr("— none —"))
        self.recovered_quantity = QSpinBox()
        self.recovered_quantity.setRange(1, 10000)
        back = QHBoxLayout()
        back.addWidget(self.recovered, 1)
        back.addWidget(self.recovered_quantity)
        self.add_field("result", self.tr("Result"), self.outcome)
        self.add_field("minutes", self.tr("Time spent"), self.minutes)
        self.add_field("fee", self.tr("Repair fee"), self.fee)
        self.add_field("fault", self.tr("Fault found"), self.fault)
        self.add_field("repaired", self.tr("Repaired in place"), self.repaired)
        self.form.addRow(self.tr("Back to stock (refurbished, R1)"), back)
        self.form.addRow(QLabel(text("Stock", R3_NOTE)))

    def _show_parts(self) -> None:
        listed = [f"{t.part_no} ×{t.quantity}" for t in self.taken]
        shown = ", ".join(p for p in (self.row.parts, *listed) if p)
        if self.taken:
            shown += " " + self.tr("(taken from stock when you save)")
        self.parts_label.setText(shown or self.tr("none yet"))

    def take_part(self) -> bool:
        """List a part to take; the stock moves only on Save (Cancel takes nothing)."""
        self._clear_marks()
        part = self.part.currentData()
        if not part:
            return False
        self.taken.append(Taken(str(part), self.part_quantity.value(),
                                Grade(self.grade.currentData())))
        self._show_parts()
        return True

    def submit(self) -> Op[RepairResult]:
        recovered = str(self.recovered.currentData() or "")
        return Op(self, self.backend, finish_repair, self.row.number, FinishForm(
            RepairResult(self.outcome.currentData()), self.minutes.value(), self.fault.text(),
            self.fee.text(), tuple(p for p in self.repaired.text().replace("，", ",").split(",")
                                   if p.strip()),
            {recovered: self.recovered_quantity.value()} if recovered else {},
            tuple(self.taken)), self.row.version)
