"""Where a sound file is silent, from ffmpeg's silencedetect: the pauses between sentences and readings."""

from __future__ import annotations

import re
from pathlib import Path

from audio.ffmpeg_tools import parse_time, run_ffmpeg

_START = re.compile(r"silence_start:\s*(-?[\d.]+)")
_END = re.compile(r"silence_end:\s*(-?[\d.]+)")

Span = tuple[float, float]


def parse_silences(stderr: str, duration_s: float) -> list[Span]:
    """(start, end) of each silence in silencedetect's log; one still open at the end closes at `duration_s`."""
    spans: list[Span] = []
    start: float | None = None
    for line in stderr.splitlines():
        if (found := _START.search(line)) is not None:
            start = max(0.0, float(found.group(1)))
        elif (found := _END.search(line)) is not None and start is not None:
            spans.append((start, min(duration_s, float(found.group(1)))))
            start = None
    if start is not None and start < duration_s:
        spans.append((start, duration_s))
    return spans


def detect_silences(path: Path, *, noise_db: float = -40.0, min_s: float = 0.15) -> tuple[float, list[Span]]:
    """(duration in seconds, silences of at least `min_s` below `noise_db`) of the file, decoded to the end."""
    _, stderr = run_ffmpeg(
        ["-i", str(path), "-vn", "-af", f"silencedetect=noise={noise_db}dB:d={min_s}", "-f", "null", "-"]
    )
    duration = parse_time(stderr)
    return duration, parse_silences(stderr, duration)
