"""The service desk through the GUI: customer service registers a case (the warranty verdict
shows as it is typed), records a callback that closes a completed case, and management approves
an incident application; a technician searches a unit's history."""

from __future__ import annotations

import shiboken6
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from desktop.core.rules.service import CaseState, IncidentState
from desktop.core.services.service.incidents import get_incident
from desktop.core.services.service.query import CaseQuery, get_case, list_cases
from desktop.ui.pages import pages_for
from desktop.ui.service.cases import CasesPage, RegisterDialog
from desktop.ui.service.detail import CaseDialog
from desktop.ui.service.incidents import IncidentDialog, IncidentsPage
from desktop.ui.service.units import UnitHistoryPage
from tests.ui.conftest import WindowFor, settle, shot, type_text
from tests.ui.forms import answer, click_save, closed


def test_register_a_case_with_the_verdict_as_typed(window_for: WindowFor, qtbot: QtBot) -> None:
    service = window_for("service")
    page = service.show_page("service_cases")
    assert isinstance(page, CasesPage)
    settle(qtbot)
    before = page.model.rowCount()
    qtbot.mouseClick(page.new_button, Qt.MouseButton.LeftButton)
    settle(qtbot)
    form = QApplication.activeModalWidget()
    assert isinstance(form, RegisterDialog)
    click_save(qtbot, form)
    assert "客户" in form.error.text()  # no customer: refused in words, the form stays
    type_text(qtbot, form.customer, "钱先生")
    form.model.setCurrentIndex(form.model.findData("DL-0705"))
    type_text(qtbot, form.date_code, "20250610")
    qtbot.waitUntil(lambda: form.verdict.text() != "", timeout=3000)
    settle(qtbot)
    assert "保修" in form.verdict.text()
    type_text(qtbot, form.fault, "筒灯闪烁")
    shot(form, "register.png")
    click_save(qtbot, form)
    assert closed(form)
    qtbot.waitUntil(lambda: page.model.rowCount() == before + 1, timeout=3000)
    number = page.model.row_at(0).number
    assert page.message.text() == f"服务单 {number} 已登记。"
    page.resize(1100, 500)
    shot(page, "cases.png")


def test_a_satisfied_callback_closes_a_completed_case(window_for: WindowFor,
                                                      qtbot: QtBot) -> None:
    service = window_for("service")
    page = service.show_page("callbacks")
    assert isinstance(page, CasesPage)
    settle(qtbot)
    assert page.model.rowCount() >= 2
    assert "超过承诺时间" in page.message.text()  # the overdue one is called out
    page.resize(1100, 400)
    shot(page, "callbacks.png")
    row = next(r for r in page.model.rows() if not r.overdue)
    page.open_case(row.number)
    settle(qtbot)
    dialog = page.last_dialog
    assert isinstance(dialog, CaseDialog)
    assert dialog.calling
    dialog.satisfied.setChecked(True)
    type_text(qtbot, dialog.reason, "客户满意")
    shot(dialog, "case.png")
    click_save(qtbot, dialog)
    assert closed(dialog)
    assert service.backend.call(get_case, row.number).row.state == CaseState.CLOSED
    assert "已关闭" in page.message.text()


def test_management_approves_an_incident_with_its_reason(window_for: WindowFor,
                                                         qtbot: QtBot) -> None:
    manager = window_for("manager")
    page = manager.show_page("incidents")
    assert isinstance(page, IncidentsPage)
    settle(qtbot)
    page.resize(1000, 400)
    shot(page, "incidents.png")
    row = next(r for r in page.model.rows() if r.state == IncidentState.APPLIED)
    page.open_row(row)
    dialog = page.last_dialog
    assert isinstance(dialog, IncidentDialog)
    shot(dialog, "incident.png")
    click_save(qtbot, dialog)
    said = answer(qtbot, dialog, go_ahead=True)
    assert row.number in said
    assert "原因" in dialog.error.text() or "理由" in dialog.error.text()  # reason needed
    type_text(qtbot, dialog.reason, "同意整机更换")
    click_save(qtbot, dialog)
    answer(qtbot, dialog)
    assert closed(dialog)
    decided = manager.backend.call(get_incident, row.number)
    assert decided.state == IncidentState.APPROVED
    assert decided.decision_reason == "同意整机更换"
    assert "incidents" not in [p.key for p in pages_for(window_for("service").actor)]


def test_a_technician_searches_a_units_history(window_for: WindowFor, qtbot: QtBot) -> None:
    tech = window_for("tech")
    page = tech.show_page("unit_history")
    assert isinstance(page, UnitHistoryPage)
    type_text(qtbot, page.key, "SN-FL-0900")
    qtbot.keyClick(page.key, Qt.Key.Key_Return)
    settle(qtbot)
    assert page.table.rowCount() == 3
    assert page.table.text(2, 1) == "服务单"
    assert page.table.text(0, 4) == "已修复"
    page.resize(1000, 300)
    shot(page, "unit.png")
    assert shiboken6.isValid(page)


def _open(qtbot: QtBot, window: object, number: str) -> CaseDialog:
    page = window.show_page("service_cases")  # type: ignore[attr-defined]
    assert isinstance(page, CasesPage)
    page.open_case(number)
    settle(qtbot)
    dialog = page.last_dialog
    assert isinstance(dialog, CaseDialog)
    return dialog


def test_assign_confirm_work_and_complete_from_the_case(window_for: WindowFor,
                                                        qtbot: QtBot) -> None:
    service, tech = window_for("service"), window_for("tech")
    number = next(r.number for r in service.backend.call(
        list_cases, CaseQuery(state=CaseState.REGISTERED)))
    dialog = _open(qtbot, service, number)
    type_text(qtbot, dialog.steps.assignee, "tech")
    qtbot.mouseClick(dialog.steps.assign_button, Qt.MouseButton.LeftButton)
    settle(qtbot)
    assert dialog.error.text() == "已派工。"
    mine = _open(qtbot, tech, number)
    assert not mine.steps.assign_button.isVisibleTo(mine)  # a technician does not assign
    qtbot.mouseClick(mine.steps.confirm_button, Qt.MouseButton.LeftButton)
    settle(qtbot)
    working = _open(qtbot, tech, number)
    qtbot.mouseClick(working.steps.complete_button, Qt.MouseButton.LeftButton)
    settle(qtbot)
    assert "结果" in working.error.text()  # no result: refused in words
    type_text(qtbot, working.steps.result, "已修复")
    qtbot.mouseClick(working.steps.complete_button, Qt.MouseButton.LeftButton)
    settle(qtbot)
    assert tech.backend.call(get_case, number).row.state == CaseState.COMPLETED
