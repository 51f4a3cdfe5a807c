"""The database file is read-only for real (a read-only bind mount: root obeys it) when `truyenthanh playout`
starts: the station still plays (never silence), says why in one line, and logs into the journal; `check` and
`info` count what waits; once the file is writable again `check` writes it all into the chain."""

from __future__ import annotations

import pytest

from app import schedule_store
from app.log import airings
from app.station import Station
from app.station_time import parse_timestamp
from tests.audio_fixtures import add_segment
from tests.conftest import run_cli
from tests.faults.conftest import file_digest, log_rows, read_only_bind
from tests.playout_process import Playout
from tests.ui.test_playout_sound import epoch, next_second

pytestmark = pytest.mark.sound


def test_playout_on_a_read_only_database_logs_into_the_journal(pulse_sink, db_path):
    station = Station.open(db_path)
    segment = add_segment(station.db, station.paths.data_dir, title="Thông báo khẩn của phường", seconds=1.5)
    planned = next_second(5.0)
    item = schedule_store.add_one_off(station.db, segment, planned, priority="emergency")
    station.db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    station.close()
    digest = file_digest(db_path)

    with read_only_bind(db_path):
        with pulse_sink.record() as recorder:
            playout = Playout(db_path)
            playout.wait_started()
            warning = next(line for line in playout.errors if line.startswith("Cảnh báo:"))
            assert "chỉ đọc" in warning and "Đài vẫn phát; nhật ký ghi tạm vào tệp dự phòng." in warning
            playout.wait_for("BẮT ĐẦU (tệp dự phòng) “Thông báo khẩn của phường” (Khẩn cấp)", timeout=15)
            assert any("NHẬT KÝ: Nhật ký đang ghi tạm vào tệp dự phòng" in line for line in playout.seen)
            playout.wait_for("KẾT THÚC (tệp dự phòng)", timeout=15)
            playout.finish()
            recording = recorder.stop()
        assert playout.process.returncode == 0
        assert log_rows(db_path) == []

        checked = run_cli("--db", str(db_path), "check")
        assert checked.returncode == 3, checked.stdout
        assert "Chưa ghi được tệp nhật ký dự phòng vào nhật ký" in checked.stdout  # it tried, and says why
        assert "[LỖI] Tệp dữ liệu" in checked.stdout and "chỉ cho phép đọc" in checked.stdout
        assert "[CẢNH BÁO] Nhật ký đang ghi tạm vào tệp dự phòng: 4 bản ghi phát sóng" in checked.stdout
        info = run_cli("--db", str(db_path), "info")
        assert "Tệp nhật ký dự phòng: 4 bản ghi phát sóng chờ ghi vào nhật ký" in info.stdout, info.stderr
    assert file_digest(db_path) == digest  # nothing was written to the file meanwhile

    [sound] = recording.spans()
    assert abs(sound.start - epoch(planned)) <= 0.5 and sound.length == pytest.approx(1.5, abs=0.3)

    checked = run_cli("--db", str(db_path), "check")  # writable again
    assert checked.stdout.startswith("Đã ghi 4 bản ghi từ tệp nhật ký dự phòng vào nhật ký."), checked.stdout
    assert checked.returncode == 0, checked.stdout
    station = Station.open(db_path, read_only=True)
    try:
        [row] = station.db.query("SELECT * FROM airings")
    finally:
        station.close()
    assert (row["schedule_item_id"], row["status"], row["trigger"]) == (item, "completed", "urgent")
    assert parse_timestamp(row["started_at"]) == planned and airings.JOURNAL_NOTE in row["note"]
    assert row["duration_s"] == pytest.approx(1.5, abs=0.3)
    verified = run_cli("--db", str(db_path), "log", "verify")
    assert verified.returncode == 0 and "đã kiểm tra 1 dòng" in verified.stdout
