"""Someone edits the airtime log with the sqlite3 shell: `log verify` and the start-up check both catch it."""

import shutil
import subprocess

import pytest

from app.paths import StationPaths
from app.startup_checks import check_or_raise, run_startup_checks
from tests.conftest import run_cli
from tests.faults.conftest import make_station
from tests.ui.dialogs import DialogAnswerer
from ui.station_opener import open_station_interactively


def _sqlite3(db_path, sql: str) -> subprocess.CompletedProcess:
    shell = shutil.which("sqlite3")
    if shell is None:
        pytest.fail("the sqlite3 command-line shell is needed (apt install sqlite3)", pytrace=False)
    return subprocess.run([shell, str(db_path)], input=sql, capture_output=True, text=True, timeout=30)


@pytest.fixture
def tampered(db_path):
    ids = make_station(db_path, airings=4)
    refused = _sqlite3(db_path, f"UPDATE airings SET duration_s = 1800 WHERE id = {ids[1]};")
    assert "finished airing rows are read-only" in refused.stderr  # the shell alone is not enough
    done = _sqlite3(
        db_path,
        f"DROP TRIGGER airings_finished_immutable;\nUPDATE airings SET duration_s = 1800 WHERE id = {ids[1]};\n",
    )
    assert done.returncode == 0, done.stderr
    return ids[1]


def test_start_check_catches_the_edit(qtbot, db_path, tampered):
    paths = StationPaths.for_database(db_path)
    problems = run_startup_checks(paths)
    assert [p.code for p in problems] == ["chain_broken", "log_unprotected"]
    named = f"dòng số {tampered} (07:00:00 ngày 20/11/2026, «Bản tin số 2») không còn khớp"
    assert problems[0].message.startswith("Nhật ký đã bị sửa ngoài phần mềm: ") and named in problems[0].message
    assert [p.code for p in check_or_raise(paths)] == ["chain_broken", "log_unprotected"]

    checked = run_cli("--db", str(db_path), "check")
    assert checked.returncode == 1 and named in checked.stdout

    # The window opens (the station must still play) carrying the warning for Nhật ký and reports.
    answers = DialogAnswerer()
    opened = open_station_interactively(db_path)
    answers.stop()
    try:
        assert named in opened.chain_warning
        assert not opened.station.read_only
    finally:
        opened.close()


def test_log_verify_names_the_row_and_fails(db_path, tampered):
    result = run_cli("--db", str(db_path), "log", "verify")
    assert result.returncode != 0
    assert result.stderr.strip().splitlines() == [result.stderr.strip()]
    assert result.stderr.startswith("Lỗi: Nhật ký đã bị sửa ngoài phần mềm: ")
    assert f"dòng số {tampered} (07:00:00 ngày 20/11/2026, «Bản tin số 2») không còn khớp" in result.stderr


def test_log_verify_on_an_untouched_log(db_path):
    make_station(db_path, airings=4)
    result = run_cli("--db", str(db_path), "log", "verify")
    assert result.returncode == 0, result.stderr
    assert "Nhật ký nguyên vẹn: đã kiểm tra 4 dòng." in result.stdout
    assert "Mã đầu chuỗi: " in result.stdout
