"""Count the places where a screen calls a service directly (on the GUI thread), instead of
handing it to the operations layer.

    python -m tests.arch.gui_calls          # a line per call, then the total

A direct call is a call, anywhere under ``desktop/ui``, of a function imported from
``desktop.core.services`` whose first parameter is the database (``db``), i.e. a use case that
opens a unit of work.  Naming such a function as an argument (``Op(self, backend, fn, …)``) is
not a call.
"""

from __future__ import annotations

import ast
import importlib
import inspect
import sys
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
UI = ROOT / "desktop" / "ui"


@dataclass(frozen=True)
class DirectCall:
    path: str
    line: int
    name: str


def _use_cases_imported(tree: ast.Module) -> dict[str, str]:
    """{local name: module} of service functions that take the database first."""
    found: dict[str, str] = {}
    for node in ast.walk(tree):
        if not (isinstance(node, ast.ImportFrom) and node.module
                and node.module.startswith("desktop.core.services")):
            continue
        module = importlib.import_module(node.module)
        for alias in node.names:
            target = getattr(module, alias.name, None)
            if inspect.isfunction(target):
                params = list(inspect.signature(target).parameters)
                if params and params[0] == "db":
                    found[alias.asname or alias.name] = node.module
    return found


def direct_calls(root: Path = UI) -> list[DirectCall]:
    calls = []
    for path in sorted(root.rglob("*.py")):
        tree = ast.parse(path.read_text(), str(path))
        names = _use_cases_imported(tree)
        for node in ast.walk(tree):
            if (isinstance(node, ast.Call) and isinstance(node.func, ast.Name)
                    and node.func.id in names):
                calls.append(DirectCall(str(path.relative_to(ROOT)), node.lineno, node.func.id))
    return calls


def main() -> int:
    sys.path.insert(0, str(ROOT))
    calls = direct_calls()
    for call in calls:
        print(f"{call.path}:{call.line}: {call.name}")
    print(f"{len(calls)} direct service calls from the UI")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
