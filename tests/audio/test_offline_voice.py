"""The offline voice: the real libespeak-ng from the espeakng-loader wheel."""

from __future__ import annotations

import array
import io
import threading
import wave

import pytest

from audio.offline_voice import SAMPLE_RATE, OfflineVoice, engine_version, words_per_minute
from audio.speech_errors import InvalidSpeechSettings, SpeechCancelled

# 21 words.
SENTENCE = "Ủy ban nhân dân phường đề nghị các ngành, đoàn thể tổ chức tuyên truyền phòng chống lừa đảo qua mạng."


def seconds(pcm: bytes) -> float:
    return len(pcm) / 2 / SAMPLE_RATE


def peak(pcm: bytes) -> int:
    return max(abs(value) for value in array.array("h", pcm))


@pytest.mark.parametrize("voice", ["north", "central", "south"])
def test_each_voice_speaks_a_plausible_length(voice: str) -> None:
    pcm = OfflineVoice(voice).pcm(SENTENCE)
    assert 3.0 <= seconds(pcm) <= 15.0
    assert peak(pcm) > 3000


def test_voices_sound_different() -> None:
    lengths = {voice: seconds(OfflineVoice(voice).pcm(SENTENCE)) for voice in ("north", "central", "south")}
    # The regional voices use their own phoneme tables: the same sentence takes a different time.
    assert abs(lengths["north"] - lengths["south"]) > 0.1


def test_speed_factor_changes_the_rate() -> None:
    normal = seconds(OfflineVoice(speed=1.0).pcm(SENTENCE))
    fast = seconds(OfflineVoice(speed=1.5).pcm(SENTENCE))
    slow = seconds(OfflineVoice(speed=0.7).pcm(SENTENCE))
    assert fast < normal * 0.8
    assert slow > normal * 1.2
    assert words_per_minute(1.0) == 160
    assert words_per_minute(0.1) == 80


def test_wav_and_segment_forms() -> None:
    voice = OfflineVoice("south")
    with wave.open(io.BytesIO(voice.wav("Xin chào bà con.")), "rb") as wav:
        assert (wav.getnchannels(), wav.getsampwidth(), wav.getframerate()) == (1, 2, SAMPLE_RATE)
        assert wav.getnframes() > SAMPLE_RATE // 2
    segment = voice.segment("Xin chào bà con.")
    assert segment.frame_rate == SAMPLE_RATE and segment.channels == 1
    assert segment.dBFS > -40
    assert engine_version().startswith("1.")


def test_threads_do_not_mix_their_audio() -> None:
    texts = {
        "north": SENTENCE,
        "central": "Xin nhắc lại.",
        "south": SENTENCE + " " + SENTENCE,
    }
    alone = {voice: seconds(OfflineVoice(voice).pcm(text)) for voice, text in texts.items()}
    results: dict[str, list[float]] = {voice: [] for voice in texts}
    errors: list[BaseException] = []

    def work(voice: str) -> None:
        try:
            for _ in range(3):
                results[voice].append(seconds(OfflineVoice(voice).pcm(texts[voice])))
        except BaseException as error:  # surfaced below
            errors.append(error)

    threads = [threading.Thread(target=work, args=(voice,)) for voice in texts for _ in range(2)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(30)
    assert not errors
    for voice, lengths in results.items():
        assert len(lengths) == 6
        # espeak-ng varies a few milliseconds run to run; audio mixed between calls would change it by seconds.
        assert all(abs(length - alone[voice]) < 0.1 for length in lengths), (voice, lengths, alone[voice])


def test_cancel_stops_a_long_text_and_the_engine_still_works() -> None:
    long_text = " ".join([SENTENCE] * 30)
    calls = 0

    def cancel() -> bool:
        nonlocal calls
        calls += 1
        return calls > 3

    with pytest.raises(SpeechCancelled):
        OfflineVoice().pcm(long_text, cancel)
    assert calls <= 6
    assert 3.0 <= seconds(OfflineVoice().pcm(SENTENCE)) <= 15.0


@pytest.mark.parametrize(("voice", "speed"), [("west", 1.0), ("north", 0.2), ("south", 3.0)])
def test_bad_settings_are_refused_in_vietnamese(voice: str, speed: float) -> None:
    with pytest.raises(InvalidSpeechSettings) as caught:
        OfflineVoice(voice, speed)
    assert "giọng" in str(caught.value) or "Tốc độ" in str(caught.value)
