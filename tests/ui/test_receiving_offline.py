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
from desktop.core.services.counting import boxes_of
from desktop.core.services.return_query import get_request
from desktop.core.store.db import Database
from desktop.ui.main_window import MainWindow
from desktop.ui.receiving.desk import ReceivingDesk
from tests.conftest import as_user
from tests.db.returns_helpers import shipped
from tests.net_proxy import Proxy, upstream_of


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


def answer_no_when_asked(seen: list[str]) -> None:
    """Cancel (or OK, where that is all there is) on the message box once it shows."""
    box = QApplication.activeModalWidget()
    if isinstance(box, QMessageBox):
        seen.append(box.text())
        no = QMessageBox.StandardButton
        (box.button(no.Cancel) or box.button(no.Ok)).click()
    else:
        QTimer.singleShot(50, lambda: answer_no_when_asked(seen))


def test_boxes_scanned_while_the_database_is_away_are_saved_when_it_is_back(
        ui: QApplication, qtbot: QtBot, proxied: tuple[Proxy, Database]) -> None:
    proxy, db = proxied
    number, codes = shipped(db, 4)
    window = MainWindow(db, as_user(db, "warehouse"), "zh_CN")
    qtbot.addWidget(window)
    window.show()
    desk = window.show_page("receiving")
    assert isinstance(desk, ReceivingDesk)
    type_scan(qtbot, desk, codes[0])
    qtbot.waitUntil(lambda: desk.answers == 1, timeout=5000)

    proxy.cut()  # the network goes
    type_scan(qtbot, desk, codes[1])
    qtbot.waitUntil(lambda: desk.queue.problem is not None, timeout=10000)
    type_scan(qtbot, desk, codes[2])
    assert desk.banner.property("kind") == "again"
    assert codes[2] in desk.banner.text()
    assert "已排队" in desk.banner.text()
    assert desk.waiting_note.text().startswith("无法连接数据库：2 箱已排队")
    assert desk.answers == 1  # nothing answered for them yet, nothing thrown away

    seen: list[str] = []
    QTimer.singleShot(0, lambda: answer_no_when_asked(seen))
    window.close()  # the clerk tries to go home
    assert window.isVisible()
    assert "2 箱已扫描但尚未保存" in seen[0]
    QTimer.singleShot(0, lambda: answer_no_when_asked(seen))
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
