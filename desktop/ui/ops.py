"""The operations layer: every call from a screen into a service goes through here.

    Op(self, self.backend, get_request, number).done(self.show).run()

runs ``get_request`` off the GUI thread through the screen's backend (in process, or a server),
then calls ``show(result)`` on the GUI thread.  A refusal (a DomainError) is shown one way by
default: the form that asked marks the field the error names and says why in the user's
language; a screen without a form gets a message box.  After 300 ms the cursor says the desk
is busy.  A use case that writes tells every page that its workflow's data changed
(:func:`changes`), so lists stay current without a refresh button.  Callbacks of a screen
closed meanwhile are dropped.  (The shape follows Anki's ``CollectionOp``/``QueryOp``.)
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from functools import partial
from typing import Any, Generic, TypeVar

import shiboken6
from PySide6.QtCore import QCoreApplication, QObject, Qt, QThreadPool, QTimer, Signal
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget

from desktop.backend import Backend, P, UseCaseFn
from desktop.core.errors import DomainError, NotLoggedIn
from desktop.core.services.api import use_case_of
from desktop.ui.i18n import tr
from desktop.ui.tasks import run_in_background

R = TypeVar("R")
BUSY_AFTER_MS = 300
log = logging.getLogger(__name__)


class _Changes(QObject):
    changed = Signal(str)  # the workflow whose data changed: "returns", "receiving", "stock" …
    session_lost = Signal(object)  # the backend whose login the server no longer knows
    session_renewed = Signal(object)  # … logged in again: what waited can go


_changes: _Changes | None = None
_pool: QThreadPool | None = None
_pending = 0


def changes() -> _Changes:
    """The application-wide "data changed" signal; pages connect to ``changes().changed``."""
    global _changes
    if _changes is None:
        _changes = _Changes(QCoreApplication.instance())
    return _changes


def pending() -> int:
    """Operations started and not yet answered (tests wait for none)."""
    return _pending


def _thread_pool() -> QThreadPool:
    global _pool
    if _pool is None:
        _pool = QThreadPool(QCoreApplication.instance())
        _pool.setMaxThreadCount(4)  # a slow list never holds up a save behind it
    return _pool


def wait_for_all(msecs: int = 5000) -> bool:
    """Block until no operation runs (shutdown, tests); True when none is left."""
    return _pool is None or _pool.waitForDone(msecs)


class Op(Generic[R]):
    """One use case, run off the GUI thread, answered on it."""

    def __init__(self, parent: QWidget | None, backend: Backend, fn: UseCaseFn[P, R],
                 /, *args: P.args, **kwargs: P.kwargs) -> None:
        self._parent, self._backend = parent, backend
        self._case = use_case_of(fn)
        self._work: Callable[[], R] = partial(backend.call, fn, *args, **kwargs)
        self._on_done: Callable[[R], object] | None = None
        self._on_failed: Callable[[DomainError], object] | None = None
        self._on_unexpected: Callable[[BaseException], object] | None = None
        self._finally: Callable[[], object] | None = None
        self._disabled: list[QWidget] = []
        self._busy_timer: QTimer | None = None
        self._slow = False

    @property
    def name(self) -> str:
        return self._case.name

    def done(self, callback: Callable[[R], object]) -> Op[R]:
        """``callback(result)`` on the GUI thread once the use case has answered."""
        self._on_done = callback
        return self

    def failed(self, callback: Callable[[DomainError], object]) -> Op[R]:
        """Handle a refusal yourself (instead of the default display)."""
        self._on_failed = callback
        return self

    def unexpected(self, callback: Callable[[BaseException], object]) -> Op[R]:
        """Handle any other failure yourself (logged, not raised): a queue that must go on."""
        self._on_unexpected = callback
        return self

    def finally_(self, callback: Callable[[], object]) -> Op[R]:
        """``callback()`` after either answer (a list stops saying "loading")."""
        self._finally = callback
        return self

    def busy(self, *widgets: QWidget) -> Op[R]:
        """Disable ``widgets`` (a Save button) until the answer: no double submission."""
        self._disabled.extend(widgets)
        return self

    def result(self) -> R:
        """Run the use case here and now and return its answer (a refusal raises): for work
        already off the GUI thread, such as an export reading page after page while it writes.
        Never on the GUI thread (the guard of the UI tests refuses it)."""
        return self._work()

    def run(self) -> None:
        global _pending
        _pending += 1
        for widget in self._disabled:
            widget.setEnabled(False)
        self._busy_timer = QTimer()
        self._busy_timer.setSingleShot(True)
        self._busy_timer.timeout.connect(self._became_slow)
        self._busy_timer.start(BUSY_AFTER_MS)
        run_in_background(self._work, self._succeeded, self._raised, _thread_pool())

    def _became_slow(self) -> None:
        self._slow = True
        QApplication.setOverrideCursor(Qt.CursorShape.BusyCursor)

    def _settle(self) -> bool:
        """Undo the busy state; False when the screen that asked is gone."""
        global _pending
        _pending -= 1
        if self._busy_timer is not None:
            self._busy_timer.stop()
            self._busy_timer.deleteLater()
        if self._slow:
            QApplication.restoreOverrideCursor()
        for widget in self._disabled:
            if shiboken6.isValid(widget):
                widget.setEnabled(True)
        return self._parent is None or shiboken6.isValid(self._parent)

    def _succeeded(self, result: R) -> None:
        alive = self._settle()
        try:
            if alive and self._on_done is not None:
                self._on_done(result)
        finally:
            if alive and self._finally is not None:
                self._finally()
            if self._case.writes:
                changes().changed.emit(self._case.workflow)

    def _raised(self, exc: BaseException) -> None:
        alive = self._settle()
        try:
            if not alive:
                return
            if isinstance(exc, NotLoggedIn):  # the window offers to log in again
                changes().session_lost.emit(self._backend)
            if isinstance(exc, DomainError):
                if self._on_failed is not None:
                    self._on_failed(exc)
                elif not isinstance(exc, NotLoggedIn):
                    show_error(self._parent, exc)
                return
            log.error("%s failed", self._case.name, exc_info=exc)
            if self._on_unexpected is not None:
                self._on_unexpected(exc)
                return
            show_unexpected(self._parent, exc)
            raise exc
        finally:
            if alive and self._finally is not None:
                self._finally()


def show_error(parent: QWidget | None, exc: DomainError) -> None:
    """The one default way a refusal is shown: by the form or page that asked, if it has a
    ``show_error`` (a form marks the field the error names), else in a message box."""
    for widget in (parent, parent.window() if parent is not None else None):
        handler = getattr(widget, "show_error", None)
        if callable(handler):
            handler(exc)
            return
    _message_box(parent, QMessageBox.Icon.Warning, tr(exc.message))


def show_unexpected(parent: QWidget | None, exc: BaseException) -> None:
    _message_box(parent, QMessageBox.Icon.Critical, QCoreApplication.translate(
        "Operations", "Something went wrong and nothing was saved: %1").replace("%1", str(exc)))


def _message_box(parent: QWidget | None, icon: QMessageBox.Icon, text: str) -> None:
    box = QMessageBox(icon, "ReturnDesk", text, QMessageBox.StandardButton.Ok,
                      parent.window() if parent is not None else None)
    box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    box.open()


class ChangeWatch(QObject):
    """Lists stay current with what other desks do: every few seconds the data's version is
    read (one cheap query, through the backend like every call); when it moved, every page
    hears :func:`changes` and reads again what it shows."""

    EVERY_MS = 3000

    def __init__(self, parent: QWidget, backend: Backend) -> None:
        super().__init__(parent)
        self._parent, self._backend = parent, backend
        self._last: str | None = None
        self._asking = False
        self.timer = QTimer(self)
        self.timer.setInterval(self.EVERY_MS)
        self.timer.timeout.connect(self.poll)
        self.timer.start()
        self.poll()

    def poll(self) -> None:
        from desktop.core.services.kernel.changes import data_version

        if self._asking:
            return
        self._asking = True
        (Op(self._parent, self._backend, data_version).done(self._compare)
         .failed(lambda _exc: None)  # the database is away: the next poll will tell
         .finally_(self._answered).run())

    def _answered(self) -> None:
        self._asking = False

    def _compare(self, version: str) -> None:
        if self._last is not None and version != self._last:
            changes().changed.emit("")
        self._last = version

    def stop(self) -> None:
        self.timer.stop()


def run_op(parent: QWidget | None, backend: Backend, fn: Callable[..., Any], *args: Any,
           on_done: Callable[[Any], object] | None = None) -> None:
    """An untyped shortcut for a table of actions (each row names its use case)."""
    op: Op[Any] = Op(parent, backend, fn, *args)
    if on_done is not None:
        op.done(on_done)
    op.run()
