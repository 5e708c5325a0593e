"""Policy settings (every number in SPEC.md) and the working-day calendar."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QComboBox,
    QLabel,
    QLineEdit,
    QSpinBox,
    QWidget,
)

from desktop.backend import Backend
from desktop.core.i18n import QT_TRANSLATE_NOOP
from desktop.core.rules.calendar import DayKind
from desktop.core.services.admin.policy import (
    CalendarRow,
    SettingRow,
    clear_calendar_day,
    list_calendar,
    list_settings,
    set_calendar_day,
    update_setting,
)
from desktop.ui.i18n import text
from desktop.ui.labels import day_kind_label
from desktop.ui.ops import Op
from desktop.ui.widgets.fields import DateEdit, qdate
from desktop.ui.widgets.form import FormDialog, run_form
from desktop.ui.widgets.list_page import ListPage
from desktop.ui.widgets.small_list import local_pages
from desktop.ui.widgets.table import Column, PagedTableModel

SETTING_COLUMNS: list[Column[SettingRow]] = [
    Column(QT_TRANSLATE_NOOP("PolicyPage", "Setting"), lambda r: text("Policy", r.description)),
    Column(QT_TRANSLATE_NOOP("PolicyPage", "Value"), lambda r: r.value, True),
    Column(QT_TRANSLATE_NOOP("PolicyPage", "Unit"), lambda r: text("Policy", r.unit)),
    Column(QT_TRANSLATE_NOOP("PolicyPage", "Default"), lambda r: r.default, True),
    Column(QT_TRANSLATE_NOOP("PolicyPage", "Rule"), lambda r: r.rule),
    Column(QT_TRANSLATE_NOOP("PolicyPage", "Changed by"), lambda r: r.updated_by),
    Column(QT_TRANSLATE_NOOP("PolicyPage", "Key"), lambda r: r.key),
]


def _setting_text(row: SettingRow) -> str:
    """What the filter looks in: a dozen rows whose description is translated on screen, so
    filtered here, not in SQL."""
    return f"{row.key} {row.rule} {text('Policy', row.description)} {text('Policy', row.unit)}"


def policy_page(backend: Backend) -> ListPage:
    model: PagedTableModel[SettingRow] = PagedTableModel(
        "PolicyPage", SETTING_COLUMNS, lambda q: fetch(q), lambda r: r.key)
    page = ListPage(QCoreApplication.translate("AdminPages", "Policy settings"), model)
    fetch = local_pages(page, backend, list_settings, _setting_text, lambda r: r.key)

    def open_setting(row: SettingRow | None) -> None:
        assert row is not None  # settings are edited, never created here
        run_form(SettingDialog(backend, row, page), lambda _saved: None)

    page.open_with(open_setting, can_create=False)
    page.reload()
    return page


class SettingDialog(FormDialog):
    def __init__(self, backend: Backend, row: SettingRow, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Policy setting"), parent)
        self.backend, self.row = backend, row
        description = QLabel(text("Policy", row.description))
        description.setWordWrap(True)
        self.value = QSpinBox()
        self.value.setRange(row.minimum, row.maximum)
        self.value.setValue(row.value)
        self.value.setSuffix(" " + text("Policy", row.unit))
        self.reason = QLineEdit()
        self.reason.setPlaceholderText(self.tr("why the change (kept in the audit log)"))
        self.add_field("description", self.tr("Setting"), description)
        self.add_field("value", self.tr("Value"), self.value)
        self.add_field("default", self.tr("Default"), QLabel(str(row.default)))
        self.add_field("reason", self.tr("Reason"), self.reason)

    def saved_text(self, result: SettingRow) -> str:
        return self.tr("“%1” is now %2 %3.").replace("%1", text("Policy", result.description)) \
            .replace("%2", str(result.value)).replace("%3", text("Policy", result.unit))

    def submit(self) -> Op[SettingRow]:
        return Op(self, self.backend, update_setting, self.row.key, self.value.value(),
                  self.row.version, self.reason.text().strip())


CALENDAR_COLUMNS: list[Column[CalendarRow]] = [
    Column(QT_TRANSLATE_NOOP("CalendarPage", "Date"), lambda r: r.day.isoformat()),
    Column(QT_TRANSLATE_NOOP("CalendarPage", "Weekday"),
           lambda r: qdate(r.day).toString("dddd")),
    Column(QT_TRANSLATE_NOOP("CalendarPage", "Kind"), lambda r: day_kind_label(r.kind)),
    Column(QT_TRANSLATE_NOOP("CalendarPage", "Name"), lambda r: r.name),
]


def calendar_page(backend: Backend) -> ListPage:
    model: PagedTableModel[CalendarRow] = PagedTableModel(
        "CalendarPage", CALENDAR_COLUMNS, lambda q: fetch(q), lambda r: r.day.isoformat())
    page = ListPage(QCoreApplication.translate("AdminPages", "Working-day calendar"), model)
    fetch = local_pages(page, backend, list_calendar,
                        lambda r: f"{r.day.isoformat()} {r.name}", lambda r: r.day.isoformat())
    page.new_button.setVisible(True)
    page.new_button.clicked.connect(
        lambda: run_form(CalendarDayDialog(backend, page), lambda _saved: None))
    remove = page.add_button(QCoreApplication.translate("CalendarPage", "Remove"))

    def remove_selected() -> None:
        row = page.selected_row()
        if row is not None:
            Op(page, backend, clear_calendar_day, row.day).busy(remove).done(
                lambda _none: page.show_notice(QCoreApplication.translate(
                    "CalendarPage", "%1 removed from the calendar.").replace(
                    "%1", row.day.isoformat()))).run()

    remove.clicked.connect(remove_selected)
    page.reload()
    return page


class CalendarDayDialog(FormDialog):
    def __init__(self, backend: Backend, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Calendar day"), parent)
        self.backend = backend
        self.day = DateEdit()
        self.kind = QComboBox()
        self.kind.addItem(day_kind_label(DayKind.HOLIDAY), DayKind.HOLIDAY)
        self.kind.addItem(day_kind_label(DayKind.WORKDAY), DayKind.WORKDAY)
        self.name = QLineEdit()
        self.name.setPlaceholderText(self.tr("e.g. 国庆节"))
        self.add_field("day", self.tr("Date"), self.day)
        self.add_field("kind", self.tr("Kind"), self.kind)
        self.add_field("name", self.tr("Name"), self.name)

    def saved_text(self, result: object) -> str:
        del result
        return self.tr("%1 is in the calendar: %2.").replace(
            "%1", self.day.date().toString("yyyy-MM-dd")).replace(
            "%2", day_kind_label(self.kind.currentData()))

    def submit(self) -> Op[None]:
        day = self.day.date().toPython()
        assert isinstance(day, date)
        return Op(self, self.backend, set_calendar_day, day, self.kind.currentData(),
                  self.name.text())
