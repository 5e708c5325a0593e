"""The settlement form's freight (A7) through the GUI: the bill and the reimbursement are typed
for a safety verdict, nonsense is refused beside the field in Chinese, and the request then
shows both amounts; without an A7 verdict the freight fields stay closed."""

from __future__ import annotations

from decimal import Decimal

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QDialogButtonBox, QLineEdit
from pytestqt.qtbot import QtBot

from desktop.core.rules.inspection import Verdict, VerdictInput
from desktop.core.services.inspection.verdicts import (
    add_verdict,
    finish_inspection,
    inspection_sheet,
)
from desktop.core.services.returns.filing import LineInput
from desktop.core.store.db import Database
from desktop.ui.inspection.dialog import InspectionDialog
from desktop.ui.inspection.settle import SettlementDialog
from tests.conftest import as_user
from tests.db.returns_helpers import counted, good_line
from tests.ui.conftest import backend_for, settle, type_text


def _inspected(db: Database, verdict: Verdict, code: str = "SP-0702") -> str:
    tech = as_user(db, "tech")
    number = counted(db, LineInput(code, 2, "20250610", good_line().kind, "冒烟"))
    add_verdict(db, tech, number, code, VerdictInput(verdict, 2))
    finish_inspection(db, tech, number)
    return number


def _form(qtbot: QtBot, db: Database, number: str) -> SettlementDialog:
    sheet = inspection_sheet(db, as_user(db, "order"), number)
    form = SettlementDialog(backend_for(db, "order"), sheet)
    qtbot.addWidget(form)
    form.show()
    settle(qtbot)
    return form


def type_over(qtbot: QtBot, edit: QLineEdit, text: str) -> None:
    edit.clear()
    type_text(qtbot, edit, text)


def _save(qtbot: QtBot, form: SettlementDialog) -> None:
    qtbot.mouseClick(form.buttons.button(QDialogButtonBox.StandardButton.Save),
                     Qt.MouseButton.LeftButton)
    settle(qtbot)


def test_the_freight_bill_and_reimbursement_are_typed_and_checked(
        ui: QApplication, qtbot: QtBot, sqlite_demo_db: Database) -> None:
    number = _inspected(sqlite_demo_db, Verdict.SAFETY)
    form = _form(qtbot, sqlite_demo_db, number)
    assert form.freight_bill.isEnabled()
    assert form.freight_paid.isEnabled()
    assert "A7" in form.offer_label.text()
    type_over(qtbot, form.freight_bill, "86.50")
    type_over(qtbot, form.freight_paid, "九十")
    _save(qtbot, form)
    assert "200.00" in form.error.text()
    assert form.isVisible()
    type_over(qtbot, form.freight_paid, "90")
    _save(qtbot, form)
    assert "不能超过运费单" in form.error.text()
    assert form.isVisible()
    assert form.freight_bill.hasFocus()
    form.grab().save("/tmp/a7/settle_freight.png")
    type_over(qtbot, form.freight_paid, "80")
    _save(qtbot, form)
    assert not form.isVisible()
    assert form.result_value.freight_paid == Decimal("80.00")
    shown = InspectionDialog(backend_for(sqlite_demo_db, "dealer"), number)
    qtbot.addWidget(shown)
    shown.show()
    settle(qtbot)
    assert "运费单 86.50，报销 80.00" in shown.summary.text()
    shown.grab().save("/tmp/a7/settled_freight.png")


def test_without_an_a7_verdict_the_freight_stays_closed(
        ui: QApplication, qtbot: QtBot, sqlite_demo_db: Database) -> None:
    form = _form(qtbot, sqlite_demo_db, _inspected(sqlite_demo_db, Verdict.NO_FAULT, "DL-0705"))
    assert not form.freight_bill.isEnabled()
    assert not form.freight_paid.isEnabled()
    _save(qtbot, form)
    assert not form.isVisible()
    assert form.result_value.freight_bill is None


def test_the_turnover_charge_and_its_reason_are_shown(
        ui: QApplication, qtbot: QtBot, sqlite_demo_db: Database) -> None:
    """S2: the demo's D-SH01 lacks DR-07 of DL-0705 and never asked for it."""
    form = _form(qtbot, sqlite_demo_db, _inspected(sqlite_demo_db, Verdict.DEFECT, "DL-0705"))
    assert "周转配件" in form.offer_label.text()
    assert "DR-07" in form.offer_label.text()
    form.grab().save("/tmp/a7/settle_turnover.png")
    _save(qtbot, form)
    assert form.result_value.turnover_charge > 0
