"""The frozen ``returndesk`` executable: what the ``returndesk = desktop.cli:main`` console
script does, for PyInstaller (which needs a script, not an entry point)."""

import os
import sys

# Alembic loads the migrations from their .py files; a frozen program must not leave
# __pycache__ folders inside its installation (the package manager would leave them behind).
sys.dont_write_bytecode = True

# On Linux the bootloader puts the bundle first on LD_LIBRARY_PATH.  The dynamic loader has read
# it already; give the programs we start (the sound player, a browser) the system's libraries,
# not the bundle's.
if getattr(sys, "frozen", False) and "LD_LIBRARY_PATH_ORIG" in os.environ:
    os.environ["LD_LIBRARY_PATH"] = os.environ.pop("LD_LIBRARY_PATH_ORIG")
elif getattr(sys, "frozen", False):
    os.environ.pop("LD_LIBRARY_PATH", None)

from desktop.cli import main  # noqa: E402

raise SystemExit(main())
