"""The monthly figures (K1, C5) and the records behind any of them: the use cases a desk, the
command line and the exports call.  Everything is counted in the database, within what the
person may see."""

from __future__ import annotations

from datetime import UTC, datetime

from sqlalchemy.exc import StatementError

from desktop.core.errors import InvalidInput, NotFound
from desktop.core.i18n import QT_TRANSLATE_NOOP, msg
from desktop.core.rules.figures import Month, parse_month
from desktop.core.rules.roles import Capability
from desktop.core.services.figures.engine import cell_records, compute_table
from desktop.core.services.figures.results import FigureRow, MonthlyFigures
from desktop.core.services.figures.scope import resolve_scope
from desktop.core.services.figures.sections import pending, spec_named, table_specs
from desktop.core.services.figures.spec import Window
from desktop.core.services.kernel.actor import Actor, require
from desktop.core.services.kernel.policy import read_policy
from desktop.core.store.db import Database


def month_asked(text: str, now: datetime, field: str = "month") -> Month:
    """The month ``text`` names, or a refusal the user can read (not a month, too early, not
    begun yet)."""
    found = parse_month(text, now.astimezone().date())
    if not isinstance(found, Month):
        raise InvalidInput(found, field)
    return found


def monthly_figures(db: Database, actor: Actor, month: str, dealer: str = "",
                    region: str = "", now: datetime | None = None) -> MonthlyFigures:
    """Every table of ``month`` (YYYY-MM) that ``actor`` may see, narrowed to one dealer or
    region by code."""
    require(actor, Capability.FIGURES)
    now = now or datetime.now(UTC)
    window = Window(month_asked(month, now), month_asked(month, now), now)
    with db.read() as session:
        scope = resolve_scope(session, actor, dealer, region)
        specs = table_specs(window, read_policy(session))
        totals: dict[tuple[str, ...], FigureRow] = {}
        tables = tuple(compute_table(session, spec, window, scope, totals) for spec in specs)
    return MonthlyFigures(str(window.first), scope.view, now, tables, pending())


def figure_records(db: Database, actor: Actor, month: str, table: str, row: str = "",
                   column: str = "", dealer: str = "", region: str = "",
                   now: datetime | None = None) -> list[str]:
    """The numbers of the records one figure counts (request, sheet, repair, exception …):
    ``row`` is the row's key ("" the total), ``column`` a column's key ("" the first).  The
    same conditions as the figure, so the list is exactly as long as the count."""
    require(actor, Capability.FIGURES)
    now = now or datetime.now(UTC)
    window = Window(month_asked(month, now), month_asked(month, now), now)
    with db.read() as session:
        scope = resolve_scope(session, actor, dealer, region)
        spec = spec_named(window, read_policy(session), table)
        if spec is None:
            raise NotFound(msg(QT_TRANSLATE_NOOP("Messages", "No figures table {table}."),
                               table=table))
        try:
            return cell_records(session, spec, window, scope, row,
                                column or spec.measures[0].key)
        except (StatementError, LookupError) as exc:  # a row key the dimension cannot hold
            raise InvalidInput(msg(QT_TRANSLATE_NOOP(
                "Messages", "The table {table} has no row {row}."), table=table, row=row)) \
                from exc
