"""Scans the database has not taken yet, kept on this computer while it is away.

The desk's queue writes them here (atomically, fsynced) whenever it changes while the database
is away, and removes the file once the queue is empty again.  When the same clerk opens the
receiving desk on the same database, the queue sends them again with their own scan ids and
scan times: a crash, a power cut or closing the window loses no scan and counts none twice.
"""

from __future__ import annotations

import json
import logging
import os
import re
from datetime import datetime
from pathlib import Path

Scan = tuple[str, str, datetime]  # code, scan id, when it was scanned
log = logging.getLogger(__name__)


class ScanJournal:
    def __init__(self, folder: Path, login: str, database: str) -> None:
        name = re.sub(r"[^A-Za-z0-9_.-]", "_", login) or "desk"
        self.path = folder / f"pending-scans-{name}.json"
        self.login, self.database = login, database

    def save(self, scans: list[Scan]) -> bool:
        """Keep ``scans`` (none: remove the file); False if they could not be written."""
        try:
            if not scans:
                self.path.unlink(missing_ok=True)
                return True
            self.path.parent.mkdir(parents=True, exist_ok=True)
            partial = self.path.with_suffix(".part")
            with partial.open("w", encoding="utf-8") as out:
                json.dump({"login": self.login, "database": self.database,
                           "scans": [[code, scan_id, at.isoformat()]
                                     for code, scan_id, at in scans]}, out, ensure_ascii=False)
                out.flush()
                os.fsync(out.fileno())
            partial.replace(self.path)
            return True
        except OSError as exc:  # a full disk: the queue still holds them while the desk is open
            log.warning("could not keep %d unsaved scans in %s: %s", len(scans), self.path, exc)
            return False

    def load(self) -> list[Scan]:
        """The scans left by this clerk on this database; none if the file is someone else's
        or unreadable (then it stays where it is, for a person to look at)."""
        try:
            data = json.loads(self.path.read_text(encoding="utf-8"))
            if data["login"] != self.login or data["database"] != self.database:
                return []
            return [(code, scan_id, datetime.fromisoformat(at))
                    for code, scan_id, at in data["scans"]]
        except FileNotFoundError:
            return []
        except (OSError, ValueError, KeyError, TypeError) as exc:
            log.warning("unsaved scans in %s could not be read: %s", self.path, exc)
            return []
