"""Small field widgets shared by the forms: an optional date, an enum combo, a model picker."""

from __future__ import annotations

from datetime import date, datetime
from enum import StrEnum
from typing import Generic, TypeVar

from PySide6.QtCore import QDate, QDateTime, Qt, QTime, Signal
from PySide6.QtWidgets import QCheckBox, QComboBox, QCompleter, QDateEdit, QHBoxLayout, QWidget

E = TypeVar("E", bound=StrEnum)


class OptionalDate(QWidget):
    """A check box that turns a date on; ``value()`` is None while it is off."""

    changed = Signal()

    def __init__(self, label: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.check = QCheckBox(label)
        self.edit = QDateEdit(QDate.currentDate())
        self.edit.setCalendarPopup(True)
        self.edit.setDisplayFormat("yyyy-MM-dd")
        self.edit.setEnabled(False)
        self.check.toggled.connect(self.edit.setEnabled)
        self.check.toggled.connect(lambda _on: self.changed.emit())
        self.edit.dateChanged.connect(lambda _d: self.changed.emit())
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.check)
        row.addWidget(self.edit, 1)

    def value(self) -> date | None:
        if not self.check.isChecked():
            return None
        value = self.edit.date().toPython()
        assert isinstance(value, date)
        return value

    def set_value(self, value: date | None) -> None:
        self.check.setChecked(value is not None)
        if value is not None:
            self.edit.setDate(qdate(value))


def qdate(value: date) -> QDate:
    """A Python date as a QDate (field by field: the typing of some PySide6 releases has no
    date overload)."""
    return QDate(value.year, value.month, value.day)


def qdatetime(value: datetime) -> QDateTime:
    """A Python datetime as a local QDateTime, to the millisecond."""
    return QDateTime(qdate(value.date()), QTime(value.hour, value.minute, value.second,
                                                value.microsecond // 1000))


class EnumCombo(QComboBox, Generic[E]):
    """A combo of an enum's members with translated labels; ``value()`` is the member."""

    def __init__(self, enum: type[E], labels: dict[E, str], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._enum = enum
        for member in enum:
            self.addItem(labels[member], member.value)

    def value(self) -> E:
        return self._enum(self.currentData())

    def set_value(self, member: E) -> None:
        self.setCurrentIndex(self.findData(member.value))


def model_picker(codes: list[tuple[str, str]], parent: QWidget | None = None) -> QComboBox:
    """An editable combo of product models that completes on code or name as you type."""
    box = QComboBox(parent)
    box.setEditable(True)
    box.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
    for code, name in codes:
        box.addItem(f"{code}  {name}", code)
    completer = QCompleter([box.itemText(i) for i in range(box.count())], box)
    completer.setFilterMode(Qt.MatchFlag.MatchContains)
    completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
    box.setCompleter(completer)
    box.setCurrentIndex(-1)
    return box


def picked_code(box: QComboBox) -> str:
    """The model code in a picker: the chosen item's, or what was typed (first word)."""
    text = box.currentText().strip()
    index = box.findText(text)
    if index >= 0:
        return str(box.itemData(index))
    return text.split()[0] if text else ""
