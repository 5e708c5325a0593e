"""The idle lock: after the policy's idle minutes the window hides its content and asks for the
same user's password (or a log-out)."""

from __future__ import annotations

import time

from PySide6.QtCore import QEvent, QObject, QTimer, Signal
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desktop.backend import Backend
from desktop.core.services.access.auth import verify_again
from desktop.ui.ops import Op

INPUT_EVENTS = {
    QEvent.Type.KeyPress,
    QEvent.Type.MouseButtonPress,
    QEvent.Type.MouseMove,
    QEvent.Type.Wheel,
}


class IdleWatcher(QObject):
    """Emits ``idle`` once the user has done nothing for ``seconds``."""

    idle = Signal()

    def __init__(self, seconds: float, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.seconds = seconds
        self.last_input = time.monotonic()
        self._timer = QTimer(self)
        self._timer.setInterval(1000)
        self._timer.timeout.connect(self.check)
        app = QApplication.instance()
        assert app is not None
        app.installEventFilter(self)
        self._timer.start()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() in INPUT_EVENTS:
            self.last_input = time.monotonic()
        return False

    def check(self) -> None:
        if time.monotonic() - self.last_input >= self.seconds:
            self.last_input = time.monotonic()
            self.idle.emit()

    def stop(self) -> None:
        self._timer.stop()
        app = QApplication.instance()
        if app is not None:
            app.removeEventFilter(self)


class LockDialog(QDialog):
    """Modal: unlock with the password, or log out."""

    def __init__(self, backend: Backend, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.backend = backend
        actor = backend.actor
        self.logged_out = False
        self.setWindowTitle(self.tr("Screen locked"))
        self.setModal(True)
        title = QLabel(self.tr("The screen is locked. %1, enter your password to go on.")
                       .replace("%1", actor.display_name))
        title.setWordWrap(True)
        self.password = QLineEdit()
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.message = QLabel()
        self.message.setStyleSheet("color: #c62828; font-weight: bold;")
        self.unlock_button = QPushButton(self.tr("Unlock"))
        self.unlock_button.setDefault(True)
        self.logout_button = QPushButton(self.tr("Log out"))
        self.unlock_button.clicked.connect(self.try_unlock)
        self.password.returnPressed.connect(self.try_unlock)
        self.logout_button.clicked.connect(self._log_out)
        buttons = QHBoxLayout()
        buttons.addWidget(self.logout_button)
        buttons.addStretch(1)
        buttons.addWidget(self.unlock_button)
        layout = QVBoxLayout(self)
        layout.addWidget(title)
        layout.addWidget(self.password)
        layout.addWidget(self.message)
        layout.addLayout(buttons)

    def try_unlock(self) -> None:
        Op(self, self.backend, verify_again, self.password.text()).busy(
            self.unlock_button).done(self._checked).run()

    def _checked(self, right: bool) -> None:
        if right:
            self.accept()
            return
        self.password.clear()
        self.message.setText(self.tr("Wrong password."))

    def _log_out(self) -> None:
        self.logged_out = True
        self.reject()

    def reject(self) -> None:
        if self.logged_out:
            super().reject()
