"""Switching between 简体中文 and English, no English left in the Chinese screens, and the
idle lock."""

from __future__ import annotations

import re

import pytest
import shiboken6
from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QLabel,
    QLineEdit,
    QTableView,
    QWidget,
)
from pytestqt.qtbot import QtBot

from desktop.core.services.admin.catalogue import list_parts
from desktop.core.services.admin.orgs import org_choices
from desktop.core.services.kernel.listing import ListQuery
from desktop.ui.admin.orgs import PARENT_CHOICES, OrgDialog
from desktop.ui.admin.policy import CalendarDayDialog
from desktop.ui.admin.product_forms import PartDialog, ProductDialog
from desktop.ui.admin.users import USER_ORG_KINDS, UserDialog
from desktop.ui.app import Shell
from desktop.ui.main_window import MainWindow
from tests.ui.conftest import WindowFor, settle

# Words that may stay in Latin letters on a Chinese screen: names, codes and data.
ALLOWED = {"ReturnDesk", "SQLite", "English", "demo1234", "system", "COB", "SMD", "LED",
           "returndesk", "admin"}
WORD = re.compile(r"[A-Za-z]{3,}")


def visible_texts(root: QWidget) -> list[str]:
    """The interface's own words: window titles, labels, buttons, placeholders, headers, menus."""
    texts = [root.windowTitle()]
    for widget in root.findChildren(QWidget):
        if not widget.isVisibleTo(root):
            continue
        if isinstance(widget, (QLabel, QAbstractButton)):
            texts.append(widget.text())
        if isinstance(widget, QLineEdit):
            texts.append(widget.placeholderText())
        if isinstance(widget, QTableView) and widget.model() is not None:
            model = widget.model()
            texts += [str(model.headerData(c, Qt.Orientation.Horizontal))
                      for c in range(model.columnCount())]
    if isinstance(root, MainWindow):
        texts += [a.text() for a in root.menuBar().actions()]
        texts += [a.text() for m in root.menuBar().actions() if m.menu()
                  for a in m.menu().actions()]
    return texts


def english_words(texts: list[str], data: set[str]) -> set[str]:
    found = set()
    for text in texts:
        if text in data:
            continue
        found |= {w for w in WORD.findall(text) if w not in ALLOWED and not w.isupper()}
    return found


@pytest.mark.parametrize("login_name", ["dealer", "east", "order", "service", "warehouse"])
def test_no_english_on_any_chinese_screen_of_a_role(window_for: WindowFor,
                                                    login_name: str) -> None:
    window = window_for(login_name)
    data = {window.db_label.text(), window.db.describe()}
    for key in window.page_keys():
        window.show_page(key)
        assert english_words(visible_texts(window), data) == set(), key


def test_no_english_on_any_chinese_admin_screen(window_for: WindowFor, qtbot: QtBot) -> None:
    window = window_for("admin")
    data = {window.db_label.text(), window.db.describe()}
    for key in window.page_keys():
        window.show_page(key)
        assert english_words(visible_texts(window), data) == set(), key
    db, actor, backend = window.db, window.actor, window.backend
    dialogs = [OrgDialog(backend, None, org_choices(db, actor, PARENT_CHOICES)),
               UserDialog(backend, None, org_choices(db, actor, USER_ORG_KINDS)),
               ProductDialog(backend, None, list_parts(db, actor, ListQuery(limit=1000))),
               PartDialog(backend, None), CalendarDayDialog(backend)]
    for dialog in dialogs:
        qtbot.addWidget(dialog)
        dialog.show()
        texts = [t for t in visible_texts(dialog) if "  " not in t]  # list items hold data
        assert english_words(texts, data) == set(), type(dialog).__name__


def test_switching_to_english_and_back(shell: Shell, qtbot: QtBot) -> None:
    shell.start()._use_demo("admin", "demo1234")
    qtbot.waitUntil(lambda: shell.window is not None)
    window = shell.window
    assert window is not None
    window.show_page("policy")
    window.language_actions["en"].trigger()
    english = shell.window
    assert english is not None
    assert english is not window
    assert english.nav.item(0).text() == "Home"
    assert english.nav.item(english.nav.currentRow()).text() == "Policy settings"
    assert english.user_label.text() == "系统管理员 (Administrator)"
    english.language_actions["zh_CN"].trigger()
    chinese = shell.window
    assert chinese is not None
    assert chinese.nav.item(0).text() == "工作台"


def test_the_login_dialog_switches_language(shell: Shell) -> None:
    dialog = shell.start()
    dialog.language.setCurrentIndex(dialog.language.findData("en"))
    assert shell.login_dialog is not None
    assert shell.login_dialog.login_button.text() == "Log in"


def test_idle_time_locks_the_screen_until_the_password(window_for: WindowFor,
                                                       qtbot: QtBot) -> None:
    window = window_for("order")
    settle(qtbot)
    assert window.idle.seconds == 15 * 60  # the policy setting
    window.idle.seconds = 0
    window.idle.check()
    dialog = window.lock_dialog
    assert dialog is not None
    assert not window.centralWidget().isVisible()
    dialog.reject()  # Escape does not unlock
    assert window.lock_dialog is dialog
    qtbot.keyClicks(dialog.password, "not-it-at-all")
    qtbot.mouseClick(dialog.unlock_button, Qt.MouseButton.LeftButton)
    settle(qtbot)
    assert dialog.message.text() == "密码错误。"
    assert not window.centralWidget().isVisible()


def test_unlocking_with_the_password_shows_the_content_again(window_for: WindowFor,
                                                             qtbot: QtBot) -> None:
    window = window_for("tech")
    window.lock()
    dialog = window.lock_dialog
    assert dialog is not None
    qtbot.keyClicks(dialog.password, "demo1234")
    qtbot.mouseClick(dialog.unlock_button, Qt.MouseButton.LeftButton)
    settle(qtbot)
    assert window.lock_dialog is None
    assert window.centralWidget().isVisible()
    assert not shiboken6.isValid(dialog) or not dialog.isVisible()
