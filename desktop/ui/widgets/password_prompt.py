"""The same person's password again, or log out: what the idle lock and a session the server
no longer knows both ask (the window and its work stay behind the question)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)


class PasswordPrompt(QDialog):
    """Modal: ``text``, a password field, a note for a refusal, Log out and ``go_label``;
    Enter or ``go_label`` calls ``go()``."""

    def __init__(self, title: str, text: str, go_label: str,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.logged_out = False
        self.setWindowTitle(title)
        self.setModal(True)
        label = QLabel(text)
        label.setWordWrap(True)
        self.password = QLineEdit()
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.message = QLabel()
        self.message.setWordWrap(True)
        self.message.setStyleSheet("color: #c62828; font-weight: bold;")
        self.go_button = QPushButton(go_label)
        self.go_button.setDefault(True)
        self.logout_button = QPushButton(QCoreApplication.translate("PasswordPrompt", "Log out"))
        self.go_button.clicked.connect(self.go)
        self.password.returnPressed.connect(self.go)
        self.logout_button.clicked.connect(self._log_out)
        buttons = QHBoxLayout()
        buttons.addWidget(self.logout_button)
        buttons.addStretch(1)
        buttons.addWidget(self.go_button)
        layout = QVBoxLayout(self)
        layout.addWidget(label)
        layout.addWidget(self.password)
        layout.addWidget(self.message)
        layout.addLayout(buttons)

    def go(self) -> None:
        raise NotImplementedError

    def _log_out(self) -> None:
        self.logged_out = True
        self.reject()
