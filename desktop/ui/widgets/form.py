"""A form dialog: fields on a form layout, Save and Cancel, and the service's refusal shown
beside the field it names (the form keeps what was typed).  The refusal goes as soon as the
field it names is edited; an irreversible save asks first, saying what it will do; a saved form
can say so on the page that opened it."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any, ClassVar

from PySide6.QtCore import QCoreApplication, Qt, Signal, SignalInstance
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
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
        # The refusal's room is kept while there is none: Save and Cancel do not move when one
        # appears (two lines of it; a longer one grows the dialog).
        keep = self.error.sizePolicy()
        keep.setRetainSizeWhenHidden(True)
        self.error.setSizePolicy(keep)
        self.error.setMinimumHeight(2 * self.error.fontMetrics().lineSpacing() + 4)
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
        self._marked: str | None = None  # the field the refusal shown names
        self.confirm_box: QMessageBox | None = None

    def add_field(self, name: str, label: str, widget: QWidget) -> QWidget:
        if self.limits_of is not None and isinstance(widget, QLineEdit):
            length = text_limits(self.limits_of).get(name)
            if length is not None:
                widget.setMaxLength(length)
        self.form.addRow(label, widget)
        self.fields[name] = widget
        for signal in edit_signals(widget):
            signal.connect(lambda *_args, field=name: self._edited(field))
        return widget

    def confirmation(self) -> str | None:
        """What the save will do, asked before it runs (an irreversible step), or None."""
        return None

    def saved_text(self, result: Any) -> str | None:
        """What to say once saved, on the page that opened the form (``show_notice``)."""
        del result
        return None

    def submit(self) -> Op[Any]:
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
        question = self.confirmation()
        if question is None:
            self._run(submitted)
        else:
            self._ask(question, submitted)

    def _run(self, submitted: Op[Any]) -> None:
        save = self.buttons.button(QDialogButtonBox.StandardButton.Save)
        submitted.busy(save).done(self._saved).run()

    def _ask(self, question: str, submitted: Op[Any]) -> None:
        """Window-modal, without a nested event loop: the save runs on "go ahead" only."""
        box = QMessageBox(QMessageBox.Icon.Question, self.windowTitle(), question,
                          QMessageBox.StandardButton.NoButton, self)
        go = box.addButton(QCoreApplication.translate("FormDialog", "Go ahead"),
                           QMessageBox.ButtonRole.AcceptRole)
        box.addButton(QCoreApplication.translate("FormDialog", "Back to the form"),
                      QMessageBox.ButtonRole.RejectRole)
        box.setDefaultButton(go)
        box.setWindowModality(Qt.WindowModality.WindowModal)
        go.clicked.connect(lambda: self._run(submitted))
        box.finished.connect(box.deleteLater)
        self.confirm_box = box
        box.open()

    def _saved(self, result: Any) -> None:
        self.result_value = result
        self.saved_value.emit(result)
        text = self.saved_text(result)
        if text:
            notify(self.parentWidget(), text)
        self.accept()

    def show_error(self, exc: DomainError) -> None:
        self.error.setText(tr(exc.message))
        self.error.show()
        self.grow_to_fit()
        name = exc.field_name if isinstance(exc, InvalidInput) else None
        widget = self.fields.get(name or "")
        if widget is not None:
            widget.setStyleSheet(ERROR_STYLE)
            widget.setFocus()
            self._marked = name

    def grow_to_fit(self) -> None:
        """Make room for what was just shown (a note under the form): the dialog keeps its
        width (a wrapped note would rather widen it, and Save would jump sideways) and grows
        in height only if the note needs more than the room kept for it; it never shrinks
        under the user's hands."""
        layout = self.layout()
        if layout is None:
            return
        layout.activate()
        needed = layout.totalHeightForWidth(self.width()) if layout.hasHeightForWidth() \
            else layout.totalSizeHint().height()
        if needed > self.height():
            self.resize(self.width(), needed)

    def _edited(self, name: str) -> None:
        """The field a refusal named was edited: its mark and the note go (a refusal about
        another field, or about the whole form, stays until the next save)."""
        if name != self._marked:
            return
        self._marked = None
        self.fields[name].setStyleSheet("")
        self.error.hide()

    def _clear_marks(self) -> None:
        self._marked = None
        self.error.hide()
        for widget in self.fields.values():
            widget.setStyleSheet("")


def edit_signals(widget: QWidget) -> list[SignalInstance]:
    """The signals that say a field was edited, for any widget: an item view's model changes,
    else the notify signal of the widget's user property (a line edit's text, a combo's
    current text, a spin box's value, a check box's state, a date …), else those of the
    widgets it is made of (a check box and a date, a row of fields)."""
    if isinstance(widget, QAbstractItemView) and widget.model() is not None:
        model = widget.model()
        return [model.dataChanged, model.rowsInserted, model.rowsRemoved]
    prop = widget.metaObject().userProperty()
    if prop.isValid() and prop.hasNotifySignal():
        signal = getattr(widget, bytes(prop.notifySignal().name().data()).decode(), None)
        return [signal] if isinstance(signal, SignalInstance) else []
    found: list[SignalInstance] = []
    for child in widget.findChildren(QWidget, options=Qt.FindChildOption.FindDirectChildrenOnly):
        found += edit_signals(child)
    return found


def notify(widget: QWidget | None, text: str) -> None:
    """Say what was done, by the page or dialog ``widget`` is on if it has a ``show_notice``
    (a list's line above its rows, a record's line under its form)."""
    for candidate in (widget, widget.window() if widget is not None else None):
        handler = getattr(candidate, "show_notice", None)
        if callable(handler):
            handler(text)
            return


def run_form(dialog: FormDialog, on_saved: Callable[[Any], None]) -> FormDialog:
    """Open ``dialog`` window-modal without a nested event loop; ``on_saved`` runs on Save."""
    dialog.accepted.connect(lambda: on_saved(dialog.result_value))
    dialog.finished.connect(dialog.deleteLater)
    dialog.open()
    return dialog
