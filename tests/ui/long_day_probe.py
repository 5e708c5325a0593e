"""Run in a subprocess: the receiving station as a clerk uses it, for many scans, and report
what happened to the interpreter's references to None, True and False.

PySide6 6.12.0 on Python 3.11 dropped one reference to the value a Python override returned
each time Qt called it (the idle lock's application-wide event filter, a page's key handler, the
scan field's input-method answer).  None's count fell by thousands per minute of typing and the
process died with "Fatal Python error: none_dealloc".  On Python 3.12+ these objects are
immortal and their counts do not move.
"""

from __future__ import annotations

import json
import os
import sys

from PySide6.QtCore import QEventLoop, Qt
from PySide6.QtTest import QTest


def main() -> None:
    from desktop.core.services.access.auth import login
    from desktop.core.store.db import Database
    from desktop.ui import i18n
    from desktop.ui.app import create_application
    from desktop.ui.main_window import MainWindow
    from desktop.ui.receiving.desk import ReceivingDesk

    scans = int(sys.argv[2])
    app = create_application()
    i18n.install("zh_CN")
    db = Database(sys.argv[1])
    from desktop.backend.local import LocalBackend

    window = MainWindow(LocalBackend(db, login(db, "warehouse", "demo1234")), "zh_CN",
                        station="receiving")
    window.show()
    app.processEvents()
    desk = window.findChild(ReceivingDesk)
    assert desk is not None
    before = {name: sys.getrefcount(value) for name, value in
              (("None", None), ("True", True), ("False", False))}
    for i in range(scans):
        QTest.keyClicks(desk.scan, f"XQ{i:06d}")  # not a box code: set aside, desk goes on
        QTest.keyClick(desk.scan, Qt.Key.Key_Return)
        QTest.keyClick(window, Qt.Key.Key_F5)  # a key nobody takes: up through the window
        while desk.answers <= i:  # the answer comes back from the worker thread
            app.processEvents(QEventLoop.ProcessEventsFlag.WaitForMoreEvents)
    after = {name: sys.getrefcount(value) for name, value in
             (("None", None), ("True", True), ("False", False))}
    print(json.dumps({"scans": len(desk.results), "lost": {
        name: before[name] - after[name] for name in before}}))
    sys.stdout.flush()
    window.close()
    db.dispose()
    os._exit(0)  # the report is out; the interpreter's own exit is not what is tested


if __name__ == "__main__":
    main()
