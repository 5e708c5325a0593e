"""The main window: it only navigates.  Each page is built by its workflow package."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtGui import QAction, QActionGroup, QCloseEvent, QKeySequence
from PySide6.QtWidgets import (
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QMessageBox,
    QSplitter,
    QStackedWidget,
    QWidget,
)

from desktop.backend import Backend
from desktop.core.rules.policy import Policy
from desktop.core.services.kernel.policy import current_policy
from desktop.ui import style
from desktop.ui.i18n import LANGUAGES
from desktop.ui.labels import role_label
from desktop.ui.lock import IdleWatcher, LockDialog
from desktop.ui.ops import ChangeWatch, Op, changes
from desktop.ui.pages import PageSpec, pages_for
from desktop.ui.session import SessionEnded
from desktop.ui.tasks import run_in_background

IDLE_LOCK_BEFORE_POLICY_S = 15 * 60  # until the policy has been read (a moment after start)


class MainWindow(QMainWindow):
    logged_out = Signal()
    language_chosen = Signal(str)

    def __init__(self, backend: Backend, language: str, station: str | None = None) -> None:
        super().__init__()
        self.backend, self.language = backend, language
        self.actor = actor = backend.actor
        self.setWindowTitle(self.tr("ReturnDesk — %1").replace("%1", actor.display_name))
        self.resize(1280, 800)
        self.specs: list[PageSpec] = pages_for(actor)
        self.built: dict[str, QWidget] = {}
        self.nav = QListWidget()
        self.nav.setObjectName("navigation")
        self.nav.setStyleSheet(style.NAVIGATION)
        self.nav.setMinimumWidth(170)
        self.nav.setMaximumWidth(260)
        for spec in self.specs:
            item = QListWidgetItem(QCoreApplication.translate("Navigation", spec.title))
            item.setData(Qt.ItemDataRole.UserRole, spec.key)
            self.nav.addItem(item)
        self.stack = QStackedWidget()
        splitter = QSplitter()
        splitter.addWidget(self.nav)
        splitter.addWidget(self.stack)
        splitter.setStretchFactor(1, 1)
        self.setCentralWidget(splitter)
        self.content = splitter
        self.nav.currentRowChanged.connect(self.show_page_at)
        self._menus()
        self._status_bar()
        self.idle = IdleWatcher(IDLE_LOCK_BEFORE_POLICY_S, self)
        self.idle.idle.connect(self.lock)
        Op(self, backend, current_policy).done(self._policy_read).run()
        self.watch = ChangeWatch(self, backend)  # other desks' changes reach the lists
        self._closing_for_logout = False
        self.lock_dialog: LockDialog | None = None
        self.session_dialog: SessionEnded | None = None
        changes().session_lost.connect(self._session_lost)
        self.station = station if station in self.page_keys() else None
        self.nav.setCurrentRow(self.page_keys().index(self.station) if self.station else 0)

    def _policy_read(self, policy: Policy) -> None:
        self.idle.seconds = policy.auth_idle_lock_minutes * 60

    def page_keys(self) -> list[str]:
        return [spec.key for spec in self.specs]

    def show_page(self, key: str) -> QWidget:
        self.nav.setCurrentRow(self.page_keys().index(key))
        return self.built[key]

    def show_page_at(self, row: int) -> None:
        if row < 0:
            return
        spec = self.specs[row]
        if spec.key not in self.built:
            self.built[spec.key] = spec.factory(self.backend)
            self.stack.addWidget(self.built[spec.key])
        self.stack.setCurrentWidget(self.built[spec.key])

    def _menus(self) -> None:
        file_menu = self.menuBar().addMenu(self.tr("&File"))
        lock = QAction(self.tr("Lock screen"), self)
        lock.setShortcut(QKeySequence("Ctrl+L"))
        lock.triggered.connect(self.lock)
        logout = QAction(self.tr("Log out"), self)
        logout.triggered.connect(self.log_out)
        quit_action = QAction(self.tr("Quit"), self)
        quit_action.setShortcut(QKeySequence.StandardKey.Quit)
        quit_action.triggered.connect(self.close)
        for action in (lock, logout, quit_action):
            file_menu.addAction(action)
        language_menu = self.menuBar().addMenu(self.tr("&Language"))
        group = QActionGroup(self)
        self.language_actions: dict[str, QAction] = {}
        for code, name in LANGUAGES.items():
            action = QAction(name, self, checkable=True)
            action.setChecked(code == self.language)
            action.triggered.connect(lambda _c=False, c=code: self._choose_language(c))
            group.addAction(action)
            language_menu.addAction(action)
            self.language_actions[code] = action
        help_menu = self.menuBar().addMenu(self.tr("&Help"))
        about = QAction(self.tr("About ReturnDesk"), self)
        about.triggered.connect(self._about)
        help_menu.addAction(about)

    def _status_bar(self) -> None:
        bar = self.statusBar()
        self.user_label = QLabel(f"{self.actor.display_name} ({role_label(self.actor.role)})")
        self.org_label = QLabel(f"{self.actor.org_name} [{self.actor.org_code}]")
        self.db_label = QLabel(self.backend.describe())
        for label in (self.user_label, self.org_label, self.db_label):
            label.setContentsMargins(8, 0, 8, 0)
            bar.addPermanentWidget(label)

    def unsaved(self) -> list[str]:
        """What closing this window now would lose, a sentence per page (the receiving desk's
        scans not yet in the database)."""
        return [text for page in self.built.values()
                if (text := getattr(page, "unsaved", lambda: "")())]

    def _choose_language(self, code: str) -> None:
        if code == self.language:
            return
        unsaved = self.unsaved()
        if unsaved:  # the window is rebuilt in the new language: nothing may be lost on the way
            self.language_actions[self.language].setChecked(True)
            QMessageBox.information(self, self.tr("Language"), "\n".join(
                [*unsaved, "", self.tr("Change the language once they are saved.")]))
            return
        self.language_chosen.emit(code)

    def _about(self) -> None:
        from desktop import __version__

        QMessageBox.about(self, self.tr("About ReturnDesk"),
                          self.tr("ReturnDesk %1 — after-sales and returns.").replace(
                              "%1", __version__))

    def lock(self) -> None:
        """Hide the content and ask for the password; nothing shows until it is given."""
        if self.lock_dialog is not None:
            return
        self.content.hide()
        dialog = self.lock_dialog = LockDialog(self.backend, self)
        dialog.finished.connect(self._unlocked)
        dialog.open()

    def _unlocked(self) -> None:
        dialog, self.lock_dialog = self.lock_dialog, None
        if dialog is None:
            return
        dialog.deleteLater()
        if dialog.logged_out:
            self.log_out()
            return
        self.content.show()

    def _session_lost(self, backend: Backend) -> None:
        """The server no longer knows this login: say so and ask for the password again."""
        if backend is not self.backend or self.session_dialog is not None:
            return
        dialog = self.session_dialog = SessionEnded(self.backend, self)
        dialog.finished.connect(self._session_answered)
        dialog.open()

    def _session_answered(self) -> None:
        dialog, self.session_dialog = self.session_dialog, None
        if dialog is None:
            return
        dialog.deleteLater()
        if dialog.logged_out:
            self.log_out()

    def log_out(self) -> None:
        self._closing_for_logout = True
        self.close()

    def closeEvent(self, event: QCloseEvent) -> None:
        unsaved = self.unsaved()
        if unsaved and QMessageBox.warning(
                self, self.tr("Close ReturnDesk"), "\n".join(
                    [*unsaved, "", self.tr("Close anyway?")]),
                QMessageBox.StandardButton.Close | QMessageBox.StandardButton.Cancel,
                QMessageBox.StandardButton.Cancel) != QMessageBox.StandardButton.Close:
            self._closing_for_logout = False
            event.ignore()
            return
        for page in self.built.values():
            getattr(page, "window_closing", lambda: None)()
        self.idle.stop()
        self.watch.stop()
        super().closeEvent(event)
        if self._closing_for_logout:
            run_in_background(self.backend.close, lambda _r: None, lambda _e: None)
            self.logged_out.emit()
