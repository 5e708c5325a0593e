"""How a command reaches the services: through a server (``--server URL`` or
RETURNDESK_SERVER) as the person logged in with ``returndesk login``, or straight on a database
(``--database URL``, an administrator's maintenance tool, where ``--as LOGIN`` picks whose view).
"""

from __future__ import annotations

import argparse
import json
import os
from pathlib import Path
from typing import Any

from desktop.backend import Backend
from desktop.cli.returns import CliError, actor_named

ENV_SERVER = "RETURNDESK_SERVER"
ENV_CA = "RETURNDESK_CA_FILE"


def server_of(args: argparse.Namespace) -> str | None:
    return getattr(args, "server", None) or os.environ.get(ENV_SERVER) or None


def _sessions_file() -> Path:
    from platformdirs import user_data_path

    return user_data_path("ReturnDesk", appauthor=False) / "cli-sessions.json"


def _saved() -> dict[str, str]:
    try:
        data = json.loads(_sessions_file().read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return {}
    return {str(k): str(v) for k, v in data.items()} if isinstance(data, dict) else {}


def _save(sessions: dict[str, str]) -> None:
    path = _sessions_file()
    path.parent.mkdir(parents=True, exist_ok=True)
    temporary = path.with_suffix(".tmp")
    fd = os.open(temporary, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)  # the token is a key
    with os.fdopen(fd, "w", encoding="utf-8") as out:
        json.dump(sessions, out)
    os.replace(temporary, path)


def _connector(url: str, args: argparse.Namespace) -> Any:
    from desktop.backend.remote import RemoteConnector

    return RemoteConnector(url, getattr(args, "ca_file", None) or os.environ.get(ENV_CA))


def backend_for(args: argparse.Namespace, *, default_login: str | None = None) -> Backend:
    """The line to the services this command works through."""
    url = server_of(args)
    as_login = getattr(args, "as_login", None) or default_login
    if url is None:
        from desktop.backend.local import LocalBackend
        from desktop.cli.database import open_database_for

        db = open_database_for(args)
        return LocalBackend(db, actor_named(db, as_login))
    if getattr(args, "as_login", None):
        raise CliError("--as is for a direct --database URL (an administrator's tool); "
                       "through a server you act as the person logged in")
    token = _saved().get(url.rstrip("/"))
    if token is None:
        raise CliError(f"not logged in to {url}: run  returndesk --server {url} login LOGIN")
    return _connector(url, args).resume(token)


def cmd_login(args: argparse.Namespace) -> int:
    url = server_of(args)
    if url is None:
        raise CliError("login is for a server: returndesk --server URL login LOGIN "
                       "(password on standard input)")
    from desktop.cli.failures import read_password

    password = read_password()
    backend = _connector(url, args).login(args.login, password)
    sessions = _saved()
    sessions[url.rstrip("/")] = backend.token
    _save(sessions)
    actor = backend.actor
    print(f"logged in to {url} as {actor.login} ({actor.role.value}, {actor.org_code})")
    return 0


def cmd_logout(args: argparse.Namespace) -> int:
    url = server_of(args)
    if url is None:
        raise CliError("logout is for a server: returndesk --server URL logout")
    sessions = _saved()
    token = sessions.pop(url.rstrip("/"), None)
    if token is not None:
        from desktop.backend.remote import Client

        Client(url, getattr(args, "ca_file", None) or os.environ.get(ENV_CA)).delete(
            "/session", token)
        _save(sessions)
    print(f"logged out of {url}")
    return 0


def cmd_serve(args: argparse.Namespace) -> int:
    from desktop.server.run import DEFAULT_LISTEN, parse_listen, serve

    if server_of(args):
        raise CliError("serve holds the database itself: give --database URL, not --server")
    if not args.database and not os.environ.get("RETURNDESK_DATABASE_URL"):
        raise CliError("serve needs the database it serves: --database URL")
    serve(args.database or os.environ["RETURNDESK_DATABASE_URL"],
          parse_listen(args.listen or DEFAULT_LISTEN), args.tls_cert, args.tls_key)
    return 0


def add_parsers(sub: Any) -> None:
    login = sub.add_parser("login", help="log in to a server (password on standard input)")
    login.add_argument("login")
    sub.add_parser("logout", help="end this command line's session on the server")
    serve = sub.add_parser("serve", help="run the ReturnDesk server for desks in other places")
    serve.add_argument("--database", metavar="URL", default=argparse.SUPPRESS,
                       help="the PostgreSQL URL of the server's own role (not the owner); "
                       "also accepted before serve, or RETURNDESK_DATABASE_URL")
    serve.add_argument("--listen", metavar="HOST:PORT",
                       help="default 127.0.0.1:8443; anything but loopback needs a certificate")
    serve.add_argument("--tls-cert", type=Path, metavar="FILE")
    serve.add_argument("--tls-key", type=Path, metavar="FILE")
