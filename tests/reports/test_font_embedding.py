"""reportlab gets the bundled font: Chinese text in a PDF is embedded, selectable and drawn."""

from __future__ import annotations

import io

import pypdfium2 as pdfium
from reportlab.lib.pagesizes import A4
from reportlab.pdfgen import canvas

from reports.fonts import cjk_fonts


def _pdf(text: str) -> bytes:
    regular, bold = cjk_fonts()
    buffer = io.BytesIO()
    page = canvas.Canvas(buffer, pagesize=A4)
    page.setFont(bold, 20)
    page.drawString(72, 760, text)
    page.setFont(regular, 11)
    page.drawString(72, 730, "收货单位：中合照明科技有限公司  Receiver")
    page.save()
    return buffer.getvalue()


def test_chinese_is_embedded_and_selectable() -> None:
    data = _pdf("客诉质量异常联络单")
    assert b"/FontFile2" in data  # the TrueType font program is in the file
    document = pdfium.PdfDocument(data)
    text = document[0].get_textpage().get_text_range()
    assert "客诉质量异常联络单" in text
    assert "收货单位：中合照明科技有限公司" in text


def test_the_page_is_drawn_not_blank() -> None:
    document = pdfium.PdfDocument(_pdf("产品运输异常记录表"))
    image = document[0].render(scale=1).to_pil().convert("L")
    dark = sum(image.histogram()[:128])
    assert dark > 500


def test_the_font_is_registered_once() -> None:
    assert cjk_fonts() is cjk_fonts()
