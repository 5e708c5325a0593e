"""A form's refusal goes as soon as the field it names is edited (7 of #14: the red note and
the red border stayed after the field was put right, until the next Save), whatever the field's
widget; a refusal about another field stays."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import (
    QApplication,
    QCheckBox,
    QComboBox,
    QDateEdit,
    QLineEdit,
    QListWidget,
    QPlainTextEdit,
    QSpinBox,
    QWidget,
)
from pytestqt.qtbot import QtBot

from desktop.core.errors import InvalidInput
from desktop.core.i18n import msg
from desktop.core.services.admin.orgs import org_choices
from desktop.ui.admin.orgs import PARENT_CHOICES, OrgDialog
from desktop.ui.widgets.fields import OptionalDate
from desktop.ui.widgets.form import ERROR_STYLE, FormDialog
from tests.ui.conftest import WindowFor, type_text
from tests.ui.forms import click_save


class EveryKindOfField(FormDialog):
    """Refuses naming ``self.refuse``; one field of each kind the forms use."""

    def __init__(self) -> None:
        super().__init__("test")
        self.refuse = "text"
        self.widgets: dict[str, QWidget] = {
            "text": QLineEdit(), "number": QSpinBox(), "choice": QComboBox(),
            "note": QPlainTextEdit(), "flag": QCheckBox("x"), "day": QDateEdit(),
            "maybe_day": OptionalDate("x"), "items": QListWidget()}
        for name, widget in self.widgets.items():
            self.add_field(name, name, widget)
        choice = self.widgets["choice"]
        assert isinstance(choice, QComboBox)
        choice.addItems(["a", "b"])

    def submit(self) -> None:
        raise InvalidInput(msg("Wrong."), self.refuse)


def _edit(widget: QWidget) -> None:
    """Change the field's value as a user would (the signal the widget emits on an edit)."""
    if isinstance(widget, QLineEdit):
        widget.setText(widget.text() + "x")
    elif isinstance(widget, QSpinBox):
        widget.setValue(widget.value() + 1)
    elif isinstance(widget, QComboBox):
        widget.setCurrentIndex(1 - widget.currentIndex())
    elif isinstance(widget, QPlainTextEdit):
        widget.setPlainText(widget.toPlainText() + "x")
    elif isinstance(widget, QCheckBox):
        widget.toggle()
    elif isinstance(widget, QDateEdit):
        widget.setDate(widget.date().addDays(1))
    elif isinstance(widget, OptionalDate):
        widget.check.toggle()
    elif isinstance(widget, QListWidget):
        widget.addItem("another")
    else:
        raise AssertionError(type(widget))


@pytest.mark.parametrize("field", ["text", "number", "choice", "note", "flag", "day",
                                   "maybe_day", "items"])
def test_editing_the_field_named_clears_its_mark_and_the_note(ui: QApplication, qtbot: QtBot,
                                                              field: str) -> None:
    dialog = EveryKindOfField()
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.refuse = field
    click_save(qtbot, dialog)
    widget = dialog.widgets[field]
    assert dialog.error.isVisible()
    assert widget.styleSheet() == ERROR_STYLE
    other = next(w for name, w in dialog.widgets.items() if name != field)
    _edit(other)  # another field: the refusal is not about it
    assert dialog.error.isVisible()
    assert widget.styleSheet() == ERROR_STYLE
    _edit(widget)
    assert not dialog.error.isVisible()
    assert widget.styleSheet() == ""


def test_the_organisation_form_forgets_the_refusal_once_the_name_is_typed(
        window_for: WindowFor, qtbot: QtBot) -> None:
    window = window_for("admin")
    parents = org_choices(window.backend.db, window.actor, PARENT_CHOICES)
    dialog = OrgDialog(window.backend, None, parents)
    qtbot.addWidget(dialog)
    dialog.show()
    type_text(qtbot, dialog.code, "D-WX02")
    dialog.kind.setCurrentIndex(dialog.kind.findData("dealer"))
    click_save(qtbot, dialog)
    assert dialog.error.text() == "名称必须填写。"
    assert dialog.error.isVisible()
    type_text(qtbot, dialog.phone, "0510-1234567")  # not the field it names: it stays
    assert dialog.error.isVisible()
    type_text(qtbot, dialog.name, "无")
    assert not dialog.error.isVisible()  # put right as the clerk types, no stale red note
    assert "border" not in dialog.name.styleSheet()
    assert dialog.name.text() == "无"
