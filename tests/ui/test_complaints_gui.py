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
from desktop.ui.complaints.page import SheetDialog
from desktop.ui.main_window import MainWindow
from desktop.ui.widgets.list_page import ListPage
from tests.ui.conftest import WindowFor, settle, type_text


def _save(qtbot: QtBot, dialog: object) -> None:
    button = dialog.buttons.button(QDialogButtonBox.StandardButton.Save)  # type: ignore[attr-defined]
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    settle(qtbot)


def sheet_dialog(qtbot: QtBot, window: MainWindow, number: str) -> SheetDetailDialog:
    """The sheet's dialog as its page opens it: the detail read first, then shown."""
    detail = get_sheet(window.db, window.actor, number)
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
    answer = sheet_dialog(qtbot, window_for("order"), number)
    answer.show()
    assert not answer.return_button.isVisible()
    answer.answer.set_value(Answer.RETURN_NEEDED)
    _save(qtbot, answer)
    mine = sheet_dialog(qtbot, dealer, number)
    assert not mine.answering
    assert mine.return_button.isVisibleTo(mine)
    mine.open_return()
    settle(qtbot)
    request = mine.opened_return
    assert request is not None
    assert request in mine.error.text()
    assert get_request(dealer.db, dealer.actor, request).row.state == State.DRAFT
    with qtbot.waitSignal(mine.pdf_saved, timeout=5000):
        mine.save_pdf_to(tmp_path / "sheet.pdf")
    assert (tmp_path / "sheet.pdf").read_bytes().startswith(b"%PDF")
