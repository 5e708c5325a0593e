"""Random sequences of actions by random users against the return workflow, on both
databases; after every step: only allowed transitions happened, every change is in the audit
log, nobody acted outside their organisation, and nothing reached HQ approval unreviewed."""

from __future__ import annotations

from typing import Any

import pytest
from hypothesis import HealthCheck, settings
from hypothesis import strategies as st
from hypothesis.stateful import RuleBasedStateMachine, invariant, precondition, rule
from sqlalchemy import func, select

from desktop.core.errors import DomainError
from desktop.core.model import AuditEntry, ReturnRequest
from desktop.core.rules.workflow import DESK_ACTIONS, Action, State, step_for, target_of
from desktop.core.services.kernel.actor import Actor
from desktop.core.services.kernel.scope import can_see
from desktop.core.services.returns.filing import file_return
from desktop.core.services.returns.flow import transition
from desktop.core.store.db import Database
from tests.conftest import as_user
from tests.db.returns_helpers import good_line

LOGINS = ["dealer", "dealer2", "distrib", "east", "south", "order", "warehouse", "tech"]


def machine_for(db: Database) -> type[RuleBasedStateMachine]:
    actors = {login: as_user(db, login) for login in LOGINS}

    class ReturnWorkflow(RuleBasedStateMachine):
        def __init__(self) -> None:
            super().__init__()
            self.numbers: list[str] = []
            self.expected: dict[str, State] = {}
            self.changes = 0

        @rule(login=st.sampled_from(["dealer", "dealer2", "distrib"]))
        def file(self, login: str) -> None:
            number = file_return(db, actors[login], [good_line()])
            self.numbers.append(number)
            self.expected[number] = State.DRAFT
            self.changes += 1

        @precondition(lambda self: self.numbers)
        @rule(data=st.data(), login=st.sampled_from(LOGINS), action=st.sampled_from(list(Action)))
        def act(self, data: Any, login: str, action: Action) -> None:
            number = data.draw(st.sampled_from(self.numbers))
            actor: Actor = actors[login]
            with db.read() as session:
                request = session.scalars(
                    select(ReturnRequest).where(ReturnRequest.number == number)).one()
                visible = can_see(actor, request)
                own = actor.role != "dealer_staff" or request.dealer_org_id == actor.org_id
                to_agent = request.agent_org_id is not None
            step = step_for(action, self.expected[number], actor.role)
            allowed = visible and own and step is not None and not (
                action == Action.APPROVE and to_agent) and action not in DESK_ACTIONS
            try:
                state = transition(db, actor, number, action, reason="随机测试")
            except DomainError:
                assert not allowed, (login, action, self.expected[number])
                return
            assert allowed, (login, action, self.expected[number])
            assert step is not None
            assert state == target_of(step, to_agent)
            self.expected[number] = state
            self.changes += 1

        @invariant()
        def states_match_and_every_change_is_audited(self) -> None:
            with db.read() as session:
                stored = dict(session.execute(select(ReturnRequest.number, ReturnRequest.state)
                                              .where(ReturnRequest.number.in_(self.numbers))).all())
                audited = session.scalar(select(func.count(AuditEntry.id)).where(
                    AuditEntry.entity == "return_request",
                    AuditEntry.entity_id.in_(self.numbers))) or 0
            assert stored == self.expected
            assert audited == self.changes  # one entry per change, none for a refusal

        @invariant()
        def approval_only_after_the_regions_review(self) -> None:
            with db.read() as session:
                for number in self.numbers:
                    actions = list(session.scalars(select(AuditEntry.action).where(
                        AuditEntry.entity_id == number).order_by(AuditEntry.id)))
                    if "return.approve" in actions:
                        last_review = max(i for i, a in enumerate(actions)
                                          if a == "return.review")
                        assert last_review < actions.index("return.approve")

    return ReturnWorkflow


@pytest.mark.slow
def test_random_workflows_keep_the_invariants(demo_db: Database) -> None:
    machine = machine_for(demo_db)
    machine.TestCase.settings = settings(
        max_examples=15, stateful_step_count=25, deadline=None,
        suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture])
    machine.TestCase().runTest()
