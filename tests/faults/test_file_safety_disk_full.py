"""Whole or not at all on a full disk: `tts`, report exports (xlsx, csv, json, pdf), the log's CSV and a backup
written into a small tmpfs fail with a non-zero exit and one line, and leave no file behind, not even a temp.

The station's database lives on the ordinary disk; only the output folder is the full tmpfs.
"""

from __future__ import annotations

from datetime import timedelta
from pathlib import Path

import pytest

from app.cli import run
from tests.conftest import run_cli
from tests.faults.conftest import T0, fill_disk, make_station, small_tmpfs

LONG_TEXT = (
    "Ủy ban nhân dân phường thông báo: từ ngày mai, bà con khu phố ba tạm ngừng sử dụng nước máy từ bảy giờ "
    "đến mười một giờ để sửa đường ống. Đề nghị bà con chủ động trữ nước. "
) * 4


def _one_line_failure(code: int, err: str) -> str:
    assert code != 0
    lines = err.strip().splitlines()
    assert len(lines) == 1, err
    assert "Traceback" not in err
    return lines[0]


def _left(folder: Path, *expected: str) -> set[str]:
    return {entry.name for entry in folder.iterdir()} - set(expected)


@pytest.fixture
def station_db(tmp_path: Path) -> Path:
    db = tmp_path / "dai" / "truyenthanh.db"
    db.parent.mkdir()
    make_station(db, airings=3)
    return db


def test_tts_into_a_folder_that_fills_up_leaves_no_mp3(station_db, tmp_path, capsys):
    source = tmp_path / "ban-tin.txt"
    source.write_text(LONG_TEXT, encoding="utf-8")
    # Room for the renderer's first frames only: the disk fills while the MP3 is being written.
    with small_tmpfs(tmp_path / "usb", "96k") as usb:
        target = usb / "ban-tin.mp3"
        code = run(["--db", str(station_db), "tts", str(source), "-o", str(target), "--engine", "offline",
                    "--repeat", "1"])  # fmt: skip
        _, err = capsys.readouterr()
        line = _one_line_failure(code, err)
        assert "ban-tin.mp3" in line or "đầy" in line, line
        assert _left(usb) == set(), _left(usb)  # no MP3, no staging folder, no temp


def test_tts_with_room_writes_the_whole_mp3(station_db, tmp_path, capsys):
    from audio.ffmpeg_tools import probe_duration

    source = tmp_path / "ban-tin.txt"
    source.write_text(LONG_TEXT, encoding="utf-8")
    with small_tmpfs(tmp_path / "usb", "8m") as usb:
        target = usb / "ban-tin.mp3"
        code = run(["--db", str(station_db), "tts", str(source), "-o", str(target), "--engine", "offline",
                    "--repeat", "1"])  # fmt: skip
        out, err = capsys.readouterr()
        assert code == 0, err
        assert _left(usb) == {"ban-tin.mp3"}
        assert probe_duration(target) > 20  # the whole reading, decoded to its end


@pytest.mark.parametrize("fmt", ["xlsx", "csv", "json"])
def test_a_report_into_a_full_disk_leaves_nothing(station_db, tmp_path, capsys, fmt):
    day = T0.date().isoformat()
    with small_tmpfs(tmp_path / "usb", "1m") as usb:
        filler = fill_disk(usb)
        target = usb / f"bao-cao.{fmt}"
        argv = ["--db", str(station_db), "report", "--from", day, "--to", day, "-o", str(target)]
        code = run(argv + (["--annex"] if fmt != "xlsx" else []))
        _, err = capsys.readouterr()
        assert "đầy" in _one_line_failure(code, err)
        assert _left(usb, filler.name) == set()
        # Room again: the same command writes it whole.
        filler.unlink()
        assert run(argv) == 0, capsys.readouterr().err
        assert _left(usb) == {target.name} and target.stat().st_size > 0


def test_a_pdf_report_into_a_full_disk_leaves_nothing(station_db, tmp_path):
    day = T0.date().isoformat()
    with small_tmpfs(tmp_path / "usb", "1m") as usb:
        filler = fill_disk(usb)
        done = run_cli("--db", str(station_db), "report", "--from", day, "--to", day, "-o", str(usb / "bao-cao.pdf"))
        _one_line_failure(done.returncode, done.stderr)
        assert _left(usb, filler.name) == set()


def test_log_export_and_backup_into_a_full_disk_leave_nothing(station_db, tmp_path, capsys):
    first, last = T0.date().isoformat(), (T0 + timedelta(days=1)).date().isoformat()
    with small_tmpfs(tmp_path / "usb", "1m") as usb:
        filler = fill_disk(usb)
        code = run(["--db", str(station_db), "log", "export", "--from", first, "--to", last, "-o",
                    str(usb / "nhat-ky.csv")])  # fmt: skip
        _one_line_failure(code, capsys.readouterr().err)
        code = run(["--db", str(station_db), "backup", "-o", str(usb / "sao-luu.db")])
        _one_line_failure(code, capsys.readouterr().err)
        assert _left(usb, filler.name) == set()


def test_an_existing_file_survives_a_failed_rewrite(station_db, tmp_path, capsys):
    day = T0.date().isoformat()
    with small_tmpfs(tmp_path / "usb", "1m") as usb:
        target = usb / "bao-cao.json"
        argv = ["--db", str(station_db), "report", "--from", day, "--to", day, "--annex", "-o", str(target)]
        assert run(argv) == 0
        before = target.read_bytes()
        filler = fill_disk(usb)
        _one_line_failure(run(argv), capsys.readouterr().err)
        assert target.read_bytes() == before and _left(usb, filler.name, target.name) == set()
