"""A record's dialog (transport exception, complaint sheet): besides its form, it attaches
photos and saves its printed form, each refusal shown in words."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QDialog, QFileDialog, QPushButton

from desktop.core.errors import DomainError
from desktop.ui.widgets.form import FormDialog


class RecordDialog(FormDialog):
    """Subclasses call :meth:`add_record_buttons` with the service functions to use."""

    _attach: Callable[[str, bytes], object]
    _print_to: Callable[[Path], Path]

    def add_record_buttons(self, print_label: str, default_name: str,
                           attach: Callable[[str, bytes], object],
                           print_to: Callable[[Path], Path],
                           make_pdf: Callable[[], bytes]) -> None:
        self._attach, self._print_to, self._default_name = attach, print_to, default_name
        self._make_pdf = make_pdf
        self.print_button = QPushButton(print_label)
        self.print_button.clicked.connect(self._print)
        self.buttons.addButton(self.print_button, self.buttons.ButtonRole.ActionRole)
        self.preview_button = QPushButton(
            QCoreApplication.translate("RecordDialog", "Print preview…"))
        self.preview_button.clicked.connect(self.preview)
        self.buttons.addButton(self.preview_button, self.buttons.ButtonRole.ActionRole)
        photo = QPushButton(QCoreApplication.translate("RecordDialog", "Add photo…"))
        photo.clicked.connect(self._add_photo)
        self.buttons.addButton(photo, self.buttons.ButtonRole.ActionRole)

    def add_photo_file(self, path: Path) -> bool:
        """Attach a photo (JPEG or PNG); a refusal is shown, nothing is half-saved."""
        try:
            self._attach(path.name, path.read_bytes())
        except DomainError as exc:
            self.show_error(exc)
            return False
        except OSError as exc:
            self.error.setText(str(exc))
            self.error.show()
            return False
        return True

    def save_pdf_to(self, path: Path) -> Path | None:
        try:
            return self._print_to(path)
        except DomainError as exc:
            self.show_error(exc)
            return None

    def preview(self) -> QDialog | None:
        """Qt's print preview of the form, with the system print dialog behind Print."""
        from desktop.ui.widgets.printing import open_preview

        try:
            return open_preview(self, self._make_pdf, self._default_name)
        except DomainError as exc:
            self.show_error(exc)
            return None

    def _add_photo(self) -> None:
        name, _ = QFileDialog.getOpenFileName(
            self, QCoreApplication.translate("RecordDialog", "Add photo"), "",
            QCoreApplication.translate("RecordDialog", "Photos (*.jpg *.jpeg *.png)"))
        if name:
            self.add_photo_file(Path(name))

    def _print(self) -> None:
        name, _ = QFileDialog.getSaveFileName(
            self, QCoreApplication.translate("RecordDialog", "Save as PDF"),
            self._default_name, QCoreApplication.translate("RecordDialog", "PDF (*.pdf)"))
        if name and self.save_pdf_to(Path(name)):
            QDesktopServices.openUrl(QUrl.fromLocalFile(name))  # print from the PDF viewer
