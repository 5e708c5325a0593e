"""Over HTTPS to ``returndesk serve``: a desk (or the command line) that holds no database URL,
only the server's address and a person's session token.

Each use case is one request.  A refusal comes back as the same DomainError the service
raised; a server that cannot be reached (or a dropped connection) is a DatabaseUnavailable
with cause "unreachable", so the receiving desk queues and retries a scan exactly as it does
when its own database goes away (the scan id makes the retry safe).
"""

from __future__ import annotations

import contextlib
import platform
import ssl
from typing import TYPE_CHECKING, Any

import httpx

from desktop import __version__
from desktop.backend import DemoLogin, P, R, UseCaseFn, wire
from desktop.core.errors import DatabaseUnavailable, DomainError, InvalidInput, WrongVersion
from desktop.core.i18n import QT_TRANSLATE_NOOP, msg
from desktop.core.services.api import use_case_of

if TYPE_CHECKING:
    from desktop.core.services.kernel.actor import Actor

ENV_SERVER = "RETURNDESK_SERVER"
ENV_CA = "RETURNDESK_CA_FILE"
TIMEOUT = httpx.Timeout(30.0, connect=5.0)
VERSION_HEADER = "returndesk-version"


def _check_version(url: str, response: httpx.Response) -> None:
    """Desk and server must be the same ReturnDesk: the use cases and their answers change
    between versions.  Said with the version needed and where it comes from."""
    theirs = response.headers.get(VERSION_HEADER)
    if theirs is None or theirs == __version__:  # None: not a ReturnDesk (a proxy's answer)
        return
    raise WrongVersion(msg(QT_TRANSLATE_NOOP(
        "Messages", "The server {url} runs ReturnDesk {server}; this desk is ReturnDesk "
        "{desk}. Desk and server must be the same version: install ReturnDesk {server} on "
        "this PC (the installer your administrator hands out, or: pip install "
        "returndesk=={server}), or ask the administrator to bring the server to {desk}."),
        url=url, server=theirs, desk=__version__))


def _unreachable(url: str, exc: Exception) -> DatabaseUnavailable:
    return DatabaseUnavailable(msg(QT_TRANSLATE_NOOP(
        "Messages", "The ReturnDesk server {url} cannot be reached ({reason}); nothing was "
        "saved. Check the connection and try again."), url=url, reason=type(exc).__name__),
        "unreachable")


def _raise_for(response: httpx.Response) -> None:
    if response.status_code < 400:
        return
    try:
        data = response.json()
    except ValueError:
        data = None
    if isinstance(data, dict) and "message" in data:
        raise wire.error_from_json(data)
    raise DomainError(msg(QT_TRANSLATE_NOOP(
        "Messages", "The server answered {status}; nothing was saved."),
        status=response.status_code))


LOOPBACK = {"localhost", "127.0.0.1", "::1"}


def checked_url(url: str) -> str:
    """The server's address, refused when it would send a password in the clear over a
    network (plain http is for this computer only) or is not a web address at all."""
    parts = httpx.URL(url.strip())
    host = parts.host or ""
    loopback = host in LOOPBACK or host.startswith("127.")
    if parts.scheme not in ("http", "https") or not host:
        raise InvalidInput(msg(QT_TRANSLATE_NOOP(
            "Messages", "{url} is not a server address; give one like "
            "https://returns.example.com:8443."), url=url), "server")
    if parts.scheme == "http" and not loopback:
        raise InvalidInput(msg(QT_TRANSLATE_NOOP(
            "Messages", "{url}: a server on another computer is reached with https:// only; "
            "plain http would send the password in the clear."), url=url), "server")
    return str(parts).rstrip("/")


class Client:
    """The HTTP connection to one server, shared by every call of a desk (thread-safe)."""

    def __init__(self, url: str, ca_file: str | None = None) -> None:
        self.url = checked_url(url)
        verify: Any = ssl.create_default_context(cafile=ca_file) if ca_file else True
        self.http = httpx.Client(base_url=self.url, timeout=TIMEOUT, verify=verify,
                                 headers={"user-agent": f"ReturnDesk ({platform.node()})"})

    def post(self, path: str, body: Any, token: str | None = None) -> httpx.Response:
        headers = {"authorization": f"Bearer {token}"} if token else {}
        try:
            response = self.http.post(path, json=body, headers=headers)
        except httpx.TransportError as exc:
            raise _unreachable(self.url, exc) from exc
        _check_version(self.url, response)
        _raise_for(response)
        return response

    def delete(self, path: str, token: str) -> None:
        # logging out of a server that is gone: the token ends by idling out
        with contextlib.suppress(httpx.TransportError):
            self.http.delete(path, headers={"authorization": f"Bearer {token}"})

    def close(self) -> None:
        self.http.close()


class RemoteBackend:
    """A logged-in person's line to the server."""

    def __init__(self, client: Client, token: str, actor: Actor) -> None:
        self.client = client
        self.token = token
        self._actor = actor

    @property
    def actor(self) -> Actor:
        return self._actor

    def call(self, fn: UseCaseFn[P, R], /, *args: P.args, **kwargs: P.kwargs) -> R:
        case = use_case_of(fn)
        body = wire.arguments_to_json(fn, args, dict(kwargs))
        response = self.client.post(f"/api/{case.name}", body, self.token)
        answer: R = wire.answer_from_json(fn, response.content)
        return answer

    def describe(self) -> str:
        return self.client.url

    def close(self) -> None:
        self.client.delete("/session", self.token)

    def renew(self, password: str) -> None:
        response = self.client.post("/session", {"login": self._actor.login,
                                                 "password": password,
                                                 "client": platform.node()})
        self.token = str(response.json()["token"])


class RemoteConnector:
    """Logging in on a server."""

    def __init__(self, url: str, ca_file: str | None = None) -> None:
        self.client = Client(url, ca_file)

    def describe(self) -> str:
        return self.client.url

    def login(self, login: str, password: str) -> RemoteBackend:
        from desktop.core.services.kernel.actor import Actor

        response = self.client.post("/session", {"login": login, "password": password,
                                                 "client": platform.node()})
        data = response.json()
        actor = wire.adapter(Actor).validate_python(data["actor"])
        return RemoteBackend(self.client, data["token"], actor)

    def resume(self, token: str) -> RemoteBackend:
        """A session kept from an earlier login (the command line's), if it still holds."""
        from desktop.core.services.kernel.actor import Actor

        response = self.client.post("/session/whoami", {}, token)
        actor = wire.adapter(Actor).validate_python(response.json())
        return RemoteBackend(self.client, token, actor)

    def demo_logins(self) -> list[DemoLogin]:
        return []  # a server does not hand out passwords

