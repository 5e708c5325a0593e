"""A request's history names the people who acted (issue 14), not their logins."""

from __future__ import annotations

from desktop.core.rules.workflow import Action, State
from desktop.core.services.returns.flow import transition
from desktop.core.services.returns.query import get_request
from desktop.core.store.db import Database
from tests.conftest import as_user
from tests.db.returns_helpers import filed


def test_the_history_names_each_person(demo_db: Database) -> None:
    dealer = as_user(demo_db, "dealer")
    number = filed(demo_db, dealer)
    transition(demo_db, dealer, number, Action.SUBMIT)
    transition(demo_db, as_user(demo_db, "east"), number, Action.REVIEW)
    history = get_request(demo_db, dealer, number).history
    assert [(h.name, h.action) for h in history] == [
        ("明辉照明 张伟", "return.create"), ("明辉照明 张伟", "return.submit"),
        ("华东区 陈立", "return.review")]
    assert history[-1].to_state == State.REVIEWED
