"""Bulletin -> normalised sentences -> real synthesis (offline espeak-ng, or gTTS against a loopback stand-in)
-> a speech segment with its provenance; nothing kept on failure, cancel or discard."""

from __future__ import annotations

import socket
import threading

import gtts.tts
import pytest

from app import speech
from app.bulletins import create_bulletin, delete_bulletin
from app.errors import InputError, NotFound, SpeechFailed
from app.pronunciation_table import set_entry
from app.segments import get_segment, resolve_audio_path
from audio.ffmpeg_tools import measure_loudness, probe_duration

TOPIC = "Phòng chống lừa đảo qua mạng"
BODY = (
    "UBND phường Bạch Sam thông báo: từ 7h30 ngày 05/9/2024, Công an phường tiếp nhận hồ sơ VNeID. "
    "Bà con gọi 0221 3941 234 khi cần hỗ trợ."
)


def _state(station):
    files = sorted(p for p in station.paths.audio_store.rglob("*") if p.is_file())
    return station.db["segments"].count, files


@pytest.fixture
def bulletin_id(station):
    return create_bulletin(station.db, title="Tiếp nhận hồ sơ VNeID", topic=TOPIC, body=BODY)


@pytest.fixture
def offline(station):
    """Offline voice, read once: the fast real path."""
    station.update_settings({"speech_engine": "offline", "speech_repeat": "1"})
    return station


@pytest.fixture
def no_internet(monkeypatch):
    """Google's endpoint on a loopback port nobody listens on: connection refused, at once."""
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    monkeypatch.setattr(gtts.tts, "_translate_url", lambda tld="com", path="": f"http://127.0.0.1:{port}/{path}")
    for name in ("http_proxy", "https_proxy", "HTTP_PROXY", "HTTPS_PROXY", "all_proxy", "ALL_PROXY"):
        monkeypatch.delenv(name, raising=False)


def test_speech_segment_with_provenance(offline, bulletin_id):
    station = offline
    segment_id, rendered = speech.speak_bulletin(station, bulletin_id)
    row = get_segment(station.db, segment_id)
    assert row["kind"] == "speech"
    assert row["bulletin_id"] == bulletin_id
    assert row["title"] == "Tiếp nhận hồ sơ VNeID"
    assert row["topic_id"] is not None
    assert (row["engine"], row["voice"], row["speed"], row["dictionary_version"]) == ("offline", "north", 1.0, 1)
    # What was read: the station's table and Northern readings, no digit, no raw abbreviation.
    text = row["normalized_text"]
    assert "Ủy ban nhân dân phường Bạch Sam" in text
    assert "bảy giờ ba mươi" in text
    assert not any(ch.isdigit() for ch in text)
    assert "UBND" not in text and "VNeID" not in text
    assert text.split("\n") == list(rendered.sentences)
    # The file: relative to the data folder, in the content-addressed store, real audio as measured.
    assert row["audio_path"].startswith("audio/")
    path = resolve_audio_path(station.paths.data_dir, row["audio_path"])
    assert path == rendered.path and path.is_file()
    assert row["audio_sha256"] in path.name
    assert row["duration_s"] == pytest.approx(probe_duration(path), abs=0.2)
    assert row["duration_s"] > 5
    loudness, peak = measure_loudness(path)
    assert loudness == pytest.approx(-16.0, abs=1.0)
    assert row["loudness_lufs"] == pytest.approx(loudness, abs=0.5)
    assert peak <= -1.0


def test_station_table_dialect_and_version_are_used(offline, bulletin_id):
    station = offline
    version = set_entry(station.db, "VNeID", "định danh điện tử")
    station.update_settings({"dialect": "south"})
    body = "Năm 2024 có 1.005 hồ sơ VNeID mới."
    other = create_bulletin(station.db, title="Số liệu", topic=TOPIC, body=body)
    segment_id, _ = speech.speak_bulletin(station, other)
    row = get_segment(station.db, segment_id)
    assert row["dictionary_version"] == version == 2
    assert "định danh điện tử" in row["normalized_text"]
    assert "ngàn" in row["normalized_text"] and "lẻ" in row["normalized_text"]  # Southern: một ngàn không trăm lẻ năm


def test_voice_repeat_and_engine_options(offline, bulletin_id):
    station = offline
    once = speech.render_speech(speech.plan_speech(station, bulletin_id, voice="south"))
    twice = speech.render_speech(speech.plan_speech(station, bulletin_id, voice="south", repeat=2))
    assert once.result.voice == "south"
    # Read twice with "Xin nhắc lại" and a pause between: more than twice as long.
    assert twice.result.duration_s > 2 * once.result.duration_s
    for rendered in (once, twice):
        speech.discard_speech(station, rendered)


def test_progress_reaches_the_end_and_is_per_sentence(offline, bulletin_id):
    seen: list[tuple[int, int]] = []
    rendered = speech.render_speech(speech.plan_speech(offline, bulletin_id), progress=lambda d, t: seen.append((d, t)))
    assert seen[-1][0] == seen[-1][1]
    # One step per sentence and one for mastering.
    assert seen[-1][1] == len(rendered.sentences) + 1
    speech.discard_speech(offline, rendered)


def test_discard_leaves_nothing(offline, bulletin_id):
    before = _state(offline)
    rendered = speech.render_speech(speech.plan_speech(offline, bulletin_id))
    assert rendered.path.is_file()
    speech.discard_speech(offline, rendered)
    assert _state(offline) == before


def test_discard_keeps_a_file_another_segment_uses(offline, bulletin_id):
    kept_id, kept = speech.speak_bulletin(offline, bulletin_id)
    again = speech.render_speech(speech.plan_speech(offline, bulletin_id))
    assert again.path == kept.path  # same text, same settings: same content, same stored file
    speech.discard_speech(offline, again)
    assert resolve_audio_path(offline.paths.data_dir, get_segment(offline.db, kept_id)["audio_path"]).is_file()


def test_cancel_leaves_nothing(offline, bulletin_id):
    before = _state(offline)
    cancel = threading.Event()
    cancel.set()
    with pytest.raises(speech.SpeechCancelledByOperator):
        speech.speak_bulletin(offline, bulletin_id, cancel=cancel)
    # Cancel in the middle, from the progress callback.
    long_id = create_bulletin(
        offline.db, title="Dài", topic=TOPIC, body=" ".join(f"Câu thứ {n} nhắc bà con cảnh giác." for n in range(1, 60))
    )
    middle = threading.Event()
    with pytest.raises(speech.SpeechCancelledByOperator, match="hủy"):
        speech.speak_bulletin(offline, long_id, cancel=middle, progress=lambda done, total: done >= 5 and middle.set())
    assert _state(offline) == before


def test_keep_after_the_bulletin_was_deleted_removes_the_file(offline, bulletin_id):
    before = _state(offline)
    rendered = speech.render_speech(speech.plan_speech(offline, bulletin_id))
    delete_bulletin(offline.db, bulletin_id)
    with pytest.raises(NotFound):
        speech.keep_speech(offline, rendered)
    assert _state(offline)[1] == before[1]


@pytest.mark.parametrize(
    ("body", "error", "message"),
    [
        ("😀 🙏 🚨", InputError, "không có chữ nào đọc được"),
        ("... --- !!! ???", InputError, "không có chữ nào đọc được"),
    ],
)
def test_text_with_nothing_to_say(offline, body, error, message):
    bulletin = create_bulletin(offline.db, title="Không chữ", topic=TOPIC, body=body)
    before = _state(offline)
    with pytest.raises(error, match=message):
        speech.speak_bulletin(offline, bulletin)
    assert _state(offline) == before


def test_emoji_and_english_words_are_read(offline):
    bulletin = create_bulletin(
        offline.db, title="Emoji", topic=TOPIC, body="Cảnh báo 🚨 scam qua Facebook Messenger! Đừng click link lạ 🙏"
    )
    segment_id, rendered = speech.speak_bulletin(offline, bulletin)
    text = get_segment(offline.db, segment_id)["normalized_text"]
    assert "🚨" not in text and "🙏" not in text
    assert "Phây búc Mét xen giơ" in text  # brand names by their Vietnamese readings
    assert rendered.result.duration_s > 2


def test_empty_and_too_long_texts_are_refused_before_any_work(offline):
    db = offline.db
    with pytest.raises(InputError, match="trống"):
        speech.plan_text(offline, " \n\t ")
    long_body = ("Bà con cảnh giác với lừa đảo qua mạng. " * 6000)[:200_000]
    bulletin = create_bulletin(db, title="Rất dài", topic=TOPIC, body=long_body)
    before = _state(offline)
    with pytest.raises(InputError) as caught:
        speech.plan_speech(offline, bulletin)
    assert "tối đa 30.000 ký tự" in str(caught.value)
    assert _state(offline) == before


@pytest.mark.parametrize(
    ("options", "message"),
    [
        ({"engine": "azure"}, "auto, google hoặc offline"),
        ({"voice": "west"}, r"central \(miền Trung\) hoặc south \(miền Nam\)"),
        ({"repeat": 0}, "từ 1 đến 3"),
        ({"speed": 3.0}, "0,5 đến 2,0"),
    ],
)
def test_bad_options(offline, bulletin_id, options, message):
    with pytest.raises(InputError, match=message):
        speech.plan_speech(offline, bulletin_id, **options)


def test_unknown_bulletin(offline):
    with pytest.raises(NotFound):
        speech.plan_speech(offline, 9999)


def test_no_internet_with_google_is_a_clear_failure_and_nothing_is_written(station, bulletin_id, no_internet):
    before = _state(station)
    with pytest.raises(SpeechFailed) as caught:
        speech.speak_bulletin(station, bulletin_id, engine="google", repeat=1)
    assert "Không kết nối được máy chủ giọng đọc Google" in str(caught.value)
    assert _state(station) == before


def test_auto_without_internet_falls_back_and_says_so(station, bulletin_id, no_internet):
    segment_id, rendered = speech.speak_bulletin(station, bulletin_id, engine="auto", repeat=1)
    assert rendered.result.engine_used == "offline"
    assert rendered.notices == ["Không kết nối được Google, đã dùng giọng đọc offline"]
    assert get_segment(station.db, segment_id)["engine"] == "offline"


def test_google_path_through_gtts_against_the_loopback_stand_in(station, bulletin_id, monkeypatch):
    from tests.audio.google_standin import GoogleStandIn

    standin = GoogleStandIn().start()
    try:
        monkeypatch.setattr(gtts.tts, "_translate_url", standin.translate_url)
        for name in ("http_proxy", "https_proxy", "HTTP_PROXY", "HTTPS_PROXY", "all_proxy", "ALL_PROXY"):
            monkeypatch.delenv(name, raising=False)
        segment_id, rendered = speech.speak_bulletin(station, bulletin_id, engine="google", repeat=1)
    finally:
        standin.stop()
    row = get_segment(station.db, segment_id)
    assert (row["engine"], row["voice"]) == ("google", "vi")
    assert rendered.notices == []
    assert row["loudness_lufs"] == pytest.approx(-16.0, abs=1.0)


def test_station_intro_and_outro_frame_every_new_speech_segment(station):
    """Cài đặt's jingle before and after the reading: the segment grows by both, and a missing one is refused."""
    from app.errors import InputError
    from app.speech import plan_text, render_speech
    from audio.ffmpeg_tools import probe_duration
    from tests.audio_fixtures import add_segment

    text = "Bà con không chuyển tiền cho người lạ gọi điện tự xưng công an."
    plain = render_speech(plan_text(station, text, engine="offline", repeat=1))
    jingle = add_segment(station.db, station.paths.data_dir, title="Nhạc hiệu", seconds=3.0, kind="jingle")
    station.update_settings({"speech_intro_segment": str(jingle), "speech_outro_segment": str(jingle)})
    framed_plan = plan_text(station, text, engine="offline", repeat=1)
    assert framed_plan.intro is not None and framed_plan.intro == framed_plan.outro
    framed = render_speech(framed_plan)
    grown = probe_duration(framed.path) - probe_duration(plain.path)
    assert 6.0 <= grown <= 8.0, grown  # two 3 s jingles and the short gaps around the reading

    station.db.execute("UPDATE segments SET audio_path = 'audio/khong-co.mp3' WHERE id = ?", [jingle])
    with pytest.raises(InputError, match="mở đầu"):
        plan_text(station, text, engine="offline")
