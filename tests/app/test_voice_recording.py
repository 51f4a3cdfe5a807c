"""The operator's voice without the window: levels, trimming, mastering a take, and a live reading's recording
kept with its airing row (m010) -- real files, real ffmpeg, a real SQLite file."""

from __future__ import annotations

import math
import sqlite3
import struct
from datetime import datetime, timedelta

import pytest
from pydub import AudioSegment
from pydub.generators import Sine

from app.errors import InputError, NotFound, StorageError
from app.log import airings
from app.voice_recording import (
    airing_recording_intact,
    find_airing_recording,
    keep_airing_recording,
    prepare_take,
    recorded_airings,
)
from audio.content_store import file_sha256
from audio.voice_levels import FLOOR_DBFS, pcm_levels
from audio.voice_trim import MARGIN_MS, sound_bounds, trim_silence
from tests.voice_fixtures import edge_silences, integrated_loudness, spoken_wav

T0 = datetime(2026, 12, 2, 6, 30, 0)


def tone_take(lead_ms: int = 800, tone_ms: int = 1500, tail_ms: int = 900, gain_db: float = -20.0) -> AudioSegment:
    silence = AudioSegment.silent(duration=lead_ms, frame_rate=44100)
    tone = Sine(440, sample_rate=44100).to_audio_segment(duration=tone_ms).apply_gain(gain_db).set_channels(1)
    return silence + tone + AudioSegment.silent(duration=tail_ms, frame_rate=44100)


def test_levels_of_a_full_scale_sine_and_of_silence():
    samples = [round(32767 * math.sin(2 * math.pi * 441 * i / 44100)) for i in range(4410)]
    levels = pcm_levels(struct.pack(f"<{len(samples)}h", *samples))
    assert levels.peak_dbfs == pytest.approx(0.0, abs=0.1)
    assert levels.rms_dbfs == pytest.approx(-3.01, abs=0.1)
    assert pcm_levels(b"\x00\x00" * 1000).rms_dbfs == FLOOR_DBFS
    assert pcm_levels(b"").peak_dbfs == FLOOR_DBFS


def test_trim_keeps_the_sound_and_a_short_margin():
    take = tone_take()
    first, last = sound_bounds(take)
    assert first == pytest.approx(800, abs=10) and last == pytest.approx(2300, abs=10)
    trimmed = trim_silence(take)
    assert len(trimmed) == pytest.approx(1500 + 2 * MARGIN_MS, abs=20)
    assert trim_silence(AudioSegment.silent(duration=2000, frame_rate=44100)) is None


def test_a_take_is_trimmed_and_mastered_to_the_target(station, tmp_path):
    wav, voice_s = spoken_wav()
    assert edge_silences(wav)[0] > 0.5  # the take starts with silence
    inspected = prepare_take(wav, station.paths.audio_store, target_lufs=-20.0, true_peak_db=-1.5)
    assert inspected.stored_path.is_file() and inspected.sha256 == file_sha256(inspected.stored_path)
    assert edge_silences(inspected.stored_path) == (0.0, 0.0)
    assert inspected.duration_s == pytest.approx(voice_s, abs=0.5)
    assert integrated_loudness(inspected.stored_path) == pytest.approx(-20.0, abs=1.0)
    assert station.db["segments"].count == 0  # a candidate only: the operator has not kept it


def test_a_silent_take_is_refused_with_nothing_stored(station, tmp_path):
    silent = tmp_path / "silent.wav"
    AudioSegment.silent(duration=2000, frame_rate=44100).export(silent, format="wav")
    with pytest.raises(InputError, match="không có tiếng nói"):
        prepare_take(silent, station.paths.audio_store, target_lufs=-16.0, true_peak_db=-1.5)
    assert not station.paths.audio_store.exists() or list(station.paths.audio_store.rglob("*.mp3")) == []


def live_airing(station) -> int:
    airing_id = airings.start_airing(station.db, title="Họp tổ dân phố", topic="", started_at=T0, trigger="live")
    airings.finish_airing(station.db, airing_id, ended_at=T0 + timedelta(seconds=5), duration_s=5.0)
    return airing_id


def test_a_live_readings_recording_is_kept_with_its_airing_row(station, tmp_path):
    airing_id = live_airing(station)
    before = dict(station.db["airings"].get(airing_id))
    take = tmp_path / "take.wav"
    tone_take(gain_db=-10).export(take, format="wav")

    kept = keep_airing_recording(station, airing_id, take)
    assert kept.path.is_file() and kept.path.parent.parent.name == "airing_recordings"
    assert kept.sha256 == file_sha256(kept.path)
    assert kept.duration_s == pytest.approx(3.2, abs=0.01)  # untrimmed: it is evidence
    assert find_airing_recording(station.db, station.paths.data_dir, airing_id) == kept
    assert recorded_airings(station.db) == {airing_id}
    assert airing_recording_intact(station.db, station.paths.data_dir, airing_id)
    assert dict(station.db["airings"].get(airing_id)) == before  # the hashed airing row is untouched

    with pytest.raises(InputError, match="đã có bản ghi âm"):
        keep_airing_recording(station, airing_id, take)
    # The row is as unchangeable as the log: a second connection cannot alter or delete it.
    other = sqlite3.connect(station.paths.database)
    with pytest.raises(sqlite3.DatabaseError, match="evidence"):
        other.execute("UPDATE airing_recordings SET audio_sha256 = 'x'")
    with pytest.raises(sqlite3.DatabaseError, match="evidence"):
        other.execute("DELETE FROM airing_recordings")
    other.close()

    kept.path.write_bytes(kept.path.read_bytes()[:-100])  # the file altered afterwards is noticed
    assert not airing_recording_intact(station.db, station.paths.data_dir, airing_id)


def test_an_unknown_airing_or_an_unwritable_folder_keeps_nothing(station, tmp_path):
    take = tmp_path / "take.wav"
    tone_take().export(take, format="wav")
    with pytest.raises(NotFound):
        keep_airing_recording(station, 999, take)
    airing_id = live_airing(station)
    (station.paths.data_dir / "airing_recordings").write_text("a file where the folder should be")
    with pytest.raises(StorageError, match="Không lưu được bản ghi đọc trực tiếp"):
        keep_airing_recording(station, airing_id, take)
    assert station.db["airing_recordings"].count == 0
