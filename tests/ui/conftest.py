"""GUI fixtures: the application as ReturnDesk sets it up (bundled font, style, Chinese), a
main window for a demo user, and a check that no thread or active timer is left behind."""

from __future__ import annotations

import threading
from collections.abc import Callable, Iterator

import pytest
from PySide6.QtCore import QThreadPool, QTimer
from PySide6.QtWidgets import QApplication, QWidget
from pytestqt.qtbot import QtBot

from desktop.backend.local import LocalBackend, LocalConnector
from desktop.core.guard import watch_gui_thread
from desktop.core.store.db import Database
from desktop.ui import i18n, ops
from desktop.ui.app import Shell, create_application
from desktop.ui.main_window import MainWindow
from tests.conftest import as_user

# desks over a running server (tests/ui/server_desk.py): server, server_both, desks, desks_both
from tests.ui.server_desk import desks, desks_both, server, server_both  # noqa: F401


@pytest.fixture
def ui(qapp: QApplication) -> Iterator[QApplication]:
    create_application()
    # Every module of desktop.ui fails its test if it opens a unit of work on the GUI thread.
    watch_gui_thread(threading.get_ident(), "raise")
    i18n.install("zh_CN")
    threads_before = threading.active_count()
    yield qapp
    assert ops.wait_for_all(5000)
    QApplication.processEvents()
    for widget in QApplication.topLevelWidgets():
        widget.close()
    QApplication.processEvents()
    active = [
        f"{type(w).__name__}/{t.objectName() or t.interval()}"
        for w in QApplication.topLevelWidgets() if not w.isVisible()
        for t in w.findChildren(QTimer) if t.isActive() and t.interval() >= 500
    ]
    assert active == [], f"timers left running: {active}"
    assert QThreadPool.globalInstance().waitForDone(2000)
    assert threading.active_count() <= threads_before
    i18n.install("zh_CN")


WindowFor = Callable[[str], MainWindow]


@pytest.fixture
def window_for(ui: QApplication, qtbot: QtBot, sqlite_demo_db: Database) -> WindowFor:
    def make(login_name: str) -> MainWindow:
        window = MainWindow(backend_for(sqlite_demo_db, login_name), "zh_CN")
        qtbot.addWidget(window)
        window.show()
        return window

    return make


@pytest.fixture
def shell(ui: QApplication, qtbot: QtBot, sqlite_demo_db: Database) -> Iterator[Shell]:
    shell = Shell(LocalConnector(sqlite_demo_db), "zh_CN")
    yield shell
    for widget in (shell.window, shell.login_dialog):
        if widget is not None and isinstance(widget, QWidget):
            widget.close()


def type_text(qtbot: QtBot, widget: QWidget, text: str) -> None:
    """Type like a user: ASCII as key presses, Chinese as an input method commits it."""
    import re

    from PySide6.QtGui import QInputMethodEvent

    for chunk in re.split(r"([\x00-\x7f]+)", text):
        if not chunk:
            continue
        if chunk.isascii():
            qtbot.keyClicks(widget, chunk)
        else:
            event = QInputMethodEvent()
            event.setCommitString(chunk)
            QApplication.sendEvent(widget, event)


def type_over(qtbot: QtBot, edit: QWidget, text: str, enter: bool = False) -> None:
    """Select the whole date in a date field (Ctrl+A) and type ``text`` over it, key by key."""
    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QAbstractSpinBox

    assert isinstance(edit, QAbstractSpinBox)
    edit.setFocus()
    qtbot.keyClick(edit, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    assert edit.lineEdit().selectedText() == edit.lineEdit().text()
    qtbot.keyClicks(edit, text)
    if enter:
        qtbot.keyClick(edit, Qt.Key.Key_Return)


def backend_for(db: Database, login_name: str) -> LocalBackend:
    """A demo user's line to the services, in process (a test's own calls run directly)."""
    return LocalBackend(db, as_user(db, login_name))


def settle(qtbot: QtBot, timeout: int = 5000) -> None:
    """Wait until every operation a screen started has answered and its callbacks ran."""
    qtbot.waitUntil(lambda: ops.pending() == 0, timeout=timeout)
    QApplication.processEvents()


def shot(widget: QWidget, name: str) -> None:
    """A screenshot for a person to look at, only when asked for:
    RETURNDESK_SHOTS=/some/folder pytest tests/ui/… (never into a fixed folder)."""
    import os
    from pathlib import Path

    folder = os.environ.get("RETURNDESK_SHOTS")
    if folder:
        Path(folder).mkdir(parents=True, exist_ok=True)
        widget.grab().save(str(Path(folder) / name))
