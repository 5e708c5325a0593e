"""The idle lock: after the policy's idle minutes the window hides its content and asks for the
same user's password (or a log-out)."""

from __future__ import annotations

import time

from PySide6.QtCore import QCoreApplication, QEvent, QObject, QTimer, Signal
from PySide6.QtWidgets import (
    QApplication,
    QWidget,
)

from desktop.backend import Backend
from desktop.core.services.access.auth import verify_again
from desktop.ui.ops import Op
from desktop.ui.widgets.password_prompt import PasswordPrompt

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


class LockDialog(PasswordPrompt):
    """Modal: unlock with the password, or log out."""

    def __init__(self, backend: Backend, parent: QWidget | None = None) -> None:
        # the dialog does not exist yet, so not self.tr: its context by name
        text = QCoreApplication.translate(
            "LockDialog", "The screen is locked. %1, enter your password to go on.")
        super().__init__(QCoreApplication.translate("LockDialog", "Screen locked"),
                         text.replace("%1", backend.actor.display_name),
                         QCoreApplication.translate("LockDialog", "Unlock"), parent)
        self.backend = backend
        self.unlock_button = self.go_button

    def go(self) -> None:
        self.try_unlock()

    def try_unlock(self) -> None:
        Op(self, self.backend, verify_again, self.password.text()).busy(
            self.unlock_button).done(self._checked).run()

    def _checked(self, right: bool) -> None:
        if right:
            self.accept()
            return
        self.password.clear()
        self.message.setText(self.tr("Wrong password."))

    def reject(self) -> None:
        if self.logged_out:
            super().reject()
