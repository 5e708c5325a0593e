"""The figures bench as ``returndesk bench`` runs and prints it."""

from __future__ import annotations

from typing import Any


def measure_all(requests: int, runs: int, pg: str | None) -> dict[str, Any]:
    from desktop.bench.figures import REQUESTS, measure_figures_pg, measure_figures_sqlite
    from desktop.bench.figures_files import measure_xlsx

    count = requests or REQUESTS
    found: dict[str, Any] = {"sqlite": measure_figures_sqlite(count, runs)}
    if pg:
        found["postgresql"] = measure_figures_pg(pg, count, runs)
    found["xlsx"] = measure_xlsx()
    found["pdf"] = _pdf()
    return found


def _pdf() -> dict[str, Any]:
    """The summary of the demo world's month, with its months before."""
    import tempfile
    from dataclasses import replace
    from datetime import datetime
    from pathlib import Path

    from desktop.bench.figures_files import measure_pdf
    from desktop.core.rules.roles import Role
    from desktop.core.services.figures.monthly import monthly_figures
    from desktop.core.services.figures.trend import figure_trend
    from desktop.core.services.kernel.actor import SYSTEM
    from desktop.core.store.db import Database
    from desktop.core.store.migrate import upgrade
    from desktop.demo import load_demo

    manager = replace(SYSTEM, role=Role.MANAGEMENT)
    with tempfile.TemporaryDirectory() as folder:
        db = Database(f"sqlite:///{Path(folder) / 'summary.db'}")
        upgrade(db)
        load_demo(db)
        month = f"{datetime.now():%Y-%m}"
        figures = monthly_figures(db, manager, month)
        first = f"{datetime.now().year - 1}-{datetime.now().month:02d}"
        trend = figure_trend(db, manager, first, month)
        db.dispose()
    return measure_pdf(figures, trend)


def print_figures(found: dict[str, Any]) -> None:
    for name in ("sqlite", "postgresql"):
        if name not in found:
            continue
        run = found[name]
        rows = run["rows"]
        print(f"figures of {run['month']} over {rows['return_request']:,} requests, "
              f"{rows['return_line']:,} lines ({name}, filled in {run['fill_s']} s):")
        for label in ("without_indexes", "with_indexes"):
            q = run[label]
            print(f"  {label.replace('_', ' '):16} service {q['service_ms']:9.1f} ms, "
                  f"{q['queries']} queries by hand {q['by_hand_ms']:9.1f} ms, "
                  f"ratio {q['ratio']:.2f} (goal ≤ 2)")
        page = run["page"]
        print(f"  figures page first paint {page['page_ms']:9.1f} ms (goal ≤ 1000), bare "
              f"table+chart of the same figures {page['floor_ms']:9.1f} ms, "
              f"ratio {page['ratio']:.2f}")
    xlsx = found["xlsx"]
    print(f"{xlsx['rows']:,} rows to Excel: export {xlsx['export_s']:.3f} s, bare XlsxWriter "
          f"{xlsx['bare_s']:.3f} s, ratio {xlsx['ratio']:.2f} (goal ≤ 1.3)")
    pdf = found["pdf"]
    print(f"monthly summary PDF ({pdf['pages']} pages, {pdf['text_items']} strings): "
          f"{pdf['summary_ms']:.1f} ms, bare page with the same charts {pdf['bare_ms']:.1f} ms,"
          f" ratio {pdf['ratio']:.2f} (goal ≤ 1.5)")
