"""The steps of a case on its dialog, each one Op: customer service assigns it (a technician's
login or a service point's code); the assignee confirms, records what was done and completes."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtWidgets import QGridLayout, QLineEdit, QPushButton, QWidget

from desktop.backend import Backend
from desktop.core.rules.roles import Capability, may
from desktop.core.rules.service import CaseState
from desktop.core.services.service.cases import (
    assign_case,
    complete_case,
    confirm_case,
    record_work,
)
from desktop.core.services.service.query import CaseDetail
from desktop.ui.i18n import tr
from desktop.ui.ops import Op


class CaseActions(QWidget):
    """Only the steps the role may take from the case's state are shown."""

    def __init__(self, backend: Backend, detail: CaseDetail, tell: Callable[[str, bool], None],
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.backend, self.detail, self.tell = backend, detail, tell
        self.number, self.version = detail.row.number, detail.row.version
        role, state = backend.actor.role, detail.row.state
        grid = QGridLayout(self)
        grid.setContentsMargins(0, 0, 0, 0)
        self.assignee = QLineEdit()
        self.assignee.setPlaceholderText(self.tr("Technician's login or service point's code"))
        self.assign_button = QPushButton(self.tr("Assign"))
        self.confirm_button = QPushButton(self.tr("Confirm I take it"))
        self.work = QLineEdit()
        self.work.setPlaceholderText(self.tr("What was done"))
        self.work_button = QPushButton(self.tr("Record the work"))
        self.result = QLineEdit()
        self.result.setPlaceholderText(self.tr("The result"))
        self.complete_button = QPushButton(self.tr("Complete"))
        rows: list[tuple[QWidget | None, QPushButton]] = []
        if may(role, Capability.SERVICE_DESK) and state in (
                CaseState.REGISTERED, CaseState.ASSIGNED, CaseState.IN_PROGRESS):
            rows.append((self.assignee, self.assign_button))
        if may(role, Capability.SERVICE_WORK) and state == CaseState.ASSIGNED:
            rows.append((None, self.confirm_button))
        if may(role, Capability.SERVICE_WORK) and state == CaseState.IN_PROGRESS:
            rows += [(self.work, self.work_button), (self.result, self.complete_button)]
        for i, (field, button) in enumerate(rows):
            if field is not None:
                grid.addWidget(field, i, 0)
            grid.addWidget(button, i, 1)
        self.setVisible(bool(rows))
        self.assign_button.clicked.connect(self.assign)
        self.confirm_button.clicked.connect(lambda: self._run(
            self.tr("Confirmed."), confirm_case, self.number, self.version))
        self.work_button.clicked.connect(lambda: self._run(
            self.tr("Work recorded."), record_work, self.number, self.work.text(), (),
            self.version))
        self.complete_button.clicked.connect(lambda: self._run(
            self.tr("Completed; the callback is due."), complete_case, self.number,
            self.result.text(), self.version))

    def assign(self) -> None:
        who = self.assignee.text().strip()
        technician = who if who and who.lower() == who and "-" not in who else ""
        point = "" if technician else who  # an organisation's code (D-SH01)
        self._run(self.tr("Assigned."), assign_case, self.number, technician, point, self.version)

    def _run(self, said: str, fn: Any, *args: Any) -> None:
        def done(_result: object) -> None:
            self.version += 1
            self.tell(said, True)
            for button in (self.assign_button, self.confirm_button, self.work_button,
                           self.complete_button):
                button.setEnabled(False)

        Op(self, self.backend, fn, *args).done(done).failed(
            lambda exc: self.tell(tr(exc.message), False)).run()
