"""Assembly, loudness mastering and the content-addressed store, with the real ffmpeg and espeak-ng."""

from __future__ import annotations

import hashlib
import threading
from pathlib import Path

import pytest
from pydub import AudioSegment

from audio.ffmpeg_tools import ffmpeg_path, measure_loudness, probe_duration, run_ffmpeg
from audio.mastering import TRIAL_MAX_S, assemble, estimate_loudness, master, trial_excerpt
from audio.offline_voice import OfflineVoice
from audio.speech_errors import AudioFileUnreadable, AudioStoreError, InvalidSpeechSettings, SpeechCancelled

TEXT = (
    "Trong thời gian qua, tình hình vi phạm pháp luật trên không gian mạng diễn biến phức tạp với nhiều "
    "phương thức, thủ đoạn ngày càng tinh vi, gây ra nhiều hậu quả xấu đối với xã hội."
)


@pytest.fixture(scope="module")
def speech() -> AudioSegment:
    return OfflineVoice().segment(TEXT)


def tone_file(path: Path, frequency: float, seconds: float, amplitude: float = 0.5, stereo: bool = True) -> Path:
    source = f"sine=frequency={frequency}:sample_rate=44100:duration={seconds}"
    channels = "2" if stereo else "1"
    run_ffmpeg(["-f", "lavfi", "-i", source, "-af", f"volume={amplitude * 8}", "-ac", channels, str(path)])
    return path


def stream_line(path: Path) -> str:
    _, stderr = run_ffmpeg(["-i", str(path), "-f", "null", "-"])
    return next(line for line in stderr.splitlines() if "Audio: mp3" in line)


def test_meter_reads_a_known_sine(tmp_path: Path) -> None:
    # EBU Tech 3341: a 1 kHz sine at -20 dBFS peak is -23.0 LUFS.
    path = tone_file(tmp_path / "sine.wav", 1000, 5.0, amplitude=0.1, stereo=False)
    loudness, peak = measure_loudness(path)
    assert loudness == pytest.approx(-23.0, abs=0.2)
    assert peak == pytest.approx(-20.0, abs=0.2)
    assert probe_duration(path) == pytest.approx(5.0, abs=0.02)
    assert ffmpeg_path()


def test_master_hits_loudness_under_true_peak(speech: AudioSegment, tmp_path: Path) -> None:
    store = tmp_path / "store"
    result = master(speech, store)

    assert result.path == store / result.sha256[:2] / f"{result.sha256}.mp3"
    assert hashlib.sha256(result.path.read_bytes()).hexdigest() == result.sha256
    assert [p.name for p in store.iterdir()] == [result.sha256[:2]]  # no temp file left behind
    loudness, peak = measure_loudness(result.path)
    assert abs(loudness + 16.0) <= 1.0
    assert peak <= -1.5
    assert (result.loudness_lufs, result.true_peak_dbtp) == pytest.approx((loudness, peak), abs=0.15)
    assert result.duration_s == pytest.approx(speech.duration_seconds, abs=0.15)
    line = stream_line(result.path)
    assert "44100 Hz" in line and "mono" in line and "128 kb/s" in line
    assert result.path.stat().st_mode & 0o044  # readable by the player whoever runs it


def test_other_target_and_ceiling(speech: AudioSegment, tmp_path: Path) -> None:
    result = master(speech, tmp_path, target_lufs=-23.0, true_peak_db=-3.0)
    loudness, peak = measure_loudness(result.path)
    assert abs(loudness + 23.0) <= 1.0
    assert peak <= -3.0


def test_same_program_same_file(speech: AudioSegment, tmp_path: Path) -> None:
    first = master(speech, tmp_path)
    second = master(speech, tmp_path)
    assert first.path == second.path
    assert len(list(tmp_path.rglob("*.mp3"))) == 1


def test_assembly_with_music_repeat_and_reminder(speech: AudioSegment, tmp_path: Path) -> None:
    intro = tone_file(tmp_path / "intro.wav", 440, 2.0)
    outro = tone_file(tmp_path / "outro.mp3", 660, 1.5)
    reminder = OfflineVoice().segment("Xin nhắc lại.")
    program = assemble(speech, repeat=2, reminder=reminder, pause_s=1.0, intro=intro, outro=outro, gap_s=0.5)

    assert program.frame_rate == 44100 and program.channels == 1
    expected = 2.0 + 0.5 + speech.duration_seconds + 1.0 + reminder.duration_seconds + 1.0
    expected += speech.duration_seconds + 0.5 + 1.5
    # MP3 outro decodes with a few ms of encoder padding.
    assert program.duration_seconds == pytest.approx(expected, abs=0.08)
    result = master(program, tmp_path / "store")
    assert result.duration_s == pytest.approx(expected, abs=0.2)
    loudness, peak = measure_loudness(result.path)
    assert abs(loudness + 16.0) <= 1.0 and peak <= -1.5


def test_read_once_is_just_the_body(speech: AudioSegment) -> None:
    program = assemble(speech, repeat=1, reminder=OfflineVoice().segment("Xin nhắc lại."), pause_s=3.0)
    assert program.frame_rate == speech.frame_rate
    assert len(program) == len(speech)


def test_missing_intro_is_named(speech: AudioSegment, tmp_path: Path) -> None:
    with pytest.raises(AudioFileUnreadable, match="nhac-hieu.mp3"):
        assemble(speech, intro=tmp_path / "nhac-hieu.mp3")


def test_silence_is_refused(tmp_path: Path) -> None:
    silence = AudioSegment.silent(duration=3000, frame_rate=22050)
    assert estimate_loudness(silence) == float("-inf")
    with pytest.raises(InvalidSpeechSettings, match="im lặng"):
        master(silence, tmp_path)
    assert list(tmp_path.iterdir()) == []


def test_cancel_during_mastering_leaves_nothing(speech: AudioSegment, tmp_path: Path) -> None:
    cancel = threading.Event()
    cancel.set()
    with pytest.raises(SpeechCancelled):
        master(speech, tmp_path, cancel=cancel.is_set)
    assert list(tmp_path.rglob("*")) == []


def test_bad_levels_are_refused(speech: AudioSegment, tmp_path: Path) -> None:
    with pytest.raises(InvalidSpeechSettings, match="Độ to chuẩn phải từ -40 đến -5"):
        master(speech, tmp_path, target_lufs=3.0)
    with pytest.raises(InvalidSpeechSettings, match="dBTP"):
        master(speech, tmp_path, true_peak_db=1.0)


def test_unwritable_store_is_a_clear_error(speech: AudioSegment, tmp_path: Path) -> None:
    blocked = tmp_path / "store"
    blocked.write_text("not a folder")  # as root, permissions would not stop us: a file in the way does
    with pytest.raises(AudioStoreError, match="Không ghi được tệp âm thanh"):
        master(speech, blocked / "audio")


def test_long_program_is_tried_on_spread_excerpts(speech: AudioSegment, tmp_path: Path) -> None:
    long_program = assemble(speech, repeat=12, pause_s=1.0)  # about two and a half minutes
    excerpt = trial_excerpt(long_program)
    assert excerpt.duration_seconds <= TRIAL_MAX_S + 3
    assert excerpt.duration_seconds >= TRIAL_MAX_S / 2
    assert trial_excerpt(speech) is speech  # short programs are tried whole
    result = master(long_program, tmp_path)
    loudness, peak = measure_loudness(result.path)
    assert abs(loudness + 16.0) <= 1.0 and peak <= -1.5
