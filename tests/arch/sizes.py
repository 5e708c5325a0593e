"""Modules past 400 lines and functions past 50, outside the migrations.

    python -m tests.arch.sizes      # a line per offender, then the largest of each
"""

from __future__ import annotations

import ast
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
MODULE_LINES = 400
FUNCTION_LINES = 50


@dataclass(frozen=True)
class Size:
    where: str
    lines: int


def _sources() -> list[Path]:
    return [p for top in ("desktop", "reports") for p in sorted((ROOT / top).rglob("*.py"))
            if "migrations" not in p.parts]


def module_sizes() -> list[Size]:
    return [Size(str(p.relative_to(ROOT)), len(p.read_text().splitlines()))
            for p in _sources()]


def function_sizes() -> list[Size]:
    sizes = []
    for path in _sources():
        for node in ast.walk(ast.parse(path.read_text())):
            if isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef)):
                first = node.decorator_list[0].lineno if node.decorator_list else node.lineno
                assert node.end_lineno is not None
                sizes.append(Size(f"{path.relative_to(ROOT)}:{node.lineno} {node.name}",
                                  node.end_lineno - first + 1))
    return sizes


def main() -> int:
    modules, functions = module_sizes(), function_sizes()
    for size in modules:
        if size.lines > MODULE_LINES:
            print(f"module   {size.lines:4d}  {size.where}")
    for size in functions:
        if size.lines > FUNCTION_LINES:
            print(f"function {size.lines:4d}  {size.where}")
    print(f"{len(modules)} modules, largest {max(s.lines for s in modules)} lines; "
          f"{len(functions)} functions, largest {max(s.lines for s in functions)} lines")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
