"""GoogleVoice against the loopback stand-in: gTTS's own code makes every request."""

from __future__ import annotations

import os
import threading
import time
from pathlib import Path

import pytest
from gtts.tts import gTTS

from audio.chunker import chunk_sentences
from audio.ffmpeg_tools import decode, probe_duration
from audio.google_voice import GOOGLE_RATE, GoogleVoice, is_google_reachable
from audio.speech_errors import (
    GoogleBadResponse,
    GoogleRejected,
    GoogleServerError,
    GoogleTimeout,
    GoogleUnreachable,
    SpeechCancelled,
)
from tests.audio.google_standin import GoogleStandIn, tone_mp3, tone_sequence
from tests.audio.test_chunker import directive_sentences

# Six chunks, each over 50 characters so that with limit 100 no two share a request.
CHUNKS = [
    f"Đoạn thứ {name} của bản tin tuyên truyền phòng chống lừa đảo qua mạng viễn thông."
    for name in ("một", "hai", "ba", "bốn", "năm", "sáu")
]
FREQUENCIES = [400.0, 600.0, 800.0, 1000.0, 1200.0, 1400.0]


def fast_voice(**overrides) -> GoogleVoice:
    settings = {"timeout": 2.0, "workers": 4, "tries": 3, "backoff_s": 0.01}
    settings.update(overrides)
    return GoogleVoice(**settings)


def test_chunks_are_reassembled_in_order_under_concurrency(google_standin: GoogleStandIn) -> None:
    tones = dict(zip(CHUNKS, FREQUENCIES, strict=True))
    google_standin.tone_for = lambda text: (tones[text], 0.6)
    # Earlier chunks answer later, so completion order is the reverse of the request order.
    google_standin.latency_s = lambda text: 0.05 * (len(CHUNKS) - CHUNKS.index(text))
    progress: list[tuple[int, int]] = []

    segment = fast_voice().synthesize_segment(CHUNKS, progress=lambda done, total: progress.append((done, total)))

    assert google_standin.request_count == len(CHUNKS)
    assert google_standin.langs == ["vi"] * len(CHUNKS)
    assert google_standin.max_in_flight == 4
    assert google_standin.answered != CHUNKS  # they really finished out of order
    assert tone_sequence(segment.raw_data, segment.frame_rate, FREQUENCIES) == FREQUENCIES
    assert segment.frame_rate == GOOGLE_RATE
    assert 6 * 0.6 <= segment.duration_seconds <= 6 * 0.6 + 0.6
    assert progress == [(done, len(CHUNKS)) for done in range(1, len(CHUNKS) + 1)]


def test_two_server_errors_then_success(google_standin: GoogleStandIn) -> None:
    google_standin.fail_first(2, status=503)
    data = fast_voice(workers=1).synthesize(CHUNKS[:2])
    assert google_standin.request_count == 4
    assert decode(data, fmt="mp3", rate=GOOGLE_RATE).duration_seconds > 1.0


def test_backoff_grows_between_tries(google_standin: GoogleStandIn) -> None:
    google_standin.fail_first(2, status=500)
    started = time.monotonic()
    fast_voice(backoff_s=0.2).synthesize(CHUNKS[:1])
    # 0.2 s then 0.4 s of backoff before the third try.
    assert time.monotonic() - started >= 0.6
    assert google_standin.request_count == 3


def test_rate_limit_after_every_try_is_rejected(google_standin: GoogleStandIn) -> None:
    google_standin.fail_first(100, status=429)
    with pytest.raises(GoogleRejected, match="429") as caught:
        fast_voice().synthesize(CHUNKS[:1])
    assert google_standin.request_count == 3
    assert "giới hạn" in str(caught.value)


def test_forbidden_is_not_retried(google_standin: GoogleStandIn) -> None:
    google_standin.fail_first(100, status=403)
    with pytest.raises(GoogleRejected, match="403"):
        fast_voice().synthesize(CHUNKS[:1])
    assert google_standin.request_count == 1


def test_hanging_server_times_out_in_bounded_time(google_standin: GoogleStandIn) -> None:
    google_standin.hang()
    started = time.monotonic()
    with pytest.raises(GoogleTimeout) as caught:
        fast_voice(timeout=0.4, tries=2, backoff_s=0.05).synthesize(CHUNKS[:2])
    elapsed = time.monotonic() - started
    # Two tries of 0.4 s plus one backoff, whatever the server does.
    assert elapsed < 2.0
    assert isinstance(caught.value, GoogleUnreachable)
    assert "không trả lời" in str(caught.value)


def test_connection_dropped_mid_body_is_retried(google_standin: GoogleStandIn) -> None:
    google_standin.drop(times=1)
    data = fast_voice().synthesize(CHUNKS[:1])
    assert google_standin.request_count == 2
    assert decode(data, fmt="mp3", rate=GOOGLE_RATE).duration_seconds > 1.0


def test_answer_without_audio_is_a_bad_response(google_standin: GoogleStandIn) -> None:
    google_standin.garbage()
    with pytest.raises(GoogleBadResponse):
        fast_voice().synthesize(CHUNKS[:1])
    assert google_standin.request_count == 1


def test_one_chunk_failing_for_good_leaves_no_file(google_standin: GoogleStandIn, tmp_path: Path) -> None:
    google_standin.fail_text("thứ ba", status=500)
    target = tmp_path / "bulletin.mp3"
    with pytest.raises(GoogleServerError, match="500"):
        fast_voice().save(CHUNKS, target)
    assert not target.exists()
    assert list(tmp_path.iterdir()) == []
    # The failing chunk was tried three times; the batch stopped instead of fetching everything.
    assert google_standin.texts.count(CHUNKS[2]) == 3


def test_save_writes_whole_mp3(google_standin: GoogleStandIn, tmp_path: Path) -> None:
    google_standin.tone_for = lambda text: (500.0, 1.0)
    target = fast_voice().save(CHUNKS[:3], tmp_path / "bulletin.mp3")
    assert [path.name for path in tmp_path.iterdir()] == ["bulletin.mp3"]
    assert 3.0 <= probe_duration(target) <= 3.5


def test_cancel_stops_the_batch(google_standin: GoogleStandIn) -> None:
    google_standin.latency_s = 0.2
    cancel = threading.Event()
    chunks = CHUNKS * 3
    voice = fast_voice(workers=2, max_workers=2)  # no growth: at most two on the wire when cancel comes
    started = time.monotonic()
    with pytest.raises(SpeechCancelled, match="hủy"):
        voice.synthesize(chunks, progress=lambda done, total: cancel.set(), cancel=cancel)
    assert time.monotonic() - started < 1.0
    time.sleep(0.3)  # let requests already on the wire finish
    assert google_standin.request_count <= 4 < len(chunks)


def test_unreachable_server(google_standin: GoogleStandIn) -> None:
    google_standin.stop()  # the port is closed now: connection refused
    started = time.monotonic()
    with pytest.raises(GoogleUnreachable, match="mất mạng"):
        fast_voice(backoff_s=0.01).synthesize(CHUNKS[:1])
    assert time.monotonic() - started < 2.0


def test_reachability_probe_uses_the_same_url(google_standin: GoogleStandIn) -> None:
    assert is_google_reachable(timeout=1.0)
    assert google_standin.head_count == 1
    google_standin.stop()
    started = time.monotonic()
    assert not is_google_reachable(timeout=1.0)
    assert time.monotonic() - started < 1.5


def test_directive_costs_far_fewer_requests_than_plain_gtts(google_standin: GoogleStandIn, tmp_path: Path) -> None:
    google_standin.tone_for = lambda text: (440.0, 0.3)
    sentences = directive_sentences()
    ours = fast_voice().synthesize(sentences)
    our_requests = google_standin.request_count
    assert our_requests == len(chunk_sentences(sentences))
    assert decode(ours, fmt="mp3", rate=GOOGLE_RATE).duration_seconds >= our_requests * 0.3

    google_standin.reset_counts()
    gTTS(" ".join(sentences), lang="vi").save(tmp_path / "plain.mp3")
    plain_requests = google_standin.request_count
    assert plain_requests >= 120
    assert our_requests * 2 < plain_requests


@pytest.mark.live_google
@pytest.mark.skipif(
    os.environ.get("TRUYENTHANH_LIVE_GOOGLE") != "1",
    reason="reaches Google's real servers; opt in with TRUYENTHANH_LIVE_GOOGLE=1",
)
def test_live_google_speaks_vietnamese(tmp_path: Path) -> None:
    assert is_google_reachable()
    segment = GoogleVoice().synthesize_segment(["Xin chào bà con.", "Đây là bản tin thử giọng đọc."])
    assert segment.duration_seconds > 1.0
    assert segment.max > 1000


def test_a_timeout_is_always_set() -> None:
    assert GoogleVoice().timeout == 10.0
    for timeout in (None, 0, -1):
        with pytest.raises(ValueError):
            GoogleVoice(timeout=timeout)


# -- how many requests in flight -------------------------------------------------------------------------------
TWELVE = [
    f"Câu thứ {name} của bản tin tuyên truyền phòng chống lừa đảo qua mạng viễn thông cho bà con."
    for name in ("một", "hai", "ba", "bốn", "năm", "sáu", "bảy", "tám", "chín", "mười", "mười một", "mười hai")
]
TWELVE_TONES = [300.0 + 100.0 * i for i in range(12)]


def warm(standin: GoogleStandIn, texts: list[str]) -> None:
    """Make the stand-in's MP3s before the clock matters: 16 ffmpeg runs at once on a busy machine take seconds."""
    for text in set(texts):
        tone_mp3(*standin.tone_for(text))


def test_requests_in_flight_grow_while_google_answers_well(google_standin: GoogleStandIn) -> None:
    google_standin.latency_s = 0.1
    warm(google_standin, TWELVE)
    voice = fast_voice(workers=4, max_workers=16, timeout=10.0)
    voice.fetch_chunks(TWELVE * 3)
    assert voice.last_limit is not None
    assert voice.last_limit.history[:3] == [4, 8, 16]
    assert voice.last_limit.backoffs == 0
    assert google_standin.max_in_flight > 4
    assert google_standin.statuses == [200] * 36


def test_rate_limit_backs_off_and_still_gives_the_whole_audio(google_standin: GoogleStandIn) -> None:
    tones = dict(zip(TWELVE, TWELVE_TONES, strict=True))
    google_standin.tone_for = lambda text: (tones[text], 0.4)
    google_standin.latency_s = 0.15
    # Google's answer to a client in a hurry: more than two requests at once get 429 Too Many Requests.
    google_standin.limit_concurrency(2)
    warm(google_standin, TWELVE)
    voice = fast_voice(workers=4, max_workers=16, tries=6, backoff_s=0.05, timeout=10.0)

    segment = voice.synthesize_segment(TWELVE)

    limit = voice.last_limit
    assert limit is not None and limit.history[0] == 4
    assert 429 in google_standin.statuses
    assert limit.backoffs >= 1 and min(limit.history) <= 2  # it halved, and halved again while 429s came
    assert google_standin.answered and sorted(google_standin.answered) == sorted(TWELVE)
    # Every chunk's audio, in order, nothing missing.
    assert tone_sequence(segment.raw_data, segment.frame_rate, TWELVE_TONES) == TWELVE_TONES


def test_server_errors_also_back_off(google_standin: GoogleStandIn) -> None:
    google_standin.fail_first(3, status=503)
    warm(google_standin, TWELVE)
    voice = fast_voice(workers=4, max_workers=8, tries=4, timeout=10.0)
    assert len(voice.fetch_chunks(TWELVE)) == 12
    assert voice.last_limit is not None and voice.last_limit.backoffs >= 1
    assert voice.last_limit.history[1] == 2
