"""The ``returndesk`` command: the GUI by default, administration and automation subcommands.

The everyday commands (returns, receive, print, warranty, products) work through a server
(``--server URL`` or RETURNDESK_SERVER, after ``returndesk login``) as the person logged in, or
straight on a database (``--database URL``, else RETURNDESK_DATABASE_URL, else the embedded
SQLite file), where ``--as LOGIN`` is an administrator's tool.  Bad input exits 2 with one line.
"""

from __future__ import annotations

import argparse
import json
import os
import signal
import sys
import time
from collections.abc import Callable, Sequence
from typing import Any, NoReturn

from desktop.cli import failures
from desktop.cli.database import open_database as _open
from desktop.cli.returns import CliError
from desktop.core.errors import DomainError
from desktop.core.i18n import Message

EXIT_BAD_INPUT = failures.EXIT_BAD_INPUT


class OneLineParser(argparse.ArgumentParser):
    """Bad arguments get one line (and the way to the help), not the whole usage block."""

    def error(self, message: str) -> NoReturn:
        failures.report(f"{message} (see {self.prog} --help)", sys.argv[1:])
        self.exit(EXIT_BAD_INPUT)


def _parser() -> argparse.ArgumentParser:
    parser = OneLineParser(prog="returndesk", description="ReturnDesk 售后返修管理")
    parser.add_argument("--database", metavar="URL",
                        help="SQLAlchemy URL of the database (this PC's file by default; a "
                        "shared database's URL is for the server and administrators only)")
    parser.add_argument("--server", metavar="URL",
                        help="a ReturnDesk server, e.g. https://returns.example.com:8443 "
                        "(or RETURNDESK_SERVER); the desk remembers it, --server off forgets")
    parser.add_argument("--ca-file", metavar="FILE",
                        help="the certificate authority of the server's certificate, when it "
                        "is not one the system trusts (or RETURNDESK_CA_FILE)")
    parser.add_argument("--lang", choices=["zh_CN", "en"], help="language (default zh_CN)")
    parser.add_argument("--station", choices=["receiving"],
                        help="open straight into this desk after login (a warehouse PC)")
    sub = parser.add_subparsers(dest="command")

    db = sub.add_parser("db", help="schema administration")
    db_sub = db.add_subparsers(dest="db_command", required=True)
    upgrade = db_sub.add_parser("upgrade", help="create or migrate the schema")
    upgrade.add_argument("--grant-to", metavar="ROLE",
                         help="then give the server's database role (PostgreSQL) exactly what "
                         "it needs: no DDL, the audit log and stock ledger append-only")
    db_sub.add_parser("status", help="show the schema version")

    _admin_parsers(sub)
    products = sub.add_parser("products", help="the product catalogue")
    products.add_argument("--json", action="store_true", help="print JSON")

    from desktop.cli import connect, figures, receiving, returns, service

    returns.add_parsers(sub)
    service.add_parsers(sub)
    receiving.add_parsers(sub)
    connect.add_parsers(sub)
    figures.add_parsers(sub)

    _bench_parser(sub)
    return parser


def _bench_parser(sub: Any) -> None:
    bench = sub.add_parser("bench", help="measure start-up and the hot paths")
    bench.add_argument("--json", action="store_true", help="print the figures as JSON")
    bench.add_argument("--runs", type=int, default=5)
    bench.add_argument("--boxes", type=int, default=0,
                       help="boxes in the database for the scan bench (default 1,000,000)")
    bench.add_argument("--only", action="append", metavar="NAME",
                       choices=["startup", "queue", "scan", "labels", "forms", "figures",
                                "remote", "units"],
                       help="run only these (repeatable; default: all)")
    bench.add_argument("--requests", type=int, default=0,
                       help="return requests for the figures bench (default 1,000,000)")
    bench.add_argument("--rtt-ms", type=float, default=40.0,
                       help="remote bench: round trip the latency proxy adds (default 40)")
    bench.add_argument("--load-seconds", type=float, default=20.0,
                       help="remote bench: how long the simulated desks scan (default 20)")
    bench.add_argument("--desks", type=int, default=50,
                       help="remote bench: simulated receiving desks (default 50)")
    bench.add_argument("--rate", type=float, default=37.0,
                       help="remote bench: their combined scans per second (default 37)")
    bench.add_argument("--repairs", type=int, default=0,
                       help="repair orders for the unit-history bench (default 1,000,000)")
    bench.add_argument("--pg", metavar="URL",
                       help="also run the scan and figures benches on this PostgreSQL server "
                       "(maintenance database URL, e.g. "
                       "postgresql+psycopg://postgres@127.0.0.1/postgres)")


def _admin_parsers(sub: Any) -> None:
    demo = sub.add_parser("demo", help="load demo data")
    mode = demo.add_mutually_exclusive_group()
    mode.add_argument("--if-empty", action="store_true", help="do nothing if data exists")
    mode.add_argument("--replace", action="store_true", help="wipe the database first")

    user = sub.add_parser("user", help="user administration")
    user_sub = user.add_subparsers(dest="user_command", required=True)
    add = user_sub.add_parser("add", help="add a user; the password is read from stdin")
    add.add_argument("login")
    add.add_argument("--role", required=True)
    add.add_argument("--org", metavar="CODE")
    add.add_argument("--name", default="")


def main(argv: Sequence[str] | None = None) -> int:
    raw = list(sys.argv[1:] if argv is None else argv)
    lang = _language_in(raw)
    try:
        failures.check_arguments(raw)
    except DomainError as exc:
        return failures.report(_translate(exc.message, lang), raw, exc)
    args = _parser().parse_args(raw)
    if args.command is None:
        from desktop.ui.app import run_gui

        if args.server and args.database:
            print("returndesk: a desk works through --server or on --database, not both",
                  file=sys.stderr)
            return EXIT_BAD_INPUT
        return run_gui(args.database, args.lang, args.station, args.server,
                       args.ca_file or os.environ.get("RETURNDESK_CA_FILE"))
    handler = COMMANDS[args.command]
    if hasattr(signal, "SIGPIPE"):  # `returndesk products --json | head` ends quietly
        signal.signal(signal.SIGPIPE, signal.SIG_DFL)
    return _run(handler, args, raw)


def _run(handler: Callable[[argparse.Namespace], int], args: argparse.Namespace,
         raw: list[str]) -> int:
    from sqlalchemy.exc import SQLAlchemyError

    try:
        return handler(args)
    except CliError as exc:
        return failures.report(str(exc), raw, exc)
    except DomainError as exc:
        return failures.report(_translate(exc.message, args.lang), raw, exc)
    except SQLAlchemyError as exc:  # met after the start, not put in words on its way
        problem = failures.database_failure(exc)
        return failures.report(_translate(problem.message, args.lang), raw, problem)


def _language_in(raw: list[str]) -> str | None:
    for index, argument in enumerate(raw):
        if argument.startswith("--lang="):
            return argument.split("=", 1)[1]
        if argument == "--lang" and index + 1 < len(raw):
            return raw[index + 1]
    return None


def _translate(message: Message, lang: str | None) -> str:
    from PySide6.QtCore import QCoreApplication

    from desktop.ui import i18n

    app = QCoreApplication.instance() or QCoreApplication([])
    del app
    i18n.install(i18n.chosen_language(lang))
    return i18n.tr(message)


def _cmd_db(args: argparse.Namespace) -> int:
    from desktop.core.store.migrate import schema_state, upgrade

    db = _open(args, migrate=False)
    if args.db_command == "upgrade":
        state = upgrade(db)
        if state.backup is not None:
            print(f"backup copy: {state.backup}")
        print(f"schema at {state.current} ({db.describe()})")
        if args.grant_to:
            from desktop.core.store.roles import grant_to

            grant_to(db, args.grant_to)
            print(f"role {args.grant_to}: granted what the server needs")
    else:
        state = schema_state(db)
        status = "up to date" if state.up_to_date else "needs upgrade"
        print(f"schema {state.current or 'none'}, head {state.head}: {status}")
    return 0


def _cmd_demo(args: argparse.Namespace) -> int:
    from desktop import demo
    from desktop.core.store.migrate import wipe

    db = _open(args)
    if args.replace:
        wipe(db)
    elif demo.has_data(db) and args.if_empty:
        print("database already holds data; demo not loaded")
        return 0
    started = time.monotonic()

    def progress(number: int, steps: int, name: str) -> None:
        step = _translate(Message(name, {}, "Demo"), args.lang)
        print(f"[{number}/{steps}] {step}…", file=sys.stderr, flush=True)

    logins = demo.load_demo(db, progress)
    print(f"demo data loaded into {db.describe()} in {time.monotonic() - started:.1f} s")
    print("demo logins (password for all: %s):" % (logins[0].password if logins else "-"))
    for entry in logins:
        print(f"  {entry.login:<10} {entry.role:<18} {entry.org_code:<8} {entry.display_name}")
    return 0


def _cmd_user(args: argparse.Namespace) -> int:
    from desktop.core.rules.roles import Role
    from desktop.core.services.admin.users import add_user
    from desktop.core.services.kernel.actor import SYSTEM

    try:
        role = Role(args.role)
    except ValueError as exc:
        roles = ", ".join(r.value for r in Role)
        raise CliError(f"unknown role {args.role!r}; one of: {roles}") from exc
    password = failures.read_password()
    db = _open(args)
    row = add_user(db, SYSTEM, args.login, role, args.org, password, args.name)
    print(f"user {row.login} added: {row.role.value} at {row.org_code}")
    return 0


def _cmd_products(args: argparse.Namespace) -> int:
    from desktop.cli.connect import backend_for
    from desktop.core.services.admin.catalogue import all_products

    rows = backend_for(args).call(all_products)
    if args.json:
        out = [
            {
                "code": p.code,
                "name": p.name,
                "category": p.category.value,
                "warranty_months": p.warranty_months,
                "discontinued_on": p.discontinued_on.isoformat() if p.discontinued_on else None,
                "unit_price": str(p.unit_price),
                "whole_lamp": p.is_whole_lamp,
                "parts": [{"part_no": n, "quantity": q} for n, q in p.parts],
            }
            for p in rows
        ]
        json.dump(out, sys.stdout, ensure_ascii=False, indent=2)
        sys.stdout.write("\n")
    else:
        for p in rows:
            print(f"{p.code:<10} {p.category.value:<12} {p.warranty_months:>3}m  {p.name}")
    return 0


def _cmd_warranty(args: argparse.Namespace) -> int:
    from desktop.cli.connect import backend_for
    from desktop.cli.returns import cmd_warranty

    return cmd_warranty(args, backend_for(args), lambda m: _translate(m, args.lang))


def _cmd_returns(args: argparse.Namespace) -> int:
    from desktop.cli.connect import backend_for
    from desktop.cli.returns import cmd_returns

    return cmd_returns(args, backend_for(args), lambda m: _translate(m, args.lang))


def _cmd_receive(args: argparse.Namespace) -> int:
    from desktop.cli.connect import backend_for, server_of
    from desktop.cli.receiving import cmd_receive

    if server_of(args) is None and not args.as_login:
        raise CliError("on a database directly, name the clerk: --as LOGIN (a warehouse user)")
    return cmd_receive(args, backend_for(args), lambda m: _translate(m, args.lang))


def _cmd_print(args: argparse.Namespace) -> int:
    from desktop.cli.connect import backend_for, server_of
    from desktop.cli.receiving import cmd_print

    if args.form == "repair-report" and server_of(args) is None and not args.as_login:
        raise CliError("on a database directly, name the technician: --as LOGIN")
    if args.form == "incident" and server_of(args) is None:  # customer service's view
        from desktop.backend.local import LocalBackend
        from desktop.cli.service import service_view

        backend: Any = LocalBackend(_open(args), service_view())
        return cmd_print(args, backend, lambda m: _translate(m, args.lang))
    return cmd_print(args, backend_for(args), lambda m: _translate(m, args.lang))


def _cmd_connect(args: argparse.Namespace) -> int:
    from desktop.cli import connect

    handler: Callable[[argparse.Namespace], int] = getattr(connect, f"cmd_{args.command}")
    return handler(args)


def _cmd_figures(args: argparse.Namespace) -> int:
    from desktop.cli.connect import backend_for, server_of
    from desktop.cli.figures import cmd_figures, everything

    if server_of(args) is None and not args.as_login:  # the administrator sees everything
        from desktop.backend.local import LocalBackend

        return cmd_figures(args, LocalBackend(_open(args), everything()))
    return cmd_figures(args, backend_for(args))


def _cmd_service(args: argparse.Namespace) -> int:
    from desktop.cli import service
    from desktop.cli.connect import backend_for, server_of

    backend = backend_for(args)
    if server_of(args) is None and not args.as_login:  # customer service's view: every case
        from desktop.backend.local import LocalBackend

        backend = LocalBackend(_open(args), service.service_view())
    handler: Callable[[argparse.Namespace, Any], int] = getattr(service, f"cmd_{args.command}")
    return handler(args, backend)


def _cmd_bench(args: argparse.Namespace) -> int:
    from desktop.bench import run_bench

    return run_bench(args)


COMMANDS: dict[str, Callable[[argparse.Namespace], int]] = {
    "db": _cmd_db,
    "demo": _cmd_demo,
    "user": _cmd_user,
    "products": _cmd_products,
    "bench": _cmd_bench,
    "warranty": _cmd_warranty,
    "returns": _cmd_returns,
    "receive": _cmd_receive,
    "print": _cmd_print,
    "login": _cmd_connect,
    "logout": _cmd_connect,
    "serve": _cmd_connect,
    "figures": _cmd_figures,
    "cases": _cmd_service,
    "unit": _cmd_service,
}
