"""返修退货授权单 — the return authorisation: the approved request with its lines and box count,
which the dealer puts in the first box (A1, F1)."""

from __future__ import annotations

import io
from collections.abc import Sequence
from dataclasses import dataclass

from reports.layout import FormCanvas
from reports.pdf import new_canvas

KINDS = {
    "quality_fault": "保修期内质量问题",
    "failed_on_opening": "开箱不能正常使用",
    "damaged_on_opening": "开箱未安装发现破损",
    "not_matching_order": "不符合订货要求",
    "own_mistake": "公司操作失误",
    "safety_recall": "安全问题/抽检",
}


@dataclass(frozen=True)
class AuthorisedLine:
    line_no: int
    model: str
    name: str
    quantity: int
    date_code: str
    kind: str
    fault: str
    warranty: str


@dataclass(frozen=True)
class ReturnAuthorisation:
    number: str
    dealer: str
    dealer_code: str
    contact: str
    phone: str
    region: str
    destination: str
    destination_address: str
    approved_on: str
    approved_by: str
    box_count: int
    carrier: str
    waybill: str
    total_pieces: int
    note: str
    completion_days: int
    lines: Sequence[AuthorisedLine]


def render_return_authorisation(form: ReturnAuthorisation) -> bytes:
    from reports.layout import PAGE_H, PAGE_W

    buffer = io.BytesIO()
    page = new_canvas(buffer, (PAGE_W, PAGE_H), f"返修退货授权单 {form.number}")
    sheet = FormCanvas(page)
    sheet.header(("返修退货授权单", "RETURN AUTHORISATION"), form.number,
                 "put this sheet in box 1")
    sheet.fields([
        (("退货单位", "Returning unit"), f"{form.dealer} [{form.dealer_code}]"),
        (("所属区域", "Region"), form.region),
        (("联系人", "Contact"), f"{form.contact}  {form.phone}".strip()),
        (("审批", "Approved"), f"{form.approved_on}  {form.approved_by}".strip()),
        (("收货单位", "Ship to"), form.destination),
        (("收货地址", "Address"), form.destination_address),
        (("总件数", "Total pieces"), str(form.total_pieces)),
        (("箱数", "Boxes"), f"共 {form.box_count} 件" if form.box_count else "待发货 not shipped"),
        (("承运商", "Carrier"), form.carrier or "—"),
        (("运单号", "Waybill"), form.waybill or "—"),
    ])
    sheet.table(
        [("行", "#"), ("型号", "Model"), ("名称", "Name"), ("数量", "Qty"),
         ("日期码", "Date code"), ("类型", "Kind"), ("故障", "Fault"), ("质保", "Warranty")],
        [0.04, 0.11, 0.17, 0.06, 0.10, 0.16, 0.19, 0.17],
        [[str(line.line_no), line.model, line.name, str(line.quantity), line.date_code,
          KINDS.get(line.kind, line.kind), line.fault, line.warranty] for line in form.lines])
    sheet.text(("备注", "Note"), form.note, 46)
    sheet.text(("说明", "Terms"),
               "凡是退回的产品，公司一律按产品型号以及实物清点数量给予处理，以公司实际清点数量为准。"
               "经检测后能正常使用的产品，返还给退货单位。"
               f"总部在收到退货后 {form.completion_days} 个工作日内处理完毕。", 46)
    sheet.signatures([("退货单位", "Returning unit"), ("区域负责人", "Regional manager"),
                      ("订单部", "Order department")])
    page.save()
    return buffer.getvalue()
