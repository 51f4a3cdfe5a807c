"""The live reading's take file (audio/growing_wav.py): readable however the writing process ends."""

from __future__ import annotations

import shutil
import wave

from audio.growing_wav import GrowingWav, repair

RATE = 44100


def frames_in(path) -> int:
    with wave.open(str(path), "rb") as reader:
        return reader.getnframes()


def test_the_header_follows_the_take_at_every_sync_and_repair_counts_what_came_after(tmp_path):
    take = GrowingWav(tmp_path / "take.wav", rate=RATE, sync_every_s=1.0)
    take.write(b"\x10\x00" * RATE)  # one second: synced
    # What a process killed now leaves (nothing closed): the header names the synced second.
    assert frames_in(tmp_path / "take.wav") == RATE
    take.write(b"\x10\x00" * (RATE // 2) + b"\x01")  # half a second more, and half a frame
    shutil.copy(tmp_path / "take.wav", tmp_path / "killed.wav")
    assert frames_in(tmp_path / "killed.wav") == RATE  # the header is behind: not yet synced
    assert repair(tmp_path / "killed.wav", rate=RATE) == RATE + RATE // 2  # every whole frame written
    assert frames_in(tmp_path / "killed.wav") == RATE + RATE // 2
    take.close()


def test_a_file_killed_before_its_header_holds_nothing(tmp_path):
    (tmp_path / "short.wav").write_bytes(b"RIFF\x00")
    assert repair(tmp_path / "short.wav", rate=RATE) == 0
