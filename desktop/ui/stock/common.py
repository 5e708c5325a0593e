"""What the stock and repair screens share: a part picker and the stock labels."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QComboBox

from desktop.core.rules.stock import GRADE_LABELS, Grade
from desktop.core.services.admin.catalogue import list_parts
from desktop.core.services.kernel.actor import Actor
from desktop.core.services.kernel.listing import ListQuery
from desktop.core.services.startup import Database


def part_combo(db: Database, actor: Actor, empty: str = "") -> QComboBox:
    box = QComboBox()
    if empty:
        box.addItem(empty, "")
    for part in list_parts(db, actor, ListQuery(limit=10_000)):
        box.addItem(f"{part.part_no}  {part.name}", part.part_no)
    return box


def tr_grade(grade: Grade) -> str:
    return QCoreApplication.translate("Stock", GRADE_LABELS[grade])


def tr_stock(source: str) -> str:
    return QCoreApplication.translate("Stock", source)
