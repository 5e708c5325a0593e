"""Printing to PDF: the same file from the screen and from the command line (F1)."""

from __future__ import annotations

from pathlib import Path

from desktop.core.i18n import QT_TRANSLATE_NOOP, DomainError, msg
from desktop.core.services.context import Actor
from desktop.core.services.shipping import label_data
from desktop.core.store.db import Database


class CannotWrite(DomainError):
    """The PDF could not be written; nothing was left behind."""


def write_pdf(path: Path, data: bytes) -> Path:
    from reports.output import write_atomically

    try:
        return write_atomically(path, data)
    except OSError as exc:
        raise CannotWrite(msg(QT_TRANSLATE_NOOP(
            "Messages", "Cannot write {path}: {reason}. Nothing was written; choose another "
            "folder or free some space."), path=str(path), reason=exc.strerror or str(exc))) \
            from exc


def labels_pdf(db: Database, actor: Actor, number: str, a4: bool = False) -> bytes:
    from reports.labels import render_labels

    return render_labels(label_data(db, actor, number), a4)


def print_labels(db: Database, actor: Actor, number: str, path: Path,
                 a4: bool = False) -> Path:
    """The box labels of ``number`` as a PDF at ``path`` (100×150 mm, or A4 sheets)."""
    return write_pdf(path, labels_pdf(db, actor, number, a4))
