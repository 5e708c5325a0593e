"""Writing a printed form to a file: the same PDF from the screen and from the command line (F1)."""

from __future__ import annotations

from pathlib import Path

from desktop.core.errors import CannotWrite
from desktop.core.i18n import QT_TRANSLATE_NOOP, msg


def write_pdf(path: Path, data: bytes) -> Path:
    from reports.output import write_atomically

    try:
        return write_atomically(path, data)
    except OSError as exc:
        raise CannotWrite(msg(QT_TRANSLATE_NOOP(
            "Messages", "Cannot write {path}: {reason}. Nothing was written; choose another "
            "folder or free some space."), path=str(path), reason=exc.strerror or str(exc))) \
            from exc
