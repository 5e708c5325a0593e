"""One desk's actions, timed the way a clerk waits for them: started from the GUI thread through
the desk's own machinery (the login's worker, the approval queue page, the operations layer,
the request's three reads) and finished when the answer is on screen.  While it runs, a 2 ms
QTimer heartbeat measures the longest the Qt event loop went without a turn (the GUI stall)."""

from __future__ import annotations

import statistics
import time
from collections.abc import Callable
from datetime import UTC, datetime
from typing import TYPE_CHECKING, Any

from desktop.bench.latency import LatencyProxy

if TYPE_CHECKING:
    from desktop.backend import Backend, Connector
    from desktop.bench.remote_world import World

Start = Callable[[Callable[[Any], None]], None]
HEARTBEAT_MS = 2


def timed(start: Start, proxy: LatencyProxy | None) -> tuple[Any, dict[str, float]]:
    """Run ``start(done)`` in a Qt event loop until ``done(result)``: the wall time, the round
    trips the proxy saw, and the longest gap between two heartbeats beyond their interval."""
    from PySide6.QtCore import QEventLoop, Qt, QTimer

    loop, answer, gaps = QEventLoop(), list[Any](), [0.0]
    last = [time.perf_counter()]

    def beat() -> None:
        now = time.perf_counter()
        gaps[0] = max(gaps[0], (now - last[0]) * 1000 - HEARTBEAT_MS)
        last[0] = now

    heartbeat = QTimer()
    heartbeat.setTimerType(Qt.TimerType.PreciseTimer)
    heartbeat.setInterval(HEARTBEAT_MS)
    heartbeat.timeout.connect(beat)
    if proxy is not None:
        proxy.counter.take()
    heartbeat.start()
    began = time.perf_counter()
    last[0] = began
    def done(result: Any) -> None:
        answer.append(result)
        loop.quit()

    start(done)
    if not answer:
        loop.exec()
    ms = (time.perf_counter() - began) * 1000
    beat()
    heartbeat.stop()
    trips = proxy.counter.take()[0] if proxy is not None else 0
    if isinstance(answer[0], BaseException):
        raise answer[0]
    return answer[0], {"ms": ms, "round_trips": trips, "gui_stall_ms": max(0.0, gaps[0])}


def _login(connector: Connector, login: str) -> Start:
    from desktop.ui.tasks import run_in_background

    def start(done: Callable[[Any], None]) -> None:
        run_in_background(lambda: connector.login(login, "demo1234"), done, done)

    return start


def _queue_page(backend: Backend, keep: list[Any]) -> Start:
    """The order department's approval queue: the real page, until its first page shows."""
    from desktop.core.rules.workflow import Action
    from desktop.core.services.returns.query import RequestView
    from desktop.ui.returns.request_lists import ReturnsPage

    def start(done: Callable[[Any], None]) -> None:
        page = ReturnsPage(backend, RequestView.APPROVE, bulk=(Action.APPROVE, Action.REJECT))
        keep.append(page)
        page.model.loaded.connect(lambda: done(page.model.rows()))

    return start


def _op(backend: Backend, fn: Any, *args: Any) -> Start:
    from desktop.ui.ops import Op

    def start(done: Callable[[Any], None]) -> None:
        Op(None, backend, fn, *args).done(done).failed(done).run()

    return start


def _open_request(backend: Backend, number: str, keep: list[Any]) -> Start:
    """The request, its boxes and HQ's count read (three calls at once), the dialog built."""
    from PySide6.QtWidgets import QWidget

    from desktop.ui.returns.detail import RequestDetailDialog
    from desktop.ui.returns.record import load_request

    parent = QWidget()
    keep.append(parent)

    def start(done: Callable[[Any], None]) -> None:
        load_request(parent, backend, number,
                     lambda record: done(RequestDetailDialog(backend, record, parent)))

    return start


def _one_run(connector: Connector, warehouse: Backend, number: str, code: str,
             proxy: LatencyProxy | None) -> dict[str, dict[str, float]]:
    from desktop.core.rules.workflow import Action
    from desktop.core.services.receiving.scan import new_scan_id, receive_scan
    from desktop.core.services.returns.flow import transition_many

    keep: list[Any] = []
    out: dict[str, dict[str, float]] = {}
    backend, out["login"] = timed(_login(connector, "order"), proxy)
    rows, out["approval queue"] = timed(_queue_page(backend, keep), proxy)
    shown = {r.number: r.version for r in rows[:5]}
    _, out["approve five"] = timed(_op(backend, transition_many, shown, Action.APPROVE), proxy)
    _, out["open a request"] = timed(_open_request(backend, number, keep), proxy)
    _, out["one scan"] = timed(_op(warehouse, receive_scan, code, new_scan_id("bench"),
                                   datetime.now(UTC)), proxy)
    for widget in keep:
        widget.deleteLater()
    backend.close()
    return out


def measure_desk(connector: Connector, world: World, proxy: LatencyProxy | None,
                 runs: int, codes: list[str]) -> dict[str, dict[str, float]]:
    """The actions ``runs`` times (after one to warm the connections): medians."""
    warehouse = connector.login("warehouse", "demo1234")
    results = [_one_run(connector, warehouse, world.approvals[-1 - i], codes[i], proxy)
               for i in range(runs + 1)][1:]
    warehouse.close()
    return {name: {key: statistics.median(r[name][key] for r in results)
                   for key in ("ms", "round_trips", "gui_stall_ms")} for name in results[0]}


def floors(world: World, pg_proxy: LatencyProxy, server_url: str, runs: int
           ) -> dict[str, float]:
    """One round trip through each proxy, measured now: ``SELECT 1``, ``GET /health``."""
    import httpx
    from sqlalchemy import create_engine, text

    from desktop.bench.remote_world import proxied_url

    engine = create_engine(proxied_url(world.db, pg_proxy.port))
    with engine.connect() as connection, httpx.Client(base_url=server_url) as http:
        connection.execute(text("SELECT 1"))
        http.get("/health")
        pg, srv = [], []
        for _ in range(max(runs, 5)):
            began = time.perf_counter()
            connection.execute(text("SELECT 1"))
            pg.append((time.perf_counter() - began) * 1000)
            began = time.perf_counter()
            http.get("/health")
            srv.append((time.perf_counter() - began) * 1000)
    engine.dispose()
    return {"pg_round_trip_ms": statistics.median(pg),
            "server_round_trip_ms": statistics.median(srv)}


def measure_desks(world: World, server_url: str, pg_proxy: LatencyProxy,
                  server_proxy: LatencyProxy, runs: int) -> dict[str, Any]:
    from desktop.backend.local import LocalConnector
    from desktop.backend.remote import RemoteConnector
    from desktop.bench.remote_world import proxied_url
    from desktop.core.services.startup import open_database
    from desktop.ui.app import create_application

    create_application()
    codes = iter(world.boxes)
    take = lambda: [next(codes) for _ in range(runs + 1)]  # noqa: E731
    direct_db = open_database(proxied_url(world.db, pg_proxy.port))
    direct = measure_desk(LocalConnector(direct_db), world, pg_proxy, runs, take())
    world.approvals = world.approvals[: -(runs + 1)]
    proxied_url_of_server = f"http://127.0.0.1:{server_proxy.port}"
    through, near = RemoteConnector(proxied_url_of_server), RemoteConnector(server_url)
    remote = measure_desk(through, world, server_proxy, runs, take())
    world.approvals = world.approvals[: -(runs + 1)]
    loopback = measure_desk(near, world, None, runs, take())
    direct_db.dispose()
    through.client.close()
    near.client.close()
    actions = {name: {"direct_pg": direct[name], "server": remote[name],
                      "server_time_ms": loopback[name]["ms"]} for name in direct}
    return {"actions": actions,
            "floors": floors(world, pg_proxy, proxied_url_of_server, runs)}
