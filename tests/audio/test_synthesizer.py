"""synthesize(): engines, cache, fallback, cancel, mastering, end to end with real espeak-ng and ffmpeg."""

from __future__ import annotations

import threading
from pathlib import Path

import pytest

from audio.chunker import chunk_sentences
from audio.ffmpeg_tools import measure_loudness, probe_duration
from audio.google_voice import GoogleVoice
from audio.offline_voice import OfflineVoice
from audio.speech_errors import (
    EmptyText,
    GoogleServerError,
    GoogleUnreachable,
    InvalidSpeechSettings,
    SpeechCancelled,
)
from audio.synthesizer import REMINDER_TEXT, SpeechRequest, SpeechResult, plan_google_chunks, synthesize
from tests.audio.google_standin import GoogleStandIn, tone_mp3
from tests.audio.test_chunker import directive_sentences

# 20 words.
TWENTY_WORDS = [
    "Bà con cảnh giác với các cuộc gọi lạ.",
    "Không chuyển tiền cho người không quen qua mạng xã hội.",
]
BULLETIN = [
    "Phòng chống lừa đảo qua mạng là việc của mọi người dân trong phường.",
    "Không bấm vào đường dẫn lạ gửi qua tin nhắn.",
    "Không cung cấp mã xác thực cho bất kỳ ai, kể cả người tự xưng là công an.",
    "Khi nghi ngờ, hãy báo ngay cho công an phường.",
    "Bảo vệ bí mật nhà nước trên không gian mạng.",
]


def fast_google() -> GoogleVoice:
    return GoogleVoice(timeout=1.0, workers=4, tries=3, backoff_s=0.01)


def run(tmp_path: Path, request: SpeechRequest, **kwargs) -> SpeechResult:
    return synthesize(request, tmp_path / "store", tmp_path / "cache", **kwargs)


def store_files(tmp_path: Path) -> list[Path]:
    store = tmp_path / "store"
    return sorted(path for path in store.rglob("*") if path.is_file()) if store.exists() else []


@pytest.fixture
def counted_espeak(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """Texts the real espeak-ng engine was asked to speak."""
    calls: list[str] = []
    real = OfflineVoice.pcm

    def pcm(self: OfflineVoice, text: str, cancel=None) -> bytes:
        calls.append(text)
        return real(self, text, cancel)

    monkeypatch.setattr(OfflineVoice, "pcm", pcm)
    return calls


def test_offline_end_to_end(tmp_path: Path) -> None:
    assert len(" ".join(TWENTY_WORDS).split()) == 20
    progress: list[tuple[int, int]] = []
    result = run(tmp_path, SpeechRequest(TWENTY_WORDS, engine="offline"), progress=lambda *p: progress.append(p))

    assert (result.engine_used, result.voice, result.speed, result.notices) == ("offline", "north", 1.0, [])
    assert store_files(tmp_path) == [result.path]
    assert 3.0 <= probe_duration(result.path) <= 15.0
    loudness, peak = measure_loudness(result.path)
    assert abs(loudness - (-16.0)) <= 1.0
    assert peak <= -1.5
    assert result.duration_s == pytest.approx(probe_duration(result.path), abs=0.1)
    # Two sentences, then mastering.
    assert progress == [(1, 3), (2, 3), (3, 3)]


def test_offline_cache_resynthesises_only_the_edited_sentence(tmp_path: Path, counted_espeak: list[str]) -> None:
    first = run(tmp_path, SpeechRequest(BULLETIN, engine="offline", voice="south"))
    assert counted_espeak == BULLETIN

    counted_espeak.clear()
    edited = list(BULLETIN)
    edited[2] = "Không cung cấp mã OTP cho bất kỳ ai."
    second = run(tmp_path, SpeechRequest(edited, engine="offline", voice="south"))
    assert counted_espeak == [edited[2]]
    assert second.sha256 != first.sha256

    counted_espeak.clear()
    third = run(tmp_path, SpeechRequest(BULLETIN, engine="offline", voice="south"))
    assert counted_espeak == []
    assert third.path == first.path

    counted_espeak.clear()
    run(tmp_path, SpeechRequest(BULLETIN, engine="offline", voice="central"))
    assert counted_espeak == BULLETIN  # another voice is another sound


def test_repeat_with_reminder_and_pause(tmp_path: Path, counted_espeak: list[str]) -> None:
    once = run(tmp_path, SpeechRequest(TWENTY_WORDS, engine="offline"))
    twice = run(tmp_path, SpeechRequest(TWENTY_WORDS, engine="offline", repeat=2, pause_s=1.5))
    assert counted_espeak.count(REMINDER_TEXT) == 1
    reminder = twice.duration_s - 2 * once.duration_s - 2 * 1.5
    assert 0.5 <= reminder <= 2.5


def test_google_end_to_end_and_per_chunk_cache(tmp_path: Path, google_standin: GoogleStandIn) -> None:
    chunks = chunk_sentences(BULLETIN)
    # The stand-in's MP3s made before the clock matters: on a busy machine four ffmpeg runs at once outlast the
    # one-second timeout, and a retried request would show up twice in `texts`.
    for chunk in chunks:
        tone_mp3(*google_standin.tone_for(chunk))
    request = SpeechRequest(BULLETIN, engine="google")
    result = run(tmp_path, request, google=fast_google())
    assert google_standin.texts == chunks or sorted(google_standin.texts) == sorted(chunks)
    assert (result.engine_used, result.voice, result.notices) == ("google", "vi", [])
    loudness, peak = measure_loudness(result.path)
    assert abs(loudness + 16.0) <= 1.0 and peak <= -1.5

    google_standin.reset_counts()
    edited = list(BULLETIN)
    edited[3] = "Khi nghi ngờ bị lừa, hãy gọi ngay cho công an phường."
    run(tmp_path, SpeechRequest(edited, engine="google"), google=fast_google())
    assert google_standin.request_count == 1
    assert edited[3] in google_standin.texts[0]

    google_standin.reset_counts()
    again = run(tmp_path, request, google=fast_google())
    assert google_standin.request_count == 0
    assert again.path == result.path


def test_google_speed_uses_tempo_not_new_requests(tmp_path: Path, google_standin: GoogleStandIn) -> None:
    normal = run(tmp_path, SpeechRequest(BULLETIN, engine="google"), google=fast_google())
    requests = google_standin.request_count
    faster = run(tmp_path, SpeechRequest(BULLETIN, engine="google", speed=1.25), google=fast_google())
    assert google_standin.request_count == requests
    assert faster.duration_s == pytest.approx(normal.duration_s / 1.25, rel=0.05)
    assert faster.speed == 1.25


def test_google_partial_failure_writes_nothing_and_retry_asks_only_the_missing_chunk(
    tmp_path: Path, google_standin: GoogleStandIn
) -> None:
    google_standin.fail_text("mã xác thực", status=500)
    with pytest.raises(GoogleServerError):
        run(tmp_path, SpeechRequest(BULLETIN, engine="google"), google=fast_google())
    assert store_files(tmp_path) == []

    google_standin._rules.clear()
    google_standin.reset_counts()
    result = run(tmp_path, SpeechRequest(BULLETIN, engine="google"), google=fast_google())
    assert google_standin.request_count == 1
    assert "mã xác thực" in google_standin.texts[0]
    assert store_files(tmp_path) == [result.path]


def test_auto_uses_google_when_reachable(tmp_path: Path, google_standin: GoogleStandIn) -> None:
    result = run(tmp_path, SpeechRequest(TWENTY_WORDS, engine="auto"), google=fast_google())
    assert result.engine_used == "google" and result.notices == []
    assert google_standin.head_count == 1  # the quick probe before requesting


def test_auto_falls_back_to_offline_with_a_notice(tmp_path: Path, google_standin: GoogleStandIn) -> None:
    google_standin.stop()
    result = run(tmp_path, SpeechRequest(TWENTY_WORDS, engine="auto", voice="central"), google=fast_google())
    assert result.engine_used == "offline" and result.voice == "central"
    assert result.notices == ["Không kết nối được Google, đã dùng giọng đọc offline"]
    assert store_files(tmp_path) == [result.path]


def test_auto_falls_back_when_google_refuses(tmp_path: Path, google_standin: GoogleStandIn) -> None:
    google_standin.fail_first(100, status=429)
    result = run(tmp_path, SpeechRequest(TWENTY_WORDS, engine="auto"), google=fast_google())
    assert result.engine_used == "offline"
    assert result.notices == ["Google từ chối yêu cầu đọc, đã dùng giọng đọc offline"]


def test_google_only_does_not_fall_back(tmp_path: Path, google_standin: GoogleStandIn) -> None:
    google_standin.stop()
    with pytest.raises(GoogleUnreachable, match="Không kết nối được máy chủ giọng đọc Google"):
        run(tmp_path, SpeechRequest(TWENTY_WORDS, engine="google"), google=fast_google())
    assert store_files(tmp_path) == []


def test_cancel_writes_nothing(tmp_path: Path) -> None:
    cancel = threading.Event()
    with pytest.raises(SpeechCancelled, match="Đã hủy"):
        run(tmp_path, SpeechRequest(BULLETIN, engine="offline"), progress=lambda *_: cancel.set(), cancel=cancel)
    assert store_files(tmp_path) == []


def test_cancel_during_google_requests(tmp_path: Path, google_standin: GoogleStandIn) -> None:
    google_standin.latency_s = 0.3
    cancel = threading.Event()
    threading.Timer(0.1, cancel.set).start()
    with pytest.raises(SpeechCancelled):
        run(tmp_path, SpeechRequest(BULLETIN, engine="google"), google=fast_google(), cancel=cancel)
    assert store_files(tmp_path) == []


@pytest.mark.parametrize("sentences", [[], ["", "   "], ["...", " - ", "…"]])
def test_empty_text(sentences: list[str]) -> None:
    with pytest.raises(EmptyText, match="^Văn bản trống$"):
        synthesize(SpeechRequest(sentences), Path("/nonexistent/store"), Path("/nonexistent/cache"))


def test_punctuation_only_sentences_are_skipped_and_repeats_fetched_once(
    tmp_path: Path, google_standin: GoogleStandIn
) -> None:
    sentences = ["Xin chào bà con.", "…", "-", "Xin chào bà con."]
    result = run(tmp_path, SpeechRequest(sentences, engine="google", repeat=2), google=fast_google())
    assert result.engine_used == "google"
    assert sorted(google_standin.texts) == sorted(["Xin chào bà con. Xin chào bà con.", REMINDER_TEXT])


@pytest.mark.parametrize(
    "changes",
    [{"engine": "azure"}, {"voice": "hanoi"}, {"speed": 2.5}, {"repeat": 0}, {"pause_s": -1.0}],
)
def test_bad_requests_are_refused(changes: dict, tmp_path: Path) -> None:
    request = SpeechRequest(TWENTY_WORDS, **changes)
    with pytest.raises(InvalidSpeechSettings):
        run(tmp_path, request)
    assert not (tmp_path / "store").exists()


def test_plan_reuses_every_chunk_but_the_edited_one() -> None:
    sentences = directive_sentences()
    cached: set[str] = set()
    first = plan_google_chunks(sentences, cached.__contains__)
    assert [chunk for chunk, _ in first] == chunk_sentences(sentences)
    assert not any(hit for _, hit in first)
    cached.update(chunk for chunk, _ in first)

    for index in (0, 7, len(sentences) // 2, len(sentences) - 1):
        edited = list(sentences)
        edited[index] = edited[index].rstrip(".") + " nhé."
        plan = plan_google_chunks(edited, cached.__contains__)
        fresh = [chunk for chunk, hit in plan if not hit]
        assert 1 <= len(fresh) <= 2, (index, fresh)
        assert any("nhé." in chunk for chunk in fresh)
        # The plan still says everything, in order.
        assert " ".join(chunk for chunk, _ in plan).split() == " ".join(edited).split()


def test_unwritable_cache_only_costs_time(tmp_path: Path, google_standin: GoogleStandIn) -> None:
    blocked = tmp_path / "cache"
    blocked.write_text("not a folder")
    for engine in ("offline", "google"):
        result = synthesize(
            SpeechRequest(TWENTY_WORDS, engine=engine), tmp_path / "store", blocked, google=fast_google()
        )
        assert result.engine_used == engine
        assert result.path.is_file()
