"""Part replacement claims (配件更换核销, S4): a dealer lists its claims, each marked while it
must keep the faulty part, and files one with photos; the technical department decides from
the same list (accept on the photos, ask for the part back, reject) and writes off."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QComboBox, QLabel, QLineEdit, QPushButton, QSpinBox, QWidget

from desktop.backend import Backend
from desktop.core.i18n import QT_TRANSLATE_NOOP
from desktop.core.rules.roles import Capability, may
from desktop.core.rules.service import ClaimState, Settle
from desktop.core.services.service.claims import (
    CLAIM_LABELS,
    ClaimRow,
    add_claim_photo,
    decide_part_claim,
    file_part_claim,
    list_part_claims,
    write_off_claim,
)
from desktop.ui.ops import Op
from desktop.ui.widgets.form import FormDialog, run_form
from desktop.ui.widgets.list_page import ListPage
from desktop.ui.widgets.photos import PhotoPicker
from desktop.ui.widgets.small_list import local_pages
from desktop.ui.widgets.table import Column, PagedTableModel

CTX = "ClaimsPage"
KEEP = QT_TRANSLATE_NOOP("ClaimsPage", "Keep the faulty part")
MAY_DISCARD = QT_TRANSLATE_NOOP("ClaimsPage", "May discard")


def _t(source: str, context: str = "Service") -> str:
    return QCoreApplication.translate(context, source)


COLUMNS: list[Column[ClaimRow]] = [
    Column(QT_TRANSLATE_NOOP("ClaimsPage", "Number"), lambda r: r.number),
    Column(QT_TRANSLATE_NOOP("ClaimsPage", "Dealer"), lambda r: r.dealer),
    Column(QT_TRANSLATE_NOOP("ClaimsPage", "Part"), lambda r: r.part_no),
    Column(QT_TRANSLATE_NOOP("ClaimsPage", "Units"), lambda r: r.quantity, align_right=True),
    Column(QT_TRANSLATE_NOOP("ClaimsPage", "Serial"), lambda r: r.serial),
    Column(QT_TRANSLATE_NOOP("ClaimsPage", "Why"), lambda r: r.reason),
    Column(QT_TRANSLATE_NOOP("ClaimsPage", "State"), lambda r: _t(CLAIM_LABELS[r.state])),
    Column(QT_TRANSLATE_NOOP("ClaimsPage", "Faulty part"),
           lambda r: _t(MAY_DISCARD if r.may_discard else KEEP, CTX),
           color=lambda r: None if r.may_discard else "#c62828"),
]


class ClaimsPage(ListPage):
    """A dealer's own claims (files new ones); the technical department's all (decides)."""

    def __init__(self, backend: Backend, parent: QWidget | None = None) -> None:
        fetch = local_pages(None, backend, list_part_claims,
                            lambda r: f"{r.number} {r.dealer} {r.part_no} {r.serial}",
                            lambda r: r.number)
        model: PagedTableModel[ClaimRow] = PagedTableModel(CTX, COLUMNS, fetch,
                                                           lambda r: r.number)
        super().__init__(QCoreApplication.translate("ClaimsPage", "Part replacement claims"), model,
                         parent=parent)
        self.backend = backend
        self.last_dialog: FormDialog | None = None
        self.deciding = may(backend.actor.role, Capability.PART_CLAIMS_DECIDE)
        self.open_with(self.open_row,
                       can_create=may(backend.actor.role, Capability.PART_CLAIMS))
        self.new_button.setText(QCoreApplication.translate("ClaimsPage", "File a claim…"))
        self.edit_button.setText(QCoreApplication.translate("ClaimsPage", "Decide…"))
        self.edit_button.setVisible(self.deciding)
        self.reload()

    def open_row(self, row: ClaimRow | None) -> None:
        if row is None:
            dialog: FormDialog = ClaimDialog(self.backend, self)
        elif self.deciding:
            dialog = DecisionDialog(self.backend, row, self)
        else:
            return
        self.last_dialog = run_form(dialog, lambda _saved: self.refresh())


def claims_page(backend: Backend) -> ListPage:
    return ClaimsPage(backend)


class ClaimDialog(FormDialog):
    """The dealer's claim of a part it replaced from its turnover stock, with photos of the
    faulty part (they go with the claim once it is filed)."""

    def __init__(self, backend: Backend, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("File a part replacement claim"), parent)
        self.backend = backend
        self.part, self.serial, self.reason = QLineEdit(), QLineEdit(), QLineEdit()
        self.part.setPlaceholderText("DR-12")
        self.quantity = QSpinBox()
        self.quantity.setRange(0, 10000)
        self.quantity.setValue(1)
        self.photos = PhotoPicker(self)
        for name, label, widget in (
                ("part_no", self.tr("Part number"), self.part),
                ("quantity", self.tr("Units"), self.quantity),
                ("serial", self.tr("Serial of the unit repaired"), self.serial),
                ("reason", self.tr("What was wrong"), self.reason),
                ("photos", self.tr("Photos of the faulty part"), self.photos)):
            self.add_field(name, label, widget)
        note = QLabel(self.tr("Keep the faulty part until the write-off note is issued."))
        note.setWordWrap(True)
        self.form.addRow(note)

    def saved_text(self, result: object) -> str:
        return self.tr("Claim %1 filed; keep the faulty part until it is written off.").replace(
            "%1", str(result))

    def submit(self) -> Op[str]:
        return Op(self, self.backend, file_part_claim, self.part.text().strip(),
                  self.quantity.value(), self.reason.text(), self.serial.text())

    def _saved(self, result: Any) -> None:
        """The photos go with the claim just filed, then the form closes."""
        number = str(result)
        self.photos.upload(lambda name, data: Op(self, self.backend, add_claim_photo, number,
                                                 name, data),
                           lambda: FormDialog._saved(self, result))


class DecisionDialog(FormDialog):
    """The technical department: accept on the photos, ask for the part back or reject a
    claim; issue the write-off note (replenish the dealer's stock or credit it) of an accepted
    one.  Save = the step chosen by its button."""

    def __init__(self, backend: Backend, row: ClaimRow, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Part claim %1").replace("%1", row.number), parent)
        self.backend, self.row = backend, row
        facts = QLabel(f"{row.dealer} · {row.part_no} ×{row.quantity} · {row.serial}\n"
                       f"{row.reason}\n{_t(CLAIM_LABELS[row.state])}")
        facts.setWordWrap(True)
        self.add_field("summary", "", facts)
        self.note = QLineEdit()
        self.settle = QComboBox()
        self.settle.addItem(self.tr("Replenish the dealer's turnover stock"), Settle.REPLENISH)
        self.settle.addItem(self.tr("Credit the dealer"), Settle.CREDIT)
        deciding = row.state in (ClaimState.CLAIMED, ClaimState.PART_REQUESTED)
        writing_off = row.state == ClaimState.ACCEPTED
        if deciding:
            self.add_field("note", self.tr("Note to the dealer"), self.note)
        if writing_off:
            self.add_field("settle", self.tr("Write-off"), self.settle)
        self.step: bool | str | None = None
        self.buttons.button(self.buttons.StandardButton.Save).setVisible(False)
        self.accept_button = self._step(self.tr("Accept on the photos"), True, deciding)
        self.ask_button = self._step(self.tr("Ask for the part back"), None,
                                     row.state == ClaimState.CLAIMED)
        self.reject_button = self._step(self.tr("Reject"), False, deciding)
        self.write_off_button = self._step(self.tr("Write off"), "write_off", writing_off)

    def _step(self, text: str, step: bool | str | None, shown: bool) -> QPushButton:
        button = self.buttons.addButton(text, self.buttons.ButtonRole.ActionRole)
        button.setVisible(shown)
        button.clicked.connect(lambda: self._take(step))
        return button

    def _take(self, step: bool | str | None) -> None:
        self.step = step
        self._save()

    def saved_text(self, result: object) -> str:
        del result
        said = {True: self.tr("%1 accepted; write it off next."),
                None: self.tr("%1: the dealer is asked to send the faulty part back."),
                False: self.tr("%1 rejected."),
                "write_off": self.tr("%1 written off; the dealer may discard the part.")}
        return said[self.step].replace("%1", self.row.number)

    def submit(self) -> Op[Any]:
        if self.step == "write_off":
            return Op(self, self.backend, write_off_claim, self.row.number,
                      Settle(self.settle.currentData()))
        accept = None if isinstance(self.step, str) else self.step
        return Op(self, self.backend, decide_part_claim, self.row.number, accept,
                  self.note.text())
