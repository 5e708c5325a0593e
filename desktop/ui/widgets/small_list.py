"""A short list (a dozen policy settings, a year's calendar days, a dealer's gaps) read whole
through one use case and filtered here, on text the screen shows (a translated description
cannot be filtered in SQL).  Paged by key like the database lists, so the table model asks for
"more" the usual way and gets the rest."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any, TypeVar

from PySide6.QtWidgets import QWidget

from desktop.backend import Backend
from desktop.core.services.kernel.listing import ListQuery
from desktop.ui.ops import Op

Row = TypeVar("Row")


class _Reshaped(Op[list[Any]]):
    """An Op whose answer is cut to one page on the GUI thread before its callback."""

    shape: Callable[[list[Any]], list[Any]] = staticmethod(list)  # type: ignore[assignment]

    def done(self, callback: Callable[[list[Any]], object]) -> Op[list[Any]]:
        shape = self.shape
        return super().done(lambda rows: callback(shape(rows)))

    def result(self) -> list[Any]:
        return self.shape(super().result())


def page_of(rows: list[Row], query: ListQuery, text: Callable[[Row], str],
            key: Callable[[Row], str]) -> list[Row]:
    """The rows whose ``text`` holds the filter (any case), after the key ``query.after``."""
    needle = query.text.strip().lower()
    kept = [r for r in rows if needle in text(r).lower()]
    if query.after is not None:
        keys = [key(r) for r in kept]
        kept = kept[keys.index(query.after) + 1:] if query.after in keys else []
    return kept[:query.limit]


def local_pages(parent: QWidget | None, backend: Backend,
                read_all: Callable[..., list[Row]], text: Callable[[Row], str],
                key: Callable[[Row], str]) -> Callable[[ListQuery], Op[list[Row]]]:
    """A fetch for :class:`PagedTableModel`: ``read_all(db, actor)`` through the backend, then
    the page of ``query`` out of it."""
    def fetch(query: ListQuery) -> Op[list[Row]]:
        op = _Reshaped(parent, backend, read_all)
        op.shape = lambda rows: page_of(rows, query, text, key)
        return op

    return fetch
