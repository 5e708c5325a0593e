"""Dates typed over a selected date (Ctrl+A, then the digits, as a clerk types them) are kept as
typed, or refused in words; the year is never quietly the current one (#14, 4)."""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime

import pytest
from PySide6.QtCore import QDate, QDateTime, Qt, QTime
from PySide6.QtWidgets import QApplication, QDateTimeEdit
from pytestqt.qtbot import QtBot

from desktop.ui.widgets.fields import DateEdit, DateTimeEdit, parse_typed
from tests.ui.conftest import type_over


def _shown(edit: QDateTimeEdit) -> str:
    return edit.dateTime().toString(edit.displayFormat())


@pytest.mark.parametrize(
    ("make", "typed", "kept"),
    [(DateEdit, "2024-06-01", "2024-06-01"), (DateEdit, "20240601", "2024-06-01"),
     (DateEdit, "2024/06/01", "2024-06-01"), (DateEdit, "2019-12-31", "2019-12-31"),
     (DateTimeEdit, "2099-01-01 10:00", "2099-01-01 10:00"),
     (DateTimeEdit, "2024-06-01 10:00", "2024-06-01 10:00"),
     (DateTimeEdit, "202406011000", "2024-06-01 10:00")],
)
def test_what_is_typed_over_the_whole_date_is_kept(ui: QApplication, qtbot: QtBot,
                                                   make: Callable[[], QDateTimeEdit],
                                                   typed: str, kept: str) -> None:
    edit = make()
    qtbot.addWidget(edit)
    edit.show()
    type_over(qtbot, edit, typed)
    assert _shown(edit) == kept  # at once, as the clerk typed it
    qtbot.keyClick(edit, Qt.Key.Key_Return)
    assert _shown(edit) == kept


def test_a_date_typed_without_leading_zeros_is_kept_once_typed(ui: QApplication,
                                                               qtbot: QtBot) -> None:
    edit = DateEdit()
    qtbot.addWidget(edit)
    edit.show()
    type_over(qtbot, edit, "2024-6-1", enter=True)
    assert _shown(edit) == "2024-06-01"


@pytest.mark.parametrize("typed", ["2024-02-30", "2024-13-01", "2024-06"])
def test_what_is_not_a_date_is_refused_and_the_date_kept(ui: QApplication, qtbot: QtBot,
                                                         typed: str) -> None:
    edit = DateEdit(QDate(2025, 3, 4))
    qtbot.addWidget(edit)
    edit.show()
    with qtbot.waitSignal(edit.refused) as refused:
        type_over(qtbot, edit, typed, enter=True)
    assert refused.args == [f"{typed} 不是有效的日期，请按 2024-06-01 这样的格式输入。"]
    assert _shown(edit) == "2025-03-04"  # nothing half-typed is kept
    assert edit.toolTip() == refused.args[0]
    assert "c62828" in edit.styleSheet()
    edit.setDate(QDate(2025, 3, 5))  # a good date clears the mark
    assert edit.styleSheet() == ""


def test_sectional_typing_still_works(ui: QApplication, qtbot: QtBot) -> None:
    edit = DateTimeEdit(QDateTime(QDate(2025, 3, 4), QTime(8, 0)))
    qtbot.addWidget(edit)
    edit.show()
    edit.setFocus()
    edit.setSelectedSection(QDateTimeEdit.Section.HourSection)
    qtbot.keyClicks(edit, "17")
    qtbot.keyClick(edit, Qt.Key.Key_Return)
    assert _shown(edit) == "2025-03-04 17:00"


@pytest.mark.parametrize(
    ("typed", "expected"),
    [("2024-06-01", datetime(2024, 6, 1)), ("20240601", datetime(2024, 6, 1)),
     (" 2024.6.1 ", datetime(2024, 6, 1)), ("2024-02-30", None), ("24-06-01", None),
     ("2024-06", None), ("", None), ("2024-06-01x", None)],
)
def test_parse_typed_dates(typed: str, expected: datetime | None) -> None:
    assert parse_typed(typed, "yyyy-MM-dd") == expected


def test_parse_typed_times() -> None:
    assert parse_typed("2099-01-01 10:00", "yyyy-MM-dd HH:mm") == datetime(2099, 1, 1, 10, 0)
    assert parse_typed("2099-01-01", "yyyy-MM-dd HH:mm") is None
    assert parse_typed("2099-01-01 25:00", "yyyy-MM-dd HH:mm") is None


def test_every_office_form_keeps_a_date_typed_over_it(ui: QApplication, qtbot: QtBot,
                                                      sqlite_demo_db: object) -> None:
    """The transport record, the complaint sheet, a product's discontinuation and a calendar
    day: a year typed after Ctrl+A is the year kept (the bug was first seen on the warranty
    page and the request form; these forms had the same plain Qt fields)."""
    from desktop.ui.admin.policy import CalendarDayDialog
    from desktop.ui.admin.product_forms import ProductDialog
    from desktop.ui.complaints.page import SheetDialog
    from desktop.ui.transport.page import ExceptionDialog
    from tests.ui.conftest import backend_for

    backend = backend_for(sqlite_demo_db, "admin")  # type: ignore[arg-type]
    fields = [(ExceptionDialog(backend, [], []), "received", "2024-06-01", "2024-06-01"),
              (SheetDialog(backend, []), "received", "2024-06-01 10:00", "2024-06-01 10:00"),
              (ProductDialog(backend, None, []), "discontinued_on", "2019-12-31", "2019-12-31"),
              (CalendarDayDialog(backend), "day", "2027-10-01", "2027-10-01")]
    for dialog, name, typed, kept in fields:
        qtbot.addWidget(dialog)
        dialog.show()
        edit = getattr(dialog, name)
        edit.setEnabled(True)
        type_over(qtbot, edit, typed, enter=True)
        assert _shown(edit) == kept, type(dialog).__name__
