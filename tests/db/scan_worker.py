"""A receiving desk in its own process, for the concurrency test."""

from __future__ import annotations

import random
import uuid
from collections import Counter


def scan_all(url: str, codes: list[str], seed: int) -> dict[str, int]:
    """Scan every code once, in this desk's own order; count the outcomes and the errors."""
    from desktop.core.services.access.auth import login
    from desktop.core.services.receiving.scan import receive_scan
    from desktop.core.store.db import Database

    db = Database(url)
    actor = login(db, "warehouse", "demo1234")
    order = list(codes)
    random.Random(seed).shuffle(order)
    outcomes: Counter[str] = Counter()
    for code in order:
        try:
            outcomes[receive_scan(db, actor, code, f"desk{seed}-{uuid.uuid4().hex}").outcome] += 1
        except Exception as exc:
            outcomes[f"error:{type(exc).__name__}:{exc}"[:200]] += 1
    db.dispose()
    return dict(outcomes)
