"""《产品运输异常记录表》 — the product transport exception record the carrier signs (X1–X3)."""

from __future__ import annotations

import io
from collections.abc import Sequence
from dataclasses import dataclass

from reports.layout import FormCanvas
from reports.pdf import new_canvas

KINDS = {"loss": "丢失 Loss", "shortage": "少数 Shortage", "wrong_goods": "错货 Wrong goods",
         "damage": "运输破损 Damage", "mass_breakage": "光源大规模破碎 Mass breakage"}
DIRECTIONS = {"delivery": "发货 delivery", "return": "退货 return"}
DECISIONS = {"full_credit": "全额冲帐 Full credit", "exchange": "换货 Exchange",
             "carrier_claim": "向承运方索赔 Carrier claim", "rejected": "不予受理 Rejected"}


@dataclass(frozen=True)
class TransportRecord:
    number: str
    receiver: str
    receiver_code: str
    reference: str
    carrier: str
    waybill: str
    received_on: str
    reported_on: str
    kind: str
    signer_name: str
    carrier_signed: bool
    responsible_party: str
    description: str
    lines: Sequence[tuple[str, str, int]]
    state: str
    decision: str
    amount: str
    decision_note: str
    late_note: str
    photos: Sequence[bytes] = ()
    direction: str = "delivery"


def render_transport_record(form: TransportRecord) -> bytes:
    from reports.layout import PAGE_H, PAGE_W

    buffer = io.BytesIO()
    page = new_canvas(buffer, (PAGE_W, PAGE_H), f"产品运输异常记录表 {form.number}")
    sheet = FormCanvas(page)
    sheet.header(("产品运输异常记录表", "PRODUCT TRANSPORT EXCEPTION RECORD"), form.number)
    sheet.fields([
        (("收货单位", "Receiver"), f"{form.receiver} [{form.receiver_code}]"),
        (("订单/申请号", "Order / request"),
         f"{form.reference or '—'}  ({DIRECTIONS.get(form.direction, form.direction)})"),
        (("承运方", "Carrier"), form.carrier or "—"),
        (("运单号", "Waybill"), form.waybill or "—"),
        (("收货日期", "Received on"), form.received_on),
        (("报告日期", "Reported on"), form.reported_on),
        (("异常类型", "Kind"), KINDS.get(form.kind, form.kind)),
        (("责任单位", "Responsible party"), form.responsible_party or "待查 unknown"),
        (("承运方签字人", "Carrier's signer"), form.signer_name or "—"),
        (("承运方已签字", "Carrier signed"), "是 Yes" if form.carrier_signed else "否 No"),
    ])
    sheet.table([("行", "#"), ("型号", "Model"), ("名称", "Name"), ("数量", "Qty")],
                [0.08, 0.25, 0.5, 0.17],
                [[str(i), code, name, str(qty)] for i, (code, name, qty)
                 in enumerate(form.lines, start=1)])
    sheet.text(("异常情况", "What was found"), form.description, 56)
    sheet.photos(("照片", "Photos"), form.photos)
    decision = DECISIONS.get(form.decision, "待订单部处理 awaiting the order department")
    if form.amount:
        decision += f"  金额 ¥{form.amount}"
    sheet.text(("处理结果", "Decision"), "\n".join(
        part for part in (decision, form.decision_note, form.late_note) if part), 50)
    sheet.signatures([("收货人", "Receiver"), ("承运方", "Carrier"),
                      ("订单部", "Order department")])
    page.save()
    return buffer.getvalue()
