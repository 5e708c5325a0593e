"""Small field widgets shared by the forms: dates that keep what is typed, an optional date, an
enum combo, a model picker."""

from __future__ import annotations

import re
from datetime import date, datetime
from enum import StrEnum
from typing import Any, Generic, TypeVar

from PySide6.QtCore import QCoreApplication, QDate, QDateTime, Qt, QTime, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QCompleter,
    QDateEdit,
    QDateTimeEdit,
    QHBoxLayout,
    QWidget,
)

E = TypeVar("E", bound=StrEnum)
SEPARATORS = frozenset("-/. :")
_FIELDS = re.compile(r"yyyy|MM|dd|HH|mm")
_WIDTHS = {"yyyy": 4, "MM": 2, "dd": 2, "HH": 2, "mm": 2}
REFUSED_STYLE = "border: 2px solid #c62828;"


def parse_typed(typed: str, display_format: str) -> datetime | None:
    """What a clerk typed into a date field of ``display_format`` (yyyy-MM-dd, optionally
    HH:mm), as a datetime; None unless it is a whole, real date (and time).  Separators may be
    typed or left out ("2024-06-01", "2024-6-1", "20240601")."""
    fields = _FIELDS.findall(display_format)
    text = typed.strip()
    groups = re.split(r"[-/. :]+", text)
    if len(groups) == 1 and text.isdigit():  # digits only: the format's widths
        widths = [_WIDTHS[f] for f in fields]
        if len(text) != sum(widths):
            return None
        starts = [sum(widths[:i]) for i in range(len(widths))]
        groups = [text[a:a + w] for a, w in zip(starts, widths, strict=True)]
    if len(groups) != len(fields) or not all(g.isdigit() for g in groups):
        return None
    parts = dict(zip(fields, (int(g) for g in groups), strict=True))
    if len(groups[0]) != 4:
        return None
    try:
        return datetime(parts["yyyy"], parts["MM"], parts["dd"], parts.get("HH", 0),
                        parts.get("mm", 0))
    except ValueError:
        return None


class _TypedDate:
    """Typing over a whole selected date (Ctrl+A, then 2024-06-01) replaces the whole date, and
    what is typed is what is kept, or it is refused.

    Qt's date editors take typing section by section: over a full selection the first digit
    replaced the whole text, Qt kept only what fitted the current section and the year stayed
    the current one (2024-06-01 became 2026-06-01), and a separator typed after a full section
    skipped the next one.  Here such typing starts in the first section, a separator right after
    a section filled itself is not counted twice, and once the typing ends (Enter, leaving the
    field) what was typed is parsed: a real date is set as typed, anything else is refused —
    the field turns red, says why in its tool tip and ``refused``, and keeps its earlier value.
    """

    _typed: str | None = None
    _before: QDateTime | None = None
    _advanced = False
    _refusing = False

    def _start_typing(self) -> None:
        editor: Any = self
        editor.editingFinished.connect(self._finish_typing)
        editor.dateTimeChanged.connect(self._clear_refusal)

    def _clear_refusal(self, *_args: object) -> None:
        editor: Any = self
        if not self._refusing:
            editor.setStyleSheet("")
            editor.setToolTip("")

    def keyPressEvent(self, event: QKeyEvent) -> None:
        editor: Any = self
        text = event.text()
        plain = bool(text) and text.isprintable() and not event.modifiers() & (
            Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.AltModifier)
        if not plain:
            self._advanced = False
            super().keyPressEvent(event)  # type: ignore[misc]
            return
        line = editor.lineEdit()
        if line.hasSelectedText() and line.selectedText() == line.text():
            self._finish_typing()  # typing over everything again: the earlier typing ends
            self._typed, self._before = "", editor.dateTime()
            editor.setSelectedSection(editor.sectionAt(0))
        if self._typed is not None:
            self._typed += text
        if text in SEPARATORS and self._advanced:
            self._advanced = False  # Qt moved on to the next section with the last digit
            return
        section = editor.currentSectionIndex()
        super().keyPressEvent(event)  # type: ignore[misc]
        self._advanced = text.isdigit() and editor.currentSectionIndex() != section

    def _finish_typing(self) -> None:
        editor: Any = self
        typed, self._typed, self._advanced = self._typed, None, False
        if typed is None:
            return
        parsed = parse_typed(typed, editor.displayFormat())
        if parsed is None:
            example = QDateTime(QDate(2024, 6, 1), QTime(10, 0)).toString(editor.displayFormat())
            words = QCoreApplication.translate(
                "DateField", "%1 is not a date; type it like %2.").replace(
                "%1", typed).replace("%2", example)
            self._refusing = True
            try:
                if self._before is not None:
                    editor.setDateTime(self._before)
            finally:
                self._refusing = False
            editor.setStyleSheet(REFUSED_STYLE)
            editor.setToolTip(words)
            editor.refused.emit(words)
            return
        editor.setDateTime(qdatetime(parsed))


class DateEdit(_TypedDate, QDateEdit):
    """A QDateEdit (yyyy-MM-dd, with its calendar) that keeps what is typed over it."""

    refused = Signal(str)

    def __init__(self, value: QDate | None = None, parent: QWidget | None = None) -> None:
        super().__init__(value or QDate.currentDate(), parent)
        self.setDisplayFormat("yyyy-MM-dd")
        self.setCalendarPopup(True)
        self._start_typing()


class DateTimeEdit(_TypedDate, QDateTimeEdit):
    """A QDateTimeEdit (yyyy-MM-dd HH:mm) that keeps what is typed over it."""

    refused = Signal(str)

    def __init__(self, value: QDateTime | None = None, parent: QWidget | None = None) -> None:
        super().__init__(value or QDateTime.currentDateTime(), parent)
        self.setDisplayFormat("yyyy-MM-dd HH:mm")
        self._start_typing()


class OptionalDate(QWidget):
    """A check box that turns a date on; ``value()`` is None while it is off."""

    changed = Signal()
    refused = Signal(str)  # what was typed is not a date (the field keeps its earlier one)

    def __init__(self, label: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.check = QCheckBox(label)
        self.edit = DateEdit()
        self.edit.setEnabled(False)
        self.check.toggled.connect(self.edit.setEnabled)
        self.check.toggled.connect(lambda _on: self.changed.emit())
        self.edit.dateChanged.connect(lambda _d: self.changed.emit())
        self.edit.refused.connect(self.refused.emit)
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
    set_models(box, codes)
    return box


def set_models(box: QComboBox, codes: list[tuple[str, str]]) -> None:
    """Fill a model picker (once the catalogue has been read), keeping what was typed."""
    typed = box.currentText()
    box.blockSignals(True)
    box.clear()
    for code, name in codes:
        box.addItem(f"{code}  {name}", code)
    completer = QCompleter([box.itemText(i) for i in range(box.count())], box)
    completer.setFilterMode(Qt.MatchFlag.MatchContains)
    completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
    box.setCompleter(completer)
    box.setCurrentIndex(-1)
    box.setEditText(typed)
    box.blockSignals(False)
    fit_models(box)


WIDEST_MODEL_FIELD = 460  # px: a long name is cut in the field, never in its list


def fit_models(box: QComboBox) -> None:
    """Wide enough for the models it offers, in either language: the catalogue arrives after
    the field is shown (through an Op), so Qt's own first-show sizing saw an empty list; the
    list that drops down is as wide as its longest "code  name"."""
    metrics = box.fontMetrics()
    widest = max((metrics.horizontalAdvance(box.itemText(i)) for i in range(box.count())),
                 default=0)
    if widest:
        box.setMinimumWidth(min(widest + 48, WIDEST_MODEL_FIELD))  # text, arrow and frame
        box.view().setMinimumWidth(widest + 40)


def picked_code(box: QComboBox) -> str:
    """The model code in a picker: the chosen item's, or what was typed (first word)."""
    text = box.currentText().strip()
    index = box.findText(text)
    if index >= 0:
        return str(box.itemData(index))
    return text.split()[0] if text else ""
