"""``returndesk bench``: measurements of the paths users wait on, each against a baseline
measured in the same run on the same machine, so the ratio means something."""

from __future__ import annotations

import argparse
import json
import sys
from typing import Any

from desktop.bench.startup import measure_startup


def _forms() -> dict[str, object]:
    """The forms, built from the demo world in a temporary database."""
    import tempfile
    from pathlib import Path

    from desktop.bench.forms import measure_forms
    from desktop.core.store.db import Database
    from desktop.core.store.migrate import upgrade
    from desktop.demo import load_demo

    with tempfile.TemporaryDirectory() as folder:
        db = Database(f"sqlite:///{Path(folder) / 'forms.db'}")
        upgrade(db)
        load_demo(db)
        figures = measure_forms(db)
        db.dispose()
    return figures


def _remote(args: argparse.Namespace) -> dict[str, Any] | None:
    """The direct-PostgreSQL desk against the server desk; skipped (said) without PostgreSQL."""
    from desktop.bench.remote import measure_remote

    try:
        return measure_remote(args.pg, runs=args.runs, rtt_ms=args.rtt_ms,
                              load_seconds=args.load_seconds, desks=args.desks,
                              rate=args.rate)
    except RuntimeError as exc:
        print(f"remote bench skipped: {exc}", file=sys.stderr)
        return None


def run_bench(args: argparse.Namespace) -> int:
    import os

    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from desktop.bench.labels import measure_labels
    from desktop.bench.queue import measure_queue
    from desktop.bench.scan import BOXES, measure_scan

    only = set(args.only or ["startup", "queue", "scan", "labels", "forms", "figures",
                             "remote", "units"])
    figures: dict[str, Any] = {}
    if "startup" in only:
        figures["startup"] = measure_startup(runs=args.runs)
    if "queue" in only:
        figures["approval_queue"] = measure_queue(runs=args.runs)
    if "scan" in only:
        figures["scan"] = measure_scan(boxes=args.boxes or BOXES)
    if "labels" in only:
        figures["labels"] = measure_labels()
    if "forms" in only:
        figures["forms"] = _forms()
    if args.pg and "scan" in only:
        from desktop.bench.scan import measure_scan_pg

        figures["scan_postgresql"] = measure_scan_pg(args.pg, boxes=args.boxes or BOXES)
    if "remote" in only:
        figures["remote"] = _remote(args)
    if "figures" in only:
        from desktop.bench.figures_report import measure_all

        figures["figures"] = measure_all(args.requests, args.runs, args.pg)
    if "units" in only:
        from desktop.bench.units import measure_units

        figures["units"] = measure_units(args.repairs, args.pg)
    if args.json:
        json.dump(figures, sys.stdout, indent=2)
        sys.stdout.write("\n")
    else:
        _print_all(figures)
    return 0


def _print_all(figures: dict[str, Any]) -> None:
    from desktop.bench.figures_report import print_figures

    if "startup" in figures and "approval_queue" in figures:
        _print_startup_and_queue(figures)
    _print_scan_forms_labels(figures)
    if "figures" in figures:
        print_figures(figures["figures"])
    if figures.get("remote"):
        from desktop.bench.remote import print_remote

        print_remote(figures["remote"])
    _print_units(figures)


def _print_units(figures: dict[str, Any]) -> None:
    if "units" in figures:
        from desktop.bench.units import print_units

        print_units(figures["units"])


def _print_startup_and_queue(figures: dict[str, Any]) -> None:
    startup = figures["startup"]
    print("cold start to first painted window (median of "
          f"{startup['runs']} runs, {startup['platform']}):")
    print(f"  bare PySide6 QMainWindow  {startup['baseline_ms']:8.1f} ms")
    print(f"  ReturnDesk login window   {startup['app_ms']:8.1f} ms")
    print(f"  ratio                     {startup['ratio']:8.2f}  (goal ≤ 2)")
    print(f"  database open, login possible {startup['login_ready_ms']:8.1f} ms")
    queue = figures["approval_queue"]
    print(f"approval queue first paint over {queue['requests']:,} requests "
          f"(median of {queue['runs']}, SQLite):")
    print(f"  empty paged model         {queue['empty_model_ms']:8.1f} ms")
    print(f"  approval queue            {queue['approval_queue_ms']:8.1f} ms")
    print(f"  ratio                     {queue['ratio']:8.2f}  (goal ≤ 2)")


def _print_scan_forms_labels(figures: dict[str, Any]) -> None:
    if "scan" in figures:
        _print_scan(figures)
    for name, form in figures.get("forms", {}).items():
        print(f"form {name}: {form['text_items']} text items, built in {form['form_ms']:.1f} ms "
              f"against a bare page {form['bare_ms']:.1f} ms, ratio {form['ratio']:.2f} "
              "(goal ≤ 1.5)")
    if "labels" in figures:
        labels = figures["labels"]
        print(f"{labels['labels']:,} labels in one PDF: bare bars {labels['bare_s']:.3f} s, "
              f"labels {labels['labels_s']:.3f} s, ratio {labels['ratio']:.2f} (goal ≤ 1.3)")


def _print_scan(figures: dict[str, Any]) -> None:
    scan = figures["scan"]
    print(f"scan path over {scan['scans']:,} scans with {scan['boxes']:,} boxes "
          "(SQLite, WAL, synchronous=FULL):")
    print(f"  raw sqlite3 insert+commit median {scan['raw']['median_ms']:.3f} ms, "
          f"p99 {scan['raw']['p99_ms']:.3f} ms")
    print(f"  the service alone (no UI) median {scan['service']['median_ms']:.3f} ms, "
          f"p99 {scan['service']['p99_ms']:.3f} ms")
    print(f"  desk Enter→row painted     median {scan['desk']['median_ms']:.3f} ms, "
          f"p99 {scan['desk']['p99_ms']:.3f} ms (goal: p99 < 16 ms)")
    print(f"  median ratio to the insert {scan['median_ratio']:7.2f}")
    print(f"  bare Qt desk (line edit, 500-row QStandardItemModel, raw insert+commit, row "
          f"painted) median {scan['bare_desk']['median_ms']:.3f} ms, "
          f"p99 {scan['bare_desk']['p99_ms']:.3f} ms")
    print(f"  desk / bare desk median   {scan['desk_to_bare_desk']:8.2f}  (goal ≤ 1.5)")
    if "scan_postgresql" in figures:
        pg = figures["scan_postgresql"]
        print(f"scan path on PostgreSQL ({pg['boxes']:,} boxes): raw psycopg insert+commit "
              f"median {pg['raw']['median_ms']:.3f} ms; service alone median "
              f"{pg['service']['median_ms']:.3f} ms; desk median {pg['desk']['median_ms']:.3f}"
              f" ms, p99 {pg['desk']['p99_ms']:.3f} ms; ratio {pg['median_ratio']:.2f}")
