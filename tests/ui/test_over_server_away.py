"""The receiving desk over a server that goes away and comes back (the real server stopped and
started again on the same port), and over a login the server no longer knows (revoked, forged):
the clerk keeps scanning, every box is kept in order with its scan id, and once the server (or
the login) is back every box is received once — none lost, none doubled."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QLabel
from pytestqt.qtbot import QtBot
from sqlalchemy import func, select

from desktop.core.model.boxes import BoxReceipt
from desktop.core.rules.workflow import State
from desktop.core.services.access.sessions import close_session
from desktop.core.services.returns.query import get_request
from desktop.core.store.db import Database
from desktop.ui.session import SessionEnded
from tests.conftest import as_user
from tests.db.returns_helpers import shipped
from tests.server.conftest import RunningServer, start_server
from tests.ui.server_desk import Desks, receiving_desk, scan


def receipts(db: Database, number: str) -> int:
    with db.read() as session:
        request_id = get_request(db, as_user(db, "admin"), number).row.id
        return int(session.scalar(select(func.count()).select_from(BoxReceipt).where(
            BoxReceipt.request_id == request_id)) or 0)


def test_scans_made_while_the_server_is_gone_are_saved_once_when_it_is_back(
        desks: Desks, server: RunningServer, qtbot: QtBot) -> None:
    db = server.db
    number, codes = shipped(db, 4)
    desk = receiving_desk(desks.log_in("warehouse"))
    scan(qtbot, desk, codes[0])
    qtbot.waitUntil(lambda: desk.answers == 1, timeout=10000)
    port = int(server.url.rsplit(":", 1)[1])
    server.stop()  # the server goes (a restart, a cable)
    scan(qtbot, desk, codes[1])
    qtbot.waitUntil(lambda: desk.queue.problem is not None, timeout=15000)
    scan(qtbot, desk, codes[2])
    assert "已排队" in desk.banner.text()
    assert desk.waiting_note.text().startswith("无法连接数据库：2 箱已排队")
    assert desk.answers == 1
    again = start_server(db, port=port)  # back, on the same address
    try:
        qtbot.waitUntil(lambda: desk.answers == 3, timeout=20000)
        scan(qtbot, desk, codes[3])
        qtbot.waitUntil(lambda: desk.answers == 4, timeout=10000)
    finally:
        again.stop()
    assert [r.box_no for r in reversed(desk.results)] == [1, 2, 3, 4]
    assert all(r.outcome.accepted and not r.replayed for r in desk.results)
    assert receipts(db, number) == 4  # none lost, none doubled
    assert get_request(db, as_user(db, "admin"), number).row.state == State.RECEIVED


def session_dialog() -> SessionEnded | None:
    return next((w for w in QApplication.topLevelWidgets()
                 if isinstance(w, SessionEnded) and w.isVisible()), None)


def test_a_login_the_server_ended_is_asked_again_and_the_scans_waiting_go(
        desks: Desks, server: RunningServer, qtbot: QtBot) -> None:
    db = server.db
    number, codes = shipped(db, 3)
    window = desks.log_in("warehouse")
    desk = receiving_desk(window)
    scan(qtbot, desk, codes[0])
    qtbot.waitUntil(lambda: desk.answers == 1, timeout=10000)
    close_session(db, window.backend.token)  # type: ignore[attr-defined]  (revoked, or idled)
    scan(qtbot, desk, codes[1])
    qtbot.waitUntil(lambda: session_dialog() is not None, timeout=10000)
    scan(qtbot, desk, codes[2])
    assert "登录已结束" in desk.banner.text()
    dialog = session_dialog()
    assert dialog is not None
    assert any("您在服务器上的登录已结束" in label.text()
               for label in dialog.findChildren(QLabel))
    qtbot.keyClicks(dialog.password, "wrong-password")
    qtbot.mouseClick(dialog.login_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.message.text() != "", timeout=10000)
    assert dialog.message.text() == "用户名或密码错误，或账号已停用。"
    assert desk.answers == 1  # nothing thrown away meanwhile
    qtbot.waitUntil(dialog.login_button.isEnabled, timeout=10000)
    qtbot.keyClicks(dialog.password, "demo1234")
    dialog.try_login()
    qtbot.waitUntil(lambda: desk.answers == 3, timeout=15000)
    assert session_dialog() is None
    assert [r.box_no for r in reversed(desk.results)] == [1, 2, 3]
    assert receipts(db, number) == 3


def test_a_forged_token_gets_the_same_question(desks: Desks, qtbot: QtBot) -> None:
    window = desks.log_in("order")
    window.backend.token = "forged-" + "0" * 40  # type: ignore[attr-defined]
    window.watch.poll()  # the next look for changes finds the login gone
    qtbot.waitUntil(lambda: session_dialog() is not None, timeout=10000)
    dialog = session_dialog()
    assert dialog is not None
    qtbot.keyClicks(dialog.password, "demo1234")
    dialog.try_login()
    qtbot.waitUntil(lambda: session_dialog() is None, timeout=10000)
    assert window.isVisible()  # the same window goes on, with a real token
    assert not window.backend.token.startswith("forged")  # type: ignore[attr-defined]
