"""A relayed source (tiếp sóng) as a steady feed of PCM: ffmpeg reads the stream or the audio input and decodes it
to 16-bit stereo 44.1 kHz; the station's output pulls that feed at the sound card's pace (`read`).

While the source is down, what the output pulls is the fallback (a recording, or station music), never silence:
the feed always hands back as many bytes as were asked. The bytes handed out are counted as relayed or as
fallback, so the log can say what really went out.

Reliability, in one place:
- a connection that gives no sound within `connect_timeout_s`, or a source that goes quiet for `stall_s`, is
  closed (ffmpeg killed) and counts as down;
- reconnects follow `backoff_s` (0.5, 1, 2, 4, 5, 5... seconds), back to the shortest after a steady spell;
- relaying resumes once `prebuffer_s` of sound has arrived again, so a flapping source does not chop the air;
- connected ahead of air time, the feed keeps the newest `lead_s` of sound: the relay runs that far behind the
  source, which absorbs the network's and the sound card's jitter.

Threads: one reads ffmpeg's output, one watches for stalls; `read` is called from the output's thread. The
buffer and the counters are shared under one lock. Qt-free: ui/ wraps `read` in the sound card's device.
"""

from __future__ import annotations

import logging
import math
import subprocess
import sys
import threading
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from io import BufferedReader
from pathlib import Path
from typing import cast

from audio.ffmpeg_tools import NO_WINDOW, ffmpeg_path

log = logging.getLogger(__name__)

RATE = 44100
CHANNELS = 2
FRAME_BYTES = 2 * CHANNELS
BYTES_PER_S = RATE * FRAME_BYTES
BACKOFF_S = (0.5, 1.0, 2.0, 4.0, 5.0)
STEADY_S = 10.0  # a connection that delivered this long resets the backoff
FALLBACK_MAX_S = 300.0  # a longer fallback recording is looped over its first five minutes
LEAD_S = 2.0  # connected ahead of air, the relay runs this far behind the source
RESUME_S = 1.0  # after an outage, the source is back on air once this much of it has arrived


@dataclass(frozen=True)
class StreamSource:
    """Where the relay comes from: an internet stream (`url`: HTTP/HTTPS MP3 or AAC, Icecast, Shoutcast, HLS
    .m3u8) or an audio input of the PC (`input_device`: a PulseAudio/ALSA source on Linux, a DirectShow
    device name on Windows)."""

    url: str | None = None
    input_device: str | None = None

    @property
    def label(self) -> str:
        return self.url or f"input:{self.input_device}"

    def ffmpeg_input(self, timeout_s: float) -> list[str]:
        if self.url:
            # Short probing: a live stream gives sound a fraction of a second after it connects, not after 5-8 s
            # (joined mid-stream, an MP3 looks like junk at first and ffmpeg would read up to 1 MB to be sure).
            return [
                "-formatprobesize",
                "16384",
                "-rw_timeout",
                str(int(timeout_s * 1_000_000)),
                "-probesize",
                "32768",
                "-analyzeduration",
                "500000",
                "-i",
                self.url,
            ]
        device = self.input_device or "default"
        if sys.platform == "win32":
            return ["-f", "dshow", "-i", f"audio={device}"]
        return ["-f", "pulse", "-i", device]


@dataclass(frozen=True)
class FeedStatus:
    """What the on-air page shows and the log records."""

    signal: bool  # the source is what goes out now
    relayed_s: float
    fallback_s: float
    reconnects: int
    last_error: str


def decode_pcm(path: Path, *, max_s: float = FALLBACK_MAX_S) -> bytes:
    """A file decoded to the feed's PCM (at most `max_s` seconds). Raises OSError/CalledProcessError."""
    command = [ffmpeg_path(), "-nostdin", "-hide_banner", "-loglevel", "error", "-i", str(path), "-t", f"{max_s}"]
    command += ["-vn", "-f", "s16le", "-ac", str(CHANNELS), "-ar", str(RATE), "pipe:1"]
    done = subprocess.run(command, capture_output=True, check=True, timeout=60, creationflags=NO_WINDOW)
    return done.stdout[: len(done.stdout) // FRAME_BYTES * FRAME_BYTES]


def station_music(seconds: float = 8.0) -> bytes:
    """A soft interval melody (a rising and falling five-note phrase), the fallback when none was chosen:
    residents hear that the station is on air, not dead air."""
    notes = (523.25, 659.25, 783.99, 659.25, 587.33, 0.0)  # C5 E5 G5 E5 D5, rest
    per_note = int(RATE * seconds / len(notes))
    out = bytearray()
    for frequency in notes:
        for i in range(per_note):
            envelope = math.sin(math.pi * i / per_note) ** 2
            value = int(0.18 * 32767 * envelope * math.sin(2 * math.pi * frequency * i / RATE)) if frequency else 0
            sample = value.to_bytes(2, "little", signed=True)
            out += sample * CHANNELS
    return bytes(out)


class RelayFeed:
    """See the module docstring. `start()` begins connecting; `read(n)` hands out `n` bytes; `close()` ends it."""

    def __init__(
        self,
        source: StreamSource,
        fallback_pcm: bytes,
        *,
        connect_timeout_s: float = 5.0,
        stall_s: float = 2.0,
        backoff_s: Sequence[float] = BACKOFF_S,
        prebuffer_s: float = RESUME_S,
        lead_s: float = LEAD_S,
        max_buffer_s: float = 4.0,
        clock: Callable[[], float] = time.monotonic,
    ) -> None:
        self.source = source
        self._fallback = fallback_pcm or station_music()
        self.connect_timeout_s = connect_timeout_s
        self.stall_s = stall_s
        self.backoff_s = tuple(backoff_s)
        self._prebuffer = _frames(prebuffer_s * BYTES_PER_S)
        self._lead = _frames(lead_s * BYTES_PER_S)
        self._max_buffer = _frames(max_buffer_s * BYTES_PER_S)
        self.clock = clock
        self._lock = threading.Lock()
        self._buffer = bytearray()
        self._relaying = False
        self._fallback_at = 0
        self._runs: list[list] = []  # [from the source?, bytes] in the order handed out, once on air
        self._reconnects = 0
        self._last_error = ""
        self._counting = False
        self._process: subprocess.Popen | None = None
        self._last_data = 0.0
        self._connected_at = 0.0
        self._got_data = False
        self._closed = threading.Event()
        self._threads: list[threading.Thread] = []

    # --- life cycle -------------------------------------------------------------------------------

    def start(self) -> RelayFeed:
        if not self._threads:
            for target in (self._run, self._watch):
                thread = threading.Thread(target=target, name=f"relay-{target.__name__}", daemon=True)
                thread.start()
                self._threads.append(thread)
        return self

    def begin_counting(self) -> None:
        """On air from now: what `read` hands out counts (until now only the freshest sound was kept)."""
        with self._lock:
            self._counting = True

    def close(self) -> None:
        self._closed.set()
        self._kill()
        for thread in self._threads:
            thread.join(timeout=2)

    # --- the output's side ------------------------------------------------------------------------

    def read(self, size: int) -> bytes:
        """Exactly `size` bytes (rounded down to whole frames): the source while it delivers, else the fallback."""
        size = _frames(size)
        with self._lock:
            if not self._relaying and len(self._buffer) >= self._prebuffer:
                self._relaying = True
            out = bytearray()
            if self._relaying:
                take = min(size, len(self._buffer))
                out += self._buffer[:take]
                del self._buffer[:take]
                self._count(True, take)
                if take < size:  # ran dry: the source is late or down
                    self._relaying = False
                    self._fallback_at = 0
            missing = size - len(out)
            if missing:
                out += self._fallback_bytes_for(missing)
                self._count(False, missing)
            return bytes(out)

    def _count(self, from_source: bool, size: int) -> None:
        if not self._counting or not size:
            return
        if self._runs and self._runs[-1][0] == from_source:
            self._runs[-1][1] += size
        else:
            self._runs.append([from_source, size])

    def _fallback_bytes_for(self, size: int) -> bytes:
        chunk = bytearray()
        while len(chunk) < size:
            piece = self._fallback[self._fallback_at : self._fallback_at + size - len(chunk)]
            chunk += piece
            self._fallback_at = (self._fallback_at + len(piece)) % len(self._fallback)
        return bytes(chunk)

    def status(self, played_s: float | None = None) -> FeedStatus:
        """Seconds relayed and of fallback among the first `played_s` seconds the output really played (the
        sound card's own count; what sat in its buffer when it stopped never went out). None: all handed out."""
        with self._lock:
            budget = math.inf if played_s is None else max(0.0, played_s) * BYTES_PER_S
            relayed = fallback = 0.0
            for from_source, size in self._runs:
                used = min(size, budget)
                budget -= used
                if from_source:
                    relayed += used
                else:
                    fallback += used
            return FeedStatus(
                self._relaying, relayed / BYTES_PER_S, fallback / BYTES_PER_S, self._reconnects, self._last_error
            )

    # --- the source's side ------------------------------------------------------------------------

    def _run(self) -> None:
        attempt = 0
        while not self._closed.is_set():
            started = self.clock()
            self._read_one_connection()
            if self._closed.is_set():
                return
            if self._got_data and self.clock() - started >= STEADY_S:
                attempt = 0
            delay = self.backoff_s[min(attempt, len(self.backoff_s) - 1)]
            attempt += 1
            with self._lock:
                self._reconnects += 1
            log.info("relay %s down (%s); reconnecting in %.1f s", self.source.label, self._last_error, delay)
            if self._closed.wait(delay):
                return

    def _read_one_connection(self) -> None:
        command = [ffmpeg_path(), "-nostdin", "-hide_banner", "-loglevel", "error"]
        command += self.source.ffmpeg_input(self.connect_timeout_s)
        command += ["-vn", "-f", "s16le", "-ac", str(CHANNELS), "-ar", str(RATE), "pipe:1"]
        try:
            process = subprocess.Popen(
                command,
                stdin=subprocess.DEVNULL,
                stdout=subprocess.PIPE,
                stderr=subprocess.PIPE,
                creationflags=NO_WINDOW,
            )
        except OSError as exc:
            self._last_error = str(exc)
            return
        self._got_data = False
        self._connected_at = self._last_data = self.clock()
        self._process = process
        errors = threading.Thread(target=self._keep_last_error, args=(process,), daemon=True)
        errors.start()
        assert process.stdout is not None
        pending = b""
        while not self._closed.is_set():
            if self._buffer_is_full():
                self._last_data = self.clock()  # not starved: the output is behind, the source is fine
                time.sleep(0.02)
                continue
            block = cast(BufferedReader, process.stdout).read1(16384)
            if not block:
                break
            self._got_data = True
            self._last_data = self.clock()
            block = pending + block
            whole = _frames(len(block))
            pending = block[whole:]
            with self._lock:
                self._buffer += block[:whole]
                if not self._counting and len(self._buffer) > self._lead:
                    del self._buffer[: len(self._buffer) - self._lead]  # before air: only the newest
        self._kill()
        errors.join(timeout=1)
        with self._lock:
            self._process = None

    def _buffer_is_full(self) -> bool:
        with self._lock:
            return len(self._buffer) >= self._max_buffer

    def _keep_last_error(self, process: subprocess.Popen) -> None:
        assert process.stderr is not None
        for line in process.stderr:
            text = line.decode("utf-8", errors="replace").strip()
            if text:
                self._last_error = text[-200:]

    def _watch(self) -> None:
        while not self._closed.wait(0.1):
            process = self._process
            if process is None or process.poll() is not None:
                continue
            quiet = self.clock() - self._last_data
            limit = self.stall_s if self._got_data else self.connect_timeout_s
            if quiet >= limit:
                self._last_error = "mất tín hiệu" if self._got_data else "không kết nối được"
                self._kill()

    def _kill(self) -> None:
        process = self._process
        if process is not None and process.poll() is None:
            process.kill()
            try:
                process.wait(timeout=2)
            except subprocess.TimeoutExpired:
                log.warning("ffmpeg for the relay did not end")


def _frames(size: float) -> int:
    return int(size) // FRAME_BYTES * FRAME_BYTES
