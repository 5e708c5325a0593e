"""The desk's sounds: a clerk scanning with eyes on the box hears what happened.

Three tones, made here as WAV files (stdlib ``wave``): one short high chirp for a box received,
two middle beeps for a box already received, a long low double buzz for a box to set aside.
Played without blocking the desk: on Windows through ``winsound``, on macOS through ``afplay``,
on Linux through the first of ``pw-play``, ``paplay`` and ``aplay`` on the PATH;
``RETURNDESK_SOUND_PLAYER`` names another program (or ``none`` for silence).  With no player, or
when the files cannot be written, the system beep (once, twice for a refusal).  A new scan's sound
cuts the previous one short: the newest answer is the one that matters.
"""

from __future__ import annotations

import logging
import math
import os
import shutil
import subprocess
import sys
import wave
from array import array
from pathlib import Path

from PySide6.QtWidgets import QApplication

RATE = 16_000
PLAYER_ENV = "RETURNDESK_SOUND_PLAYER"
# (frequency in Hz, seconds); 0 Hz is a pause.  Version the file names when these change.
TONES: dict[str, list[tuple[int, float]]] = {
    "good": [(1760, 0.09)],
    "again": [(880, 0.11), (0, 0.06), (880, 0.11)],
    "bad": [(220, 0.28), (0, 0.07), (220, 0.28)],
}
FILES = {"good": "received-v1.wav", "again": "already-v1.wav", "bad": "set-aside-v1.wav"}
LINUX_PLAYERS = ("pw-play", "paplay", "aplay")
log = logging.getLogger(__name__)


def samples(kind: str) -> array[int]:
    """The tone as 16-bit mono samples, each note faded in and out over 5 ms (no clicks)."""
    out = array("h")
    fade = int(RATE * 0.005)
    for frequency, seconds in TONES[kind]:
        count = int(RATE * seconds)
        for i in range(count):
            if frequency == 0:
                out.append(0)
                continue
            envelope = min(1.0, i / fade, (count - 1 - i) / fade)
            out.append(int(12_000 * envelope * math.sin(2 * math.pi * frequency * i / RATE)))
    return out


def write_tones(folder: Path) -> dict[str, Path]:
    """The three WAV files in ``folder``, written once (atomically) and reused."""
    folder.mkdir(parents=True, exist_ok=True)
    paths = {}
    for kind, name in FILES.items():
        path = folder / name
        if not path.exists():
            partial = path.with_suffix(".part")
            with wave.open(str(partial), "wb") as out:
                out.setnchannels(1)
                out.setsampwidth(2)
                out.setframerate(RATE)
                out.writeframes(samples(kind).tobytes())
            partial.replace(path)
        paths[kind] = path
    return paths


def find_player() -> str | None:
    """The program that plays a WAV file here, ``winsound`` on Windows, or None."""
    chosen = os.environ.get(PLAYER_ENV, "").strip()
    if chosen:
        return None if chosen.lower() == "none" else chosen
    if sys.platform == "win32":
        return "winsound"
    candidates = ("afplay",) if sys.platform == "darwin" else LINUX_PLAYERS
    return next((found for name in candidates if (found := shutil.which(name))), None)


def _play_on_windows(path: Path) -> bool:
    if sys.platform != "win32":
        return False
    import winsound

    flags = winsound.SND_FILENAME | winsound.SND_ASYNC | winsound.SND_NODEFAULT
    winsound.PlaySound(str(path), flags)  # cuts the previous one short
    return True


class Sounds:
    """``play(kind)`` with kind ``good``, ``again`` or ``bad`` (as the banner's colours)."""

    def __init__(self, folder: Path | None = None) -> None:
        from platformdirs import user_cache_path

        self.player = find_player()
        self.files: dict[str, Path] = {}
        self._playing: subprocess.Popen[bytes] | None = None
        if self.player is not None:
            try:
                self.files = write_tones(folder or user_cache_path("ReturnDesk", False) / "sounds")
            except OSError as exc:  # a full disk or a read-only profile: the beep will do
                log.warning("no scan sounds (%s); using the system beep", exc)
                self.player = None

    def play(self, kind: str) -> None:
        if self.player is None or not self._played(kind):
            QApplication.beep()
            if kind != "good":
                QApplication.beep()  # twice: look up, this box is not taken

    def _played(self, kind: str) -> bool:
        if self.player == "winsound":
            return _play_on_windows(self.files[kind])
        if self._playing is not None and self._playing.poll() is None:
            self._playing.terminate()  # reaped by subprocess when the next one starts
        try:
            self._playing = subprocess.Popen(
                [str(self.player), str(self.files[kind])], stdin=subprocess.DEVNULL,
                stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        except OSError as exc:
            log.warning("the scan sound player %s failed (%s); using the system beep",
                        self.player, exc)
            self.player = None
            return False
        return True
