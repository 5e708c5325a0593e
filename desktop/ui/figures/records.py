"""The records one figure counts (a figure you cannot check is not trusted): their numbers,
as many as the figure says, to copy or look up."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QListWidget,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

translate = QCoreApplication.translate


class RecordsDialog(QDialog):
    def __init__(self, parent: QWidget, title: str, numbers: list[str]) -> None:
        super().__init__(parent)
        self.setWindowTitle(translate("FigureRecords", "Records behind the figure"))
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.numbers = list(numbers)
        heading = QLabel(title)
        heading.setWordWrap(True)
        self.count = QLabel(
            translate("FigureRecords", "%1 records").replace("%1", f"{len(numbers):,}")
            if numbers else translate("FigureRecords", "No records: this figure counts none."))
        self.list = QListWidget()
        self.list.addItems(numbers)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.button(QDialogButtonBox.StandardButton.Close).setText(
            translate("FigureRecords", "Close"))
        copy = QPushButton(translate("FigureRecords", "Copy the numbers"))
        copy.clicked.connect(self.copy)
        buttons.addButton(copy, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(heading)
        layout.addWidget(self.count)
        layout.addWidget(self.list, 1)
        layout.addWidget(buttons)
        self.resize(420, 480)

    def copy(self) -> None:
        QGuiApplication.clipboard().setText("\n".join(self.numbers))
