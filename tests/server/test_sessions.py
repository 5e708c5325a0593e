"""Sessions through the server: the person comes from the token on every call; no token, a
forged, tampered, expired or logged-out one gets 401 and changes nothing."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import httpx
import pytest
from sqlalchemy import select, update

from desktop.core.errors import NotLoggedIn
from desktop.core.model import SessionToken
from desktop.core.services.access.auth import LoginRefused
from desktop.core.services.access.sessions import token_hash
from desktop.core.services.kernel.actor import SYSTEM
from desktop.core.services.kernel.changes import data_version
from desktop.core.services.returns.query import ReturnQuery, list_requests
from tests.server.conftest import RunningServer


def _version(served: RunningServer) -> str:
    return data_version(served.db, SYSTEM)


def test_a_dealer_logs_in_and_sees_only_its_own_requests(served: RunningServer) -> None:
    dealer = served.login("dealer")
    assert dealer.actor.login == "dealer"
    rows = dealer.call(list_requests, ReturnQuery(limit=1000))
    assert rows
    assert {r.dealer_code for r in rows} == {"D-SH01"}
    mine_in_process = list_requests(served.db, dealer.actor, ReturnQuery(limit=1000))
    assert [r.number for r in rows] == [r.number for r in mine_in_process]


def test_a_wrong_password_is_refused_with_the_wait(served: RunningServer) -> None:
    with pytest.raises(LoginRefused) as refused:
        served.login("dealer", "not-the-password")
    assert refused.value.retry_after == 2
    assert "Wrong login or password" in refused.value.message.source


@pytest.mark.parametrize("token", ["", "x" * 43, "garbage token", "a" * 5000])
def test_no_token_or_a_forged_one_is_401_and_changes_nothing(served: RunningServer,
                                                           token: str) -> None:
    before = _version(served)
    headers = {"authorization": f"Bearer {token}"} if token else {}
    answer = httpx.post(f"{served.url}/api/returns.transition",
                        json={"number": "R2611000001", "action": "approve"}, headers=headers)
    assert answer.status_code == 401
    assert answer.json()["error"] == "NotLoggedIn"
    assert _version(served) == before


def test_a_tampered_token_is_401(served: RunningServer) -> None:
    dealer = served.login("dealer")
    flipped = dealer.token[:-1] + ("A" if dealer.token[-1] != "A" else "B")
    answer = httpx.post(f"{served.url}/api/kernel.current_policy", json={},
                        headers={"authorization": f"Bearer {flipped}"})
    assert answer.status_code == 401


def test_an_idle_session_expires_and_a_logged_out_one_ends(served: RunningServer) -> None:
    dealer, other = served.login("dealer"), served.login("dealer")
    with served.db.write() as session:  # eight and a half hours without a call
        session.execute(update(SessionToken).where(
            SessionToken.token_hash == token_hash(dealer.token)).values(
            last_used_at=datetime.now(UTC) - timedelta(hours=8, minutes=30)))
        session.commit()
    with pytest.raises(NotLoggedIn):
        dealer.call(list_requests, ReturnQuery())
    assert other.call(list_requests, ReturnQuery(limit=1))  # another session is not touched
    other.close()
    with pytest.raises(NotLoggedIn):
        other.call(list_requests, ReturnQuery())


def test_tokens_are_stored_only_hashed(served: RunningServer) -> None:
    dealer = served.login("dealer")
    with served.db.read() as session:
        stored = session.scalars(select(SessionToken.token_hash)).all()
    assert token_hash(dealer.token) in stored
    assert dealer.token not in stored


def test_the_client_cannot_name_who_it_is(served: RunningServer) -> None:
    dealer = served.login("dealer")
    answer = httpx.post(f"{served.url}/api/returns.list_requests",
                        json={"actor": {"login": "admin"}, "query": {}},
                        headers={"authorization": f"Bearer {dealer.token}"})
    assert answer.status_code == 422  # no such argument: the person is the token's


def test_a_number_no_database_can_hold_is_refused_not_a_server_error(
        served: RunningServer) -> None:
    """Found by the fuzz run: a photo id of 36 digits crashed the SQLite driver (500)."""
    dealer = served.login("dealer")
    answer = httpx.post(f"{served.url}/api/returns.photo_data",
                        json={"photo_id": 55788403232469942759384298815488000},
                        headers={"authorization": f"Bearer {dealer.token}"})
    assert answer.status_code == 422
    assert "out of range" in answer.text
