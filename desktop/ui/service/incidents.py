"""Management's approvals of major quality incident applications (重大质量事故处理申请表, C4):
approve or reject, always with the reason (it goes into the audit trail)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QLabel, QLineEdit, QWidget

from desktop.backend import Backend
from desktop.core.i18n import QT_TRANSLATE_NOOP
from desktop.core.rules.roles import Capability, may
from desktop.core.rules.service import IncidentState
from desktop.core.services.service.incidents import (
    IncidentRow,
    add_incident_photo,
    decide_incident,
    list_incidents,
)
from desktop.core.services.service.printing import incident_pdf
from desktop.ui.ops import Op
from desktop.ui.widgets.list_page import ListPage
from desktop.ui.widgets.record_dialog import RecordDialog
from desktop.ui.widgets.small_list import local_pages
from desktop.ui.widgets.table import Column, PagedTableModel

KIND_LABELS = {"whole_replacement": QT_TRANSLATE_NOOP("Service", "Whole product replacement"),
               "refund": QT_TRANSLATE_NOOP("Service", "Refund"),
               "compensation": QT_TRANSLATE_NOOP("Service", "Compensation")}
STATE_LABELS = {IncidentState.APPLIED: QT_TRANSLATE_NOOP("Service", "Awaiting management"),
                IncidentState.APPROVED: QT_TRANSLATE_NOOP("Service", "Approved"),
                IncidentState.REJECTED: QT_TRANSLATE_NOOP("Service", "Rejected")}


def _t(source: str) -> str:
    return QCoreApplication.translate("Service", source)


COLUMNS: list[Column[IncidentRow]] = [
    Column(QT_TRANSLATE_NOOP("IncidentsPage", "Number"), lambda r: r.number),
    Column(QT_TRANSLATE_NOOP("IncidentsPage", "Service case"), lambda r: r.case_number),
    Column(QT_TRANSLATE_NOOP("IncidentsPage", "Customer"), lambda r: r.customer),
    Column(QT_TRANSLATE_NOOP("IncidentsPage", "Model"), lambda r: r.model),
    Column(QT_TRANSLATE_NOOP("IncidentsPage", "Remedy"), lambda r: _t(KIND_LABELS[r.kind])),
    Column(QT_TRANSLATE_NOOP("IncidentsPage", "Amount"), lambda r: f"{r.amount:.2f}"),
    Column(QT_TRANSLATE_NOOP("IncidentsPage", "State"), lambda r: _t(STATE_LABELS[r.state])),
]


class IncidentsPage(ListPage):
    def __init__(self, backend: Backend, parent: QWidget | None = None) -> None:
        fetch = local_pages(None, backend, list_incidents,
                            lambda r: f"{r.number} {r.case_number} {r.customer} {r.model}",
                            lambda r: r.number)
        model: PagedTableModel[IncidentRow] = PagedTableModel(
            "IncidentsPage", COLUMNS, fetch, lambda r: r.number)
        super().__init__(QCoreApplication.translate("IncidentsPage", "Major incident approvals"),
                         model, parent=parent)
        self.backend = backend
        self.last_dialog: IncidentDialog | None = None
        self.open_with(self.open_row, can_create=False)
        self.edit_button.setText(QCoreApplication.translate("IncidentsPage", "Open…"))
        self.reload()

    def open_row(self, row: IncidentRow | None) -> None:
        if row is None:
            return
        from desktop.ui.widgets.form import run_form

        dialog = IncidentDialog(self.backend, row, self)
        self.last_dialog = dialog
        run_form(dialog, lambda _saved: None)


def incidents_page(backend: Backend) -> ListPage:
    return IncidentsPage(backend)


class IncidentDialog(RecordDialog):
    """Approve (Save) or reject, with the reason; management only (the service says so)."""

    def __init__(self, backend: Backend, row: IncidentRow, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Major incident application %1").replace("%1", row.number),
                         parent)
        self.backend, self.row = backend, row
        facts = QLabel("\n".join([
            f"{row.case_number} · {row.customer} · {row.model}",
            f"{_t(KIND_LABELS[row.kind])} · {row.amount:.2f}", row.justification,
            _t(STATE_LABELS[row.state]) + (f": {row.decision_reason}"
                                           if row.decision_reason else "")]))
        facts.setWordWrap(True)
        self.add_field("summary", "", facts)
        self.reason = QLineEdit()
        self.deciding = row.state == IncidentState.APPLIED
        self.approve = True
        if self.deciding:
            self.add_field("reason", self.tr("Reason for the decision"), self.reason)
        save = self.buttons.button(self.buttons.StandardButton.Save)
        save.setText(self.tr("Approve"))
        save.setVisible(self.deciding)
        save.pressed.connect(self._approving)  # before the click saves
        self.reject_button = self.buttons.addButton(self.tr("Reject"),
                                                    self.buttons.ButtonRole.ActionRole)
        self.reject_button.clicked.connect(self.reject_application)
        self.add_record_buttons(
            self.tr("Save the application as PDF…"), f"{row.number}.pdf",
            lambda name, data: Op(self, backend, add_incident_photo, row.number, name, data),
            lambda: Op(self, backend, incident_pdf, row.number))
        self.photo_button.setVisible(may(backend.actor.role, Capability.INCIDENT_APPLY))
        self.reject_button.setVisible(self.deciding)
        self.fit_buttons()

    def _approving(self) -> None:
        self.approve = True

    def reject_application(self) -> None:
        self.approve = False
        self._save()

    def confirmation(self) -> str:
        verb = self.tr("Approve") if self.approve else self.tr("Reject")
        return self.tr("%1 %2 (%3, %4)? The decision cannot be changed afterwards.").replace(
            "%1", verb).replace("%2", self.row.number).replace(
            "%3", _t(KIND_LABELS[self.row.kind])).replace("%4", f"{self.row.amount:.2f}")

    def saved_text(self, result: object) -> str:
        del result
        return (self.tr("%1 approved.") if self.approve else self.tr("%1 rejected.")).replace(
            "%1", self.row.number)

    def submit(self) -> Op[None]:
        return Op(self, self.backend, decide_incident, self.row.number, self.approve,
                  self.reason.text(), self.row.version)
