"""The list of returns at inspection and settlement: the technician's work, the order
department's settlement queue, the dealer's inspection results (with repair quotes)."""

from __future__ import annotations

from PySide6.QtWidgets import QWidget

from desktop.core.services.context import Actor
from desktop.core.services.return_query import Queue, RequestRow
from desktop.core.services.startup import Database
from desktop.ui.returns.queue import ReturnsPage


class InspectionPage(ReturnsPage):
    def __init__(self, db: Database, actor: Actor, parent: QWidget | None = None) -> None:
        super().__init__(db, actor, Queue.INSPECTION, parent=parent)

    def open_request(self, row: RequestRow) -> None:
        from desktop.ui.inspection.dialog import InspectionDialog

        dialog = InspectionDialog(self.db, self.actor, row.number, self)
        dialog.changed.connect(self.reload)
        dialog.open()
        self.last_dialog = dialog
