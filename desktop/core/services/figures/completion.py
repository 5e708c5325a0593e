"""HQ's 5-working-day promise (A8): of the returns that arrived in the month, how many were
finished (settled) by their due day, how many late, and which are still open past it.

A return counts once its deadline has passed or it is finished; one still within its working
days is shown apart and is not yet on time or late.  A distributor's return goes to its agent,
not to HQ, and is not HQ's promise.
"""

from __future__ import annotations

from sqlalchemy import and_, not_, or_, select

from desktop.core.i18n import QT_TRANSLATE_NOOP
from desktop.core.model import ReturnRequest
from desktop.core.rules.workflow import State
from desktop.core.services.figures import dims
from desktop.core.services.figures.results import Kind
from desktop.core.services.figures.spec import Fact, Measure, Rate, TableSpec, Window
from desktop.core.services.figures.sql import local_date

ARRIVED = Fact(
    "arrived",
    lambda: select(ReturnRequest.id).select_from(ReturnRequest),
    record=ReturnRequest.id,
    number=ReturnRequest.number,
    moment=ReturnRequest.arrived_on,
    dealer=ReturnRequest.dealer_org_id,
    region=ReturnRequest.region_id,
    where=(ReturnRequest.agent_org_id.is_(None), ReturnRequest.state != State.CANCELLED),
    moment_is_date=True,
)


def measures(window: Window) -> tuple[Measure, ...]:
    r = ReturnRequest
    finished = and_(r.state.in_([State.SETTLED, State.CLOSED]), r.finished_at.is_not(None))
    finished_on = local_date(r.finished_at, window.offset)
    past_due = r.due_on < window.today
    return (
        Measure("received", QT_TRANSLATE_NOOP("Figures", "Received"), Kind.COUNT),
        Measure(
            "due",
            QT_TRANSLATE_NOOP("Figures", "Finished or past due"),
            Kind.COUNT,
            when=or_(finished, past_due),
        ),
        Measure(
            "on_time",
            QT_TRANSLATE_NOOP("Figures", "Finished in time"),
            Kind.COUNT,
            when=and_(finished, finished_on <= r.due_on),
        ),
        Measure(
            "late",
            QT_TRANSLATE_NOOP("Figures", "Finished late"),
            Kind.COUNT,
            when=and_(finished, finished_on > r.due_on),
        ),
        Measure(
            "overdue",
            QT_TRANSLATE_NOOP("Figures", "Open past due"),
            Kind.COUNT,
            when=and_(not_(finished), past_due),
        ),
        Measure(
            "within",
            QT_TRANSLATE_NOOP("Figures", "Open within time"),
            Kind.COUNT,
            when=and_(not_(finished), not_(past_due)),
        ),
    )


ON_TIME_RATE = Rate(
    "on_time_rate", QT_TRANSLATE_NOOP("Figures", "Completion rate (A8)"), "on_time", "due"
)


def tables(window: Window) -> tuple[TableSpec, ...]:
    found = measures(window)
    return (
        TableSpec(
            "completion_by_dealer",
            QT_TRANSLATE_NOOP("Figures", "5-working-day completion by dealer"),
            ARRIVED,
            dims.dealer(ReturnRequest.dealer_org_id),
            found,
            (ON_TIME_RATE,),
            dealer_table=True,
        ),
        TableSpec(
            "completion_by_region",
            QT_TRANSLATE_NOOP("Figures", "5-working-day completion by region"),
            ARRIVED,
            dims.region(ReturnRequest.region_id),
            found,
            (ON_TIME_RATE,),
        ),
    )
