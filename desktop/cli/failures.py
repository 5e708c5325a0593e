"""What the command line says when it cannot do its work: one line in the user's language on
standard error and exit 2, and with ``--json`` an error object on standard output too, so a
script reading JSON still reads JSON.  Arguments that are not UTF-8 are refused here, before
anything is looked up with them."""

from __future__ import annotations

import json
import sys
from collections.abc import Callable, Sequence
from typing import Any

from desktop.core.errors import DatabaseUnavailable, DomainError
from desktop.core.i18n import QT_TRANSLATE_NOOP, Message

EXIT_BAD_INPUT = 2
Translate = Callable[[Message], str]


def _has_surrogates(text: str) -> bool:
    """Python hands undecodable bytes of argv and stdin over as lone surrogates."""
    return any("\udc80" <= ch <= "\udcff" for ch in text)


def _shown(text: str) -> str:
    return text.encode("utf-8", "surrogateescape").decode("utf-8", "replace")


def check_arguments(argv: Sequence[str]) -> None:
    for index, argument in enumerate(argv, start=1):
        if _has_surrogates(argument):
            raise DomainError(Message(QT_TRANSLATE_NOOP(
                "Cli", "Argument {n} ({shown}) is not valid UTF-8 text; type it again or set "
                "the terminal to UTF-8."), {"n": index, "shown": _shown(argument)}, "Cli"))


def read_password() -> str:
    """The password on standard input's first line, refused in words when it is missing or
    is not UTF-8 text (its length and spaces are the services' to judge)."""
    try:
        password = sys.stdin.readline().rstrip("\r\n")
    except UnicodeDecodeError:
        password = "\udcff"
    if _has_surrogates(password):
        raise DomainError(Message(QT_TRANSLATE_NOOP(
            "Cli", "The password on standard input is not valid UTF-8 text."), {}, "Cli"))
    if not password:
        raise DomainError(Message(QT_TRANSLATE_NOOP(
            "Cli", "Give the password on standard input."), {}, "Cli"))
    return password


def wants_json(argv: Sequence[str]) -> bool:
    return "--json" in argv


def report(text: str, argv: Sequence[str], exc: BaseException | None = None) -> int:
    """Say it (one line) and return the exit status."""
    line = " ".join(text.split())
    if wants_json(argv):
        error: dict[str, Any] = {"kind": type(exc).__name__ if exc else "BadInput",
                                 "message": line}
        if isinstance(exc, DatabaseUnavailable):
            error["cause"] = exc.cause
        json.dump({"error": error}, sys.stdout, ensure_ascii=False)
        sys.stdout.write("\n")
        sys.stdout.flush()
    print(f"returndesk: {line}", file=sys.stderr, flush=True)
    return EXIT_BAD_INPUT


def database_failure(exc: Exception) -> DatabaseUnavailable:
    """A driver error that reached the top without being put in words on its way."""
    from desktop.core.store.db import unavailable

    return unavailable(exc)
