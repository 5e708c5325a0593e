"""A keyboard-wedge scanner types into whatever has focus: while the receiving desk is on
screen, a scan lands in the scan field (and is answered) wherever the clerk clicked last."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QWidget
from pytestqt.qtbot import QtBot

from desktop.ui.receiving.desk import ReceivingDesk
from tests.db.returns_helpers import shipped
from tests.ui.conftest import WindowFor
from tests.ui.test_receiving_gui import open_desk


def wedge(qtbot: QtBot, desk: ReceivingDesk, code: str) -> None:
    """Type ``code`` and Enter the way a scanner does: into the widget that has focus."""
    answered = desk.answers
    for char in code:
        target = QApplication.focusWidget() or desk.window()
        qtbot.keyClick(target, char)
    qtbot.keyClick(QApplication.focusWidget() or desk.window(), Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: desk.answers == answered + 1, timeout=5000)


def click(qtbot: QtBot, widget: QWidget) -> None:
    qtbot.mouseClick(widget, Qt.MouseButton.LeftButton)
    widget.setFocus()  # offscreen, a click does not always move focus; a real one does


def test_a_scan_after_clicking_the_count_button_is_answered(window_for: WindowFor,
                                                            qtbot: QtBot) -> None:
    desk = open_desk(window_for, qtbot)
    _number, codes = shipped(desk.backend.db, 3)
    click(qtbot, desk.count_number)  # as the clerk did: the field, then the button
    click(qtbot, desk.count_button)
    wedge(qtbot, desk, codes[0])
    assert desk.results[0].code == codes[0]
    assert desk.results[0].outcome.accepted
    assert desk.log.rowCount() == 1


def test_a_scan_typed_into_the_request_number_field_is_a_scan(window_for: WindowFor,
                                                              qtbot: QtBot) -> None:
    desk = open_desk(window_for, qtbot)
    _number, codes = shipped(desk.backend.db, 2)
    click(qtbot, desk.count_number)
    wedge(qtbot, desk, codes[1])
    assert desk.results[0].code == codes[1]
    assert desk.results[0].box_no == 2
    assert desk.count_number.text() == ""
    assert desk.scan.hasFocus()


def test_scans_after_clicking_lists_tabs_and_the_navigation(window_for: WindowFor,
                                                            qtbot: QtBot) -> None:
    desk = open_desk(window_for, qtbot)
    _number, codes = shipped(desk.backend.db, 4)
    window = desk.window()
    for widget, code in zip((desk.recent, desk.tabs.tabBar(), window.nav, desk.banner),
                            codes, strict=True):
        click(qtbot, desk.count_number)  # from a text field: the desk does not take focus back
        click(qtbot, widget)
        wedge(qtbot, desk, code)
        assert desk.results[0].code == code
    assert [r.box_no for r in reversed(desk.results)] == [1, 2, 3, 4]
    assert all(r.outcome.accepted for r in desk.results)
