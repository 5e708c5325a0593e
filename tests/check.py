"""The whole check, as README's test command and CI run it: lint, types, layers, then tests.

Every step runs even when an earlier one fails, so one run shows everything; pytest runs last so
its summary is the closing line.  Exit status: non-zero when any step failed.
"""

from __future__ import annotations

import os
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
BIN = Path(sys.executable).parent


def main(argv: list[str]) -> int:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    steps = [
        ("ruff", [str(BIN / "ruff"), "check", "."]),
        ("mypy", [str(BIN / "mypy"), "desktop", "reports"]),
        ("import-linter", [str(BIN / "lint-imports")]),
        # Its own temporary folder: pytest prunes all but the newest three of its shared
        # /tmp/pytest-of-<user>/pytest-N folders when a run starts, and a second run on the
        # same machine deleted the throwaway PostgreSQL's data under a running one.
        ("pytest", [str(BIN / "pytest"), "-q", "-p", "no:cacheprovider", "-n", "2",
                    f"--basetemp={tempfile.mkdtemp(prefix='returndesk-pytest-')}", *argv]),
    ]
    failed = []
    for name, command in steps:
        print(f"== {name}", flush=True)
        if subprocess.run(command, cwd=ROOT, env=env, check=False).returncode != 0:
            failed.append(name)
    if failed:
        print(f"failed: {', '.join(failed)}", file=sys.stderr)
    return 1 if failed else 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
