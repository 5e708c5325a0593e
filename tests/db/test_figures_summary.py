"""The monthly summary PDF checked like the other forms: its Chinese text is extractable, every
font is embedded, its number's barcode decodes, every page is numbered, the charts are vector;
and returndesk figures gives the page's numbers as JSON and writes the files."""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path

import pypdfium2 as pdfium
import pytest
from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QApplication

from desktop.core.rules.roles import Role
from desktop.core.services.figures.monthly import monthly_figures
from desktop.core.services.figures.summary import summary_pdf
from desktop.core.services.figures.trend import figure_trend
from desktop.core.store.db import Database
from desktop.ui import i18n
from tests.db.figures_world import NOW, World, build
from tests.db.test_figures import utc  # noqa: F401 (the fixture)
from tests.reports.pdf_fonts import unembedded
from tests.reports.test_labels import decode_pages, page_texts


@pytest.fixture
def world(db: Database, utc: None) -> World:  # noqa: F811
    return build(db)


@pytest.fixture
def chinese(qapp: QApplication) -> Callable[[str, str], str]:
    i18n.install("zh_CN")
    return QCoreApplication.translate


def test_the_summary_prints_every_table_in_chinese_with_embedded_fonts(
        world: World, chinese: Callable[[str, str], str]) -> None:
    manager = world.actor(Role.MANAGEMENT, "HQ")
    figures = monthly_figures(world.db, manager, "2026-03", now=NOW)
    trend = figure_trend(world.db, manager, "2025-10", "2026-03", now=NOW)
    data = summary_pdf(figures, trend, chinese)
    assert unembedded(data) == []
    assert b"/Subtype /Image" not in data  # the charts are drawn, not pictures
    texts = page_texts(data)
    pages = len(texts)
    assert pages >= 2
    for number, text in enumerate(texts, start=1):
        assert "月度售后汇总" in text
        assert f"第 {number}/{pages} 页" in text
    everything = "".join(texts)
    for expected in ("FIG-2026-03", "全部经销商和区域", "返修退货（按经销商）", "甲经销商",
                     "各型号不良率", "400.0‰", "按时完成率", "33.3%", "运输异常（按承运商）",
                     "顺丰速运", "配件用量", "罚款（A6）", "100.00", "逐月对比",
                     "服务单（按分类，C3）", "回访（按经销商，C3）"):
        assert expected in everything, expected
    assert decode_pages(data, dpi=200)[0] == "FIG-2026-03"
    image = pdfium.PdfDocument(data)[0].render(scale=1).to_pil().convert("RGB")
    blue = [(r, g, b) for x in range(0, image.width, 3) for y in range(300, 600, 3)
            for r, g, b in [image.getpixel((x, y))] if r < 40 and 80 < g < 120 and b > 170]
    assert len(blue) > 500  # the bars, in their blue (0.08, 0.40, 0.75)


def test_a_dealers_summary_is_numbered_by_the_dealer(world: World,
                                                     chinese: Callable[[str, str], str]) -> None:
    figures = monthly_figures(world.db, world.actor(Role.DEALER_STAFF, "D-A"), "2026-03",
                              now=NOW)
    text = "".join(page_texts(summary_pdf(figures, None, chinese)))
    assert "FIG-2026-03-D-A" in text
    assert "全部经销商平均" in text
    assert "乙经销商" not in text


def test_the_command_line_gives_the_pages_numbers(world: World, tmp_path: Path,
                                                  capsys: pytest.CaptureFixture[str]) -> None:
    from desktop.cli import main

    url = world.db.url.render_as_string(hide_password=False)
    xlsx, pdf = tmp_path / "m.xlsx", tmp_path / "m.pdf"
    assert main(["--database", url, "--lang", "zh_CN", "figures", "--month", "2026-03",
                 "--compare-from", "2026-01", "--json", "--xlsx", str(xlsx), "--pdf",
                 str(pdf)]) == 0
    shown = json.loads(capsys.readouterr().out)
    dealers = next(t for t in shown["tables"] if t["key"] == "returns_by_dealer")
    assert dealers["title"] == "返修退货（按经销商）"
    assert dealers["rows"][0] == {"key": "D-A", "label": "甲经销商",
                                  "values": [2, 10, "120.00", 5]}
    assert dealers["total"]["values"] == [3, 11, "140.00", 6]
    assert shown["pending"] == []  # the service desk counts its cases (C3)
    assert "service_by_class" in {t["key"] for t in shown["tables"]}
    assert [r["key"] for r in shown["trend"]["table"]["rows"]] == ["2026-01", "2026-02",
                                                                    "2026-03"]
    assert xlsx.stat().st_size > 0
    assert "月度售后汇总" in page_texts(pdf.read_bytes())[0]


def test_the_command_line_refuses_bad_input_in_the_users_language(
        world: World, capsys: pytest.CaptureFixture[str]) -> None:
    from desktop.cli import main

    url = world.db.url.render_as_string(hide_password=False)
    assert main(["--database", url, "--lang", "zh_CN", "figures", "--month", "2026-13"]) == 2
    assert "“2026-13”不是月份" in capsys.readouterr().err
    assert main(["--database", url, "--lang", "en", "figures", "--month", "2999-01"]) == 2
    assert "2999-01 has not begun yet" in capsys.readouterr().err
