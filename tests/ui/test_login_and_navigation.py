"""Logging in through the dialog, and a main window that shows each role only its pages."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from pytestqt.qtbot import QtBot

from desktop.ui.app import Shell
from tests.ui.conftest import WindowFor


def test_the_login_dialog_shows_the_demo_logins_and_the_database(shell: Shell,
                                                                 qtbot: QtBot) -> None:
    dialog = shell.start()
    assert QTest.qWaitForWindowExposed(dialog)
    assert dialog.windowTitle() == "ReturnDesk 售后返修管理 — 登录"
    from PySide6.QtWidgets import QLabel, QTableWidget

    qtbot.waitUntil(lambda: dialog.findChild(QTableWidget, "demoLogins") is not None)
    logins = dialog.findChild(QTableWidget, "demoLogins")
    assert logins is not None
    assert logins.rowCount() == 11
    assert {logins.item(r, 0).text() for r in range(11)} >= {"admin", "dealer", "warehouse"}
    database = dialog.findChild(QLabel, "databaseLabel")
    assert database.text().startswith("数据库：SQLite")


def test_a_wrong_password_is_answered_in_chinese_and_the_button_waits(shell: Shell,
                                                                       qtbot: QtBot) -> None:
    dialog = shell.start()
    qtbot.keyClicks(dialog.login_edit, "order")
    qtbot.keyClicks(dialog.password_edit, "wrong-password")
    qtbot.mouseClick(dialog.login_button, Qt.MouseButton.LeftButton)
    assert not dialog.login_button.isEnabled()  # while the password is checked
    qtbot.waitUntil(lambda: dialog.message.text() != "")
    assert dialog.message.text() == "用户名或密码错误，或账号已停用。"
    assert dialog.password_edit.text() == ""
    assert dialog.login_edit.text() == "order"
    assert not dialog.login_button.isEnabled()
    assert dialog.login_button.text().startswith("请等待")
    qtbot.waitUntil(dialog.login_button.isEnabled, timeout=5000)
    assert dialog.login_button.text() == "登录"


def test_logging_in_opens_the_main_window(shell: Shell, qtbot: QtBot) -> None:
    dialog = shell.start()
    qtbot.keyClicks(dialog.login_edit, "dealer")
    qtbot.keyClicks(dialog.password_edit, "demo1234")
    with qtbot.waitSignal(dialog.logged_in, timeout=5000):
        qtbot.keyClick(dialog.password_edit, Qt.Key.Key_Return)
    assert shell.window is not None
    assert shell.window.actor.login == "dealer"
    assert QTest.qWaitForWindowExposed(shell.window)


NAVIGATION = {
    "admin": ["工作台", "组织机构", "用户", "产品", "配件", "政策参数", "工作日历"],
    "dealer": ["工作台", "服务单", "配件更换核销", "我的退货申请", "检验结果",
               "配件库存", "配件申请", "周转缺口", "运输异常", "客诉联络单", "统计数据",
               "质保查询", "产品目录"],
    "east": ["工作台", "区域审核", "统计数据", "产品目录"],
    "order": ["工作台", "产品履历", "订单部审批", "全部退货申请", "结算", "运输异常", "客诉联络单",
              "统计数据", "产品目录"],
    "warehouse": ["工作台", "收货台", "全部退货申请", "运输异常", "产品目录"],
    "tech": ["工作台", "服务单", "产品履历", "配件更换核销", "全部退货申请", "检验",
             "维修单", "配件库存", "配件申请", "周转缺口", "停产保留库存", "产品目录"],
    "service": ["工作台", "待回访", "服务单", "产品履历", "配件库存", "配件申请", "周转缺口",
                "停产保留库存", "客诉联络单", "质保查询", "产品目录"],
    "manager": ["工作台", "服务单", "重大质量事故审批", "全部退货申请", "统计数据", "产品目录"],
}


@pytest.mark.parametrize(("login_name", "expected"), list(NAVIGATION.items()))
def test_navigation_shows_only_what_the_role_may_use(window_for: WindowFor, login_name: str,
                                                     expected: list[str]) -> None:
    window = window_for(login_name)
    shown = [window.nav.item(i).text() for i in range(window.nav.count())]
    assert shown == expected


def test_the_status_bar_says_who_where_and_which_database(window_for: WindowFor) -> None:
    window = window_for("dealer")
    assert window.user_label.text() == "明辉照明 张伟 (经销商人员)"
    assert window.org_label.text() == "上海明辉照明经营部 [D-SH01]"
    assert window.db_label.text().startswith("SQLite ")
    assert window.db_label.text().endswith("returndesk.db")


def test_logging_out_returns_to_the_login(shell: Shell, qtbot: QtBot) -> None:
    dialog = shell.start()
    dialog._use_demo("admin", "demo1234")
    qtbot.waitUntil(lambda: shell.window is not None)
    window = shell.window
    assert window is not None
    window.log_out()
    assert shell.window is None
    assert shell.login_dialog is not None
    assert shell.login_dialog is not dialog
    assert QTest.qWaitForWindowExposed(shell.login_dialog)
