"""The one version of every installer: ``[project] version`` in pyproject.toml.

    python installer/version.py            0.1.0      (as written)
    python installer/version.py --deb      0.1.0      (a pre-release sorts first: 0.2.0~rc1)
    python installer/version.py --windows  0.1.0.0    (four numbers, for VIProductVersion)

Standard library only, so any Python 3.11 runs it before anything is installed.
"""

from __future__ import annotations

import re
import sys
import tomllib
from pathlib import Path

PYPROJECT = Path(__file__).resolve().parents[1] / "pyproject.toml"
# The PEP 440 versions this project uses: N.N.N with an optional a/b/rc/.dev pre-release.
VERSION = re.compile(r"^(?P<release>\d+(?:\.\d+){0,3})(?:\.?(?P<pre>a|b|rc|dev)(?P<n>\d+))?$")


def version(pyproject: Path = PYPROJECT) -> str:
    with pyproject.open("rb") as f:
        return str(tomllib.load(f)["project"]["version"])


def _parts(text: str) -> re.Match[str]:
    match = VERSION.match(text)
    if match is None:
        raise ValueError(f"version {text!r} is not N.N.N[a|b|rc|.devN]; teach installer/version.py")
    return match


def deb_version(text: str) -> str:
    """Debian sorts ``~`` before anything, so 0.2.0~rc1 comes before 0.2.0 as PEP 440 says."""
    match = _parts(text)
    pre = f"~{match['pre']}{match['n']}" if match["pre"] else ""
    return match["release"] + pre


def windows_version(text: str) -> str:
    """Four dotted numbers (NSIS VIProductVersion, the uninstall key's DisplayVersion)."""
    numbers = _parts(text)["release"].split(".")
    return ".".join([*numbers, "0", "0", "0"][:4])


def main(argv: list[str]) -> int:
    text = version()
    if argv[1:] == ["--deb"]:
        text = deb_version(text)
    elif argv[1:] == ["--windows"]:
        text = windows_version(text)
    elif argv[1:]:
        print("usage: version.py [--deb | --windows]", file=sys.stderr)
        return 2
    print(text)
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv))
