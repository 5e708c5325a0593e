"""``returndesk figures``: the month's figures for scripts and for checking (K1, C5): the same
numbers the page shows, as text or JSON, the workbook and the printed summary, and the records
behind any figure."""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Callable
from decimal import Decimal
from pathlib import Path
from typing import Any

Translate = Callable[[str, str], str]


def add_parsers(sub: Any) -> None:
    figures = sub.add_parser("figures", help="the month's figures (K1): text, JSON, xlsx, PDF")
    figures.add_argument("--month", required=True, metavar="YYYY-MM")
    figures.add_argument("--compare-from", metavar="YYYY-MM",
                         help="also the headline figures of every month from this one on")
    figures.add_argument("--dealer", default="", metavar="CODE", help="one dealer's figures")
    figures.add_argument("--region", default="", metavar="CODE", help="one region's figures")
    figures.add_argument("--as", dest="as_login", metavar="LOGIN",
                         help="on a database directly (an administrator's tool): see what this "
                         "user sees (default: everything)")
    figures.add_argument("--json", action="store_true", help="print JSON")
    figures.add_argument("--xlsx", type=Path, metavar="FILE", help="write the workbook")
    figures.add_argument("--pdf", type=Path, metavar="FILE",
                         help="write the monthly summary (月度售后汇总)")
    figures.add_argument("--records", metavar="TABLE[:ROW[:COLUMN]]",
                         help="print the numbers of the records one figure counts")


def translator(lang: str) -> Translate:
    """Qt's translation of (context, source) in ``lang``, installed now."""
    from PySide6.QtCore import QCoreApplication

    from desktop.ui import i18n

    if QCoreApplication.instance() is None:
        translator.app = QCoreApplication([])  # type: ignore[attr-defined]
    i18n.install(lang)
    return QCoreApplication.translate


def everything() -> Any:
    """Without ``--as``: what management sees, every dealer and region."""
    from dataclasses import replace

    from desktop.core.rules.roles import Role
    from desktop.core.services.kernel.actor import SYSTEM

    return replace(SYSTEM, role=Role.MANAGEMENT)


def cmd_figures(args: argparse.Namespace, backend: Any) -> int:
    """Through a server as the person logged in, or on a database as ``--as`` (or everything,
    as management sees it)."""
    from desktop.core.services.figures.monthly import figure_records, monthly_figures
    from desktop.core.services.figures.trend import figure_trend
    from desktop.ui import i18n

    scope = {"dealer": args.dealer, "region": args.region}
    if args.records:
        table, row, column = [*args.records.split(":"), "", ""][:3]
        for number in backend.call(figure_records, args.month, table, row, column, **scope):
            print(number)
        return 0
    figures = backend.call(monthly_figures, args.month, **scope)
    trend = backend.call(figure_trend, args.compare_from, args.month, **scope) \
        if args.compare_from else None
    if args.pdf:
        _write_pdf(args.pdf, figures, trend, translator("zh_CN"))
    word = translator(i18n.chosen_language(args.lang))
    if args.xlsx:
        from desktop.core.services.figures.export import figures_workbook

        figures_workbook(args.xlsx, figures, trend, word)
    if args.json:
        json.dump(figures_json(figures, trend, word), sys.stdout, ensure_ascii=False, indent=2)
        sys.stdout.write("\n")
    elif not (args.xlsx or args.pdf):
        _print(figures, trend, word)
    return 0


def _write_pdf(path: Path, figures: Any, trend: Any, chinese: Translate) -> None:
    from desktop.core.services.figures.summary import summary_pdf
    from desktop.core.services.kernel.files import write_pdf

    write_pdf(path, summary_pdf(figures, trend, chinese))


def _number(value: Any) -> Any:
    """Counts as numbers; money and rates as exact decimal strings; no value as null."""
    return str(value) if isinstance(value, Decimal) else value


def _row_json(row: Any, word: Translate) -> dict[str, Any]:
    label = word(row.label_context, row.label) if row.label_context else row.label
    return {"key": row.key, "label": label, "values": [_number(v) for v in row.values]}


def table_json(table: Any, word: Translate) -> dict[str, Any]:
    return {"key": table.key, "title": word("Figures", table.title),
            "dimension": word("Figures", table.dimension),
            "columns": [{"key": c.key, "label": word("Figures", c.label), "kind": c.kind.value}
                        for c in table.columns],
            "rows": [_row_json(r, word) for r in table.rows], "total": _row_json(table.total, word),
            "average": _row_json(table.comparison, word) if table.comparison else None}


def figures_json(figures: Any, trend: Any, word: Translate) -> dict[str, Any]:
    return {"month": figures.month,
            "scope": {"kind": figures.scope.kind, "code": figures.scope.code,
                      "name": figures.scope.name},
            "made_at": figures.made_at.isoformat(),
            "tables": [table_json(t, word) for t in figures.tables],
            "pending": [{"key": p.key, "title": word("Figures", p.title),
                         "reason": word("Figures", p.reason)} for p in figures.pending],
            "trend": {"first": trend.first, "last": trend.last,
                      "table": table_json(trend.table, word),
                      "sources": [list(s) for s in trend.sources]} if trend else None}


def _print(figures: Any, trend: Any, word: Translate) -> None:
    from desktop.core.services.figures.results import cell_text

    scope = f" {figures.scope.name} {figures.scope.code}" if figures.scope.code else ""
    print(f"{figures.month}{scope}")
    for table in (*figures.tables, *([trend.table] if trend else [])):
        print(f"\n{word('Figures', table.title)}")
        print("  " + " | ".join([word("Figures", table.dimension)]
                                + [word("Figures", c.label) for c in table.columns]))
        extra = [table.comparison] if table.comparison else []
        for row in (*table.rows, *extra, table.total):
            label = word(row.label_context, row.label) if row.label_context else row.label
            name = f"{row.key} {label}" if table.coded and not row.label_context else label
            print("  " + " | ".join([name] + [cell_text(v, c.kind)
                                              for v, c in zip(row.values, table.columns,
                                                              strict=True)]))
    for pending in figures.pending:
        print(f"\n{word('Figures', pending.title)}: {word('Figures', pending.reason)}")
