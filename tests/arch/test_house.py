"""The house rules, as tests: sizes, the first paint without the database layer."""

from __future__ import annotations

import subprocess
import sys

from tests.arch.sizes import FUNCTION_LINES, MODULE_LINES, function_sizes, module_sizes


def test_no_module_past_400_lines_and_no_function_past_50() -> None:
    assert [s for s in module_sizes() if s.lines > MODULE_LINES] == []
    assert [s for s in function_sizes() if s.lines > FUNCTION_LINES] == []


def test_the_login_window_paints_before_the_database_layer_is_imported() -> None:
    """SQLAlchemy alone takes longer to import than a bare Qt window takes to appear: the
    modules the login window needs must not pull it (or the services) in: desktop.ui.app and
    what start_gui imports before the window shows (the server choice; once it sat beside the
    session dialog, whose import of the use-case table cost every start half a second)."""
    probe = ("import sys, desktop.ui.app, desktop.ui.server_choice; "
             "print(sorted(m for m in ('sqlalchemy', 'desktop.core.services', 'pydantic') "
             "if m in sys.modules))")
    out = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True,
                         check=True, env={"QT_QPA_PLATFORM": "offscreen", "PATH": ""})
    assert out.stdout.strip() == "[]"


def test_no_screen_calls_a_service_on_the_gui_thread() -> None:
    """Every call from desktop/ui into a use case goes through the operations layer (Op): a
    direct call would freeze the window for its round trips (``python -m tests.arch.gui_calls``
    lists them)."""
    from tests.arch.gui_calls import direct_calls

    assert direct_calls() == []


def test_no_module_of_desktop_imports_itself_round_a_circle() -> None:
    """Not even a package and its own submodule (which the sibling contract does not see)."""
    from tests.arch.house import cycles

    assert cycles() == []
