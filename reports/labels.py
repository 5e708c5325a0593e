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
from reports.pdf import new_canvas

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
    buffer = io.BytesIO()
    page = new_canvas(buffer, (A4_W, A4_H) if a4 else (LABEL_W, LABEL_H), "箱标 Box labels")
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


ROW_PITCH = 27.0  # every field has room for two lines, so the frame is the same on each label


def draw_label(c: Any, label: BoxLabel, x: float, y: float, w: float, h: float) -> None:
    """The static frame once per position (a PDF form reused by every label), then this
    label's values and its barcode."""
    regular, bold = cjk_fonts()
    name = f"labelframe_{round(x)}_{round(y)}_{round(w)}_{round(h)}"
    made: set[str] = c.__dict__.setdefault("_label_forms", set())  # forms of this document
    if name not in made:
        c.beginForm(name)
        _frame(c, x, y, w, h, regular, bold)
        c.endForm()
        made.add(name)
    c.doForm(name)
    # What every box of one request shares (parties, totals, carrier) is one form as well.
    shared = f"{name}_{label.request_number}_{label.box_count}"
    if shared not in made:
        c.beginForm(shared)
        _request_values(c, label, x, y, w, h, regular, bold)
        c.endForm()
        made.add(shared)
    c.doForm(shared)
    _box_values(c, label, x, y, w, h, regular, bold)


FIELDS = [("收货单位", "Receiving unit"), ("收货人", "Receiver"), ("收货地址", "Address"),
          ("退货单位", "Returning unit"), ("联系人", "Contact"), ("总件数", "Total pieces"),
          ("箱号", "Box no."), ("承运/运单", "Carrier / waybill")]


def _frame(c: Any, x: float, y: float, w: float, h: float, regular: str, bold: str) -> None:
    pad = 5 * MM
    top = y + h - pad
    c.setLineWidth(0.8)
    c.rect(x + 2 * MM, y + 2 * MM, w - 4 * MM, h - 4 * MM)
    c.setFont(bold, 17)
    c.drawString(x + pad, top - 16, "返修退货")
    c.setFont(regular, 7)
    c.drawString(x + pad, top - 25, "RETURN GOODS")
    c.drawRightString(x + w - pad - 40, top - 24, "申请单号 Request ·")
    c.setLineWidth(1.2)
    c.rect(x + pad, top - 70, w - 2 * pad, 40)
    c.setFont(regular, 5.5)  # the big numbers' glosses, like every field's
    c.drawString(x + pad + 8, top - 67, "THIS BOX")
    c.drawRightString(x + w - pad - 8, top - 67, "BOXES IN ALL")
    text = c.beginText()
    row_y = top - 86
    for chinese, english in FIELDS:
        text.setFont(bold, 9)
        text.setTextOrigin(x + pad, row_y)
        text.textOut(chinese)
        text.setFont(regular, 5.5)
        text.setTextOrigin(x + pad, row_y - 7)
        text.textOut(english)
        row_y -= ROW_PITCH
    c.drawText(text)
    c.setLineWidth(0.3)
    row_y = top - 86
    for _ in FIELDS:
        c.line(x + pad, row_y - 16, x + w - pad, row_y - 16)  # below a two-line value
        row_y -= ROW_PITCH


def _request_values(c: Any, label: BoxLabel, x: float, y: float, w: float, h: float,
                    regular: str, bold: str) -> None:
    from reports.layout import wrap

    pad = 5 * MM
    top = y + h - pad
    text = c.beginText()
    text.setFont(bold, 11)
    number_w = c.stringWidth(label.request_number, bold, 11)
    text.setTextOrigin(x + w - pad - number_w, top - 14)
    text.textOut(label.request_number)
    text.setFont(regular, 7)
    text.setTextOrigin(x + w - pad - c.stringWidth(label.shipped_on, regular, 7), top - 24)
    text.textOut(label.shipped_on)
    of = f"共 {label.box_count} 件"
    text.setFont(bold, 26)
    text.setTextOrigin(x + w - pad - 8 - c.stringWidth(of, bold, 26), top - 58)
    text.textOut(of)
    values = [label.receiving_unit, f"{label.receiver}  {label.receiver_phone}".strip(),
              label.receiving_address, label.returning_unit,
              f"{label.returning_contact}  {label.returning_phone}".strip(),
              str(label.total_pieces), None, f"{label.carrier}  {label.waybill}".strip()]
    text.setFont(regular, 10.5)
    row_y = top - 86
    value_x, value_w = x + pad + 21 * MM, w - 2 * pad - 21 * MM
    for value in values:
        if value is not None:  # the box number is the box's own
            for offset, line in enumerate((wrap(value or "—", regular, 10.5, value_w)
                                           or ["—"])[:2]):
                text.setTextOrigin(value_x, row_y - offset * 11)
                text.textOut(line)
        row_y -= ROW_PITCH
    c.drawText(text)


def _box_values(c: Any, label: BoxLabel, x: float, y: float, w: float, h: float,
                regular: str, bold: str) -> None:
    pad = 5 * MM
    top = y + h - pad
    text = c.beginText()
    text.setFont(bold, 26)
    text.setTextOrigin(x + pad + 8, top - 58)
    text.textOut(f"第 {label.box_no} 件")
    text.setFont(regular, 10.5)
    text.setTextOrigin(x + pad + 21 * MM, top - 86 - 6 * ROW_PITCH)
    text.textOut(f"{label.box_no:03d}")
    bars_y = y + pad + 12
    left = x + max(0.0, (w - width_pt(label.box_code)) / 2)
    used = draw_code128(c, label.box_code, left, bars_y, 18 * MM)
    text.setFont(bold, 11)  # the code in human-readable form, centred under the bars
    text.setTextOrigin(left + used / 2 - c.stringWidth(label.box_code, bold, 11) / 2,
                       bars_y - 11)
    text.textOut(label.box_code)
    c.drawText(text)
