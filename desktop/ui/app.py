"""Start-up: the application, fonts and translations, the database, the login, the window."""

from __future__ import annotations

import sys
from pathlib import Path

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QApplication, QMessageBox

from desktop.core.i18n import DomainError
from desktop.core.store import Database, resolve_database_url
from desktop.core.store.migrate import ensure_ready
from desktop.ui import i18n
from desktop.ui.fonts import register_fonts
from desktop.ui.login import LoginDialog
from desktop.ui.main_window import MainWindow

STYLE = Path(__file__).resolve().parents[2] / "resources" / "styles" / "app.qss"


def create_application(argv: list[str] | None = None) -> QApplication:
    existing = QApplication.instance()
    app = existing if isinstance(existing, QApplication) else QApplication(argv or sys.argv[:1])
    app.setOrganizationName("ReturnDesk")
    app.setApplicationName("ReturnDesk")
    register_fonts(app)
    if STYLE.exists():
        app.setStyleSheet(STYLE.read_text(encoding="utf-8"))
    return app


def open_database(url: str | None) -> Database:
    """Open the database and make its schema ready (SQLite: backup + upgrade)."""
    db = Database(resolve_database_url(url))
    ensure_ready(db)
    return db


class Shell(QObject):
    """Login → main window → (log out → login) …; rebuilds the window when the language
    changes."""

    def __init__(self, db: Database, language: str) -> None:
        super().__init__()
        self.db = db
        self.language = language
        self.login_dialog: LoginDialog | None = None
        self.window: MainWindow | None = None

    def start(self) -> LoginDialog:
        dialog = LoginDialog(self.db, self.language)
        dialog.logged_in.connect(self._open_window)
        dialog.language_chosen.connect(self._relogin_in)
        dialog.show()
        self.login_dialog = dialog
        return dialog

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

    def _open_window(self, actor: object) -> None:
        window = MainWindow(self.db, actor, self.language)  # type: ignore[arg-type]
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
        self._open_window(old.actor)
        assert self.window is not None
        self.window.restoreGeometry(geometry)
        self.window.show_page(current)
        old.idle.stop()
        old.hide()
        old.deleteLater()

    def _after_logout(self) -> None:
        if self.window is not None:
            self.window.deleteLater()
            self.window = None
        self.start()


def run_gui(url: str | None, language: str | None) -> int:
    app = create_application()
    lang = i18n.install(i18n.chosen_language(language))
    try:
        db = open_database(url)
    except DomainError as exc:
        QMessageBox.critical(None, "ReturnDesk", i18n.tr(exc.message))
        return 1
    except Exception as exc:  # the database cannot be opened at all
        QMessageBox.critical(None, "ReturnDesk",
                             app.translate("Startup", "The database cannot be opened:") +
                             f"\n{exc}")
        return 1
    shell = Shell(db, lang)
    shell.start()
    app.setQuitOnLastWindowClosed(True)
    code = app.exec()
    db.dispose()
    return code
