"""GUI fixtures: the application as ReturnDesk sets it up (bundled font, style, Chinese), a
main window for a demo user, and a check that no thread or active timer is left behind."""

from __future__ import annotations

import threading
from collections.abc import Callable, Iterator

import pytest
from PySide6.QtCore import QThreadPool, QTimer
from PySide6.QtWidgets import QApplication, QWidget
from pytestqt.qtbot import QtBot

from desktop.core.store.db import Database
from desktop.ui import i18n
from desktop.ui.app import Shell, create_application
from desktop.ui.main_window import MainWindow
from tests.conftest import as_user


@pytest.fixture
def ui(qapp: QApplication) -> Iterator[QApplication]:
    create_application()
    i18n.install("zh_CN")
    threads_before = threading.active_count()
    yield qapp
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
        window = MainWindow(sqlite_demo_db, as_user(sqlite_demo_db, login_name), "zh_CN")
        qtbot.addWidget(window)
        window.show()
        return window

    return make


@pytest.fixture
def shell(ui: QApplication, qtbot: QtBot, sqlite_demo_db: Database) -> Iterator[Shell]:
    shell = Shell(sqlite_demo_db, "zh_CN")
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
