"""What the window of a desk on a server does when the server no longer knows the login (it
expired while idle, an administrator revoked it, the token was forged): it says so and asks
for the password again, and the work waiting on the line (queued scans) goes on after it.
Which server a desk uses is desktop.ui.server_choice (read at start, before any service)."""

from __future__ import annotations

import shiboken6
from PySide6.QtCore import QCoreApplication, QTimer
from PySide6.QtWidgets import (
    QWidget,
)

from desktop.backend import Backend
from desktop.core.errors import DomainError, LoginRefused
from desktop.ui.i18n import tr
from desktop.ui.ops import changes
from desktop.ui.tasks import run_in_background
from desktop.ui.widgets.password_prompt import PasswordPrompt


class SessionEnded(PasswordPrompt):
    """Modal: the same person's password again (the window and its queue stay), or log out."""

    def __init__(self, backend: Backend, parent: QWidget | None = None) -> None:
        # the dialog does not exist yet, so not self.tr: its context by name
        text = QCoreApplication.translate(
            "SessionEnded",
            "Your login on the server has ended (idle too long, logged out elsewhere or ended "
            "by an administrator). %1, enter your password to go on: nothing you were doing "
            "is lost, and boxes scanned meanwhile are saved once you are back.")
        again = QCoreApplication.translate("SessionEnded", "Log in again")
        super().__init__(again, text.replace("%1", backend.actor.display_name), again, parent)
        self.backend = backend
        self.setMinimumWidth(460)
        self.login_button = self.go_button

    def go(self) -> None:
        self.try_login()

    def try_login(self) -> None:
        """Off the GUI thread: a password check is a round trip (and argon2 on the server)."""
        if not self.login_button.isEnabled():
            return
        self.login_button.setEnabled(False)
        password, backend = self.password.text(), self.backend
        run_in_background(lambda: backend.renew(password), self._renewed, self._refused)

    def _renewed(self, _none: object) -> None:
        if not shiboken6.isValid(self):
            return
        self.accept()
        changes().session_renewed.emit(self.backend)
        changes().changed.emit("")  # the lists read again what they show

    def _refused(self, exc: BaseException) -> None:
        if not shiboken6.isValid(self):
            return
        if not isinstance(exc, DomainError):
            self.login_button.setEnabled(True)
            raise exc
        self.password.clear()
        self.message.setText(tr(exc.message))
        wait = exc.retry_after if isinstance(exc, LoginRefused) else 0.0
        QTimer.singleShot(round(wait * 1000), self._may_try)  # a wrong password: wait as told

    def _may_try(self) -> None:
        if shiboken6.isValid(self):
            self.login_button.setEnabled(True)

