"""The benchmarks still run (figures are reported by ``returndesk bench``, never asserted)."""

from __future__ import annotations

from desktop.bench.forms import _text_items, measure_forms
from desktop.core.store.db import Database
from reports.layout import FormCanvas


def test_the_forms_benchmark_compares_the_same_strings(sqlite_demo_db: Database) -> None:
    figures = measure_forms(sqlite_demo_db, runs=1)
    assert set(figures) == {"return_authorisation", "transport_record", "complaint_sheet"}
    for row in figures.values():
        assert row["text_items"] > 40
        assert row["form_ms"] > 0
        assert row["bare_ms"] > 0


def test_text_capture_sees_headings_drawn_heavier() -> None:
    import io

    from reportlab.pdfgen import canvas

    def render() -> bytes:
        out = io.BytesIO()
        page = canvas.Canvas(out)
        FormCanvas(page).strong(10, 10, "客诉质量异常联络单", 20)
        page.save()
        return out.getvalue()

    assert _text_items(render) == ["客诉质量异常联络单"]
