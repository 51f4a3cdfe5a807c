"""`truyenthanh normalize | tts | bulletin ...`: in-process through app.cli.run, and the real program once."""

from __future__ import annotations

import sqlite3
import subprocess

import pytest

from app.cli import run
from audio.ffmpeg_tools import ffmpeg_path, measure_loudness, probe_duration
from tests.app.test_bulletins import make_docx, to_cp1258
from tests.conftest import run_cli

TOPIC = "Phòng chống lừa đảo qua mạng"


@pytest.fixture
def cli(db_path, capsys):
    """Runs one command against a station at `db_path`; returns (exit code, stdout, stderr)."""

    def call(*argv: str):
        code = run(["--db", str(db_path), *argv])
        out, err = capsys.readouterr()
        return code, out, err

    call("bulletin", "list")  # creates the station
    conn = sqlite3.connect(db_path)
    conn.execute("INSERT OR REPLACE INTO settings (key, value) VALUES ('speech_engine', 'offline')")
    conn.commit()
    conn.close()
    return call


def _count(db_path, table: str) -> int:
    with sqlite3.connect(db_path) as conn:
        return conn.execute(f"SELECT count(*) FROM {table}").fetchone()[0]


def _one_line_error(code: int, out: str, err: str, fragment: str) -> None:
    assert code != 0
    assert len(err.strip().splitlines()) == 1, err
    assert fragment in err
    assert "Traceback" not in err


def test_add_prints_the_id_last_and_creates_the_topic(cli, db_path):
    code, out, err = cli(
        "bulletin",
        "add",
        "--title",
        "Cảnh báo lừa đảo",
        "--topic",
        "Chủ đề riêng của phường",
        "--text",
        "UBND phường khuyến cáo bà con cảnh giác.",
    )
    assert code == 0, err
    new_id = int(out.strip().splitlines()[-1])
    with sqlite3.connect(db_path) as conn:
        title, topic = conn.execute(
            "SELECT b.title, t.name FROM bulletins b JOIN topics t ON t.id = b.topic_id WHERE b.id = ?", [new_id]
        ).fetchone()
    assert (title, topic) == ("Cảnh báo lừa đảo", "Chủ đề riêng của phường")
    code, out, _ = cli("bulletin", "list", "--topic", "chu de rieng cua phuong")
    assert code == 0
    assert "Cảnh báo lừa đảo" in out and "Tổng: 1 bản tin" in out


def test_add_from_docx_and_cp1258_txt(cli, tmp_path):
    docx_path = make_docx(tmp_path / "tin.docx", ["Thông báo", "Công an phường tiếp nhận hồ sơ lúc 7h30."])
    code, out, err = cli("bulletin", "add", "--title", "Từ Word", "--topic", TOPIC, "--file", str(docx_path))
    assert code == 0, err
    txt = tmp_path / "tin.txt"
    txt.write_bytes(to_cp1258("Bà con lưu ý mã OTP."))
    code, out, err = cli("bulletin", "add", "--title", "Từ Notepad", "--topic", TOPIC, "--file", str(txt))
    assert code == 0, err
    code, out, _ = cli("bulletin", "list", "--search", "notepad")
    assert "Từ Notepad" in out


@pytest.mark.parametrize(
    ("argv", "fragment"),
    [
        (["--title", "T", "--topic", TOPIC, "--text", "   "], "trống"),
        (["--title", " ", "--topic", TOPIC, "--text", "abc"], "tiêu đề"),
        (["--title", "T", "--topic", TOPIC, "--file", "khong-co.txt"], "Không tìm thấy"),
        (["--title", "T", "--topic", TOPIC, "--directive", "99", "--text", "abc"], "văn bản chỉ đạo"),
    ],
)
def test_add_refuses_bad_input_in_one_line(cli, db_path, argv, fragment):
    before = _count(db_path, "bulletins"), _count(db_path, "topics")
    _one_line_error(*cli("bulletin", "add", *argv), fragment)
    assert (_count(db_path, "bulletins"), _count(db_path, "topics")) == before


def test_add_refuses_a_fake_docx(cli, db_path, tmp_path):
    fake = tmp_path / "gia.docx"
    fake.write_text("Chỉ là văn bản thường đổi tên thành docx", encoding="utf-8")
    before = _count(db_path, "bulletins")
    _one_line_error(
        *cli("bulletin", "add", "--title", "T", "--topic", TOPIC, "--file", str(fake)),
        "không phải tệp Word .docx hợp lệ",
    )
    assert _count(db_path, "bulletins") == before


def test_speak_prints_the_segment_id_last(cli, db_path):
    code, out, err = cli("bulletin", "speak", "1", "--repeat", "1", "--voice", "central")
    assert code == 0, err
    segment_id = int(out.strip().splitlines()[-1])
    with sqlite3.connect(db_path) as conn:
        kind, engine, voice, audio_path = conn.execute(
            "SELECT kind, engine, voice, audio_path FROM segments WHERE id = ?", [segment_id]
        ).fetchone()
    assert (kind, engine, voice) == ("speech", "offline", "central")
    assert (db_path.parent / "truyenthanh-files" / audio_path).is_file()


def test_speak_takes_the_choices_of_this_reading(cli, db_path):
    code, out, err = cli("bulletin", "speak", "1", "--repeat", "1", "--voice", "south", "--speed", "0,85")
    assert code == 0, err
    segment_id = int(out.strip().splitlines()[-1])
    with sqlite3.connect(db_path) as conn:
        voice, speed = conn.execute("SELECT voice, speed FROM segments WHERE id = ?", [segment_id]).fetchone()
        defaults = dict(conn.execute("SELECT key, value FROM settings WHERE key IN ('speech_voice', 'speech_speed')"))
    assert (voice, speed) == ("south", 0.85)
    assert defaults.get("speech_voice", "north") == "north"  # Cài đặt stays as it was


def test_tts_reads_slower_for_outdoor_loudspeakers(cli, tmp_path, capsys):
    source = tmp_path / "vao.txt"
    source.write_text("Bà con cảnh giác với cuộc gọi lạ tự xưng công an, không chuyển tiền.", encoding="utf-8")
    normal, slow = tmp_path / "thuong.mp3", tmp_path / "cham.mp3"
    assert cli("tts", str(source), "-o", str(normal), "--engine", "offline", "--repeat", "1")[0] == 0
    code, out, err = cli("tts", str(source), "-o", str(slow), "--engine", "offline", "--repeat", "1", "--speed", "0.8")
    assert code == 0, err
    assert probe_duration(slow) / probe_duration(normal) == pytest.approx(1.25, rel=0.12)
    _one_line_error(*cli("tts", str(source), "-o", str(tmp_path / "x.mp3"), "--speed", "3"), "Tốc độ đọc phải từ")
    with pytest.raises(SystemExit) as refused:  # argparse refuses it before anything runs
        cli("tts", str(source), "-o", str(tmp_path / "x.mp3"), "--speed", "chậm")
    assert refused.value.code != 0 and "tốc độ đọc không hợp lệ: chậm" in capsys.readouterr().err
    assert not (tmp_path / "x.mp3").exists()


def test_speak_errors(cli, db_path):
    _one_line_error(*cli("bulletin", "speak", "999"), "Không có bản tin số 999")
    code, out, _ = cli(
        "bulletin",
        "add",
        "--title",
        "Dài",
        "--topic",
        TOPIC,
        "--text",
        ("Bà con cảnh giác với lừa đảo qua mạng. " * 6000)[:200_000],
    )
    assert code == 0
    _one_line_error(*cli("bulletin", "speak", out.strip().splitlines()[-1]), "tối đa 30.000 ký tự")
    assert _count(db_path, "segments") == 0


def test_tts_writes_a_finished_mp3_and_nothing_else(cli, tmp_path):
    source = tmp_path / "vao.txt"
    source.write_text("Thực hiện Công văn số 1283/UBND-VHTT ngày 30/8/2023. Bà con gọi 113 khi cần.", encoding="utf-8")
    out_dir = tmp_path / "ra"
    out_dir.mkdir()
    target = out_dir / "ban tin.mp3"
    code, out, err = cli("tts", str(source), "-o", str(target), "--engine", "offline", "--repeat", "2")
    assert code == 0, err
    assert "Đã ghi" in out
    assert sorted(p.name for p in out_dir.iterdir()) == ["ban tin.mp3"]  # no staging folder left
    assert probe_duration(target) > 5
    loudness, peak = measure_loudness(target)
    assert loudness == pytest.approx(-16.0, abs=1.0) and peak <= -1.0


def test_tts_intro_and_outro_files_frame_the_reading(cli, tmp_path):
    from tests.audio_fixtures import make_tone

    source = tmp_path / "vao.txt"
    source.write_text("Bà con cảnh giác với cuộc gọi lạ.", encoding="utf-8")
    jingle = make_tone(tmp_path / "nhac-hieu.mp3", 2.0)
    plain, framed = tmp_path / "tron.mp3", tmp_path / "co-nhac.mp3"
    assert cli("tts", str(source), "-o", str(plain), "--repeat", "1")[0] == 0
    code, out, err = cli(
        "tts", str(source), "-o", str(framed), "--repeat", "1", "--intro", str(jingle), "--outro", str(jingle)
    )
    assert code == 0, err
    assert 4.0 <= probe_duration(framed) - probe_duration(plain) <= 6.0
    _one_line_error(
        *cli("tts", str(source), "-o", str(tmp_path / "x.mp3"), "--intro", str(tmp_path / "khong.mp3")), "mở đầu"
    )
    assert not (tmp_path / "x.mp3").exists()


@pytest.mark.parametrize(
    ("text", "output", "fragment"),
    [
        ("😀😀😀", "ra.mp3", "không có chữ nào đọc được"),
        ("", "ra.mp3", "trống"),
        ("Bình thường", "ra.wav", "đuôi .mp3"),
    ],
)
def test_tts_bad_input_writes_no_file(cli, tmp_path, text, output, fragment):
    source = tmp_path / "vao.txt"
    source.write_text(text, encoding="utf-8")
    out_dir = tmp_path / "ra"
    out_dir.mkdir()
    _one_line_error(*cli("tts", str(source), "-o", str(out_dir / output), "--engine", "offline"), fragment)
    assert list(out_dir.iterdir()) == []


def test_normalize_reads_stdin_and_files(cli, tmp_path, monkeypatch):
    import io
    import sys

    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO("UBND phường, 17h00 ngày 2/9.".encode())))
    code, out, err = cli("normalize", "-")
    assert code == 0, err
    assert out.strip().startswith("Ủy ban nhân dân phường, mười bảy giờ ngày")
    assert out.strip().endswith("hai tháng chín.")
    source = tmp_path / "cu.txt"
    source.write_bytes(to_cp1258("Hội nghị lúc 8h30 tại HĐND phường"))
    code, out, err = cli("normalize", str(source))
    assert code == 0, err
    assert "tám giờ ba mươi" in out and "Hội đồng nhân dân" in out


def test_normalize_errors(cli, tmp_path):
    binary = tmp_path / "anh.png"
    binary.write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(300))
    _one_line_error(*cli("normalize", str(binary)), "không phải văn bản")
    _one_line_error(*cli("normalize", str(tmp_path / "khong-co.txt")), "Không tìm thấy")


def test_import_audio(cli, db_path, tmp_path):
    good = tmp_path / "ghi-am.m4a"
    subprocess.run(
        [ffmpeg_path(), "-v", "error", "-f", "lavfi", "-i", "sine=frequency=300:duration=2", "-c:a", "aac", str(good)],
        check=True,
    )
    code, out, err = cli(
        "bulletin", "import-audio", str(good), "--title", "Thông báo", "--topic", TOPIC, "--bulletin", "1"
    )
    assert code == 0, err
    segment_id = int(out.strip().splitlines()[-1])
    with sqlite3.connect(db_path) as conn:
        assert conn.execute("SELECT kind, bulletin_id FROM segments WHERE id = ?", [segment_id]).fetchone() == (
            "recording",
            1,
        )
    bad = tmp_path / "hong.mp3"
    bad.write_bytes(b"ID3" + bytes(range(256)) * 20)
    _one_line_error(
        *cli("bulletin", "import-audio", str(bad), "--title", "x", "--topic", TOPIC), "không phải tệp âm thanh đọc được"
    )
    assert _count(db_path, "segments") == 1


def test_the_real_program_end_to_end(tmp_path):
    """One pass through the installed entry point in a subprocess, as the operator would type it."""
    added = run_cli(
        "bulletin",
        "add",
        "--title",
        "Tin thật",
        "--topic",
        TOPIC,
        "--text",
        "Đài Truyền thanh phường khuyến cáo bà con không đọc mã OTP cho người lạ.",
        data_dir=tmp_path,
    )
    assert added.returncode == 0, added.stderr
    bulletin_id = added.stdout.strip().splitlines()[-1]
    spoken = run_cli("bulletin", "speak", bulletin_id, "--engine", "offline", data_dir=tmp_path)
    assert spoken.returncode == 0, spoken.stderr
    assert spoken.stdout.strip().splitlines()[-1].isdigit()
    listed = run_cli("bulletin", "list", "--search", "tin that", data_dir=tmp_path)
    assert "Tin thật" in listed.stdout and "1 tiết mục" in listed.stdout
