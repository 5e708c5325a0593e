"""The HTTP face of the services: one route per use case of :mod:`desktop.core.services.api`.

    POST /session              {login, password, client}  → {token, actor}   (log in)
    DELETE /session            Authorization: Bearer …                     (log out)
    POST /api/<use case>       Authorization: Bearer …, {argument: value}  → the answer
    GET  /health               the database answers (for a load balancer)
    GET  /openapi.json         what is served, argument and answer schemas

The person is found from the token on every call; nothing a desk sends names who it is, and
a desk never sends the time (``now``).  A refusal is a JSON error with the status of its kind
(403 not allowed, 404 not found, 409 conflict, 422 bad input, 401 not logged in, 503 the
database is away).  Starlette and not FastAPI: the routes are made from the use-case table and
its type hints, which pydantic validates and describes; FastAPI's parameter machinery would sit
unused beside them.
"""

from __future__ import annotations

import json
import logging
import time
from collections.abc import Awaitable, Callable
from typing import Any

from pydantic import ValidationError
from starlette.applications import Starlette
from starlette.concurrency import run_in_threadpool
from starlette.requests import Request
from starlette.responses import JSONResponse, Response
from starlette.routing import Route

from desktop import __version__
from desktop.backend import wire
from desktop.backend.remote import VERSION_HEADER
from desktop.core.errors import DomainError, InvalidInput, NotLoggedIn
from desktop.core.i18n import QT_TRANSLATE_NOOP, msg
from desktop.core.services.access.sessions import actor_for_token, close_session, open_session
from desktop.core.services.api import USE_CASES, UseCase
from desktop.core.services.kernel.actor import Actor
from desktop.core.store.db import Database
from desktop.core.store.migrate import SCHEMA_HEAD
from desktop.server.limits import BodyLimit, read_json

log = logging.getLogger("returndesk.access")
JSON_MEDIA = "application/json"


def _error(exc: DomainError) -> JSONResponse:
    return JSONResponse(wire.error_to_json(exc), status_code=wire.status_of(exc))


def _bad_request(detail: str) -> JSONResponse:
    exc = InvalidInput(msg(QT_TRANSLATE_NOOP(
        "Messages", "The server could not read this request: {detail}"), detail=detail[:300]))
    return _error(exc)


def _token(request: Request) -> str:
    header = request.headers.get("authorization", "")
    scheme, _, token = header.partition(" ")
    return token.strip() if scheme.lower() == "bearer" else ""


class Server:
    """The routes over one database (the server's only state)."""

    def __init__(self, db: Database) -> None:
        self.db = db

    async def actor(self, request: Request) -> Actor:
        return await run_in_threadpool(actor_for_token, self.db, _token(request))

    async def login(self, request: Request) -> Response:
        body = await read_json(request)
        if not isinstance(body, dict) or not isinstance(body.get("login"), str) \
                or not isinstance(body.get("password"), str):
            return _bad_request("login and password are required")
        client = str(body.get("client", ""))[:120]
        opened = await run_in_threadpool(open_session, self.db, body["login"],
                                         body["password"], client)
        request.state.login = opened.actor.login
        return JSONResponse({"token": opened.token,
                             "actor": wire.adapter(Actor).dump_python(opened.actor, mode="json")})

    async def whoami(self, request: Request) -> Response:
        actor = await self.actor(request)
        request.state.login = actor.login
        return JSONResponse(wire.adapter(Actor).dump_python(actor, mode="json"))

    async def logout(self, request: Request) -> Response:
        await run_in_threadpool(close_session, self.db, _token(request))
        return Response(status_code=204)

    async def health(self, _request: Request) -> Response:
        def ping() -> None:
            from sqlalchemy import text

            with self.db.read() as session:
                session.execute(text("SELECT 1"))

        await run_in_threadpool(ping)
        return JSONResponse({"status": "ok", "version": __version__, "schema": SCHEMA_HEAD})

    def use_case(self, case: UseCase) -> Callable[[Request], Awaitable[Response]]:
        async def endpoint(request: Request) -> Response:
            actor = await self.actor(request)
            request.state.login = actor.login
            body = await read_json(request)
            if not isinstance(body, dict):
                return _bad_request("the body must be a JSON object")
            try:
                kwargs = wire.arguments_from_json(case.fn, body)
            except (ValidationError, ValueError, TypeError) as exc:
                return _bad_request(str(exc))
            answer = await run_in_threadpool(case.fn, self.db, actor, **kwargs)
            return Response(json.dumps(wire.answer_to_json(case.fn, answer),
                                       ensure_ascii=False), media_type=JSON_MEDIA)

        return endpoint


def create_app(db: Database, max_body_bytes: int = 12 * 1024 * 1024) -> Starlette:
    from desktop.server.openapi import openapi_route

    server = Server(db)
    routes = [Route("/session", server.login, methods=["POST"]),
              Route("/session", server.logout, methods=["DELETE"]),
              Route("/session/whoami", server.whoami, methods=["POST"]),
              Route("/health", server.health, methods=["GET"]),
              openapi_route()]
    routes += [Route(f"/api/{name}", server.use_case(case), methods=["POST"], name=name)
               for name, case in USE_CASES.items()]
    app = Starlette(routes=routes, exception_handlers={
        DomainError: _domain_error, NotLoggedIn: _domain_error})
    app.add_middleware(AccessLog)
    app.add_middleware(BodyLimit, max_bytes=max_body_bytes)
    app.add_middleware(VersionHeader)
    return app


class VersionHeader:
    """Every answer says which ReturnDesk gave it, so a desk of another version can say which
    one it needs (outermost: a body refused for its size says it too)."""

    def __init__(self, app: Any) -> None:
        self.app = app

    async def __call__(self, scope: Any, receive: Any, send: Any) -> None:
        async def send_with_version(message: Any) -> None:
            if message["type"] == "http.response.start":
                message.setdefault("headers", []).append(
                    (VERSION_HEADER.encode(), __version__.encode()))
            await send(message)

        await self.app(scope, receive, send_with_version)


async def _domain_error(_request: Request, exc: Exception) -> Response:
    assert isinstance(exc, DomainError)
    return _error(exc)


class AccessLog:
    """One line per request: who, which use case, the status and the time taken; never a
    password, a token or a body."""

    def __init__(self, app: Any) -> None:
        self.app = app

    async def __call__(self, scope: Any, receive: Any, send: Any) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        started = time.perf_counter()
        status = [500]

        async def send_status(message: Any) -> None:
            if message["type"] == "http.response.start":
                status[0] = message["status"]
            await send(message)

        try:
            await self.app(scope, receive, send_status)
        finally:
            state = scope.get("state") or {}
            log.info("%s %s %s %d %.1f ms", scope.get("client", ("-",))[0],
                     state.get("login", "-"), scope["path"], status[0],
                     (time.perf_counter() - started) * 1000)
