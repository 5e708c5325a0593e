"""A latency proxy on loopback: a small asyncio TCP proxy that holds every chunk for a fixed
delay in each direction (half the round trip each way), so a desk on this computer sees the
server (or the database) as if it were in another city.  It counts round trips: a burst of bytes
from the client after the server has spoken (or the first) is one more.
"""

from __future__ import annotations

import asyncio
import contextlib
import threading
import time
from collections.abc import Awaitable, Callable
from dataclasses import dataclass, field

Opener = Callable[[], Awaitable[tuple[asyncio.StreamReader, asyncio.StreamWriter]]]


@dataclass
class Counter:
    round_trips: int = 0
    connections: int = 0
    _lock: threading.Lock = field(default_factory=threading.Lock)

    def add(self, trips: int = 0, connections: int = 0) -> None:
        with self._lock:
            self.round_trips += trips
            self.connections += connections

    def take(self) -> tuple[int, int]:
        """(round trips, new connections) since the last take."""
        with self._lock:
            taken = (self.round_trips, self.connections)
            self.round_trips = self.connections = 0
        return taken


class LatencyProxy:
    """``LatencyProxy(upstream, rtt_ms)``: upstream is ``(host, port)`` or a Unix socket path.
    ``port`` is where to connect; ``close()`` stops it."""

    def __init__(self, upstream: tuple[str, int] | str, rtt_ms: float) -> None:
        self.upstream, self.delay = upstream, rtt_ms / 2000.0
        self.counter = Counter()
        self.loop = asyncio.new_event_loop()
        self._ready = threading.Event()
        self._server: asyncio.AbstractServer | None = None
        self.port = 0
        self._thread = threading.Thread(target=self._run, daemon=True, name="latency-proxy")
        self._thread.start()
        self._ready.wait(10)

    def _run(self) -> None:
        asyncio.set_event_loop(self.loop)
        self._server = self.loop.run_until_complete(
            asyncio.start_server(self._serve, "127.0.0.1", 0))
        self.port = self._server.sockets[0].getsockname()[1]
        self._ready.set()
        self.loop.run_forever()

    def _open(self) -> Awaitable[tuple[asyncio.StreamReader, asyncio.StreamWriter]]:
        if isinstance(self.upstream, str):
            return asyncio.open_unix_connection(self.upstream)
        return asyncio.open_connection(*self.upstream)

    async def _serve(self, client_r: asyncio.StreamReader,
                     client_w: asyncio.StreamWriter) -> None:
        self.counter.add(connections=1)
        try:
            server_r, server_w = await self._open()
            turn = {"last": "server"}  # who spoke last on this connection
            await asyncio.gather(self._pump(client_r, server_w, "client", turn),
                                 self._pump(server_r, client_w, "server", turn),
                                 return_exceptions=True)
        except (asyncio.CancelledError, OSError):  # the proxy is closing, or upstream is gone
            client_w.close()

    async def _pump(self, reader: asyncio.StreamReader, writer: asyncio.StreamWriter,
                    side: str, turn: dict[str, str]) -> None:
        queue: asyncio.Queue[tuple[float, bytes]] = asyncio.Queue()
        sender = asyncio.ensure_future(self._deliver(queue, writer))
        try:
            while data := await reader.read(65536):
                if side == "client" and turn["last"] == "server":
                    self.counter.add(trips=1)
                turn["last"] = side
                queue.put_nowait((time.monotonic() + self.delay, data))
        except OSError:
            pass
        queue.put_nowait((time.monotonic() + self.delay, b""))
        await sender

    async def _deliver(self, queue: asyncio.Queue[tuple[float, bytes]],
                       writer: asyncio.StreamWriter) -> None:
        """Each chunk leaves ``delay`` after it came, in order (the wire's latency)."""
        while True:
            due, data = await queue.get()
            wait = due - time.monotonic()
            if wait > 0:
                await asyncio.sleep(wait)
            with contextlib.suppress(OSError):
                if not data:
                    writer.close()
                    return
                writer.write(data)
                await writer.drain()

    async def _shutdown(self) -> None:
        if self._server is not None:
            self._server.close()
        tasks = [t for t in asyncio.all_tasks() if t is not asyncio.current_task()]
        for task in tasks:
            task.cancel()
        await asyncio.gather(*tasks, return_exceptions=True)
        self.loop.stop()

    def close(self) -> None:
        """Stop listening, end every connection, stop the thread."""
        asyncio.run_coroutine_threadsafe(self._shutdown(), self.loop)
        self._thread.join(5)
        self.loop.close()
