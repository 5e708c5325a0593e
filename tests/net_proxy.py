"""A TCP proxy in front of the test PostgreSQL server whose cable a test can pull and plug back.

``cut()`` drops every open connection and refuses new ones (what a desk sees when the network
or the server goes); ``restore()`` listens again on the same port.  Real sockets, a real server.
"""

from __future__ import annotations

import contextlib
import glob
import socket
import threading
from pathlib import Path
from urllib.parse import parse_qs, urlsplit


def upstream_of(url: str) -> str | tuple[str, int]:
    """The server's Unix socket path (pgserver) or (host, port), from a database URL."""
    parts = urlsplit(url.replace("postgresql+psycopg://", "postgresql://"))
    host = parse_qs(parts.query).get("host", [parts.hostname or "127.0.0.1"])[0]
    if host.startswith("/"):
        sockets = [p for p in glob.glob(str(Path(host) / ".s.PGSQL.*")) if not p.endswith("lock")]
        return sockets[0]
    return host, parts.port or 5432


class Proxy:
    def __init__(self, upstream: str | tuple[str, int]) -> None:
        self.upstream = upstream
        self._lock = threading.Lock()
        self._open: list[socket.socket] = []
        self._listener: socket.socket | None = None
        self._threads: list[threading.Thread] = []
        self.port = 0
        self.restore()

    def url(self, database: str) -> str:
        return f"postgresql+psycopg://postgres@127.0.0.1:{self.port}/{database}"

    def restore(self) -> None:
        listener = socket.create_server(("127.0.0.1", self.port))
        self.port = listener.getsockname()[1]
        self._listener = listener
        self._start(self._accept, listener)

    def _start(self, target: object, *args: object) -> None:
        thread = threading.Thread(target=target, args=args, daemon=True)  # type: ignore[arg-type]
        self._threads.append(thread)
        thread.start()

    def close(self) -> None:
        """Cut, and wait until every thread of the proxy has ended."""
        self.cut()
        for thread in self._threads:
            thread.join(5)

    def cut(self) -> None:
        with self._lock:
            listener, self._listener = self._listener, None
            sockets, self._open = self._open, []
        if listener is not None:
            with contextlib.suppress(OSError):
                listener.shutdown(socket.SHUT_RDWR)  # wakes the accept (close alone does not)
            listener.close()
        for sock in sockets:
            with contextlib.suppress(OSError):
                sock.shutdown(socket.SHUT_RDWR)
            sock.close()

    def _accept(self, listener: socket.socket) -> None:
        while True:
            try:
                client, _ = listener.accept()
            except OSError:
                return  # cut
            if isinstance(self.upstream, str):
                server = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
            else:
                server = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
            server.connect(self.upstream)
            with self._lock:
                self._open += [client, server]
            for source, target in ((client, server), (server, client)):
                self._start(_pump, source, target)


def _pump(source: socket.socket, target: socket.socket) -> None:
    try:
        while data := source.recv(65536):
            target.sendall(data)
    except OSError:
        pass
    for sock in (source, target):
        with contextlib.suppress(OSError):
            sock.shutdown(socket.SHUT_RDWR)
