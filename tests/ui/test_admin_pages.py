"""Each admin list filters as you type; each form validates, keeps what was typed, and saves."""

from __future__ import annotations

import shiboken6
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QDialogButtonBox
from pytestqt.qtbot import QtBot

from desktop.core.rules.policy import POLICIES
from desktop.core.services.admin.catalogue import list_parts
from desktop.core.services.admin.orgs import list_orgs, org_choices
from desktop.core.services.kernel.listing import ListQuery
from desktop.ui.admin.orgs import PARENT_CHOICES, OrgDialog
from desktop.ui.admin.policy import CalendarDayDialog, SettingDialog
from desktop.ui.admin.product_forms import PartDialog, ProductDialog
from desktop.ui.admin.users import USER_ORG_KINDS, UserDialog
from desktop.ui.main_window import MainWindow
from desktop.ui.widgets.form import FormDialog
from desktop.ui.widgets.list_page import ListPage
from tests.ui.conftest import WindowFor, settle, type_text


def _page(window_for: WindowFor, qtbot: QtBot, key: str) -> ListPage:
    window = window_for("admin")
    page = window.show_page(key)
    assert isinstance(page, ListPage)
    settle(qtbot)
    return page


def closed(dialog: FormDialog) -> bool:
    """Saved and gone (a form opened by its page deletes itself once closed)."""
    return not shiboken6.isValid(dialog) or not dialog.isVisible()


def org_dialog(window: MainWindow, row: object, form: type[OrgDialog] = OrgDialog) -> OrgDialog:
    """The organisation form, with the parents it offers read as its opener reads them."""
    parents = org_choices(window.backend.db, window.actor, PARENT_CHOICES)
    return form(window.backend, row, parents)


def user_dialog(window: MainWindow) -> UserDialog:
    orgs = org_choices(window.backend.db, window.actor, USER_ORG_KINDS)
    return UserDialog(window.backend, None, orgs)


def product_dialog(window: MainWindow, row: object) -> ProductDialog:
    parts = list_parts(window.backend.db, window.actor, ListQuery(limit=1000))
    return ProductDialog(window.backend, row, parts)


def _type_filter(qtbot: QtBot, page: ListPage, text: str, expected_rows: int) -> None:
    """Type into the filter and wait for the one database query after the last keystroke."""
    with qtbot.waitSignal(page.model.modelReset, timeout=3000):
        page.filter.clear()
        type_text(qtbot, page.filter, text)
    assert page.model.rowCount() == expected_rows


def _save(qtbot: QtBot, dialog: FormDialog) -> None:
    """Click Save and wait for the service's answer."""
    qtbot.mouseClick(dialog.buttons.button(QDialogButtonBox.StandardButton.Save),
                     Qt.MouseButton.LeftButton)
    settle(qtbot)


def test_organisations_filter_as_you_type(window_for: WindowFor, qtbot: QtBot) -> None:
    page = _page(window_for, qtbot, "orgs")
    assert page.model.rowCount() == 37
    _type_filter(qtbot, page, "上海", 3)
    assert page.count.text() == "显示 3 条"
    _type_filter(qtbot, page, "c-", 3)  # carriers, case-insensitive
    assert {r.name for r in page.model.rows()} == {"德邦物流", "顺丰速运", "安能物流"}


def test_a_new_organisation_through_the_new_button(window_for: WindowFor, qtbot: QtBot) -> None:
    page = _page(window_for, qtbot, "orgs")
    qtbot.mouseClick(page.new_button, Qt.MouseButton.LeftButton)
    settle(qtbot)  # the form opens once the parents to offer are read
    dialog = QApplication.activeModalWidget()
    assert isinstance(dialog, OrgDialog)
    type_text(qtbot, dialog.code, "D-WX01")
    dialog.kind.setCurrentIndex(dialog.kind.findData("dealer"))
    dialog.parent_org.setCurrentIndex(dialog.parent_org.findData("R-EAST"))
    _save(qtbot, dialog)
    # No name: refused beside the field, in Chinese, and the typed code is kept.
    assert dialog.isVisible()
    assert dialog.error.text() == "名称必须填写。"
    assert "border" in dialog.name.styleSheet()
    assert dialog.code.text() == "D-WX01"
    type_text(qtbot, dialog.name, "无锡新光照明")
    _save(qtbot, dialog)
    assert closed(dialog)
    assert page.message.text() == "组织 D-WX01 无锡新光照明 已保存。"  # it says it saved
    qtbot.waitUntil(lambda: page.model.rowCount() == 38, timeout=3000)  # the list, by itself
    _type_filter(qtbot, page, "无锡", 1)
    assert page.model.row_at(0).region_code == "R-EAST"


def test_a_stale_organisation_form_is_refused(window_for: WindowFor, qtbot: QtBot) -> None:
    window = window_for("admin")
    page = window.show_page("orgs")
    assert isinstance(page, ListPage)
    settle(qtbot)
    row = next(r for r in page.model.rows() if r.code == "D-HZ01")
    first, second = org_dialog(window, row), org_dialog(window, row)
    for dialog in (first, second):
        qtbot.addWidget(dialog)
        dialog.show()
    first.phone.setText("0571-1111111")
    _save(qtbot, first)
    second.phone.setText("0571-2222222")
    _save(qtbot, second)
    assert second.isVisible()
    assert "其他人已修改" in second.error.text()
    stored = list_orgs(window.backend.db, window.actor, ListQuery(text="D-HZ01"))[0]
    assert stored.phone == "0571-1111111"


def test_user_form_offers_only_fitting_organisations(window_for: WindowFor,
                                                     qtbot: QtBot) -> None:
    window = window_for("admin")
    dialog = user_dialog(window)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.role.setCurrentIndex(dialog.role.findData("dealer_staff"))
    offered = {dialog.org.itemData(i) for i in range(dialog.org.count())}
    assert "D-SH01" in offered
    assert "HQ" not in offered
    dialog.role.setCurrentIndex(dialog.role.findData("technician"))
    assert [dialog.org.itemData(i) for i in range(dialog.org.count())] == ["HQ"]
    type_text(qtbot, dialog.login, "liugong2")
    type_text(qtbot, dialog.password, "short")
    _save(qtbot, dialog)
    assert dialog.error.text() == "密码至少需要 8 个字符。"
    assert "border" in dialog.password.styleSheet()
    dialog.password.setText("long-enough-1")
    _save(qtbot, dialog)
    assert dialog.result_value.login == "liugong2"


def test_products_and_parts(window_for: WindowFor, qtbot: QtBot) -> None:
    page = _page(window_for, qtbot, "products")
    _type_filter(qtbot, page, "RS-", 11)
    window = page.window()
    assert isinstance(window, MainWindow)
    dialog = product_dialog(window, page.model.row_at(0))
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.price.setText("abc")
    _save(qtbot, dialog)
    assert dialog.error.text() == "单价须为不小于 0 的金额（元）。"
    dialog.price.setText("39.90")
    _save(qtbot, dialog)
    assert str(dialog.result_value.unit_price) == "39.90"
    assert dialog.result_value.warranty_months == 24
    parts = window.show_page("parts")
    assert isinstance(parts, ListPage)
    settle(qtbot)
    assert parts.model.rowCount() == 15
    part_dialog = PartDialog(window.backend, None)
    qtbot.addWidget(part_dialog)
    part_dialog.show()
    type_text(qtbot, part_dialog.part_no, "DR-12")
    type_text(qtbot, part_dialog.name, "重复")
    part_dialog.price.setText("1")
    _save(qtbot, part_dialog)
    assert part_dialog.error.text() == "编码 DR-12 已被使用。"


def test_policy_setting_is_changed_with_a_reason(window_for: WindowFor, qtbot: QtBot) -> None:
    page = _page(window_for, qtbot, "policy")
    assert page.model.rowCount() == len(POLICIES)
    _type_filter(qtbot, page, "工作日", 2)
    row = next(r for r in page.model.rows() if r.key == "returns.completion_working_days")
    window = page.window()
    assert isinstance(window, MainWindow)
    dialog = SettingDialog(window.backend, row)
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.value.suffix() == " 个工作日"
    dialog.value.setValue(6)
    type_text(qtbot, dialog.reason, "年底调整")
    _save(qtbot, dialog)
    assert dialog.result_value.value == 6
    assert dialog.result_value.updated_by == "admin"


def test_calendar_days(window_for: WindowFor, qtbot: QtBot) -> None:
    from PySide6.QtCore import QDate

    page = _page(window_for, qtbot, "calendar")
    before = page.model.rowCount()
    window = page.window()
    assert isinstance(window, MainWindow)
    dialog = CalendarDayDialog(window.backend)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.day.setDate(QDate(2026, 12, 26))  # a Saturday
    _save(qtbot, dialog)
    assert "本身是周末" in dialog.error.text()
    dialog.day.setDate(QDate(2026, 12, 31))
    type_text(qtbot, dialog.name, "年终盘点")
    _save(qtbot, dialog)
    qtbot.waitUntil(lambda: page.model.rowCount() == before + 1, timeout=3000)  # by itself
    page.table.selectRow(next(i for i, r in enumerate(page.model.rows()) if r.name == "年终盘点"))
    remove = next(b for b in page.findChildren(type(page.new_button)) if b.text() == "删除")
    qtbot.mouseClick(remove, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: page.model.rowCount() == before, timeout=3000)


def _edit_hangzhou(window_for: WindowFor, qtbot: QtBot,
                   form: type[OrgDialog]) -> tuple[MainWindow, OrgDialog]:
    """The admin's window and ``form`` open on the dealer D-HZ01."""
    window = window_for("admin")
    page = window.show_page("orgs")
    assert isinstance(page, ListPage)
    settle(qtbot)
    row = next(r for r in page.model.rows() if r.code == "D-HZ01")
    dialog = org_dialog(window, row, form)
    qtbot.addWidget(dialog)
    dialog.show()
    return window, dialog


def test_the_form_stops_typing_at_the_columns_length(window_for: WindowFor,
                                                      qtbot: QtBot) -> None:
    window, dialog = _edit_hangzhou(window_for, qtbot, OrgDialog)
    assert (dialog.name.maxLength(), dialog.phone.maxLength(), dialog.address.maxLength()) == (
        120, 40, 200)
    dialog.address.clear()
    qtbot.keyClicks(dialog.address, "A" * 205)
    assert dialog.address.text() == "A" * 200
    _save(qtbot, dialog)
    assert not dialog.isVisible()
    assert window.backend.call(list_orgs, ListQuery(text="D-HZ01"))[0].address == "A" * 200


def test_an_over_long_value_is_refused_beside_the_field_and_kept(window_for: WindowFor,
                                                                 qtbot: QtBot) -> None:
    """A form that does not know the limit: the store refuses in words, the form keeps it."""

    class UnlimitedOrgDialog(OrgDialog):
        limits_of = None

    window, dialog = _edit_hangzhou(window_for, qtbot, UnlimitedOrgDialog)
    address = "浙江省杭州市西湖区文三路" * 18  # 216 characters; the column keeps 200
    dialog.address.setText(address)
    _save(qtbot, dialog)
    assert dialog.isVisible()
    assert dialog.error.text() == (
        "“浙江省杭州市西湖区文三路…”太长：此处最多 200 个字符，现有 216 个。")
    assert "border" in dialog.address.styleSheet()
    assert dialog.address.text() == address  # nothing typed is lost
    stored = list_orgs(window.backend.db, window.actor, ListQuery(text="D-HZ01"))[0]
    assert stored.address != address
