"""Box labels (箱标, L1): 100×150 mm for a thermal printer, or four to an A4 sheet.

Each label carries 收货单位, 收货人, 退货单位, 总件数, 箱号, 共N件, 第k件, the request number and
the box code as Code128 with the code in human-readable form under the bars.
"""

from __future__ import annotations

import io
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from reports.barcode import draw_code128, width_pt
from reports.fonts import cjk_fonts

MM = 72 / 25.4
LABEL_W, LABEL_H = 100 * MM, 150 * MM
A4_W, A4_H = 210 * MM, 297 * MM
A4_CELL_H = 145 * MM


@dataclass(frozen=True)
class BoxLabel:
    request_number: str
    box_code: str
    box_no: int
    box_count: int
    total_pieces: int
    receiving_unit: str
    receiver: str
    receiver_phone: str
    receiving_address: str
    returning_unit: str
    returning_contact: str
    returning_phone: str
    carrier: str
    waybill: str
    shipped_on: str


def render_labels(labels: Sequence[BoxLabel], a4: bool = False) -> bytes:
    """The labels as one PDF: a page per label, or four per A4 page."""
    from reportlab.pdfgen import canvas as pdf

    buffer = io.BytesIO()
    page = pdf.Canvas(buffer, pagesize=(A4_W, A4_H) if a4 else (LABEL_W, LABEL_H),
                      pageCompression=1)
    page.setTitle("箱标 Box labels")
    for index, label in enumerate(labels):
        if a4:
            slot = index % 4
            if index and slot == 0:
                page.showPage()
            x = 5 * MM + (slot % 2) * LABEL_W
            y = A4_H - 3.5 * MM - (slot // 2 + 1) * A4_CELL_H
            draw_label(page, label, x, y, LABEL_W, A4_CELL_H)
        else:
            if index:
                page.showPage()
            draw_label(page, label, 0, 0, LABEL_W, LABEL_H)
    page.save()
    return buffer.getvalue()


def draw_label(c: Any, label: BoxLabel, x: float, y: float, w: float, h: float) -> None:
    regular, bold = cjk_fonts()
    pad = 5 * MM
    top = y + h - pad
    c.setLineWidth(0.8)
    c.rect(x + 2 * MM, y + 2 * MM, w - 4 * MM, h - 4 * MM)
    c.setFont(bold, 17)
    c.drawString(x + pad, top - 16, "返修退货")
    c.setFont(regular, 7)
    c.drawString(x + pad, top - 25, "RETURN GOODS")
    c.setFont(bold, 11)
    c.drawRightString(x + w - pad, top - 14, label.request_number)
    c.setFont(regular, 7)
    c.drawRightString(x + w - pad, top - 24, f"申请单号 Request · {label.shipped_on}")
    _box_of(c, label, x + pad, top - 70, w - 2 * pad, regular, bold)
    rows = [
        ("收货单位", "Receiving unit", label.receiving_unit),
        ("收货人", "Receiver", f"{label.receiver}  {label.receiver_phone}".strip()),
        ("收货地址", "Address", label.receiving_address),
        ("退货单位", "Returning unit", label.returning_unit),
        ("联系人", "Contact", f"{label.returning_contact}  {label.returning_phone}".strip()),
        ("总件数", "Total pieces", str(label.total_pieces)),
        ("箱号", "Box no.", f"{label.box_no:03d}"),
        ("承运/运单", "Carrier / waybill", f"{label.carrier}  {label.waybill}".strip()),
    ]
    _rows(c, rows, x + pad, top - 86, w - 2 * pad, regular, bold)
    bars_y = y + pad + 12
    c.setFillColorRGB(0, 0, 0)
    left = x + max(0.0, (w - width_pt(label.box_code)) / 2)
    used = draw_code128(c, label.box_code, left, bars_y, 18 * MM)
    c.setFont(bold, 11)
    c.drawCentredString(left + used / 2, bars_y - 11, label.box_code)


def _box_of(c: Any, label: BoxLabel, x: float, y: float, w: float, regular: str,
            bold: str) -> None:
    """第 k 件 / 共 N 件, big enough to read across the warehouse."""
    c.setLineWidth(1.2)
    c.rect(x, y, w, 40)
    c.setFont(bold, 26)
    c.drawString(x + 8, y + 12, f"第 {label.box_no} 件")
    c.drawRightString(x + w - 8, y + 12, f"共 {label.box_count} 件")
    c.setFont(regular, 6.5)
    c.drawCentredString(x + w / 2, y + 4, f"box {label.box_no} of {label.box_count}")


def _rows(c: Any, rows: list[tuple[str, str, str]], x: float, y: float, w: float,
          regular: str, bold: str) -> None:
    from reportlab.lib.utils import simpleSplit

    label_w = 21 * MM
    c.setLineWidth(0.3)
    for chinese, english, value in rows:
        c.setFont(bold, 9)
        c.drawString(x, y, chinese)
        c.setFont(regular, 5.5)
        c.drawString(x, y - 7, english)
        lines = simpleSplit(value or "—", regular, 10.5, w - label_w) or ["—"]
        c.setFont(regular, 10.5)
        for offset, line in enumerate(lines[:2]):
            c.drawString(x + label_w, y - offset * 12, line)
        bottom = y - 10 - 12 * (min(len(lines), 2) - 1)
        c.line(x, bottom, x + w, bottom)
        y = bottom - 11
