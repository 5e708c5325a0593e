"""The login dialog: login, password, language; the demo logins when the database has them.

It logs in through a :class:`~desktop.backend.Connector` (a database opened here, or a server),
off the GUI thread, and hands the shell the logged-in person's backend."""

from __future__ import annotations

from typing import TYPE_CHECKING

import shiboken6
from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from desktop.core.errors import DomainError
from desktop.core.rules.roles import Role
from desktop.ui import style
from desktop.ui.i18n import LANGUAGES, tr
from desktop.ui.labels import role_label
from desktop.ui.tasks import run_in_background

if TYPE_CHECKING:  # the dialog paints before the database layer is even imported
    from desktop.backend import Backend, Connector, DemoLogin


class LoginDialog(QDialog):
    """Emits ``logged_in(backend)``; ``language_chosen(code)`` asks the shell to re-translate.

    It shows at once; :meth:`attach` enables logging in when the database (or the server) is
    ready.
    """

    logged_in = Signal(object)
    language_chosen = Signal(str)

    def __init__(self, connector: Connector | None, language: str,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.connector: Connector | None = None
        self._wait = 0
        self._trying = False
        self.backend: Backend | None = None
        self.setWindowTitle(self.tr("ReturnDesk — log in"))
        self.setMinimumWidth(520)
        heading = QLabel(self.tr("ReturnDesk after-sales and returns"))
        style.title(heading, 16.0)
        self.login_edit = QLineEdit()
        self.login_edit.setPlaceholderText(self.tr("login"))
        self.password_edit = QLineEdit()
        self.password_edit.setEchoMode(QLineEdit.EchoMode.Password)
        self.password_edit.setPlaceholderText(self.tr("password"))
        self.language = QComboBox()
        for code, name in LANGUAGES.items():
            self.language.addItem(name, code)
        self.language.setCurrentIndex(self.language.findData(language))
        self.language.currentIndexChanged.connect(
            lambda _i: self.language_chosen.emit(self.language.currentData()))
        self.message = QLabel()
        self.message.setObjectName("loginMessage")
        self.message.setWordWrap(True)
        self.message.setStyleSheet("color: #c62828; font-weight: bold;")
        self.login_button = QPushButton(self.tr("Log in"))
        self.login_button.setDefault(True)
        self.login_button.clicked.connect(self.try_login)
        self.password_edit.returnPressed.connect(self.try_login)
        self.login_edit.returnPressed.connect(self.password_edit.setFocus)
        self._countdown = QTimer(self)
        self._countdown.setInterval(1000)
        self._countdown.timeout.connect(self._tick)
        self.demo_table: QWidget | None = None
        self.database = QLabel(self.tr("Opening the database…"))
        self.database.setObjectName("databaseLabel")
        self.database.setStyleSheet("color: #666;")
        self.database.setWordWrap(True)
        self._layout = self._lay_out(heading)
        self.login_button.setEnabled(False)
        self.login_edit.setFocus()
        if connector is not None:
            self.attach(connector)

    def _lay_out(self, heading: QLabel) -> QVBoxLayout:
        form = QFormLayout()
        form.addRow(self.tr("Login"), self.login_edit)
        form.addRow(self.tr("Password"), self.password_edit)
        form.addRow(self.tr("Language"), self.language)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.login_button)
        layout = QVBoxLayout(self)
        layout.addWidget(heading)
        layout.addLayout(form)
        layout.addWidget(self.message)
        layout.addLayout(buttons)
        layout.addWidget(self.database)
        return layout

    def attach(self, connector: Connector) -> None:
        """The database (or the server) is ready: say which, list the demo logins, allow
        logging in."""
        self.connector = connector
        where = connector.describe()
        label = self.tr("Server: %1") if where.startswith(("https://", "http://")) else self.tr(
            "Database: %1")
        self.database.setText(label.replace("%1", where))
        run_in_background(connector.demo_logins, self._show_demo_logins, lambda _exc: None)
        self.login_button.setEnabled(self._wait <= 0)
        if self.login_edit.text() and self.password_edit.text():
            self.try_login()  # typed while the database was opening

    def _show_demo_logins(self, logins: list[DemoLogin]) -> None:
        if not shiboken6.isValid(self) or not logins or self.demo_table is not None:
            return
        self.demo_table = self._demo_logins(logins)
        self._layout.insertWidget(self._layout.count() - 1, self.demo_table)

    def _demo_logins(self, logins: list[DemoLogin]) -> QWidget:
        box = QWidget()
        layout = QVBoxLayout(box)
        layout.setContentsMargins(0, 8, 0, 0)
        note = QLabel(self.tr("Demo logins — the password of each is %1. Double-click one.")
                      .replace("%1", logins[0].password))
        note.setWordWrap(True)
        table = QTableWidget(len(logins), 3)
        table.setObjectName("demoLogins")
        table.setHorizontalHeaderLabels([self.tr("Login"), self.tr("Role"), self.tr("Name")])
        for row, entry in enumerate(logins):
            table.setItem(row, 0, QTableWidgetItem(entry.login))
            table.setItem(row, 1, QTableWidgetItem(role_label(Role(entry.role))))
            table.setItem(row, 2, QTableWidgetItem(entry.display_name))
        table.verticalHeader().setVisible(False)
        table.horizontalHeader().setStretchLastSection(True)
        table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        table.setSelectionBehavior(QTableWidget.SelectionBehavior.SelectRows)
        table.resizeColumnsToContents()
        table.setMinimumHeight(260)
        table.cellDoubleClicked.connect(
            lambda row, _col: self._use_demo(logins[row].login, logins[row].password))
        layout.addWidget(note)
        layout.addWidget(table)
        return box

    def _use_demo(self, login_name: str, password: str) -> None:
        self.login_edit.setText(login_name)
        self.password_edit.setText(password)
        self.try_login()

    def try_login(self) -> None:
        """Check the password off the GUI thread (argon2 takes a moment, a server a round
        trip); the button says so meanwhile."""
        connector = self.connector
        if self._wait > 0 or connector is None or self._trying:
            return
        self._trying = True
        self.login_button.setEnabled(False)
        login, password = self.login_edit.text(), self.password_edit.text()
        run_in_background(lambda: connector.login(login, password), self._logged_in,
                          self._refused)

    def _logged_in(self, backend: Backend) -> None:
        self._trying = False
        if not shiboken6.isValid(self):
            return
        self.backend = backend
        self.message.clear()
        self.logged_in.emit(backend)
        self.accept()

    def _refused(self, exc: BaseException) -> None:
        from desktop.core.services.access.auth import LoginRefused

        self._trying = False
        if not shiboken6.isValid(self):
            return
        self.login_button.setEnabled(self._wait <= 0)
        if not isinstance(exc, DomainError):
            raise exc
        self.message.setText(tr(exc.message))
        self.password_edit.clear()
        self.password_edit.setFocus()
        if isinstance(exc, LoginRefused) and exc.retry_after > 0:
            self._start_wait(exc.retry_after)

    def _start_wait(self, seconds: float) -> None:
        self._wait = max(1, round(seconds))
        self.login_button.setEnabled(False)
        self._countdown.start()
        self._tick(first=True)

    def _tick(self, first: bool = False) -> None:
        if not first:
            self._wait -= 1
        if self._wait <= 0:
            self._countdown.stop()
            self.login_button.setEnabled(self.connector is not None)
            self.login_button.setText(self.tr("Log in"))
            return
        self.login_button.setText(self.tr("Wait %1 s").replace("%1", str(self._wait)))

    def done(self, result: int) -> None:
        self._countdown.stop()
        super().done(result)

    def keyPressEvent(self, event: object) -> None:
        key = getattr(event, "key", lambda: None)()
        if key == Qt.Key.Key_Escape:
            self.reject()
            return
        super().keyPressEvent(event)  # type: ignore[arg-type]
