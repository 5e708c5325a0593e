"""Render resources/icons/returndesk.svg to the PNG (Linux desktop entry) and the ICO (Windows).

    .venv/bin/python installer/make_icons.py

The outputs are committed beside the SVG so that neither build needs this step; run it again
after editing the SVG.  The ICO holds PNG images (Windows Vista and later read them), so no
image library beyond Qt is needed.
"""

from __future__ import annotations

import struct
import sys
from pathlib import Path

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, Qt
from PySide6.QtGui import QGuiApplication, QImage, QPainter
from PySide6.QtSvg import QSvgRenderer

ICONS = Path(__file__).resolve().parents[1] / "resources" / "icons"
ICO_SIZES = (16, 24, 32, 48, 64, 128, 256)


def render(svg: QSvgRenderer, size: int) -> bytes:
    image = QImage(size, size, QImage.Format.Format_ARGB32)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    svg.render(painter)
    painter.end()
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    image.save(buffer, "PNG")  # type: ignore[call-overload]  # the stub says bytes; it takes str
    return bytes(data.data())


def ico(images: dict[int, bytes]) -> bytes:
    """An ICO file whose entries are PNG images (ICONDIR, ICONDIRENTRY × n, the PNGs)."""
    header = struct.pack("<HHH", 0, 1, len(images))
    offset = len(header) + 16 * len(images)
    entries, blobs = b"", b""
    for size, png in sorted(images.items()):
        side = 0 if size >= 256 else size  # 0 means 256 in an ICONDIRENTRY
        entries += struct.pack("<BBBBHHII", side, side, 0, 0, 1, 32, len(png), offset)
        blobs += png
        offset += len(png)
    return header + entries + blobs


def main() -> int:
    _app = QGuiApplication(sys.argv[:1])
    svg = QSvgRenderer(str(ICONS / "returndesk.svg"))
    if not svg.isValid():
        print("returndesk.svg does not render", file=sys.stderr)
        return 1
    (ICONS / "returndesk.png").write_bytes(render(svg, 256))
    (ICONS / "returndesk.ico").write_bytes(ico({s: render(svg, s) for s in ICO_SIZES}))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
