"""What customer service does next from a case (C2, C4): apply for a major quality incident
(重大质量事故处理申请表: whole-product replacement, refund or compensation, with the amount,
the justification and photos), suggested when the case reached the repeat-repair threshold;
and record how a written complaint was answered."""

from __future__ import annotations

from collections.abc import Callable
from decimal import Decimal, InvalidOperation
from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QComboBox,
    QGridLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QWidget,
)

from desktop.backend import Backend
from desktop.core.errors import InvalidInput
from desktop.core.i18n import QT_TRANSLATE_NOOP, msg
from desktop.core.rules.roles import Capability, may
from desktop.core.rules.service import IncidentKind
from desktop.core.services.service.cases import reply_case
from desktop.core.services.service.incidents import add_incident_photo, apply_incident
from desktop.core.services.service.query import CaseDetail
from desktop.ui.i18n import tr
from desktop.ui.ops import Op
from desktop.ui.service.incidents import KIND_LABELS
from desktop.ui.widgets.fields import EnumCombo
from desktop.ui.widgets.form import FormDialog, run_form
from desktop.ui.widgets.photos import PhotoPicker

SUGGESTED_STYLE = "color: #c62828; font-weight: bold;"


class IncidentApplyDialog(FormDialog):
    """The application for one case; its photos go with it once it is filed."""

    def __init__(self, backend: Backend, detail: CaseDetail,
                 parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Apply for a major quality incident: %1").replace(
            "%1", detail.row.number), parent)
        self.backend, self.number = backend, detail.row.number
        facts = QLabel(f"{detail.row.customer} · {detail.row.model} {detail.row.serial}\n"
                       + self.tr("Fault: %1").replace("%1", detail.fault))
        facts.setWordWrap(True)
        self.kind = EnumCombo(IncidentKind, {
            k: QCoreApplication.translate("Service", KIND_LABELS[k.value]) for k in IncidentKind})
        self.amount = QLineEdit("0")
        self.amount.setPlaceholderText("1280.00")
        self.justification = QPlainTextEdit()
        self.justification.setMaximumHeight(90)
        if detail.incident_suggested:
            self.justification.setPlainText(self.tr(
                "Repaired repeatedly within the window: %1").replace(
                "%1", ", ".join(detail.earlier_repairs)))
        self.photos = PhotoPicker(self)
        for name, label, widget in (
                ("summary", "", facts), ("kind", self.tr("Remedy"), self.kind),
                ("amount", self.tr("Amount"), self.amount),
                ("justification", self.tr("Justification"), self.justification),
                ("photos", self.tr("Photos"), self.photos)):
            self.add_field(name, label, widget)

    def saved_text(self, result: object) -> str:
        return self.tr("Application %1 sent to management.").replace("%1", str(result))

    def submit(self) -> Op[str]:
        try:
            amount = Decimal(self.amount.text().strip().replace(",", "") or "0")
        except InvalidOperation:
            raise InvalidInput(msg(QT_TRANSLATE_NOOP(
                "Messages", "Type the amount as a number, e.g. 1280.00.")), "amount") from None
        return Op(self, self.backend, apply_incident, self.number, self.kind.value(), amount,
                  self.justification.toPlainText())

    def _saved(self, result: Any) -> None:
        number = str(result)
        self.photos.upload(lambda name, data: Op(self, self.backend, add_incident_photo,
                                                 number, name, data),
                           lambda: FormDialog._saved(self, result))


class FollowUp(QWidget):
    """On the case dialog: the application button (and the suggestion), and the reply of a
    complaint; only for customer service."""

    def __init__(self, backend: Backend, detail: CaseDetail,
                 tell: Callable[[str, bool], None], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.backend, self.detail, self.tell = backend, detail, tell
        self.last_dialog: FormDialog | None = None
        role = backend.actor.role
        grid = QGridLayout(self)
        grid.setContentsMargins(0, 0, 0, 0)
        self.suggestion = QLabel(self.tr(
            "This unit reached the repeat-repair threshold: a major quality incident is "
            "suggested."))
        self.suggestion.setWordWrap(True)
        self.suggestion.setStyleSheet(SUGGESTED_STYLE)
        self.apply_button = QPushButton(self.tr("Apply for a major quality incident…"))
        self.apply_button.clicked.connect(self.open_application)
        applying = may(role, Capability.INCIDENT_APPLY)
        self.suggestion.setVisible(applying and detail.incident_suggested)
        self.apply_button.setVisible(applying)
        grid.addWidget(self.suggestion, 0, 0)
        grid.addWidget(self.apply_button, 0, 1)
        self._reply_row(grid, detail, may(role, Capability.SERVICE_DESK) and detail.complaint)
        self.setVisible(applying or detail.complaint)

    def _reply_row(self, grid: QGridLayout, detail: CaseDetail, replying: bool) -> None:
        self.replied = QLabel(self.tr("Answered (%1): %2").replace(
            "%1", self._mode_label(detail.reply_mode)).replace("%2", detail.reply)
            if detail.reply else "")
        self.replied.setWordWrap(True)
        self.mode = QComboBox()
        self.mode.addItem(self._mode_label("written"), "written")
        self.mode.addItem(self._mode_label("phone"), "phone")
        self.reply = QLineEdit()
        self.reply.setPlaceholderText(self.tr("What the written reply said"))
        self.reply_button = QPushButton(self.tr("Record the reply"))
        self.reply_button.clicked.connect(self.record_reply)
        grid.addWidget(self.replied, 1, 0, 1, 2)
        self.replied.setVisible(bool(detail.reply))
        for widget in (self.mode, self.reply, self.reply_button):
            widget.setVisible(replying)
        grid.addWidget(self.mode, 2, 0)
        grid.addWidget(self.reply, 3, 0)
        grid.addWidget(self.reply_button, 3, 1)

    def _mode_label(self, mode: str) -> str:
        return self.tr("in writing") if mode == "written" else self.tr("by phone")

    def open_application(self) -> FormDialog:
        dialog = IncidentApplyDialog(self.backend, self.detail, self.window())
        self.last_dialog = run_form(dialog, lambda _saved: None)
        return dialog

    def record_reply(self) -> None:
        mode, text = str(self.mode.currentData()), self.reply.text()

        def done(_result: object) -> None:
            self.tell(self.tr("Reply recorded."), True)
            self.replied.setText(self.tr("Answered (%1): %2").replace(
                "%1", self._mode_label(mode)).replace("%2", text.strip()))
            self.replied.show()

        Op(self, self.backend, reply_case, self.detail.row.number, mode, text).busy(
            self.reply_button).done(done).failed(
            lambda exc: self.tell(tr(exc.message), False)).run()
