"""Slower readings for outdoor loudspeakers: 0.8-1.0 stretches both voices in time and keeps their pitch.

Google's voice is slowed by ffmpeg's atempo filter after decoding; the loopback stand-in answers with tones, so
the pitch is measured exactly (Goertzel). The offline voice is slowed by espeak-ng's rate; its pitch is the
median fundamental of the voiced frames (autocorrelation).
"""

from __future__ import annotations

import array
from pathlib import Path

import pytest

from audio.ffmpeg_tools import decode, probe_duration
from audio.google_voice import GoogleVoice
from audio.offline_voice import OfflineVoice
from audio.speech_options import READING_SPEEDS
from audio.synthesizer import SpeechRequest, synthesize
from tests.audio.google_standin import GoogleStandIn, tone_sequence

# Each over 50 characters, so that they go to Google as two requests and come back as two tones.
SENTENCES = [
    "Ủy ban nhân dân phường thông báo lịch cắt điện ngày mai.",
    "Đề nghị bà con chủ động sắp xếp công việc và sinh hoạt gia đình.",
]
TONES = [500.0, 900.0]


def fundamental(pcm: bytes, rate: int) -> float:
    """Median pitch in Hz of the loud 40 ms frames (every third one), by autocorrelation over 70-400 Hz."""
    samples = array.array("h", pcm)
    size = int(rate * 0.04)
    pitches = []
    for start in range(0, len(samples) - size, 3 * size):
        frame = samples[start : start + size]
        if max(abs(value) for value in frame) < 3000:
            continue
        lags = range(rate // 400, rate // 70)
        best = max(lags, key=lambda lag: sum(frame[i] * frame[i + lag] for i in range(0, size - lag, 2)))
        pitches.append(rate / best)
    pitches.sort()
    return pitches[len(pitches) // 2]


def test_outdoor_speeds_are_offered_from_normal_down_to_eight_tenths() -> None:
    assert READING_SPEEDS[0] == 1.0 and min(READING_SPEEDS) == 0.8


def test_google_voice_is_slowed_with_its_pitch_kept(tmp_path: Path, google_standin: GoogleStandIn) -> None:
    tones = dict(zip(SENTENCES, TONES, strict=True))
    google_standin.tone_for = lambda text: (tones[text], 2.0)
    voice = GoogleVoice(timeout=2.0, workers=2, tries=2, backoff_s=0.01)
    durations = {}
    for speed in (1.0, 0.8):
        result = synthesize(
            SpeechRequest(SENTENCES, engine="google", speed=speed), tmp_path / "store", tmp_path / "cache", google=voice
        )
        assert result.speed == speed
        durations[speed] = probe_duration(result.path)
        audio = decode(result.path, rate=24000)
        assert tone_sequence(audio.raw_data, audio.frame_rate, [*TONES, 700.0, 1100.0]) == TONES
    assert durations[0.8] / durations[1.0] == pytest.approx(1 / 0.8, rel=0.05)
    assert len(google_standin.texts) == 2  # the slower reading reused the cached audio: tempo is applied after


def test_offline_voice_is_slowed_with_its_pitch_kept() -> None:
    text = " ".join(SENTENCES)
    normal, slow = OfflineVoice("north", 1.0), OfflineVoice("north", 0.8)
    normal_pcm, slow_pcm = normal.pcm(text), slow.pcm(text)
    rate = normal.sample_rate
    assert (len(slow_pcm) / len(normal_pcm)) == pytest.approx(1 / 0.8, rel=0.12)
    assert fundamental(slow_pcm, rate) == pytest.approx(fundamental(normal_pcm, rate), rel=0.1)
