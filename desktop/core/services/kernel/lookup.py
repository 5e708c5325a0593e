"""Finding a record by its number within what the actor may see; the optimistic version
check."""

from __future__ import annotations

from typing import Protocol, TypeVar

from sqlalchemy import ColumnElement, select
from sqlalchemy.orm import InstrumentedAttribute, Session

from desktop.core.errors import Conflict, NotFound
from desktop.core.i18n import QT_TRANSLATE_NOOP, Message, msg

Scope = ColumnElement[bool] | None
"""A WHERE clause limiting rows to what an actor may see; None: everything."""


class Numbered(Protocol):
    """A model whose records have a number the user knows them by (R…, C…, X…, W…, P…)."""

    @property
    def number(self) -> str: ...


N = TypeVar("N", bound=Numbered)


def find_by_number(session: Session, model: type[N], number: str, scope: Scope,
                   missing: Message) -> N:
    """The record of ``model`` numbered ``number`` within ``scope``, locked for the rest of
    the unit of work.  One that does not exist and one the actor may not see get the same
    answer, ``missing``: nobody learns another dealer's numbers by trying them."""
    column: InstrumentedAttribute[str] = getattr(model, "number")  # noqa: B009 (class side)
    stmt = select(model).where(column == number.strip().upper())
    if scope is not None:
        stmt = stmt.where(scope)
    found = session.scalars(stmt.with_for_update()).first()
    if found is None:
        raise NotFound(missing)
    return found


def check_version(current: int, shown: int | None) -> None:
    """Refuse to save over a change somebody else made since the form was loaded."""
    if shown is not None and current != shown:
        raise Conflict(
            msg(
                QT_TRANSLATE_NOOP(
                    "Messages",
                    "Somebody else changed this record after you opened it. Close the form, "
                    "open it again and redo your change.",
                )
            )
        )
