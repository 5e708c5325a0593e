"""发货: the dealer declares the boxes, the carrier and the waybill, then prints the labels."""

from __future__ import annotations

from PySide6.QtWidgets import QComboBox, QLineEdit, QSpinBox, QWidget

from desktop.backend import Backend
from desktop.core.services.admin.orgs import OrgRow
from desktop.core.services.returns.query import RequestDetail
from desktop.core.services.returns.shipping import declare_shipment
from desktop.ui.ops import Op
from desktop.ui.widgets.form import FormDialog


class ShipmentDialog(FormDialog):
    """The shipment of ``detail``'s request; ``carriers``: the carriers to choose from, read
    before the dialog opens.  A shipment declared before (boxes may be declared again until the
    first is received) comes back as it was: its boxes, its carrier and its waybill."""

    limits_of = "return_request"

    def __init__(self, backend: Backend, detail: RequestDetail, carriers: list[OrgRow],
                 parent: QWidget | None = None) -> None:
        number = detail.row.number
        super().__init__(self.tr("Ship %1").replace("%1", number), parent)
        self.backend, self.number, self.version = backend, number, detail.row.version
        self.boxes = QSpinBox()
        self.boxes.setRange(1, 999)
        self.carrier = QComboBox()
        for org in carriers:
            self.carrier.addItem(org.name, org.code)
        self.waybill = QLineEdit()
        self.waybill.setPlaceholderText(self.tr("the carrier's waybill number"))
        self.add_field("box_count", self.tr("Boxes"), self.boxes)
        self.add_field("carrier", self.tr("Carrier"), self.carrier)
        self.add_field("waybill", self.tr("Waybill"), self.waybill)
        if detail.box_count:
            self.boxes.setValue(detail.box_count)
        if detail.carrier_code:
            self.carrier.setCurrentIndex(max(self.carrier.findData(detail.carrier_code), 0))
        self.waybill.setText(detail.waybill)

    def submit(self) -> Op[list[str]]:
        return Op(self, self.backend, declare_shipment, self.number, self.boxes.value(),
                  self.carrier.currentData() or "", self.waybill.text(), self.version)
