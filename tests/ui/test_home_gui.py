"""The first screen is the day's work (issue 14): per role, each tile's count equals the rows
of the list it opens, the counts follow changes, and the page is photographed per role."""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from desktop.core.services.home.day import Work
from desktop.core.store.db import Database
from desktop.ui.home.page import HomePage
from desktop.ui.main_window import MainWindow
from desktop.ui.widgets.list_page import ListPage
from tests.db.home_world import EXPECTED, build_day
from tests.ui.conftest import backend_for, settle

# Screenshots to look at: RETURNDESK_SHOTS=folder pytest tests/ui/test_home_gui.py
SHOTS = os.environ.get("RETURNDESK_SHOTS")


@pytest.fixture
def day_db(templates, tmp_path: Path) -> Database:  # type: ignore[no-untyped-def]
    import shutil

    path = tmp_path / "returndesk.db"
    shutil.copyfile(templates.sqlite(False), path)
    db = Database(f"sqlite:///{path}")
    build_day(db)
    yield db  # type: ignore[misc]
    db.dispose()


def _window(qtbot: QtBot, db: Database, login: str) -> tuple[MainWindow, HomePage]:
    window = MainWindow(backend_for(db, login), "zh_CN")
    qtbot.addWidget(window)
    window.show()
    settle(qtbot)
    home = window.built["home"]
    assert isinstance(home, HomePage)
    return window, home


@pytest.mark.parametrize("login", sorted(EXPECTED))
def test_each_tile_opens_exactly_what_it_counts(ui: QApplication, qtbot: QtBot,
                                                day_db: Database, login: str) -> None:
    window, home = _window(qtbot, day_db, login)
    shown = {work.value: tile.count for work, tile in home.tiles.items()}
    assert shown == EXPECTED[login]
    if SHOTS:
        Path(SHOTS).mkdir(parents=True, exist_ok=True)
        window.grab().save(str(Path(SHOTS) / f"home_{login}.png"))
    for work, tile in home.tiles.items():
        window.show_page("home")
        tile.click()
        settle(qtbot)
        page = window.stack.currentWidget()
        assert isinstance(page, ListPage), work
        qtbot.waitUntil(lambda p=page: not p.model.canFetchMore())
        assert page.model.rowCount() == tile.count, (login, work)
        if page.focus is not None:
            assert page._focus_bar.isVisible()


def test_counts_follow_work_done_at_another_desk(ui: QApplication, qtbot: QtBot,
                                                 day_db: Database) -> None:
    from desktop.core.rules.workflow import Action
    from desktop.core.services.returns.flow import transition
    from desktop.core.services.returns.query import ReturnQuery, list_requests
    from desktop.core.services.returns.queues import RequestView
    from tests.conftest import as_user

    _, home = _window(qtbot, day_db, "order")
    assert home.tiles[Work.APPROVALS].count == 1
    order = as_user(day_db, "order")
    waiting = list_requests(day_db, order, ReturnQuery(view=RequestView.APPROVE))
    transition(day_db, order, waiting[0].number, Action.APPROVE)  # another desk approves
    qtbot.waitUntil(lambda: home.tiles[Work.APPROVALS].count == 0, timeout=10000)
    assert home.tiles[Work.APPROVALS].number.text() == "0"  # shown, calmly, not hidden
    assert home.tiles[Work.APPROVALS].isVisible()
