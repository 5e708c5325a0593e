"""One line of a return request, edited with its warranty verdict and acceptance findings shown
as it is typed (W4, A2, A4)."""

from __future__ import annotations

from datetime import UTC, datetime

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QFormLayout,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QSpinBox,
    QWidget,
)

from desktop.core.rules.acceptance import ReturnKind, Severity
from desktop.core.rules.warranty import Claimant, LabelCondition
from desktop.core.services.returns.filing import LineInput, LinePreview
from desktop.ui.i18n import tr
from desktop.ui.labels import claimant_labels, kind_labels, label_condition_labels
from desktop.ui.widgets.fields import (
    DateTimeEdit,
    EnumCombo,
    OptionalDate,
    model_picker,
    picked_code,
    qdatetime,
)

FLAGS = ("sample", "installed_or_used", "special_order", "scrap", "mixed_brand")


class LineEditor(QGroupBox):
    """Emits ``edited`` whenever a field changes; :meth:`value` is the line as typed."""

    edited = Signal()
    refused = Signal(str)  # a date typed that is not a date (the field kept its earlier one)

    def __init__(self, models: list[tuple[str, str]], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTitle(self.tr("Line"))
        self.model = model_picker(models)
        self.quantity = QSpinBox()
        self.quantity.setRange(1, 100_000)
        self.date_code = QLineEdit()
        self.date_code.setPlaceholderText(self.tr("e.g. 20240715 or 2407"))
        self.kind = EnumCombo(ReturnKind, kind_labels())
        self.fault = QLineEdit()
        self.fault.setPlaceholderText(self.tr("what is wrong, as the customer says it"))
        self.serial = QLineEdit()
        self.order_ref = QLineEdit()
        self.delivery_ref = QLineEdit()
        self.claimant = EnumCombo(Claimant, claimant_labels())
        self.purchase = OptionalDate(self.tr("Purchase proof dated"))
        self.sale = OptionalDate(self.tr("Sale-date label"))
        self.label = EnumCombo(LabelCondition, label_condition_labels())
        self.flags = {
            "sample": QCheckBox(self.tr("Sample")),
            "installed_or_used": QCheckBox(self.tr("Installed or used")),
            "special_order": QCheckBox(self.tr("Special order")),
            "scrap": QCheckBox(self.tr("Scrap")),
            "mixed_brand": QCheckBox(self.tr("Assembled with other brands")),
        }
        self.package_opened = QCheckBox(self.tr("Package opened"))
        self.package_opened.setChecked(True)
        self.received_known = QCheckBox(self.tr("Goods received at"))
        self.received_at = DateTimeEdit()
        self.received_at.setEnabled(False)
        self.received_known.toggled.connect(self.received_at.setEnabled)
        self.preview = QLabel()
        self.preview.setObjectName("linePreview")
        self.preview.setWordWrap(True)
        self.reported_at: datetime | None = None  # kept from a draft opened from a complaint
        self._loading = False
        self._layout()
        self._connect()

    def _layout(self) -> None:
        form = QFormLayout()
        form.addRow(self.tr("Model"), self.model)
        form.addRow(self.tr("Quantity"), self.quantity)
        form.addRow(self.tr("Date code"), self.date_code)
        form.addRow(self.tr("Kind of return"), self.kind)
        form.addRow(self.tr("Fault"), self.fault)
        form.addRow(self.tr("Serial"), self.serial)
        refs = QHBoxLayout()
        refs.addWidget(self.order_ref)
        refs.addWidget(self.delivery_ref)
        self.order_ref.setPlaceholderText(self.tr("order number"))
        self.delivery_ref.setPlaceholderText(self.tr("delivery note"))
        form.addRow(self.tr("From order / delivery"), refs)
        form.addRow(self.tr("Who claims"), self.claimant)
        form.addRow("", self.purchase)
        form.addRow("", self.sale)
        form.addRow(self.tr("Product label"), self.label)
        flags = QGridLayout()
        for i, box in enumerate([*self.flags.values(), self.package_opened]):
            flags.addWidget(box, i // 3, i % 3)
        form.addRow(self.tr("The goods are"), flags)
        received = QHBoxLayout()
        received.addWidget(self.received_known)
        received.addWidget(self.received_at, 1)
        form.addRow("", received)
        form.addRow(self.preview)
        self.setLayout(form)

    def _connect(self) -> None:
        for signal in (self.model.currentTextChanged, self.quantity.valueChanged,
                       self.date_code.textChanged, self.kind.currentIndexChanged,
                       self.fault.textChanged, self.serial.textChanged,
                       self.order_ref.textChanged, self.delivery_ref.textChanged,
                       self.claimant.currentIndexChanged, self.label.currentIndexChanged,
                       self.purchase.changed, self.sale.changed, self.package_opened.toggled,
                       self.received_known.toggled, self.received_at.dateTimeChanged,
                       *(box.toggled for box in self.flags.values())):
            signal.connect(self._changed)
        for refused in (self.purchase.refused, self.sale.refused, self.received_at.refused):
            refused.connect(self.refused.emit)

    def _changed(self, *_args: object) -> None:
        if not self._loading:
            self.edited.emit()

    def value(self) -> LineInput:
        received = None
        if self.received_known.isChecked():
            stamp = self.received_at.dateTime().toPython()
            assert isinstance(stamp, datetime)
            received = stamp.astimezone(UTC)
        flag = {name: self.flags[name].isChecked() for name in FLAGS}
        return LineInput(
            picked_code(self.model), self.quantity.value(), self.date_code.text().strip(),
            self.kind.value(), self.fault.text(), self.serial.text(), self.claimant.value(),
            self.purchase.value(), self.sale.value(), self.label.value(),
            sample=flag["sample"], installed_or_used=flag["installed_or_used"],
            special_order=flag["special_order"], scrap=flag["scrap"],
            mixed_brand=flag["mixed_brand"], package_opened=self.package_opened.isChecked(),
            goods_received_at=received, order_ref=self.order_ref.text(),
            delivery_ref=self.delivery_ref.text(), reported_at=self.reported_at)

    def set_value(self, line: LineInput) -> None:
        self._loading = True
        found = self.model.findData(line.product_code)
        self.model.setCurrentIndex(found)
        if found < 0:
            self.model.setEditText(line.product_code)
        self.quantity.setValue(line.quantity)
        self.date_code.setText(line.date_code)
        self.kind.set_value(ReturnKind(line.kind))
        self.fault.setText(line.fault)
        self.serial.setText(line.serial)
        self.order_ref.setText(line.order_ref)
        self.delivery_ref.setText(line.delivery_ref)
        self.claimant.set_value(Claimant(line.claimant))
        self.purchase.set_value(line.purchase_date)
        self.sale.set_value(line.sale_date)
        self.label.set_value(LabelCondition(line.label))
        for name in FLAGS:
            self.flags[name].setChecked(bool(getattr(line, name)))
        self.package_opened.setChecked(line.package_opened)
        self.reported_at = line.reported_at
        self.received_known.setChecked(line.goods_received_at is not None)
        if line.goods_received_at is not None:
            self.received_at.setDateTime(qdatetime(line.goods_received_at.astimezone()))
        self._loading = False

    def show_preview(self, preview: LinePreview) -> None:
        """The verdict and every finding, coloured: red blocks, orange warns, green is fine."""
        if preview.problem is not None:
            self._paint(tr(preview.problem), "#b71c1c")
            return
        parts = [tr(preview.verdict.explanation)] if preview.verdict else []
        parts += [("✗ " if f.severity == Severity.BLOCK else "△ ") + tr(f.message)
                  for f in preview.findings if f.message != (preview.verdict and
                                                             preview.verdict.explanation)]
        color = "#b71c1c" if preview.blocked else "#e65100" if preview.findings else "#1b5e20"
        self._paint("\n".join(parts), color)

    def _paint(self, text: str, color: str) -> None:
        self.preview.setText(text)
        self.preview.setStyleSheet(f"color: {color}; font-weight: bold; padding: 6px;")
