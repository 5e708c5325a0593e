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
from dataclasses import dataclass
from typing import Any

from desktop.bench.latency import LatencyProxy
from desktop.bench.remote_world import build_world, postgresql, upstream_of


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
