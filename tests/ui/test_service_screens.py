"""The service desk's further screens through the GUI: a unit's history (产品履历) from the
repair order and from the inspection dialog."""

from __future__ import annotations

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from desktop.core.services.inspection.verdicts import inspection_sheet
from desktop.core.services.returns.query import ReturnQuery, list_requests
from desktop.ui.inspection.dialog import InspectionDialog
from desktop.ui.repairs.forms import RepairOrderDialog
from desktop.ui.repairs.page import RepairsPage
from desktop.ui.service.units import UnitHistoryDialog
from tests.ui.conftest import WindowFor, settle

SHOTS = "/tmp/service"


def test_unit_history_from_the_repair_order(window_for: WindowFor, qtbot: QtBot) -> None:
    tech = window_for("tech")
    page = tech.show_page("repairs")
    assert isinstance(page, RepairsPage)
    settle(qtbot)
    row = next(r for r in page.model.rows() if r.serial == "SN-FL-0900")
    page.open_row(row)
    settle(qtbot)
    order = page.last_dialog
    assert isinstance(order, RepairOrderDialog)
    assert order.history_button.isVisibleTo(order)
    assert order.history_button.text() == "产品履历…"
    qtbot.mouseClick(order.history_button, Qt.MouseButton.LeftButton)
    settle(qtbot)
    shown = order.history_dialog
    assert isinstance(shown, UnitHistoryDialog)
    assert shown.view.key.text() == "SN-FL-0900"
    assert shown.view.table.rowCount() == 3  # its two repairs and its case
    assert "服务单" in [shown.view.table.text(r, 1) for r in range(3)]
    shown.grab().save(f"{SHOTS}/unit-from-repair.png")
    order.reject()


def test_unit_history_from_the_inspection(window_for: WindowFor, qtbot: QtBot) -> None:
    tech = window_for("tech")
    numbers = [r.number for r in tech.backend.call(list_requests, ReturnQuery())]
    number = next(n for n in numbers
                  if any(i.serials for i in tech.backend.call(inspection_sheet, n).items))
    dialog = InspectionDialog(tech.backend, number)
    qtbot.addWidget(dialog)
    dialog.show()
    settle(qtbot)
    assert dialog.history_button.isVisible()
    assert not dialog.history_button.isEnabled()  # nothing selected yet
    assert dialog.sheet is not None
    index, item = next((i, it) for i, it in enumerate(dialog.sheet.items) if it.serials)
    dialog.items.selectRow(index)
    assert dialog.history_button.isEnabled()
    qtbot.mouseClick(dialog.history_button, Qt.MouseButton.LeftButton)
    settle(qtbot)
    shown = dialog.last_dialog
    assert isinstance(shown, UnitHistoryDialog)
    assert shown.view.key.text() == item.serials[0]
    assert shown.view.table.rowCount() >= 1
    assert "退货" in [shown.view.table.text(r, 1) for r in range(shown.view.table.rowCount())]
    dialog.accept()
