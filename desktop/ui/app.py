"""Start-up: the application, fonts and translations, the login window at once, and the
database opened behind it; then the main window.

Only Qt and the font are loaded before the first paint.  SQLAlchemy alone takes longer to
import than a bare Qt window takes to appear, so the database layer is imported and opened on a
worker thread while the user types their login.
"""

from __future__ import annotations

import sys
import threading
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication, QMessageBox

from desktop.core.errors import DomainError
from desktop.core.guard import watch_gui_thread
from desktop.ui import i18n, style
from desktop.ui.fonts import register_fonts
from desktop.ui.login import LoginDialog
from desktop.ui.tasks import run_in_background

if TYPE_CHECKING:
    from desktop.backend import Backend, Connector
    from desktop.ui.main_window import MainWindow

ICON = Path(__file__).resolve().parents[2] / "resources" / "icons" / "returndesk.png"


def create_application(argv: list[str] | None = None) -> QApplication:
    existing = QApplication.instance()
    app = existing if isinstance(existing, QApplication) else QApplication(argv or sys.argv[:1])
    app.setOrganizationName("ReturnDesk")
    app.setApplicationName("ReturnDesk")
    app.setDesktopFileName("returndesk")  # the desktop entry the installers put in place
    app.setWindowIcon(QIcon(str(ICON)))
    register_fonts(app)
    style.apply(app)
    watch_gui_thread(threading.get_ident())  # a screen's unit of work here is logged
    return app


def open_in_process(url: str | None) -> Connector:
    """Imported here, on the worker thread, not before the first paint: the database opened
    (its schema made ready) and the desk logging in on it."""
    from desktop.backend.local import LocalConnector
    from desktop.core.services.startup import open_database

    return LocalConnector(open_database(url))


def open_on_server(url: str, ca_file: str | None) -> Connector:
    """A desk of a multi-site installation: it holds the server's address, never the
    database's, and logs in there."""
    from desktop.backend.remote import RemoteConnector

    return RemoteConnector(url, ca_file)


class Shell(QObject):
    """Login → main window → (log out → login) …; rebuilds the window when the language
    changes."""

    def __init__(self, connector: Connector | None, language: str,
                 station: str | None = None) -> None:
        super().__init__()
        self.connector = connector
        self.language = language
        self.station = station
        self.login_dialog: LoginDialog | None = None
        self.window: MainWindow | None = None
        self.failure: QMessageBox | None = None  # the database could not be opened

    def start(self) -> LoginDialog:
        dialog = LoginDialog(self.connector, self.language)
        dialog.logged_in.connect(self._open_window)
        dialog.language_chosen.connect(self._relogin_in)
        dialog.show()
        self.login_dialog = dialog
        return dialog

    def attach(self, connector: Connector) -> None:
        self.connector = connector
        if self.login_dialog is not None:
            self.login_dialog.attach(connector)

    def _relogin_in(self, language: str) -> None:
        self.set_language(language)
        old = self.login_dialog
        self.start()
        if old is not None:
            old.close()
            old.deleteLater()

    def set_language(self, language: str) -> None:
        self.language = i18n.install(language)
        i18n.save_language(language)

    def _open_window(self, backend: Backend) -> None:
        from desktop.ui.main_window import MainWindow

        window = MainWindow(backend, self.language, self.station)
        window.logged_out.connect(self._after_logout)
        window.language_chosen.connect(self._rebuild_window)
        window.show()
        self.window = window

    def _rebuild_window(self, language: str) -> None:
        old = self.window
        if old is None:
            return
        self.set_language(language)
        current = old.page_keys()[max(old.nav.currentRow(), 0)]
        geometry = old.saveGeometry()
        self._open_window(old.backend)
        assert self.window is not None
        self.window.restoreGeometry(geometry)
        self.window.show_page(current)
        old.idle.stop()
        old.watch.stop()
        old.hide()
        old.deleteLater()

    def _after_logout(self) -> None:
        if self.window is not None:
            self.window.deleteLater()
            self.window = None
        self.start()


def start_gui(url: str | None, language: str | None, station: str | None = None,
              server: str | None = None, ca_file: str | None = None
              ) -> tuple[QApplication, Shell]:
    """Show the login window now and open the database (or reach the server) behind it."""
    from desktop.ui.server_choice import chosen_server

    app = create_application()
    shell = Shell(None, i18n.install(i18n.chosen_language(language)), station)
    server = chosen_server(server, url)
    shell.start()

    def failed(exc: BaseException) -> None:
        # One sentence, in a box and on standard error (for a desk started from a terminal);
        # closing the box ends the program with status 2, as the command line does.
        text = i18n.tr(exc.message) if isinstance(exc, DomainError) else (
            app.translate("Startup", "The database cannot be opened:") + f" {exc}")
        print(f"returndesk: {' '.join(text.split())}", file=sys.stderr, flush=True)
        box = QMessageBox(QMessageBox.Icon.Critical, "ReturnDesk", text,
                          QMessageBox.StandardButton.Ok, shell.login_dialog)
        box.finished.connect(lambda _result: app.exit(2))
        box.open()
        shell.failure = box

    if server:
        run_in_background(lambda: open_on_server(server, ca_file), shell.attach, failed)
    else:
        run_in_background(lambda: open_in_process(url), shell.attach, failed)
    return app, shell


def run_gui(url: str | None, language: str | None, station: str | None = None,
            server: str | None = None, ca_file: str | None = None) -> int:
    app, shell = start_gui(url, language, station, server, ca_file)
    app.setQuitOnLastWindowClosed(True)
    code = app.exec()
    from PySide6.QtCore import QThreadPool

    QThreadPool.globalInstance().waitForDone()
    from desktop.ui.ops import wait_for_all

    wait_for_all()
    db = getattr(shell.connector, "db", None)
    if db is not None:
        db.dispose()
    return code


