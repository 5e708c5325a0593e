"""What fonts a PDF lists and whether each is carried in the file (a PDF/A checker's question).

reportlab writes every object uncompressed (only page contents are compressed), so the font
dictionaries can be read from the bytes: each ``/Type /Font`` must name a font descriptor whose
font program (``/FontFile``, ``/FontFile2`` or ``/FontFile3``) is in the file.
"""

from __future__ import annotations

import re

OBJECT = re.compile(rb"(\d+) 0 obj\b(.*?)\bendobj", re.S)
DESCRIPTOR = re.compile(rb"/FontDescriptor (\d+) 0 R")
BASE_FONT = re.compile(rb"/BaseFont /([^\s/<>\[\]]+)")


def fonts(data: bytes) -> dict[str, bool]:
    """Every font the file lists, by its base name: True when its program is embedded."""
    objects = {int(m.group(1)): m.group(2) for m in OBJECT.finditer(data)}
    found: dict[str, bool] = {}
    for body in objects.values():
        if b"/Type /Font" not in body or b"/Type /FontDescriptor" in body:
            continue
        name = BASE_FONT.search(body)
        descriptor = DESCRIPTOR.search(body)
        program = objects.get(int(descriptor.group(1)), b"") if descriptor else b""
        embedded = re.search(rb"/FontFile[23]? \d+ 0 R", program) is not None
        found[name.group(1).decode() if name else "?"] = embedded
    return found


def unembedded(data: bytes) -> list[str]:
    """The fonts a PDF uses without carrying them (empty: a PDF/A checker finds none missing)."""
    return sorted(name for name, embedded in fonts(data).items() if not embedded)
