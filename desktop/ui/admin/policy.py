"""Policy settings (every number in SPEC.md) and the working-day calendar."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QCoreApplication, QDate
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QLabel,
    QLineEdit,
    QSpinBox,
    QWidget,
)

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
from desktop.core.services.kernel.actor import Actor
from desktop.core.services.kernel.listing import ListQuery
from desktop.core.services.startup import Database
from desktop.ui.widgets.fields import qdate
from desktop.ui.widgets.form import FormDialog, run_form
from desktop.ui.widgets.list_page import ListPage
from desktop.ui.widgets.table import Column, PagedTableModel


def _t(context: str, source: str) -> str:
    return QCoreApplication.translate(context, source)


SETTING_COLUMNS: list[Column[SettingRow]] = [
    Column(QT_TRANSLATE_NOOP("PolicyPage", "Setting"), lambda r: _t("Policy", r.description)),
    Column(QT_TRANSLATE_NOOP("PolicyPage", "Value"), lambda r: r.value, True),
    Column(QT_TRANSLATE_NOOP("PolicyPage", "Unit"), lambda r: _t("Policy", r.unit)),
    Column(QT_TRANSLATE_NOOP("PolicyPage", "Default"), lambda r: r.default, True),
    Column(QT_TRANSLATE_NOOP("PolicyPage", "Rule"), lambda r: r.rule),
    Column(QT_TRANSLATE_NOOP("PolicyPage", "Changed by"), lambda r: r.updated_by),
    Column(QT_TRANSLATE_NOOP("PolicyPage", "Key"), lambda r: r.key),
]


def _filtered_settings(db: Database, actor: Actor, query: ListQuery) -> list[SettingRow]:
    """A dozen rows whose description is translated on screen: filtered here, not in SQL."""
    if query.after is not None:
        return []
    needle = query.text.strip().lower()
    rows = list_settings(db, actor)
    return [r for r in rows if not needle or needle in
            f"{r.key} {r.rule} {_t('Policy', r.description)} {_t('Policy', r.unit)}".lower()]


def policy_page(db: Database, actor: Actor) -> ListPage:
    model: PagedTableModel[SettingRow] = PagedTableModel(
        "PolicyPage", SETTING_COLUMNS, lambda q: _filtered_settings(db, actor, q),
        lambda r: r.key)
    page = ListPage(QCoreApplication.translate("AdminPages", "Policy settings"), model)
    def open_setting(row: SettingRow | None) -> SettingDialog:
        assert row is not None  # settings are edited, never created here
        return SettingDialog(db, actor, row, page)

    page.edit_with(open_setting, can_create=False)
    page.reload()
    return page


class SettingDialog(FormDialog):
    def __init__(self, db: Database, actor: Actor, row: SettingRow,
                 parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Policy setting"), parent)
        self.db, self.actor, self.row = db, actor, row
        description = QLabel(_t("Policy", row.description))
        description.setWordWrap(True)
        self.value = QSpinBox()
        self.value.setRange(row.minimum, row.maximum)
        self.value.setValue(row.value)
        self.value.setSuffix(" " + _t("Policy", row.unit))
        self.reason = QLineEdit()
        self.reason.setPlaceholderText(self.tr("why the change (kept in the audit log)"))
        self.add_field("description", self.tr("Setting"), description)
        self.add_field("value", self.tr("Value"), self.value)
        self.add_field("default", self.tr("Default"), QLabel(str(row.default)))
        self.add_field("reason", self.tr("Reason"), self.reason)

    def submit(self) -> SettingRow:
        return update_setting(self.db, self.actor, self.row.key, self.value.value(),
                              self.row.version, self.reason.text().strip())


CALENDAR_COLUMNS: list[Column[CalendarRow]] = [
    Column(QT_TRANSLATE_NOOP("CalendarPage", "Date"), lambda r: r.day.isoformat()),
    Column(QT_TRANSLATE_NOOP("CalendarPage", "Weekday"),
           lambda r: qdate(r.day).toString("dddd")),
    Column(QT_TRANSLATE_NOOP("CalendarPage", "Kind"), lambda r: _day_kind_label(r.kind)),
    Column(QT_TRANSLATE_NOOP("CalendarPage", "Name"), lambda r: r.name),
]


def _day_kind_label(kind: DayKind) -> str:
    if kind == DayKind.HOLIDAY:
        return QCoreApplication.translate("CalendarPage", "Holiday (no work)")
    return QCoreApplication.translate("CalendarPage", "Make-up working day")


def _filtered_days(db: Database, actor: Actor, query: ListQuery) -> list[CalendarRow]:
    if query.after is not None:
        return []
    needle = query.text.strip()
    return [r for r in list_calendar(db, actor)
            if not needle or needle in f"{r.day.isoformat()} {r.name}"]


def calendar_page(db: Database, actor: Actor) -> ListPage:
    model: PagedTableModel[CalendarRow] = PagedTableModel(
        "CalendarPage", CALENDAR_COLUMNS, lambda q: _filtered_days(db, actor, q),
        lambda r: r.day.isoformat())
    page = ListPage(QCoreApplication.translate("AdminPages", "Working-day calendar"), model)
    page.new_button.setVisible(True)
    page.new_button.clicked.connect(
        lambda: run_form(CalendarDayDialog(db, actor, page), lambda _saved: page.reload()))
    remove = page.add_button(QCoreApplication.translate("CalendarPage", "Remove"))

    def remove_selected() -> None:
        row = page.selected_row()
        if row is not None:
            clear_calendar_day(db, actor, row.day)
            page.reload()

    remove.clicked.connect(remove_selected)
    page.reload()
    return page


class CalendarDayDialog(FormDialog):
    def __init__(self, db: Database, actor: Actor, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Calendar day"), parent)
        self.db, self.actor = db, actor
        self.day = QDateEdit(QDate.currentDate())
        self.day.setCalendarPopup(True)
        self.day.setDisplayFormat("yyyy-MM-dd")
        self.kind = QComboBox()
        self.kind.addItem(_day_kind_label(DayKind.HOLIDAY), DayKind.HOLIDAY)
        self.kind.addItem(_day_kind_label(DayKind.WORKDAY), DayKind.WORKDAY)
        self.name = QLineEdit()
        self.name.setPlaceholderText(self.tr("e.g. 国庆节"))
        self.add_field("day", self.tr("Date"), self.day)
        self.add_field("kind", self.tr("Kind"), self.kind)
        self.add_field("name", self.tr("Name"), self.name)

    def submit(self) -> None:
        day = self.day.date().toPython()
        assert isinstance(day, date)
        set_calendar_day(self.db, self.actor, day,
                         self.kind.currentData(), self.name.text())
