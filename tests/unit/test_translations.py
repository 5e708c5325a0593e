"""Every string the program shows has its Chinese, the shipped .qm is built from the .ts, and
placeholders survive translation."""

from __future__ import annotations

import re
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
TS = ROOT / "resources" / "translations" / "returndesk_zh_CN.ts"
QM = TS.with_suffix(".qm")
BIN = Path(sys.executable).parent
PLACEHOLDER = re.compile(r"\{\w+\}|%\d|%n")


def _messages(path: Path) -> list[tuple[str, str, ET.Element]]:
    root = ET.parse(path).getroot()
    return [(ctx.findtext("name") or "", m.findtext("source") or "", m)
            for ctx in root.findall("context") for m in ctx.findall("message")]


def _unfinished(path: Path) -> list[str]:
    return [f"{ctx}: {source}" for ctx, source, m in _messages(path)
            if (t := m.find("translation")) is not None and t.get("type") == "unfinished"]


def test_every_message_is_translated() -> None:
    assert len(_messages(TS)) > 200
    assert _unfinished(TS) == []


def test_placeholders_survive_translation() -> None:
    for ctx, source, message in _messages(TS):
        translation = message.find("translation")
        assert translation is not None
        forms = [f.text or "" for f in translation.findall("numerusform")] or [
            translation.text or ""]
        for form in forms:
            assert sorted(PLACEHOLDER.findall(form)) == sorted(PLACEHOLDER.findall(source)), (
                ctx, source)


def test_no_string_in_the_code_is_missing_from_the_ts(tmp_path: Path) -> None:
    copy = tmp_path / TS.name
    shutil.copyfile(TS, copy)
    sources = sorted(str(p) for p in (ROOT / "desktop").rglob("*.py"))
    subprocess.run([str(BIN / "pyside6-lupdate"), *sources, "-no-obsolete", "-ts", str(copy)],
                   check=True, capture_output=True)
    assert _unfinished(copy) == [], "run: python -m desktop.ui.i18n, then translate the .ts"


def test_the_shipped_qm_is_built_from_the_ts(tmp_path: Path) -> None:
    built = tmp_path / QM.name
    subprocess.run([str(BIN / "pyside6-lrelease"), str(TS), "-qm", str(built)], check=True,
                   capture_output=True)
    assert built.read_bytes() == QM.read_bytes(), "run: python -m desktop.ui.i18n --no-update"
