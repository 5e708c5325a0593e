"""The return screens' layouts hold (issue 14): an error does not move the buttons, columns
and fields are wide enough for their content in both languages."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QApplication, QDialogButtonBox, QPushButton, QWidget
from pytestqt.qtbot import QtBot

from desktop.core.rules.workflow import Action, State
from desktop.core.services.returns.query import ReturnQuery, get_request, list_requests
from desktop.core.store.db import Database
from desktop.ui.returns.request_lists import ReturnsPage
from tests.conftest import as_user
from tests.ui.conftest import WindowFor, backend_for, settle
from tests.ui.test_returns_gui import _fill_line, _new_form, open_detail


def _where(widget: QWidget) -> QPoint:
    return widget.mapTo(widget.window(), QPoint(0, 0))


def test_an_error_does_not_move_the_buttons(window_for: WindowFor, qtbot: QtBot,
                                            sqlite_demo_db: Database) -> None:
    from desktop.core.rules.roles import OrgKind
    from desktop.core.services.admin.orgs import org_choices
    from desktop.ui.returns.shipment import ShipmentDialog

    dealer = as_user(sqlite_demo_db, "dealer")
    number = next(r.number for r in list_requests(sqlite_demo_db, dealer, ReturnQuery())
                  if r.state == State.APPROVED)
    ship = ShipmentDialog(backend_for(sqlite_demo_db, "dealer"),
                          get_request(sqlite_demo_db, dealer, number),
                          org_choices(sqlite_demo_db, dealer, (OrgKind.CARRIER,)))
    qtbot.addWidget(ship)
    ship.show()
    save = ship.buttons.button(QDialogButtonBox.StandardButton.Save)
    before = _where(save)
    qtbot.mouseClick(save, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: ship.error.isVisible())
    QApplication.processEvents()
    assert _where(save) == before
    _page, form = _new_form(window_for, qtbot)
    before = _where(form.save_button)
    _fill_line(qtbot, form, "DL-0701", "20991231", 1)
    qtbot.mouseClick(form.save_button, Qt.MouseButton.LeftButton)
    settle(qtbot)
    assert form.message.text()
    QApplication.processEvents()
    assert _where(form.save_button) == before
    review = next(r.number for r in list_requests(sqlite_demo_db, dealer, ReturnQuery())
                  if r.state == State.SUBMITTED)
    detail = open_detail(qtbot, sqlite_demo_db, "east", review)
    close = detail.findChildren(QPushButton)[-1]
    before = _where(close)
    qtbot.mouseClick(detail.action_buttons[Action.REJECT], Qt.MouseButton.LeftButton)
    settle(qtbot)
    assert detail.message.text() == "请填写原因，经销商会看到。"
    QApplication.processEvents()
    assert _where(close) == before


@pytest.mark.parametrize("language", ["zh_CN", "en"])
def test_columns_and_fields_hold_their_content(window_for: WindowFor, qtbot: QtBot,
                                               language: str) -> None:
    from desktop.ui import i18n

    i18n.install(language)
    order = window_for("order")
    approvals = order.show_page("returns_approve")
    assert isinstance(approvals, ReturnsPage)
    settle(qtbot)
    reason = approvals.reason
    assert reason.width() >= reason.fontMetrics().horizontalAdvance(reason.placeholderText()) + 12
    _page, form = _new_form(window_for, qtbot)
    _fill_line(qtbot, form, "DL-0706", "20250610", 100000)
    table = form.table
    for column in range(table.model().columnCount() - 1):  # the last one stretches
        text = table.text(0, column)
        assert table.columnWidth(column) >= table.fontMetrics().horizontalAdvance(text) + 10, (
            column, text)
    form.add_line()  # a new, empty line: the columns stay as wide
    widths = [table.columnWidth(c) for c in range(table.model().columnCount() - 1)]
    _fill_line(qtbot, form, "T8-0702", "2412", 5)
    assert [table.columnWidth(c) for c in range(table.model().columnCount() - 1)] == widths
