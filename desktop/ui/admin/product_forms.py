"""The product model and spare part forms."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date

from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QHBoxLayout,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QWidget,
)

from desktop.backend import Backend
from desktop.core.rules.catalogue import PartKind, ProductCategory
from desktop.core.services.admin.catalogue import (
    PartForm,
    PartRow,
    ProductForm,
    ProductRow,
    save_part,
    save_product,
)
from desktop.ui.labels import category_label, part_kind_label
from desktop.ui.ops import Op
from desktop.ui.widgets.fields import DateEdit, qdate
from desktop.ui.widgets.form import FormDialog


def _as_date(edit: QDateEdit) -> date:
    value = edit.date().toPython()
    assert isinstance(value, date)
    return value


def _category_box(current: ProductCategory | None) -> QComboBox:
    box = QComboBox()
    for category in ProductCategory:
        box.addItem(category_label(category), category)
    if current is not None:
        box.setCurrentIndex(box.findData(current))
    return box


class ProductDialog(FormDialog):
    limits_of = "product"

    def __init__(self, backend: Backend, row: ProductRow | None, parts: Sequence[PartRow],
                 parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Product model"), parent)
        self.backend, self.row = backend, row
        self.code = QLineEdit(row.code if row else "")
        self.name = QLineEdit(row.name if row else "")
        self.category = _category_box(row.category if row else None)
        self.price = QLineEdit(f"{row.unit_price:.2f}" if row else "")
        self.price.setPlaceholderText("0.00")
        self.whole_lamp = QCheckBox(self.tr("Whole lamp (整灯), not a lamp part"))
        self.whole_lamp.setChecked(row.is_whole_lamp if row else True)
        self.discontinued = QCheckBox(self.tr("Discontinued on"))
        self.discontinued_on = DateEdit()
        when = row.discontinued_on if row else None
        self.discontinued.setChecked(when is not None)
        self.discontinued_on.setDate(qdate(when) if when else QDate.currentDate())
        self.discontinued_on.setEnabled(when is not None)
        self.discontinued.toggled.connect(self.discontinued_on.setEnabled)
        stop = QWidget()
        stop_row = QHBoxLayout(stop)
        stop_row.setContentsMargins(0, 0, 0, 0)
        stop_row.addWidget(self.discontinued)
        stop_row.addWidget(self.discontinued_on, 1)
        self.parts = QListWidget()
        chosen = dict(row.parts) if row else {}
        for part in parts:
            item = QListWidgetItem(f"{part.part_no}  {part.name}")
            item.setData(Qt.ItemDataRole.UserRole, part.part_no)
            item.setCheckState(Qt.CheckState.Checked if part.part_no in chosen
                               else Qt.CheckState.Unchecked)
            self.parts.addItem(item)
        self._quantities = chosen
        self.add_field("code", self.tr("Model"), self.code)
        self.add_field("name", self.tr("Name"), self.name)
        self.add_field("category", self.tr("Category"), self.category)
        self.add_field("unit_price", self.tr("Unit price (yuan)"), self.price)
        self.add_field("whole_lamp", "", self.whole_lamp)
        self.add_field("discontinued", "", stop)
        self.add_field("parts", self.tr("Spare parts"), self.parts)

    def chosen_parts(self) -> tuple[tuple[str, int], ...]:
        result = []
        for i in range(self.parts.count()):
            item = self.parts.item(i)
            if item.checkState() == Qt.CheckState.Checked:
                number = str(item.data(Qt.ItemDataRole.UserRole))
                result.append((number, self._quantities.get(number, 1)))
        return tuple(result)

    def saved_text(self, result: ProductRow) -> str:
        return self.tr("Product model %1 saved.").replace("%1", result.code)

    def submit(self) -> Op[ProductRow]:
        row = self.row
        when = _as_date(self.discontinued_on) if self.discontinued.isChecked() else None
        return Op(self, self.backend, save_product, ProductForm(
            self.code.text(), self.name.text(), self.category.currentData(), self.price.text(),
            self.whole_lamp.isChecked(), when, self.chosen_parts(),
            row.active if row else True, row.id if row else None, row.version if row else None))


class PartDialog(FormDialog):
    limits_of = "part"

    def __init__(self, backend: Backend, row: PartRow | None,
                 parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Spare part"), parent)
        self.backend, self.row = backend, row
        self.part_no = QLineEdit(row.part_no if row else "")
        self.name = QLineEdit(row.name if row else "")
        self.kind = QComboBox()
        for kind in PartKind:
            self.kind.addItem(part_kind_label(kind), kind)
        if row is not None:
            self.kind.setCurrentIndex(self.kind.findData(row.kind))
        self.category = _category_box(row.category if row else None)
        self.price = QLineEdit(f"{row.unit_price:.2f}" if row else "")
        self.active = QCheckBox(self.tr("Active"))
        self.active.setChecked(row.active if row else True)
        self.add_field("part_no", self.tr("Part number"), self.part_no)
        self.add_field("name", self.tr("Name"), self.name)
        self.add_field("kind", self.tr("Kind"), self.kind)
        self.add_field("category", self.tr("Kept as"), self.category)
        self.add_field("unit_price", self.tr("Unit price (yuan)"), self.price)
        self.add_field("active", "", self.active)

    def saved_text(self, result: PartRow) -> str:
        return self.tr("Spare part %1 saved.").replace("%1", result.part_no)

    def submit(self) -> Op[PartRow]:
        row = self.row
        return Op(self, self.backend, save_part, PartForm(
            self.part_no.text(), self.name.text(), self.kind.currentData(),
            self.category.currentData(), self.price.text(), self.active.isChecked(),
            row.id if row else None, row.version if row else None))
