"""The verdict, settlement, stock and repair rules without a database (A3–A7, R2, R4, S1, S3)."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

import pytest
from hypothesis import given
from hypothesis import strategies as st

from desktop.core.rules.inspection import (
    MADE_GOOD,
    NotCovered,
    Quote,
    Remedy,
    SettledItem,
    Verdict,
    VerdictInput,
    check_penalty,
    check_verdict,
    initial_quote,
    propose,
    unjudged,
)
from desktop.core.rules.stock import (
    Movement,
    RepairFacts,
    check_movement,
    keep_until,
    r2_missing,
    retention_refusal,
    signed,
)


@pytest.mark.parametrize(("item", "complaint"), [
    (VerdictInput(Verdict.DEFECT, 0), "at least 1"),
    (VerdictInput(Verdict.NOT_COVERED, 1), "A3 reasons"),
    (VerdictInput(Verdict.DEFECT, 1, reason=NotCovered.STORAGE), "only to a not-covered"),
    (VerdictInput(Verdict.OUT_OF_WARRANTY, 1), "first judge"),
    (VerdictInput(Verdict.OUT_OF_WARRANTY, 1, repairable=True), "repair fee"),
    (VerdictInput(Verdict.DEFECT, 1, fee=Decimal(5)), "Only an out-of-warranty"),
    (VerdictInput(Verdict.NOT_COVERED, 1, reason=NotCovered.TAMPERED), None),
    (VerdictInput(Verdict.OUT_OF_WARRANTY, 1, repairable=False), None),
])
def test_verdict_completeness(item: VerdictInput, complaint: str | None) -> None:
    found = check_verdict(item)
    assert (found is None) == (complaint is None)
    if complaint is not None:
        assert found is not None
        assert complaint in found.render()


def test_only_a_repairable_out_of_warranty_unit_waits_for_a_quote() -> None:
    assert initial_quote(VerdictInput(Verdict.OUT_OF_WARRANTY, 1, True, Decimal(9))) \
        == Quote.PENDING
    assert initial_quote(VerdictInput(Verdict.OUT_OF_WARRANTY, 1, repairable=False)) \
        == Quote.NONE
    assert unjudged({"A": 3, "B": 1}, {"A": 3, "C": 1}) == {"B": 1, "C": -1}


def test_settlement_of_a_mixed_batch() -> None:
    items = [
        SettledItem(Verdict.DEFECT, 2, Decimal(10), remedy=Remedy.CREDIT),
        SettledItem(Verdict.SAFETY, 1, Decimal(50), remedy=Remedy.EXCHANGE),
        SettledItem(Verdict.NO_FAULT, 3, Decimal(10)),
        SettledItem(Verdict.OUT_OF_WARRANTY, 1, Decimal(40), Quote.ACCEPTED, Decimal(15)),
        SettledItem(Verdict.HUMAN_DAMAGE, 1, Decimal(20)),
    ]
    offer = propose(items, 2)
    assert offer.remedies == [Remedy.CREDIT, Remedy.EXCHANGE, Remedy.RETURNED,
                              Remedy.REPAIRED, Remedy.RETURNED]
    assert offer.credit == Decimal(20)
    assert offer.fees == Decimal(15)
    assert offer.batch_value == Decimal(160)
    assert offer.penalty_minimum == Decimal(320)
    assert offer.freight_reimbursed
    assert not offer.blockers
    assert check_penalty(offer, Decimal(319), "") is not None
    assert check_penalty(offer, Decimal(320), "") is None
    assert check_penalty(offer, Decimal(0), "首次") is None
    assert check_penalty(offer, Decimal(0), " ") is not None


def test_penalty_without_human_damage_is_refused() -> None:
    offer = propose([SettledItem(Verdict.NO_FAULT, 1, Decimal(5))], 2)
    assert offer.penalty_minimum == 0
    assert not offer.freight_reimbursed
    assert check_penalty(offer, Decimal(1), "") is not None


verdicts = st.sampled_from(list(Verdict))
settled_items = st.builds(
    SettledItem, verdicts, st.integers(1, 50),
    st.decimals(0, 1000, places=2, allow_nan=False, allow_infinity=False),
    st.sampled_from([Quote.NONE, Quote.ACCEPTED, Quote.DECLINED]),
    st.decimals(0, 100, places=2, allow_nan=False, allow_infinity=False),
    st.sampled_from([Remedy.CREDIT, Remedy.EXCHANGE]))


@given(st.lists(settled_items, min_size=1, max_size=12), st.integers(1, 20))
def test_every_unit_is_settled_exactly_once(items: list[SettledItem], multiple: int) -> None:
    offer = propose(items, multiple)
    units = sum(i.quantity for i in items)
    assert offer.exchange_units + offer.repaired_units + offer.returned_units + sum(
        i.quantity for i, r in zip(items, offer.remedies, strict=True)
        if r == Remedy.CREDIT) == units
    assert 0 <= offer.credit <= offer.batch_value
    assert all(r in (Remedy.CREDIT, Remedy.EXCHANGE) for i, r in
               zip(items, offer.remedies, strict=True) if i.verdict in MADE_GOOD)
    damaged = any(i.verdict == Verdict.HUMAN_DAMAGE for i in items)
    assert offer.penalty_minimum == (offer.batch_value * multiple if damaged else 0)


def test_movements_and_their_signs() -> None:
    assert signed(Movement.ISSUE, 3) == -3
    assert signed(Movement.RECEIPT, 3) == 3
    assert signed(Movement.ADJUSTMENT, -2) == -2
    assert signed(Movement.SCRAP, 1) == -1
    assert check_movement(Movement.RECEIPT, 0, "") is not None
    assert check_movement(Movement.RECEIPT, -1, "") is not None
    assert check_movement(Movement.SCRAP, 1, "") is not None
    assert check_movement(Movement.ADJUSTMENT, -1, "盘亏") is None


def test_keep_until_is_end_of_production_plus_the_warranty() -> None:
    assert keep_until([], 36) is None
    assert keep_until([date(2024, 2, 29), date(2023, 1, 1)], 36) == date(2027, 2, 28)
    until = date(2027, 6, 30)
    assert retention_refusal(Movement.SCRAP, until, date(2027, 6, 30), 0) is not None
    assert retention_refusal(Movement.TRANSFER_OUT, until, date(2026, 1, 1), 0) is not None
    assert retention_refusal(Movement.SCRAP, until, date(2026, 1, 1), 1) is None
    assert retention_refusal(Movement.ISSUE, until, date(2026, 1, 1), 0) is None
    assert retention_refusal(Movement.SCRAP, until, date(2027, 7, 1), 0) is None


def test_project_lights_in_warranty_have_every_electronic_part_handled() -> None:
    parts = frozenset({"DR-36", "EL-SW-01"})
    assert r2_missing(RepairFacts(True, True, parts, frozenset({"DR-36"}))) == ["EL-SW-01"]
    assert r2_missing(RepairFacts(True, False, parts, frozenset())) == []
    assert r2_missing(RepairFacts(False, True, parts, frozenset())) == []
