"""The service desk's further screens through the GUI: a unit's history (产品履历) from the
repair order and from the inspection dialog; part replacement claims filed with photos by a
dealer, decided and written off by the technical department; an incident application from a
case (suggested at the repeat-repair threshold) and a complaint's written reply."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QImage
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from desktop.core.model import PartClaim, ServicePhoto
from desktop.core.rules.service import ClaimState, IncidentKind, IncidentState, Settle
from desktop.core.services.inspection.verdicts import inspection_sheet
from desktop.core.services.returns.query import ReturnQuery, list_requests
from desktop.core.services.service.claims import list_part_claims
from desktop.core.services.service.incidents import get_incident, list_incidents
from desktop.core.services.service.query import CaseQuery, get_case, list_cases
from desktop.core.store.db import Database
from desktop.ui.inspection.dialog import InspectionDialog
from desktop.ui.pages import pages_for
from desktop.ui.repairs.forms import RepairOrderDialog
from desktop.ui.repairs.page import RepairsPage
from desktop.ui.service.cases import CasesPage
from desktop.ui.service.claims import ClaimDialog, ClaimsPage, DecisionDialog
from desktop.ui.service.detail import CaseDialog
from desktop.ui.service.followup import IncidentApplyDialog
from desktop.ui.service.units import UnitHistoryDialog
from tests.ui.conftest import WindowFor, settle, shot, type_text
from tests.ui.forms import click_save, closed


def test_unit_history_from_the_repair_order(window_for: WindowFor, qtbot: QtBot) -> None:
    tech = window_for("tech")
    page = tech.show_page("repairs")
    assert isinstance(page, RepairsPage)
    settle(qtbot)
    row = next(r for r in page.model.rows() if r.serial == "SN-FL-0900")
    page.open_row(row)
    settle(qtbot)
    order = page.last_dialog
    assert isinstance(order, RepairOrderDialog)
    assert order.history_button.isVisibleTo(order)
    assert order.history_button.text() == "产品履历…"
    qtbot.mouseClick(order.history_button, Qt.MouseButton.LeftButton)
    settle(qtbot)
    shown = order.history_dialog
    assert isinstance(shown, UnitHistoryDialog)
    assert shown.view.key.text() == "SN-FL-0900"
    assert shown.view.table.rowCount() == 3  # its two repairs and its case
    assert "服务单" in [shown.view.table.text(r, 1) for r in range(3)]
    shot(shown, "unit-from-repair.png")
    order.reject()


def test_unit_history_from_the_inspection(window_for: WindowFor, qtbot: QtBot) -> None:
    tech = window_for("tech")
    numbers = [r.number for r in tech.backend.call(list_requests, ReturnQuery())]
    number = next(n for n in numbers
                  if any(i.serials for i in tech.backend.call(inspection_sheet, n).items))
    dialog = InspectionDialog(tech.backend, number)
    qtbot.addWidget(dialog)
    dialog.show()
    settle(qtbot)
    assert dialog.history_button.isVisible()
    assert not dialog.history_button.isEnabled()  # nothing selected yet
    assert dialog.sheet is not None
    index, item = next((i, it) for i, it in enumerate(dialog.sheet.items) if it.serials)
    dialog.items.selectRow(index)
    assert dialog.history_button.isEnabled()
    qtbot.mouseClick(dialog.history_button, Qt.MouseButton.LeftButton)
    settle(qtbot)
    shown = dialog.last_dialog
    assert isinstance(shown, UnitHistoryDialog)
    assert shown.view.key.text() == item.serials[0]
    assert shown.view.table.rowCount() >= 1
    assert "退货" in [shown.view.table.text(r, 1) for r in range(shown.view.table.rowCount())]
    dialog.accept()


def _photo(tmp_path: Path) -> Path:
    path = tmp_path / "driver.png"
    image = QImage(40, 30, QImage.Format.Format_RGB32)
    image.fill(0x884422)
    assert image.save(str(path))
    return path


def _claims(window: object, qtbot: QtBot) -> ClaimsPage:
    page = window.show_page("part_claims")  # type: ignore[attr-defined]
    assert isinstance(page, ClaimsPage)
    settle(qtbot)
    return page


def _claim_photos(db: Database, number: str) -> list[str]:
    with db.read() as session:
        return list(session.scalars(select(ServicePhoto.filename).join(
            PartClaim, PartClaim.id == ServicePhoto.claim_id).where(PartClaim.number == number)))


def test_a_dealer_files_a_claim_with_a_photo(window_for: WindowFor, qtbot: QtBot,
                                             tmp_path: Path) -> None:
    dealer = window_for("dealer")
    page = _claims(dealer, qtbot)
    before = page.model.rowCount()
    assert before >= 1
    assert page.model.data(page.model.index(0, 7)) == "可丢弃"  # the demo's is written off
    qtbot.mouseClick(page.new_button, Qt.MouseButton.LeftButton)
    settle(qtbot)
    form = QApplication.activeModalWidget()
    assert isinstance(form, ClaimDialog)
    form.quantity.setValue(0)
    type_text(qtbot, form.part, "DR-12")
    click_save(qtbot, form)
    assert "数量" in form.error.text()  # refused in words, the form stays
    form.quantity.setValue(1)
    type_text(qtbot, form.reason, "现场更换驱动电源")
    form.photos.add_file(_photo(tmp_path))
    assert form.photos.names.text() == "driver.png"
    shot(form, "claim-form.png")
    click_save(qtbot, form)
    assert closed(form)
    qtbot.waitUntil(lambda: page.model.rowCount() == before + 1, timeout=3000)
    number = page.model.row_at(0).number
    assert "核销前请保留旧件" in page.message.text()
    assert page.model.data(page.model.index(0, 7)) == "保留旧件（待核销）"  # S4: keep it
    db = dealer.backend.db  # type: ignore[attr-defined]
    assert _claim_photos(db, number) == ["driver.png"]
    page.resize(1100, 300)
    shot(page, "claims.png")


def test_the_technical_department_accepts_and_writes_off(window_for: WindowFor,
                                                         qtbot: QtBot) -> None:
    tech = window_for("tech")
    page = _claims(tech, qtbot)
    assert not page.new_button.isVisible()  # the dealer files, HQ decides
    row = next(r for r in page.model.rows() if r.state == ClaimState.CLAIMED)
    page.open_row(row)
    dialog = page.last_dialog
    assert isinstance(dialog, DecisionDialog)
    assert not dialog.write_off_button.isVisibleTo(dialog)
    shot(dialog, "claim-decide.png")
    qtbot.mouseClick(dialog.accept_button, Qt.MouseButton.LeftButton)
    settle(qtbot)
    assert closed(dialog)
    assert "已认可" in page.message.text()
    qtbot.waitUntil(lambda: next(r for r in page.model.rows() if r.number == row.number).state
                    == ClaimState.ACCEPTED, timeout=3000)
    accepted = next(r for r in page.model.rows() if r.number == row.number)
    page.open_row(accepted)
    again = page.last_dialog
    assert isinstance(again, DecisionDialog)
    assert not again.accept_button.isVisibleTo(again)
    again.settle.setCurrentIndex(again.settle.findData(Settle.CREDIT))
    qtbot.mouseClick(again.write_off_button, Qt.MouseButton.LeftButton)
    settle(qtbot)
    assert closed(again)
    assert "可丢弃旧件" in page.message.text()
    claims = tech.backend.call(list_part_claims)
    done = next(c for c in claims if c.number == row.number)
    assert done.state == ClaimState.WRITTEN_OFF
    assert done.may_discard
    assert done.credit > 0
    assert "part_claims" not in [p.key for p in pages_for(window_for("service").actor)]


def _case(window: object, qtbot: QtBot, serial: str) -> CaseDialog:
    number = next(r.number for r in window.backend.call(  # type: ignore[attr-defined]
        list_cases, CaseQuery(text=serial)))
    page = window.show_page("service_cases")  # type: ignore[attr-defined]
    assert isinstance(page, CasesPage)
    page.open_case(number)
    settle(qtbot)
    dialog = page.last_dialog
    assert isinstance(dialog, CaseDialog)
    return dialog


def test_the_repeat_repair_case_suggests_an_incident_application(
        window_for: WindowFor, qtbot: QtBot, tmp_path: Path) -> None:
    service = window_for("service")
    case = _case(service, qtbot, "SN-FL-0900")
    assert case.follow.suggestion.isVisibleTo(case)
    assert "重大质量事故" in case.follow.suggestion.text()
    shot(case, "case-suggests.png")
    qtbot.mouseClick(case.follow.apply_button, Qt.MouseButton.LeftButton)
    settle(qtbot)
    form = case.follow.last_dialog
    assert isinstance(form, IncidentApplyDialog)
    assert "M26" in form.justification.toPlainText()  # the earlier repairs, said for them
    form.kind.set_value(IncidentKind.REFUND)
    form.amount.setText("一千")
    click_save(qtbot, form)
    assert "数字" in form.error.text()  # refused in words, the form stays
    form.amount.setText("1280.00")
    form.photos.add_file(_photo(tmp_path))
    shot(form, "incident-apply.png")
    click_save(qtbot, form)
    assert closed(form)
    assert "已提交管理层" in case.error.text()
    applied = next(i for i in service.backend.call(list_incidents)
                   if i.case_number == case.detail.row.number and i.kind == IncidentKind.REFUND)
    assert applied.amount == Decimal("1280.00")
    assert applied.state == IncidentState.APPLIED
    assert len(service.backend.call(get_incident, applied.number).photos) == 1
    tech_case = _case(window_for("tech"), qtbot, "SN-FL-0900")
    assert not tech_case.follow.apply_button.isVisibleTo(tech_case)  # customer service applies


def test_the_written_reply_of_a_complaint_is_recorded(window_for: WindowFor,
                                                      qtbot: QtBot) -> None:
    service = window_for("service")
    case = _case(service, qtbot, "SN-DL-0001")
    assert case.detail.complaint
    follow = case.follow
    assert follow.reply_button.isVisibleTo(case)
    qtbot.mouseClick(follow.reply_button, Qt.MouseButton.LeftButton)
    settle(qtbot)
    assert "答复" in case.error.text() or "回复" in case.error.text()  # nothing said: refused
    type_text(qtbot, follow.reply, "已书面致歉并免费上门更换")
    qtbot.mouseClick(follow.reply_button, Qt.MouseButton.LeftButton)
    settle(qtbot)
    assert case.error.text() == "答复已记录。"
    assert "已书面致歉" in follow.replied.text()
    saved = service.backend.call(get_case, case.detail.row.number)
    assert (saved.reply_mode, saved.reply) == ("written", "已书面致歉并免费上门更换")
    shot(case, "case-reply.png")
    again = _case(service, qtbot, "SN-DL-0001")
    assert "书面" in again.follow.replied.text()
