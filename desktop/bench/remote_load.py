"""Load: many receiving desks scanning at once against one server, through the latency proxy.

Each simulated desk is a thread with its own login and HTTP connection that works like the
desk's queue: one scan at a time, each with a scan id made when it was scanned.  Together they
keep to a combined rate (37 scans/s by default) on a fixed schedule.  Some scans are sent a
second time with the same scan id, as a desk does when an answer is lost on the way.  Then the
database is asked: every box sent has exactly one receipt, no more.
"""

from __future__ import annotations

import statistics
import threading
import time
from concurrent.futures import ThreadPoolExecutor
from datetime import UTC, datetime
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from desktop.backend.remote import RemoteBackend
    from desktop.bench.remote_world import World

RESEND_EVERY = 25  # one scan in 25 is sent again with its scan id


def _desk(backend: RemoteBackend, jobs: list[tuple[float, str]], t0: float,
          seen: dict[str, list[Any]], lock: threading.Lock) -> None:
    """One desk's scans on its schedule: ``seen`` gathers latencies, refusals (a box not
    received) and, for each scan sent twice, whether the second came back as the first."""
    from desktop.core.services.receiving.scan import new_scan_id, receive_scan

    for index, (due, code) in enumerate(jobs):
        wait = t0 + due - time.perf_counter()
        if wait > 0:
            time.sleep(wait)
        scan_id = new_scan_id(f"load{id(backend) % 10_000}")
        at = datetime.now(UTC)
        began = time.perf_counter()
        result = backend.call(receive_scan, code, scan_id, at)
        took = (time.perf_counter() - began) * 1000
        again = None
        if index % RESEND_EVERY == 0:  # the answer "lost": the same scan again
            again = backend.call(receive_scan, code, scan_id, at)
        with lock:
            seen["latencies"].append(took)
            if not result.outcome.accepted:
                seen["refused"].append(code)
            if again is not None:
                seen["resent"].append(again.replayed and not result.replayed)


def _service_floor(world: World, codes: list[str]) -> float:
    """The scan service alone, in the server's process, on the same database: the median."""
    from desktop.core.services.access.auth import login
    from desktop.core.services.receiving.scan import new_scan_id, receive_scan

    actor = login(world.db, "warehouse", "demo1234")
    times = []
    for code in codes:
        began = time.perf_counter()
        receive_scan(world.db, actor, code, new_scan_id("floor"), datetime.now(UTC))
        times.append((time.perf_counter() - began) * 1000)
    return statistics.median(times)


def _receipts(world: World, codes: list[str]) -> tuple[int, int]:
    """(boxes with no receipt, boxes with more than one) among ``codes``, from the database."""
    from sqlalchemy import func, select

    from desktop.core.model.boxes import Box, BoxReceipt

    with world.db.read() as session:
        counts = dict(session.execute(
            select(Box.code, func.count(BoxReceipt.id)).outerjoin(
                BoxReceipt, BoxReceipt.box_id == Box.id).where(Box.code.in_(codes))
            .group_by(Box.code)).all())
    return (sum(1 for c in codes if counts.get(c, 0) == 0),
            sum(1 for c in codes if counts.get(c, 0) > 1))


def _round_trip(url: str) -> float:
    import httpx

    with httpx.Client(base_url=url) as http:
        http.get("/health")
        times = []
        for _ in range(5):
            began = time.perf_counter()
            http.get("/health")
            times.append((time.perf_counter() - began) * 1000)
    return statistics.median(times)


def measure_load(world: World, url: str, codes: list[str], desks: int, rate: float,
                 seconds: float) -> dict[str, Any]:
    from desktop.backend.remote import RemoteConnector

    floor_codes, codes = codes[:desks], codes[desks:]
    sent = codes[: int(rate * seconds)]
    with ThreadPoolExecutor(8) as pool:  # 50 logins: the password hash dominates
        backends = list(pool.map(lambda _i: RemoteConnector(url).login("warehouse", "demo1234"),
                                 range(desks)))
    schedule: list[list[tuple[float, str]]] = [[] for _ in range(desks)]
    for index, code in enumerate(sent):
        schedule[index % desks].append((index / rate, code))
    seen: dict[str, list[Any]] = {"latencies": [], "refused": [], "resent": []}
    lock = threading.Lock()
    t0 = time.perf_counter() + 0.2
    threads = [threading.Thread(target=_desk, args=(b, jobs, t0, seen, lock))
               for b, jobs in zip(backends, schedule, strict=True)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    elapsed = time.perf_counter() - t0
    for backend in backends:
        backend.close()
        backend.client.close()
    lost, doubled = _receipts(world, sent)
    ordered = sorted(seen["latencies"])
    return {"desks": desks, "target_rate": rate, "seconds": elapsed, "sent": len(sent),
            "answered": len(ordered), "scans_per_s": len(ordered) / elapsed,
            "p50_ms": ordered[len(ordered) // 2],
            "p99_ms": ordered[min(len(ordered) - 1, int(len(ordered) * 0.99))],
            "refused": len(seen["refused"]), "resent": len(seen["resent"]),
            "resent_answered_as_first": all(seen["resent"]), "lost": lost, "doubled": doubled,
            "floor_round_trip_ms": _round_trip(url),
            "floor_service_ms": _service_floor(world, floor_codes)}
