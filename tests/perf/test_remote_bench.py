"""The remote bench runs (briefly): the direct-PostgreSQL desk and the server desk behind the
latency proxy, and a few simulated desks scanning.  Its times are reported by
``returndesk bench``, never asserted; what is asserted is what does not depend on the machine:
through the server a use case is one request, and the load loses and doubles nothing."""

from __future__ import annotations

from PySide6.QtWidgets import QApplication

from desktop.bench.remote import measure_remote


def test_the_remote_bench_runs_briefly(qapp: QApplication, pg_base_url: str) -> None:
    figures = measure_remote(pg_base_url, runs=1, rtt_ms=10, load_seconds=1, desks=3, rate=20)
    actions = figures["actions"]
    assert list(actions) == ["login", "approval queue", "approve five", "open a request",
                             "one scan"]
    for name in ("login", "approval queue", "approve five", "one scan"):
        assert actions[name]["server"]["round_trips"] == 1, name
    assert actions["open a request"]["server"]["round_trips"] == 3  # three reads at once
    assert actions["approve five"]["direct_pg"]["round_trips"] > 5
    load = figures["load"]
    assert load["sent"] == 20
    assert load["answered"] == 20
    assert (load["lost"], load["doubled"], load["refused"]) == (0, 0, 0)
    assert load["resent"] >= 3  # one per desk at least, each answered as its first
    assert load["resent_answered_as_first"]
