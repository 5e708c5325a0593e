"""The returns at inspection and settlement: the technician's work (units judged of units
counted), the order department's settlement queue, the dealer's results with the repair quotes
waiting for its answer in red."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QDialog, QWidget

from desktop.backend import Backend
from desktop.core.i18n import QT_TRANSLATE_NOOP
from desktop.core.services.inspection.worklist import WorklistRow, inspection_worklist
from desktop.ui.labels import days_left_text, state_label
from desktop.ui.ops import Op
from desktop.ui.widgets.list_page import ListPage
from desktop.ui.widgets.table import Column, PagedTableModel

COLUMNS: list[Column[WorklistRow]] = [
    Column(QT_TRANSLATE_NOOP("InspectionPage", "Number"), lambda r: r.number),
    Column(QT_TRANSLATE_NOOP("InspectionPage", "Dealer"), lambda r: r.dealer_name),
    Column(QT_TRANSLATE_NOOP("InspectionPage", "State"), lambda r: state_label(r.state)),
    Column(QT_TRANSLATE_NOOP("InspectionPage", "Judged / counted"),
           lambda r: f"{r.judged} / {r.counted}" if r.counted else "—", True,
           lambda r: "#c62828" if r.judged < r.counted and r.state.value == "received"
           else None),
    Column(QT_TRANSLATE_NOOP("InspectionPage", "Quotes awaiting the dealer"),
           lambda r: r.quotes_waiting or "", True,
           lambda r: "#c62828" if r.quotes_waiting else None),
    Column(QT_TRANSLATE_NOOP("InspectionPage", "Working days left"),
           lambda r: days_left_text(r.days_left), True,
           lambda r: "#c62828" if r.overdue else None),
]


class InspectionPage(ListPage):
    def __init__(self, backend: Backend, parent: QWidget | None = None) -> None:
        model: PagedTableModel[WorklistRow] = PagedTableModel(
            "InspectionPage", COLUMNS, lambda q: Op(self, backend, inspection_worklist, q),
            lambda r: str(r.id))
        super().__init__(QCoreApplication.translate("InspectionPage", "Inspection and settlement"),
                         model, parent=parent)
        self.backend, self.actor = backend, backend.actor
        self.last_dialog: QDialog | None = None
        self.filter.setPlaceholderText(self.tr("Filter: request number or dealer"))
        self.edit_button.setVisible(True)
        self.edit_button.setText(self.tr("Open…"))
        self.row_activated.connect(self.open_request)
        self.reload()

    def open_request(self, row: WorklistRow) -> QDialog:
        from desktop.ui.inspection.dialog import InspectionDialog

        dialog = InspectionDialog(self.backend, row.number, self)
        dialog.changed.connect(self.reload)
        dialog.open()
        self.last_dialog = dialog
        return dialog
