"""The one serialiser between a desk and the server: a use case's arguments and its answer as
JSON, by the type hints the services already carry (pydantic's TypeAdapter does the work).

Dates and times are ISO 8601, decimals strings, enums their values, bytes base64, a message its
source, context and fields (translated on the desk).  A refusal travels as its class name and
message and becomes the same DomainError on the other side.
"""

from __future__ import annotations

import inspect
import typing
from collections.abc import Callable
from dataclasses import dataclass
from functools import cache
from typing import Any, Literal

from pydantic import ConfigDict, TypeAdapter

from desktop.core import errors
from desktop.core.i18n import message_from_data, message_to_data

CONFIG = ConfigDict(ser_json_bytes="base64", val_json_bytes="base64")
SERVER_SIDE = frozenset({"db", "actor", "now", "today"})
"""Parameters a desk never sends: the database, the person (from the token) and the clock (a
desk must not choose the time a rule is judged at)."""

ERRORS: dict[str, type[errors.DomainError]] = {
    cls.__name__: cls for cls in (
        errors.NotAllowed, errors.NotFound, errors.InvalidInput, errors.Conflict,
        errors.DatabaseUnavailable, errors.CannotWrite, errors.NotLoggedIn,
        errors.LoginRefused, errors.DomainError)}
STATUS: dict[type[errors.DomainError], int] = {
    errors.NotAllowed: 403, errors.NotFound: 404, errors.InvalidInput: 422,
    errors.Conflict: 409, errors.DatabaseUnavailable: 503, errors.NotLoggedIn: 401,
    errors.LoginRefused: 401,
}


@dataclass(frozen=True)
class Signature:
    """What a use case takes from a desk and what it answers."""

    parameters: dict[str, tuple[Any, Any]]  # name → (type, default or inspect.Parameter.empty)
    answer: Any


@cache
def signature_of(fn: Callable[..., Any]) -> Signature:
    hints = typing.get_type_hints(fn)
    parameters = {}
    for name, parameter in inspect.signature(fn).parameters.items():
        if name in SERVER_SIDE:
            continue
        parameters[name] = (hints.get(name, Any), parameter.default)
    return Signature(parameters, hints.get("return", Any))


class Adapter:
    """pydantic's TypeAdapter for one type, with our config (bytes as base64) reaching the
    dataclasses inside: a config is not taken on a dataclass itself, so the value travels in a
    1-tuple whose config its members inherit."""

    def __init__(self, kind: Any) -> None:
        self.kind = kind
        self.outer: TypeAdapter[Any] = TypeAdapter(tuple[kind], config=CONFIG)

    def dump_python(self, value: Any, mode: Literal["json", "python"] = "json") -> Any:
        return self.outer.dump_python((value,), mode=mode)[0]

    def validate_python(self, data: Any, strict: bool | None = None) -> Any:
        return self.outer.validate_python([data], strict=strict)[0]

    def validate_json(self, raw: bytes) -> Any:
        """From JSON text: a string becomes a Decimal and a number an int where a type allows
        both (validating parsed Python would turn "1648.00" into 1648)."""
        return self.outer.validate_json(b"[" + raw + b"]")[0]

    def json_schema(self, mode: str = "validation") -> dict[str, Any]:
        schema = self.outer.json_schema(mode=mode)  # type: ignore[arg-type]
        inner: dict[str, Any] = schema["prefixItems"][0]
        if "$defs" in schema:
            inner = {**inner, "$defs": schema["$defs"]}
        return inner


@cache
def adapter(kind: Any) -> Adapter:
    return Adapter(kind)


def arguments_to_json(fn: Callable[..., Any], args: tuple[Any, ...],
                      kwargs: dict[str, Any]) -> dict[str, Any]:
    """A call's arguments (after db and actor) as a JSON object, by parameter name."""
    names = list(signature_of(fn).parameters)
    bound = dict(zip(names, args, strict=False)) | kwargs
    parameters = signature_of(fn).parameters
    return {name: adapter(parameters[name][0]).dump_python(value, mode="json")
            for name, value in bound.items() if name in parameters}


def arguments_from_json(fn: Callable[..., Any], body: dict[str, Any]) -> dict[str, Any]:
    """The keyword arguments of ``fn`` from a desk's JSON object; unknown names are refused,
    missing ones take their defaults (a required one missing is refused)."""
    parameters = signature_of(fn).parameters
    unknown = set(body) - set(parameters)
    if unknown:
        raise ValueError(f"unknown argument(s): {', '.join(sorted(unknown))}")
    _within_64_bits(body)
    kwargs = {}
    for name, (kind, default) in parameters.items():
        if name in body:
            kwargs[name] = adapter(kind).validate_python(body[name], strict=False)
        elif default is inspect.Parameter.empty:
            raise ValueError(f"missing argument: {name}")
    return kwargs


INT_RANGE = (-(2**63), 2**63 - 1)  # what both databases store in an integer column


def _within_64_bits(value: Any) -> None:
    """No number in a desk's JSON past what a database integer holds: the fuzz run sent a photo
    id of 36 digits, and SQLite's driver failed with an overflow (a 500) instead of a refusal."""
    if isinstance(value, bool):
        return
    if isinstance(value, int) and not INT_RANGE[0] <= value <= INT_RANGE[1]:
        raise ValueError(f"number out of range: {value}")
    if isinstance(value, dict):
        for item in value.values():
            _within_64_bits(item)
    elif isinstance(value, list):
        for item in value:
            _within_64_bits(item)


def answer_to_json(fn: Callable[..., Any], value: Any) -> Any:
    return adapter(signature_of(fn).answer).dump_python(value, mode="json")


def answer_from_json(fn: Callable[..., Any], raw: bytes) -> Any:
    """The answer of ``fn`` from the server's JSON body."""
    return adapter(signature_of(fn).answer).validate_json(raw)


def error_to_json(exc: errors.DomainError) -> dict[str, Any]:
    known = next(cls for cls in type(exc).__mro__ if cls.__name__ in ERRORS)
    data: dict[str, Any] = {"error": known.__name__, "message": message_to_data(exc.message)}
    if isinstance(exc, errors.InvalidInput) and exc.field_name:
        data["field"] = exc.field_name
    if isinstance(exc, errors.DatabaseUnavailable):
        data["cause"] = exc.cause
    if isinstance(exc, errors.LoginRefused) and exc.retry_after:
        data["retry_after"] = exc.retry_after
    return data


def status_of(exc: errors.DomainError) -> int:
    for cls in type(exc).__mro__:
        if cls in STATUS:
            return STATUS[cls]
    return 400


def error_from_json(data: dict[str, Any]) -> errors.DomainError:
    """The DomainError a server answered, as the same class on this side."""
    message = message_from_data(data["message"])
    name = str(data.get("error", "DomainError"))
    cls = ERRORS.get(name, errors.DomainError)
    if cls is errors.LoginRefused:
        return errors.LoginRefused(message, float(data.get("retry_after", 0)))
    if cls is errors.InvalidInput:
        return errors.InvalidInput(message, data.get("field"))
    if cls is errors.DatabaseUnavailable:
        return errors.DatabaseUnavailable(message, str(data.get("cause", "unreachable")))
    return cls(message)
