"""The return request through the GUI: the dealer files it, the region reviews it, the order
department approves it (several at once); a rejection goes back and is resubmitted."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QApplication,
    QMessageBox,
)
from pytestqt.qtbot import QtBot

from desktop.core.rules.acceptance import ReturnKind
from desktop.core.rules.warranty import Claimant
from desktop.core.rules.workflow import Action, State
from desktop.core.services.receiving.counting import boxes_of, count_sheet
from desktop.core.services.returns.query import get_request
from desktop.core.store.db import Database
from desktop.ui.main_window import MainWindow
from desktop.ui.returns.detail import RequestDetailDialog
from desktop.ui.returns.form import RequestForm
from desktop.ui.returns.record import RequestRecord
from desktop.ui.returns.request_lists import ReturnsPage
from desktop.ui.warranty.page import WarrantyPage
from tests.conftest import as_user
from tests.ui.conftest import WindowFor, backend_for, settle, type_over, type_text


def record_of(db: Database, login: str, number: str) -> RequestRecord:
    """What the detail dialog shows, read by the test itself (as the opener would)."""
    actor = as_user(db, login)
    return RequestRecord(get_request(db, actor, number), boxes_of(db, actor, number),
                         count_sheet(db, actor, number))


def open_detail(qtbot: QtBot, db: Database, login: str, number: str) -> RequestDetailDialog:
    dialog = RequestDetailDialog(backend_for(db, login), record_of(db, login, number))
    qtbot.addWidget(dialog)
    dialog.show()
    return dialog


def confirmation() -> QMessageBox | None:
    return next((w for w in QApplication.topLevelWidgets() if isinstance(w, QMessageBox)
                 and w.objectName() == "confirm" and w.isVisible()), None)


def answer(qtbot: QtBot, go: bool = True) -> str:
    """Answer the question a step asked before it is taken; returns what it said."""
    qtbot.waitUntil(lambda: confirmation() is not None)
    box = confirmation()
    assert box is not None
    role = QMessageBox.ButtonRole.AcceptRole if go else QMessageBox.ButtonRole.RejectRole
    button = next(b for b in box.buttons() if box.buttonRole(b) == role)
    text = box.text()
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: confirmation() is None)
    return text


def loaded(qtbot: QtBot, page: ReturnsPage) -> ReturnsPage:
    settle(qtbot)
    return page


def _fill_line(qtbot: QtBot, form: RequestForm, code: str, date_code: str, qty: int) -> None:
    editor = form.editor
    editor.model.setCurrentIndex(editor.model.findData(code))
    editor.date_code.clear()
    type_text(qtbot, editor.date_code, date_code)
    editor.quantity.setValue(qty)
    type_text(qtbot, editor.fault, "通电不亮")
    settle(qtbot)  # every verdict asked while typing has answered


def _opened_form(qtbot: QtBot, window: MainWindow) -> tuple[ReturnsPage, int, RequestForm]:
    """The dealer's own requests, how many rows they show, and a new request form opened."""
    page = window.show_page("returns_own")
    assert isinstance(page, ReturnsPage)
    before = loaded(qtbot, page).model.rowCount()
    qtbot.mouseClick(page.new_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: isinstance(QApplication.activeModalWidget(), RequestForm))
    form = QApplication.activeModalWidget()
    assert isinstance(form, RequestForm)
    return page, before, form


def _new_form(window_for: WindowFor, qtbot: QtBot) -> tuple[ReturnsPage, RequestForm]:
    page, _before, form = _opened_form(qtbot, window_for("dealer"))
    return page, form


def test_dealer_files_and_submits_through_the_form(window_for: WindowFor, qtbot: QtBot) -> None:
    window = window_for("dealer")
    page, before, form = _opened_form(qtbot, window)
    _fill_line(qtbot, form, "RS-1003", "2301", 2)
    assert "过保" in form.editor.preview.text()  # rigid strip, 2 years: the dealer is warned
    form.add_line()
    _fill_line(qtbot, form, "T8-0702", "20250610", 12)
    assert "保修期内" in form.editor.preview.text()
    form.editor.kind.set_value(ReturnKind.NOT_MATCHING_ORDER)
    form.editor.flags["installed_or_used"].setChecked(True)
    settle(qtbot)
    assert "不予退换" in form.editor.preview.text() or "未经使用" in form.editor.preview.text()
    qtbot.mouseClick(form.submit_button, Qt.MouseButton.LeftButton)
    settle(qtbot)
    assert form.isVisible()  # line 2 blocks the submission, with the rule that blocks it
    assert "第 2 行不予受理" in form.message.text()
    form.editor.kind.set_value(ReturnKind.QUALITY_FAULT)
    form.editor.flags["installed_or_used"].setChecked(False)
    qtbot.mouseClick(form.submit_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not form.isVisible())
    assert form.number is not None
    qtbot.waitUntil(lambda: page.model.rowCount() == before + 1)  # the list refreshed itself
    detail = get_request(window.backend.db, window.actor, form.number)
    assert detail.row.state == State.SUBMITTED
    assert [line.quantity for line in detail.lines] == [2, 12]


def test_region_reviews_and_order_department_approves_several(window_for: WindowFor,
                                                              qtbot: QtBot) -> None:
    east = window_for("east")
    queue = east.show_page("returns_review")
    assert isinstance(queue, ReturnsPage)
    waiting = loaded(qtbot, queue).model.rowCount()
    assert waiting >= 1
    assert all(r.state == State.SUBMITTED for r in queue.model.rows())
    queue.table.selectAll()
    qtbot.mouseClick(queue.bulk_buttons[Action.REVIEW], Qt.MouseButton.LeftButton)
    assert "转交订单部审批" in answer(qtbot)
    qtbot.waitUntil(lambda: queue.model.rowCount() == 0)
    assert queue.last_result == (waiting, [])
    order = window_for("order")
    approvals = order.show_page("returns_approve")
    assert isinstance(approvals, ReturnsPage)
    numbers = {r.number for r in loaded(qtbot, approvals).model.rows()}
    approvals.table.selectAll()
    qtbot.mouseClick(approvals.bulk_buttons[Action.APPROVE], Qt.MouseButton.LeftButton)
    said = answer(qtbot)
    assert "经销商即可将货物发往总部" in said
    assert all(number in said for number in numbers)
    qtbot.waitUntil(lambda: approvals.model.rowCount() == 0)
    for number in numbers:
        assert get_request(order.backend.db, order.actor, number).row.state == State.APPROVED


def test_rejecting_needs_a_reason_and_the_dealer_resubmits(window_for: WindowFor,
                                                           qtbot: QtBot) -> None:
    east = window_for("east")
    queue = east.show_page("returns_review")
    assert isinstance(queue, ReturnsPage)
    row = loaded(qtbot, queue).model.row_at(0)
    dialog = open_detail(qtbot, east.backend.db, "east", row.number)
    qtbot.mouseClick(dialog.action_buttons[Action.REJECT], Qt.MouseButton.LeftButton)
    settle(qtbot)
    assert dialog.message.text() == "请填写原因，经销商会看到。"
    type_text(qtbot, dialog.reason, "请补充照片")
    qtbot.mouseClick(dialog.action_buttons[Action.REJECT], Qt.MouseButton.LeftButton)
    assert "退回经销商，并附上您的原因：“请补充照片”" in answer(qtbot)
    qtbot.waitUntil(lambda: dialog.detail.row.state == State.REJECTED)
    assert dialog.message.text() == "驳回：已完成，申请现为“已驳回，退回经销商”。"
    history = [dialog.history.item(i).text() for i in range(dialog.history.count())]
    assert "驳回" in history[-1]
    assert "请补充照片" in history[-1]
    owner = {"D-SH01": "dealer", "D-GZ01": "dealer2", "DS-WH01": "distrib"}[row.dealer_code]
    mine = open_detail(qtbot, east.backend.db, owner, row.number)
    assert "驳回原因：请补充照片" in mine.facts.text()
    qtbot.mouseClick(mine.action_buttons[Action.SUBMIT], Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: mine.detail.row.state == State.SUBMITTED)


def test_a_stale_bulk_approval_says_which_request_was_refused(window_for: WindowFor,
                                                              qtbot: QtBot) -> None:
    order = window_for("order")
    approvals = order.show_page("returns_approve")
    assert isinstance(approvals, ReturnsPage)
    first = loaded(qtbot, approvals).model.row_at(0)
    from desktop.core.services.returns.flow import transition

    transition(order.backend.db, as_user(order.backend.db, "order"), first.number, Action.REJECT,
               "重复申请")
    approvals.table.selectAll()
    qtbot.mouseClick(approvals.bulk_buttons[Action.APPROVE], Qt.MouseButton.LeftButton)
    answer(qtbot)
    qtbot.waitUntil(lambda: approvals.findChild(QMessageBox, "refusals") is not None)
    box = approvals.findChild(QMessageBox, "refusals")
    shown = box.windowTitle() + box.text()
    done, refused = approvals.last_result
    assert done >= 1  # the others went through
    qtbot.waitUntil(lambda: approvals.model.rowCount() == 0)
    assert len(refused) == 1
    assert first.number in refused[0]
    assert "其他人已修改" in refused[0]
    assert shown.startswith("部分申请未能处理")
    assert refused[0] in shown
    box.close()


def test_the_warranty_page_answers_as_you_type(window_for: WindowFor, qtbot: QtBot) -> None:
    window = window_for("service")
    page = window.show_page("warranty")
    assert isinstance(page, WarrantyPage)
    assert page.answer.text() == "请选择型号并输入日期码。"
    qtbot.waitUntil(lambda: page.model.findData("DL-0701") >= 0)  # the catalogue is read
    page.model.setCurrentIndex(page.model.findData("DL-0701"))
    type_text(qtbot, page.date_code, "2024/13")
    assert "不是有效的日期码" in page.answer.text()
    page.date_code.clear()
    type_text(qtbot, page.date_code, "20240229")
    page.on.setDate(page.on.date().fromString("2027-02-28", "yyyy-MM-dd"))
    settle(qtbot)
    assert "保修期内，至 2027-02-28 止" in page.answer.text()
    assert "无购买凭证或销售日期标识，按生产日期计算" in page.answer.text()  # a consumer calls
    page.purchase.check.setChecked(True)
    page.purchase.edit.setDate(page.on.date().fromString("2026-01-05", "yyyy-MM-dd"))
    settle(qtbot)
    assert "至 2029-01-05 止" in page.answer.text()
    page.claimant.set_value(Claimant.DEALER)
    settle(qtbot)
    assert "经销商返修从产品出厂日期起计算" in page.answer.text()
    page.label.setCurrentIndex(page.label.findData("torn"))
    settle(qtbot)
    assert "拒绝售后（W3）" in page.answer.text()


def test_the_form_refuses_a_date_code_in_the_future_and_files_nothing(
        window_for: WindowFor, qtbot: QtBot) -> None:
    window = window_for("dealer")
    page, before, form = _opened_form(qtbot, window)
    _fill_line(qtbot, form, "DL-0701", "20991231", 1)
    shown = form.editor.preview.text()
    assert "生产日期 2099-12-31 晚于今天" in shown
    assert "2101" not in shown  # no warranty worked out from a typo
    assert form.table.text(0, 5) == "不予受理"
    qtbot.mouseClick(form.save_button, Qt.MouseButton.LeftButton)
    settle(qtbot)
    assert "第 1 行：生产日期 2099-12-31 晚于今天" in form.message.text()
    assert form.number is None  # nothing was filed
    page.refresh()
    settle(qtbot)
    assert page.model.rowCount() == before


def test_a_purchase_date_typed_over_the_selection_is_the_one_counted(
        window_for: WindowFor, qtbot: QtBot) -> None:
    page = window_for("service").show_page("warranty")
    assert isinstance(page, WarrantyPage)
    qtbot.waitUntil(lambda: page.model.findData("DL-0701") >= 0)
    page.model.setCurrentIndex(page.model.findData("DL-0701"))
    type_text(qtbot, page.date_code, "20240101")
    page.purchase.check.setChecked(True)
    type_over(qtbot, page.purchase.edit, "2024-06-01")
    settle(qtbot)
    assert page.purchase.value() == date(2024, 6, 1)  # not this year's 1 June
    assert "至 2027-06-01 止" in page.answer.text()
    type_over(qtbot, page.purchase.edit, "2099-01-01", enter=True)
    settle(qtbot)
    assert "购买凭证日期 2099-01-01 晚于今天" in page.answer.text()


def test_a_receipt_time_typed_over_the_selection_is_the_one_checked(
        window_for: WindowFor, qtbot: QtBot) -> None:
    window = window_for("dealer")
    page = window.show_page("returns_own")
    assert isinstance(page, ReturnsPage)
    qtbot.mouseClick(page.new_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: isinstance(QApplication.activeModalWidget(), RequestForm))
    form = QApplication.activeModalWidget()
    assert isinstance(form, RequestForm)
    _fill_line(qtbot, form, "DL-0701", "20250601", 1)
    form.editor.kind.set_value(ReturnKind.NOT_MATCHING_ORDER)
    form.editor.received_known.setChecked(True)
    type_over(qtbot, form.editor.received_at, "2099-01-01 10:00")
    settle(qtbot)
    received = form.editor.value().goods_received_at
    assert received is not None
    assert received.astimezone().strftime("%Y-%m-%d %H:%M") == "2099-01-01 10:00"
    shown = form.editor.preview.text()
    assert "收货时间 2099-01-01 10:00 晚于现在" in shown
    assert "24" not in shown  # no false 24-hour refusal of a date this year
    type_over(qtbot, form.editor.received_at, "2024-13-01 10:00", enter=True)
    settle(qtbot)
    assert "不是有效的日期" in form.message.text()
    assert form.editor.received_at.dateTime().toString("yyyy-MM-dd HH:mm") == "2099-01-01 10:00"


def test_approving_asks_first_and_back_changes_nothing(window_for: WindowFor,
                                                      qtbot: QtBot) -> None:
    order = window_for("order")
    approvals = order.show_page("returns_approve")
    assert isinstance(approvals, ReturnsPage)
    rows = loaded(qtbot, approvals).model.rows()
    approvals.table.selectAll()
    qtbot.mouseClick(approvals.bulk_buttons[Action.REJECT], Qt.MouseButton.LeftButton)
    settle(qtbot)  # no reason: refused at once, nothing to ask
    assert confirmation() is None
    assert "请填写原因" in approvals.message.text()
    qtbot.mouseClick(approvals.bulk_buttons[Action.APPROVE], Qt.MouseButton.LeftButton)
    said = answer(qtbot, go=False)
    assert f"{len(rows)} 张申请" in said
    settle(qtbot)
    for row in rows:
        assert get_request(order.backend.db, order.actor, row.number).row.state == State.REVIEWED
    dialog = open_detail(qtbot, order.backend.db, "order", rows[0].number)
    qtbot.mouseClick(dialog.action_buttons[Action.APPROVE], Qt.MouseButton.LeftButton)
    assert f"审批通过 {rows[0].number}？" in answer(qtbot, go=False)
    settle(qtbot)
    assert dialog.detail.row.state == State.REVIEWED
    qtbot.mouseClick(dialog.action_buttons[Action.APPROVE], Qt.MouseButton.LeftButton)
    answer(qtbot)
    qtbot.waitUntil(lambda: dialog.detail.row.state == State.APPROVED)



def test_the_form_asks_before_typed_lines_are_thrown_away(window_for: WindowFor,
                                                          qtbot: QtBot) -> None:
    _page, form = _new_form(window_for, qtbot)
    _fill_line(qtbot, form, "DL-0701", "20250601", 2)
    for close in (lambda: qtbot.keyClick(form, Qt.Key.Key_Escape),
                  lambda: qtbot.mouseClick(form.close_button, Qt.MouseButton.LeftButton),
                  form.close):  # the window's X
        close()
        assert "将会丢失" in answer(qtbot, go=False)
        assert form.isVisible()
        assert form.lines[0].product_code == "DL-0701"  # nothing lost
    qtbot.mouseClick(form.save_button, Qt.MouseButton.LeftButton)
    settle(qtbot)
    assert form.number is not None
    assert form.message.text().startswith("已于 ")
    assert f"保存为草稿 {form.number}。" in form.message.text()  # a save says it saved
    qtbot.keyClick(form, Qt.Key.Key_Escape)  # saved: it closes without asking
    assert confirmation() is None
    qtbot.waitUntil(lambda: not form.isVisible())


def test_discarding_typed_lines_closes_the_form_and_files_nothing(window_for: WindowFor,
                                                                  qtbot: QtBot) -> None:
    page, form = _new_form(window_for, qtbot)
    before = loaded(qtbot, page).model.rowCount()
    type_text(qtbot, form.note, "样品退回")
    qtbot.keyClick(form, Qt.Key.Key_Escape)
    answer(qtbot)
    qtbot.waitUntil(lambda: not form.isVisible())
    assert form.number is None
    assert page.model.rowCount() == before
