"""Switching between 简体中文 and English, no English left in the Chinese screens, and the
idle lock."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
import shiboken6
from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QComboBox,
    QFileDialog,
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
from tests.ui.conftest import WindowFor, settle, shot

# Words that may stay in Latin letters on a Chinese screen: names, codes and data.
ALLOWED = {"ReturnDesk", "SQLite", "English", "demo1234", "system", "COB", "SMD", "LED",
           "returndesk", "admin", "Excel"}
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
    data = {window.db_label.text(), window.backend.db.describe()}
    for key in window.page_keys():
        window.show_page(key)
        assert english_words(visible_texts(window), data) == set(), key


def test_no_english_on_any_chinese_admin_screen(window_for: WindowFor, qtbot: QtBot) -> None:
    window = window_for("admin")
    data = {window.db_label.text(), window.backend.db.describe()}
    for key in window.page_keys():
        window.show_page(key)
        assert english_words(visible_texts(window), data) == set(), key
    db, actor, backend = window.backend.db, window.actor, window.backend
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


def _file_dialog_texts(dialog: QFileDialog) -> list[str]:
    """What the file dialog shows: its words, tooltips, choices, headers and the Type column."""
    texts = visible_texts(dialog)
    for widget in dialog.findChildren(QWidget):
        texts.append(widget.toolTip())
        if isinstance(widget, QComboBox):
            texts += [widget.itemText(i) for i in range(widget.count())]
        if isinstance(widget, QAbstractItemView) and widget.model() is not None:
            model, root = widget.model(), widget.rootIndex()
            texts += [str(model.data(model.index(r, c, root)) or "")
                      for r in range(model.rowCount(root)) for c in range(model.columnCount())]
    texts += [action.text() for action in dialog.findChildren(QAction)]
    return texts


def test_the_file_dialog_speaks_chinese(window_for: WindowFor, qtbot: QtBot,
                                        tmp_path: Path) -> None:
    """7 of #14: the file dialog said "Look in:", "Files of type:" and "Folder" beside its
    Chinese (Qt's own Chinese lacks Qt 6's strings); and the system's dialog speaks the
    system's language, not the one chosen here."""
    from desktop.core.services.complaints.sheets import get_sheet, list_sheets
    from desktop.demo.returns import demo_photo
    from desktop.ui.complaints.detail import SheetDetailDialog

    window = window_for("dealer")
    (tmp_path / "照片").mkdir()
    (tmp_path / "breakage.png").write_bytes(demo_photo(3))
    number = list_sheets(window.backend.db, window.actor, ListQuery())[0].number
    record = SheetDetailDialog(window.backend, number, window.backend.call(get_sheet, number))
    qtbot.addWidget(record)
    record.show()
    for dialog in (record.choose_pdf_name(), record.choose_photo()):
        assert dialog.testOption(QFileDialog.Option.DontUseNativeDialog)
        dialog.setDirectory(str(tmp_path))
        files = next(v for v in dialog.findChildren(QAbstractItemView)
                     if v.model() is not None and v.model().columnCount() == 4)
        qtbot.waitUntil(lambda v=files: v.model().rowCount(v.rootIndex()) >= 1, timeout=5000)
        data = {str(tmp_path), tmp_path.name, "照片", "breakage.png", f"{number}.pdf",
                "PDF (*.pdf)", "Photos (*.jpg *.jpeg *.png)", dialog.directory().dirName(),
                Path.home().name,  # the sidebar names the home folder
                QCoreApplication.translate("RecordDialog", "Photos (*.jpg *.jpeg *.png)")}
        texts = [t for t in _file_dialog_texts(dialog) if t not in data
                 and not re.fullmatch(r"[\d\s.:/-]+\s*\S*", t)]  # sizes and dates
        assert english_words(texts, data) == set(), texts
    shot(dialog, "file-dialog.png")
    name = dialog.findChild(QLineEdit, "fileNameEdit")
    assert name is not None
    qtbot.keyClicks(name, "breakage.png")
    with qtbot.waitSignal(record.photo_added, timeout=5000):
        qtbot.keyClick(name, Qt.Key.Key_Return)  # the chosen photo is attached
    assert record.error.text() == "照片 breakage.png 已添加。"


def test_qts_strings_that_its_chinese_lacks_come_from_ours(ui: object) -> None:
    """The kinds of file the dialog names on every platform (a drive, a Windows folder, a
    shortcut …), not only those this test machine shows."""
    from desktop.ui.qt_strings import translated

    assert [source for source, shown in translated() if shown == source] == []
    assert dict(translated())["Folder"] == "文件夹"
