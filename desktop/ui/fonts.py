"""The bundled Chinese font, registered for Qt so that Chinese renders on a machine with none."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtGui import QFont, QFontDatabase
from PySide6.QtWidgets import QApplication

FONTS = Path(__file__).resolve().parents[2] / "resources" / "fonts"
FAMILY = "Noto Sans SC"


def register_fonts(app: QApplication) -> str:
    """Add the bundled fonts and make them the application font; returns the family."""
    families: list[str] = []
    for path in sorted(FONTS.glob("*.ttf")):
        font_id = QFontDatabase.addApplicationFont(str(path))
        if font_id >= 0:
            families.extend(QFontDatabase.applicationFontFamilies(font_id))
    family = FAMILY if FAMILY in families else (families[0] if families else "")
    if family:
        font = QFont(family)
        font.setPointSizeF(max(app.font().pointSizeF(), 10.0))
        font.setStyleHint(QFont.StyleHint.SansSerif)
        app.setFont(font)
    return family
