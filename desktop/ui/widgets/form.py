"""A form dialog: fields on a form layout, Save and Cancel, and the service's refusal shown
beside the field it names (the form keeps what was typed)."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any, ClassVar

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from desktop.core.errors import DomainError, InvalidInput
from desktop.core.services.kernel.limits import text_limits
from desktop.ui.i18n import tr
from desktop.ui.ops import Op

ERROR_STYLE = "border: 2px solid #c62828;"


class FormDialog(QDialog):
    saved_value = Signal(object)  # the use case's answer, once the save succeeded

    """Subclasses add rows with :meth:`add_field` and implement :meth:`submit`.  A subclass that
    names its table in ``limits_of`` gets its line edits stopped at the columns' lengths."""

    limits_of: ClassVar[str | None] = None

    def __init__(self, title: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self.setModal(True)
        self.setMinimumWidth(460)
        self.form = QFormLayout()
        self.fields: dict[str, QWidget] = {}
        self.error = QLabel()
        self.error.setObjectName("formError")
        self.error.setWordWrap(True)
        self.error.setStyleSheet("color: #c62828; font-weight: bold;")
        self.error.hide()
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel)
        save = QDialogButtonBox.StandardButton.Save
        cancel = QDialogButtonBox.StandardButton.Cancel
        self.buttons.button(save).setText(QCoreApplication.translate("FormDialog", "Save"))
        self.buttons.button(cancel).setText(QCoreApplication.translate("FormDialog", "Cancel"))
        self.buttons.accepted.connect(self._save)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(self.form)
        layout.addWidget(self.error)
        layout.addWidget(self.buttons)
        self.result_value: Any = None

    def add_field(self, name: str, label: str, widget: QWidget) -> QWidget:
        if self.limits_of is not None and isinstance(widget, QLineEdit):
            length = text_limits(self.limits_of).get(name)
            if length is not None:
                widget.setMaxLength(length)
        self.form.addRow(label, widget)
        self.fields[name] = widget
        return widget

    def submit(self) -> Op[Any] | Any:
        """The save, as an :class:`Op` (not yet run) of the use case with what the form holds;
        a refusal found before asking (a field that does not parse) may be raised as a
        DomainError.  The dialog runs it off the GUI thread, Save disabled meanwhile, and
        closes with its result, or shows its refusal beside the field it names."""
        raise NotImplementedError

    def _save(self) -> None:
        self._clear_marks()
        try:
            submitted = self.submit()
        except DomainError as exc:
            self.show_error(exc)
            return
        if not isinstance(submitted, Op):  # a form not yet moved onto the operations layer
            self._saved(submitted)
            return
        save = self.buttons.button(QDialogButtonBox.StandardButton.Save)
        submitted.busy(save).done(self._saved).run()

    def _saved(self, result: Any) -> None:
        self.result_value = result
        self.saved_value.emit(result)
        self.accept()

    def show_error(self, exc: DomainError) -> None:
        self.error.setText(tr(exc.message))
        self.error.show()
        name = exc.field_name if isinstance(exc, InvalidInput) else None
        widget = self.fields.get(name or "")
        if widget is not None:
            widget.setStyleSheet(ERROR_STYLE)
            widget.setFocus()

    def _clear_marks(self) -> None:
        self.error.hide()
        for widget in self.fields.values():
            widget.setStyleSheet("")


def run_form(dialog: FormDialog, on_saved: Callable[[Any], None]) -> FormDialog:
    """Open ``dialog`` window-modal without a nested event loop; ``on_saved`` runs on Save."""
    dialog.accepted.connect(lambda: on_saved(dialog.result_value))
    dialog.finished.connect(dialog.deleteLater)
    dialog.open()
    return dialog
