"""One service case with its callbacks and its unit's history; customer service records a
callback on a completed case here (Save)."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QCheckBox, QLabel, QLineEdit, QWidget

from desktop.backend import Backend
from desktop.core.rules.roles import Capability, may
from desktop.core.rules.service import CaseState
from desktop.core.services.service.callbacks import CallbackOutcome, record_callback
from desktop.core.services.service.query import CaseDetail, get_case
from desktop.core.services.service.units import UnitHistory, unit_history
from desktop.ui.i18n import tr
from desktop.ui.ops import Op
from desktop.ui.service.actions import CaseActions
from desktop.ui.service.followup import FollowUp
from desktop.ui.service.labels import klass_label, priority_label, state_label, when
from desktop.ui.widgets.form import FormDialog
from desktop.ui.widgets.rows import RowsTable


def unit_key(detail: CaseDetail) -> str:
    """What the unit's history is asked for: the serial, else model and date code."""
    return detail.row.serial or (f"{detail.row.model} {detail.date_code}"
                                 if detail.date_code else "")


def open_case(parent: QWidget, backend: Backend, number: str,
              show: Callable[[FormDialog], None]) -> None:
    """Read the case, then its unit's history (when the role may see it), then show both."""
    def with_history(detail: CaseDetail) -> None:
        key = unit_key(detail)
        if not key or not may(backend.actor.role, Capability.UNIT_HISTORY):
            show(CaseDialog(backend, detail, None, parent))
            return
        Op(parent, backend, unit_history, key).done(
            lambda history: show(CaseDialog(backend, detail, history, parent))).run()

    Op(parent, backend, get_case, number).done(with_history).run()


def status_label(kind: str, status: str) -> str:
    """A unit event's status in words: the return kind, verdict, repair result, case state."""
    from desktop.core.rules.acceptance import ReturnKind
    from desktop.core.rules.inspection import VERDICT_LABELS, Verdict
    from desktop.ui.labels import kind_label

    if kind == "return":
        return kind_label(ReturnKind(status))
    if kind == "inspection":
        return QCoreApplication.translate("Inspection", VERDICT_LABELS[Verdict(status)])
    if kind == "case":
        return state_label(CaseState(status))
    return {"open": QCoreApplication.translate("ServicePage", "Open"),
            "repaired": QCoreApplication.translate("ServicePage", "Repaired"),
            "not_repairable": QCoreApplication.translate("ServicePage", "Not repairable"),
            }.get(status, status)


def history_rows(history: UnitHistory) -> list[list[str]]:
    kinds = {"return": QCoreApplication.translate("ServicePage", "Return"),
             "inspection": QCoreApplication.translate("ServicePage", "Inspection"),
             "repair": QCoreApplication.translate("ServicePage", "Repair"),
             "case": QCoreApplication.translate("ServicePage", "Service case")}
    return [[when(e.at), kinds.get(e.kind, e.kind), e.number, e.model,
             status_label(e.kind, e.status), e.summary] for e in history.events]


def history_table() -> RowsTable:
    return RowsTable([QCoreApplication.translate("ServicePage", "When"),
                      QCoreApplication.translate("ServicePage", "What"),
                      QCoreApplication.translate("ServicePage", "Number"),
                      QCoreApplication.translate("ServicePage", "Model"),
                      QCoreApplication.translate("ServicePage", "Outcome"),
                      QCoreApplication.translate("ServicePage", "Details")])


class CaseDialog(FormDialog):
    """Save = a callback attempt (customer service, on a completed case)."""

    def __init__(self, backend: Backend, detail: CaseDetail, history: UnitHistory | None,
                 parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Service case %1").replace("%1", detail.row.number), parent)
        self.backend, self.detail = backend, detail
        summary = QLabel("\n".join(x for x in self._facts(detail) if x))
        summary.setWordWrap(True)
        self.add_field("summary", "", summary)
        self.steps = CaseActions(backend, detail, self.tell, self)
        self.add_field("actions", "", self.steps)
        self.follow = FollowUp(backend, detail, self.tell, self)
        self.add_field("follow", "", self.follow)
        self.callbacks = RowsTable([self.tr("Attempt"), self.tr("When"), self.tr("By"),
                                    self.tr("Answer"), self.tr("Why")])
        self.callbacks.set_rows([[str(c.attempt), when(c.at), c.by, self._answer(c.reached,
                                 c.satisfied), c.reason] for c in detail.callbacks])
        self.callbacks.setMaximumHeight(110)
        self.add_field("callbacks", self.tr("Callbacks"), self.callbacks)
        self.history = history_table()
        self.history.set_rows(history_rows(history) if history else [])
        self.history.setMinimumHeight(140)
        self.add_field("history", self.tr("The unit's history"), self.history)
        self.reached = QCheckBox(self.tr("The customer was reached"))
        self.reached.setChecked(True)
        self.satisfied = QCheckBox(self.tr("Satisfied"))
        self.reason = QLineEdit()
        self.calling = (may(backend.actor.role, Capability.SERVICE_DESK)
                        and detail.row.state == CaseState.COMPLETED)
        if self.calling:
            self.add_field("reached", "", self.reached)
            self.add_field("satisfied", "", self.satisfied)
            self.add_field("reason", self.tr("What the customer said"), self.reason)
        self.buttons.button(self.buttons.StandardButton.Save).setVisible(self.calling)
        self.resize(760, 620)

    def tell(self, text: str, ok: bool) -> None:
        """What a step did (green) or why it was refused (red), under the form."""
        self.error.setStyleSheet("color: #1b5e20; font-weight: bold;" if ok else
                                 "color: #c62828; font-weight: bold;")
        self.error.setText(text)
        self.error.show()

    def show_notice(self, text: str) -> None:
        """What a form opened from the case did (an incident application sent)."""
        self.tell(text, True)

    def _facts(self, d: CaseDetail) -> list[str]:
        r = d.row
        earlier = (self.tr("Earlier repairs of this unit within the window: %1").replace(
            "%1", ", ".join(d.earlier_repairs)) if d.earlier_repairs else "")
        return [" · ".join(x for x in (state_label(r.state), priority_label(r.priority),
                                         "、".join(klass_label(t) for t in d.tags)) if x),
                f"{r.customer} {d.contact} · {d.address}",
                f"{r.model} {r.serial} {d.date_code} · {r.dealer}",
                self.tr("Fault: %1").replace("%1", d.fault),
                self.tr("Warranty: %1").replace("%1", tr(d.warranty) if d.warranty else "—"),
                self.tr("Assigned to %1").replace("%1", d.assignee) if d.assignee else "",
                self.tr("Work: %1").replace("%1", d.work_done) if d.work_done else "",
                self.tr("Result: %1").replace("%1", d.result) if d.result else "", earlier]

    def _answer(self, reached: bool, satisfied: bool | None) -> str:
        if not reached:
            return self.tr("Not reached")
        return self.tr("Satisfied") if satisfied else self.tr("Not satisfied")

    def saved_text(self, result: object) -> str:
        assert isinstance(result, CallbackOutcome)
        if result.state == CaseState.CLOSED:
            return self.tr("%1 closed: the customer is satisfied.").replace(
                "%1", self.detail.row.number)
        if result.state == CaseState.IN_PROGRESS:
            return self.tr("%1 reopened: the customer is not satisfied.").replace(
                "%1", self.detail.row.number)
        return self.tr("Not reached; the next attempt is due %1.").replace(
            "%1", when(result.next_attempt_at))

    def submit(self) -> Op[CallbackOutcome]:
        reached = self.reached.isChecked()
        return Op(self, self.backend, record_callback, self.detail.row.number, reached,
                  self.satisfied.isChecked() if reached else None, self.reason.text(), None,
                  self.detail.row.version)
