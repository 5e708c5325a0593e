"""A property-based fuzz run of the server from its own OpenAPI description (schemathesis):
every operation gets generated bodies, valid and not, as a dealer logged in.  No answer may be a
server error, every answer must match the description, and a refused call changes nothing."""

from __future__ import annotations

import shutil
from collections.abc import Iterator

import pytest
import schemathesis
from hypothesis import HealthCheck, settings
from schemathesis.checks import (
    not_a_server_error,
    response_schema_conformance,
    status_code_conformance,
)

from desktop.core.services.kernel.actor import SYSTEM
from desktop.core.services.kernel.changes import data_version
from desktop.core.store.db import Database
from desktop.server.openapi import document
from tests.conftest import Templates
from tests.server.conftest import RunningServer, start_server

schema = schemathesis.openapi.from_dict(document())
# Operations that write only to the session table: logging in and out changes data legitimately.
NOT_STATE_CHECKED = {"/session"}


@pytest.fixture(scope="module")
def fuzzed(templates: Templates, tmp_path_factory: pytest.TempPathFactory
           ) -> Iterator[tuple[RunningServer, str]]:
    folder = tmp_path_factory.mktemp("fuzz")
    shutil.copyfile(templates.sqlite(demo=True), folder / "fuzz.db")
    db = Database(f"sqlite:///{folder / 'fuzz.db'}")
    running = start_server(db)
    token = running.login("dealer").token
    yield running, token
    running.stop()
    db.dispose()


@schema.parametrize()
@settings(max_examples=12, deadline=None, database=None,
          suppress_health_check=list(HealthCheck))
def test_the_server_never_fails_and_refusals_change_nothing(
        case: schemathesis.Case, fuzzed: tuple[RunningServer, str]) -> None:
    running, token = fuzzed
    before = data_version(running.db, SYSTEM)
    response = case.call(base_url=running.url, headers={"authorization": f"Bearer {token}"})
    case.validate_response(response, checks=[not_a_server_error, status_code_conformance,
                                             response_schema_conformance])
    if response.status_code >= 400 and case.path not in NOT_STATE_CHECKED:
        assert data_version(running.db, SYSTEM) == before, (case.path, response.status_code)


def test_the_description_covers_every_use_case() -> None:
    from desktop.core.services.api import USE_CASES

    described = {p.removeprefix("/api/") for p in document()["paths"] if p.startswith("/api/")}
    assert described == set(USE_CASES)
