"""A WAV file that is readable at every moment while it grows: the live reading's take, which must survive the
app being killed (kill -9, a power cut) half-way through.

`GrowingWav` writes 16-bit PCM after a 44-byte header, handing every block to the kernel at once, and every
`sync_every_s` of sound writes the length so far into the header and fsyncs: a killed process loses nothing
written, a power cut at most the last seconds. `repair()` sets the header's lengths from the file's size, so
nothing is lost to a stale header.
"""

from __future__ import annotations

import os
import struct
from pathlib import Path

HEADER_BYTES = 44
_FORMAT_CHUNK = 16  # PCM


def _header(data_bytes: int, rate: int, channels: int, sample_bytes: int) -> bytes:
    block = channels * sample_bytes
    return (
        b"RIFF"
        + struct.pack("<I", 36 + data_bytes)
        + b"WAVEfmt "
        + struct.pack("<IHHIIHH", _FORMAT_CHUNK, 1, channels, rate, rate * block, block, sample_bytes * 8)
        + b"data"
        + struct.pack("<I", data_bytes)
    )


class GrowingWav:
    def __init__(
        self, path: Path, *, rate: int, channels: int = 1, sample_bytes: int = 2, sync_every_s: float = 2.0
    ) -> None:
        self.path = Path(path)
        self.rate, self.channels, self.sample_bytes = rate, channels, sample_bytes
        self.data_bytes = 0
        self._sync_every = max(1, int(sync_every_s * rate * channels * sample_bytes))
        self._unsynced = 0
        self._file = open(self.path, "wb")  # open for the take's whole life
        self._file.write(_header(0, rate, channels, sample_bytes))
        self.sync()

    def write(self, data: bytes) -> None:
        self._file.write(data)
        self._file.flush()  # in the kernel at once: a killed process loses nothing written
        self.data_bytes += len(data)
        self._unsynced += len(data)
        if self._unsynced >= self._sync_every:
            self.sync()

    def sync(self) -> None:
        """The header names every byte written so far, and all of it is on the disk."""
        end = self._file.tell()
        self._file.seek(0)
        self._file.write(_header(self.data_bytes, self.rate, self.channels, self.sample_bytes))
        self._file.seek(end)
        self._file.flush()
        os.fsync(self._file.fileno())
        self._unsynced = 0

    def cut(self, data_bytes: int) -> None:
        """Drops what was written after the first `data_bytes` (sound that turned out to be another input's)."""
        if data_bytes >= self.data_bytes:
            return
        self._file.flush()
        self._file.truncate(HEADER_BYTES + data_bytes)
        self._file.seek(HEADER_BYTES + data_bytes)
        self.data_bytes = data_bytes
        self.sync()

    def close(self) -> None:
        if self._file.closed:
            return
        try:
            self.sync()
        finally:
            self._file.close()


def repair(path: Path, *, rate: int, channels: int = 1, sample_bytes: int = 2) -> int:
    """Makes the header of a take a killed process left behind name all its whole frames; returns their count
    (0 for a file too short to hold any). A half-written last frame is cut off."""
    size = path.stat().st_size
    block = channels * sample_bytes
    frames = max(0, size - HEADER_BYTES) // block
    if size < HEADER_BYTES:
        return 0
    with open(path, "r+b") as file:
        file.truncate(HEADER_BYTES + frames * block)
        file.seek(0)
        file.write(_header(frames * block, rate, channels, sample_bytes))
        file.flush()
        os.fsync(file.fileno())
    return frames
