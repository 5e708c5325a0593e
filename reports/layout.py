"""The shared frame of the A4 forms: title, form number with its barcode, labelled fields, a
ruled table of lines, a text block and signature boxes.  Each form is a short module on top.

Chinese first, English in small type under it, as the paper forms of a Chinese back office.
"""

from __future__ import annotations

import io
from collections.abc import Sequence
from typing import Any

from reports.barcode import draw_code128, width_pt
from reports.fonts import cjk_fonts

MM = 72 / 25.4
PAGE_W, PAGE_H = 210 * MM, 297 * MM
MARGIN = 15 * MM
INNER_W = PAGE_W - 2 * MARGIN

Label = tuple[str, str]  # (Chinese, English)


class FormCanvas:
    """A page being written from the top down; ``y`` is where the next block starts."""

    def __init__(self, canvas: Any) -> None:
        self.c = canvas
        self.regular, _bold = cjk_fonts()
        self.y = PAGE_H - MARGIN

    def strong(self, x: float, y: float, text: str, size: float, centred: bool = False,
               right: bool = False) -> None:
        """Heavier text in the one embedded face: filled and stroked (PDF text render mode 2),
        as Chinese office forms print their labels.  A second, bold face would be a second font
        subset in every file and cost as much again as the page's text."""
        c = self.c
        c.setFont(self.regular, size)
        c.setLineWidth(size * 0.04)
        if centred:
            c.drawCentredString(x, y, text, mode=2)
        elif right:
            c.drawRightString(x, y, text, mode=2)
        else:
            c.drawString(x, y, text, mode=2)
        c.setLineWidth(0.4)

    def header(self, title: Label, number: str, subtitle: str = "") -> None:
        c = self.c
        self.strong(MARGIN, self.y - 20, title[0], 20)
        c.setFont(self.regular, 8)
        c.drawString(MARGIN, self.y - 31, title[1] + (f" · {subtitle}" if subtitle else ""))
        bars = width_pt(number)
        left = PAGE_W - MARGIN - bars
        draw_code128(c, number, left, self.y - 30, 10 * MM)
        self.strong(left + bars / 2, self.y - 40, number, 10, centred=True)
        self.y -= 50
        c.setLineWidth(1.2)
        c.line(MARGIN, self.y, PAGE_W - MARGIN, self.y)
        self.y -= 6

    def fields(self, items: Sequence[tuple[Label, str]], columns: int = 2) -> None:
        """Labelled values in a ruled grid, ``columns`` to a row."""
        c = self.c
        cell_w, cell_h = INNER_W / columns, 26
        for index, ((chinese, english), value) in enumerate(items):
            column = index % columns
            if column == 0 and index:
                self.y -= cell_h
            x = MARGIN + column * cell_w
            c.setLineWidth(0.4)
            c.rect(x, self.y - cell_h, cell_w, cell_h)
            self.strong(x + 4, self.y - 11, chinese, 8.5)
            c.setFont(self.regular, 5.5)
            c.drawString(x + 4, self.y - 19, english)
            room = cell_w - 26 * MM
            if c.stringWidth(value, self.regular, 10) <= room:
                c.setFont(self.regular, 10)
                c.drawString(x + 24 * MM, self.y - 15, value)
            else:  # two smaller lines before giving up with …
                c.setFont(self.regular, 8)
                lines = wrap(value, self.regular, 8, room)
                for offset, line in enumerate(lines[:2]):
                    shown = line if offset == 0 or len(lines) <= 2 else _fit(
                        c, line + "…", self.regular, 8, room)
                    c.drawString(x + 24 * MM, self.y - 10 - offset * 9, shown)
        self.y -= cell_h + 8

    def table(self, headers: Sequence[Label], widths: Sequence[float],
              rows: Sequence[Sequence[str]]) -> None:
        """A ruled table; ``widths`` are fractions of the page's inner width."""
        c = self.c
        xs = [MARGIN]
        for fraction in widths:
            xs.append(xs[-1] + fraction * INNER_W)
        c.setFillColorRGB(0.93, 0.93, 0.93)
        c.rect(MARGIN, self.y - 24, INNER_W, 24, stroke=0, fill=1)
        c.setFillColorRGB(0, 0, 0)
        for (chinese, english), x, x_next in zip(headers, xs, xs[1:], strict=False):
            room = x_next - x - 5  # a header wider than its column is shortened with …
            self.strong(x + 3, self.y - 11, _fit(c, chinese, self.regular, 8.5, room), 8.5)
            c.setFont(self.regular, 5.5)
            c.drawString(x + 3, self.y - 19, _fit(c, english, self.regular, 5.5, room))
        self.y -= 24
        c.setFont(self.regular, 9)
        for row in rows:
            for value, x, x_next in zip(row, xs, xs[1:], strict=False):
                c.drawString(x + 3, self.y - 13, _fit(c, value, self.regular, 9, x_next - x - 6))
            c.setLineWidth(0.3)
            c.line(MARGIN, self.y - 18, PAGE_W - MARGIN, self.y - 18)
            self.y -= 18
        c.setLineWidth(0.6)
        top = self.y + 18 * len(rows) + 24
        c.rect(MARGIN, self.y, INNER_W, top - self.y)
        for x in xs[1:-1]:
            c.line(x, self.y, x, top)
        self.y -= 10

    def text(self, label: Label, body: str, height: float = 60) -> None:
        c = self.c
        c.setLineWidth(0.4)
        c.rect(MARGIN, self.y - height, INNER_W, height)
        self.strong(MARGIN + 4, self.y - 11, label[0], 8.5)
        c.setFont(self.regular, 5.5)
        c.drawString(MARGIN + 4, self.y - 19, label[1])
        c.setFont(self.regular, 9.5)
        line_y = self.y - 12
        for line in wrap(body or "—", self.regular, 9.5, INNER_W - 30 * MM)[:5]:
            c.drawString(MARGIN + 26 * MM, line_y, line)
            line_y -= 11
        self.y -= height + 8

    def photos(self, label: Label, thumbnails: Sequence[bytes]) -> None:
        """Up to four photo thumbnails in a row, under their label."""
        if not thumbnails:
            return
        from reportlab.lib.utils import ImageReader

        c = self.c
        size = 38 * MM
        self.strong(MARGIN, self.y - 10, label[0], 8.5)
        c.setFont(self.regular, 5.5)
        c.drawString(MARGIN + 22 * MM, self.y - 10, label[1])
        top = self.y - 14
        for index, data in enumerate(thumbnails[:4]):
            x = MARGIN + index * (size + 6 * MM)
            c.drawImage(ImageReader(io.BytesIO(data)), x, top - size, size, size,
                        preserveAspectRatio=True, anchor="c")
            c.setLineWidth(0.3)
            c.rect(x, top - size, size, size)
        self.y = top - size - 8

    def signatures(self, boxes: Sequence[Label]) -> None:
        """Boxes for signatures at the foot of the page: 签字 and 日期 in each."""
        c = self.c
        width = INNER_W / len(boxes)
        top = max(self.y, MARGIN + 70)
        for index, (chinese, english) in enumerate(boxes):
            x = MARGIN + index * width
            c.setLineWidth(0.6)
            c.rect(x, top - 70, width, 70)
            self.strong(x + 5, top - 13, chinese, 9)
            c.setFont(self.regular, 5.5)
            c.drawString(x + 5, top - 21, english)
            c.setFont(self.regular, 8)
            c.drawString(x + 5, top - 45, "签字 Signature: ____________")
            c.drawString(x + 5, top - 62, "日期 Date:       ____________")
        self.y = top - 78


def wrap(text: str, font: str, size: float, width: float) -> list[str]:
    """Lines no wider than ``width``: Chinese breaks between any two characters (it has no
    spaces; reportlab's simpleSplit only breaks at spaces), Latin words stay whole."""
    from reportlab.pdfbase.pdfmetrics import stringWidth

    lines: list[str] = []
    for paragraph in (text or "").splitlines() or [""]:
        line, used = "", 0.0
        for token in _tokens(paragraph):
            wide = stringWidth(token, font, size)  # each token measured once, not each line
            if line and used + wide > width:
                lines.append(line.rstrip())
                line, used = token.lstrip(), stringWidth(token.lstrip(), font, size)
            else:
                line, used = line + token, used + wide
        lines.append(line.rstrip())
    return lines


def _tokens(text: str) -> list[str]:
    """Latin words (with their following space) whole; every other character on its own."""
    tokens: list[str] = []
    word = ""
    for char in text:
        if char.isascii() and not char.isspace():
            word += char
            continue
        if word:
            tokens.append(word)
            word = ""
        if char.isspace() and tokens:
            tokens[-1] += char
        else:
            tokens.append(char)
    if word:
        tokens.append(word)
    return tokens


def _fit(c: Any, text: str, font: str, size: float, width: float) -> str:
    """The text, shortened with … when it would not fit ``width``."""
    value = text or "—"
    if c.stringWidth(value, font, size) <= width:
        return value
    while value and c.stringWidth(value + "…", font, size) > width:
        value = value[:-1]
    return value + "…"
