"""The stock forms in words a keeper reads: a refusal names the grade in Chinese (7 of #14: it
said "DR-18（new）"), and a movement says what it recorded on the stock page."""

from __future__ import annotations

from pytestqt.qtbot import QtBot

from desktop.core.services.admin.catalogue import list_parts
from desktop.core.services.stock.query import dealer_locations
from desktop.ui.main_window import MainWindow
from desktop.ui.stock.common import ALL_PARTS
from desktop.ui.stock.page import Choices, MovementDialog, StockPage
from tests.ui.conftest import WindowFor, settle
from tests.ui.forms import click_save, closed


def _movement(window: MainWindow, page: StockPage) -> MovementDialog:
    choices = Choices(window.actor.org_code, dealer_locations(window.backend.db, window.actor),
                      list_parts(window.backend.db, window.actor, ALL_PARTS))
    return MovementDialog(window.backend, choices, page)


def test_a_refused_scrap_names_the_grade_in_chinese(window_for: WindowFor,
                                                    qtbot: QtBot) -> None:
    window = window_for("service")
    page = window.show_page("stock")
    assert isinstance(page, StockPage)
    dialog = _movement(window, page)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.part.setCurrentIndex(dialog.part.findData("DR-12"))
    dialog.kind.setCurrentIndex(dialog.kind.findData("scrap"))
    dialog.quantity.setValue(100_000)
    dialog.reason.setText("受潮")
    click_save(qtbot, dialog)
    assert "DR-12（新品）库存只有" in dialog.error.text()
    assert "new" not in dialog.error.text()
    dialog.grade.setCurrentIndex(1)
    click_save(qtbot, dialog)
    assert "DR-12（维修良品（仅限售后更换，不得销售））库存只有" in dialog.error.text()


def test_a_movement_says_what_it_recorded(window_for: WindowFor, qtbot: QtBot) -> None:
    window = window_for("service")
    page = window.show_page("stock")
    assert isinstance(page, StockPage)
    settle(qtbot)
    dialog = _movement(window, page)
    dialog.show()
    dialog.part.setCurrentIndex(dialog.part.findData("DR-07"))
    dialog.quantity.setValue(5)
    click_save(qtbot, dialog)
    assert closed(dialog)
    balance = dialog.result_value.balance
    assert page.message.text() == f"已登记：中合照明科技有限公司 的 DR-07（新品）现有 {balance}。"
