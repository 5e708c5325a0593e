"""The benchmarks still run (figures are reported by ``returndesk bench``, never asserted)."""

from __future__ import annotations

from pathlib import Path

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


def test_the_figures_bench_runs_its_pairs_on_a_small_world(tmp_path: object) -> None:
    from desktop.bench.figures import measure_figures_sqlite
    from desktop.bench.figures_files import measure_xlsx

    found = measure_figures_sqlite(requests=2_000, runs=1)
    assert found["rows"]["return_request"] == 2_000
    for label in ("without_indexes", "with_indexes"):
        assert found[label]["queries"] == 29
        assert found[label]["service_ms"] > 0
        assert found[label]["by_hand_ms"] > 0
    assert found["page"]["page_ms"] > 0  # the figures page's first paint, and its floor
    assert found["page"]["floor_ms"] > 0
    files = measure_xlsx(count=3_000, runs=1)
    assert files["rows"] == 3_000
    assert abs(files["bytes"] - files["bare_bytes"]) < 200  # the same cells in both files


def test_the_hand_written_queries_give_the_services_numbers(sqlite_demo_db: Database) -> None:
    """The baseline counts what the service counts: its totals match (so the ratio compares
    the same work)."""
    from dataclasses import replace
    from datetime import UTC, datetime

    from desktop.bench import figures_sql
    from desktop.bench.figures import _params
    from desktop.core.rules.figures import Month
    from desktop.core.rules.roles import Role
    from desktop.core.services.figures.monthly import monthly_figures
    from desktop.core.services.figures.spec import Window
    from desktop.core.services.kernel.actor import SYSTEM

    now = datetime.now(UTC)
    window = Window(Month.of(now.date()), Month.of(now.date()), now)
    figures = monthly_figures(sqlite_demo_db, replace(SYSTEM, role=Role.MANAGEMENT),
                              str(window.first), now=now)
    sql = figures_sql.queries("sqlite", window.offset)
    raw = sqlite_demo_db.engine.raw_connection()
    try:
        cursor = raw.driver_connection.cursor()
        cursor.execute(sql[5], _params(window, True))  # the returns' total
        requests, units, _value, _in_warranty = cursor.fetchone()
        cursor.execute(sql[12], _params(window, True))  # the completion total
        completion = cursor.fetchone()
    finally:
        raw.close()
    returns = figures.table("returns_by_dealer")
    assert (requests, units) == returns.total.values[:2]
    assert tuple(completion) == figures.table("completion_by_dealer").total.values[:6]


def test_the_scan_floor_is_a_desk_that_paints_each_row(tmp_path: Path) -> None:
    """The bare Qt desk commits every scan and paints its row before the next is typed."""
    import sqlite3

    from desktop.bench.scan_floor import bare_desk

    times = bare_desk(tmp_path / "floor.db", 20)
    assert len(times) == 20
    assert all(t > 0 for t in times)
    with sqlite3.connect(tmp_path / "floor.db") as connection:
        assert connection.execute("SELECT count(*) FROM bench_floor").fetchone() == (20,)
