"""``returndesk receive`` when the server goes in the middle of a batch (a real server behind a
proxy whose cable the test pulls between two codes): a code is sent again with its own scan id
and received once when the server is back; if it stays away, the codes already received are
listed and the rest are named as not recorded, with why."""

from __future__ import annotations

import json
from collections.abc import Iterator

import pytest

from desktop.cli import main
from desktop.cli import receiving as cli_receiving
from desktop.core.services.receiving.counting import boxes_of
from desktop.core.store.db import Database
from tests.conftest import as_user
from tests.db.returns_helpers import shipped
from tests.net_proxy import Proxy, upstream_of


@pytest.fixture
def proxy(pg_demo_db: Database, qapp: object) -> Iterator[Proxy]:
    """(``qapp``: the command translates with Qt, and must find the test run's QApplication
    rather than make a QCoreApplication that no GUI test after it could replace.)"""
    proxy = Proxy(upstream_of(pg_demo_db.url.render_as_string(hide_password=False)))
    yield proxy
    proxy.close()


def received(db: Database, number: str) -> list[bool]:
    return [b.received_at is not None for b in boxes_of(db, as_user(db, "warehouse"), number)]


def receive_batch(db: Database, proxy: Proxy, monkeypatch: pytest.MonkeyPatch,
                  back_before_second_retry: bool, *options: str) -> tuple[int, str, list[str],
                                                                          list[float]]:
    """Three boxes of one request through ``returndesk receive``; the network is cut before
    the second code (and plugged back before its second retry, if asked).  Returns the exit
    status, the request, its codes and the waits the command made."""
    number, codes = shipped(db, 3)
    waits: list[float] = []

    def pause(delay: float) -> None:
        waits.append(delay)
        if len(waits) == 2:
            proxy.cut()
        if delay == 2 and back_before_second_retry:
            proxy.restore()

    monkeypatch.setattr(cli_receiving, "pause", pause)
    url = proxy.url(str(db.url.database))
    status = main(["--database", url, "receive", *codes, "--as", "warehouse", *options])
    return status, number, codes, waits


def test_a_code_is_sent_again_when_the_server_is_back_and_received_once(
        pg_demo_db: Database, proxy: Proxy, monkeypatch: pytest.MonkeyPatch,
        capsys: pytest.CaptureFixture[str]) -> None:
    status, number, _codes, waits = receive_batch(pg_demo_db, proxy, monkeypatch, True, "--json")
    assert status == 0
    answers = json.loads(capsys.readouterr().out)
    assert [a["outcome"] for a in answers] == ["received"] * 3
    assert waits == [0, 0, 1, 2, 0]
    assert received(pg_demo_db, number) == [True, True, True]


def test_a_server_that_stays_away_leaves_a_list_of_what_was_not_recorded(
        pg_demo_db: Database, proxy: Proxy, monkeypatch: pytest.MonkeyPatch,
        capsys: pytest.CaptureFixture[str]) -> None:
    status, number, codes, waits = receive_batch(pg_demo_db, proxy, monkeypatch, False)
    assert status == 2
    out, err = capsys.readouterr()
    assert f"OK {codes[0]}" in out
    assert f"-- {codes[1]}: 无法连接数据库" in err
    assert f"-- {codes[2]}: 无法连接数据库" in err
    assert waits == [0, 0, 1, 2, 5]  # three more tries, then it says so
    assert received(pg_demo_db, number) == [True, False, False]
