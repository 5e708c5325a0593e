"""1,000 labels in one PDF against a bare reportlab loop that draws the same bars (≤ 1.3×)."""

from __future__ import annotations

import gc
import io
import statistics
import time
from typing import Any

COUNT = 1_000


def _labels(count: int) -> list[Any]:
    from desktop.core.rules.boxcode import box_code
    from reports.labels import BoxLabel

    return [BoxLabel(f"R26110{i // 50:05d}", box_code(f"R26110{i // 50:05d}", i % 50 + 1),
                     i % 50 + 1, 50, 600, "总部售后仓", "仓管 王强", "0755-2688 1010",
                     "深圳市宝安区福永街道凤凰工业区 8 栋 1 楼售后仓", "上海明辉照明经营部", "张伟",
                     "021-6136 2730", "顺丰速运", "SF1402 5566 7788", "2026-11-22")
            for i in range(count)]


def _bare(labels: list[Any]) -> bytes:
    """The baseline: the same bars, one page each, nothing else, drawn with reportlab's own path
    API (a rectangle per bar, in points), the plain way to draw them with reportlab."""
    from reportlab.pdfgen import canvas

    from reports.barcode import MODULE_PT, QUIET_MODULES, bar_runs, code128_modules
    from reports.labels import LABEL_H, LABEL_W

    buffer = io.BytesIO()
    page = canvas.Canvas(buffer, pagesize=(LABEL_W, LABEL_H), pageCompression=1)
    for label in labels:
        left = 20 + QUIET_MODULES * MODULE_PT
        path = page.beginPath()
        for start, width in bar_runs(code128_modules(label.box_code)):
            path.rect(left + start * MODULE_PT, 30, width * MODULE_PT, 51)
        page.drawPath(path, stroke=0, fill=1)
        page.showPage()
    page.save()
    return buffer.getvalue()


def timed(work: Any) -> float:
    """Seconds for ``work()`` with the garbage collector paused, as timeit does: what the
    benchmarks run before (a million boxes) must not be collected on this side's clock."""
    gc.collect()
    gc.disable()
    try:
        start = time.perf_counter()
        work()
        return time.perf_counter() - start
    finally:
        gc.enable()


def measure_labels(runs: int = 5, count: int = COUNT) -> dict[str, Any]:
    from reports.fonts import cjk_fonts
    from reports.labels import render_labels

    labels = _labels(count)
    cjk_fonts()  # registered once per process, as in the application
    render_labels(labels[:10])
    _bare(labels[:10])
    bare, ours = [], []
    from reports.barcode import code128_modules

    for _ in range(runs):
        code128_modules.cache_clear()  # neither side starts with the bars already built
        bare.append(timed(lambda: _bare(labels)))
        code128_modules.cache_clear()
        ours.append(timed(lambda: render_labels(labels)))
    bare_s, ours_s = statistics.median(bare), statistics.median(ours)
    return {"labels": count, "bare_s": round(bare_s, 3), "labels_s": round(ours_s, 3),
            "ratio": round(ours_s / bare_s, 2)}
