"""Complaint sheets through the GUI: filed, answered "return needed", the return opened."""

from __future__ import annotations

from pathlib import Path

import shiboken6
from PySide6.QtCore import QDateTime, Qt
from PySide6.QtWidgets import QApplication, QDialogButtonBox
from pytestqt.qtbot import QtBot

from desktop.core.rules.complaints import Answer
from desktop.core.rules.workflow import State
from desktop.core.services.complaints.sheets import get_sheet
from desktop.core.services.returns.query import get_request
from desktop.ui.complaints.detail import SheetDetailDialog
from desktop.ui.complaints.page import ComplaintsPage, SheetDialog
from desktop.ui.main_window import MainWindow
from desktop.ui.widgets.list_page import ListPage
from tests.ui.conftest import WindowFor, settle, type_text
from tests.ui.forms import answer, closed


def _save(qtbot: QtBot, dialog: object) -> None:
    button = dialog.buttons.button(QDialogButtonBox.StandardButton.Save)  # type: ignore[attr-defined]
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    settle(qtbot)


def sheet_dialog(qtbot: QtBot, window: MainWindow, number: str) -> SheetDetailDialog:
    """The sheet's dialog as its page opens it: the detail read first, then shown."""
    detail = get_sheet(window.backend.db, window.actor, number)
    dialog = SheetDetailDialog(window.backend, number, detail)
    qtbot.addWidget(dialog)
    return dialog


def test_file_answer_and_open_the_return(window_for: WindowFor, qtbot: QtBot,
                                         tmp_path: Path) -> None:
    dealer = window_for("dealer")
    page = dealer.show_page("complaints")
    assert isinstance(page, ListPage)
    settle(qtbot)
    before = page.model.rowCount()
    qtbot.mouseClick(page.new_button, Qt.MouseButton.LeftButton)
    settle(qtbot)  # the form opens once the models to pick from are read
    form = QApplication.activeModalWidget()
    assert isinstance(form, SheetDialog)
    form.model.setCurrentIndex(form.model.findData("PL-0701"))
    form.received.setDateTime(QDateTime.currentDateTime().addDays(-2))
    _save(qtbot, form)
    assert "24 小时内" in form.error.text()  # too late: refused with the rule, nothing lost
    assert form.model.currentData() == "PL-0701"
    form.received.setDateTime(QDateTime.currentDateTime().addSecs(-3600))
    type_text(qtbot, form.problem, "边框变形")
    _save(qtbot, form)
    assert not shiboken6.isValid(form) or not form.isVisible()  # saved and closed
    qtbot.waitUntil(lambda: page.model.rowCount() == before + 1, timeout=3000)
    number = page.model.row_at(0).number
    assert page.message.text() == f"客诉联络单 {number} 已提交。"  # the page says it saved
    sheets = window_for("order").show_page("complaints")
    assert isinstance(sheets, ComplaintsPage)
    sheets.open_sheet(number)  # read, then shown
    settle(qtbot)
    reply = sheets.last_dialog
    assert isinstance(reply, SheetDetailDialog)
    assert not reply.return_button.isVisible()
    reply.answer.set_value(Answer.RETURN_NEEDED)
    _save(qtbot, reply)
    said = answer(qtbot, reply, go_ahead=False)  # an answer cannot be taken back: it asks
    assert said == f"确定答复 上海明辉照明经营部 的 {number}：需提交退货申请？" \
        "上海明辉照明经营部 会立即看到答复，之后不能再更改。"
    assert get_sheet(dealer.backend.db, dealer.actor, number).row.answer is None
    _save(qtbot, reply)
    answer(qtbot, reply)
    assert closed(reply)
    assert sheets.message.text() == f"{number} 已答复：需提交退货申请。"
    mine = sheet_dialog(qtbot, dealer, number)
    assert not mine.answering
    assert mine.return_button.isVisibleTo(mine)
    mine.open_return()
    settle(qtbot)
    request = mine.opened_return
    assert request is not None
    assert request in mine.error.text()
    assert get_request(dealer.backend.db, dealer.actor, request).row.state == State.DRAFT
    with qtbot.waitSignal(mine.pdf_saved, timeout=5000):
        mine.save_pdf_to(tmp_path / "sheet.pdf")
    assert (tmp_path / "sheet.pdf").read_bytes().startswith(b"%PDF")
