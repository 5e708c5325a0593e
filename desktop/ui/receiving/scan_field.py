"""The scan field of a barcode desk: keyboard-wedge scanners type the code and Enter."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QFont, QInputMethodEvent
from PySide6.QtWidgets import QLineEdit, QWidget

from desktop.core.rules.boxcode import normalise


class ScanField(QLineEdit):
    """Emits ``scanned(code)`` on Enter or keypad Enter, normalised, and clears itself.

    A Chinese input method must not swallow a scan: the field tells Qt it takes no input-method
    composition (in Qt 6 the widget attribute alone does not stop it; ``inputMethodQuery`` must
    answer ImEnabled = False), and anything an input method commits anyway is normalised (NFKC
    turns full-width characters into ASCII).
    """

    scanned = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAttribute(Qt.WidgetAttribute.WA_InputMethodEnabled, False)
        font = QFont(self.font())
        font.setPointSizeF(font.pointSizeF() * 2)
        self.setFont(font)
        self.setObjectName("scanField")
        self.returnPressed.connect(self._submit)

    def inputMethodQuery(self, *args: Any) -> Any:
        if args and args[0] == Qt.InputMethodQuery.ImEnabled:
            return False
        return super().inputMethodQuery(*args)

    def inputMethodEvent(self, event: QInputMethodEvent) -> None:
        # Never show a pre-edit (composition); take only what is committed.
        if event.commitString():
            self.insert(event.commitString())
        event.accept()

    def _submit(self) -> None:
        code = normalise(self.text())
        self.clear()
        if code:
            self.scanned.emit(code)
