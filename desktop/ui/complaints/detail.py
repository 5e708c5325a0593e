"""One complaint sheet: the order department answers; the dealer opens the return it needs."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QLabel, QLineEdit, QPushButton, QWidget

from desktop.core.errors import DomainError
from desktop.core.rules.complaints import ANSWER_LABELS, KIND_LABELS, STATE_LABELS, Answer
from desktop.core.rules.roles import Capability, may
from desktop.core.services.complaints.printing import complaint_sheet_pdf, print_complaint_sheet
from desktop.core.services.complaints.sheets import (
    add_sheet_photo,
    answer_sheet,
    get_sheet,
    open_return,
)
from desktop.core.services.kernel.actor import Actor
from desktop.core.services.startup import Database
from desktop.ui.widgets.fields import EnumCombo
from desktop.ui.widgets.record_dialog import RecordDialog


def _t(source: str) -> str:
    return QCoreApplication.translate("Complaints", source)


class SheetDetailDialog(RecordDialog):
    """Save = the order department's answer."""

    def __init__(self, db: Database, actor: Actor, number: str,
                 parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Complaint sheet %1").replace("%1", number), parent)
        self.db, self.actor, self.number = db, actor, number
        self.detail = d = get_sheet(db, actor, number)
        facts = [f"{d.row.org_name} · {_t(KIND_LABELS[d.row.kind])} · "
                 f"{_t(STATE_LABELS[d.row.state])}",
                 "; ".join(f"{code} {name} ×{qty} {problem}" for code, name, qty, problem
                           in d.lines), d.description]
        if d.row.answer:
            facts.append(self.tr("Answer: %1").replace("%1", _t(ANSWER_LABELS[d.row.answer])))
        summary = QLabel("\n".join(f for f in facts if f))
        summary.setWordWrap(True)
        self.add_field("summary", "", summary)
        self.answer = EnumCombo(Answer, {k: _t(v) for k, v in ANSWER_LABELS.items()})
        self.note = QLineEdit()
        self.answering = may(actor.role, Capability.RETURNS_APPROVE) and \
            d.row.state.value == "filed"
        if self.answering:
            self.add_field("answer", self.tr("Answer"), self.answer)
            self.add_field("note", self.tr("Note"), self.note)
        self.buttons.button(self.buttons.StandardButton.Save).setVisible(self.answering)
        self.add_record_buttons(
            self.tr("Save the sheet as PDF…"), f"{number}.pdf",
            lambda name, data: add_sheet_photo(db, actor, number, name, data),
            lambda path: print_complaint_sheet(db, actor, number, path),
            lambda: complaint_sheet_pdf(db, actor, number))
        self.return_button = QPushButton(self.tr("Open the return request"))
        self.return_button.clicked.connect(self.open_return)
        self.buttons.addButton(self.return_button, self.buttons.ButtonRole.ActionRole)
        # After addButton, which shows a button again.
        self.return_button.setVisible(d.row.answer == Answer.RETURN_NEEDED and
                                      not d.row.return_number and d.org_code == actor.org_code)
        self.opened_return: str | None = None

    def submit(self) -> None:
        answer_sheet(self.db, self.actor, self.number, self.answer.value(), self.note.text(),
                     self.detail.row.version)

    def open_return(self) -> str | None:
        try:
            self.opened_return = open_return(self.db, self.actor, self.number)
        except DomainError as exc:
            self.show_error(exc)
            return None
        self.return_button.setVisible(False)
        self.error.setStyleSheet("color: #1b5e20; font-weight: bold;")
        self.error.setText(self.tr("Draft return request %1 opened with the lines filled in.")
                           .replace("%1", self.opened_return))
        self.error.show()
        return self.opened_return
