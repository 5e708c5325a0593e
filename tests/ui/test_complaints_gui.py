"""Complaint sheets through the GUI: filed, answered "return needed", the return opened."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QDateTime, Qt
from PySide6.QtWidgets import QApplication, QDialogButtonBox
from pytestqt.qtbot import QtBot

from desktop.core.rules.complaints import Answer
from desktop.core.rules.workflow import State
from desktop.core.services.returns.query import get_request
from desktop.ui.complaints.detail import SheetDetailDialog
from desktop.ui.complaints.page import SheetDialog
from desktop.ui.widgets.list_page import ListPage
from tests.ui.conftest import WindowFor, type_text


def _save(qtbot: QtBot, dialog: object) -> None:
    button = dialog.buttons.button(QDialogButtonBox.StandardButton.Save)  # type: ignore[attr-defined]
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def test_file_answer_and_open_the_return(window_for: WindowFor, qtbot: QtBot,
                                         tmp_path: Path) -> None:
    dealer = window_for("dealer")
    page = dealer.show_page("complaints")
    assert isinstance(page, ListPage)
    qtbot.mouseClick(page.new_button, Qt.MouseButton.LeftButton)
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
    assert not form.isVisible()
    number = page.model.row_at(0).number
    order = window_for("order")
    answer = SheetDetailDialog(order.db, order.actor, number)
    qtbot.addWidget(answer)
    answer.show()
    assert not answer.return_button.isVisible()
    answer.answer.set_value(Answer.RETURN_NEEDED)
    _save(qtbot, answer)
    mine = SheetDetailDialog(dealer.db, dealer.actor, number)
    qtbot.addWidget(mine)
    assert not mine.answering
    assert mine.return_button.isVisibleTo(mine)
    request = mine.open_return()
    assert request is not None
    assert get_request(dealer.db, dealer.actor, request).row.state == State.DRAFT
    written = mine.save_pdf_to(tmp_path / "sheet.pdf")
    assert written is not None
    assert written.read_bytes().startswith(b"%PDF")
