"""The OpenAPI description of what the server serves, made from the same type hints that the
services carry and the server validates with (one source: a schema cannot drift)."""

from __future__ import annotations

import inspect
from functools import cache
from typing import Any

from pydantic import BaseModel, TypeAdapter, create_model
from starlette.requests import Request
from starlette.responses import JSONResponse
from starlette.routing import Route

from desktop import __version__
from desktop.backend import wire
from desktop.core.services.api import USE_CASES
from desktop.core.services.kernel.actor import Actor

REF = "#/components/schemas/{model}"
ERROR = {"$ref": "#/components/schemas/Refusal"}
REFUSAL = {
    "type": "object", "required": ["error", "message"],
    "properties": {
        "error": {"type": "string"}, "field": {"type": "string"},
        "cause": {"type": "string"}, "retry_after": {"type": "number"},
        "message": {"type": "object", "properties": {
            "source": {"type": "string"}, "context": {"type": "string"},
            "fields": {"type": "object"}}}},
}


def _arguments_model(name: str, fn: Any) -> type[BaseModel]:
    fields: dict[str, Any] = {}
    for parameter, (kind, default) in wire.signature_of(fn).parameters.items():
        fields[parameter] = (kind, ... if default is inspect.Parameter.empty else default)
    model: type[BaseModel] = create_model(
        name.replace(".", "_") + "_arguments", __config__=wire.CONFIG, **fields)
    return model


def _operation(name: str, body: dict[str, Any], answer: dict[str, Any], writes: bool) -> Any:
    return {"post": {
        "operationId": name, "tags": [name.split(".")[0]],
        "summary": ("changes data" if writes else "reads"),
        "security": [{"token": []}],
        "requestBody": {"required": True, "content": {"application/json": {"schema": body}}},
        "responses": {
            "200": {"description": "the answer",
                    "content": {"application/json": {"schema": answer}}},
            **{status: {"description": text, "content": {"application/json": {
                "schema": ERROR}}} for status, text in (
                ("401", "not logged in"), ("403", "not allowed"), ("404", "not found"),
                ("409", "conflict"), ("413", "too large"), ("422", "bad input"),
                ("503", "the database is away"))}}}}


def _unwrap(schema: dict[str, Any]) -> dict[str, Any]:
    """The value's own schema (wire's adapters carry it in a 1-tuple)."""
    inner: dict[str, Any] = schema["prefixItems"][0]
    return inner


def _plain_tuples(node: Any) -> Any:
    """A fixed-length tuple as an array whose items are any of its members' types: tools that
    read the description (schemathesis among them) mishandle JSON Schema's prefixItems."""
    if isinstance(node, list):
        return [_plain_tuples(item) for item in node]
    if not isinstance(node, dict):
        return node
    node = {key: _plain_tuples(value) for key, value in node.items()}
    members = node.pop("prefixItems", None)
    if members is not None:
        unique = [m for i, m in enumerate(members) if m not in members[:i]]
        node["items"] = unique[0] if len(unique) == 1 else {"anyOf": unique}
    return node


@cache
def document() -> dict[str, Any]:
    inputs: list[tuple[Any, Any, TypeAdapter[Any]]] = []
    for name, case in USE_CASES.items():
        inputs.append(((name, "body"), "validation",
                       TypeAdapter(_arguments_model(name, case.fn), config=None)))
        inputs.append(((name, "answer"), "serialization", wire.adapter(
            wire.signature_of(case.fn).answer).outer))
    inputs.append((("session", "actor"), "serialization", wire.adapter(Actor).outer))
    schemas, definitions = TypeAdapter.json_schemas(inputs, ref_template=REF)
    schemas = {key: _unwrap(schema) if key[0][1] != "body" else schema
               for key, schema in schemas.items()}
    paths = {f"/api/{name}": _operation(name, schemas[((name, "body"), "validation")],
                                        schemas[((name, "answer"), "serialization")],
                                        case.writes)
             for name, case in USE_CASES.items()}
    paths["/session"] = {"post": {
        "operationId": "session.open", "security": [],
        "requestBody": {"required": True, "content": {"application/json": {"schema": {
            "type": "object", "required": ["login", "password"],
            "properties": {"login": {"type": "string"}, "password": {"type": "string"},
                           "client": {"type": "string"}}}}}},
        "responses": {"200": {"description": "a session", "content": {"application/json": {
            "schema": {"type": "object", "required": ["token", "actor"], "properties": {
                "token": {"type": "string"},
                "actor": schemas[(("session", "actor"), "serialization")]}}}}},
            **{status: {"description": text, "content": {"application/json": {
                "schema": ERROR}}} for status, text in (
                ("401", "refused: wrong login or password, or too soon"),
                ("413", "too large"), ("422", "bad input"),
                ("503", "the database is away"))}}},
        "delete": {"operationId": "session.close", "security": [{"token": []}],
                   "responses": {"204": {"description": "logged out"}}}}
    paths["/session/whoami"] = {"post": {
        "operationId": "session.whoami", "security": [{"token": []}],
        "responses": {"200": {"description": "the person of this session", "content": {
            "application/json": {"schema": schemas[(("session", "actor"), "serialization")]}}},
            "401": {"description": "not logged in", "content": {"application/json": {
                "schema": ERROR}}}}}}
    paths["/health"] = {"get": {"operationId": "health", "security": [], "responses": {
        "200": {"description": "the server and its database answer; which ReturnDesk "
                "(version) on which schema revision (schema)"}}}}
    return _plain_tuples({"openapi": "3.1.0",
            "info": {"title": "ReturnDesk", "version": __version__},
            "paths": paths,
            "components": {"schemas": {**definitions.get("$defs", {}), "Refusal": REFUSAL},
                           "securitySchemes": {"token": {"type": "http",
                                                          "scheme": "bearer"}}}})


def openapi_route() -> Route:
    async def serve(_request: Request) -> JSONResponse:
        return JSONResponse(document())

    return Route("/openapi.json", serve, methods=["GET"], include_in_schema=False)
