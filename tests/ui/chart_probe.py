"""Run in a subprocess with system fonts hidden: paint the chart widget's bars with six Chinese
category labels into a QImage and report whether the labels' glyphs are real (distinct)."""

from __future__ import annotations

import json

from PySide6.QtCore import QRect, QSize
from PySide6.QtGui import QFontInfo, QImage
from PySide6.QtWidgets import QApplication

CHARS = "售后返修退货"


def main() -> None:
    from desktop.ui.app import create_application
    from desktop.ui.widgets.chart import ChartData, Series, chart_layout, render_image

    app = create_application()
    data = ChartData("", list(CHARS), [Series("件数", [6, 5, 4, 3, 2, 1])])
    font = app.font()
    font.setPixelSize(28)
    image = render_image(data, QSize(600, 300), font)
    found = chart_layout(data, image.rect().toRectF(), font)
    crops = [image.copy(QRect(label.toRect())).convertToFormat(QImage.Format.Format_Grayscale8)
             for label in found.labels]
    shapes = [bytes(c.constBits()) for c in crops]
    print(json.dumps({"family": QFontInfo(QApplication.font()).family(),
                      "distinct": len(set(shapes)),
                      "min_ink": min(sum(1 for b in s if b < 128) for s in shapes)}))


if __name__ == "__main__":
    main()
