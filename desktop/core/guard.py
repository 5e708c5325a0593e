"""A screen must never open a unit of work on the GUI thread: over a slow network or a server
the window would freeze for its round trips.  The UI names its GUI thread here at start; a unit
of work opened on that thread while a frame of ``desktop.ui`` is on the stack is a mistake.
The test run makes it an error (every UI test passes with it on); a desk logs it once per
place."""

from __future__ import annotations

import logging
import sys
import threading
from types import FrameType
from typing import Literal

Mode = Literal["raise", "warn"]

_gui_thread: int | None = None
_mode: Mode = "warn"
_warned: set[str] = set()


class GuiThreadUnitOfWork(RuntimeError):
    """A screen opened a unit of work on the GUI thread instead of going through the
    operations layer."""


def watch_gui_thread(thread_id: int | None, mode: Mode = "warn") -> None:
    """From now on, a unit of work that a screen opens on ``thread_id`` is reported (None:
    stop watching)."""
    global _gui_thread, _mode
    _gui_thread, _mode = thread_id, mode


def check_thread() -> None:
    """Called by the store each time a unit of work opens."""
    if _gui_thread is None or threading.get_ident() != _gui_thread:
        return
    frame: FrameType | None = sys._getframe(1)
    while frame is not None:
        module = frame.f_globals.get("__name__", "")
        if module.startswith("desktop.ui"):
            where = f"{module}:{frame.f_lineno} {frame.f_code.co_name}"
            if _mode == "raise":
                raise GuiThreadUnitOfWork(f"a unit of work opened on the GUI thread by {where}")
            if where not in _warned:
                _warned.add(where)
                logging.getLogger(__name__).warning(
                    "a unit of work opened on the GUI thread by %s", where)
            return
        frame = frame.f_back
