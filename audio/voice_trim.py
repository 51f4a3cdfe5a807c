"""Cutting the silence before and after a spoken take, keeping a short margin so no word is clipped.

"Silence" is measured against the take itself: a room's hiss sits well below the voice, and a fixed threshold
would either keep a noisy room's pause or clip a quiet speaker. The threshold is the loudest stretch minus
`RELATIVE_DB`, never below `ABSOLUTE_FLOOR_DBFS`.
"""

from __future__ import annotations

from pydub import AudioSegment

CHUNK_MS = 10
MARGIN_MS = 150  # kept before the first and after the last sound: breath room, no clipped consonant
RELATIVE_DB = 35.0
ABSOLUTE_FLOOR_DBFS = -55.0


def silence_threshold(take: AudioSegment) -> float:
    loudest = max((take[i : i + CHUNK_MS * 5].dBFS for i in range(0, len(take), CHUNK_MS * 5)), default=-float("inf"))
    return max(loudest - RELATIVE_DB, ABSOLUTE_FLOOR_DBFS)


def sound_bounds(take: AudioSegment) -> tuple[int, int] | None:
    """(first, last) millisecond of sound above the threshold; None when the take is silent throughout."""
    if len(take) == 0:
        return None
    threshold = silence_threshold(take)
    loud = [i for i in range(0, len(take), CHUNK_MS) if take[i : i + CHUNK_MS].dBFS > threshold]
    if not loud:
        return None
    return loud[0], min(loud[-1] + CHUNK_MS, len(take))


def trim_silence(take: AudioSegment, margin_ms: int = MARGIN_MS) -> AudioSegment | None:
    """The take without its leading and trailing silence (plus `margin_ms` each side); None if all silent."""
    bounds = sound_bounds(take)
    if bounds is None:
        return None
    first, last = bounds
    return take[max(first - margin_ms, 0) : min(last + margin_ms, len(take))]
