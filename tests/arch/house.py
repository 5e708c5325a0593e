"""The house in figures, for comparing two commits (issue 12's closing note).

    python -m tests.arch.house            # this checkout
    python -m tests.arch.house --json

Modules and their lines, modules past 400 lines, functions past 50 and the largest five, import
cycles between modules of ``desktop`` (strongly connected groups in the import graph, found with
grimp, the library import-linter uses), and the screens' direct calls into services on the GUI
thread (tests/arch/gui_calls.py)."""

from __future__ import annotations

import json
import sys
from typing import Any

from tests.arch.gui_calls import direct_calls
from tests.arch.sizes import FUNCTION_LINES, MODULE_LINES, function_sizes, module_sizes


def cycles(package: str = "desktop") -> list[list[str]]:
    """Groups of modules that import each other in a circle (Tarjan's algorithm)."""
    import grimp

    graph = grimp.build_graph(package, cache_dir=None)
    modules = sorted(graph.modules)
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    found: list[list[str]] = []
    sys.setrecursionlimit(10_000)

    def visit(module: str) -> None:
        index[module] = low[module] = len(index)
        stack.append(module)
        for other in sorted(graph.find_modules_directly_imported_by(module)):
            if other not in index:
                visit(other)
                low[module] = min(low[module], low[other])
            elif other in stack:
                low[module] = min(low[module], index[other])
        if low[module] == index[module]:
            group = []
            while True:
                top = stack.pop()
                group.append(top)
                if top == module:
                    break
            if len(group) > 1:
                found.append(sorted(group))

    for module in modules:
        if module not in index:
            visit(module)
    return found


def figures() -> dict[str, Any]:
    modules = module_sizes()
    functions = sorted(function_sizes(), key=lambda s: -s.lines)
    return {
        "modules": len(modules),
        "lines": sum(m.lines for m in modules),
        "modules_over_limit": [m.where for m in modules if m.lines > MODULE_LINES],
        "functions_over_limit": [f"{f.where} ({f.lines})" for f in functions
                                 if f.lines > FUNCTION_LINES],
        "largest_functions": [f"{f.where} ({f.lines})" for f in functions[:5]],
        "import_cycles": cycles(),
        "gui_thread_calls": len(direct_calls()),
    }


def main(argv: list[str]) -> int:
    found = figures()
    if "--json" in argv:
        print(json.dumps(found, ensure_ascii=False, indent=1))
        return 0
    for key, value in found.items():
        if isinstance(value, list):
            print(f"{key}: {len(value)}")
            for item in value:
                print(f"  {item}")
        else:
            print(f"{key}: {value}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
