"""The one place a PDF canvas is made: every file ReturnDesk writes starts in the embedded face.

reportlab's canvas opens each page with its initial font (Helvetica unless told otherwise) and
so lists an unembedded Helvetica in every file's resources, even when no character is drawn in
it: a PDF/A checker reports it missing and a printer without it substitutes.  Started in the
bundled face instead, the file holds only fonts it carries.
"""

from __future__ import annotations

from typing import IO, Any

from reports.fonts import cjk_fonts


def new_canvas(out: IO[bytes], pagesize: tuple[float, float], title: str) -> Any:
    """A compressed canvas on ``out`` whose initial font is the embedded Chinese face."""
    from reportlab.pdfgen import canvas as pdf

    regular, _bold = cjk_fonts()
    page = pdf.Canvas(out, pagesize=pagesize, pageCompression=1, initialFontName=regular,
                      initialFontSize=9)
    page.setTitle(title)
    return page
