"""Running the server: uvicorn on an address, HTTPS when given a certificate, plain HTTP only
on a loopback address; on SIGTERM it stops taking requests and finishes those in flight."""

from __future__ import annotations

import ipaddress
import logging
import socket
from dataclasses import dataclass
from pathlib import Path

from desktop.core.errors import InvalidInput
from desktop.core.i18n import QT_TRANSLATE_NOOP, msg

DEFAULT_LISTEN = "127.0.0.1:8443"
GRACE_S = 30  # how long in-flight requests may take to finish after SIGTERM


@dataclass(frozen=True)
class Listen:
    host: str
    port: int


def parse_listen(text: str) -> Listen:
    host, _, port = text.rpartition(":")
    if not host or not port.isdigit() or not 0 < int(port) < 65536:
        raise InvalidInput(msg(QT_TRANSLATE_NOOP(
            "Messages", "--listen takes HOST:PORT, e.g. 0.0.0.0:8443; got {text}."),
            text=text), "listen")
    return Listen(host.strip("[]"), int(port))


def is_loopback(host: str) -> bool:
    if host == "localhost":
        return True
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        try:
            return all(ipaddress.ip_address(info[4][0]).is_loopback
                       for info in socket.getaddrinfo(host, None))
        except OSError:
            return False


def check_transport(listen: Listen, cert: Path | None, key: Path | None) -> None:
    """HTTPS needs both files; plain HTTP is for this computer only (tokens and passwords
    would cross the network readable)."""
    if (cert is None) != (key is None):
        raise InvalidInput(msg(QT_TRANSLATE_NOOP(
            "Messages", "Give both --tls-cert and --tls-key, or neither.")), "tls")
    for path in (cert, key):
        if path is not None and not path.is_file():
            raise InvalidInput(msg(QT_TRANSLATE_NOOP(
                "Messages", "The file {path} does not exist."), path=str(path)), "tls")
    if cert is None and not is_loopback(listen.host):
        raise InvalidInput(msg(QT_TRANSLATE_NOOP(
            "Messages", "Without a certificate the server listens on this computer only "
            "(127.0.0.1): give --tls-cert and --tls-key to serve {host}."),
            host=listen.host), "listen")


def serve(database_url: str, listen: Listen, cert: Path | None = None,
          key: Path | None = None) -> None:
    import uvicorn

    from desktop.core.services.startup import open_database
    from desktop.server.app import create_app

    check_transport(listen, cert, key)
    db = open_database(database_url, server=True)
    logging.basicConfig(level=logging.INFO, format="%(asctime)s %(name)s %(message)s")
    config = uvicorn.Config(
        create_app(db), host=listen.host, port=listen.port, access_log=False,
        ssl_certfile=str(cert) if cert else None, ssl_keyfile=str(key) if key else None,
        timeout_graceful_shutdown=GRACE_S, log_level="info", lifespan="off")
    try:
        uvicorn.Server(config).run()
    finally:
        db.dispose()
