"""A clerk's morning at the receiving desk (issue 14): ``--station receiving`` as ``warehouse``,
pallets of boxes scanned with the focus moved around between them (a list clicked, a tab, the
navigation, the request-number field, the count dialog opened and closed, the lists read
again), bursts scanned faster than the database answers, and boxes that must be set aside,
each with its own reason.  Every scan is answered once, in the order it was made; none is lost
or counted twice.  Also the blind count (L2)."""

from __future__ import annotations

import uuid

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QDialogButtonBox
from pytestqt.qtbot import QtBot

from desktop.core.rules.boxcode import box_code
from desktop.core.rules.workflow import Action, State
from desktop.core.services.admin.policy import update_setting
from desktop.core.services.receiving.counting import boxes_of, set_asides
from desktop.core.services.receiving.scan import ScanOutcome, receive_scan
from desktop.core.services.returns.flow import transition
from desktop.core.services.returns.query import get_request
from desktop.core.store.db import Database
from desktop.ui.main_window import MainWindow
from desktop.ui.receiving.count import CountDialog
from desktop.ui.receiving.desk import ReceivingDesk
from desktop.ui.receiving.scan_log import outcome_label
from tests.conftest import as_user
from tests.db.returns_helpers import approved, filed, shipped
from tests.ui.conftest import backend_for, settle, shot
from tests.ui.test_receiving_focus import click, wedge
from tests.ui.test_receiving_gui import open_count


def key_in(qtbot: QtBot, desk: ReceivingDesk, code: str) -> None:
    """A scan typed like a wedge scanner, without waiting for its answer."""
    for char in code:
        qtbot.keyClick(QApplication.focusWidget() or desk.window(), char)
    qtbot.keyClick(QApplication.focusWidget() or desk.window(), Qt.Key.Key_Return)


def refusals(db: Database) -> dict[ScanOutcome, str]:
    """A box code per reason to set a box aside (L3), none of them with a box row."""
    dealer, distributor = as_user(db, "dealer"), as_user(db, "distrib")
    unapproved = filed(db, dealer)
    transition(db, dealer, unapproved, Action.SUBMIT)
    cancelled = approved(db)
    transition(db, as_user(db, "order"), cancelled, Action.CANCEL, reason="duplicate")
    forwarded = filed(db, distributor)
    transition(db, distributor, forwarded, Action.SUBMIT)
    transition(db, as_user(db, "east"), forwarded, Action.REVIEW)
    return {ScanOutcome.NOT_APPROVED: box_code(unapproved, 1),
            ScanOutcome.CANCELLED: box_code(cancelled, 1),
            ScanOutcome.OTHER_DEPOT: box_code(forwarded, 1),
            ScanOutcome.UNKNOWN: box_code(approved(db), 7),
            ScanOutcome.GARBLED: "R12-XYZ"}


def station(qtbot: QtBot, db: Database) -> tuple[MainWindow, ReceivingDesk]:
    window = MainWindow(backend_for(db, "warehouse"), "zh_CN", "receiving")
    qtbot.addWidget(window)
    window.show()
    window.activateWindow()
    assert QTest.qWaitForWindowActive(window)
    desk = window.built["receiving"]
    assert isinstance(desk, ReceivingDesk)
    settle(qtbot)
    desk.scan.setFocus()
    return window, desk


def test_a_clerks_morning(ui: QApplication, qtbot: QtBot, sqlite_demo_db: Database) -> None:
    db = sqlite_demo_db
    pallets = [shipped(db, boxes) for boxes in (4, 3, 5)]
    aside = refusals(db)
    asides_before = len(set_asides(db, as_user(db, "warehouse")))
    window, desk = station(qtbot, db)
    assert window.page_keys()[window.nav.currentRow()] == "receiving"
    made: list[str] = []  # every scan, in the order the clerk made it

    def scan(code: str) -> None:
        made.append(code)
        wedge(qtbot, desk, code)

    # Pallet 1, with the focus moved before every box.
    number, codes = pallets[0]
    for widget, code in zip((desk.recent, desk.tabs.tabBar(), window.nav, desk.banner),
                            codes, strict=True):
        click(qtbot, widget)
        scan(code)
    scan(codes[1])  # scanned again by mistake: answered, not counted twice
    assert desk.banner.property("kind") == "again"
    # A count opened and closed between two boxes; then a box typed into the number field.
    dialog = open_count(qtbot, desk, number)
    click(qtbot, dialog.table)
    dialog.reject()
    qtbot.waitUntil(desk.scan.hasFocus, timeout=3000)
    number2, codes2 = pallets[1]
    scan(codes2[0])
    click(qtbot, desk.count_number)
    scan(codes2[1])
    assert desk.count_number.text() == ""
    desk.refresh_lists()  # the lists read again in the middle of scanning
    click(qtbot, desk.tabs.tabBar())
    desk.tabs.setCurrentIndex(1)
    scan(codes2[2])
    # The boxes to set aside, each answered with its own reason, the focus on the log.
    for outcome, code in aside.items():
        click(qtbot, desk.recent)
        scan(code)
        assert desk.results[0].outcome == outcome
        assert desk.banner.property("kind") == "bad"
        assert desk.log.item(0, 2).text() == outcome_label(outcome)
    assert len({desk.log.item(r, 2).text() for r in range(len(aside))}) == len(aside)
    # Pallet 3 as a burst, faster than the answers, from the navigation list.
    _number3, codes3 = pallets[2]
    click(qtbot, window.nav)
    for code in codes3:
        made.append(code)
        key_in(qtbot, desk, code)
    qtbot.waitUntil(lambda: desk.answers == len(made), timeout=15000)
    settle(qtbot)

    # Every scan answered once, in order, in the log as on the banner.
    assert desk.answers == len(made) == desk.log.rowCount() == len(desk.results)
    assert [r.code for r in reversed(desk.results)] == made
    assert [desk.log.item(r, 1).text() for r in range(desk.log.rowCount())] == made[::-1]
    assert desk.queue.waiting == 0
    assert [r.box_no for r in desk.results if r.code in codes3][::-1] == [1, 2, 3, 4, 5]
    order = as_user(db, "order")
    for number_, codes_ in pallets:
        assert all(b.received_at is not None for b in boxes_of(db, order, number_))
        assert get_request(db, order, number_).row.state == State.RECEIVED
        assert sum(r.outcome == ScanOutcome.RECEIVED for r in desk.results
                   if r.code in codes_) == len(codes_)  # each box received exactly once
    assert [r.outcome for r in desk.results].count(ScanOutcome.DUPLICATE) == 1
    qtbot.waitUntil(lambda: desk.aside.rowCount() == asides_before + len(aside), timeout=5000)
    assert desk.tabs.tabText(2) == f"放置一边（{asides_before + len(aside)}）"
    assert number2
    shot(window, "morning.png")


def test_a_blind_count_hides_the_declared_and_counts_by_scanning(
        ui: QApplication, qtbot: QtBot, sqlite_demo_db: Database) -> None:
    db = sqlite_demo_db
    admin = as_user(db, "admin")
    update_setting(db, admin, "receiving.blind_count", 1, None, "blind count this month")
    number, codes = shipped(db, 1)
    warehouse = as_user(db, "warehouse")
    receive_scan(db, warehouse, codes[0], uuid.uuid4().hex)
    _window, desk = station(qtbot, db)
    dialog = open_count(qtbot, desk, number)
    assert dialog.blind
    assert dialog.table.isColumnHidden(2)  # what the dealer declared: hidden
    assert {c: s.value() for c, s in dialog.counted.items()} == {"DL-0705": 0}
    for _unit in range(2):  # two units of the declared model, by their product barcode
        qtbot.keyClicks(dialog.barcode, "dl-0705")
        qtbot.keyClick(dialog.barcode, Qt.Key.Key_Return)
    assert dialog.isVisible()  # Enter in the barcode field is a unit, not Save
    extra = next(code for code in dialog.names if code != "DL-0705")
    qtbot.keyClicks(dialog.barcode, extra)  # a model the dealer did not declare
    qtbot.keyClick(dialog.barcode, Qt.Key.Key_Return)
    qtbot.keyClicks(dialog.barcode, "NO-SUCH-MODEL")
    qtbot.keyClick(dialog.barcode, Qt.Key.Key_Return)
    assert "NO-SUCH-MODEL" in dialog.error.text()
    assert {c: s.value() for c, s in dialog.counted.items()} == {"DL-0705": 2, extra: 1}
    shot(dialog, "blind-count.png")
    qtbot.mouseClick(dialog.buttons.button(QDialogButtonBox.StandardButton.Save),
                     Qt.MouseButton.LeftButton)
    settle(qtbot)
    assert isinstance(dialog.result_value, list)
    assert [(r.product_code, r.declared, r.counted) for r in dialog.result_value] == [
        ("DL-0705", 3, 2), (extra, 0, 1)]
    again = open_count(qtbot, desk, number)
    assert isinstance(again, CountDialog)
    assert {c: s.value() for c, s in again.counted.items()} == {"DL-0705": 2, extra: 1}
    again.reject()
