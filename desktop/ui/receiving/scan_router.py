"""A keyboard-wedge scanner types into whatever has focus.  While the receiving desk is the
page on screen, keys that would land on a button, a list, a tab or the navigation go to the scan
field instead, so a scan never vanishes because the clerk clicked somewhere first."""

from __future__ import annotations

import shiboken6
from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QAbstractSpinBox, QApplication, QLineEdit, QTextEdit, QWidget

ENTER_KEYS = (Qt.Key.Key_Return, Qt.Key.Key_Enter)
COMMAND_MODIFIERS = (Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.AltModifier
                     | Qt.KeyboardModifier.MetaModifier)
TEXT_INPUTS = (QLineEdit, QAbstractSpinBox, QTextEdit)


def is_scanner_key(event: QKeyEvent) -> bool:
    """A key a scanner sends: a printable character or Enter, with no command modifier."""
    if event.modifiers() & COMMAND_MODIFIERS:
        return False
    if event.key() in ENTER_KEYS:
        return True
    text = event.text()
    return bool(text) and text.isprintable() and not text.isspace()


class ScanRouter(QObject):
    """An application event filter, on while the desk is shown: a scanner key aimed at any
    widget of the desk's window that is not a text field goes to the scan field."""

    def __init__(self, scan_field: QLineEdit, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.scan_field = scan_field
        self.redirected = 0  # keys sent to the scan field instead of where focus was
        self._on = False
        self._sending = False  # a key we sent, ignored by the field, comes back up: let it be

    def start(self) -> None:
        if not self._on:
            QApplication.instance().installEventFilter(self)  # type: ignore[union-attr]
            self._on = True

    def stop(self) -> None:
        if self._on:
            QApplication.instance().removeEventFilter(self)  # type: ignore[union-attr]
            self._on = False

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if (self._sending or event.type() != QEvent.Type.KeyPress
                or not isinstance(watched, QWidget)):
            return False
        field = self.scan_field
        if not shiboken6.isValid(field) or not field.isVisible():
            return False
        focus = QApplication.focusWidget()
        if watched is field or focus is field or watched is not (focus or watched.window()):
            return False  # the field has it, or the key is on its way up from where it landed
        if isinstance(watched, TEXT_INPUTS) or watched.window() is not field.window():
            return False  # the clerk is typing somewhere, or a dialog is in front
        assert isinstance(event, QKeyEvent)
        if not is_scanner_key(event):
            return False
        field.setFocus(Qt.FocusReason.OtherFocusReason)
        self._sending = True
        try:
            QApplication.sendEvent(field, QKeyEvent(event.type(), event.key(),
                                                    event.modifiers(), event.text(),
                                                    event.isAutoRepeat(), event.count()))
        finally:
            self._sending = False
        self.redirected += 1
        return True
