"""Cold start to the first painted window, ReturnDesk against a bare PySide6 QMainWindow.

Each run is a fresh Python process started the same way (``python -c``); the child reports
the time from its own interpreter start (``time.perf_counter`` at the top of the script would
miss the interpreter's start, so the parent's launch timestamp is passed in and compared with
``time.time()`` when the first Paint event reaches the window).
"""

from __future__ import annotations

import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

_COMMON = """
import sys, time
from PySide6.QtCore import QEvent, QObject, QTimer
class FirstPaint(QObject):
    quit_on_paint = True
    painted = False
    def eventFilter(self, obj, event):
        if event.type() == QEvent.Type.Paint and not self.painted:
            self.painted = True
            print(f"PAINTED {(time.time() - START) * 1000:.2f}", flush=True)
            if self.quit_on_paint:
                QTimer.singleShot(0, app.quit)
        return False
"""

BASELINE = _COMMON + """
from PySide6.QtWidgets import QApplication, QMainWindow
app = QApplication(sys.argv[:1])
window = QMainWindow()
watch = FirstPaint()
window.installEventFilter(watch)
window.show()
app.exec()
"""

APP = _COMMON + """
from PySide6.QtCore import QThreadPool
from desktop.ui.app import start_gui
app, shell = start_gui(DATABASE, None)
watch = FirstPaint()
watch.quit_on_paint = False
shell.login_dialog.installEventFilter(watch)
def poll():
    if shell.connector is not None and shell.login_dialog.login_button.isEnabled():
        print(f"READY {(time.time() - START) * 1000:.2f}", flush=True)
        app.quit()
timer = QTimer()
timer.setInterval(1)
timer.timeout.connect(poll)
timer.start()
app.exec()
QThreadPool.globalInstance().waitForDone()
"""


def _one(script: str, env: dict[str, str], event: str = "PAINTED") -> float:
    return _events(script, env)[event]


def _events(script: str, env: dict[str, str]) -> dict[str, float]:
    start = time.time()
    result = subprocess.run([sys.executable, "-c", f"START = {start!r}\n" + script],
                            capture_output=True, text=True, env=env, timeout=120, check=True)
    events = {line.split()[0]: float(line.split()[1]) for line in result.stdout.splitlines()
              if line.startswith(("PAINTED ", "READY "))}
    if "PAINTED" not in events:
        raise RuntimeError(f"no first paint reported: {result.stderr[-400:]}")
    return events


def measure_startup(runs: int = 5) -> dict[str, Any]:
    env = {**os.environ}
    env.setdefault("QT_QPA_PLATFORM", "offscreen")
    with tempfile.TemporaryDirectory() as folder:
        database = f"sqlite:///{Path(folder) / 'bench.db'}"
        from desktop.core.store.db import Database
        from desktop.core.store.migrate import upgrade

        db = Database(database)
        upgrade(db)
        db.dispose()
        app_script = f"DATABASE = {database!r}\n" + APP
        _one(BASELINE, env)  # warm the file cache for both, as a user's second start would
        _one(app_script, env)
        baseline = [_one(BASELINE, env) for _ in range(runs)]
        app_events = [_events(app_script, env) for _ in range(runs)]
    app = [e["PAINTED"] for e in app_events]
    ready = [e["READY"] for e in app_events]
    base_ms, app_ms = statistics.median(baseline), statistics.median(app)
    return {
        "runs": runs,
        "platform": env["QT_QPA_PLATFORM"],
        "baseline_ms": round(base_ms, 2),
        "app_ms": round(app_ms, 2),
        "ratio": round(app_ms / base_ms, 3),
        "login_ready_ms": round(statistics.median(ready), 2),
        "baseline_all_ms": [round(x, 2) for x in baseline],
        "app_all_ms": [round(x, 2) for x in app],
    }
