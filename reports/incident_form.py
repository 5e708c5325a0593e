"""《重大质量事故处理申请表》 — the major quality incident application (C4)."""

from __future__ import annotations

import io
from collections.abc import Sequence
from dataclasses import dataclass

from reports.layout import FormCanvas
from reports.pdf import new_canvas

KINDS = {"whole_replacement": "整机更换 Whole product replacement", "refund": "退款 Refund",
         "compensation": "赔偿 Compensation"}
STATES = {"applied": "待审批 Awaiting management", "approved": "批准 Approved",
          "rejected": "驳回 Rejected"}


@dataclass(frozen=True)
class IncidentForm:
    number: str
    case_number: str
    customer: str
    model: str
    kind: str
    amount: str
    justification: str
    state: str
    applied_by: str
    applied_at: str
    decided_by: str
    decided_at: str
    decision_reason: str
    photos: Sequence[bytes] = ()


def render_incident_form(form: IncidentForm) -> bytes:
    from reports.layout import PAGE_H, PAGE_W

    buffer = io.BytesIO()
    page = new_canvas(buffer, (PAGE_W, PAGE_H), f"重大质量事故处理申请表 {form.number}")
    sheet = FormCanvas(page)
    sheet.header(("重大质量事故处理申请表", "MAJOR QUALITY INCIDENT APPLICATION"), form.number)
    sheet.fields([
        (("服务单号", "Service case"), form.case_number),
        (("客户", "Customer"), form.customer),
        (("型号", "Model"), form.model),
        (("处理方式", "Remedy"), KINDS.get(form.kind, form.kind)),
        (("金额", "Amount"), form.amount),
        (("申请人", "Applied by"), f"{form.applied_by} {form.applied_at}"),
        (("审批结果", "Decision"), STATES.get(form.state, form.state)),
        (("审批人", "Decided by"), f"{form.decided_by} {form.decided_at}".strip() or "—"),
    ])
    sheet.text(("申请理由", "Justification"), form.justification, 56)
    sheet.photos(("照片", "Photos"), form.photos)
    sheet.text(("审批意见", "Management's reason"), form.decision_reason or "—", 50)
    sheet.signatures([("客户服务部", "Customer service"), ("技术部", "Technical department"),
                      ("总经理", "Management")])
    page.save()
    return buffer.getvalue()
