"""Layouts that do not jump (issue 14): a refusal shown under a form does not move its Save
button, in either language; nor does its going away."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QPoint
from PySide6.QtWidgets import QApplication, QDialogButtonBox, QLineEdit
from pytestqt.qtbot import QtBot

from desktop.core.errors import InvalidInput
from desktop.core.i18n import QT_TRANSLATE_NOOP, msg
from desktop.ui import i18n
from desktop.ui.widgets.form import FormDialog

# A long refusal the desk really gives (two lines in a form of the usual width).
LONG = QT_TRANSLATE_NOOP(
    "Messages", "Inspection ends when every counted unit has a verdict; settlement goes "
    "through the settlement form.")


class TwoFields(FormDialog):
    def __init__(self) -> None:
        super().__init__("test")
        self.add_field("model", "Model", QLineEdit())
        self.add_field("reason", "Reason", QLineEdit())

    def submit(self) -> None:
        raise InvalidInput(msg(LONG), "model")


def _save_at(dialog: FormDialog) -> QPoint:
    QApplication.processEvents()
    save = dialog.buttons.button(QDialogButtonBox.StandardButton.Save)
    return save.mapTo(dialog, QPoint(0, 0))


@pytest.mark.parametrize("language", ["zh_CN", "en"])
def test_a_refusal_does_not_move_save(ui: QApplication, qtbot: QtBot, language: str) -> None:
    i18n.install(language)
    dialog = TwoFields()
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    before, size = _save_at(dialog), dialog.size()
    dialog.buttons.button(QDialogButtonBox.StandardButton.Save).click()
    assert dialog.error.isVisible()
    assert _save_at(dialog) == before
    assert dialog.size() == size
    model = dialog.fields["model"]
    assert isinstance(model, QLineEdit)
    model.setText("DL-0705")  # the refusal goes: Save stays where it is
    assert not dialog.error.isVisible()
    assert _save_at(dialog) == before
