"""The disk fills up (a small tmpfs, as root) while `truyenthanh playout` runs: both segments still go out on
their second, their records go into the journal's reserved space, playout prints the alarm, `check` and `info`
count them; once space comes back the running playout writes them into the chain by itself."""

from __future__ import annotations

import sqlite3
from datetime import timedelta

import pytest

from app import schedule_store
from app.database import connect_read_only
from app.log import airings
from app.log.journal import journal_path
from app.station import Station
from app.station_time import parse_timestamp
from tests.audio_fixtures import add_segment
from tests.broadcast_rules import allow_any_hour
from tests.conftest import run_cli
from tests.faults.conftest import fill_disk, small_tmpfs
from tests.playout_process import Playout
from tests.ui.test_playout_sound import epoch, next_second

pytestmark = pytest.mark.sound


def rows_of(db_path) -> list[dict]:
    conn = connect_read_only(db_path)
    conn.row_factory = sqlite3.Row
    try:
        return [dict(row) for row in conn.execute("SELECT * FROM airings ORDER BY id")]
    finally:
        conn.close()


def test_a_full_disk_during_playout(pulse_sink, tmp_path):
    with small_tmpfs(tmp_path / "o-dia", "24m") as disk:
        db_path = disk / "truyenthanh.db"
        station = Station.open(db_path)
        allow_any_hour(station)
        first = add_segment(station.db, station.paths.data_dir, title="Cảnh giác lừa đảo", seconds=1.5)
        second = add_segment(station.db, station.paths.data_dir, title="Bảo vệ tài khoản", seconds=1.5, frequency=660)
        start = next_second(5.0)
        planned = [start, start + timedelta(seconds=3)]
        items = [
            schedule_store.add_one_off(station.db, seg, at) for seg, at in zip((first, second), planned, strict=True)
        ]
        station.db.execute("PRAGMA wal_checkpoint(TRUNCATE)")  # the next write must grow the files
        station.close()

        with pulse_sink.record() as recorder:
            playout = Playout(db_path)
            playout.wait_started()
            assert journal_path(db_path).stat().st_size >= 4 * 1024 * 1024  # reserved when the station opened
            filler = fill_disk(disk)
            playout.wait_for("NHẬT KÝ: Nhật ký đang ghi tạm vào tệp dự phòng", timeout=15)
            assert "ổ đĩa đã đầy" in playout.seen[-1]
            playout.wait_for("KẾT THÚC", timeout=15)
            playout.wait_for("KẾT THÚC", timeout=15)
            assert rows_of(db_path) == []  # the database took nothing...

            checked = run_cli("--db", str(db_path), "check")
            said = checked.stdout.splitlines()
            assert checked.returncode == 3, checked.stdout
            assert said[0].startswith("Tệp nhật ký dự phòng có") and "chương trình đang phát sẽ tự ghi" in said[0]
            assert said[1].startswith("[LỖI] Ổ đĩa đã đầy")
            assert "[CẢNH BÁO] Nhật ký đang ghi tạm vào tệp dự phòng:" in checked.stdout
            info = run_cli("--db", str(db_path), "info")
            assert "bản ghi phát sóng chờ ghi vào nhật ký" in info.stdout, info.stdout + info.stderr

            filler.unlink()  # space comes back: the running playout catches up within a second or two
            playout.wait_for("NHẬT KÝ: Nhật ký đã ghi bình thường trở lại", timeout=15)
            playout.finish()
            recording = recorder.stop()

        spans = recording.spans()
        assert len(spans) == 2, spans  # ...but the station never fell silent
        for sound, at in zip(spans, planned, strict=True):
            assert abs(sound.start - epoch(at)) <= 0.5 and sound.length == pytest.approx(1.5, abs=0.3)
        rows = rows_of(db_path)
        assert [(r["schedule_item_id"], r["status"]) for r in rows] == [
            (items[0], "completed"),
            (items[1], "completed"),
        ]
        for row, at in zip(rows, planned, strict=True):
            assert parse_timestamp(row["started_at"]) == at and airings.JOURNAL_NOTE in row["note"]
        verified = run_cli("--db", str(db_path), "log", "verify")
        assert verified.returncode == 0 and "đã kiểm tra 2 dòng" in verified.stdout, verified.stderr
        checked = run_cli("--db", str(db_path), "check")
        # Only the small disk's own warning is left: nothing waits in the journal any more.
        assert checked.returncode == 1 and checked.stdout.startswith("[CẢNH BÁO] Ổ đĩa chứa dữ liệu của đài sắp đầy")
        assert "tệp dự phòng" not in checked.stdout


def test_a_disk_too_full_even_for_the_journal_still_plays(pulse_sink, tmp_path):
    """Full before the station opened: the journal cannot reserve its space, nothing can be written. The
    segment still goes out, playout prints the red alarm, and the records, kept in memory, reach the chain
    once space comes back."""
    with small_tmpfs(tmp_path / "o-dia", "24m") as disk:
        db_path = disk / "truyenthanh.db"
        station = Station.open(db_path)
        segment = add_segment(station.db, station.paths.data_dir, title="Cảnh báo khẩn", seconds=1.5)
        planned = next_second(5.0)
        item = schedule_store.add_one_off(station.db, segment, planned, priority="emergency")
        station.db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        station.close()
        filler = fill_disk(disk)

        with pulse_sink.record() as recorder:
            playout = Playout(db_path)
            playout.wait_started()
            playout.wait_for("NHẬT KÝ: KHÔNG GHI ĐƯỢC NHẬT KÝ", timeout=15)
            assert "ổ đĩa đã đầy" in playout.seen[-1] and "ghi tay các lượt phát" in playout.seen[-1]
            playout.wait_for("KẾT THÚC (tệp dự phòng) “Cảnh báo khẩn”", timeout=15)
            filler.unlink()
            playout.wait_for("NHẬT KÝ: Nhật ký đã ghi bình thường trở lại", timeout=15)
            playout.finish()
            recording = recorder.stop()

        [sound] = recording.spans()
        assert abs(sound.start - epoch(planned)) <= 0.5 and sound.length == pytest.approx(1.5, abs=0.3)
        [row] = rows_of(db_path)
        assert (row["schedule_item_id"], row["status"], row["trigger"]) == (item, "completed", "urgent")
        assert parse_timestamp(row["started_at"]) == planned
        assert airings.JOURNAL_NOTE in row["note"] or airings.MEMORY_NOTE in row["note"]
        verified = run_cli("--db", str(db_path), "log", "verify")
        assert verified.returncode == 0 and "đã kiểm tra 1 dòng" in verified.stdout, verified.stderr
