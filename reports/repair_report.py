"""The daily repair report (R5, 维修日报): every repair finished that day with the unit, the
fault found, the parts used, the technician, the time spent and the result.  Long days run
over several A4 pages, each with the header and the page number."""

from __future__ import annotations

import io
from collections.abc import Sequence
from dataclasses import dataclass

from reports.layout import FormCanvas
from reports.pdf import new_canvas

ROWS_PER_PAGE = 30
R3 = ("维修只保证照明功能，不保外观 (R3) · "
      "A repair guarantees the lighting function, not the appearance.")


@dataclass(frozen=True)
class RepairLine:
    number: str
    model: str
    unit: str          # serial or date code, and the quantity
    fault: str
    parts: str
    technician: str
    minutes: int
    result: str        # Chinese and English, short
    fee: str


@dataclass(frozen=True)
class RepairReportForm:
    day: str
    printed_at: str
    printed_by: str
    lines: Sequence[RepairLine]


HEADERS = [("单号", "Order"), ("型号", "Model"), ("序列号/日期码", "Serial/date code"),
           ("故障", "Fault found"), ("用料", "Parts used"), ("技术员", "Technician"),
           ("分钟", "Min"), ("结果", "Result"), ("费用", "Fee")]
WIDTHS = [0.14, 0.09, 0.13, 0.2, 0.13, 0.08, 0.05, 0.1, 0.08]


def render_repair_report(form: RepairReportForm) -> bytes:
    from reports.layout import PAGE_H, PAGE_W

    buffer = io.BytesIO()
    page = new_canvas(buffer, (PAGE_W, PAGE_H), f"维修日报 {form.day}")
    chunks = [form.lines[i:i + ROWS_PER_PAGE]
              for i in range(0, len(form.lines), ROWS_PER_PAGE)] or [[]]
    minutes = sum(line.minutes for line in form.lines)
    for index, chunk in enumerate(chunks, start=1):
        sheet = FormCanvas(page)
        sheet.header(("维修日报", "DAILY REPAIR REPORT"), f"RPT-{form.day}",
                     f"第 {index}/{len(chunks)} 页 page {index} of {len(chunks)}")
        if index == 1:
            sheet.fields([
                (("日期", "Day"), form.day),
                (("维修单数", "Repair orders"), str(len(form.lines))),
                (("总工时", "Time spent"), f"{minutes} 分钟 min"),
                (("打印", "Printed"), f"{form.printed_at} {form.printed_by}"),
            ])
        sheet.table(HEADERS, WIDTHS, [
            [r.number, r.model, r.unit, r.fault, r.parts or "—", r.technician, str(r.minutes),
             r.result, r.fee] for r in chunk])
        if index == len(chunks):
            sheet.text(("说明", "Note"), R3, 30)
            sheet.signatures([("技术部", "Technical department"), ("审核", "Checked by")])
        page.showPage()
    page.save()
    return buffer.getvalue()
