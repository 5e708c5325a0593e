"""One transport exception: what was found, the decision, and the printed record."""

from __future__ import annotations

from PySide6.QtWidgets import QLabel, QLineEdit, QPushButton, QWidget

from desktop.backend import Backend
from desktop.core.rules.roles import Capability, may
from desktop.core.rules.transport import Decision
from desktop.core.services.transport.exceptions import (
    ExceptionDetail,
    accept_late,
    add_exception_photo,
    decide,
    open_return_for_damage,
)
from desktop.core.services.transport.printing import transport_record_pdf
from desktop.ui.i18n import tr
from desktop.ui.labels import decision_label, transport_kind_label, transport_state_label
from desktop.ui.ops import Op
from desktop.ui.widgets.fields import EnumCombo
from desktop.ui.widgets.record_dialog import RecordDialog


class ExceptionDetailDialog(RecordDialog):
    """Save = the order department's decision; the record prints for the carrier's signature."""

    def __init__(self, backend: Backend, number: str, detail: ExceptionDetail,
                 parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Transport exception %1").replace("%1", number), parent)
        self.backend, self.actor, self.number = backend, backend.actor, number
        self.detail = d = detail
        self.summary = QLabel(self._facts(d))
        self.summary.setWordWrap(True)
        self.add_field("summary", "", self.summary)
        self.decision = EnumCombo(Decision, {k: decision_label(k) for k in Decision})
        self.amount = QLineEdit()
        self.amount.setPlaceholderText(self.tr("yuan"))
        self.note = QLineEdit()
        self.note.setPlaceholderText(self.tr("note or reason (kept in the audit log)"))
        self.deciding = may(self.actor.role, Capability.RETURNS_APPROVE) and \
            d.row.state.value in ("recorded", "late")
        if self.deciding:
            self.add_field("decision", self.tr("Decision"), self.decision)
            self.add_field("amount", self.tr("Amount"), self.amount)
            self.add_field("reason", self.tr("Note"), self.note)
        self.add_record_buttons(
            self.tr("Save the record as PDF…"), f"{number}.pdf",
            lambda name, data: Op(self, backend, add_exception_photo, number, name, data),
            lambda: Op(self, backend, transport_record_pdf, number))
        self.opened_return: str | None = None
        self.return_button = QPushButton(self.tr("Open a return request"))
        self.return_button.clicked.connect(self.open_return)
        self.buttons.addButton(self.return_button, self.buttons.ButtonRole.ActionRole)
        # After addButton, which shows a button again.
        self.return_button.setVisible(d.row.kind.value == "damage" and not d.return_number
                                      and d.org_code == self.actor.org_code)
        save = self.buttons.button(self.buttons.StandardButton.Save)
        save.setVisible(self.deciding)
        if d.row.state.value == "late":
            save.setText(self.tr("Accept the late report"))

    def _facts(self, d: ExceptionDetail) -> str:
        facts = [f"{d.row.org_name} · {transport_kind_label(d.row.kind)} · "
                 f"{transport_state_label(d.row.state)}",
                 self.tr("Received %1, reported %2").replace("%1", str(d.row.received_on))
                 .replace("%2", str(d.row.reported_on)),
                 "; ".join(f"{code} {name} ×{qty}" for code, name, qty in d.lines),
                 d.description]
        if d.row.decision:
            facts.append(self.tr("Decision: %1").replace(
                "%1", decision_label(d.row.decision) + (
                    f" ¥{d.row.amount:.2f}" if d.row.amount is not None else "")))
        if d.blocker is not None:
            facts.append("△ " + tr(d.blocker))
        return "\n".join(f for f in facts if f)

    def submit(self) -> Op[None]:
        row = self.detail.row
        if row.state.value == "late":
            return Op(self, self.backend, accept_late, self.number, self.note.text(),
                      row.version)
        return Op(self, self.backend, decide, self.number, self.decision.value(),
                  self.amount.text(), self.note.text(), row.version)

    def open_return(self) -> None:
        """X2: refused, in words, until the record is signed and the party named."""
        Op(self, self.backend, open_return_for_damage, self.number).busy(
            self.return_button).done(self._return_opened).run()

    def _return_opened(self, request: str) -> None:
        self.return_button.setVisible(False)
        self.opened_return = request
        self.tell(self.tr("Draft return request %1 opened.").replace("%1", request))
