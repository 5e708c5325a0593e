"""One complaint sheet: the order department answers; the dealer opens the return it needs."""

from __future__ import annotations

from PySide6.QtWidgets import QLabel, QLineEdit, QPushButton, QWidget

from desktop.backend import Backend
from desktop.core.rules.complaints import Answer
from desktop.core.rules.roles import Capability, may
from desktop.core.services.complaints.printing import complaint_sheet_pdf
from desktop.core.services.complaints.sheets import (
    SheetDetail,
    add_sheet_photo,
    answer_sheet,
    open_return,
)
from desktop.ui.labels import answer_label, complaint_kind_label, sheet_state_label
from desktop.ui.ops import Op
from desktop.ui.widgets.fields import EnumCombo
from desktop.ui.widgets.record_dialog import RecordDialog


class SheetDetailDialog(RecordDialog):
    """Save = the order department's answer."""

    def __init__(self, backend: Backend, number: str, detail: SheetDetail,
                 parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Complaint sheet %1").replace("%1", number), parent)
        self.backend, self.actor, self.number = backend, backend.actor, number
        self.detail = d = detail
        facts = [f"{d.row.org_name} · {complaint_kind_label(d.row.kind)} · "
                 f"{sheet_state_label(d.row.state)}",
                 "; ".join(f"{code} {name} ×{qty} {problem}" for code, name, qty, problem
                           in d.lines), d.description]
        if d.row.answer:
            facts.append(self.tr("Answer: %1").replace("%1", answer_label(d.row.answer)))
        summary = QLabel("\n".join(f for f in facts if f))
        summary.setWordWrap(True)
        self.add_field("summary", "", summary)
        self.answer = EnumCombo(Answer, {a: answer_label(a) for a in Answer})
        self.note = QLineEdit()
        self.answering = may(self.actor.role, Capability.RETURNS_APPROVE) and \
            d.row.state.value == "filed"
        if self.answering:
            self.add_field("answer", self.tr("Answer"), self.answer)
            self.add_field("note", self.tr("Note"), self.note)
        self.buttons.button(self.buttons.StandardButton.Save).setVisible(self.answering)
        self.add_record_buttons(
            self.tr("Save the sheet as PDF…"), f"{number}.pdf",
            lambda name, data: Op(self, backend, add_sheet_photo, number, name, data),
            lambda: Op(self, backend, complaint_sheet_pdf, number))
        self.return_button = QPushButton(self.tr("Open the return request"))
        self.return_button.clicked.connect(self.open_return)
        self.buttons.addButton(self.return_button, self.buttons.ButtonRole.ActionRole)
        # After addButton, which shows a button again.
        self.return_button.setVisible(d.row.answer == Answer.RETURN_NEEDED and
                                      not d.row.return_number and d.org_code == self.actor.org_code)
        self.opened_return: str | None = None
        self.fit_buttons()

    def confirmation(self) -> str:
        """An answer cannot be taken back: say what it will be."""
        return (self.tr("Answer %1 for %2: %3? %2 sees the answer at once; it cannot be "
                        "changed afterwards.").replace("%1", self.number)
                .replace("%2", self.detail.row.org_name)
                .replace("%3", answer_label(self.answer.value())))

    def saved_text(self, result: object) -> str:
        del result
        return self.tr("%1 answered: %2.").replace("%1", self.number).replace(
            "%2", answer_label(self.answer.value()))

    def submit(self) -> Op[None]:
        return Op(self, self.backend, answer_sheet, self.number, self.answer.value(),
                  self.note.text(), self.detail.row.version)

    def open_return(self) -> None:
        Op(self, self.backend, open_return, self.number).busy(self.return_button).done(
            self._return_opened).run()

    def _return_opened(self, request: str) -> None:
        self.opened_return = request
        self.return_button.setVisible(False)
        self.tell(self.tr("Draft return request %1 opened with the lines filled in.")
                  .replace("%1", request))
