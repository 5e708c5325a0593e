"""Transport exceptions through the GUI: a dealer records a shortage, the order department
decides, the dealer sees the decision and prints the record for the carrier."""

from __future__ import annotations

from pathlib import Path

import shiboken6
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QDialogButtonBox
from pytestqt.qtbot import QtBot

from desktop.core.rules.transport import Decision, ExceptionState
from desktop.core.services.transport.exceptions import get_exception
from desktop.ui.main_window import MainWindow
from desktop.ui.transport.detail import ExceptionDetailDialog
from desktop.ui.transport.page import ExceptionDialog, TransportPage
from desktop.ui.transport.signature import SignatureDialog
from desktop.ui.widgets.list_page import ListPage
from tests.ui.conftest import WindowFor, settle, type_text
from tests.ui.forms import answer, closed


def _save(qtbot: QtBot, dialog: object) -> None:
    button = dialog.buttons.button(QDialogButtonBox.StandardButton.Save)  # type: ignore[attr-defined]
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    settle(qtbot)


def detail_dialog(qtbot: QtBot, window: MainWindow, number: str) -> ExceptionDetailDialog:
    """The record's dialog as its page opens it: the detail read first, then shown."""
    detail = get_exception(window.backend.db, window.actor, number)
    dialog = ExceptionDetailDialog(window.backend, number, detail)
    qtbot.addWidget(dialog)
    return dialog


def test_record_decide_and_print(window_for: WindowFor, qtbot: QtBot, tmp_path: Path) -> None:
    dealer = window_for("dealer")
    page = dealer.show_page("transport")
    assert isinstance(page, ListPage)
    settle(qtbot)
    before = page.model.rowCount()
    qtbot.mouseClick(page.new_button, Qt.MouseButton.LeftButton)
    settle(qtbot)  # the form opens once the carriers and models are read
    form = QApplication.activeModalWidget()
    assert isinstance(form, ExceptionDialog)
    form.model.setCurrentIndex(form.model.findData("DL-0705"))
    form.quantity.setValue(3)
    form.signed.setChecked(True)
    _save(qtbot, form)
    assert form.error.text() == "请填写承运方签字人姓名。"
    type_text(qtbot, form.signer, "司机 王五")
    type_text(qtbot, form.description, "少 3 件")
    _save(qtbot, form)
    assert not shiboken6.isValid(form) or not form.isVisible()  # saved and closed
    qtbot.waitUntil(lambda: page.model.rowCount() == before + 1, timeout=3000)
    number = page.model.row_at(0).number
    orders = window_for("order").show_page("transport")
    assert isinstance(orders, TransportPage)
    orders.open_record(number)  # read, then shown
    settle(qtbot)
    decision = orders.last_dialog
    assert isinstance(decision, ExceptionDetailDialog)
    assert not decision.return_button.isVisible()  # a shortage, and not HQ's own delivery
    decision.decision.set_value(Decision.FULL_CREDIT)
    decision.amount.setText("138")
    _save(qtbot, decision)
    said = answer(qtbot, decision, go_ahead=False)  # irreversible: it asks first, and waits
    assert said == f"确定对 上海明辉照明经营部 的 {number} 作出处理：全额冲帐 ¥138？" \
        "上海明辉照明经营部 会立即看到处理结果，之后不能再更改。"
    assert decision.isVisible()
    assert dealer.backend.call(get_exception, number).row.state == ExceptionState.RECORDED
    decision.amount.clear()
    _save(qtbot, decision)
    answer(qtbot, decision)
    assert decision.error.text() == "冲帐须填写金额。"
    decision.amount.setText("138")
    _save(qtbot, decision)
    answer(qtbot, decision)
    assert closed(decision)
    assert orders.message.text() == f"{number} 已处理：全额冲帐。"  # the page says what it did
    seen = get_exception(dealer.backend.db, dealer.actor, number)
    assert seen.row.state == ExceptionState.DECIDED
    assert seen.row.decision == Decision.FULL_CREDIT
    mine = detail_dialog(qtbot, dealer, number)
    assert not mine.deciding  # the dealer sees the decision, does not make it
    from desktop.demo.returns import demo_photo

    (tmp_path / "signed.png").write_bytes(demo_photo(7))
    (tmp_path / "notes.txt").write_text("not a photo", encoding="utf-8")
    with qtbot.waitSignal(mine.photo_added, timeout=5000):
        mine.add_photo_file(tmp_path / "signed.png")
    assert "signed.png" in mine.error.text()  # said, in green
    assert len(get_exception(dealer.backend.db, dealer.actor, number).photos) == 1
    mine.add_photo_file(tmp_path / "notes.txt")
    settle(qtbot)
    assert "照片" in mine.error.text()
    assert len(get_exception(dealer.backend.db, dealer.actor, number).photos) == 1
    with qtbot.waitSignal(mine.pdf_saved, timeout=5000) as saved:
        mine.save_pdf_to(tmp_path / "record.pdf")
    assert saved.args == [tmp_path / "record.pdf"]
    assert (tmp_path / "record.pdf").read_bytes().startswith(b"%PDF")


def test_damage_opens_a_return_only_when_signed(window_for: WindowFor, qtbot: QtBot) -> None:
    from datetime import date

    from desktop.core.rules.transport import ExceptionKind
    from desktop.core.services.transport.exceptions import ExceptionForm, record_exception

    dealer = window_for("dealer")
    unsigned = record_exception(dealer.backend.db, dealer.actor, ExceptionForm(
        ExceptionKind.DAMAGE, date.today(), (("FL-0701", 1),)), date.today())
    dialog = detail_dialog(qtbot, dealer, unsigned)
    assert dialog.return_button.isVisibleTo(dialog)
    dialog.open_return()
    settle(qtbot)
    assert dialog.opened_return is None
    assert "签字" in dialog.error.text()


def test_unsigned_damage_is_signed_afterwards_then_credited(window_for: WindowFor,
                                                            qtbot: QtBot) -> None:
    """Bug 6 of #14: damage without the carrier's signature and the responsible party was
    credited in full; the dealer could not add them after filing."""
    from datetime import date

    from desktop.core.rules.transport import ExceptionKind
    from desktop.core.services.transport.exceptions import ExceptionForm, record_exception

    dealer = window_for("dealer")
    number = record_exception(dealer.backend.db, dealer.actor, ExceptionForm(
        ExceptionKind.DAMAGE, date.today(), (("FL-0701", 2),), description="灯罩碎裂"),
        date.today())
    orders = window_for("order").show_page("transport")
    assert isinstance(orders, TransportPage)
    orders.open_record(number)
    settle(qtbot)
    decision = orders.last_dialog
    assert isinstance(decision, ExceptionDetailDialog)
    assert "未签字" in decision.summary.text()
    assert not decision.signature_button.isVisible()  # the order department does not sign
    decision.decision.set_value(Decision.FULL_CREDIT)
    decision.amount.setText("200")
    _save(qtbot, decision)
    answer(qtbot, decision)
    assert decision.error.text().startswith("运输破损须凭承运方签字并写明责任单位的记录表")
    assert "border" in decision.decision.styleSheet()
    assert dealer.backend.call(get_exception, number).row.state == ExceptionState.RECORDED
    decision.close()

    mine = dealer.show_page("transport")
    assert isinstance(mine, TransportPage)
    mine.open_record(number)
    settle(qtbot)
    record = mine.last_dialog
    assert isinstance(record, ExceptionDetailDialog)
    assert record.signature_button.isVisible()
    qtbot.mouseClick(record.signature_button, Qt.MouseButton.LeftButton)
    form = record.signature_dialog
    assert isinstance(form, SignatureDialog)
    form.signed.setChecked(True)
    _save(qtbot, form)
    assert form.error.text() == "请填写承运方签字人姓名。"  # refused beside the field, kept
    assert form.signed.isChecked()
    type_text(qtbot, form.signer, "司机 赵六")
    type_text(qtbot, form.responsible, "德邦物流")
    _save(qtbot, form)
    assert closed(form)
    assert record.error.text() == f"{number} 的签字人与责任单位已保存。"
    assert "司机 赵六（已签字）" in record.summary.text()  # the record shows them at once
    assert "德邦物流" in record.summary.text()
    assert "△" not in record.summary.text()  # nothing stands in the way of a return now
    record.open_return()
    settle(qtbot)
    assert record.opened_return is not None
    assert not record.signature_button.isVisible()  # a return was made of it: it stays
    record.close()

    orders.open_record(number)
    settle(qtbot)
    decision = orders.last_dialog
    assert isinstance(decision, ExceptionDetailDialog)
    decision.decision.set_value(Decision.FULL_CREDIT)
    decision.amount.setText("200")
    _save(qtbot, decision)
    answer(qtbot, decision)
    assert closed(decision)
    assert dealer.backend.call(get_exception, number).row.decision == Decision.FULL_CREDIT


def test_no_model_chosen_asks_for_one(window_for: WindowFor, qtbot: QtBot) -> None:
    """7 of #14: it said "没有型号为  的产品。" with nothing between."""
    page = window_for("dealer").show_page("transport")
    assert isinstance(page, TransportPage)
    page.new_record()
    settle(qtbot)
    form = page.last_dialog
    assert isinstance(form, ExceptionDialog)
    assert form.model.currentText() == ""
    _save(qtbot, form)
    assert form.error.text() == "请选择型号。"
    assert "border" in form.model.styleSheet()
    form.model.setCurrentIndex(form.model.findData("DL-0705"))  # chosen: the refusal goes
    assert not form.error.isVisible()
