"""The receiving desk as a clerk uses it: scan, Enter, a colour and a message; the field clears,
keeps focus, and no input method swallows the code."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QDialogButtonBox, QPushButton
from pytestqt.qtbot import QtBot

from desktop.core.rules.roles import OrgKind
from desktop.core.rules.workflow import State
from desktop.core.services.admin.orgs import org_choices
from desktop.core.services.receiving.counting import count_sheet
from desktop.core.services.returns.query import ReturnQuery, get_request, list_requests
from desktop.ui.receiving.count import CountDialog
from desktop.ui.receiving.desk import ReceivingDesk
from desktop.ui.returns.detail import RequestDetailDialog
from desktop.ui.returns.shipment import ShipmentDialog
from tests.conftest import as_user
from tests.db.returns_helpers import shipped
from tests.ui.conftest import WindowFor, backend_for, settle
from tests.ui.test_returns_gui import open_detail, record_of


def open_desk(window_for: WindowFor, qtbot: QtBot) -> ReceivingDesk:
    window = window_for("warehouse")
    desk = window.show_page("receiving")
    assert isinstance(desk, ReceivingDesk)
    window.activateWindow()
    assert QTest.qWaitForWindowActive(window)
    desk.scan.setFocus()
    return desk


def scan(qtbot: QtBot, desk: ReceivingDesk, code: str, keypad: bool = False) -> str:
    answered = desk.answers
    qtbot.keyClicks(desk.scan, code)
    if keypad:
        qtbot.keyClick(desk.scan, Qt.Key.Key_Enter, Qt.KeyboardModifier.KeypadModifier)
    else:
        qtbot.keyClick(desk.scan, Qt.Key.Key_Return)
    assert desk.scan.text() == ""  # cleared at once, before the database answers
    qtbot.waitUntil(lambda: desk.answers == answered + 1, timeout=5000)
    return str(desk.banner.property("kind"))


def test_good_duplicate_and_rejected_scans(window_for: WindowFor, qtbot: QtBot) -> None:
    desk = open_desk(window_for, qtbot)
    number, codes = shipped(desk.backend.db, 2)
    assert scan(qtbot, desk, codes[0].lower()) == "good"  # a scanner in lower case
    assert desk.banner.text().startswith("已收第 1 箱，共 2 箱")
    assert desk.scan.text() == ""
    assert desk.scan.hasFocus()
    assert scan(qtbot, desk, codes[0], keypad=True) == "again"
    assert "不重复计数" in desk.banner.text()
    assert scan(qtbot, desk, "R12-XYZ") == "bad"
    assert "不是 ReturnDesk 的箱码" in desk.banner.text()
    assert scan(qtbot, desk, codes[1]) == "good"
    assert "已全部到齐" in desk.banner.text() or desk.results[0].complete
    assert get_request(desk.backend.db, desk.actor, number).row.state == State.RECEIVED
    assert desk.log.rowCount() == 4  # at once, scan by scan
    assert [desk.log.item(1, c).text() for c in (1, 2)] == ["R12-XYZ", "箱码无法识别"]
    assert desk.log.item(1, 2).foreground().color().name() == "#c62828"  # a refusal in red
    qtbot.waitUntil(lambda: desk.aside.rowCount() == 1, timeout=3000)  # once scanning pauses


def test_an_input_method_cannot_compose_in_the_scan_field(window_for: WindowFor,
                                                          qtbot: QtBot) -> None:
    window = window_for("warehouse")
    desk = window.show_page("receiving")
    assert isinstance(desk, ReceivingDesk)
    assert desk.scan.inputMethodQuery(Qt.InputMethodQuery.ImEnabled) is False
    assert not desk.scan.testAttribute(Qt.WidgetAttribute.WA_InputMethodEnabled)
    from PySide6.QtGui import QInputMethodEvent

    event = QInputMethodEvent("shou", [])  # a pre-edit never shows
    QApplication.sendEvent(desk.scan, event)
    assert desk.scan.text() == ""
    committed = QInputMethodEvent()
    committed.setCommitString("Ｒ１２")  # full-width, as an IME might commit
    QApplication.sendEvent(desk.scan, committed)
    QApplication.sendEvent(desk.scan, QKeyEvent(QEvent.Type.KeyPress, Qt.Key.Key_Return,
                                                Qt.KeyboardModifier.NoModifier, "\r"))
    qtbot.waitUntil(lambda: desk.answers == 1, timeout=5000)
    assert desk.results[0].code == "R12"


def test_the_scan_field_takes_focus_back(window_for: WindowFor, qtbot: QtBot) -> None:
    desk = open_desk(window_for, qtbot)
    desk.tabs.setFocus()
    assert desk.scan.hasFocus()


def test_the_warehouse_station_opens_straight_into_the_desk(ui: QApplication, qtbot: QtBot,
                                                            sqlite_demo_db: object) -> None:
    from desktop.ui.main_window import MainWindow

    db = sqlite_demo_db
    window = MainWindow(backend_for(db, "warehouse"), "zh_CN", "receiving")  # type: ignore[arg-type]
    qtbot.addWidget(window)
    assert window.page_keys()[window.nav.currentRow()] == "receiving"


def test_the_dealer_ships_and_saves_the_labels(window_for: WindowFor, qtbot: QtBot,
                                               tmp_path: Path) -> None:
    window = window_for("dealer")
    number = next(r.number for r in list_requests(window.db, window.actor, ReturnQuery())
                  if r.state == State.APPROVED)
    detail = open_detail(qtbot, window.db, "dealer", number)
    assert detail.ship_button is not None
    assert detail.ship_button.text() == "发货并打印箱标…"
    carriers = org_choices(window.db, window.actor, (OrgKind.CARRIER,))
    dialog = ShipmentDialog(backend_for(window.db, "dealer"), detail.detail, carriers, detail)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.boxes.setValue(4)
    qtbot.mouseClick(dialog.buttons.button(QDialogButtonBox.StandardButton.Save),
                     Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.error.text() == "请填写运单号。")
    qtbot.keyClicks(dialog.waybill, "SF100200300")
    qtbot.mouseClick(dialog.buttons.button(QDialogButtonBox.StandardButton.Save),
                     Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.result_value is not None)
    assert len(dialog.result_value) == 4
    detail.refresh()
    qtbot.waitUntil(lambda: detail.boxes.rowCount() == 4)
    detail.save_labels_to(tmp_path / "labels.pdf")
    settle(qtbot)
    assert detail.saved_to == tmp_path / "labels.pdf"
    assert detail.saved_to.read_bytes().startswith(b"%PDF")
    assert "箱标已保存" in detail.message.text()
    chosen = dialog.carrier.currentText()
    assert detail.ship_button is not None  # shipped, not yet received: it may be declared again
    qtbot.mouseClick(detail.ship_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: detail.shipment_dialog is not None
                    and detail.shipment_dialog.isVisible())
    again = detail.shipment_dialog
    assert isinstance(again, ShipmentDialog)
    assert (again.boxes.value(), again.carrier.currentText(), again.waybill.text()) == (
        4, chosen, "SF100200300")  # what is known is carried
    again.reject()
    assert [b.text() for b in detail.findChildren(QPushButton) if "箱标" in b.text()]
    assert [b.text() for b in detail.findChildren(QPushButton) if b.text() == "退货授权单…"]
    detail.save_authorisation_to(tmp_path / "authorisation.pdf")
    settle(qtbot)
    assert detail.saved_to == tmp_path / "authorisation.pdf"
    assert detail.saved_to.read_bytes().startswith(b"%PDF")


def test_the_clerk_counts_a_received_request(window_for: WindowFor, qtbot: QtBot) -> None:
    window = window_for("warehouse")
    number = next(r.number for r in list_requests(window.db, window.actor, ReturnQuery())
                  if r.state == State.RECEIVED)
    dialog = CountDialog(window.backend, number, count_sheet(window.db, window.actor, number))
    qtbot.addWidget(dialog)
    dialog.show()
    first = next(iter(dialog.counted))
    dialog.counted[first].setValue(dialog.counted[first].value() - 1)
    qtbot.mouseClick(dialog.buttons.button(QDialogButtonBox.StandardButton.Save),
                     Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not dialog.isVisible())
    owner = window_for("dealer" if number in {r.number for r in list_requests(
        window.db, as_user(window.db, "dealer"), ReturnQuery())} else "dealer2")
    seen = RequestDetailDialog(owner.backend, record_of(owner.db, owner.actor.login, number))
    qtbot.addWidget(seen)
    assert [c.difference for c in seen.count_differences] == [-1]
    # HQ's count is its own table, under its own headers; the boxes table holds only boxes.
    assert seen.boxes.rowCount() == len(record_of(owner.db, owner.actor.login, number).boxes)
    assert all(seen.boxes.text(r, 2) != "-1" for r in range(seen.boxes.rowCount()))
    count = seen.count
    headers = [str(count.model().headerData(c, Qt.Orientation.Horizontal))
               for c in range(count.model().columnCount())]
    assert headers == ["型号", "名称", "申报数量", "总部实点", "差异", "备注"]
    assert seen.tabs.isTabVisible(seen.tabs.indexOf(count))
    assert seen.tabs.tabText(seen.tabs.indexOf(count)) == "总部清点（1 处差异）"
    differing = [r for r in range(count.rowCount()) if count.text(r, 4) == "-1"]
    assert len(differing) == 1
    row = differing[0]
    assert int(count.text(row, 3)) == int(count.text(row, 2)) - 1


def test_scanning_goes_on_while_the_database_is_busy(window_for: WindowFor,
                                                     qtbot: QtBot) -> None:
    """Another desk holds the database: the clerk keeps scanning, the field clears at once,
    the desk says how many wait, and every box is answered in the order it was scanned."""
    import sqlite3

    desk = open_desk(window_for, qtbot)
    _number, codes = shipped(desk.backend.db, 3)
    path = desk.backend.db.sqlite_path
    assert path is not None
    blocker = sqlite3.connect(path, isolation_level=None, timeout=5)
    blocker.execute("BEGIN IMMEDIATE")  # another desk's write, not finished yet
    try:
        for code in codes:
            qtbot.keyClicks(desk.scan, code)
            qtbot.keyClick(desk.scan, Qt.Key.Key_Return)
            assert desk.scan.text() == ""  # never blocked by the scan before
        qtbot.waitUntil(lambda: desk.waiting_note.text().startswith("正在保存…还有 3 箱"),
                        timeout=3000)
        assert desk.answers == 0
    finally:
        blocker.execute("ROLLBACK")
        blocker.close()
    qtbot.waitUntil(lambda: desk.answers == 3, timeout=10000)
    assert [r.box_no for r in reversed(desk.results)] == [1, 2, 3]
    assert all(r.outcome.accepted for r in desk.results)
    assert desk.waiting_note.text() == ""
