"""A unit's history by serial, or by model and date code: for technicians, the order department
and customer service (every return line, verdict, repair with its parts and service case, oldest
first)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QHBoxLayout, QLabel, QLineEdit, QPushButton, QVBoxLayout, QWidget

from desktop.backend import Backend
from desktop.core.errors import DomainError
from desktop.core.services.service.units import UnitHistory, unit_history
from desktop.ui import style
from desktop.ui.i18n import tr
from desktop.ui.ops import Op
from desktop.ui.service.detail import history_rows, history_table
from desktop.ui.widgets.list_page import ERROR_STYLE


class UnitHistoryPage(QWidget):
    def __init__(self, backend: Backend, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.backend = backend
        title = QLabel(QCoreApplication.translate("UnitHistoryPage", "A unit's history"))
        style.title(title)
        self.key = QLineEdit()
        self.key.setPlaceholderText(QCoreApplication.translate(
            "UnitHistoryPage", "A serial number, or a model and its date code (DL-0705 2506)"))
        self.key.returnPressed.connect(self.search)
        self.button = QPushButton(QCoreApplication.translate("UnitHistoryPage", "Show"))
        self.button.clicked.connect(self.search)
        self.message = QLabel()
        self.message.setWordWrap(True)
        self.table = history_table()
        bar = QHBoxLayout()
        bar.addWidget(self.key, 1)
        bar.addWidget(self.button)
        layout = QVBoxLayout(self)
        layout.addWidget(title)
        layout.addLayout(bar)
        layout.addWidget(self.message)
        layout.addWidget(self.table, 1)

    def search(self) -> None:
        Op(self, self.backend, unit_history, self.key.text()).busy(self.button).done(
            self._show).failed(self._refused).run()

    def _show(self, history: UnitHistory) -> None:
        self.message.setStyleSheet("")
        self.message.setText(QCoreApplication.translate(
            "UnitHistoryPage", "%1 records, oldest first.").replace(
            "%1", str(len(history.events))))
        self.table.set_rows(history_rows(history))

    def _refused(self, exc: DomainError) -> None:
        self.message.setStyleSheet(ERROR_STYLE)
        self.message.setText(tr(exc.message))
        self.table.set_rows([])


def unit_history_page(backend: Backend) -> QWidget:
    return UnitHistoryPage(backend)
