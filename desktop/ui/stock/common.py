"""What the stock and repair screens share: a part picker filled with the parts it is given
(read through an Op by whoever opens the form)."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtWidgets import QComboBox

from desktop.core.services.admin.catalogue import PartRow
from desktop.core.services.kernel.listing import ListQuery

ALL_PARTS = ListQuery(limit=10_000)  # what a part picker reads (list_parts)


def part_combo(parts: Sequence[PartRow], empty: str = "") -> QComboBox:
    """A combo of ``parts`` (number and name; the data is the part number), with an ``empty``
    first choice when given."""
    box = QComboBox()
    if empty:
        box.addItem(empty, "")
    for part in parts:
        box.addItem(f"{part.part_no}  {part.name}", part.part_no)
    return box
