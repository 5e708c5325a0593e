"""A chart drawn with QPainter (no QtCharts, no matplotlib): bars by dealer or model, or lines
over months, from plain data — the widget calls no service.  The painting is a function of a
rectangle (``paint_chart``), so it draws the same into a widget, a QImage or a printer, and its
geometry (``chart_layout``) says where each bar and point is.

Text is in the application font: the bundled Chinese face (``desktop.ui.fonts``).
"""

from __future__ import annotations

import itertools
import math
from collections.abc import Sequence
from dataclasses import dataclass, field
from enum import StrEnum

from PySide6.QtCore import QPointF, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QFont, QFontMetricsF, QImage, QPainter, QPaintEvent, QPen
from PySide6.QtWidgets import QApplication, QWidget

PALETTE = ("#1565c0", "#ef6c00", "#2e7d32", "#6a1b9a", "#c62828", "#00838f")
BACKGROUND, AXIS, GRID, TEXT = "#ffffff", "#555555", "#e0e0e0", "#222222"
PAD = 8.0


class ChartKind(StrEnum):
    BARS = "bars"
    LINES = "lines"


@dataclass(frozen=True)
class Series:
    name: str
    values: Sequence[float | None]   # one per category; None: no value (a gap, no bar)
    color: str = ""                  # "" takes the palette's next colour


@dataclass(frozen=True)
class ChartData:
    title: str
    categories: Sequence[str]
    series: Sequence[Series]
    kind: ChartKind = ChartKind.BARS


@dataclass(frozen=True)
class ChartLayout:
    """Where everything goes in a given rectangle."""

    plot: QRectF
    top_value: float                 # the value at the top of the plot
    ticks: Sequence[float]
    bars: Sequence[Sequence[QRectF | None]] = field(default_factory=tuple)  # [series][category]
    points: Sequence[Sequence[QPointF | None]] = field(default_factory=tuple)
    labels: Sequence[QRectF] = field(default_factory=tuple)   # under each category
    legend: bool = False


def colour_of(data: ChartData, index: int) -> QColor:
    return QColor(data.series[index].color or PALETTE[index % len(PALETTE)])


def nice_ticks(highest: float, count: int = 5) -> list[float]:
    """0 and round steps up to at least ``highest`` (1, 2 or 5 times a power of ten)."""
    if highest <= 0:
        return [0.0, 1.0]
    raw = highest / count
    power = 10 ** math.floor(math.log10(raw))
    step = next(m * power for m in (1, 2, 5, 10) if m * power >= raw)
    return [i * step for i in range(math.ceil(highest / step - 1e-9) + 1)]


def chart_layout(data: ChartData, rect: QRectF, font: QFont) -> ChartLayout:
    metrics = QFontMetricsF(font)
    line = metrics.height()
    values = [v for s in data.series for v in s.values if v is not None]
    ticks = nice_ticks(max(values, default=0.0))
    widest = max(metrics.horizontalAdvance(_number(t)) for t in ticks)
    legend = len(data.series) > 1
    top = rect.top() + PAD + (line + PAD if data.title else 0)
    bottom = rect.bottom() - PAD - line - (line + PAD if legend else 0) - 4
    plot = QRectF(rect.left() + PAD + widest + 6, top, 0, 0)
    plot.setRight(rect.right() - PAD)
    plot.setBottom(bottom)
    count = max(len(data.categories), 1)
    slot = plot.width() / count
    labels = [QRectF(plot.left() + i * slot, plot.bottom() + 4, slot, line) for i in range(count)]
    highest = ticks[-1]

    def y_of(value: float) -> float:
        return plot.bottom() - plot.height() * value / highest

    if data.kind == ChartKind.LINES:
        points = [[QPointF(plot.left() + (i + 0.5) * slot, y_of(v)) if v is not None else None
                   for i, v in enumerate(s.values)] for s in data.series]
        return ChartLayout(plot, highest, ticks, points=points, labels=labels, legend=legend)
    width = slot * 0.7 / max(len(data.series), 1)
    bars = [[QRectF(plot.left() + i * slot + slot * 0.15 + k * width, y_of(v), width,
                    plot.bottom() - y_of(v)) if v else None
             for i, v in enumerate(s.values)] for k, s in enumerate(data.series)]
    return ChartLayout(plot, highest, ticks, bars=bars, labels=labels, legend=legend)


def _number(value: float) -> str:
    return f"{value:,.0f}" if value == int(value) else f"{value:,.1f}"


def paint_chart(painter: QPainter, rect: QRectF, data: ChartData, font: QFont) -> ChartLayout:
    """Draw ``data`` into ``rect``; returns the layout it drew."""
    found = chart_layout(data, rect, font)
    painter.save()
    painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
    painter.setFont(font)
    painter.fillRect(rect, QColor(BACKGROUND))
    _grid(painter, found)
    if data.kind == ChartKind.LINES:
        _lines(painter, data, found)
    else:
        _bars(painter, data, found)
    _texts(painter, rect, data, found, font)
    painter.restore()
    return found


def _grid(painter: QPainter, found: ChartLayout) -> None:
    plot = found.plot
    painter.setPen(QPen(QColor(GRID), 1))
    for tick in found.ticks[1:]:
        y = plot.bottom() - plot.height() * tick / found.top_value
        painter.drawLine(QPointF(plot.left(), y), QPointF(plot.right(), y))
    painter.setPen(QPen(QColor(AXIS), 1))
    painter.drawLine(plot.bottomLeft(), plot.bottomRight())
    painter.drawLine(plot.bottomLeft(), plot.topLeft())


def _bars(painter: QPainter, data: ChartData, found: ChartLayout) -> None:
    painter.setPen(Qt.PenStyle.NoPen)
    for index, rects in enumerate(found.bars):
        painter.setBrush(colour_of(data, index))
        for bar in rects:
            if bar is not None:
                painter.drawRect(bar)


def _lines(painter: QPainter, data: ChartData, found: ChartLayout) -> None:
    for index, points in enumerate(found.points):
        colour = colour_of(data, index)
        painter.setPen(QPen(colour, 2.5))
        shown = [p for p in points if p is not None]
        for start, end in itertools.pairwise(shown):
            painter.drawLine(start, end)
        painter.setBrush(colour)
        for point in shown:
            painter.drawEllipse(point, 3.5, 3.5)


def _texts(painter: QPainter, rect: QRectF, data: ChartData, found: ChartLayout,
           font: QFont) -> None:
    metrics = QFontMetricsF(font)
    painter.setPen(QColor(TEXT))
    if data.title:
        heading = QFont(font)
        heading.setBold(True)
        painter.setFont(heading)
        painter.drawText(QRectF(rect.left() + PAD, rect.top() + PAD, rect.width() - 2 * PAD,
                                metrics.height()), Qt.AlignmentFlag.AlignLeft, data.title)
        painter.setFont(font)
    plot = found.plot
    for tick in found.ticks:
        y = plot.bottom() - plot.height() * tick / found.top_value
        painter.drawText(QRectF(rect.left(), y - metrics.height() / 2, plot.left() - 6,
                                metrics.height()),
                         Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter,
                         _number(tick))
    for label, text in zip(found.labels, data.categories, strict=False):
        shown = metrics.elidedText(text, Qt.TextElideMode.ElideRight, label.width() - 2)
        painter.drawText(label, Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop, shown)
    if found.legend:
        _legend(painter, rect, data, metrics)


def _legend(painter: QPainter, rect: QRectF, data: ChartData, metrics: QFontMetricsF) -> None:
    x, y = rect.left() + PAD, rect.bottom() - PAD - metrics.height()
    for index, series in enumerate(data.series):
        painter.fillRect(QRectF(x, y + 3, 12, metrics.height() - 6), colour_of(data, index))
        painter.drawText(QPointF(x + 16, y + metrics.ascent()), series.name)
        x += 16 + metrics.horizontalAdvance(series.name) + 18


def render_image(data: ChartData, size: QSize, font: QFont | None = None) -> QImage:
    """The chart painted into an image (no window): for tests, and to copy or save."""
    image = QImage(size, QImage.Format.Format_RGB32)
    image.fill(QColor(BACKGROUND))
    painter = QPainter(image)
    paint_chart(painter, QRectF(image.rect()), data, font or QApplication.font())
    painter.end()
    return image


class ChartWidget(QWidget):
    """Shows one :class:`ChartData`; ``set_data`` replaces it."""

    def __init__(self, data: ChartData | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._data = data or ChartData("", [], [])
        self.setMinimumSize(240, 160)

    def set_data(self, data: ChartData) -> None:
        self._data = data
        self.update()

    def data(self) -> ChartData:
        return self._data

    def sizeHint(self) -> QSize:
        return QSize(520, 300)

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        paint_chart(painter, QRectF(self.rect()), self._data, self.font())
        painter.end()
