"""Chinese renders as Chinese on a machine with no fonts at all: the bundled font is used."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest


@pytest.fixture
def no_system_fonts(tmp_path: Path) -> dict[str, str]:
    """An environment whose fontconfig knows no font directory."""
    config = tmp_path / "fonts.conf"
    cache = tmp_path / "cache"
    config.write_text(
        f'<?xml version="1.0"?><fontconfig><dir>{tmp_path / "none"}</dir>'
        f"<cachedir>{cache}</cachedir></fontconfig>", encoding="utf-8")
    env = {**os.environ, "FONTCONFIG_FILE": str(config), "QT_QPA_PLATFORM": "offscreen",
           "XDG_DATA_HOME": str(tmp_path / "data"), "HOME": str(tmp_path)}
    env.pop("FONTCONFIG_PATH", None)
    return env


def _probe(env: dict[str, str], mode: str) -> dict[str, object]:
    result = subprocess.run([sys.executable, "-m", "tests.ui.render_probe", mode],
                            capture_output=True, text=True, env=env, timeout=120, check=True,
                            cwd=Path(__file__).resolve().parents[2])
    last = result.stdout.strip().splitlines()[-1]
    return dict(json.loads(last))


def test_chinese_glyphs_are_real_with_the_bundled_font(no_system_fonts: dict[str, str]) -> None:
    report = _probe(no_system_fonts, "bundled")
    assert report["family"] == "Noto Sans SC"
    assert report["distinct"] == 6  # six different characters, six different glyphs
    assert int(str(report["min_ink"])) > 100


def test_without_the_bundled_font_this_machine_could_not_show_chinese(
    no_system_fonts: dict[str, str],
) -> None:
    """The control: with the font hidden too, the same characters come out as identical
    boxes or nothing, so the test above proves something."""
    report = _probe(no_system_fonts, "system")
    assert report["distinct"] < 6
