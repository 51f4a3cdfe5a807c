"""Google's voice failing while a bulletin is read (the loopback stand-in answering errors, gTTS making the
requests): the operator is told what happened, nothing partial is kept, no log row is touched, and the
automatic engine falls back to the offline voice and says so."""

import gtts.tts
import pytest

from app.bulletins import create_bulletin
from app.errors import SpeechFailed
from app.log import airings
from tests.audio.google_standin import GoogleStandIn
from tests.faults.conftest import T0

BODY = (
    "UBND phường thông báo: người dân tuyệt đối không cung cấp mã OTP cho người lạ qua điện thoại. "
    "Khi nghi ngờ lừa đảo, hãy gọi ngay số 0221 3941 234 của Công an phường để được hỗ trợ."
)


@pytest.fixture
def google(monkeypatch):
    standin = GoogleStandIn().start()
    monkeypatch.setattr(gtts.tts, "_translate_url", standin.translate_url)
    for name in ("http_proxy", "https_proxy", "HTTP_PROXY", "HTTPS_PROXY", "all_proxy", "ALL_PROXY"):
        monkeypatch.delenv(name, raising=False)
    yield standin
    standin.stop()


def _state(station):
    # The audio store holds what segments play; the speech cache may keep answered chunks (by design: a
    # retry then asks Google only for the missing one), but nothing there is playable or listed.
    files = sorted(p for p in station.paths.audio_store.rglob("*") if p.is_file())
    rows = [tuple(r.values()) for r in station.db["airings"].rows]
    return station.db["segments"].count, files, rows


@pytest.fixture
def bulletin(station):
    airing = airings.start_airing(
        station.db, title="Bản tin đã phát", topic="An toàn thông tin", started_at=T0, trigger="scheduled"
    )
    airings.finish_airing(station.db, airing, ended_at=T0.replace(minute=2))
    return create_bulletin(station.db, title="Cảnh giác mã OTP", topic="Phòng chống lừa đảo qua mạng", body=BODY)


@pytest.mark.parametrize(
    ("fault", "expected"),
    [
        ("rate_limited", "đang giới hạn số yêu cầu (mã 429)"),
        ("server_error", "đang gặp lỗi (mã 503)"),
        ("dropped_mid_bulletin", "Google"),
    ],
)
def test_google_failure_keeps_nothing_and_says_what_happened(station, bulletin, google, fault, expected):
    from app import speech

    if fault == "rate_limited":
        google.fail_first(1000, status=429)
    elif fault == "server_error":
        google.fail_first(1000, status=503)
    else:
        google.drop(contains="Công an phường", times=None)  # the first sentences are answered, the last never
    before = _state(station)
    with pytest.raises(SpeechFailed) as failed:
        speech.speak_bulletin(station, bulletin, engine="google", repeat=1)
    message = str(failed.value)
    assert expected in message and "\n" not in message
    assert google.request_count >= 2  # it really tried (and retried) against the server
    if fault == "dropped_mid_bulletin":
        assert any("ô tê pê" in text for text in google.answered)  # part of the bulletin had arrived
    assert _state(station) == before  # no segment, no half audio file, the log untouched


def test_auto_engine_falls_back_to_offline_and_says_so(station, bulletin, google):
    from app import speech

    google.fail_first(1000, status=429)
    log_before = _state(station)[2]
    segment_id, rendered = speech.speak_bulletin(station, bulletin, engine="auto", repeat=1)
    assert rendered.result.engine_used == "offline"
    assert rendered.notices == ["Google từ chối yêu cầu đọc, đã dùng giọng đọc offline"]
    assert station.db["segments"].get(segment_id)["engine"] == "offline"
    assert _state(station)[2] == log_before
