"""Text longer than its column is refused before it is written, with a sentence.

PostgreSQL fails the whole transaction with a driver error on a VARCHAR(n) overflow and SQLite
keeps the text whatever its length; both now refuse it the same way, naming the field for the
form and quoting the start of what was typed, before anything is sent.
"""

from __future__ import annotations

from typing import Any

from sqlalchemy import event, inspect
from sqlalchemy.orm import Session

from desktop.core.errors import InvalidInput
from desktop.core.i18n import QT_TRANSLATE_NOOP, msg

TOO_LONG = QT_TRANSLATE_NOOP(
    "Messages", "“{start}” is too long: at most {n} characters here, {m} given.")


_LIMITS: dict[type, dict[str, int]] = {}


def column_limits(mapper: Any) -> dict[str, int]:
    """The longest text each length-limited string column of a mapped class keeps, by
    attribute name; worked out once per class."""
    cached = _LIMITS.get(mapper.class_)
    if cached is None:
        cached = {attribute.key: length for attribute in mapper.column_attrs
                  if (length := getattr(attribute.columns[0].type, "length", None))}
        _LIMITS[mapper.class_] = cached
    return cached


def check_lengths(session: Session, _context: object, _instances: object) -> None:
    """Before a flush: every new or changed string fits its column (loaded values only, so no
    expired attribute is fetched again)."""
    for instance in (*session.new, *session.dirty):
        state = inspect(instance)
        for key, length in column_limits(state.mapper).items():
            value = state.dict.get(key)
            if isinstance(value, str) and len(value) > length:
                start = value[:12] + ("…" if len(value) > 12 else "")
                raise InvalidInput(msg(TOO_LONG, start=start, n=length, m=len(value)), key)


def install() -> None:
    if not event.contains(Session, "before_flush", check_lengths):
        event.listen(Session, "before_flush", check_lengths)
