"""Random sequences of service-case actions by random roles (hypothesis): each call succeeds
exactly when the rules allow it (capability, visibility, state, assignee), a refused call changes
nothing, and a case is closed only after a satisfied callback."""

from __future__ import annotations

from datetime import UTC, datetime

from hypothesis import HealthCheck, settings
from hypothesis import strategies as st
from hypothesis.stateful import RuleBasedStateMachine, initialize, invariant, rule
from sqlalchemy import select

from desktop.core.errors import DomainError
from desktop.core.model import Callback, ServiceCase
from desktop.core.rules.service import CaseState, OldPartFate
from desktop.core.services.kernel.actor import Actor
from desktop.core.services.service.callbacks import record_callback
from desktop.core.services.service.cases import (
    CaseForm,
    assign_case,
    complete_case,
    confirm_case,
    record_work,
    register_case,
)
from desktop.core.store.db import Database
from tests.conftest import as_user

ROLES = ["service", "tech", "dealer", "dealer2", "manager"]
WORKERS = {"service", "tech", "dealer"}  # may confirm and work (when it is theirs)
S = CaseState


def _machine(db: Database, actors: dict[str, Actor]) -> type[RuleBasedStateMachine]:
    class CaseMachine(RuleBasedStateMachine):
        number = ""
        state = S.REGISTERED
        assignee = ""  # "tech" or "dealer" (the dealer's own shop as the service point)
        calls = 0

        @initialize()
        def register(self) -> None:
            self.number = register_case(db, actors["service"], CaseForm(
                "机器客户", "DL-0705", "不亮", dealer="D-SH01", serial="SN-MACHINE"))

        def _try(self, allowed: bool, call: object) -> bool:
            before = self._stored()
            try:
                call()  # type: ignore[operator]
            except DomainError:
                assert not allowed
                assert self._stored() == before  # a refusal changes nothing
                return False
            assert allowed
            return True

        def _theirs(self, who: str) -> bool:
            return who == "service" or (who in WORKERS and who == self.assignee)

        @rule(who=st.sampled_from(ROLES), to=st.sampled_from(["tech", "dealer"]))
        def assign(self, who: str, to: str) -> None:
            ok = who == "service" and self.state in (S.REGISTERED, S.ASSIGNED, S.IN_PROGRESS)
            kwargs = {"technician": "tech"} if to == "tech" else {"service_point": "D-SH01"}
            if self._try(ok, lambda: assign_case(db, actors[who], self.number, **kwargs)):
                self.state, self.assignee = S.ASSIGNED, to

        @rule(who=st.sampled_from(ROLES))
        def confirm(self, who: str) -> None:
            ok = self.state == S.ASSIGNED and self._theirs(who)
            if self._try(ok, lambda: confirm_case(db, actors[who], self.number)):
                self.state = S.IN_PROGRESS

        @rule(who=st.sampled_from(ROLES))
        def work(self, who: str) -> None:
            ok = self.state == S.IN_PROGRESS and self._theirs(who)
            self._try(ok, lambda: record_work(db, actors[who], self.number, "检修", (
                ("DR-07", 1, OldPartFate.RETURNED_TO_HQ),)))

        @rule(who=st.sampled_from(ROLES))
        def complete(self, who: str) -> None:
            ok = self.state == S.IN_PROGRESS and self._theirs(who)
            if self._try(ok, lambda: complete_case(db, actors[who], self.number, "好了")):
                self.state = S.COMPLETED

        @rule(who=st.sampled_from(ROLES), answer=st.sampled_from([None, True, False]))
        def callback(self, who: str, answer: bool | None) -> None:
            ok = who == "service" and self.state == S.COMPLETED
            if self._try(ok, lambda: record_callback(
                    db, actors[who], self.number, answer is not None, answer, "原因")):
                self.calls += 1
                if answer is not None:
                    self.state = S.CLOSED if answer else S.IN_PROGRESS

        def _stored(self) -> tuple[object, ...]:
            with db.read() as session:
                case = session.scalars(select(ServiceCase).where(
                    ServiceCase.number == self.number)).one()
                calls = session.scalars(select(Callback).where(
                    Callback.case_id == case.id).order_by(Callback.attempt)).all()
                return (case.state, case.version, case.work_done,
                        [(c.reached, c.satisfied) for c in calls])

        @invariant()
        def matches_the_model(self) -> None:
            if not self.number:
                return
            state, _version, _work, calls = self._stored()
            assert state == self.state
            assert len(calls) == self.calls  # type: ignore[arg-type]
            if state == S.CLOSED:
                assert calls[-1] == (True, True)  # type: ignore[index]

    return CaseMachine


def test_random_case_actions_by_random_roles_follow_the_rules(sqlite_demo_db: Database) -> None:
    actors = {name: as_user(sqlite_demo_db, name) for name in ROLES}
    machine = _machine(sqlite_demo_db, actors)
    machine.TestCase.settings = settings(
        max_examples=30, stateful_step_count=14, deadline=None,
        suppress_health_check=[HealthCheck.too_slow])
    started = datetime.now(UTC)
    machine.TestCase().runTest()
    assert (datetime.now(UTC) - started).total_seconds() < 60
