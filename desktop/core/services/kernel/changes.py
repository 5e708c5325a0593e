"""Has anything changed since a desk last looked?  Every change leaves a new row in an
append-only table: an audit entry (every state change and edit, A9), a box receipt or a
set-aside (a scan), a stock movement (the ledger).  The largest ids of those tables are the
data's version: one cheap query (four index look-ups) a desk can ask every few seconds, on one
database or through any number of server processes, with nothing kept anywhere else."""

from __future__ import annotations

from sqlalchemy import func, select

from desktop.core.model import AuditEntry, BoxReceipt, SetAside, StockMovement
from desktop.core.services.kernel.actor import Actor
from desktop.core.store.db import Database

WATCHED = (AuditEntry, BoxReceipt, SetAside, StockMovement)


def data_version(db: Database, actor: Actor) -> str:
    """An opaque mark that changes whenever any data changes (compare it, do not parse it)."""
    del actor  # who asks does not matter: the mark says nothing about what changed
    with db.read() as session:
        marks = session.execute(select(*[
            select(func.coalesce(func.max(model.id), 0)).scalar_subquery()
            for model in WATCHED])).one()
    return ".".join(str(mark) for mark in marks)
