"""The receiver adds the carrier's signer and the responsible party to a record filed without
them (X2, X3: damage is returned, credited or exchanged only on the signed, attributed record)."""

from __future__ import annotations

from PySide6.QtWidgets import QCheckBox, QLineEdit, QWidget

from desktop.backend import Backend
from desktop.core.services.transport.exceptions import ExceptionDetail, add_signature
from desktop.ui.ops import Op
from desktop.ui.widgets.form import FormDialog


class SignatureDialog(FormDialog):
    limits_of = "transport_exception"

    def __init__(self, backend: Backend, number: str, detail: ExceptionDetail,
                 parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Signer and responsible party of %1").replace("%1", number),
                         parent)
        self.backend, self.number, self.version = backend, number, detail.row.version
        self.signer = QLineEdit(detail.signer_name)
        self.signed = QCheckBox(self.tr("The carrier signed the record"))
        self.signed.setChecked(detail.carrier_signed)
        self.responsible = QLineEdit(detail.responsible_party)
        self.responsible.setPlaceholderText(self.tr("who is responsible, e.g. the carrier"))
        self.add_field("signer_name", self.tr("Carrier's signer"), self.signer)
        self.add_field("signed", "", self.signed)
        self.add_field("responsible_party", self.tr("Responsible party"), self.responsible)

    def submit(self) -> Op[None]:
        return Op(self, self.backend, add_signature, self.number, self.signer.text(),
                  self.signed.isChecked(), self.responsible.text(), self.version)

    def saved_text(self, result: object) -> str:
        del result
        return self.tr("Signer and responsible party saved on %1.").replace("%1", self.number)
