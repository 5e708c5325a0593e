"""Lists filtered and paged in the database: a text filter and a keyset page."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any, TypeVar

from sqlalchemy import Select, or_

SelectT = TypeVar("SelectT", bound=Select)


@dataclass(frozen=True)
class ListQuery:
    """What a list asks for: rows matching ``text``, after the key ``after``, at most ``limit``."""

    text: str = ""
    after: str | None = None
    limit: int = 200


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
