"""Run in a subprocess with system fonts hidden: render Chinese characters and report whether
their glyphs are real (distinct from each other) and which family Qt used."""

from __future__ import annotations

import json
import sys

from PySide6.QtCore import Qt
from PySide6.QtGui import QFontInfo, QImage, QPainter
from PySide6.QtWidgets import QApplication

CHARS = "售后返修退货"


def glyph_image(app: QApplication, char: str) -> bytes:
    image = QImage(64, 64, QImage.Format.Format_Grayscale8)
    image.fill(Qt.GlobalColor.white)
    painter = QPainter(image)
    font = app.font()
    font.setPixelSize(48)
    painter.setFont(font)
    painter.drawText(image.rect(), Qt.AlignmentFlag.AlignCenter, char)
    painter.end()
    return bytes(image.constBits())


def main() -> None:
    with_font = sys.argv[1] == "bundled"
    if with_font:
        from desktop.ui.app import create_application

        app = create_application()
    else:
        app = QApplication(sys.argv[:1])
    images = [glyph_image(app, c) for c in CHARS]
    inked = [sum(1 for b in img if b < 128) for img in images]
    print(json.dumps({
        "family": QFontInfo(app.font()).family(),
        "distinct": len(set(images)),
        "min_ink": min(inked),
    }))


if __name__ == "__main__":
    main()
