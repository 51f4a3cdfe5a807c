"""Importing recorded audio: real files made by ffmpeg, real decoding, a real content-addressed store."""

from __future__ import annotations

import subprocess
from pathlib import Path

import pytest

from app.bulletins import create_bulletin
from app.errors import InputError, NotFound
from app.recordings import discard_recording, import_recording, inspect_recording, save_recording
from app.segments import delete_segment, get_segment, list_segments, resolve_audio_path
from audio.content_store import file_sha256
from audio.ffmpeg_tools import ffmpeg_path

TOPIC = "Phòng chống lừa đảo qua mạng"


def make_audio(path: Path, seconds: float = 2.0, codec: list[str] | None = None, source: str | None = None) -> Path:
    """A tone (or `source` lavfi graph) encoded by the real ffmpeg."""
    graph = source or f"sine=frequency=440:duration={seconds},volume=0.3"
    subprocess.run(
        [ffmpeg_path(), "-v", "error", "-y", "-f", "lavfi", "-i", graph, "-ac", "1", *(codec or []), str(path)],
        check=True,
    )
    return path


@pytest.fixture(scope="module")
def audio_files(tmp_path_factory) -> dict[str, Path]:
    folder = tmp_path_factory.mktemp("audio")
    files = {
        "mp3": make_audio(folder / "loa.mp3"),
        "wav": make_audio(folder / "loa.wav"),
        "m4a": make_audio(folder / "loa.m4a", codec=["-c:a", "aac"]),
        "silent": make_audio(folder / "lang.wav", source="anullsrc=r=44100:cl=mono:d=2"),
        "short": make_audio(folder / "ngan.wav", seconds=0.2),
    }
    good_m4a = files["m4a"].read_bytes()
    (folder / "cut.m4a").write_bytes(good_m4a[: len(good_m4a) // 3])
    files["cut_m4a"] = folder / "cut.m4a"
    (folder / "text.mp3").write_text("Đây là văn bản, không phải âm thanh.\n" * 50, encoding="utf-8")
    files["text_mp3"] = folder / "text.mp3"
    (folder / "noise.wav").write_bytes(bytes(range(256)) * 100)
    files["noise_wav"] = folder / "noise.wav"
    (folder / "empty.mp3").write_bytes(b"")
    files["empty"] = folder / "empty.mp3"
    (folder / "song.flac").write_bytes(b"fLaC")
    files["flac"] = folder / "song.flac"
    return files


def _state(station):
    store = sorted(
        p.relative_to(station.paths.audio_store) for p in station.paths.audio_store.rglob("*") if p.is_file()
    )
    return station.db["segments"].count, store


@pytest.mark.parametrize("kind", ["mp3", "wav", "m4a"])
def test_each_format_becomes_a_recording_segment(station, audio_files, kind):
    source = audio_files[kind]
    segment_id = import_recording(station, source, title=f"Thông báo của Công an phường ({kind})", topic=TOPIC)
    row = get_segment(station.db, segment_id)
    assert row["kind"] == "recording"
    assert row["title"] == f"Thông báo của Công an phường ({kind})"
    assert row["bulletin_id"] is None
    assert row["audio_path"].startswith("audio/") and row["audio_path"].endswith(f".{kind}")
    stored = resolve_audio_path(station.paths.data_dir, row["audio_path"])
    assert stored.read_bytes() == source.read_bytes()  # copied as is, by content
    assert row["audio_sha256"] == file_sha256(source)
    assert stored.name == f"{row['audio_sha256']}.{kind}"
    assert row["duration_s"] == pytest.approx(2.0, abs=0.1)
    # lavfi's sine peaks at 1/8 (-18 dBFS), times 0.3: -28.5 dBFS peak, about -31.5 LUFS (BS.1770 reads a
    # full-scale sine as -3 LUFS; its 440 Hz weighting adds a few tenths).
    assert row["loudness_lufs"] == pytest.approx(-31.8, abs=1.5)
    assert row["true_peak_dbtp"] == pytest.approx(-28.5, abs=1.0)


def test_new_topic_and_bulletin_attachment(station, audio_files):
    bulletin_id = create_bulletin(station.db, title="Tin có bản ghi", topic=TOPIC, body="abc")
    segment_id = import_recording(
        station, audio_files["mp3"], title="Phỏng vấn", topic="Chuyện làng", bulletin_id=bulletin_id
    )
    assert [s.id for s in list_segments(station.db, bulletin_id=bulletin_id)] == [segment_id]
    assert list_segments(station.db, bulletin_id=bulletin_id)[0].topic == "Chuyện làng"


def test_same_file_twice_shares_one_stored_copy(station, audio_files):
    first = import_recording(station, audio_files["wav"], title="Lần 1", topic=TOPIC)
    second = import_recording(station, audio_files["wav"], title="Lần 2", topic=TOPIC)
    one, two = get_segment(station.db, first), get_segment(station.db, second)
    assert one["audio_path"] == two["audio_path"]
    # Deleting one keeps the file for the other; deleting the last removes it.
    delete_segment(station.db, station.paths.data_dir, first)
    assert resolve_audio_path(station.paths.data_dir, two["audio_path"]).is_file()
    delete_segment(station.db, station.paths.data_dir, second)
    assert not resolve_audio_path(station.paths.data_dir, two["audio_path"]).exists()
    with pytest.raises(NotFound):
        delete_segment(station.db, station.paths.data_dir, second)


@pytest.mark.parametrize(
    ("key", "message"),
    [
        ("text_mp3", "không phải tệp âm thanh đọc được"),
        ("noise_wav", "không phải tệp âm thanh đọc được"),
        ("cut_m4a", "không phải tệp âm thanh đọc được"),
        ("empty", "rỗng"),
        ("flac", "chỉ nhận tệp âm thanh mp3, wav hoặc m4a"),
        ("silent", "không có tiếng"),
        ("short", "quá ngắn"),
    ],
)
def test_bad_files_are_refused_and_nothing_is_written(station, audio_files, key, message):
    before = _state(station)
    with pytest.raises(InputError) as caught:
        import_recording(station, audio_files[key], title="Bản ghi", topic=TOPIC)
    assert message in str(caught.value)
    assert "\n" not in str(caught.value)
    assert _state(station) == before


def test_missing_file_title_or_topic(station, audio_files, tmp_path):
    before = _state(station)
    with pytest.raises(InputError, match="Không tìm thấy"):
        import_recording(station, tmp_path / "khong-co.mp3", title="a", topic=TOPIC)
    with pytest.raises(InputError, match="chưa có tên"):
        import_recording(station, audio_files["mp3"], title="  ", topic=TOPIC)
    with pytest.raises(InputError, match="chủ đề"):
        import_recording(station, audio_files["mp3"], title="a", topic="")
    assert _state(station) == before


def test_a_failed_save_removes_the_stored_copy(station, audio_files):
    before = _state(station)
    inspected = inspect_recording(audio_files["m4a"], station.paths.audio_store)
    assert inspected.stored_path.is_file()
    with pytest.raises(NotFound):
        save_recording(station, inspected, title="x", topic=TOPIC, bulletin_id=424242)
    assert _state(station) == before


def test_discarding_an_inspected_recording_leaves_nothing(station, audio_files):
    before = _state(station)
    inspected = inspect_recording(audio_files["mp3"], station.paths.audio_store)
    discard_recording(station, inspected)
    assert _state(station) == before


def test_cancel_stops_before_anything_is_stored(station, audio_files):
    before = _state(station)
    with pytest.raises(InputError, match="hủy"):
        inspect_recording(audio_files["mp3"], station.paths.audio_store, cancel=lambda: True)
    assert _state(station) == before
