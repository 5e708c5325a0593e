"""Photos chosen on a filing form before the record exists (a part claim, an incident
application): the names are listed under the form; once the record is filed, each photo is
attached through its use case, one after the other, off the GUI thread."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QFileDialog, QHBoxLayout, QLabel, QPushButton, QWidget

from desktop.core.errors import DomainError
from desktop.ui.ops import Op, show_error
from desktop.ui.widgets.files import choose_file


class PhotoPicker(QWidget):
    """"Add photo…" and the names chosen so far; :meth:`upload` attaches them."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.photos: list[tuple[str, bytes]] = []
        self.button = QPushButton(QCoreApplication.translate("RecordDialog", "Add photo…"))
        self.button.clicked.connect(self.choose)
        self.names = QLabel(QCoreApplication.translate("PhotoPicker", "No photo yet"))
        self.names.setWordWrap(True)
        line = QHBoxLayout(self)
        line.setContentsMargins(0, 0, 0, 0)
        line.addWidget(self.button)
        line.addWidget(self.names, 1)

    def choose(self) -> QFileDialog:
        return choose_file(
            self, QCoreApplication.translate("RecordDialog", "Add photo"),
            QCoreApplication.translate("RecordDialog", "Photos (*.jpg *.jpeg *.png)"),
            self.add_file)

    def add_file(self, path: Path) -> None:
        try:
            data = path.read_bytes()
        except OSError as exc:
            self.names.setText(str(exc))
            return
        self.photos.append((path.name, data))
        self.names.setText("、".join(name for name, _data in self.photos))

    def upload(self, attach: Callable[[str, bytes], Op[Any]],
               then: Callable[[], object]) -> None:
        """Attach every photo in turn, then ``then()``; a refusal is shown by the page the
        form was opened from (the form is closing: the record is filed)."""
        left = list(self.photos)

        def refused(exc: DomainError) -> None:
            show_error(self.window().parentWidget(), exc)
            then()

        def next_one(_result: object = None) -> None:
            if not left:
                then()
                return
            name, data = left.pop(0)
            attach(name, data).done(next_one).failed(refused).run()

        next_one()
