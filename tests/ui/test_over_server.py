"""The GUI over the server transport: each person logs in through the login window on a real
server (no database on their desk), and a return goes the whole way — filed by the dealer,
reviewed by the region, approved by the order department, shipped, scanned in at the receiving
desk, counted.  A dealer who asks for another dealer's request is refused, in Chinese."""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QDialogButtonBox
from pytestqt.qtbot import QtBot

from desktop.core.rules.workflow import Action, State
from desktop.core.services.receiving.counting import boxes_of, count_sheet
from desktop.core.services.returns.query import ReturnQuery, get_request, list_requests
from desktop.ui.main_window import MainWindow
from desktop.ui.returns.detail import RequestDetailDialog, load_request
from desktop.ui.returns.form import RequestForm
from desktop.ui.returns.request_lists import ReturnsPage
from tests.conftest import as_user
from tests.server.conftest import RunningServer
from tests.ui.conftest import settle
from tests.ui.server_desk import Desks, cancel_file_dialog_when_it_shows, receiving_desk, scan
from tests.ui.test_returns_gui import _fill_line, answer


def returns_page(qtbot: QtBot, window: MainWindow, key: str) -> ReturnsPage:
    page = window.show_page(key)
    assert isinstance(page, ReturnsPage)
    settle(qtbot)
    return page


def file_as_dealer(qtbot: QtBot, dealer: MainWindow) -> str:
    page = returns_page(qtbot, dealer, "returns_own")
    qtbot.mouseClick(page.new_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: isinstance(QApplication.activeModalWidget(), RequestForm))
    form = QApplication.activeModalWidget()
    assert isinstance(form, RequestForm)
    _fill_line(qtbot, form, "T8-0702", "20250610", 3)
    assert "保修期内" in form.editor.preview.text()  # the verdict came over the server
    qtbot.mouseClick(form.submit_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not form.isVisible(), timeout=10000)
    assert form.number is not None
    return form.number


def decide(qtbot: QtBot, window: MainWindow, key: str, action: Action, number: str) -> None:
    """Select the request in the queue and take ``action`` on it (one call for the lot)."""
    page = returns_page(qtbot, window, key)
    qtbot.waitUntil(lambda: number in {r.number for r in page.model.rows()})
    page.table.selectAll()
    qtbot.mouseClick(page.bulk_buttons[action], Qt.MouseButton.LeftButton)
    answer(qtbot)
    qtbot.waitUntil(lambda: number not in {r.number for r in page.model.rows()},
                    timeout=10000)


def open_request(qtbot: QtBot, window: MainWindow, number: str) -> RequestDetailDialog:
    page = returns_page(qtbot, window, "returns_own")
    qtbot.waitUntil(lambda: number in {r.number for r in page.model.rows()})
    before = set(page.findChildren(RequestDetailDialog))
    page.open_request(next(r for r in page.model.rows() if r.number == number))
    qtbot.waitUntil(lambda: len(set(page.findChildren(RequestDetailDialog)) - before) == 1,
                    timeout=10000)
    (detail,) = set(page.findChildren(RequestDetailDialog)) - before
    return detail


def ship(qtbot: QtBot, dealer: MainWindow, number: str) -> None:
    detail = open_request(qtbot, dealer, number)
    qtbot.waitUntil(lambda: detail.ship_button is not None)
    assert detail.ship_button is not None
    qtbot.mouseClick(detail.ship_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: detail.shipment_dialog is not None
                    and detail.shipment_dialog.isVisible(), timeout=10000)
    shipment = detail.shipment_dialog
    shipment.boxes.setValue(2)  # type: ignore[union-attr]
    qtbot.keyClicks(shipment.waybill, "SF900800700")  # type: ignore[union-attr]
    QTimer.singleShot(0, cancel_file_dialog_when_it_shows)
    qtbot.mouseClick(shipment.buttons.button(  # type: ignore[union-attr]
        QDialogButtonBox.StandardButton.Save), Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "发货信息已保存：共 2 箱" in detail.message.text(), timeout=10000)
    detail.close()


def receive_and_count(qtbot: QtBot, warehouse: MainWindow, codes: list[str],
                      number: str) -> None:
    desk = receiving_desk(warehouse)
    for index, code in enumerate(codes):
        scan(qtbot, desk, code)
        qtbot.waitUntil(lambda i=index: desk.answers == i + 1, timeout=10000)
        assert desk.banner.property("kind") == "good"
    assert "已全部到齐" in desk.banner.text() or desk.results[0].complete
    qtbot.keyClicks(desk.count_number, number)
    qtbot.mouseClick(desk.count_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: getattr(desk, "count_dialog", None) is not None
                    and desk.count_dialog.isVisible(), timeout=10000)
    dialog = desk.count_dialog
    only = next(iter(dialog.counted))
    dialog.counted[only].setValue(2)  # one lamp fewer than declared
    qtbot.mouseClick(dialog.buttons.button(QDialogButtonBox.StandardButton.Save),
                     Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not dialog.isVisible(), timeout=10000)


def test_a_return_goes_the_whole_way_through_the_server(desks_both: Desks,
                                                        server_both: RunningServer,
                                                        qtbot: QtBot) -> None:
    db = server_both.db
    dealer = desks_both.log_in("dealer")
    # the dealer's desk holds no database, only the server
    assert getattr(dealer.backend, "db", None) is None
    assert dealer.db_label.text() == server_both.url
    number = file_as_dealer(qtbot, dealer)
    decide(qtbot, desks_both.log_in("east"), "returns_review", Action.REVIEW, number)
    decide(qtbot, desks_both.log_in("order"), "returns_approve", Action.APPROVE, number)
    admin = as_user(db, "admin")
    assert get_request(db, admin, number).row.state == State.APPROVED
    ship(qtbot, dealer, number)
    codes = [b.code for b in boxes_of(db, admin, number)]
    assert len(codes) == 2
    receive_and_count(qtbot, desks_both.log_in("warehouse"), codes, number)
    assert get_request(db, admin, number).row.state == State.RECEIVED
    assert [(r.declared, r.counted) for r in count_sheet(db, admin, number)] == [(3, 2)]
    seen = open_request(qtbot, dealer, number)  # the dealer sees HQ's count
    qtbot.waitUntil(lambda: [c.difference for c in seen.count_differences] == [-1])


def test_a_dealer_cannot_open_another_dealers_request(desks: Desks, server: RunningServer,
                                                      qtbot: QtBot) -> None:
    db = server.db
    theirs = next(r.number for r in list_requests(db, as_user(db, "dealer2"), ReturnQuery()))
    dealer = desks.log_in("dealer")
    page = returns_page(qtbot, dealer, "returns_own")
    assert theirs not in {r.number for r in page.model.rows()}
    opened: list[object] = []
    load_request(page, dealer.backend, theirs, opened.append)
    qtbot.waitUntil(lambda: page.message.isVisible() and page.message.text() != "",
                    timeout=10000)
    settle(qtbot)
    assert opened == []  # nothing of it came back to the desk
    assert page.message.text() == f"没有返修退货申请 {theirs}。"
    # the same answer as for a number that does not exist: the desk learns nothing of it
    load_request(page, dealer.backend, "R2099999999", opened.append)
    qtbot.waitUntil(lambda: "R2099999999" in page.message.text(), timeout=10000)
    assert page.message.text() == "没有返修退货申请 R2099999999。"
    assert opened == []


def test_the_dealers_inspection_results_work_over_a_server(desks: Desks, server: RunningServer,
                                                          qtbot: QtBot) -> None:
    """Every page is on the operations layer: the dealer's inspection results, once a page built
    on a database of its own (and a note over a server), read through the server like the rest,
    and show the dealer's own rows only."""
    from desktop.core.services.inspection.worklist import inspection_worklist
    from desktop.core.services.kernel.listing import ListQuery
    from desktop.ui.inspection.page import InspectionPage

    dealer = desks.log_in("dealer")
    page = dealer.show_page("inspection_results")
    assert isinstance(page, InspectionPage)
    expected = {r.number for r in inspection_worklist(server.db, as_user(server.db, "dealer"),
                                                      ListQuery())}
    assert expected  # the demo gives the dealer results to see
    qtbot.waitUntil(lambda: {r.number for r in page.model.rows()} == expected, timeout=10000)
