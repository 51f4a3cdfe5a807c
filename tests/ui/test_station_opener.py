from datetime import datetime, timedelta

import pytest
import shiboken6

from app.backup import create_backup, list_backups
from app.instance_lock import ROLE_GUI, StationLock
from app.log import airings
from app.paths import StationPaths
from app.station import Station
from tests.ui.dialogs import DialogAnswerer
from ui.application import attach_station_guards
from ui.main_window import MainWindow
from ui.station_opener import open_station_interactively

T0 = datetime(2026, 11, 20, 6, 0, 0)


def _air(db, title, at):
    airing_id = airings.start_airing(db, title=title, topic="An toàn thông tin", started_at=at, trigger="scheduled")
    airings.finish_airing(db, airing_id, ended_at=at + timedelta(seconds=90))
    return airing_id


def _dispose(window) -> None:
    """Gone before its station closes: no page timer may touch a closed database."""
    window.shutdown()
    window.close()
    shiboken6.delete(window)


@pytest.fixture
def closed_station(db_path):
    station = Station.open(db_path)
    _air(station.db, "Bản tin sáng", T0)
    station.close()
    return StationPaths.for_database(db_path)


def test_free_station_opens_holding_the_lock(qtbot, closed_station):
    opened = open_station_interactively(closed_station.database)
    try:
        assert not opened.station.read_only and opened.lock.held
        assert opened.lock.holder.role == ROLE_GUI
        assert StationLock.current_holder(closed_station).role == ROLE_GUI
        assert opened.warnings == [] and opened.chain_warning is None
    finally:
        opened.close()
    assert StationLock.current_holder(closed_station) is None


def test_second_instance_names_the_holder_and_may_view(qtbot, closed_station):
    # Another window plays (this computer's headless station opens without a question:
    # tests/ui/test_manual_controls_background.py).
    player = StationLock.acquire(closed_station, ROLE_GUI)
    try:
        answers = DialogAnswerer("Mở chỉ để xem")
        opened = open_station_interactively(closed_station.database)
        answers.stop()
        assert answers.seen[0].startswith("Đài đang được phát bởi một cửa sổ khác của phần mềm")
        assert opened.station.read_only and opened.lock is None
        assert opened.station.db["airings"].count == 1
        assert StationLock.current_holder(closed_station).role == ROLE_GUI
        opened.close()

        answers = DialogAnswerer("Thoát")
        assert open_station_interactively(closed_station.database) is None
        answers.stop()
    finally:
        player.release()


def test_corrupt_database_is_restored_from_the_newest_backup(qtbot, db_path):
    station = Station.open(db_path)
    for n in range(300):
        station.db["bulletins"].insert(
            {
                "title": f"Tin {n}",
                "body": "x" * 2000,
                "created_at": "2026-11-20 06:00:00",
                "updated_at": "2026-11-20 06:00:00",
            }
        )
    _air(station.db, "Trong bản sao lưu", T0)
    create_backup(station.paths, T0)
    station.close()
    data = bytearray(db_path.read_bytes())
    data[4096 * 20 : 4096 * 24] = b"\x5a" * (4096 * 4)
    db_path.write_bytes(bytes(data))

    answers = DialogAnswerer("Khôi phục bản sao lưu gần nhất")
    opened = open_station_interactively(db_path)
    answers.stop()
    try:
        assert "bị hỏng" in answers.seen[0]
        assert [r["title"] for r in opened.station.db["airings"].rows] == ["Trong bản sao lưu"]
        kept = [p for p in db_path.parent.iterdir() if "truoc-khoi-phuc" in p.name]
        assert len(kept) == 1 and kept[0].read_bytes()[4096 * 20 : 4096 * 21] == b"\x5a" * 4096  # broken file kept
    finally:
        opened.close()


def test_corrupt_database_without_backup_is_explained(qtbot, db_path):
    db_path.parent.mkdir(parents=True, exist_ok=True)
    db_path.write_bytes(b"hong hoan toan" * 500)
    answers = DialogAnswerer("Thoát")
    assert open_station_interactively(db_path) is None
    answers.stop()
    assert "bị hỏng" in answers.seen[0] and "Chưa có bản sao lưu" in answers.seen[0]
    assert StationLock.current_holder(StationPaths.for_database(db_path)) is None


def test_window_gets_chain_warning_and_daily_backup(qtbot, db_path):
    station = Station.open(db_path)
    second = _air(station.db, "Tin hai", T0)
    station.db.execute("DROP TRIGGER airings_finished_immutable")
    station.db.execute("UPDATE airings SET duration_s = 3600 WHERE id = ?", [second])
    station.close()

    opened = open_station_interactively(db_path)
    window = MainWindow(opened.station)
    try:
        assert opened.chain_warning.startswith("Nhật ký đã bị sửa ngoài phần mềm: dòng số")
        timer = attach_station_guards(window, opened)
        assert window.property("chain_warning") == opened.chain_warning
        qtbot.waitUntil(lambda: len(list_backups(opened.station.paths)) == 1, timeout=10_000)
        panel = window.page("settings").backup_panel
        qtbot.waitUntil(lambda: panel.list.item(0).data(0x0100) is not None, timeout=5_000)
        timer.stop()
    finally:
        _dispose(window)
        opened.close()


def test_read_only_window_title_and_no_backup(qtbot, closed_station):
    from app.pronunciation_table import ensure_seeded

    # The player instance seeds the pronunciation table on first use; a viewer cannot write it.
    station = Station.open(closed_station.database)
    ensure_seeded(station.db)
    station.close()
    create_backup(closed_station, T0)
    before = list_backups(closed_station)
    player = StationLock.acquire(closed_station, ROLE_GUI)
    answers = DialogAnswerer("Mở chỉ để xem")
    opened = open_station_interactively(closed_station.database)
    answers.stop()
    window = MainWindow(opened.station)
    try:
        assert attach_station_guards(window, opened) is None
        qtbot.wait(100)  # the window's own start-up timers run while it exists
        assert window.windowTitle().endswith("CHỈ XEM (không phát, không ghi)")
        assert list_backups(closed_station) == before
    finally:
        _dispose(window)
        opened.close()
        player.release()
