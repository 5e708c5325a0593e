"""The one background helper: run a function off the GUI thread and get its result (or its
exception) back on the GUI thread.  Workers never touch widgets."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal


class _Relay(QObject):
    done = Signal(object)
    failed = Signal(object)


class _Task(QRunnable):
    def __init__(self, work: Callable[[], Any], relay: _Relay) -> None:
        super().__init__()
        self.work = work
        self.relay = relay

    def run(self) -> None:
        try:
            result = self.work()
        except BaseException as exc:
            self.relay.failed.emit(exc)
        else:
            self.relay.done.emit(result)


_pending: set[_Relay] = set()


def run_in_background(work: Callable[[], Any], on_done: Callable[[Any], None],
                      on_failed: Callable[[BaseException], None],
                      pool: QThreadPool | None = None) -> None:
    """Call ``work()`` on the thread pool; ``on_done(result)`` or ``on_failed(exc)`` run on the
    GUI thread (the relay lives there, so its queued signals are delivered there)."""
    relay = _Relay()
    _pending.add(relay)

    def finish(callback: Callable[[Any], None], value: Any) -> None:
        _pending.discard(relay)
        relay.deleteLater()
        callback(value)

    relay.done.connect(lambda value: finish(on_done, value))
    relay.failed.connect(lambda exc: finish(on_failed, exc))
    (pool or QThreadPool.globalInstance()).start(_Task(work, relay))
