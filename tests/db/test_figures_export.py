"""The figures' workbook read back with openpyxl: a sheet per table with frozen header and
autofilter, number formats, Chinese text, totals; native charts on the summary; a cancelled
export leaves nothing; any list's rows stream into a workbook with dates."""

from __future__ import annotations

import zipfile
from datetime import UTC, date, datetime
from pathlib import Path

import openpyxl
import pytest

from desktop.core.rules.roles import Role
from desktop.core.services.figures.export import figures_workbook, rows_workbook
from desktop.core.services.figures.monthly import monthly_figures
from desktop.core.services.figures.trend import figure_trend
from desktop.core.store.db import Database
from tests.db.figures_world import NOW, World, build
from tests.db.test_figures import utc  # noqa: F401 (the fixture)


@pytest.fixture
def world(db: Database, utc: None) -> World:  # noqa: F811
    return build(db)


def test_the_workbook_has_every_table_with_its_totals(world: World, tmp_path: Path) -> None:
    manager = world.actor(Role.MANAGEMENT, "HQ")
    figures = monthly_figures(world.db, manager, "2026-03", now=NOW)
    trend = figure_trend(world.db, manager, "2026-01", "2026-03", now=NOW)
    path = tmp_path / "月度汇总.xlsx"
    calls: list[tuple[int, int]] = []

    def keep_going(done: int, total: int) -> bool:
        calls.append((done, total))
        return True

    assert figures_workbook(path, figures, trend, progress=keep_going)
    book = openpyxl.load_workbook(path)
    assert book.sheetnames[0] == "Summary"
    assert len(book.sheetnames) == 1 + len(figures.tables) + 1
    dealers = book["Returns by dealer"]
    assert [c.value for c in dealers[1]] == ["Code", "Dealer", "Requests", "Units", "Value",
                                             "Units in warranty"]
    assert dealers.freeze_panes == "C2"
    assert dealers.auto_filter.ref == "A1:F3"
    assert [c.value for c in dealers[2]] == ["D-A", "甲经销商", 2, 10, 120, 5]
    assert [c.value for c in dealers[4]] == ["", "Total", 3, 11, 140, 6]
    assert dealers["E2"].number_format == "#,##0.00"
    assert dealers["C4"].font.b
    completion = book["5-working-day completion by dea"]  # cut at Excel's 31 characters
    assert completion["I2"].value == pytest.approx(0.5)  # D-A: 50.0 % as a percentage
    assert completion["I2"].number_format == "0.0%"
    assert completion["I4"].value is None  # D-C: nothing due yet, no rate
    defects = book["Defect rate by model"]
    assert defects["I4"].value == 400.0
    assert defects["I4"].number_format == '0.0"‰"'
    reasons = book["Returns by reason"]
    assert reasons["A2"].value == "Quality fault in warranty"
    summary = book["Summary"]
    assert summary["A1"].value == "After-sales figures 2026-03"
    assert summary["B3"].value == 3  # requests
    assert figures.pending == ()  # the service desk's facts are counted, nothing is pending
    assert "Service cases by class (C3)" in book.sheetnames  # a sheet like the others
    with zipfile.ZipFile(path) as parts:
        charts = [n for n in parts.namelist() if n.startswith("xl/charts/chart")]
        assert len(charts) == 5  # four tables and the line over months
        assert "<c:lineChart>" in parts.read("xl/charts/chart5.xml").decode()
    assert calls[-1][0] == calls[-1][1] > 0


def test_a_dealers_workbook_shows_the_average_of_all_dealers(world: World,
                                                             tmp_path: Path) -> None:
    figures = monthly_figures(world.db, world.actor(Role.DEALER_STAFF, "D-A"), "2026-03",
                              now=NOW)
    path = tmp_path / "dealer.xlsx"
    figures_workbook(path, figures)
    sheet = openpyxl.load_workbook(path)["Returns by dealer"]
    assert [c.value for c in sheet[3]] == ["(average)", "Average of all dealers", 1.5, 5.5, 70,
                                           3]
    assert sheet["C3"].number_format == "#,##0.0"  # an average of counts keeps its decimal


def test_a_cancelled_export_leaves_nothing_behind(tmp_path: Path) -> None:
    path = tmp_path / "rows.xlsx"
    seen: list[int] = []

    def stop_at_4000(done: int, total: int) -> bool:
        seen.append(done)
        return done < 4000

    rows = ([f"R{i:06d}", i, date(2026, 3, 1)] for i in range(10_000))
    assert not rows_workbook(path, "Requests", [("Number", "text"), ("Units", "int"),
                                                ("Due", "date")], rows, 10_000, stop_at_4000)
    assert seen == [2000, 4000]
    assert list(tmp_path.iterdir()) == []


def test_a_lists_rows_stream_into_a_workbook_with_dates_and_chinese(tmp_path: Path) -> None:
    path = tmp_path / "list.xlsx"
    made = datetime(2026, 3, 2, 8, 30, tzinfo=UTC)
    rows = ([f"R{i:06d}", "上海明辉照明经营部", i, made, date(2026, 3, 9)] for i in range(5000))
    assert rows_workbook(path, "返修申请", [("单号", "text"), ("经销商", "text"),
                                          ("数量", "int"), ("建单", "datetime"),
                                          ("到期", "date")], rows, 5000)
    sheet = openpyxl.load_workbook(path)["返修申请"]
    assert sheet.max_row == 5001
    assert sheet["B5001"].value == "上海明辉照明经营部"
    assert sheet["D2"].number_format == "yyyy-mm-dd hh:mm"
    assert sheet["D2"].value == made.astimezone().replace(tzinfo=None)
    assert sheet["E2"].value == datetime(2026, 3, 9)
    assert sheet.freeze_panes == "B2"


def test_an_unwritable_folder_is_refused_in_words(tmp_path: Path) -> None:
    from desktop.core.errors import CannotWrite

    with pytest.raises(CannotWrite, match="Nothing was written"):
        rows_workbook(tmp_path / "missing" / "x.xlsx", "x", [("a", "text")], [["1"]])
