"""The app under Wine as a Windows PC runs it: Windows CPython (or the frozen build), Windows wheels, code
page 1252 on every pipe, a data folder named in Vietnamese with spaces, sound into a private null sink.

Tests run in file order and build on each other's station (one prefix for the session keeps the whole
smoke test within a few minutes on two cores).
"""

from __future__ import annotations

import contextlib
import csv
import io
import json
import sqlite3
import subprocess
import time
from datetime import datetime, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

from tests.pulse_sink import RATE
from tests.windows.wine.conftest import winekit

STATION_TZ = ZoneInfo("Asia/Ho_Chi_Minh")


def query(database: Path, sql: str, *params: object) -> list[tuple]:
    """Read from the Linux side, read-only, the connection closed at once."""
    with contextlib.closing(sqlite3.connect(f"file:{database}?mode=ro", uri=True)) as db:
        return db.execute(sql, params).fetchall()


def text_of(output: bytes) -> str:
    return output.decode("utf-8")  # strict: anything else than UTF-8 fails the test


def last_line(output: bytes) -> str:
    return text_of(output).strip().splitlines()[-1]


def test_windows_code_page_is_not_utf8(wine):
    """Guards the pipe tests: the programs in this prefix see Windows-1252, as on a Western/Vietnamese PC."""
    assert wine.ansi_code_page() == "1252"


def test_help_through_a_pipe_with_no_utf8_setting(app):
    result = app.cli("--help")
    assert result.returncode == 0, result.stderr.decode("utf-8", "replace")
    assert "Phần mềm Đài truyền thanh phường" in text_of(result.stdout)
    assert "playout" in text_of(result.stdout) and "report" in text_of(result.stdout)
    assert result.stderr == b"", result.stderr.decode("utf-8", "replace")  # no pydub ffmpeg warning either


def test_error_line_through_a_pipe(app):
    result = app.cli("khong-co-lenh-nay")
    assert result.returncode == 2
    lines = text_of(result.stderr).strip().splitlines()
    assert len(lines) == 1 and "lỗi" in lines[0]


def test_info_in_a_vietnamese_data_folder(app):
    result = app.cli("info")
    assert result.returncode == 0, result.stderr.decode("utf-8", "replace")
    out = text_of(result.stdout)
    assert f"Tệp dữ liệu: {app.data_dir_windows}\\truyenthanh.db" in out
    assert "Bản tin: 7" in out
    assert app.database.is_file(), "the database is not where the Vietnamese path says"


def test_normalize(app):
    result = app.cli("normalize", "-", input="Lúc 5h30 ngày 2/9, UBND phường họp.".encode())
    assert result.returncode == 0, result.stderr.decode("utf-8", "replace")
    out = text_of(result.stdout)
    assert "năm giờ ba mươi" in out and "ủy ban nhân dân" in out.lower()


def _duration(path: Path) -> float:
    probe = subprocess.run(
        ["ffprobe", "-v", "error", "-show_entries", "format=duration", "-of", "csv=p=0", str(path)],
        capture_output=True,
        text=True,
        check=True,
    )
    return float(probe.stdout.strip())


def test_offline_speech_to_mp3(app, smoke_dir):
    """espeak-ng's DLL reads its data from a folder whose name cp1252 cannot spell (the Python folder in the
    wheel install, the user's folder as it may be on a real PC), and imageio-ffmpeg's ffmpeg.exe encodes."""
    text = smoke_dir / "bản tin.txt"
    text.write_text("Đài truyền thanh phường Bạch Sam xin thông báo lịch tiêm chủng tháng 12.", encoding="utf-8")
    out = smoke_dir / "bản tin.mp3"
    result = app.cli("tts", app.windows_path(text), "-o", app.windows_path(out), "--engine", "offline")
    assert result.returncode == 0, result.stderr.decode("utf-8", "replace")
    assert "Couldn't find" not in result.stderr.decode("utf-8", "replace")
    assert 2.0 < _duration(out) < 30.0


OLD_LOG = [
    (
        "2026-10-01 06:00:00",
        "2026-10-01 06:03:00",
        "Cảnh giác cuộc gọi giả danh công an",
        "Phòng chống lừa đảo qua mạng",
    ),
    ("2026-10-02 17:00:00", "2026-10-02 17:04:30", "Ứng xử văn minh trên mạng", "Văn hóa ứng xử trên mạng xã hội"),
    ("2026-10-03 06:00:00", "2026-10-03 06:02:00", "Bảo mật mật khẩu", "An toàn thông tin"),
]


def test_log_import_then_pdf_report(app, smoke_dir):
    csv_file = smoke_dir / "sổ phát sóng cũ.csv"
    buffer = io.StringIO()
    writer = csv.writer(buffer)
    writer.writerow(["started_at", "ended_at", "title", "topic", "status"])
    writer.writerows([(*row, "completed") for row in OLD_LOG])
    csv_file.write_text("\ufeff" + buffer.getvalue(), encoding="utf-8")
    imported = app.cli("log", "import", app.windows_path(csv_file))
    assert imported.returncode == 0, imported.stderr.decode("utf-8", "replace")
    assert "3" in text_of(imported.stdout)

    pdf = smoke_dir / "báo cáo tháng 10.pdf"
    report = app.cli(
        "report", "--from", "2026-10-01", "--to", "2026-10-31", "--format", "pdf", "-o", app.windows_path(pdf)
    )
    assert report.returncode == 0, report.stderr.decode("utf-8", "replace")
    page_text = " ".join(
        subprocess.run(["pdftotext", str(pdf), "-"], capture_output=True, text=True, check=True).stdout.split()
    )
    assert "BÁO CÁO KẾT QUẢ PHÁT SÓNG TUYÊN TRUYỀN" in page_text
    assert "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM" in page_text
    assert "đã phát 3 lượt tin, bài tuyên truyền với tổng thời lượng 9,5 phút" in page_text
    fonts = subprocess.run(["pdffonts", str(pdf)], capture_output=True, text=True, check=True).stdout
    assert "Liberation" in fonts or "Times" in fonts, fonts


def _now_at_station() -> datetime:
    return datetime.now(STATION_TZ).replace(tzinfo=None, microsecond=0)


def _new_id(result: subprocess.CompletedProcess) -> str:
    assert result.returncode == 0, result.stderr.decode("utf-8", "replace")
    return last_line(result.stdout).split()[-1]


def test_two_playouts_one_plays_into_the_null_sink_the_other_is_refused(app, sound, smoke_dir):
    """The station lock is msvcrt.locking on Windows: the second `playout` is told who holds the station."""
    bulletin = _new_id(
        app.cli(
            "bulletin",
            "add",
            "--title",
            "Thông báo thử loa",
            "--topic",
            "An toàn thông tin",
            "--text",
            "Đài truyền thanh phường thử loa. Xin cảm ơn bà con.",
        )
    )
    segment = _new_id(app.cli("bulletin", "speak", bulletin, "--engine", "offline"))
    ((length,),) = query(app.database, "SELECT duration_s FROM segments WHERE id = ?", int(segment))
    lead = 20  # seconds for both players to start under Wine
    at = _now_at_station() + timedelta(seconds=lead)
    # Scheduled at the real "now": no quiet hours, whatever the hour it runs at (tests/app/test_policy.py).
    assert app.cli("policy", "clear").returncode == 0
    _new_id(app.cli("schedule", "add", "--segment", segment, "--at", at.strftime("%Y-%m-%d %H:%M:%S")))

    with sound.record() as recorder:
        first = app.popen_cli("playout", "--for", str(round(lead + length + 5)))
        banner = first.stderr.readline().decode("utf-8")
        assert banner.startswith("Phát sóng tự động"), banner + first.stderr.read().decode("utf-8", "replace")
        holder = json.loads(app.database.with_name("truyenthanh.db.lock").read_text("utf-8"))
        second = app.cli("playout", "--for", "5", timeout=120)
        out, err = first.communicate(timeout=120)
        recording = recorder.stop()

    assert second.returncode == 6, second.stderr.decode("utf-8", "replace")
    refusal = last_line(second.stderr)
    assert refusal.startswith("Lỗi: Đài đang được phát bởi phần mềm đang phát nền (không có cửa sổ)"), refusal
    assert holder["role"] == "headless" and f"trên máy này (mở từ {holder['started_at'][11:16]})" in refusal

    assert first.returncode == 0, err.decode("utf-8", "replace")
    assert "Thông báo thử loa" in text_of(out)
    sql = "SELECT status, started_at, duration_s FROM airings WHERE title = ? ORDER BY id"
    rows = query(app.database, sql, "Thông báo thử loa")
    assert len(rows) == 1, rows
    status, started_at, seconds = rows[0]
    assert status == "completed"
    assert abs((datetime.strptime(started_at, "%Y-%m-%d %H:%M:%S") - at).total_seconds()) <= 2

    spans = recording.spans()
    assert spans, f"nothing reached the null sink ({recording.seconds:.1f} s recorded at {RATE} Hz)"
    # Speech pauses between phrases: the sound heard spans from the first phrase to the last.
    heard = spans[-1].end - spans[0].start
    assert 0.8 * seconds <= heard <= seconds + 1.0, (heard, seconds, spans)
    late = spans[0].start - at.replace(tzinfo=STATION_TZ).timestamp()
    assert -0.5 <= late <= 3.0, f"sound started {late:.2f} s after its planned second"


def test_restore_replaces_the_database(app, smoke_dir):
    backup = smoke_dir / "sao lưu.db"
    made = app.cli("backup", "-o", app.windows_path(backup))
    assert made.returncode == 0, made.stderr.decode("utf-8", "replace")
    added = app.cli("bulletin", "add", "--title", "Sau sao lưu", "--topic", "An toàn thông tin", "--text", "Thử.")
    assert added.returncode == 0, added.stderr.decode("utf-8", "replace")
    restored = app.cli("restore", app.windows_path(backup))
    assert restored.returncode == 0, restored.stderr.decode("utf-8", "replace")
    assert "Đã khôi phục dữ liệu từ" in text_of(restored.stdout)
    titles = _titles(app)
    assert "Thông báo thử loa" in titles and "Sau sao lưu" not in titles
    kept = list(app.data_dir.glob("truyenthanh.truoc-khoi-phuc-*.db"))
    assert len(kept) == 1
    assert query(kept[0], "SELECT count(*) FROM bulletins WHERE title = ?", "Sau sao lưu") == [(1,)]


def test_restore_while_another_program_holds_the_database_open(app, smoke_dir):
    """Windows cannot replace a file another program holds open (Linux can): the restore must say so, change
    nothing, and succeed once that program has closed it."""
    backup = smoke_dir / "sao lưu 2.db"
    assert app.cli("backup", "-o", app.windows_path(backup)).returncode == 0
    added = app.cli("bulletin", "add", "--title", "Giữ lại", "--topic", "An toàn thông tin", "--text", "Thử.")
    assert added.returncode == 0, added.stderr.decode("utf-8", "replace")
    holder_exe = winekit.mingw_build(
        winekit.TOOLS / "hold_open.c", smoke_dir / "bin" / "hold_open.exe", flags=["-municode"]
    )
    holder = app.prefix.popen([app.windows_path(holder_exe), f"{app.data_dir_windows}\\truyenthanh.db"])
    try:
        assert holder.stdout.readline().strip() == b"open", holder.stderr.read().decode("utf-8", "replace")
        refused = app.cli("restore", app.windows_path(backup))
        assert refused.returncode == 3, refused.stdout + refused.stderr
        line = last_line(refused.stderr)
        assert len(text_of(refused.stderr).strip().splitlines()) == 1
        assert "đang được một chương trình khác mở" in line and "chưa bị thay đổi" in line, line
        assert "chỉ cho phép đọc" not in line  # not mistaken for a read-only disk
    finally:
        holder.communicate(input=b"", timeout=60)
    assert _titles(app) >= {"Giữ lại"}, "the database changed although the restore was refused"
    assert not list(app.data_dir.glob(".truyenthanh.db.khoi-phuc.*")), "a temporary file was left behind"
    restored = app.cli("restore", app.windows_path(backup))
    assert restored.returncode == 0, restored.stderr.decode("utf-8", "replace")
    assert "Giữ lại" not in _titles(app)


def _titles(app) -> set[str]:
    return {title for (title,) in query(app.database, "SELECT title FROM bulletins")}


PROGRAMS = "AppData/Roaming/Microsoft/Windows/Start Menu/Programs"


def _startup_folder(app) -> Path:
    """Wine's prefix spells it StartUp; Windows does not care about case, the Linux side does."""
    programs = app.prefix.user_dir / PROGRAMS
    return next((p for p in programs.iterdir() if p.name.lower() == "startup"), programs / "Startup")


def test_start_at_login_entry(app):
    """`service install` puts a script in the user's Startup folder that starts the installed program
    headless on this station (the Vietnamese data folder spelled whole: UTF-16); `status` says so; `remove`
    deletes it."""
    installed = app.cli("service", "install")
    assert installed.returncode == 0, installed.stderr.decode("utf-8", "replace")
    entry = _startup_folder(app) / "Truyen Thanh Phuong.vbs"
    assert entry.is_file(), sorted(p.name for p in (app.prefix.user_dir / PROGRAMS).rglob("*"))
    raw = entry.read_bytes()
    assert raw.startswith(b"\xff\xfe"), raw[:4]  # UTF-16 with its BOM: how Windows Script Host reads Unicode
    script = raw.decode("utf-16")
    run_line = next(line for line in script.splitlines() if line.startswith('CreateObject("WScript.Shell").Run'))
    assert run_line.endswith(", 0, False")  # no window
    command = run_line.split('.Run "', 1)[1].rsplit('", 0, False', 1)[0].replace('""', '"')
    if app.mode == "wheels":
        program = winekit.windows_path(app.python.folder / "pythonw.exe")
        assert command.startswith(f'"{program}" -m ui.entry '), command
    else:
        program = winekit.windows_path(app.install_dir / "truyenthanh.exe")
        assert command.startswith(f'"{program}" ') or command.startswith(f"{program} "), command
    assert f'--db "{app.data_dir_windows}\\truyenthanh.db" playout' in command, command
    status = app.cli("service", "status")
    assert status.returncode == 0, status.stderr.decode("utf-8", "replace")
    assert "Đã cài khởi động cùng máy tính (thư mục Startup của Windows)" in text_of(status.stdout)
    assert "Phát nền không chạy." in text_of(status.stdout)
    removed = app.cli("service", "remove")
    assert removed.returncode == 0, removed.stderr.decode("utf-8", "replace")
    assert not entry.exists()
    assert "Chưa cài khởi động cùng máy tính." in text_of(removed.stdout)


def test_window_opens_and_shows_vietnamese(app, screen, smoke_dir):
    gui = app.popen_gui()
    log = app.data_dir / "truyenthanh-files" / "logs" / "truyenthanh.log"
    try:
        deadline = time.monotonic() + 120
        while time.monotonic() < deadline and not (log.exists() and "main window shown" in log.read_text("utf-8")):
            assert gui.poll() is None, gui.communicate()[1].decode("utf-8", "replace")[-2000:]
            time.sleep(0.5)
        assert "main window shown" in log.read_text("utf-8")
        time.sleep(4)  # let it paint
        assert gui.poll() is None, "the window closed by itself"
        shot = screen.screenshot(Path(smoke_dir) / "window.png")
        colours = subprocess.run(
            ["identify", "-format", "%k", str(shot)], capture_output=True, text=True, check=True
        ).stdout
        assert int(colours) > 50, "the screen is (nearly) blank"
        keep = Path(__file__).resolve().parents[3] / "dist" / "windows"
        keep.mkdir(parents=True, exist_ok=True)
        (keep / f"smoke-window-{app.mode}.png").write_bytes(shot.read_bytes())
    finally:
        gui.kill()
        gui.communicate(timeout=30)
        app.prefix.kill()  # the window's Wine processes too
