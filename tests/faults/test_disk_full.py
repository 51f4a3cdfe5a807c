"""The disk fills up under a running station (a 6 MB tmpfs): clear messages, no row lost."""

import sqlite3
from datetime import timedelta

import pytest

from app.backup import list_backups
from app.errors import StorageError
from app.log import airings
from app.paths import StationPaths
from app.startup_checks import check_or_raise, run_startup_checks
from app.station import Station
from app.storage_faults import storage_guard
from tests.conftest import run_cli
from tests.faults.conftest import T0, fill_disk, log_rows, make_station, small_tmpfs


def test_full_disk_gives_a_clear_message_and_keeps_every_row(tmp_path):
    with small_tmpfs(tmp_path / "o-dia", "6m") as disk:
        db_path = disk / "truyenthanh.db"
        make_station(db_path, airings=3)
        station = Station.open(db_path)
        try:
            filler = fill_disk(disk)

            # The playing station keeps trying to log airings: each attempt that no longer fits says so.
            written: list[int] = []
            with pytest.raises(StorageError) as full:
                for n in range(500):
                    at = T0 + timedelta(days=1, minutes=n)
                    with storage_guard(db_path):
                        airing = airings.start_airing(
                            station.db,
                            title=f"Tin {n}" + " đầy" * 200,
                            topic="An toàn",
                            started_at=at,
                            trigger="scheduled",
                            note="x" * 2000,
                        )
                        airings.finish_airing(station.db, airing, ended_at=at + timedelta(seconds=30))
                    written.append(airing)
            message = str(full.value)
            assert message.startswith("Ổ đĩa đã đầy") and "giải phóng dung lượng" in message
            assert "\n" not in message and isinstance(full.value.__cause__, sqlite3.OperationalError)

            # What was committed before the disk filled is all there and still chained.
            assert station.db["airings"].count == 3 + len(written)
            assert airings.verify_chain(station.db).intact

            problems = run_startup_checks(StationPaths.for_database(db_path))
            assert problems[0].code == "disk_full" and problems[0].message.startswith("Ổ đĩa đã đầy")
            with pytest.raises(StorageError, match="Ổ đĩa đã đầy"):
                check_or_raise(StationPaths.for_database(db_path))

            checked = run_cli("--db", str(db_path), "check")
            assert checked.returncode == 3 and checked.stdout.startswith("[LỖI] Ổ đĩa đã đầy")

            backup = run_cli("--db", str(db_path), "backup")
            assert backup.returncode == 3
            assert backup.stderr.strip().splitlines() == [backup.stderr.strip()]
            assert backup.stderr.startswith("Lỗi: Ổ đĩa đã đầy") and "Traceback" not in backup.stderr
            backups_dir = StationPaths.for_database(db_path).backup_dir
            assert list_backups(StationPaths.for_database(db_path)) == []
            assert not [p for p in backups_dir.iterdir() if p.name.endswith(".tmp")]

            rows_while_full = log_rows(db_path)
            assert len(rows_while_full) == 3 + len(written)

            # Space freed: the same station writes again, nothing from before is missing.
            filler.unlink()
            at = T0 + timedelta(days=2)
            airing = airings.start_airing(
                station.db, title="Sau khi dọn ổ", topic="An toàn", started_at=at, trigger="manual"
            )
            airings.finish_airing(station.db, airing, ended_at=at + timedelta(seconds=10))
            assert station.db.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
            assert airings.verify_chain(station.db).intact
        finally:
            station.close()
        assert log_rows(db_path)[: len(rows_while_full)] == rows_while_full


def test_cli_write_on_a_full_disk_is_one_clear_line(tmp_path):
    with small_tmpfs(tmp_path / "o-dia", "6m") as disk:
        db_path = disk / "truyenthanh.db"
        make_station(db_path, airings=2)
        rows = log_rows(db_path)
        fill_disk(disk)
        outcomes = []
        for n in range(40):  # until the WAL has no room left: each add is a real write through the CLI
            result = run_cli(
                "--db",
                str(db_path),
                "bulletin",
                "add",
                "--title",
                f"Tin {n}",
                "--topic",
                "An toàn thông tin",
                "--text",
                "Nội dung bản tin rất dài. " * 400,
            )
            outcomes.append(result)
            if result.returncode != 0:
                break
        failed = outcomes[-1]
        assert failed.returncode == 3, failed.stderr
        assert failed.stderr.strip().splitlines() == [failed.stderr.strip()]
        assert failed.stderr.startswith("Lỗi: Ổ đĩa đã đầy"), failed.stderr
        assert log_rows(db_path) == rows
