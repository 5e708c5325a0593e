"""The database goes away in the middle of a pallet (a real server behind a proxy whose cable
the test pulls): the clerk keeps scanning, each box is kept in order with its scan id, the desk
says so, and when the server is back every box is saved once and answered, in order.  Closing
the window with boxes not yet saved asks first."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, datetime

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QMessageBox
from pytestqt.qtbot import QtBot

from desktop.core.rules.workflow import State
from desktop.core.services.receiving.counting import boxes_of
from desktop.core.services.returns.query import get_request
from desktop.core.store.db import Database
from desktop.ui.main_window import MainWindow
from desktop.ui.receiving.desk import ReceivingDesk
from tests.db.returns_helpers import shipped
from tests.net_proxy import Proxy, upstream_of
from tests.ui.conftest import backend_for


@pytest.fixture
def proxied(pg_demo_db: Database) -> Iterator[tuple[Proxy, Database]]:
    proxy = Proxy(upstream_of(pg_demo_db.url.render_as_string(hide_password=False)))
    db = Database(proxy.url(str(pg_demo_db.url.database)))
    yield proxy, db
    db.dispose()
    proxy.close()


def type_scan(qtbot: QtBot, desk: ReceivingDesk, code: str) -> None:
    qtbot.keyClicks(desk.scan, code)
    qtbot.keyClick(desk.scan, Qt.Key.Key_Return)
    assert desk.scan.text() == ""  # the field is free at once, database or not


def answer_when_asked(seen: list[str], *, close: bool = False) -> None:
    """Cancel (or OK, where that is all there is), or Close, on the message box once it shows."""
    box = QApplication.activeModalWidget()
    if isinstance(box, QMessageBox):
        seen.append(box.text())
        no = QMessageBox.StandardButton
        (box.button(no.Close) if close else box.button(no.Cancel) or box.button(no.Ok)).click()
    else:
        QTimer.singleShot(50, lambda: answer_when_asked(seen, close=close))


def open_window(ui: QApplication, qtbot: QtBot, db: Database) -> tuple[MainWindow,
                                                                       ReceivingDesk]:
    window = MainWindow(backend_for(db, "warehouse"), "zh_CN")
    qtbot.addWidget(window)
    window.show()
    desk = window.show_page("receiving")
    assert isinstance(desk, ReceivingDesk)
    return window, desk


def went_away(qtbot: QtBot, desk: ReceivingDesk, proxy: Proxy, codes: list[str]) -> None:
    """Box 1 received; then the network goes and the other codes are scanned."""
    type_scan(qtbot, desk, codes[0])
    qtbot.waitUntil(lambda: desk.answers == 1, timeout=5000)
    proxy.cut()
    for index, code in enumerate(codes[1:]):
        type_scan(qtbot, desk, code)
        if index == 0:
            qtbot.waitUntil(lambda: desk.queue.problem is not None, timeout=10000)


def test_boxes_scanned_while_the_database_is_away_are_saved_when_it_is_back(
        ui: QApplication, qtbot: QtBot, proxied: tuple[Proxy, Database]) -> None:
    proxy, db = proxied
    number, codes = shipped(db, 4)
    window, desk = open_window(ui, qtbot, db)
    went_away(qtbot, desk, proxy, codes[:3])
    assert desk.banner.property("kind") == "again"
    assert codes[2] in desk.banner.text()
    assert "已排队" in desk.banner.text()
    assert desk.waiting_note.text().startswith("无法连接数据库：2 箱已排队")
    assert desk.answers == 1  # nothing answered for them yet, nothing thrown away

    seen: list[str] = []
    QTimer.singleShot(0, lambda: answer_when_asked(seen))
    window.close()  # the clerk tries to go home
    assert window.isVisible()
    assert "2 箱已扫描但尚未保存" in seen[0]
    assert "已记在本机" in seen[0]
    QTimer.singleShot(0, lambda: answer_when_asked(seen))
    window.language_actions["en"].trigger()  # the window would be rebuilt: not now
    assert "请在它们保存后再切换语言" in seen[1]
    assert window.language_actions["zh_CN"].isChecked()

    back_at = datetime.now(UTC)
    proxy.restore()  # the network is back: the desk sends them again by itself
    qtbot.waitUntil(lambda: desk.answers == 3, timeout=15000)
    type_scan(qtbot, desk, codes[3])
    qtbot.waitUntil(lambda: desk.answers == 4, timeout=5000)
    assert [r.box_no for r in reversed(desk.results)] == [1, 2, 3, 4]
    assert all(r.outcome.accepted and not r.replayed for r in desk.results)
    assert desk.waiting_note.text() == ""
    assert desk.queue.problem is None
    assert get_request(db, desk.actor, number).row.state == State.RECEIVED
    boxes = boxes_of(db, desk.actor, number)
    assert [b.received_at is not None for b in boxes] == [True] * 4  # each box once, in order
    waited = [b.received_at for b in boxes[1:3]]
    assert all(at is not None and at.replace(tzinfo=at.tzinfo or UTC) < back_at for at in waited)
    # received when they were scanned, not when the database came back, and so logged
    assert [desk.log.item(row, 0).text() for row in (2, 1)] == [
        at.replace(tzinfo=at.tzinfo or UTC).astimezone().strftime("%H:%M:%S")
        for at in waited if at is not None]


def test_boxes_left_unsaved_by_a_closed_window_are_saved_when_the_desk_opens_again(
        ui: QApplication, qtbot: QtBot, proxied: tuple[Proxy, Database]) -> None:
    proxy, db = proxied
    number, codes = shipped(db, 3)
    window, desk = open_window(ui, qtbot, db)
    went_away(qtbot, desk, proxy, codes)
    journal = desk.queue.journal
    assert journal is not None
    seen: list[str] = []
    QTimer.singleShot(0, lambda: answer_when_asked(seen, close=True))
    window.close()  # the clerk goes home anyway (or the power goes)
    assert not window.isVisible()
    assert [code for code, _id, _at in journal.load()] == codes[1:]  # kept on this computer

    back_at = datetime.now(UTC)
    proxy.restore()
    _again, desk = open_window(ui, qtbot, db)  # the next morning, the same clerk
    assert desk.banner.text().startswith("上次扫描的 2 箱尚未保存，正在补存")
    qtbot.waitUntil(lambda: desk.answers == 2, timeout=10000)
    assert [r.box_no for r in reversed(desk.results)] == [2, 3]
    assert get_request(db, desk.actor, number).row.state == State.RECEIVED
    boxes = boxes_of(db, desk.actor, number)
    assert all(b.received_at is not None and b.received_at.replace(
        tzinfo=b.received_at.tzinfo or UTC) < back_at for b in boxes)
    assert not journal.path.exists()  # all saved: nothing left to send
