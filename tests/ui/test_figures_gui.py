"""The figures page over the small world built by hand (tests/db/figures_world.py), on SQLite
and PostgreSQL: the month's numbers as worked out by hand, a figure opens its records, a
dealer sees only its own beside the average, the workbook and the PDF written; and any list
page's rows to Excel, cancellable."""

from __future__ import annotations

import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import openpyxl
import pytest
from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import QApplication, QPushButton
from pytestqt.qtbot import QtBot

from desktop.backend.local import LocalBackend
from desktop.core.rules.roles import Role
from desktop.core.store.db import Database
from desktop.ui.figures.model import FigureTableModel
from desktop.ui.figures.page import FiguresPage
from desktop.ui.figures.records import RecordsDialog
from desktop.ui.widgets import table as table_module
from desktop.ui.widgets.export import start_export
from tests.db.figures_world import World, build
from tests.ui.conftest import settle


@pytest.fixture
def world(db: Database, monkeypatch: pytest.MonkeyPatch) -> Iterator[World]:
    """Built before the GUI guard is on; the desk's clock in UTC (the world's days)."""
    monkeypatch.setenv("TZ", "UTC")
    time.tzset()
    yield build(db)
    monkeypatch.undo()
    time.tzset()


def open_page(qtbot: QtBot, world: World, role: Role, org: str) -> FiguresPage:
    page = FiguresPage(LocalBackend(world.db, world.actor(role, org)))
    qtbot.addWidget(page)
    page.resize(1100, 650)
    page.show()
    settle(qtbot)
    page.month.setDate(QDate(2026, 3, 1))
    page.first.setDate(QDate(2026, 1, 1))
    with qtbot.waitSignal(page.loaded, timeout=10000):
        page.show_button.click()
    settle(qtbot)
    return page


def shown(model: FigureTableModel) -> list[list[str]]:
    return [[model.text(r, c) for c in range(model.columnCount())]
            for r in range(model.rowCount())]


def test_the_page_shows_the_months_figures_and_a_figure_opens_its_records(
        world: World, ui: QApplication, qtbot: QtBot) -> None:
    page = open_page(qtbot, world, Role.MANAGEMENT, "HQ")
    assert page.figures is not None
    assert page.figures.month == "2026-03"
    page.choose_table("returns_by_dealer")
    # March: D-A filed R1 (8 units, 100 yuan, 3 in warranty) and R2 (2, 20, 2); D-B R3
    # (1, 20, 1); R4 was cancelled and R5 is April's: requests, units, value, in warranty
    assert shown(page.model) == [
        ["D-A", "甲经销商", "2", "10", "120.00", "5"],
        ["D-B", "乙经销商", "1", "1", "20.00", "1"],
        ["", "合计", "3", "11", "140.00", "6"]]
    assert page.model.headerData(2, Qt.Orientation.Horizontal) == "申请数"
    chart = page.bars.data()
    assert (list(chart.categories), list(chart.series[0].values)) == (["D-A", "D-B"], [2, 1])
    # the month by month line: March's point is March's total
    trend = {r.key: r.values[0] for r in page.trend_model.table.rows}  # type: ignore[union-attr]
    assert trend["2026-03"] == 3
    assert trend["2026-01"] == 0
    cell = page.model.index(0, 2)  # D-A's requests
    page.tabs.setCurrentIndex(0)
    where = page.view.visualRect(cell).center()
    qtbot.mouseClick(page.view.viewport(), Qt.MouseButton.LeftButton, pos=where)
    with qtbot.waitSignal(page.records_opened, timeout=5000) as opened:
        qtbot.mouseDClick(page.view.viewport(), Qt.MouseButton.LeftButton, pos=where)
    dialog = opened.args[0]
    assert isinstance(dialog, RecordsDialog)
    assert dialog.numbers == ["R1", "R2"]
    assert dialog.list.count() == 2
    assert "甲经销商" in dialog.findChildren(type(page.scope))[0].text()
    dialog.close()
    # a month's point of the line opens that month's records: March's three requests
    with qtbot.waitSignal(page.records_opened, timeout=5000) as opened:
        page.open_trend_figure(page.trend_model.index(2, 1))
    assert opened.args[0].numbers == ["R1", "R2", "R3"]
    opened.args[0].close()


def test_a_dealer_sees_only_its_own_figures_beside_the_average(
        world: World, ui: QApplication, qtbot: QtBot) -> None:
    page = open_page(qtbot, world, Role.DEALER_STAFF, "D-A")
    assert "D-A" in page.scope.text()
    page.choose_table("returns_by_dealer")
    # three dealers filed in March: 3 requests and 11 units between them, 1.5 and 5.5 each
    assert shown(page.model) == [
        ["D-A", "甲经销商", "2", "10", "120.00", "5"],
        ["", "全部经销商平均", "1.5", "5.5", "70.00", "3"],
        ["", "合计", "2", "10", "120.00", "5"]]
    assert list(page.bars.data().categories) == ["D-A", "全部经销商平均"]
    page.choose_table("returns_by_model")
    keys = [page.model.row_at(r).key for r in range(page.model.rowCount())]
    assert "D-B" not in keys
    assert "D-C" not in keys
    # the other dealers' records are never listed: the total opens D-A's only
    with qtbot.waitSignal(page.records_opened, timeout=5000) as opened:
        page.open_figure(page.model.index(page.model.rowCount() - 1, 2))
    assert opened.args[0].numbers == ["R1", "R2"]
    opened.args[0].close()


def test_export_writes_the_page_to_a_workbook(world: World, ui: QApplication, qtbot: QtBot,
                                              tmp_path: Path) -> None:
    page = open_page(qtbot, world, Role.MANAGEMENT, "HQ")
    path = tmp_path / "figures.xlsx"
    page.files.export(path)
    run = page.files.exporting
    assert run is not None
    with qtbot.waitSignal(run.finished, timeout=15000) as finished:
        pass
    assert finished.args == [path]
    book = openpyxl.load_workbook(path)
    assert book.sheetnames[0] == "概要"
    sheet = book["返修退货（按经销商）"]
    assert sheet.freeze_panes == "C2"
    rows = [[c.value for c in r] for r in sheet.iter_rows(min_row=1, max_row=4)]
    assert rows[0][:4] == ["代码", "经销商", "申请数", "件数"]
    assert rows[1][:4] == ["D-A", "甲经销商", 2, 10]
    assert rows[3][2:4] == [3, 11]
    assert "逐月对比" in book.sheetnames
    assert "figures.xlsx" in page.message.text()


def test_the_monthly_summary_pdf_is_saved(world: World, ui: QApplication, qtbot: QtBot,
                                          tmp_path: Path) -> None:
    import pypdfium2 as pdfium

    page = open_page(qtbot, world, Role.MANAGEMENT, "HQ")
    path = tmp_path / "summary.pdf"
    with qtbot.waitSignal(page.files.pdf_saved, timeout=15000):
        page.files.save_pdf(path)
    document = pdfium.PdfDocument(path.read_bytes())
    text = document[0].get_textpage().get_text_range()
    assert "月度售后汇总" in text
    assert "2026-03" in text
    assert "summary.pdf" in page.message.text()


def orgs_list(world: World, qtbot: QtBot) -> Any:
    from desktop.ui.admin.orgs import orgs_page

    page = orgs_page(LocalBackend(world.db, world.actor(Role.ADMIN, "HQ")))
    qtbot.addWidget(page)
    page.show()
    settle(qtbot)
    return page


def test_a_list_page_exports_every_row_its_filter_matches(
        world: World, ui: QApplication, qtbot: QtBot, tmp_path: Path,
        monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(table_module, "EXPORT_PAGE", 2)  # several pages, read one by one
    page = orgs_list(world, qtbot)
    with qtbot.waitSignal(page.model.modelReset, timeout=3000):
        page.filter.setText("D-")
    expected = [page.model.display_row(r)[0] for r in range(page.model.rowCount())]
    assert expected == ["D-A", "D-B", "D-C"]
    path = tmp_path / "orgs.xlsx"
    page.export_rows(path)
    with qtbot.waitSignal(page.exporting.finished, timeout=10000) as finished:
        pass
    assert finished.args == [path]
    sheet = openpyxl.load_workbook(path).active
    assert sheet.title == "组织机构"
    assert [r[0].value for r in sheet.iter_rows(min_row=2)] == expected
    assert sheet.freeze_panes == "B2"
    assert sheet.cell(1, 1).value == page.model.headerData(0, Qt.Orientation.Horizontal)


def test_an_export_can_be_cancelled_and_leaves_no_file(
        world: World, ui: QApplication, qtbot: QtBot, tmp_path: Path) -> None:
    page = orgs_list(world, qtbot)
    path = tmp_path / "never.xlsx"

    def endless(_path: Path, progress: Any) -> bool:
        done = 0
        while progress(done, 0):  # a writer going on until told to stop
            done += 1
            time.sleep(0.001)
        return False

    notices: list[str] = []
    run = start_export(page, path, endless, notices.append)
    qtbot.waitUntil(lambda: "行" in run.dialog.labelText(), timeout=3000)
    cancel = run.dialog.findChild(QPushButton)
    assert cancel.text() == "取消"
    with qtbot.waitSignal(run.finished, timeout=5000) as finished:
        cancel.click()
    assert finished.args == [None]
    assert not path.exists()
    assert notices == ["已取消导出：没有写入文件。"]


def test_the_export_button_asks_where_in_chinese_and_writes_there(
        world: World, ui: QApplication, qtbot: QtBot, tmp_path: Path) -> None:
    from PySide6.QtWidgets import QFileDialog

    page = orgs_list(world, qtbot)
    assert page.export_button.text() == "导出到 Excel…"
    page.export_button.click()
    dialog = next(w for w in page.findChildren(QFileDialog) if w.isVisible())
    assert dialog.windowTitle() == "导出到 Excel"
    assert dialog.selectedFiles()[0].endswith("组织机构.xlsx")
    assert dialog.nameFilters() == ["Excel 工作簿 (*.xlsx)"]
    dialog.selectFile(str(tmp_path / "机构.xlsx"))
    dialog.accept()
    qtbot.waitUntil(lambda: getattr(page, "exporting", None) is not None, timeout=3000)
    with qtbot.waitSignal(page.exporting.finished, timeout=10000) as finished:
        pass
    assert finished.args == [tmp_path / "机构.xlsx"]
    assert openpyxl.load_workbook(tmp_path / "机构.xlsx").active.max_row == 1 + 9


def test_the_summary_buttons_ask_where_in_chinese_and_preview(
        world: World, ui: QApplication, qtbot: QtBot) -> None:
    from PySide6.QtPrintSupport import QPrintPreviewDialog
    from PySide6.QtWidgets import QFileDialog

    page = open_page(qtbot, world, Role.MANAGEMENT, "HQ")
    page.pdf_button.click()
    dialog = next(w for w in page.findChildren(QFileDialog) if w.isVisible())
    assert dialog.windowTitle() == "保存月度汇总 PDF"
    assert dialog.selectedFiles()[0].endswith("统计数据-2026-03.pdf")
    dialog.reject()
    with qtbot.waitSignal(page.files.preview_opened, timeout=15000) as opened:
        page.preview_button.click()
    preview = opened.args[0]
    assert isinstance(preview, QPrintPreviewDialog)
    assert preview.windowTitle() == "月度售后汇总"
    preview.close()
