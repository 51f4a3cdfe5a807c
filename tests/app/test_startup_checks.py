import sqlite3
from datetime import datetime, timedelta

import pytest

from app.backup import create_backup
from app.errors import StorageError
from app.log import airings
from app.log.verify import startup_chain_warning
from app.startup_checks import check_or_raise, run_startup_checks
from app.station import Station
from tests.conftest import run_cli

T0 = datetime(2026, 11, 20, 6, 0, 0)


def _air(db, title, at):
    airing_id = airings.start_airing(db, title=title, topic="An toàn thông tin", started_at=at, trigger="scheduled")
    airings.finish_airing(db, airing_id, ended_at=at + timedelta(seconds=90))
    return airing_id


def _codes(paths):
    return [problem.code for problem in run_startup_checks(paths)]


def test_healthy_station_has_no_problems(station):
    _air(station.db, "Bản tin", T0)
    assert run_startup_checks(station.paths) == []
    assert check_or_raise(station.paths) == []


def test_new_station_folder_has_no_problems(tmp_path):
    from app.paths import StationPaths

    assert run_startup_checks(StationPaths.for_database(tmp_path / "moi" / "truyenthanh.db")) == []


def test_corrupt_database_names_the_newest_backup(station):
    for n in range(300):
        station.db["bulletins"].insert(
            {
                "title": f"Tin {n}",
                "body": "x" * 2000,
                "created_at": "2026-11-20 06:00:00",
                "updated_at": "2026-11-20 06:00:00",
            }
        )
    backup = create_backup(station.paths, T0)
    station.close()
    data = bytearray(station.paths.database.read_bytes())
    for offset in range(4096 * 20, 4096 * 24):
        data[offset] = 0x5A
    station.paths.database.write_bytes(bytes(data))
    problems = run_startup_checks(station.paths)
    assert [p.code for p in problems] == ["corrupt"]
    message = problems[0].message
    assert "bị hỏng" in message and str(backup) in message and "truyenthanh restore" in message
    with pytest.raises(StorageError, match="bị hỏng"):
        check_or_raise(station.paths)


def test_not_a_database_at_all(tmp_path):
    from app.paths import StationPaths

    paths = StationPaths.for_database(tmp_path / "truyenthanh.db")
    paths.database.write_bytes(b"PK\x03\x04 day la tep zip" * 300)
    problems = run_startup_checks(paths)
    assert [p.code for p in problems] == ["corrupt"]
    assert "Chưa có bản sao lưu" in problems[0].message


def test_tampered_log_is_a_warning_naming_the_row(station):
    _air(station.db, "Tin một", T0)
    second = _air(station.db, "Tin hai", T0 + timedelta(hours=1))
    station.db.execute("DROP TRIGGER airings_finished_immutable")
    station.db.execute("UPDATE airings SET duration_s = 900 WHERE id = ?", [second])
    problems = run_startup_checks(station.paths)
    assert [p.code for p in problems] == ["chain_broken", "log_unprotected"]
    assert problems[0].message.startswith("Nhật ký đã bị sửa ngoài phần mềm: ")
    assert f"dòng số {second} (07:00:00 ngày 20/11/2026, “Tin hai”)" in problems[0].message
    assert startup_chain_warning(station.db) == problems[0].message
    assert check_or_raise(station.paths) == problems  # warnings do not stop a headless start


def test_missing_audio_store_and_missing_files(station):
    store = station.paths.audio_store
    (store / "ab").mkdir(parents=True)
    (store / "ab" / "ab12.mp3").write_bytes(b"ID3")
    for name in ("ab12.mp3", "cd34.mp3"):
        station.db["segments"].insert(
            {"kind": "recording", "title": name, "audio_path": f"audio/ab/{name}", "created_at": "2026-11-20 06:00:00"}
        )
    problems = run_startup_checks(station.paths)
    assert [p.code for p in problems] == ["audio_files_missing"]
    assert "1 tiết mục thiếu tệp âm thanh" in problems[0].message and "audio/ab/cd34.mp3" in problems[0].message
    for path in sorted(store.rglob("*"), reverse=True):
        path.unlink() if path.is_file() else path.rmdir()
    store.rmdir()
    problems = run_startup_checks(station.paths)
    assert [p.code for p in problems] == ["audio_store_missing"]
    assert "2 tiết mục sẽ không phát được" in problems[0].message


def test_cli_check_exit_codes(station):
    first = _air(station.db, "Bản tin", T0)
    healthy = run_cli("--db", str(station.paths.database), "check")
    assert healthy.returncode == 0, healthy.stdout + healthy.stderr
    assert "Không phát hiện vấn đề nào" in healthy.stdout
    station.db.execute("DROP TRIGGER airings_finished_immutable")
    station.db.execute("UPDATE airings SET note = 'sửa' WHERE id = ?", [first])
    warned = run_cli("--db", str(station.paths.database), "check")
    assert warned.returncode == 1
    assert warned.stdout.startswith("[CẢNH BÁO] Nhật ký đã bị sửa ngoài phần mềm")


def test_station_read_only_mode_never_writes(station):
    _air(station.db, "Bản tin", T0)
    viewer = Station.open(station.paths.database, read_only=True)
    try:
        assert viewer.read_only
        assert viewer.db["airings"].count == 1
        with pytest.raises(sqlite3.OperationalError, match="readonly|read-only"):
            viewer.db["settings"].upsert({"key": "station_name", "value": "x"}, pk="key")
    finally:
        viewer.close()


def test_read_only_mode_needs_an_existing_database(tmp_path):
    with pytest.raises(StorageError, match="Không tìm thấy tệp dữ liệu"):
        Station.open(tmp_path / "khong-co.db", read_only=True)
    assert not (tmp_path / "khong-co.db").exists()
