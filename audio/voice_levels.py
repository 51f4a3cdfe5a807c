"""Levels of captured microphone samples (16-bit signed, little-endian PCM) for the live meter.

Pure arithmetic on the bytes Qt or any other capture hands over, so the meter shows what is really being
recorded and can be tested without a sound card.
"""

from __future__ import annotations

import array
import math
import sys
from dataclasses import dataclass

FULL_SCALE = 32768.0
FLOOR_DBFS = -90.0  # digital silence is shown as this, not as minus infinity


@dataclass(frozen=True)
class Levels:
    rms_dbfs: float
    peak_dbfs: float


SILENT = Levels(FLOOR_DBFS, FLOOR_DBFS)


def to_dbfs(amplitude: float) -> float:
    return max(FLOOR_DBFS, 20 * math.log10(amplitude / FULL_SCALE)) if amplitude > 0 else FLOOR_DBFS


def pcm_levels(data: bytes) -> Levels:
    """RMS and peak of a block of s16le samples, in dBFS (a full-scale sine reads about -3 dB RMS, 0 dB peak)."""
    samples = array.array("h")
    samples.frombytes(data[: len(data) // 2 * 2])
    if sys.byteorder == "big":
        samples.byteswap()
    if not samples:
        return SILENT
    peak = max(max(samples), -min(samples))
    rms = math.sqrt(sum(s * s for s in samples) / len(samples))
    return Levels(to_dbfs(rms), to_dbfs(peak))
