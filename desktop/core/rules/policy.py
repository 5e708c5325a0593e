"""The policy settings: every number in SPEC.md, its default and what it means.

The values live in the database (table ``policy_setting``); this registry is what the
administrator sees beside each value, and what a fresh database is seeded with.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass

from desktop.core.i18n import QT_TRANSLATE_NOOP

CTX = "Policy"


@dataclass(frozen=True)
class PolicyDef:
    key: str
    default: int
    unit: str
    minimum: int
    maximum: int
    rule: str
    description: str


def _d(key: str, default: int, unit: str, lo: int, hi: int, rule: str, text: str) -> PolicyDef:
    return PolicyDef(key, default, unit, lo, hi, rule, text)


MONTHS = QT_TRANSLATE_NOOP("Policy", "months")
HOURS = QT_TRANSLATE_NOOP("Policy", "hours")
DAYS = QT_TRANSLATE_NOOP("Policy", "days")
WORKING_DAYS = QT_TRANSLATE_NOOP("Policy", "working days")
TIMES = QT_TRANSLATE_NOOP("Policy", "× batch value")
MINUTES = QT_TRANSLATE_NOOP("Policy", "minutes")
SECONDS = QT_TRANSLATE_NOOP("Policy", "seconds")
UNITS = QT_TRANSLATE_NOOP("Policy", "units")
SWITCH = QT_TRANSLATE_NOOP("Policy", "1 = on, 0 = off")
YUAN = QT_TRANSLATE_NOOP("Policy", "yuan")
PERCENT = QT_TRANSLATE_NOOP("Policy", "% of the value")

POLICIES: tuple[PolicyDef, ...] = (
    _d("warranty.lighting_months", 36, MONTHS, 1, 240, "W1 S1",
       QT_TRANSLATE_NOOP("Policy", "Warranty of lighting products (electronics); also how long "
                         "their spare parts are kept after production ends")),
    _d("warranty.rigid_strip_months", 24, MONTHS, 1, 240, "W1 S1",
       QT_TRANSLATE_NOOP("Policy", "Warranty of rigid light strips; also how long their spare "
                         "parts are kept after production ends")),
    _d("complaint.report_hours", 24, HOURS, 1, 720, "A2 C1",
       QT_TRANSLATE_NOOP("Policy", "Goods not matching the order: the complaint sheet must be "
                         "filed within this time of receipt")),
    _d("complaint.response_hours", 24, HOURS, 1, 720, "C1 K1",
       QT_TRANSLATE_NOOP("Policy", "The order department answers a complaint sheet within this "
                         "time of its filing (the monthly figures' response rate)")),
    _d("own_mistake.report_days", 2, DAYS, 1, 60, "A2",
       QT_TRANSLATE_NOOP("Policy", "The company's own mistake is exchanged or credited "
                         "unconditionally when reported within this time of receipt")),
    _d("penalty.human_damage_multiple", 2, TIMES, 1, 20, "A6",
       QT_TRANSLATE_NOOP("Policy", "Penalty for human damage, as a multiple of the value of the "
                         "return batch (at least)")),
    _d("freight.bill_max_yuan", 20000, YUAN, 1, 10_000_000, "A7",
       QT_TRANSLATE_NOOP("Policy", "A freight bill above this amount is refused at settlement "
                         "as a typing mistake (A7)")),
    _d("stock.lacking_parts_charge_percent", 100, PERCENT, 0, 100, "S2",
       QT_TRANSLATE_NOOP("Policy", "A whole lamp exchanged or credited because the dealer lacked "
                         "its turnover parts (and had not requested them) is charged to the "
                         "dealer at this share of its value; 0 switches the charge off")),
    _d("returns.completion_working_days", 5, WORKING_DAYS, 1, 60, "A8",
       QT_TRANSLATE_NOOP("Policy", "HQ finishes a return within this many working days of "
                         "receiving it")),
    _d("transport.report_working_days", 2, WORKING_DAYS, 1, 60, "X1",
       QT_TRANSLATE_NOOP("Policy", "Loss, shortage or wrong goods without a responsible party: "
                         "documents reach the order department within this time of receipt")),
    _d("callback.due_hours", 72, HOURS, 1, 720, "C3",
       QT_TRANSLATE_NOOP("Policy", "A callback is due within this time of completing a service")),
    _d("callback.retry_hours", 24, HOURS, 1, 720, "C3",
       QT_TRANSLATE_NOOP("Policy", "A customer not reached at a callback is called again after "
                         "this time (unless the caller sets the next attempt)")),
    _d("service.urgent_response_hours", 4, HOURS, 1, 720, "C2",
       QT_TRANSLATE_NOOP("Policy", "The response time promised to the customer for an urgent "
                         "service case")),
    _d("service.normal_response_hours", 24, HOURS, 1, 720, "C2",
       QT_TRANSLATE_NOOP("Policy", "The response time promised to the customer for a normal "
                         "service case")),
    _d("service.repeat_repair_days", 30, DAYS, 1, 365, "C3",
       QT_TRANSLATE_NOOP("Policy", "A unit that comes back with a fault within this time of a "
                         "completed repair counts as a repair that did not fix")),
    _d("receiving.missing_box_days", 3, DAYS, 1, 90, "L4",
       QT_TRANSLATE_NOOP("Policy", "Boxes of a return still missing this long after its first "
                         "box arrived are reported")),
    _d("receiving.blind_count", 0, SWITCH, 0, 1, "L2",
       QT_TRANSLATE_NOOP("Policy", "Blind count: the count dialog does not show the quantities "
                         "the dealer declared; the clerk counts (or scans) what is there")),
    _d("stock.retention_reorder_below", 5, UNITS, 0, 10000, "S1",
       QT_TRANSLATE_NOOP("Policy", "A part kept for a discontinued product is listed for reorder "
                         "when HQ holds fewer than this many (unless HQ set its own minimum)")),
    _d("auth.idle_lock_minutes", 15, MINUTES, 1, 480, "—",
       QT_TRANSLATE_NOOP("Policy", "The screen locks after this much idle time")),
    _d("auth.failed_login_delay_seconds", 2, SECONDS, 0, 300, "—",
       QT_TRANSLATE_NOOP("Policy", "After a wrong password the next try for that login waits "
                         "this long; the wait doubles with every further failure")),
    _d("auth.session_idle_minutes", 480, MINUTES, 5, 10080, "—",
       QT_TRANSLATE_NOOP("Policy", "A session through the server that has not been used for "
                         "this long ends; the person logs in again")),
)

POLICY_BY_KEY: Mapping[str, PolicyDef] = {p.key: p for p in POLICIES}


def defaults() -> dict[str, int]:
    """Every policy setting with its default value."""
    return {p.key: p.default for p in POLICIES}


def field_name(key: str) -> str:
    """The attribute of :class:`Policy` that holds the setting ``key``."""
    return key.replace(".", "_")


@dataclass(frozen=True)
class Policy:
    """Every policy setting's value, typed and read-only: what the services read.  One field per
    entry of :data:`POLICIES` (``warranty.lighting_months`` → ``warranty_lighting_months``)."""

    warranty_lighting_months: int
    warranty_rigid_strip_months: int
    complaint_report_hours: int
    complaint_response_hours: int
    own_mistake_report_days: int
    penalty_human_damage_multiple: int
    freight_bill_max_yuan: int
    stock_lacking_parts_charge_percent: int
    returns_completion_working_days: int
    transport_report_working_days: int
    callback_due_hours: int
    callback_retry_hours: int
    service_urgent_response_hours: int
    service_normal_response_hours: int
    service_repeat_repair_days: int
    receiving_missing_box_days: int
    receiving_blind_count: int
    stock_retention_reorder_below: int
    auth_idle_lock_minutes: int
    auth_failed_login_delay_seconds: int
    auth_session_idle_minutes: int

    @classmethod
    def of(cls, values: Mapping[str, int]) -> Policy:
        """The policy from stored values by key; a setting not stored has its default."""
        merged = {**defaults(), **{k: v for k, v in values.items() if k in POLICY_BY_KEY}}
        return cls(**{field_name(key): value for key, value in merged.items()})

    def value(self, key: str) -> int:
        """A setting by its key (the administrator's page lists them by key)."""
        if key not in POLICY_BY_KEY:
            raise KeyError(key)
        return int(getattr(self, field_name(key)))


def check_value(key: str, value: int) -> str | None:
    """None when ``value`` is acceptable for ``key``, else the English reason (marked)."""
    definition = POLICY_BY_KEY[key]
    if not definition.minimum <= value <= definition.maximum:
        return QT_TRANSLATE_NOOP("Policy", "The value must be between {minimum} and {maximum}.")
    return None
