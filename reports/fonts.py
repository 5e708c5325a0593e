"""The embedded Chinese font for reportlab, registered once, on first use.

reportlab embeds (a subset of) a TrueType font, so the text is selectable and the page looks
right on a computer with no Chinese font.  The bundled file is Noto Sans SC cut to GBK and
converted to TrueType (reportlab refuses the CFF outlines of the .otf/.ttc releases).
"""

from __future__ import annotations

from functools import cache
from pathlib import Path

FONTS = Path(__file__).resolve().parents[1] / "resources" / "fonts"
REGULAR = "NotoSansSC"
BOLD = "NotoSansSC-Bold"


@cache
def cjk_fonts() -> tuple[str, str]:
    """Register the regular and bold faces with reportlab; returns their names."""
    from reportlab import rl_config
    from reportlab.lib.fonts import addMapping
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont

    rl_config.useA85 = 0  # binary streams: standard PDF, a quarter smaller, faster to write

    pdfmetrics.registerFont(TTFont(REGULAR, str(FONTS / "NotoSansSC-Regular-GBK.ttf")))
    pdfmetrics.registerFont(TTFont(BOLD, str(FONTS / "NotoSansSC-Bold-GBK.ttf")))
    addMapping(REGULAR, 0, 0, REGULAR)
    addMapping(REGULAR, 1, 0, BOLD)
    return REGULAR, BOLD
