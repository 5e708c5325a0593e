"""Labels of the service desk's enums, translated in the ``Service`` context."""

from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import QCoreApplication

from desktop.core.rules.service import (
    CHANNEL_LABELS,
    KLASS_LABELS,
    PRIORITY_LABELS,
    STATE_LABELS,
    CaseState,
    Channel,
    Klass,
    Priority,
)


def _t(source: str) -> str:
    return QCoreApplication.translate("Service", source)


def state_label(state: CaseState) -> str:
    return _t(STATE_LABELS[CaseState(state)])


def channel_label(channel: Channel) -> str:
    return _t(CHANNEL_LABELS[Channel(channel)])


def priority_label(priority: Priority) -> str:
    return _t(PRIORITY_LABELS[Priority(priority)])


def klass_label(klass: str) -> str:
    return _t(KLASS_LABELS[Klass(klass)]) if klass else ""


def when(value: datetime | None) -> str:
    return value.astimezone().strftime("%Y-%m-%d %H:%M") if value else ""


def countdown(due: datetime | None, now: datetime) -> str:
    """"3 h 20 min left" or "overdue by 1 h 5 min" (the promised time, counting down)."""
    if due is None:
        return ""
    minutes = int((due - now).total_seconds() // 60)
    hours, rest = divmod(abs(minutes), 60)
    span = QCoreApplication.translate("Service", "%1 h %2 min").replace(
        "%1", str(hours)).replace("%2", str(rest))
    if minutes >= 0:
        return QCoreApplication.translate("Service", "%1 left").replace("%1", span)
    return QCoreApplication.translate("Service", "overdue by %1").replace("%1", span)
