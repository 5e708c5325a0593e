"""The return request through the GUI: the dealer files it, the region reviews it, the order
department approves it (several at once); a rejection goes back and is resubmitted."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QMessageBox
from pytestqt.qtbot import QtBot

from desktop.core.rules.acceptance import ReturnKind
from desktop.core.rules.warranty import Claimant
from desktop.core.rules.workflow import Action, State
from desktop.core.services.returns.query import get_request
from desktop.ui.returns.detail import RequestDetailDialog
from desktop.ui.returns.form import RequestForm
from desktop.ui.returns.queue import ReturnsPage
from desktop.ui.warranty.page import WarrantyPage
from tests.conftest import as_user
from tests.ui.conftest import WindowFor, type_text


def _fill_line(qtbot: QtBot, form: RequestForm, code: str, date_code: str, qty: int) -> None:
    editor = form.editor
    editor.model.setCurrentIndex(editor.model.findData(code))
    editor.date_code.clear()
    type_text(qtbot, editor.date_code, date_code)
    editor.quantity.setValue(qty)
    type_text(qtbot, editor.fault, "通电不亮")


def test_dealer_files_and_submits_through_the_form(window_for: WindowFor, qtbot: QtBot) -> None:
    window = window_for("dealer")
    page = window.show_page("returns_own")
    assert isinstance(page, ReturnsPage)
    before = page.model.rowCount()
    qtbot.mouseClick(page.new_button, Qt.MouseButton.LeftButton)
    form = QApplication.activeModalWidget()
    assert isinstance(form, RequestForm)
    _fill_line(qtbot, form, "RS-1003", "2301", 2)
    assert "过保" in form.editor.preview.text()  # rigid strip, 2 years: the dealer is warned
    form.add_line()
    _fill_line(qtbot, form, "T8-0702", "20250610", 12)
    assert "保修期内" in form.editor.preview.text()
    form.editor.kind.set_value(ReturnKind.NOT_MATCHING_ORDER)
    form.editor.flags["installed_or_used"].setChecked(True)
    assert "不予退换" in form.editor.preview.text() or "未经使用" in form.editor.preview.text()
    qtbot.mouseClick(form.submit_button, Qt.MouseButton.LeftButton)
    assert form.isVisible()  # line 2 blocks the submission, with the rule that blocks it
    assert "第 2 行不予受理" in form.message.text()
    form.editor.kind.set_value(ReturnKind.QUALITY_FAULT)
    form.editor.flags["installed_or_used"].setChecked(False)
    qtbot.mouseClick(form.submit_button, Qt.MouseButton.LeftButton)
    assert not form.isVisible()
    assert form.number is not None
    assert page.model.rowCount() == before + 1
    detail = get_request(window.db, window.actor, form.number)
    assert detail.row.state == State.SUBMITTED
    assert [line.quantity for line in detail.lines] == [2, 12]


def test_region_reviews_and_order_department_approves_several(window_for: WindowFor,
                                                              qtbot: QtBot) -> None:
    east = window_for("east")
    queue = east.show_page("returns_review")
    assert isinstance(queue, ReturnsPage)
    waiting = queue.model.rowCount()
    assert waiting >= 1
    assert all(r.state == State.SUBMITTED for r in queue.model.rows())
    queue.table.selectAll()
    qtbot.mouseClick(queue.bulk_buttons[Action.REVIEW], Qt.MouseButton.LeftButton)
    assert queue.model.rowCount() == 0
    assert queue.last_result == (waiting, [])
    order = window_for("order")
    approvals = order.show_page("returns_approve")
    assert isinstance(approvals, ReturnsPage)
    numbers = {r.number for r in approvals.model.rows()}
    approvals.table.selectAll()
    qtbot.mouseClick(approvals.bulk_buttons[Action.APPROVE], Qt.MouseButton.LeftButton)
    assert approvals.model.rowCount() == 0
    for number in numbers:
        assert get_request(order.db, order.actor, number).row.state == State.APPROVED


def test_rejecting_needs_a_reason_and_the_dealer_resubmits(window_for: WindowFor,
                                                           qtbot: QtBot) -> None:
    east = window_for("east")
    queue = east.show_page("returns_review")
    assert isinstance(queue, ReturnsPage)
    row = queue.model.row_at(0)
    dialog = RequestDetailDialog(east.db, east.actor, row.number)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.mouseClick(dialog.action_buttons[Action.REJECT], Qt.MouseButton.LeftButton)
    assert dialog.message.text() == "请填写原因，经销商会看到。"
    type_text(qtbot, dialog.reason, "请补充照片")
    qtbot.mouseClick(dialog.action_buttons[Action.REJECT], Qt.MouseButton.LeftButton)
    assert dialog.detail.row.state == State.REJECTED
    history = [dialog.history.item(i).text() for i in range(dialog.history.count())]
    assert "驳回" in history[-1]
    assert "请补充照片" in history[-1]
    owner = {"D-SH01": "dealer", "D-GZ01": "dealer2", "DS-WH01": "distrib"}[row.dealer_code]
    dealer = window_for(owner)
    mine = RequestDetailDialog(dealer.db, dealer.actor, row.number)
    qtbot.addWidget(mine)
    mine.show()
    assert "驳回原因：请补充照片" in mine.facts.text()
    qtbot.mouseClick(mine.action_buttons[Action.SUBMIT], Qt.MouseButton.LeftButton)
    assert mine.detail.row.state == State.SUBMITTED


def test_a_stale_bulk_approval_says_which_request_was_refused(window_for: WindowFor,
                                                              qtbot: QtBot,
                                                              monkeypatch: object) -> None:
    order = window_for("order")
    approvals = order.show_page("returns_approve")
    assert isinstance(approvals, ReturnsPage)
    first = approvals.model.row_at(0)
    from desktop.core.services.returns.flow import transition

    transition(order.db, as_user(order.db, "order"), first.number, Action.REJECT, "重复申请")
    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning",  # type: ignore[attr-defined]
                        lambda _parent, title, text: shown.append(title + text))
    approvals.table.selectAll()
    qtbot.mouseClick(approvals.bulk_buttons[Action.APPROVE], Qt.MouseButton.LeftButton)
    done, refused = approvals.last_result
    assert done >= 1  # the others went through
    assert approvals.model.rowCount() == 0
    assert len(refused) == 1
    assert first.number in refused[0]
    assert "其他人已修改" in refused[0]
    assert shown


def test_the_warranty_page_answers_as_you_type(window_for: WindowFor, qtbot: QtBot) -> None:
    window = window_for("service")
    page = window.show_page("warranty")
    assert isinstance(page, WarrantyPage)
    assert page.answer.text() == "请选择型号并输入日期码。"
    page.model.setCurrentIndex(page.model.findData("DL-0701"))
    type_text(qtbot, page.date_code, "2024/13")
    assert "不是有效的日期码" in page.answer.text()
    page.date_code.clear()
    type_text(qtbot, page.date_code, "20240229")
    page.on.setDate(page.on.date().fromString("2027-02-28", "yyyy-MM-dd"))
    assert "保修期内，至 2027-02-28 止" in page.answer.text()
    assert "无购买凭证或销售日期标识，按生产日期计算" in page.answer.text()  # a consumer calls
    page.purchase.check.setChecked(True)
    page.purchase.edit.setDate(page.on.date().fromString("2026-01-05", "yyyy-MM-dd"))
    assert "至 2029-01-05 止" in page.answer.text()
    page.claimant.set_value(Claimant.DEALER)
    assert "经销商返修从产品出厂日期起计算" in page.answer.text()
    page.label.setCurrentIndex(page.label.findData("torn"))
    assert "拒绝售后（W3）" in page.answer.text()
