"""One transport exception: what was found, the decision, and the printed record."""

from __future__ import annotations

from PySide6.QtWidgets import QLabel, QLineEdit, QPushButton, QWidget

from desktop.backend import Backend
from desktop.core.rules.roles import Capability, may
from desktop.core.rules.transport import Decision, ExceptionState
from desktop.core.services.transport.exceptions import (
    ExceptionDetail,
    accept_late,
    add_exception_photo,
    decide,
    get_exception,
    open_return_for_damage,
)
from desktop.core.services.transport.printing import transport_record_pdf
from desktop.ui.i18n import tr
from desktop.ui.labels import decision_label, transport_kind_label, transport_state_label
from desktop.ui.ops import Op
from desktop.ui.transport.signature import SignatureDialog
from desktop.ui.widgets.fields import EnumCombo
from desktop.ui.widgets.form import FormDialog, run_form
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
        self.signature_dialog: FormDialog | None = None
        self.signature_button = QPushButton(self.tr("Signer and responsible party…"))
        self.signature_button.clicked.connect(self.open_signature)
        self.buttons.addButton(self.signature_button, self.buttons.ButtonRole.ActionRole)
        self.return_button = QPushButton(self.tr("Open a return request"))
        self.return_button.clicked.connect(self.open_return)
        self.buttons.addButton(self.return_button, self.buttons.ButtonRole.ActionRole)
        self._show_actions(d)  # after addButton, which shows a button again
        self.fit_buttons()
        save = self.buttons.button(self.buttons.StandardButton.Save)
        save.setVisible(self.deciding)
        if d.row.state.value == "late":
            save.setText(self.tr("Accept the late report"))

    def _show_actions(self, d: ExceptionDetail) -> None:
        """The receiver signs and opens the return; neither once decided or returned."""
        receiver = d.org_code == self.actor.org_code and may(self.actor.role,
                                                             Capability.TRANSPORT)
        self.signature_button.setVisible(receiver and d.row.state != ExceptionState.DECIDED
                                         and not d.return_number)
        self.return_button.setVisible(d.row.kind.value == "damage" and not d.return_number
                                      and receiver)

    def _facts(self, d: ExceptionDetail) -> str:
        signed = self.tr("signed") if d.carrier_signed else self.tr("not signed")
        facts = [f"{d.row.org_name} · {transport_kind_label(d.row.kind)} · "
                 f"{transport_state_label(d.row.state)}",
                 self.tr("Received %1, reported %2").replace("%1", str(d.row.received_on))
                 .replace("%2", str(d.row.reported_on)),
                 "; ".join(f"{code} {name} ×{qty}" for code, name, qty in d.lines),
                 d.description,
                 self.tr("Carrier's signer: %1 (%2) · responsible party: %3")
                 .replace("%1", d.signer_name or "—").replace("%2", signed)
                 .replace("%3", d.responsible_party or self.tr("not named"))]
        if d.row.decision:
            facts.append(self.tr("Decision: %1").replace(
                "%1", decision_label(d.row.decision) + (
                    f" ¥{d.row.amount:.2f}" if d.row.amount is not None else "")))
        if d.blocker is not None:
            facts.append("△ " + tr(d.blocker))
        return "\n".join(f for f in facts if f)

    def open_signature(self) -> None:
        """The receiver adds the signer and the responsible party; the record shows them (and
        what they now allow) once saved."""
        self.signature_dialog = run_form(SignatureDialog(self.backend, self.number, self.detail,
                                                         self), lambda _saved: self.refresh())

    def refresh(self) -> None:
        Op(self, self.backend, get_exception, self.number).done(self._refill).run()

    def _refill(self, detail: ExceptionDetail) -> None:
        self.detail = detail
        self.summary.setText(self._facts(detail))
        self._show_actions(detail)

    def confirmation(self) -> str:
        """Deciding (or taking a late report) cannot be undone: say what it will do."""
        if self.detail.row.state == ExceptionState.LATE:
            return self.tr("Accept the late report %1 after all? It then waits for your "
                           "decision. This cannot be undone.").replace("%1", self.number)
        amount = self.amount.text().strip()
        what = decision_label(self.decision.value()) + (f" ¥{amount}" if amount else "")
        return (self.tr("Decide %1 for %2: %3? %2 sees the decision at once; it cannot be "
                        "changed afterwards.").replace("%1", self.number)
                .replace("%2", self.detail.row.org_name).replace("%3", what))

    def saved_text(self, result: object) -> str:
        del result
        if self.detail.row.state == ExceptionState.LATE:
            return self.tr("Late report %1 accepted.").replace("%1", self.number)
        return self.tr("%1 decided: %2.").replace("%1", self.number).replace(
            "%2", decision_label(self.decision.value()))

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
        self.opened_return = request
        self.return_button.setVisible(False)
        self.refresh()  # the signature can no longer change either
        self.tell(self.tr("Draft return request %1 opened.").replace("%1", request))
