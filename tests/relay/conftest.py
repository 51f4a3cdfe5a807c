"""Fixtures of the relay tests: a real Icecast server on loopback, and what the null sink heard, by pitch."""

from __future__ import annotations

import pytest

from tests.pulse_sink import RATE, Recording
from tests.relay.icecast import IcecastServer

SOURCE_HZ = 1000  # what the higher-level station sends
FALLBACK_HZ = 440  # the station's fallback recording


@pytest.fixture
def icecast(tmp_path):
    server = IcecastServer(tmp_path / "icecast").start()
    yield server
    server.stop()


def pitch(recording: Recording, start: float, end: float) -> float:
    """The tone's frequency between two wall-clock times, by zero crossings (0 for silence)."""
    first = max(0, int((start - recording.t0) * RATE))
    last = min(len(recording.samples), int((end - recording.t0) * RATE))
    chunk = recording.samples[first:last]
    if len(chunk) < 2 or max(abs(s) for s in chunk) < 300:
        return 0.0
    crossings = sum(1 for a, b in zip(chunk, chunk[1:], strict=False) if (a < 0) != (b < 0))
    return crossings / 2 / (len(chunk) / RATE)


def pitches(recording: Recording, start: float, end: float, step: float = 0.25) -> list[tuple[float, float]]:
    """(seconds from `start`, frequency) for each `step` between two wall-clock times."""
    out = []
    moment = start
    while moment + step <= end:
        out.append((round(moment - start, 2), pitch(recording, moment, moment + step)))
        moment += step
    return out


def near(frequency: float, target: float) -> bool:
    return abs(frequency - target) <= target * 0.08


def mostly(heard: list[tuple[float, float]], target: float, other: float) -> bool:
    """Three windows in four carry `target` and at most one reads as `other`. Under load the monitor's capture
    (parec) can drop a few milliseconds, and a window with a gap reads off pitch (a chopped 1000 Hz window can
    read as anything lower): what is asserted is which of the two tones went out, not a perfect capture."""
    near_target = sum(near(hz, target) for _, hz in heard)
    return near_target >= 0.75 * len(heard) and sum(near(hz, other) for _, hz in heard) <= 1
