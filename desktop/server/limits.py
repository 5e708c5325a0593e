"""Bounded request bodies: a body larger than the limit is refused (413) before it is read
whole, from its Content-Length or, for a body sent in chunks, as soon as it passes the limit."""

from __future__ import annotations

import json
from typing import Any

from starlette.requests import Request
from starlette.responses import JSONResponse

from desktop.backend import wire
from desktop.core.errors import InvalidInput
from desktop.core.i18n import QT_TRANSLATE_NOOP, msg


class TooLarge(Exception):
    pass


def _too_large(limit: int) -> JSONResponse:
    exc = InvalidInput(msg(QT_TRANSLATE_NOOP(
        "Messages", "The request is larger than the server takes ({limit} MB); nothing was "
        "saved. Send a smaller photo."), limit=limit // (1024 * 1024)))
    return JSONResponse(wire.error_to_json(exc), status_code=413)


class BodyLimit:
    def __init__(self, app: Any, max_bytes: int) -> None:
        self.app = app
        self.max_bytes = max_bytes

    async def __call__(self, scope: Any, receive: Any, send: Any) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        declared = dict(scope.get("headers") or []).get(b"content-length")
        if declared is not None and declared.isdigit() and int(declared) > self.max_bytes:
            await _too_large(self.max_bytes)(scope, receive, send)
            return
        seen = 0
        started = False

        async def counted() -> Any:
            nonlocal seen
            message = await receive()
            if message["type"] == "http.request":
                seen += len(message.get("body", b""))
                if seen > self.max_bytes:
                    raise TooLarge
            return message

        async def watch(message: Any) -> None:
            nonlocal started
            started = started or message["type"] == "http.response.start"
            await send(message)

        try:
            await self.app(scope, counted, watch)
        except TooLarge:
            if not started:
                await _too_large(self.max_bytes)(scope, receive, send)


async def read_json(request: Request) -> Any:
    """The body as JSON (an empty body is an empty object); malformed JSON is refused."""
    raw = await request.body()
    if not raw.strip():
        return {}
    try:
        return json.loads(raw)
    except (UnicodeDecodeError, json.JSONDecodeError) as exc:
        raise InvalidInput(msg(QT_TRANSLATE_NOOP(
            "Messages", "The server could not read this request: {detail}"),
            detail=str(exc)[:200])) from exc
