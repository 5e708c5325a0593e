"""Every answer at the receiving desk has its own sound, so a clerk with eyes on the box hears
what happened: a high chirp for a box received, two beeps for one already in, a low double
buzz for a box to set aside.  A missing player or a full disk costs the sound, never the scan."""

from __future__ import annotations

import wave
from itertools import pairwise
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from desktop.ui.receiving.sounds import FILES, RATE, Sounds, samples, write_tones
from tests.db.returns_helpers import shipped
from tests.ui.conftest import WindowFor
from tests.ui.test_receiving_gui import open_desk, scan


def pitch(kind: str) -> float:
    """The tone's frequency from its first note's zero crossings."""
    first = list(samples(kind)[: int(RATE * 0.08)])
    crossings = sum(1 for a, b in pairwise(first) if a < 0 <= b)
    return crossings / (len(first) / RATE)


def test_the_three_answers_sound_different(tmp_path: Path) -> None:
    assert pitch("good") == pytest.approx(1760, rel=0.05)
    assert pitch("again") == pytest.approx(880, rel=0.05)
    assert pitch("bad") == pytest.approx(220, rel=0.1)
    lengths = {}
    for kind, path in write_tones(tmp_path).items():
        with wave.open(str(path)) as sound:  # real WAV files any player takes
            assert (sound.getnchannels(), sound.getsampwidth(), sound.getframerate()) == (
                1, 2, RATE)
            lengths[kind] = sound.getnframes() / RATE
    assert lengths["good"] < 0.15 < lengths["again"] < 0.5 < lengths["bad"]  # short when good


@pytest.fixture
def player(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A sound player that writes down what it was asked to play."""
    played = tmp_path / "played.txt"
    program = tmp_path / "player"
    program.write_text(f'#!/bin/sh\nbasename "$1" >> "{played}"\n')
    program.chmod(0o755)
    monkeypatch.setenv("RETURNDESK_SOUND_PLAYER", str(program))
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "cache"))
    return played


def test_each_answer_plays_its_own_sound(window_for: WindowFor, qtbot: QtBot,
                                         player: Path) -> None:
    desk = open_desk(window_for, qtbot)
    _number, codes = shipped(desk.backend.db, 2)

    def heard() -> list[str]:
        return player.read_text().split() if player.exists() else []

    for code, kind in ((codes[0], "good"), (codes[0], "again"), ("R12-XYZ", "bad")):
        assert scan(qtbot, desk, code) == kind
        expected = [FILES[kind]]
        qtbot.waitUntil(lambda: heard()[-1:] == expected, timeout=5000)  # noqa: B023
    assert heard() == [FILES["good"], FILES["again"], FILES["bad"]]


def test_no_player_or_no_room_costs_the_sound_not_the_scan(
        window_for: WindowFor, qtbot: QtBot, tmp_path: Path,
        monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("RETURNDESK_SOUND_PLAYER", str(tmp_path / "no-such-player"))
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "cache"))
    desk = open_desk(window_for, qtbot)
    _number, codes = shipped(desk.backend.db, 2)
    assert scan(qtbot, desk, codes[0]) == "good"  # answered; the sound falls back to the beep
    assert desk.sounds.player is None
    assert scan(qtbot, desk, codes[1]) == "good"
    blocked = tmp_path / "a-file-not-a-folder"
    blocked.write_text("")
    monkeypatch.setenv("RETURNDESK_SOUND_PLAYER", "/bin/true")
    assert Sounds(blocked / "sounds").player is None  # the files cannot be written: the beep
