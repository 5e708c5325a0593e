"""Service cases and callbacks (C3, C5) in the figures: the hook the service desk fills in.

NOT COUNTED YET.  The service desk (service cases, their classes, callbacks) is being built on
its own branch and is not in this database.  Until it is, the figures list this section as
pending, in words, wherever they are shown (page, workbook, PDF, JSON): nothing is counted and
nothing is made up.

What the service desk adds to be counted, without a change here: a module
``desktop/core/services/service/figures.py`` defining ``FACTS = ServiceFacts(...)`` whose
``source()`` selects one row per service case with these labelled columns:

    number         the case number a user knows it by
    dealer_org_id  the dealer the case belongs to (NULL: a consumer's own call)
    region_id      that dealer's region
    channel        how it came in (C2: phone, in person, written …): C5's "source"
    klass          its C3 class (satisfied, unsatisfied at callback, complaint call, first
                   repair did not fix, repeated repairs did not fix, service attitude)
    registered_at  when it was registered (UTC)
    completed_at   when the service was completed (UTC, NULL while open)
    callback_at    when the callback was made (UTC, NULL while none)
    satisfied      what the callback found (NULL while none)

``classes`` and ``channels`` map those values to English labels (translated in context
``Service``).  tests/db/test_figures_service_cases.py counts this section over a table of that
shape today and, once the module exists, over the service desk's own tables.
"""

from __future__ import annotations

import importlib
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from typing import Any

from sqlalchemy import Select, and_, select

from desktop.core.i18n import QT_TRANSLATE_NOOP
from desktop.core.services.figures import dims
from desktop.core.services.figures.results import Kind, Pending
from desktop.core.services.figures.spec import Fact, Measure, Rate, TableSpec, Window
from desktop.core.services.figures.sql import hours_between

FACTS_MODULE = "desktop.core.services.service.figures"
PENDING = Pending(
    "service_cases",
    QT_TRANSLATE_NOOP("Figures", "Service cases and callbacks (C3)"),
    QT_TRANSLATE_NOOP(
        "Figures",
        "Not counted yet: service cases, their classes and callbacks are kept by the "
        "service desk, which is not installed in this database.",
    ),
)


@dataclass(frozen=True)
class ServiceFacts:
    source: Callable[[], Select[Any]]
    classes: Mapping[str, str]
    channels: Mapping[str, str]


def load_facts() -> ServiceFacts | None:
    """The service desk's facts, once it is installed."""
    try:
        module = importlib.import_module(FACTS_MODULE)
    except ModuleNotFoundError:
        return None
    facts = getattr(module, "FACTS", None)
    return facts if isinstance(facts, ServiceFacts) else None


def _fact(facts: ServiceFacts, key: str, moment: str) -> tuple[Fact, Any]:
    cases = facts.source().subquery(f"service_{key}")
    c = cases.c
    return Fact(
        key,
        lambda: select(c.number).select_from(cases),
        record=c.number,
        number=c.number,
        moment=c[moment],
        dealer=c.dealer_org_id,
        region=c.region_id,
    ), c


def tables(
    window: Window, callback_hours: int, facts: ServiceFacts | None
) -> tuple[TableSpec, ...]:
    """The C3 tables, or none while the service desk is not installed (see :data:`PENDING`)."""
    del window
    if facts is None:
        return ()
    return (*_case_tables(facts), _callback_table(facts, callback_hours))


def _case_tables(facts: ServiceFacts) -> tuple[TableSpec, ...]:
    """Cases registered in the month, by C3 class and by C5 source."""
    registered, c = _fact(facts, "service_registered", "registered_at")
    return (
        TableSpec(
            "service_by_class",
            QT_TRANSLATE_NOOP("Figures", "Service cases by class (C3)"),
            registered,
            dims.enum(
                "class", QT_TRANSLATE_NOOP("Figures", "Class"), c.klass, facts.classes, "Service"
            ),
            (Measure("cases", QT_TRANSLATE_NOOP("Figures", "Cases"), Kind.COUNT),),
        ),
        TableSpec(
            "service_by_source",
            QT_TRANSLATE_NOOP("Figures", "Service cases by source (C5)"),
            registered,
            dims.enum(
                "source",
                QT_TRANSLATE_NOOP("Figures", "Source"),
                c.channel,
                facts.channels,
                "Service",
            ),
            (Measure("cases", QT_TRANSLATE_NOOP("Figures", "Cases"), Kind.COUNT),),
        ),
    )


def _callback_table(facts: ServiceFacts, callback_hours: int) -> TableSpec:
    """Services completed in the month: called back, in time (C3's hours), satisfied."""
    completed, d = _fact(facts, "service_completed", "completed_at")
    called = d.callback_at.is_not(None)
    return TableSpec(
        "callbacks_by_dealer",
        QT_TRANSLATE_NOOP("Figures", "Callbacks by dealer (C3)"),
        completed,
        dims.dealer(d.dealer_org_id),
        (
            Measure("completed", QT_TRANSLATE_NOOP("Figures", "Services completed"), Kind.COUNT),
            Measure("called", QT_TRANSLATE_NOOP("Figures", "Called back"), Kind.COUNT, when=called),
            Measure(
                "called_in_time",
                QT_TRANSLATE_NOOP("Figures", "Called back in time"),
                Kind.COUNT,
                when=and_(called, hours_between(d.completed_at, d.callback_at) <= callback_hours),
            ),
            Measure(
                "satisfied",
                QT_TRANSLATE_NOOP("Figures", "Satisfied"),
                Kind.COUNT,
                when=d.satisfied.is_(True),
            ),
        ),
        (
            Rate(
                "satisfaction",
                QT_TRANSLATE_NOOP("Figures", "Callback satisfaction"),
                "satisfied",
                "called",
            ),
            Rate(
                "callback_rate",
                QT_TRANSLATE_NOOP("Figures", "Callbacks in time"),
                "called_in_time",
                "completed",
            ),
        ),
        dealer_table=True,
    )
