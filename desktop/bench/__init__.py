"""``returndesk bench``: measurements of the paths users wait on, each against a baseline
measured in the same run on the same machine, so the ratio means something."""

from __future__ import annotations

import argparse
import json
import sys

from desktop.bench.startup import measure_startup


def run_bench(args: argparse.Namespace) -> int:
    figures = {"startup": measure_startup(runs=args.runs)}
    if args.json:
        json.dump(figures, sys.stdout, indent=2)
        sys.stdout.write("\n")
        return 0
    startup = figures["startup"]
    print("cold start to first painted window (median of "
          f"{startup['runs']} runs, {startup['platform']}):")
    print(f"  bare PySide6 QMainWindow  {startup['baseline_ms']:8.1f} ms")
    print(f"  ReturnDesk login window   {startup['app_ms']:8.1f} ms")
    print(f"  ratio                     {startup['ratio']:8.2f}  (goal ≤ 2)")
    print(f"  database open, login possible {startup['login_ready_ms']:8.1f} ms")
    return 0
