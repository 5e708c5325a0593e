"""A record's dialog (transport exception, complaint sheet): besides its form, it attaches
photos and saves or previews its printed form, each off the GUI thread through the operations
layer and each refusal shown in words."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, QUrl, Signal
from PySide6.QtGui import QDesktopServices
from PySide6.QtPrintSupport import QPrintPreviewDialog
from PySide6.QtWidgets import QFileDialog, QPushButton

from desktop.core.errors import DomainError
from desktop.ui.ops import Op
from desktop.ui.widgets.files import choose_file, choose_save_name
from desktop.ui.widgets.form import FormDialog
from desktop.ui.widgets.printing import preview_pdf, save_pdf

OK_STYLE = "color: #1b5e20; font-weight: bold;"
ERROR_NOTE_STYLE = "color: #c62828; font-weight: bold;"


class RecordDialog(FormDialog):
    """Subclasses call :meth:`add_record_buttons` with Op factories of the use cases:
    ``attach(name, data)`` adds a photo, ``make_pdf()`` renders the printed form."""

    photo_added = Signal(str)  # the file name, once the photo is stored
    pdf_saved = Signal(object)  # the Path written
    preview_opened = Signal(object)  # the QPrintPreviewDialog

    _attach: Callable[[str, bytes], Op[Any]]
    _make_pdf: Callable[[], Op[bytes]]

    def add_record_buttons(self, print_label: str, default_name: str,
                           attach: Callable[[str, bytes], Op[Any]],
                           make_pdf: Callable[[], Op[bytes]]) -> None:
        self._attach, self._make_pdf, self._default_name = attach, make_pdf, default_name
        self.print_button = QPushButton(print_label)
        self.print_button.clicked.connect(self.choose_pdf_name)
        self.buttons.addButton(self.print_button, self.buttons.ButtonRole.ActionRole)
        self.preview_button = QPushButton(
            QCoreApplication.translate("RecordDialog", "Print preview…"))
        self.preview_button.clicked.connect(self.preview)
        self.buttons.addButton(self.preview_button, self.buttons.ButtonRole.ActionRole)
        self.photo_button = QPushButton(QCoreApplication.translate("RecordDialog", "Add photo…"))
        self.photo_button.clicked.connect(self.choose_photo)
        self.buttons.addButton(self.photo_button, self.buttons.ButtonRole.ActionRole)

    def tell(self, text: str, ok: bool = True) -> None:
        """A line under the form: green for what was done, red for what was not."""
        self.error.setStyleSheet(OK_STYLE if ok else ERROR_NOTE_STYLE)
        self.error.setText(text)
        self.error.show()
        self.grow_to_fit()

    def fit_buttons(self) -> None:
        """Wide enough for every button at its full text (a record has half a dozen)."""
        layout = self.layout()
        margins = layout.contentsMargins() if layout is not None else None
        side = margins.left() + margins.right() if margins is not None else 24
        self.setMinimumWidth(max(self.minimumWidth(), self.buttons.sizeHint().width() + side))

    def show_notice(self, text: str) -> None:
        """What a form opened from this record did (its signature saved …)."""
        self.tell(text)

    def show_error(self, exc: DomainError) -> None:
        self.error.setStyleSheet(ERROR_NOTE_STYLE)
        super().show_error(exc)

    def add_photo_file(self, path: Path) -> None:
        """Attach a photo (JPEG or PNG) off the GUI thread; a refusal is shown, nothing is
        half-saved.  ``photo_added`` once it is stored."""
        try:
            data = path.read_bytes()
        except OSError as exc:
            self.tell(str(exc), ok=False)
            return
        name = path.name

        def added(_result: object) -> None:
            self.tell(QCoreApplication.translate("RecordDialog", "Photo %1 added.")
                      .replace("%1", name))
            self.photo_added.emit(name)

        self._attach(name, data).busy(self.photo_button).done(added).run()

    def save_pdf_to(self, path: Path, open_after: bool = False) -> None:
        """Render the form off the GUI thread and write it to ``path`` on this computer;
        ``pdf_saved`` once written (then, if asked, the PDF opens in the viewer to print)."""
        def saved(written: Path) -> None:
            self.tell(QCoreApplication.translate("RecordDialog", "Saved to %1.")
                      .replace("%1", str(written)))
            self.pdf_saved.emit(written)
            if open_after:
                QDesktopServices.openUrl(QUrl.fromLocalFile(str(written)))

        save_pdf(self, self._make_pdf().busy(self.print_button), path, saved=saved)

    def preview(self) -> None:
        """Qt's print preview of the form, with the system print dialog behind Print;
        ``preview_opened`` with the dialog once the form is rendered."""
        def opened(dialog: QPrintPreviewDialog) -> None:
            self.preview_opened.emit(dialog)

        preview_pdf(self, self._make_pdf().busy(self.preview_button), self._default_name,
                    opened=opened)

    def choose_photo(self) -> QFileDialog:
        """Qt's file dialog (in the language chosen here) for a photo to attach."""
        return choose_file(
            self, QCoreApplication.translate("RecordDialog", "Add photo"),
            QCoreApplication.translate("RecordDialog", "Photos (*.jpg *.jpeg *.png)"),
            self.add_photo_file)

    def choose_pdf_name(self) -> QFileDialog:
        """Where to save the printed form; it then opens in the PDF viewer to print."""
        return choose_save_name(
            self, QCoreApplication.translate("RecordDialog", "Save as PDF"), self._default_name,
            QCoreApplication.translate("RecordDialog", "PDF (*.pdf)"),
            lambda path: self.save_pdf_to(path, open_after=True))
