"""The share package made from a real offline reading: an MP4 checked with ffprobe and by its frames, the SRT
against the written text, the post's text; the command line's answers."""

from __future__ import annotations

import subprocess
from pathlib import Path

import pytest

from app.errors import InputError, NotFound
from app.share_package import make_share_package, plan_share
from tests.app.share_fixtures import BODY, SENTENCES, TITLE, TOPIC, ffprobe, parse_srt, spoken_bulletin
from tests.conftest import run_cli


@pytest.fixture(scope="module")
def package(tmp_path_factory):
    folder = tmp_path_factory.mktemp("share")
    (folder / "station").mkdir()
    spoken = spoken_bulletin(folder / "station" / "truyenthanh.db")
    made = make_share_package(plan_share(spoken.station, spoken.bulletin_id), folder / "out")
    yield spoken, made
    spoken.station.close()


def _file(folder: Path, suffix: str) -> Path:
    (found,) = folder.glob(f"*.{suffix}")
    assert found.stem == folder.name
    return found


def test_folder_holds_the_four_files_and_nothing_else(package):
    spoken, folder = package
    assert folder.name == f"ban-tin-{spoken.bulletin_id}-canh-giac-voi-cuoc-goi-gia-danh-cong-an"
    assert sorted(p.suffix for p in folder.iterdir()) == [".mp3", ".mp4", ".srt", ".txt"]
    assert [p.name for p in folder.parent.iterdir()] == [folder.name]  # no temporary folder left beside it
    assert _file(folder, "mp3").read_bytes() == spoken.audio.read_bytes()


def test_video_is_h264_aac_720p_as_long_as_the_speech(package):
    spoken, folder = package
    info = ffprobe(_file(folder, "mp4"))
    streams = {stream["codec_type"]: stream for stream in info["streams"]}
    assert streams["video"]["codec_name"] == "h264"
    assert (streams["video"]["width"], streams["video"]["height"]) == (1280, 720)
    assert streams["video"]["pix_fmt"] == "yuv420p"  # what phones and browsers play
    assert streams["audio"]["codec_name"] == "aac"
    for stream in (streams["video"], streams["audio"]):
        assert abs(float(stream["duration"]) - spoken.duration_s) < 0.5, (stream["duration"], spoken.duration_s)


def test_srt_cues_in_order_cover_the_written_text(package):
    spoken, folder = package
    cues = parse_srt(_file(folder, "srt").read_text(encoding="utf-8"))
    assert [text for _, _, text in cues] == SENTENCES  # written form: "7h30", "05/9/2026", not the reading
    assert " ".join(text for _, _, text in cues).split() == BODY.split()
    for (start, end, _), (next_start, _, _) in zip(cues, cues[1:], strict=False):
        assert start < end <= next_start
    assert cues[0][0] < 1.0 and abs(cues[-1][1] - spoken.duration_s) < 1.0
    # the long middle sentence (a phone number, a date and a time read out) gets the longest cue
    lengths = [end - start for start, end, _ in cues]
    assert lengths[1] == max(lengths)


def _frame_rows(video: Path, at: float) -> list[bytes]:
    """The frame at `at` seconds as rows of RGB bytes (ffmpeg decodes it; no imaging library needed)."""
    raw = subprocess.run(
        ["ffmpeg", "-v", "error", "-ss", f"{at:.2f}", "-i", str(video), "-frames:v", "1", "-f", "rawvideo",
         "-pix_fmt", "rgb24", "-"],
        capture_output=True,
        check=True,
    ).stdout  # fmt: skip
    assert len(raw) == 1280 * 720 * 3
    return [raw[row * 1280 * 3 : (row + 1) * 1280 * 3] for row in range(720)]


def test_frames_show_the_card_and_the_cue_of_their_time(package):
    _, folder = package
    video = _file(folder, "mp4")
    cues = parse_srt(_file(folder, "srt").read_text(encoding="utf-8"))
    first, second = (_frame_rows(video, (start + end) / 2) for start, end, _ in cues[:2])
    card, subtitles = slice(0, 300), slice(520, 720)
    assert first[card] == second[card] or _nearly(first[card], second[card])  # the card stays
    assert not _nearly(first[subtitles], second[subtitles])  # the cue of each time
    background = bytes((13, 59, 102)) * 1280
    assert sum(row != background for row in first[card]) > 60  # the card's text is drawn


def _nearly(a: list[bytes], b: list[bytes]) -> bool:
    """The same picture up to H.264's small differences between two frames."""
    return (
        sum(abs(x - y) > 24 for row_a, row_b in zip(a, b, strict=True) for x, y in zip(row_a, row_b, strict=True)) < 500
    )


def test_post_text_is_complete(package):
    spoken, folder = package
    post = _file(folder, "txt").read_text(encoding="utf-8")
    lines = post.splitlines()
    assert lines[0] == TITLE.upper()
    assert lines[1] == f"Chủ đề: {TOPIC}"
    assert BODY in post
    assert "Thực hiện Công văn số 1283/UBND-VHTT ngày 30/8/2023 của UBND thị xã Mỹ Hào." in lines
    settings = spoken.station.settings
    assert settings.station_name in lines
    assert "Phường Bạch Sam, thị xã Mỹ Hào, tỉnh Hưng Yên" in lines
    assert lines[-1] == "#PhongChongLuaDaoQuaMang #DaiTruyenThanhPhuongBachSam #PhuongBachSam"


def test_a_second_package_gets_its_own_folder(package):
    spoken, folder = package
    again = make_share_package(plan_share(spoken.station, spoken.bulletin_id), folder.parent)
    assert again.name == f"{folder.name}-2"
    assert sorted(p.name for p in again.iterdir()) == sorted(p.name for p in folder.iterdir())


def test_no_speech_and_unknown_bulletin_are_refused(station):
    from app.bulletins import create_bulletin

    bulletin_id = create_bulletin(station.db, title="Chưa đọc", topic=TOPIC, body="Một câu.")
    with pytest.raises(InputError, match="chưa có giọng đọc"):
        plan_share(station, bulletin_id)
    with pytest.raises(NotFound):
        plan_share(station, 9999)


def test_cli_share_prints_the_folder_last(package, tmp_path):
    spoken, _ = package
    db = spoken.station.paths.database
    result = run_cli("--db", str(db), "bulletin", "share", str(spoken.bulletin_id), "-o", str(tmp_path / "goi"))
    assert result.returncode == 0, result.stderr
    folder = Path(result.stdout.strip().splitlines()[-1])
    assert folder.parent == tmp_path / "goi" and len(list(folder.iterdir())) == 4


def test_cli_share_errors_are_one_line(package, tmp_path):
    spoken, _ = package
    db = str(spoken.station.paths.database)
    blocker = tmp_path / "a-file"
    blocker.write_text("x")
    for args, code in (
        (["9999", "-o", str(tmp_path)], 2),
        ([str(spoken.bulletin_id), "-o", str(blocker)], 3),
        ([str(spoken.bulletin_id)], 2),
    ):
        result = run_cli("--db", db, "bulletin", "share", *args)
        assert result.returncode == code, (args, result.stderr)
        assert len(result.stderr.strip().splitlines()) == 1 and "lỗi" in result.stderr.lower(), result.stderr
    assert blocker.read_text() == "x"
