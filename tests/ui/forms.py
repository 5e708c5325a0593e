"""Driving a form as a user does: Save, the question an irreversible save asks, the answer."""

from __future__ import annotations

import shiboken6
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox, QMessageBox
from pytestqt.qtbot import QtBot

from desktop.ui.widgets.form import FormDialog
from tests.ui.conftest import settle


def click_save(qtbot: QtBot, dialog: FormDialog) -> None:
    """Click Save and wait for the service's answer (or for the question it asks first)."""
    qtbot.mouseClick(dialog.buttons.button(QDialogButtonBox.StandardButton.Save),
                     Qt.MouseButton.LeftButton)
    settle(qtbot)


def question(dialog: FormDialog) -> QMessageBox:
    """The question the save asks before an irreversible step (shown, window-modal)."""
    box = dialog.confirm_box
    assert box is not None, "no question asked"
    assert shiboken6.isValid(box), "no question asked"
    assert box.isVisible(), "no question asked"
    return box


def answer(qtbot: QtBot, dialog: FormDialog, go_ahead: bool = True) -> str:
    """Answer the question (go ahead, or back to the form); returns what it said."""
    box = question(dialog)
    said = box.text()
    wanted = QMessageBox.ButtonRole.AcceptRole if go_ahead else QMessageBox.ButtonRole.RejectRole
    button = next(b for b in box.buttons() if box.buttonRole(b) == wanted)
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    settle(qtbot)
    return said


def closed(dialog: FormDialog) -> bool:
    """Saved and gone (a form opened by its page deletes itself once closed)."""
    return not shiboken6.isValid(dialog) or not dialog.isVisible()
