"""What the request detail shows, read through the operations layer: the request with its lines
and history, its boxes, and HQ's count; and the display rows made from them."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QWidget

from desktop.backend import Backend
from desktop.core.rules.acceptance import Severity
from desktop.core.services.receiving.counting import BoxRow, CountRow, boxes_of, count_sheet
from desktop.core.services.returns.query import RequestDetail, get_request
from desktop.ui.i18n import tr
from desktop.ui.labels import history_label, kind_label, state_label
from desktop.ui.ops import Op


@dataclass(frozen=True)
class RequestRecord:
    detail: RequestDetail
    boxes: list[BoxRow]
    count: list[CountRow]


def load_request(parent: QWidget, backend: Backend, number: str,
                 done: Callable[[RequestRecord], object]) -> None:
    """Read request ``number``, its boxes and HQ's count (three use cases, at the same time),
    then ``done(record)`` on the GUI thread; a refusal is shown the default way."""
    parts: dict[str, Any] = {}

    def got(key: str, value: object) -> None:
        parts[key] = value
        if len(parts) == 3:
            done(RequestRecord(parts["detail"], parts["boxes"], parts["count"]))

    Op(parent, backend, get_request, number).done(lambda d: got("detail", d)).run()
    Op(parent, backend, boxes_of, number).done(lambda b: got("boxes", b)).run()
    Op(parent, backend, count_sheet, number).done(lambda c: got("count", c)).run()


def line_rows(detail: RequestDetail) -> list[list[str]]:
    rows = []
    for line in detail.lines:
        until = (QCoreApplication.translate("RequestDetailDialog", "in warranty until %1")
                 if line.in_warranty else
                 QCoreApplication.translate("RequestDetailDialog", "out of warranty since %1"))
        checks = [("✓ " if line.in_warranty else "✗ ")
                  + until.replace("%1", line.warranty_end.isoformat())]
        checks += [("✗ " if f.severity == Severity.BLOCK else "△ ") + tr(f.message)
                   for f in line.findings]
        rows.append([str(line.line_no), line.product_code, line.product_name,
                     str(line.quantity), line.date_code, kind_label(line.kind), line.fault,
                     "\n".join(checks)])
    return rows


def history_lines(detail: RequestDetail) -> list[str]:
    lines = []
    for entry in detail.history:
        when = entry.at.astimezone().strftime("%Y-%m-%d %H:%M")
        change = (f"{state_label(entry.from_state)} → {state_label(entry.to_state)}"
                  if entry.from_state and entry.to_state else "")
        text = f"{when}  {entry.name or entry.login}  {history_label(entry.action)}  {change}"
        if entry.reason:
            text += "  — " + entry.reason
        lines.append(text)
    return lines


def box_rows(record: RequestRecord) -> list[list[str]]:
    boxes = record.boxes
    return [[f"{box.box_no}/{len(boxes)}", box.code,
             box.received_at.astimezone().strftime("%Y-%m-%d %H:%M") if box.received_at else "",
             box.login] for box in boxes]


def count_rows(record: RequestRecord) -> tuple[list[list[str]], list[str | None]]:
    """HQ's count by model (L2), once it has been made: model, name, declared, counted, the
    difference (red where there is one) and the note; and a colour per row."""
    counted = [c for c in record.count if c.counted is not None]
    rows = [[c.product_code, c.product_name, str(c.declared), str(c.counted),
             f"{c.difference:+d}" if c.difference else "0", c.note] for c in counted]
    return rows, ["#c62828" if c.difference else None for c in counted]
