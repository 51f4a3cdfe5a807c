import sqlite3
from datetime import datetime, timedelta

import pytest

from app.backup import (
    airing_count,
    backup_name,
    backups_to_keep,
    check_backup_file,
    create_backup,
    ensure_daily_backup,
    list_backups,
    on_air_title,
    parse_backup_name,
    prune_backups,
    restore_backup,
)
from app.errors import InputError, StorageError
from app.log import airings
from app.paths import StationPaths
from app.station import Station
from tests.conftest import run_cli

T0 = datetime(2026, 11, 20, 6, 0, 0)


def _air(db, title, at):
    airing_id = airings.start_airing(db, title=title, topic="An toàn thông tin", started_at=at, trigger="scheduled")
    airings.finish_airing(db, airing_id, ended_at=at + timedelta(seconds=90))
    return airing_id


def d(text: str) -> datetime:
    return datetime.strptime(text, "%Y-%m-%d %H:%M")


# --- retention: a pure function, table-driven ------------------------------------------------------


def _daily(first: str, count: int, hour: str = "06:00") -> list[datetime]:
    start = d(f"{first} {hour}")
    return [start + timedelta(days=n) for n in range(count)]


RETENTION_CASES = [
    ("nothing", [], set()),
    ("one", [d("2026-11-20 06:00")], {d("2026-11-20 06:00")}),
    ("fewer than 14 days: all kept", _daily("2026-11-01", 10), set(_daily("2026-11-01", 10))),
    ("exactly 14 days in one month", _daily("2026-11-01", 14), set(_daily("2026-11-01", 14))),
    ("20 days in one month: the newest 14", _daily("2026-11-01", 20), set(_daily("2026-11-07", 14))),
    (
        "two months: 14 days + the earlier month's end",
        _daily("2026-10-20", 30),
        set(_daily("2026-11-05", 14)) | {d("2026-10-31 06:00")},
    ),
    (
        "same day: newest of an earlier day, all of the newest day",
        [d("2026-11-19 06:00"), d("2026-11-19 14:30"), d("2026-11-20 06:00"), d("2026-11-20 09:15")],
        {d("2026-11-19 14:30"), d("2026-11-20 06:00"), d("2026-11-20 09:15")},
    ),
]


@pytest.mark.parametrize(
    ("taken", "expected"), [case[1:] for case in RETENTION_CASES], ids=[case[0] for case in RETENTION_CASES]
)
def test_retention_table(taken, expected):
    assert backups_to_keep(taken) == expected


def test_retention_gaps_count_days_that_have_backups():
    taken = [d("2026-11-01 06:00") + timedelta(days=2 * n) for n in range(16)]  # 11-01 .. 12-01
    keep = backups_to_keep(taken)
    assert keep == set(taken[2:]) | {d("2026-11-29 06:00")}  # newest 14 days + November's end (already in)
    assert d("2026-11-01 06:00") not in keep and d("2026-11-03 06:00") not in keep


def test_retention_keeps_twelve_month_ends_over_two_years():
    taken = _daily("2025-01-01", 730)  # every day of 2025 and 2026
    keep = backups_to_keep(taken)
    month_ends = {
        d(f"{y}-{m:02d}-{e} 06:00")
        for y, m, e in [
            (2025, 12, 31),
            (2026, 1, 31),
            (2026, 2, 28),
            (2026, 3, 31),
            (2026, 4, 30),
            (2026, 5, 31),
            (2026, 6, 30),
            (2026, 7, 31),
            (2026, 8, 31),
            (2026, 9, 30),
            (2026, 10, 31),
            (2026, 11, 30),
        ]
    }
    assert keep == set(_daily("2026-12-18", 14)) | month_ends
    assert len(keep) == 26


def test_retention_limits_are_parameters():
    taken = _daily("2026-09-01", 90)
    assert backups_to_keep(taken, daily=3, monthly=1) == set(taken[-3:]) | {d("2026-10-31 06:00")}
    assert backups_to_keep(taken, daily=1, monthly=0) == {taken[-1]}


def test_backup_names_round_trip(station):
    name = backup_name(station.paths, datetime(2026, 11, 20, 6, 5, 9))
    assert name == "truyenthanh-2026-11-20_060509.db"
    assert parse_backup_name(name) == datetime(2026, 11, 20, 6, 5, 9)
    for other in (
        "truyenthanh.db",
        "ghi-chu.txt",
        ".truyenthanh-2026-11-20_060509.db.123.tmp",
        "truyenthanh-2026-13-40_250000.db",
    ):
        assert parse_backup_name(other) is None


# --- making backups --------------------------------------------------------------------------------


def test_backup_is_a_complete_consistent_copy_while_the_station_is_open(station):
    first = _air(station.db, "Cảnh giác lừa đảo", T0)
    path = create_backup(station.paths, T0)
    assert path.parent == station.paths.backup_dir
    assert path.name == "truyenthanh-2026-11-20_060000.db"
    _air(station.db, "Bản tin sau sao lưu", T0 + timedelta(hours=1))  # the live database moves on
    copy = sqlite3.connect(path)
    try:
        assert copy.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        assert copy.execute("PRAGMA journal_mode").fetchone()[0] == "delete"
        assert [r[0] for r in copy.execute("SELECT id FROM airings")] == [first]
    finally:
        copy.close()
    assert not [p for p in station.paths.backup_dir.iterdir() if p.name.endswith(".tmp")]


def test_backup_to_a_chosen_file_is_not_pruned(station, tmp_path):
    target = tmp_path / "usb" / "dai.db"
    assert create_backup(station.paths, T0, target=target) == target.resolve()
    assert check_backup_file(target).bulletins == 7
    assert list_backups(station.paths) == []


def test_what_a_restore_asks_of_the_current_log(station, tmp_path):
    """What is on air holds a restore back; the question names how many rows the log holds now."""
    assert on_air_title(station.db) is None and airing_count(station.db) == 0
    _air(station.db, "Bản tin sáng", T0)
    on_air = airings.start_airing(
        station.db, title="Đang phát", topic="An toàn thông tin", started_at=T0 + timedelta(hours=1), trigger="manual"
    )
    assert on_air_title(station.db) == "Đang phát" and airing_count(station.db) == 2
    target = tmp_path / "dai.db"
    create_backup(station.paths, T0 + timedelta(hours=2), target=target)
    assert check_backup_file(target).airings == 2
    airings.finish_airing(station.db, on_air, ended_at=T0 + timedelta(hours=1, minutes=2))
    assert on_air_title(station.db) is None


def test_backup_refuses_to_overwrite_the_database_itself(station):
    with pytest.raises(InputError, match="chính tệp dữ liệu"):
        create_backup(station.paths, T0, target=station.paths.database)


def test_daily_backup_once_a_day_then_pruned(station):
    made = []
    for day in range(20):
        now = T0 + timedelta(days=day)
        made.append(ensure_daily_backup(station, now))
        assert ensure_daily_backup(station, now + timedelta(hours=5)) is None  # already done today
    assert all(made)
    kept = [b.taken_at for b in list_backups(station.paths)]
    assert kept == sorted({T0 + timedelta(days=n) for n in range(6, 20)} | {d("2026-11-30 06:00")}, reverse=True)


def test_daily_backup_skipped_for_a_read_only_station(station):
    viewer = Station.open(station.paths.database, read_only=True)
    try:
        assert ensure_daily_backup(viewer, T0) is None
    finally:
        viewer.close()
    assert list_backups(station.paths) == []


def test_prune_leaves_other_files_alone(station):
    folder = station.paths.backup_dir
    (folder / "ghi-chu.txt").write_text("giữ", encoding="utf-8")
    for day in range(16):
        create_backup(station.paths, T0 + timedelta(days=day))
    assert len(list_backups(station.paths)) == 14  # November's end is among the newest 14: 2 oldest go
    assert prune_backups(station.paths) == []
    assert (folder / "ghi-chu.txt").exists()


# --- checking and restoring ------------------------------------------------------------------------


def test_check_rejects_what_is_not_a_station_backup(tmp_path):
    garbage = tmp_path / "rac.db"
    garbage.write_bytes(b"day khong phai sqlite" * 100)
    with pytest.raises(InputError, match="không phải bản sao lưu hợp lệ"):
        check_backup_file(garbage)
    other = tmp_path / "khac.db"
    conn = sqlite3.connect(other)
    conn.execute("CREATE TABLE x (a)")
    conn.commit()
    conn.close()
    with pytest.raises(InputError, match="không phải bản sao lưu của phần mềm"):
        check_backup_file(other)
    with pytest.raises(InputError, match="Không tìm thấy"):
        check_backup_file(tmp_path / "khong-co.db")


def test_check_rejects_a_corrupt_backup(station, tmp_path):
    for n in range(200):
        station.db["bulletins"].insert(
            {
                "title": f"Tin {n}",
                "body": "x" * 2000,
                "created_at": "2026-11-20 06:00:00",
                "updated_at": "2026-11-20 06:00:00",
            }
        )
    path = create_backup(station.paths, T0)
    data = bytearray(path.read_bytes())
    page = 4096
    for offset in range(page * 5, page * 7):  # wreck two b-tree pages in the middle
        data[offset] = 0xA5
    broken = tmp_path / "hong.db"
    broken.write_bytes(bytes(data))
    with pytest.raises(InputError, match="hỏng|không phải bản sao lưu hợp lệ"):
        check_backup_file(broken)


def test_check_rejects_a_backup_from_a_newer_version(station, tmp_path):
    path = create_backup(station.paths, T0, target=tmp_path / "moi.db")
    conn = sqlite3.connect(path)
    conn.execute(
        "INSERT INTO _sqlite_migrations (migration_set, name, applied_at) "
        "VALUES ('truyenthanh', 'm999_future', '2030-01-01')"
    )
    conn.commit()
    conn.close()
    with pytest.raises(InputError, match="phiên bản phần mềm mới hơn"):
        check_backup_file(path)


def test_restore_swaps_in_the_backup_and_keeps_the_current_database_aside(station):
    paths = station.paths
    kept_id = _air(station.db, "Trước sao lưu", T0)
    backup = create_backup(paths, T0)
    _air(station.db, "Sau sao lưu", T0 + timedelta(hours=2))
    station.close()

    result = restore_backup(paths, backup, T0 + timedelta(hours=3))
    assert result.summary.airings == 1 and result.summary.chain_intact
    assert result.kept_aside.name == "truyenthanh.truoc-khoi-phuc-20261120-090000.db"
    assert not [p for p in paths.database.parent.iterdir() if p.name.endswith(".tmp")]

    reopened = Station.open(paths.database)
    try:
        assert [r["id"] for r in reopened.db["airings"].rows] == [kept_id]
        assert airings.verify_chain(reopened.db).intact
    finally:
        reopened.close()
    aside = Station.open(result.kept_aside, read_only=True)
    try:
        assert [r["title"] for r in aside.db["airings"].rows] == ["Trước sao lưu", "Sau sao lưu"]
    finally:
        aside.close()


def test_restore_of_a_bad_file_changes_nothing(station, tmp_path):
    _air(station.db, "Giữ nguyên", T0)
    station.close()
    before = station.paths.database.read_bytes()
    bad = tmp_path / "rac.db"
    bad.write_text("không phải cơ sở dữ liệu", encoding="utf-8")
    with pytest.raises(InputError):
        restore_backup(station.paths, bad, T0)
    assert station.paths.database.read_bytes() == before
    assert [p.name for p in station.paths.database.parent.iterdir() if "truoc-khoi-phuc" in p.name] == []


def test_backup_without_a_database_says_so(tmp_path):
    with pytest.raises(StorageError, match="Chưa có tệp dữ liệu"):
        create_backup(StationPaths.for_database(tmp_path / "khong.db"), T0)


def test_cli_backup_list_and_restore(tmp_path):
    (tmp_path / "dai").mkdir()
    db = tmp_path / "dai" / "truyenthanh.db"
    nothing = run_cli("--db", str(db), "backup")
    assert nothing.returncode == 3 and "Chưa có tệp dữ liệu" in nothing.stderr
    assert run_cli("--db", str(db), "info").returncode == 0
    made = run_cli("--db", str(db), "backup")
    assert made.returncode == 0, made.stderr
    assert "Đã sao lưu dữ liệu vào:" in made.stdout
    listed = run_cli("--db", str(db), "backup", "--list")
    assert listed.returncode == 0 and "truyenthanh-" in listed.stdout
    backup = list_backups(StationPaths.for_database(db))[0].path
    restored = run_cli("--db", str(db), "restore", str(backup))
    assert restored.returncode == 0, restored.stderr
    assert "Đã khôi phục dữ liệu từ" in restored.stdout and "giữ lại ở" in restored.stdout
    bad = run_cli("--db", str(db), "restore", str(tmp_path / "khong-co.db"))
    assert bad.returncode == 2
    assert bad.stderr.strip().count("\n") == 0 and "Không tìm thấy tệp sao lưu" in bad.stderr
