"""The chart widget without a window: it paints the expected bars and lines into a QImage (the
colours at the bars' and points' positions, the background above a short bar), scales to round
ticks, and its Chinese labels are real glyphs of the bundled font on a machine with no fonts."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

from PySide6.QtCore import QPointF, QRectF, QSize
from PySide6.QtGui import QColor, QImage
from PySide6.QtWidgets import QApplication

from desktop.ui.widgets.chart import (
    BACKGROUND,
    PALETTE,
    ChartData,
    ChartKind,
    ChartWidget,
    Series,
    chart_layout,
    nice_ticks,
    render_image,
)
from tests.ui.test_fonts import no_system_fonts  # noqa: F401 (the fixture)

SIZE = QSize(640, 360)


def colour_at(image: QImage, point: QPointF) -> str:
    return QColor(image.pixel(point.toPoint())).name()


def near(found: str, expected: str, tolerance: int = 24) -> bool:
    a, b = QColor(found), QColor(expected)
    return all(abs(x - y) <= tolerance for x, y in
               ((a.red(), b.red()), (a.green(), b.green()), (a.blue(), b.blue())))


def test_bars_by_dealer_are_painted_where_the_layout_puts_them(ui: QApplication) -> None:
    data = ChartData("返修退货（按经销商）", ["上海明辉", "广州天河", "武汉汉口"],
                     [Series("件数", [120, 40, 0])])
    image = render_image(data, SIZE)
    found = chart_layout(data, QRectF(image.rect()), QApplication.font())
    tall, short, none = found.bars[0]
    assert none is None  # nothing to draw for zero
    assert tall is not None
    assert short is not None
    assert tall.height() > 2.5 * short.height()
    for bar in (tall, short):
        assert colour_at(image, bar.center()) == PALETTE[0]
        assert colour_at(image, QPointF(bar.center().x(), bar.bottom() - 2)) == PALETTE[0]
    above = QPointF(short.center().x(), short.top() - 10)
    assert colour_at(image, above) in (BACKGROUND, "#e0e0e0")  # the plot, maybe a grid line
    third = found.labels[2]
    assert colour_at(image, QPointF(third.center().x(), found.plot.bottom() - 3)) == BACKGROUND
    assert found.top_value == 150  # the round tick above the highest bar


def test_two_series_stand_side_by_side_in_their_colours(ui: QApplication) -> None:
    data = ChartData("", ["M1", "M2"], [Series("三月", [3, 5]), Series("四月", [4, 2], "#c62828")])
    image = render_image(data, SIZE)
    found = chart_layout(data, QRectF(image.rect()), QApplication.font())
    for bar in found.bars[0]:
        assert bar is not None
        assert colour_at(image, bar.center()) == PALETTE[0]
    for bar in found.bars[1]:
        assert bar is not None
        assert colour_at(image, bar.center()) == "#c62828"
    first, second = found.bars[0][0], found.bars[1][0]
    assert first is not None
    assert second is not None
    assert first.right() <= second.left() + 0.01


def test_a_line_over_months_passes_through_its_points(ui: QApplication) -> None:
    data = ChartData("逐月对比", ["2026-01", "2026-02", "2026-03"],
                     [Series("申请数", [2, None, 8])], ChartKind.LINES)
    image = render_image(data, SIZE)
    found = chart_layout(data, QRectF(image.rect()), QApplication.font())
    first, gap, last = found.points[0]
    assert gap is None
    assert first is not None
    assert last is not None
    assert colour_at(image, first) == PALETTE[0]
    assert colour_at(image, last) == PALETTE[0]
    middle = (first + last) / 2
    assert near(colour_at(image, middle), PALETTE[0])  # joined around the gap (antialiased)
    assert last.y() < first.y()


def test_ticks_are_round() -> None:
    assert nice_ticks(120) == [0, 50, 100, 150]
    assert nice_ticks(7) == [0, 2, 4, 6, 8]
    assert nice_ticks(0) == [0, 1]
    assert nice_ticks(0.3) == [0, 0.1, 0.2, 0.30000000000000004]


def test_the_widget_paints_its_data(ui: QApplication) -> None:
    widget = ChartWidget(ChartData("", ["A"], [Series("x", [1])]))
    widget.resize(SIZE)
    image = widget.grab().toImage()  # rendered without showing a window
    found = chart_layout(widget.data(), QRectF(widget.rect()), widget.font())
    bar = found.bars[0][0]
    assert bar is not None
    assert colour_at(image, bar.center()) == PALETTE[0]


def test_chinese_labels_are_real_glyphs_of_the_bundled_font(
        no_system_fonts: dict[str, str]) -> None:  # noqa: F811
    result = subprocess.run([sys.executable, "-m", "tests.ui.chart_probe"], capture_output=True,
                            text=True, env=no_system_fonts, timeout=120, check=True,
                            cwd=Path(__file__).resolve().parents[2])
    report = json.loads(result.stdout.strip().splitlines()[-1])
    assert report["family"] == "Noto Sans SC"
    assert report["distinct"] == 6  # six characters, six different glyphs
    assert report["min_ink"] > 30
