"""Code128 drawn as vector rectangles from python-barcode's module pattern.

The narrowest bar is a whole number of printer dots (3 dots of a 203-dpi thermal printer, 0.375
mm), so every bar edge falls on a dot and the scanner sees clean widths.
"""

from __future__ import annotations

from functools import lru_cache
from typing import Any

PRINTER_DPI = 203
MODULE_DOTS = 3
MODULE_PT = MODULE_DOTS * 72 / PRINTER_DPI  # one module in PDF points
QUIET_MODULES = 10


@lru_cache(maxsize=4096)
def code128_modules(code: str) -> str:
    """The bar pattern: '1' a dark module, '0' a light one (start, data, check, stop).
    Cached: a label measures its bars before drawing them."""
    from barcode import Code128

    return str(Code128(code).build()[0])


def bar_runs(pattern: str) -> list[tuple[int, int]]:
    """(first module, width in modules) of every dark bar."""
    runs = []
    start = None
    for index, module in enumerate(pattern + "0"):
        if module == "1" and start is None:
            start = index
        elif module == "0" and start is not None:
            runs.append((start, index - start))
            start = None
    return runs


def width_pt(code: str) -> float:
    """The printed width with both quiet zones."""
    return (len(code128_modules(code)) + 2 * QUIET_MODULES) * MODULE_PT


def draw_code128(canvas: Any, code: str, x: float, y: float, height: float) -> float:
    """Draw the bars with their quiet zones from (x, y) upwards; returns the width used."""
    pattern = code128_modules(code)
    left = x + QUIET_MODULES * MODULE_PT
    path = canvas.beginPath()
    for start, width in bar_runs(pattern):
        path.rect(left + start * MODULE_PT, y, width * MODULE_PT, height)
    canvas.drawPath(path, stroke=0, fill=1)
    return (len(pattern) + 2 * QUIET_MODULES) * MODULE_PT
