"""Which server a desk works through: ``--server``, RETURNDESK_SERVER, or the one remembered
from last time.  Read at start before the login window shows, so it imports nothing of the
services (importing the use-case table costs half a second)."""

from __future__ import annotations

import os

from PySide6.QtCore import QSettings

ENV_SERVER = "RETURNDESK_SERVER"
FORGET = ("off", "none", "local")
SETTING = "server"


def chosen_server(explicit: str | None, database: str | None) -> str | None:
    """``--server URL`` (remembered for next time; ``--server off`` forgets it) beats
    RETURNDESK_SERVER beats the remembered server; ``--database`` alone means this PC's
    database (or an administrator's), never a server."""
    settings = QSettings("ReturnDesk", "ReturnDesk")
    if explicit is not None and explicit.strip().lower() in FORGET:
        settings.remove(SETTING)
        return None
    if explicit:
        settings.setValue(SETTING, explicit.strip())
        return explicit.strip()
    if database:
        return None
    remembered = os.environ.get(ENV_SERVER) or settings.value(SETTING, "")
    return str(remembered) or None
