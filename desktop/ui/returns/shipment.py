"""发货: the dealer declares the boxes, the carrier and the waybill, then prints the labels."""

from __future__ import annotations

from PySide6.QtWidgets import QComboBox, QLineEdit, QSpinBox, QWidget

from desktop.core.rules.roles import OrgKind
from desktop.core.services.admin.orgs import org_choices
from desktop.core.services.kernel.actor import Actor
from desktop.core.services.returns.shipping import declare_shipment
from desktop.core.services.startup import Database
from desktop.ui.widgets.form import FormDialog


class ShipmentDialog(FormDialog):
    limits_of = "return_request"

    def __init__(self, db: Database, actor: Actor, number: str, version: int,
                 parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Ship %1").replace("%1", number), parent)
        self.db, self.actor, self.number, self.version = db, actor, number, version
        self.boxes = QSpinBox()
        self.boxes.setRange(1, 999)
        self.carrier = QComboBox()
        for org in org_choices(db, actor, (OrgKind.CARRIER,)):
            self.carrier.addItem(org.name, org.code)
        self.waybill = QLineEdit()
        self.waybill.setPlaceholderText(self.tr("the carrier's waybill number"))
        self.add_field("box_count", self.tr("Boxes"), self.boxes)
        self.add_field("carrier", self.tr("Carrier"), self.carrier)
        self.add_field("waybill", self.tr("Waybill"), self.waybill)

    def submit(self) -> list[str]:
        return declare_shipment(self.db, self.actor, self.number, self.boxes.value(),
                                self.carrier.currentData() or "", self.waybill.text(),
                                self.version)
