"""Read installer/linux/depends: the .deb's Depends and the sonames the bundle leaves to them.

    python installer/linux/depends.py      the Depends: field, comma-separated

Standard library only (build.sh runs it with any Python; the spec imports it).
"""

from __future__ import annotations

import re
import sys
from pathlib import Path

DEPENDS = Path(__file__).with_name("depends")
LINE = re.compile(
    r"^(?P<package>[a-z0-9][a-z0-9+.-]+)(?:\s+(?P<version>\([^)]*\)))?(?P<sonames>.*)$")


def read(path: Path = DEPENDS) -> list[tuple[str, list[str]]]:
    """[(dependency, [soname, …])] in file order; dependency is 'package' or 'package (>= v)'."""
    out = []
    for number, raw in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        line = raw.split("#", 1)[0].strip()
        if not line:
            continue
        match = LINE.match(line)
        sonames = match["sonames"].split() if match else []
        if match is None or not all(re.fullmatch(r"lib\S+\.so(\.\d+)*", s) for s in sonames):
            raise ValueError(f"{path}:{number}: not 'package [(version)] soname…': {raw!r}")
        dependency = match["package"] + (f" {match['version']}" if match["version"] else "")
        out.append((dependency, sonames))
    return out


def sonames(path: Path = DEPENDS) -> set[str]:
    return {soname for _, names in read(path) for soname in names}


if __name__ == "__main__":
    print(", ".join(dependency for dependency, _ in read()))
    sys.exit(0)
