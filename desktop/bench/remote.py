"""The remote desk bench: a desk straight on PostgreSQL against a desk through the ReturnDesk
server, both behind the same latency proxy (40 ms of round trip by default), side by side in one
run; then 50 simulated receiving desks scanning against the server.

Floors measured in the same run: one round trip through each proxy (``SELECT 1`` to the
database, ``GET /health`` to the server) and the server's own time (the server desk on loopback,
no proxy), so "one round trip plus server time" can be read off the table.
"""

from __future__ import annotations

import contextlib
import socket
import subprocess
import sys
import tempfile
import time
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from desktop.bench.latency import LatencyProxy
from desktop.core.store.db import Database

PASSWORD = "demo1234"


@dataclass
class World:
    db: Database  # the server's own connection (no proxy)
    url: str  # the database's URL as the server holds it
    socket_path: str | None  # PostgreSQL's Unix socket, when it has one
    approvals: list[str]  # requests waiting for the order department
    boxes: list[str]  # shipped box codes, not yet received


@contextlib.contextmanager
def postgresql(pg_url: str | None) -> Iterator[str]:
    """A fresh database on ``pg_url`` (a maintenance URL), else on a throwaway pgserver."""
    from sqlalchemy import create_engine, text

    with contextlib.ExitStack() as stack:
        if pg_url is None:
            try:
                import pgserver
            except ImportError as exc:
                raise RuntimeError("the remote bench needs PostgreSQL: give --pg URL (or "
                                   "install pgserver)") from exc
            folder = stack.enter_context(tempfile.TemporaryDirectory(prefix="rd-pg-"))
            server = pgserver.get_server(Path(folder), cleanup_mode="stop")
            stack.callback(server.cleanup)
            socket_dir = server.get_uri().split("host=")[-1]
            pg_url = f"postgresql+psycopg://postgres@/postgres?host={socket_dir}"
        name = f"returndesk_remote_{int(time.time())}"
        admin = create_engine(pg_url, isolation_level="AUTOCOMMIT")
        with admin.connect() as connection:
            connection.execute(text(f"CREATE DATABASE {name}"))
        base, _, query = pg_url.partition("?")
        try:
            yield base.rsplit("/", 1)[0] + f"/{name}" + (f"?{query}" if query else "")
        finally:
            with admin.connect() as connection:
                connection.execute(text(f"DROP DATABASE IF EXISTS {name} WITH (FORCE)"))
            admin.dispose()


def upstream_of(db: Database) -> tuple[str, int] | str:
    """Where PostgreSQL listens: its Unix socket (pgserver) or host and port."""
    import glob

    url = db.url
    host = str(url.query.get("host") or url.host or "127.0.0.1")
    if host.startswith("/"):
        return next(p for p in glob.glob(f"{host}/.s.PGSQL.*") if not p.endswith(".lock"))
    return host, int(url.port or 5432)


def proxied_url(db: Database, port: int) -> str:
    url = db.url.set(host="127.0.0.1", port=port, query={})
    return url.render_as_string(hide_password=False)


def build_world(url: str, approvals: int, boxes: int) -> World:
    """The demo world, plus requests waiting for approval and shipped boxes to scan."""
    from desktop.core.store.migrate import upgrade
    from desktop.demo import load_demo

    db = Database(url, pool_size=20)
    upgrade(db)
    load_demo(db)
    waiting = [_filed(db, reviewed=True) for _ in range(approvals)]
    codes: list[str] = []
    while len(codes) < boxes:
        codes += _shipped(db, min(20, boxes - len(codes)))
    return World(db, url, None, waiting, codes)


def _actor(db: Database, login: str) -> Any:
    from desktop.core.services.access.auth import login as check_login

    return check_login(db, login, PASSWORD)


def _filed(db: Database, reviewed: bool) -> str:
    from desktop.core.rules.acceptance import ReturnKind
    from desktop.core.rules.workflow import Action
    from desktop.core.services.returns.filing import LineInput, file_return
    from desktop.core.services.returns.flow import transition

    dealer = _actor(db, "dealer")
    number = file_return(db, dealer, [LineInput("DL-0705", 3, "20250610",
                                                ReturnKind.QUALITY_FAULT, "不亮")])
    transition(db, dealer, number, Action.SUBMIT)
    if reviewed:
        transition(db, _actor(db, "east"), number, Action.REVIEW)
    return number


def _shipped(db: Database, boxes: int) -> list[str]:
    from desktop.core.rules.workflow import Action
    from desktop.core.services.returns.flow import transition
    from desktop.core.services.returns.shipping import declare_shipment

    number = _filed(db, reviewed=True)
    transition(db, _actor(db, "order"), number, Action.APPROVE)
    return declare_shipment(db, _actor(db, "dealer"), number, boxes, "C-SF", "SF1234567890")


@dataclass
class Served:
    url: str
    port: int
    process: subprocess.Popen[bytes]
    log: Any  # the server's standard error (its access log), a temporary file

    def stop(self) -> None:
        self.process.terminate()  # SIGTERM: it finishes what is in flight
        try:
            self.process.wait(15)
        except subprocess.TimeoutExpired:
            self.process.kill()
            self.process.wait(5)
        self.log.close()


def serve(url: str) -> Served:
    """``returndesk serve`` in a process of its own, on a loopback port (plain HTTP is for
    loopback), as a real server runs: the desk's process holds no server."""
    import httpx

    with socket.create_server(("127.0.0.1", 0)) as probe:
        port = probe.getsockname()[1]
    log = tempfile.TemporaryFile()  # noqa: SIM115  (closed by Served.stop)
    process = subprocess.Popen(
        [sys.executable, "-m", "desktop", "serve", "--database", url,
         "--listen", f"127.0.0.1:{port}"], stdout=subprocess.DEVNULL, stderr=log)
    served = Served(f"http://127.0.0.1:{port}", port, process, log)
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline and process.poll() is None:
        with contextlib.suppress(httpx.TransportError):
            if httpx.get(f"{served.url}/health", timeout=2).status_code == 200:
                return served
        time.sleep(0.2)
    served.stop()
    log.seek(0)
    raise RuntimeError(f"the server did not start: {log.read().decode(errors='replace')}")


def measure_remote(pg_url: str | None, runs: int = 5, rtt_ms: float = 40.0,
                   load_seconds: float = 20.0, desks: int = 50, rate: float = 37.0
                   ) -> dict[str, Any]:
    from desktop.bench.remote_desk import measure_desks
    from desktop.bench.remote_load import measure_load

    load_boxes = int(rate * load_seconds) + desks
    with postgresql(pg_url) as url:
        desk_runs = 3 * (runs + 1)  # the direct desk, the server desk, the server on loopback
        world = build_world(url, approvals=5 * desk_runs + 5, boxes=desk_runs + load_boxes)
        served = serve(url)
        pg_proxy = LatencyProxy(upstream_of(world.db), rtt_ms)
        server_proxy = LatencyProxy(("127.0.0.1", served.port), rtt_ms)
        try:
            figures = measure_desks(world, served.url, pg_proxy, server_proxy, runs)
            figures["load"] = measure_load(world, f"http://127.0.0.1:{server_proxy.port}",
                                           world.boxes[desk_runs:], desks, rate,
                                           load_seconds)
        finally:
            server_proxy.close()
            pg_proxy.close()
            served.stop()
            world.db.dispose()
    figures.update(rtt_ms=rtt_ms, runs=runs)
    return figures


def print_remote(figures: dict[str, Any]) -> None:
    print(f"desks over a link of {figures['rtt_ms']:.0f} ms round trip (latency proxy on "
          f"loopback), median of {figures['runs']}; round trips counted at the proxy:")
    floor = figures["floors"]
    print(f"  floor: one round trip to PostgreSQL {floor['pg_round_trip_ms']:.1f} ms, to the "
          f"server {floor['server_round_trip_ms']:.1f} ms")
    print(f"  {'action':<22}{'direct PG':>18}{'server':>18}{'server time':>13}{'speed-up':>10}"
          f"{'GUI stall PG/server':>22}")
    for name, row in figures["actions"].items():
        pg, srv = row["direct_pg"], row["server"]
        print(f"  {name:<22}{pg['ms']:>9.1f} ms {pg['round_trips']:>3} rt"
              f"{srv['ms']:>9.1f} ms {srv['round_trips']:>3} rt{row['server_time_ms']:>10.1f} ms"
              f"{pg['ms'] / max(srv['ms'], 0.001):>9.1f}×"
              f"{pg['gui_stall_ms']:>12.1f} / {srv['gui_stall_ms']:.1f} ms")
    load = figures["load"]
    print(f"load: {load['desks']} desks, {load['target_rate']:.0f} scans/s asked for "
          f"{load['seconds']:.0f} s through the proxy: {load['scans_per_s']:.1f} scans/s, "
          f"latency p50 {load['p50_ms']:.1f} ms, p99 {load['p99_ms']:.1f} ms (floor: one round "
          f"trip {load['floor_round_trip_ms']:.1f} ms + the scan service alone "
          f"{load['floor_service_ms']:.1f} ms); {load['sent']} boxes, {load['resent']} sent "
          f"twice with their scan id: {load['lost']} lost, {load['doubled']} doubled")
