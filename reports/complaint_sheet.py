"""《客诉质量异常联络单》 — the customer complaint quality exception contact sheet (C1)."""

from __future__ import annotations

import io
from collections.abc import Sequence
from dataclasses import dataclass

from reports.layout import FormCanvas
from reports.pdf import new_canvas

KINDS = {"not_matching": "不符合订货要求 Not matching the order",
         "quality": "质量异常 Quality exception",
         "own_mistake": "公司操作失误 Company's mistake"}
ANSWERS = {"exchange": "换货 Exchange", "credit": "冲帐 Credit",
           "return_needed": "需提交退货申请 Return request needed", "rejected": "不予受理 Rejected"}


@dataclass(frozen=True)
class ComplaintSheetForm:
    number: str
    org: str
    org_code: str
    order_ref: str
    received_at: str
    filed_at: str
    kind: str
    unused: bool
    package_opened: bool
    description: str
    lines: Sequence[tuple[str, str, int, str]]
    answer: str
    answer_note: str
    return_number: str
    photos: Sequence[bytes] = ()


def render_complaint_sheet(form: ComplaintSheetForm) -> bytes:
    from reports.layout import PAGE_H, PAGE_W

    buffer = io.BytesIO()
    page = new_canvas(buffer, (PAGE_W, PAGE_H), f"客诉质量异常联络单 {form.number}")
    sheet = FormCanvas(page)
    sheet.header(("客诉质量异常联络单", "CUSTOMER COMPLAINT QUALITY EXCEPTION SHEET"), form.number)
    sheet.fields([
        (("填单单位", "Filed by"), f"{form.org} [{form.org_code}]"),
        (("订单号", "Order"), form.order_ref or "—"),
        (("收货时间", "Received at"), form.received_at),
        (("填单时间", "Filed at"), form.filed_at),
        (("异常类型", "Kind"), KINDS.get(form.kind, form.kind)),
        (("是否未使用", "Unused"), "是 Yes" if form.unused else "否 No"),
        (("包装已打开", "Package opened"), "是 Yes" if form.package_opened else "否 No"),
        (("退货申请", "Return request"), form.return_number or "—"),
    ])
    sheet.table([("行", "#"), ("型号", "Model"), ("名称", "Name"), ("数量", "Qty"),
                 ("异常说明", "What is wrong")], [0.06, 0.16, 0.3, 0.1, 0.38],
                [[str(i), code, name, str(qty), problem] for i, (code, name, qty, problem)
                 in enumerate(form.lines, start=1)])
    sheet.text(("情况说明", "Description"), form.description, 56)
    sheet.photos(("照片", "Photos"), form.photos)
    sheet.text(("订单部答复", "Order department's answer"),
               "\n".join(p for p in (ANSWERS.get(form.answer, "待答复 awaiting the answer"),
                                     form.answer_note) if p), 50)
    sheet.signatures([("填单人", "Filed by"), ("区域负责人", "Regional manager"),
                      ("订单部", "Order department")])
    page.save()
    return buffer.getvalue()
