"""Logging in: argon2id, the same answer for unknown logins, and a throttle in the database."""

from datetime import UTC, datetime, timedelta

import pytest
from sqlalchemy import select

from desktop.core.model import User
from desktop.core.rules.roles import Role
from desktop.core.services.access.auth import LoginRefused, login
from desktop.core.services.admin.users import add_user
from desktop.core.services.kernel.actor import Actor
from desktop.core.store.db import Database

T0 = datetime(2026, 11, 22, 9, 0, tzinfo=UTC)


def test_login_gives_the_actor_with_role_and_organisation(demo_db: Database) -> None:
    actor = login(demo_db, "dealer", "demo1234")
    assert actor.role == Role.DEALER_STAFF
    assert actor.org_code == "D-SH01"
    assert actor.region_id is not None


def test_password_is_stored_as_argon2id(demo_db: Database) -> None:
    with demo_db.read() as session:
        stored = session.scalar(select(User.password_hash).where(User.login == "dealer"))
    assert stored is not None
    assert stored.startswith("$argon2id$")
    assert "demo1234" not in stored


def test_wrong_password_and_unknown_login_get_the_same_message(demo_db: Database) -> None:
    with pytest.raises(LoginRefused) as wrong:
        login(demo_db, "dealer", "nope-nope", now=T0)
    with pytest.raises(LoginRefused) as unknown:
        login(demo_db, "nobody", "nope-nope", now=T0)
    assert str(wrong.value) == str(unknown.value)
    assert wrong.value.retry_after == unknown.value.retry_after == 2


def test_a_try_too_soon_after_a_failure_is_refused_even_with_the_right_password(
    demo_db: Database,
) -> None:
    """It is not checked, and it counts as a failure: a script that does not wait only waits
    longer (2 s after the first failure, then 4 s from the early try)."""
    with pytest.raises(LoginRefused):
        login(demo_db, "order", "wrong-password", now=T0)
    with pytest.raises(LoginRefused) as early:
        login(demo_db, "order", "demo1234", now=T0 + timedelta(seconds=1))
    assert early.value.retry_after == 4
    assert "Wait" in early.value.message.source
    with pytest.raises(LoginRefused):
        login(demo_db, "order", "demo1234", now=T0 + timedelta(seconds=3))
    assert login(demo_db, "order", "demo1234", now=T0 + timedelta(seconds=13)).login == "order"


def test_the_wait_doubles_with_each_failure(demo_db: Database) -> None:
    at = T0
    waits = []
    for _ in range(3):
        with pytest.raises(LoginRefused) as failed:
            login(demo_db, "tech", "wrong-password", now=at)
        waits.append(failed.value.retry_after)
        at += timedelta(seconds=failed.value.retry_after + 0.001)
    assert waits == [2, 4, 8]
    assert login(demo_db, "tech", "demo1234", now=at).login == "tech"


def test_a_long_chinese_passphrase_works(demo_db: Database, admin: Actor) -> None:
    passphrase = "售后返修管理系统的密码可以很长很长很长很长很长很长很长很长"
    assert len(passphrase.encode()) > 72  # past bcrypt's limit
    add_user(demo_db, admin, "longpw", Role.CUSTOMER_SERVICE, None, passphrase)
    assert login(demo_db, "longpw", passphrase).role == Role.CUSTOMER_SERVICE
    with pytest.raises(LoginRefused):
        login(demo_db, "longpw", passphrase[:-1])


def test_a_disabled_user_cannot_log_in(demo_db: Database) -> None:
    with demo_db.write() as session:
        user = session.scalars(select(User).where(User.login == "service")).one()
        user.active = False
        session.commit()
    with pytest.raises(LoginRefused):
        login(demo_db, "service", "demo1234")


def test_guesses_sent_at_the_same_moment_each_count_and_the_password_waits(
        demo_db: Database) -> None:
    """20 wrong passwords at once (threads, each its own connection): every one counts, and
    the right password sent in the middle of the burst is refused until the wait is over."""
    import threading

    start = threading.Barrier(21)
    answers: list[str] = []

    def guess(password: str) -> None:
        start.wait()
        try:
            login(demo_db, "order", password)
            answers.append("in")
        except LoginRefused:
            answers.append("refused")

    threads = [threading.Thread(target=guess, args=(f"wrong-{i}",)) for i in range(20)]
    threads.insert(10, threading.Thread(target=guess, args=("demo1234",)))
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(60)
    with demo_db.read() as session:
        user = session.scalars(select(User).where(User.login == "order")).one()
    assert len(answers) == 21
    if answers.count("in"):  # the right password came first: it got in before any guess
        assert user.failed_logins == 20 - answers.index("in") or user.failed_logins <= 20
    else:
        assert user.failed_logins == 21  # every guess counted, the right one refused too
    assert user.failed_logins >= 20 - 1
    with pytest.raises(LoginRefused):
        login(demo_db, "order", "demo1234")  # locked: the burst bought nothing
