"""One transport exception: what was found, the decision, and the printed record."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QLabel, QLineEdit, QPushButton, QWidget

from desktop.core.errors import DomainError
from desktop.core.rules.roles import Capability, may
from desktop.core.rules.transport import DECISION_LABELS, KIND_LABELS, STATE_LABELS, Decision
from desktop.core.services.kernel.actor import Actor
from desktop.core.services.startup import Database
from desktop.core.services.transport.exceptions import (
    accept_late,
    add_exception_photo,
    decide,
    get_exception,
)
from desktop.core.services.transport.printing import print_transport_record, transport_record_pdf
from desktop.ui.i18n import tr
from desktop.ui.widgets.fields import EnumCombo
from desktop.ui.widgets.record_dialog import RecordDialog


def _t(source: str) -> str:
    return QCoreApplication.translate("Transport", source)


class ExceptionDetailDialog(RecordDialog):
    """Save = the order department's decision; the record prints for the carrier's signature."""

    def __init__(self, db: Database, actor: Actor, number: str,
                 parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Transport exception %1").replace("%1", number), parent)
        self.db, self.actor, self.number = db, actor, number
        self.detail = d = get_exception(db, actor, number)
        facts = [f"{d.row.org_name} · {_t(KIND_LABELS[d.row.kind])} · "
                 f"{_t(STATE_LABELS[d.row.state])}",
                 self.tr("Received %1, reported %2").replace("%1", str(d.row.received_on))
                 .replace("%2", str(d.row.reported_on)),
                 "; ".join(f"{code} {name} ×{qty}" for code, name, qty in d.lines),
                 d.description]
        if d.row.decision:
            facts.append(self.tr("Decision: %1").replace(
                "%1", _t(DECISION_LABELS[d.row.decision]) + (
                    f" ¥{d.row.amount:.2f}" if d.row.amount is not None else "")))
        if d.blocker is not None:
            facts.append("△ " + tr(d.blocker))
        summary = QLabel("\n".join(f for f in facts if f))
        summary.setWordWrap(True)
        self.add_field("summary", "", summary)
        self.decision = EnumCombo(Decision, {k: _t(v) for k, v in DECISION_LABELS.items()})
        self.amount = QLineEdit()
        self.amount.setPlaceholderText(self.tr("yuan"))
        self.note = QLineEdit()
        self.note.setPlaceholderText(self.tr("note or reason (kept in the audit log)"))
        self.deciding = may(actor.role, Capability.RETURNS_APPROVE) and \
            d.row.state.value in ("recorded", "late")
        if self.deciding:
            self.add_field("decision", self.tr("Decision"), self.decision)
            self.add_field("amount", self.tr("Amount"), self.amount)
            self.add_field("reason", self.tr("Note"), self.note)
        self.add_record_buttons(
            self.tr("Save the record as PDF…"), f"{number}.pdf",
            lambda name, data: add_exception_photo(db, actor, number, name, data),
            lambda path: print_transport_record(db, actor, number, path),
            lambda: transport_record_pdf(db, actor, number))
        self.return_button = QPushButton(self.tr("Open a return request"))
        self.return_button.clicked.connect(self.open_return)
        self.buttons.addButton(self.return_button, self.buttons.ButtonRole.ActionRole)
        # After addButton, which shows a button again.
        self.return_button.setVisible(d.row.kind.value == "damage" and not d.return_number
                                      and d.org_code == actor.org_code)
        save = self.buttons.button(self.buttons.StandardButton.Save)
        save.setVisible(self.deciding)
        if d.row.state.value == "late":
            save.setText(self.tr("Accept the late report"))

    def submit(self) -> None:
        row = self.detail.row
        if row.state.value == "late":
            accept_late(self.db, self.actor, self.number, self.note.text(), row.version)
            return
        decide(self.db, self.actor, self.number, self.decision.value(), self.amount.text(),
               self.note.text(), row.version)

    def open_return(self) -> str | None:
        """X2: refused, in words, until the record is signed and the party named."""
        from desktop.core.services.transport.exceptions import open_return_for_damage

        try:
            request = open_return_for_damage(self.db, self.actor, self.number)
        except DomainError as exc:
            self.show_error(exc)
            return None
        self.return_button.setVisible(False)
        self.error.setStyleSheet("color: #1b5e20; font-weight: bold;")
        self.error.setText(self.tr("Draft return request %1 opened.").replace("%1", request))
        self.error.show()
        return request
