"""“Nghe thử nguồn”: does a relay source give sound? ffmpeg connects and decodes a couple of seconds of it."""

from __future__ import annotations

import subprocess
import time
from dataclasses import dataclass
from io import BufferedReader
from typing import cast

from app.errors import InputError
from app.messages import msg
from audio.ffmpeg_tools import NO_WINDOW, ffmpeg_path
from audio.stream import BYTES_PER_S, CHANNELS, RATE, StreamSource


@dataclass(frozen=True)
class ProbeResult:
    first_sound_s: float  # after how long the first sound arrived
    heard_s: float  # seconds of sound received
    loudest: float  # peak of what was heard, 0..1 (0: the source sends silence)


def check_source(source: StreamSource, *, listen_s: float = 2.0, timeout_s: float = 10.0) -> ProbeResult:
    """Listens to `source` for `listen_s`; InputError in Vietnamese when it gives no sound in `timeout_s`."""
    command = [ffmpeg_path(), "-nostdin", "-hide_banner", "-loglevel", "error"]
    command += source.ffmpeg_input(timeout_s) + ["-t", f"{listen_s}", "-vn", "-f", "s16le"]
    command += ["-ac", str(CHANNELS), "-ar", str(RATE), "pipe:1"]
    began = time.monotonic()
    try:
        process = subprocess.Popen(
            command, stdin=subprocess.DEVNULL, stdout=subprocess.PIPE, stderr=subprocess.PIPE, creationflags=NO_WINDOW
        )
    except OSError as exc:
        raise InputError(msg("Không chạy được ffmpeg để nghe thử nguồn: {strerror}.", strerror=exc.strerror)) from exc
    first = None
    data = bytearray()
    try:
        assert process.stdout is not None
        while time.monotonic() - began < timeout_s:
            block = cast(BufferedReader, process.stdout).read1(65536)
            if not block:
                break
            if first is None:
                first = time.monotonic() - began
            data += block
        process.kill()
        _, errors = process.communicate(timeout=5)
    finally:
        if process.poll() is None:
            process.kill()
    if first is None or not data:
        reason = " ".join(errors.decode("utf-8", errors="replace").split())[-160:] if errors else ""
        if reason:
            raise InputError(
                msg(
                    "Không nghe được nguồn {source}: không nhận được âm thanh ({reason}).",
                    source=source.label,
                    reason=reason,
                )
            )
        raise InputError(
            msg(
                "Không nghe được nguồn {source}: không nhận được âm thanh sau {seconds:g} giây.",
                source=source.label,
                seconds=timeout_s,
            )
        )
    samples = memoryview(bytes(data[: len(data) // 2 * 2])).cast("h")
    loudest = max((abs(s) for s in samples), default=0) / 32768
    return ProbeResult(round(first, 2), round(len(data) / BYTES_PER_S, 2), round(loudest, 3))
