"""A unit's history by serial, or by model and date code: for technicians, the order department
and customer service (every return line, verdict, repair with its parts and service case, oldest
first)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

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


class UnitHistoryDialog(QDialog):
    """产品履历 of one unit, opened from a repair order, an inspection or a claim: the history
    view already asked for its serial (or model and date code)."""

    def __init__(self, backend: Backend, key: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(QCoreApplication.translate("UnitHistoryPage", "Unit history %1")
                            .replace("%1", key))
        self.view = UnitHistoryPage(backend, self)
        self.view.key.setText(key)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.view, 1)
        layout.addWidget(buttons)
        self.resize(960, 420)
        self.view.search()


def history_button(parent: QWidget) -> QPushButton:
    """The 产品履历 button a record's dialog shows beside the unit."""
    return QPushButton(QCoreApplication.translate("UnitHistoryPage", "Unit history…"), parent)


def unit_key_of(serial: str, model: str, date_code: str) -> str:
    """The serial, else the model and its date code, else nothing to ask for."""
    serial = serial.strip()
    if serial:
        return serial
    return f"{model} {date_code.strip()}" if model and date_code.strip() else ""


def show_unit_history(parent: QWidget, backend: Backend, key: str) -> UnitHistoryDialog:
    dialog = UnitHistoryDialog(backend, key, parent)
    dialog.setModal(True)
    dialog.show()
    return dialog
