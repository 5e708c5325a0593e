"""Lists filtered and paged in the database: a text filter and a keyset page."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any, TypeVar

from sqlalchemy import Select, or_

from desktop.core.errors import InvalidInput
from desktop.core.i18n import QT_TRANSLATE_NOOP, msg

SelectT = TypeVar("SelectT", bound=Select)


MOST_ROWS = 1_000_000  # one page of a list never holds more
LONGEST_FILTER = 200


def check_page(text: str, after: str | None, limit: int) -> None:
    """A page a list may ask for: refused in words otherwise (a script, a forged request)."""
    if not 1 <= limit <= MOST_ROWS:
        raise InvalidInput(msg(QT_TRANSLATE_NOOP(
            "Messages", "A list page holds 1 to {most} rows, not {limit}."),
            most=MOST_ROWS, limit=limit), "limit")
    if len(text) > LONGEST_FILTER or (after is not None and len(after) > LONGEST_FILTER):
        raise InvalidInput(msg(QT_TRANSLATE_NOOP(
            "Messages", "A filter has at most {n} characters."), n=LONGEST_FILTER), "text")


def after_id(after: str | None) -> int | None:
    """The id a keyset page continues after (the lists that page by id)."""
    if after is None:
        return None
    try:
        return int(after)
    except ValueError:
        raise InvalidInput(msg(QT_TRANSLATE_NOOP(
            "Messages", "This list cannot continue after “{after}”; read it from the start."),
            after=after[:40]), "after") from None


@dataclass(frozen=True)
class ListQuery:
    """What a list asks for: rows matching ``text``, after the key ``after``, at most ``limit``."""

    text: str = ""
    after: str | None = None
    limit: int = 200

    def __post_init__(self) -> None:
        check_page(self.text, self.after, self.limit)


ALL = ListQuery()


def like_pattern(text: str) -> str:
    escaped = text.strip().replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
    return f"%{escaped}%"


def apply_text_filter(stmt: SelectT, text: str, *columns: Any) -> SelectT:
    """Rows where any of ``columns`` contains ``text`` (case-insensitive)."""
    if not text.strip():
        return stmt
    pattern = like_pattern(text)
    return stmt.where(or_(*(column.ilike(pattern, escape="\\") for column in columns)))


def apply_keyset(stmt: SelectT, query: ListQuery, key_column: Any) -> SelectT:
    if query.after is not None:
        stmt = stmt.where(key_column > query.after)
    return stmt.order_by(key_column).limit(query.limit)
