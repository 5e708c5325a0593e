"""Asking before a step that cannot be taken back, or before work typed is thrown away: a
window-modal question (no nested event loop) that says what will happen, with the safe answer
as the default."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QAbstractButton, QMessageBox, QWidget


def confirm(parent: QWidget, title: str, text: str, go: str,
            on_go: Callable[[], object], stay: str | None = None) -> QMessageBox:
    """Ask ``text``; ``on_go()`` runs only if the user presses ``go`` (Esc, Enter and the
    window's X keep to ``stay``, by default Back)."""
    box = QMessageBox(QMessageBox.Icon.Question, title, text, QMessageBox.StandardButton.NoButton,
                      parent)
    go_button = box.addButton(go, QMessageBox.ButtonRole.AcceptRole)
    stay_button = box.addButton(
        stay or QCoreApplication.translate("Confirm", "Back"), QMessageBox.ButtonRole.RejectRole)
    box.setDefaultButton(stay_button)
    box.setEscapeButton(stay_button)
    box.setWindowModality(Qt.WindowModality.WindowModal)
    box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    box.setObjectName("confirm")

    def answered(button: QAbstractButton) -> None:
        if button is go_button:
            on_go()

    box.buttonClicked.connect(answered)
    box.open()
    return box
