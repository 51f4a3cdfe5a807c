"""A database file, or its whole folder, made read-only for real (a read-only bind mount: root obeys it)."""

import pytest

from app.errors import StorageError
from app.log.airings import verify_chain
from app.paths import StationPaths
from app.startup_checks import run_startup_checks
from app.station import Station
from tests.conftest import run_cli
from tests.faults.conftest import file_digest, log_rows, make_station, read_only_bind
from tests.ui.dialogs import DialogAnswerer
from ui.station_opener import open_station_interactively


def _one_line(stderr: str) -> str:
    lines = stderr.strip().splitlines()
    assert len(lines) == 1, stderr
    assert "Traceback" not in stderr
    return lines[0]


@pytest.mark.parametrize("what", ["file", "folder"])
def test_read_only_database_is_said_clearly_and_loses_nothing(qtbot, db_path, what):
    make_station(db_path, airings=3)
    rows = log_rows(db_path)
    digest = file_digest(db_path)
    target = db_path if what == "file" else db_path.parent
    expected = "Tệp dữ liệu" if what == "file" else "Thư mục dữ liệu"

    with read_only_bind(target):
        with pytest.raises(OSError):  # the fault is real, for root too
            open(db_path, "r+b").close()

        problems = run_startup_checks(StationPaths.for_database(db_path))
        assert [p.code for p in problems if p.is_error] == [
            "read_only_folder" if what == "folder" else "read_only_database"
        ]
        assert problems[0].message.startswith(expected) and "chỉ cho phép đọc" in problems[0].message
        assert "chế độ chỉ xem" in problems[0].message

        checked = run_cli("--db", str(db_path), "check")
        assert checked.returncode == 3
        assert checked.stdout.startswith(f"[LỖI] {expected}")

        # A command that writes refuses at once, in one line, before touching anything.
        added = run_cli(
            "--db",
            str(db_path),
            "bulletin",
            "add",
            "--title",
            "Tin mới",
            "--topic",
            "An toàn thông tin",
            "--text",
            "Nội dung.",
        )
        assert added.returncode == 3
        assert "chỉ đọc" in _one_line(added.stderr)
        with pytest.raises(StorageError, match="chỉ đọc|chỉ cho phép đọc"):
            Station.open(db_path)

        # The window says the same and offers to view; everything is there to read.
        answers = DialogAnswerer("Mở chỉ để xem")
        opened = open_station_interactively(db_path)
        answers.stop()
        try:
            assert answers.seen[0].startswith(expected)
            assert opened.station.read_only and opened.lock is None
            assert [tuple(r.values()) for r in opened.station.db["airings"].rows] == rows
            assert verify_chain(opened.station.db).intact
        finally:
            opened.close()

    # Nothing was written while it was read-only, nothing was lost.
    assert file_digest(db_path) == digest
    assert log_rows(db_path) == rows
