"""How much text each field keeps, for forms that stop the typing there.

The store refuses an over-long value in words whatever the caller (``store/lengths.py``); a form
that knows the limit never lets the clerk type past it in the first place.
"""

from __future__ import annotations

from desktop.core.model import Base
from desktop.core.store.lengths import column_limits


def text_limits(table: str) -> dict[str, int]:
    """The longest text each column of ``table`` keeps, by attribute name (the same limits the
    store checks before a write)."""
    for mapper in Base.registry.mappers:
        if getattr(mapper.local_table, "name", None) == table:
            return column_limits(mapper)
    raise KeyError(table)
