"""How much text each field keeps, for forms that stop the typing there.

The store refuses an over-long value in words whatever the caller (``store/lengths.py``); a form
that knows the limit never lets the clerk type past it in the first place.
"""

from __future__ import annotations

from functools import cache

from sqlalchemy import Enum, String

from desktop.core.model import Base


@cache
def text_limits(table: str) -> dict[str, int]:
    """The longest text each column of ``table`` keeps, by attribute name (enums left out: a
    form offers those as a choice)."""
    for mapper in Base.registry.mappers:
        if getattr(mapper.local_table, "name", None) == table:
            return {attribute.key: column.type.length
                    for attribute in mapper.column_attrs
                    for column in attribute.columns[:1]
                    if isinstance(column.type, String) and not isinstance(column.type, Enum)
                    and column.type.length}
    raise KeyError(table)
