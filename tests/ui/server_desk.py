"""Desks that work through a real ReturnDesk server (uvicorn on a loopback port, the test's
own database behind it): logged in through the login window, like a dealer's PC that holds the
server's address and nothing else."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QFileDialog, QMessageBox
from pytestqt.qtbot import QtBot

from desktop.backend.remote import RemoteBackend, RemoteConnector
from desktop.core.store.db import Database
from desktop.ui.app import Shell
from desktop.ui.main_window import MainWindow
from desktop.ui.receiving.desk import ReceivingDesk
from tests.server.conftest import RunningServer, start_server


@pytest.fixture
def server(ui: QApplication, sqlite_demo_db: Database) -> Iterator[RunningServer]:
    running = start_server(sqlite_demo_db)
    yield running
    running.stop()


@pytest.fixture
def server_both(ui: QApplication, demo_db: Database) -> Iterator[RunningServer]:
    """The same, on SQLite and on a throwaway PostgreSQL."""
    running = start_server(demo_db)
    yield running
    running.stop()


class Desks:
    """The people logged in during a test, each through their own login window."""

    def __init__(self, qtbot: QtBot, url: str) -> None:
        self.qtbot, self.url = qtbot, url
        self.shells: list[Shell] = []

    def log_in(self, login_name: str, password: str = "demo1234") -> MainWindow:
        shell = Shell(RemoteConnector(self.url), "zh_CN")
        self.shells.append(shell)
        dialog = shell.start()
        self.qtbot.waitUntil(dialog.login_button.isEnabled)
        self.qtbot.keyClicks(dialog.login_edit, login_name)
        self.qtbot.keyClicks(dialog.password_edit, password)
        with self.qtbot.waitSignal(dialog.logged_in, timeout=10000):
            self.qtbot.keyClick(dialog.password_edit, Qt.Key.Key_Return)
        window = shell.window
        assert window is not None
        assert isinstance(window.backend, RemoteBackend)  # a server's line, no database
        return window

    def close(self) -> None:
        for shell in self.shells:
            for widget in (shell.window, shell.login_dialog):
                if widget is not None:
                    QTimer.singleShot(0, lambda: close_anyway(40))  # boxes left unsaved
                    widget.close()


def close_anyway(tries: int) -> None:
    """"Close anyway?" (boxes not saved) answered Close, if it is asked within 2 s."""
    box = QApplication.activeModalWidget()
    if isinstance(box, QMessageBox) and box.button(QMessageBox.StandardButton.Close):
        box.button(QMessageBox.StandardButton.Close).click()
    elif tries > 0:
        QTimer.singleShot(50, lambda: close_anyway(tries - 1))


@pytest.fixture
def desks(server: RunningServer, qtbot: QtBot) -> Iterator[Desks]:
    made = Desks(qtbot, server.url)
    yield made
    made.close()


@pytest.fixture
def desks_both(server_both: RunningServer, qtbot: QtBot) -> Iterator[Desks]:
    made = Desks(qtbot, server_both.url)
    yield made
    made.close()


def receiving_desk(window: MainWindow) -> ReceivingDesk:
    desk = window.show_page("receiving")
    assert isinstance(desk, ReceivingDesk)
    return desk


def scan(qtbot: QtBot, desk: ReceivingDesk, code: str) -> None:
    qtbot.keyClicks(desk.scan, code)
    qtbot.keyClick(desk.scan, Qt.Key.Key_Return)
    assert desk.scan.text() == ""  # the field is free at once, server or not


def cancel_file_dialog_when_it_shows() -> None:
    """The labels' save dialog that follows a shipment: cancelled (the test saves its own)."""
    dialog = next((w for w in QApplication.topLevelWidgets()
                   if isinstance(w, QFileDialog) and w.isVisible()), None)
    if dialog is None:
        QTimer.singleShot(50, cancel_file_dialog_when_it_shows)
        return
    dialog.reject()


def message_box_text() -> str | None:
    box = next((w for w in QApplication.topLevelWidgets()
                if isinstance(w, QMessageBox) and w.isVisible()), None)
    if box is None:
        return None
    text = box.text()
    box.close()
    return text
