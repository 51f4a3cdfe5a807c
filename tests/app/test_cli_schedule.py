"""`truyenthanh schedule ...` and `truyenthanh playout --help` as the operator types them."""

from __future__ import annotations

from datetime import datetime, time, timedelta

import pytest

from app.cli import run
from app.station import Station
from app.station_time import now_local
from tests.audio_fixtures import add_segment
from tests.conftest import run_cli


@pytest.fixture
def db_file(tmp_path):
    path = tmp_path / "dai.db"
    station = Station.open(path)
    first = add_segment(station.db, station.paths.data_dir, title="Cảnh giác lừa đảo", seconds=1)
    second = add_segment(
        station.db, station.paths.data_dir, title="An toàn thông tin", seconds=1, topic="An toàn thông tin"
    )
    # Planning reads the stored length; long files would only slow the test down.
    station.db.execute("UPDATE segments SET duration_s = 90 WHERE id = ?", [first])
    station.db.execute("UPDATE segments SET duration_s = 1800 WHERE id = ?", [second])
    station.close()
    return path


def cli(capsys, db_file, *args: str) -> tuple[int, list[str], str]:
    code = run(["--db", str(db_file), *args])
    out, err = capsys.readouterr()
    return code, out.strip().splitlines(), err.strip()


def table(db_file, sql: str) -> list[tuple]:
    station = Station.open(db_file)
    try:
        return [tuple(row) for row in station.db.execute(sql).fetchall()]
    finally:
        station.close()


def test_window_item_one_off_and_show(capsys, db_file):
    code, out, _ = cli(
        capsys,
        db_file,
        "schedule",
        "window",
        "add",
        "--name",
        "Bản tin sáng",
        "--start",
        "06:00",
        "--end",
        "06:30",
        "--days",
        "12345",
        "--from",
        "2025-03-01",
        "--to",
        "2025-03-31",
    )
    assert code == 0
    window_id = int(out[-1])
    assert "“Bản tin sáng” 06:00–06:30, T2, T3, T4, T5, T6, từ 01/03/2025 đến 31/03/2025" in out[0]

    code, out, _ = cli(capsys, db_file, "schedule", "window", "item", "--window", str(window_id), "--segment", "1")
    assert code == 0 and "vị trí 1" in out[0]
    first = int(out[-1])
    code, out, _ = cli(
        capsys,
        db_file,
        "schedule",
        "window",
        "item",
        "--window",
        str(window_id),
        "--segment",
        "2",
        "--position",
        "1",
        "--priority",
        "priority",
    )
    second = int(out[-1])
    assert table(db_file, "SELECT id, position, priority FROM schedule_items ORDER BY position") == [
        (second, 1, "priority"),
        (first, 2, "ordinary"),
    ]

    at = (now_local() + timedelta(days=1)).replace(hour=17, minute=30, second=0, microsecond=0)
    code, out, _ = cli(
        capsys,
        db_file,
        "schedule",
        "add",
        "--segment",
        "1",
        "--at",
        f"{at:%Y-%m-%d %H:%M:%S}",
        "--priority",
        "emergency",
    )
    assert code == 0
    one_off = int(out[-1])
    assert table(db_file, f"SELECT at, priority, window_id FROM schedule_items WHERE id = {one_off}") == [
        (f"{at:%Y-%m-%d %H:%M:%S}", "emergency", None)
    ]

    code, out, _ = cli(capsys, db_file, "schedule", "show", "--date", "2025-03-17")
    text = "\n".join(out)
    assert code == 0
    assert out[0].startswith("Danh sách phát Thứ Hai 17/03/2025: 2 mục")
    assert f"06:00:00  mục #{second}  “An toàn thông tin” (An toàn thông tin)" in text
    assert f"06:30:00  mục #{first}  “Cảnh giác lừa đảo” (Phòng chống lừa đảo qua mạng)" in text
    assert "[Ưu tiên]" in text
    assert "Cảnh báo (1):" in text and "vượt quá khung giờ" in text  # 30 min + 90 s in a 30-minute window

    code, out, _ = cli(capsys, db_file, "schedule", "show", "--date", "2025-03-22")  # Saturday: not in --days
    assert "0 mục" in out[0] and "Cảnh báo (1)" not in "\n".join(out)

    code, out, _ = cli(capsys, db_file, "schedule", "window", "list")
    assert any(f"mục #{second}" in line for line in out) and any("Mục phát riêng" in line for line in out)

    code, out, _ = cli(capsys, db_file, "schedule", "window", "move", "--item", str(second), "--position", "2")
    assert table(db_file, "SELECT id FROM schedule_items WHERE window_id IS NOT NULL ORDER BY position") == [
        (first,),
        (second,),
    ]
    assert cli(capsys, db_file, "schedule", "remove", "--item", str(one_off))[0] == 0
    assert cli(capsys, db_file, "schedule", "window", "remove", "--window", str(window_id))[0] == 0
    assert table(db_file, "SELECT count(*) FROM schedule_items") == [(0,)]


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["schedule", "add", "--segment", "1", "--at", "hôm nay"], "Thời điểm không hợp lệ"),
        (["schedule", "add", "--segment", "1", "--at", "2000-01-01 06:00:00"], "đã qua"),
        (["schedule", "add", "--segment", "999", "--at", "2099-01-01 06:00:00"], "Không có tiết mục âm thanh số 999"),
        (["schedule", "add", "--segment", "một", "--at", "2099-01-01 06:00:00"], "--segment phải là một số nguyên"),
        (["schedule", "add", "--at", "2099-01-01 06:00:00"], "Thiếu --segment"),
        (
            ["schedule", "add", "--segment", "1", "--at", "2099-01-01 06:00:00", "--priority", "gấp"],
            "Mức ưu tiên không hợp lệ",
        ),
        (["schedule", "window", "add", "--name", "X", "--start", "25:00", "--end", "06:30"], "Giờ không hợp lệ"),
        (["schedule", "window", "add", "--name", "X", "--start", "06:00", "--end", "06:00"], "trùng giờ kết thúc"),
        (
            ["schedule", "window", "add", "--name", "X", "--start", "06:00", "--end", "07:00", "--days", "89"],
            "Ngày trong tuần không hợp lệ",
        ),
        (
            [
                "schedule",
                "window",
                "add",
                "--name",
                "X",
                "--start",
                "06:00",
                "--end",
                "07:00",
                "--on",
                "2025-03-01",
                "--from",
                "2025-03-01",
            ],
            "không dùng cả hai",
        ),
        (
            ["schedule", "window", "add", "--name", "X", "--start", "06:00", "--end", "07:00", "--from", "2025-13-01"],
            "Ngày không hợp lệ",
        ),
        (["schedule", "window", "item", "--window", "42", "--segment", "1"], "Không có khung giờ số 42"),
        (["schedule", "show", "--date", "17.03.2025"], "Ngày không hợp lệ"),
        (["playout", "--for", "mãi"], "--for phải là một số giây"),
        (["playout", "--heartbeat", "0"], "--heartbeat phải từ 0.5 đến 60"),
    ],
)
def test_bad_input_is_one_vietnamese_line_and_nothing_written(capsys, db_file, args, message):
    code, out, err = cli(capsys, db_file, *args)
    assert code == 2
    assert len(err.splitlines()) == 1 and err.startswith("Lỗi: ") and message in err
    assert table(db_file, "SELECT count(*) FROM schedule_items") == [(0,)]
    assert table(db_file, "SELECT count(*) FROM windows") == [(0,)]


def test_real_program_prints_the_new_id_last_and_documents_the_window_form(db_file):
    at = datetime.combine(now_local().date() + timedelta(days=2), time(7, 15))
    result = run_cli("--db", str(db_file), "schedule", "add", "--segment", "2", "--at", f"{at:%Y-%m-%d %H:%M:%S}")
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip().splitlines()[-1] == "1"
    help_text = run_cli("schedule", "window", "--help").stdout
    for word in ("add", "item", "list", "remove", "move", "1 = Thứ Hai"):
        assert word in help_text
    add_help = run_cli("schedule", "window", "add", "--help").stdout
    for option in ("--name", "--start", "--end", "--days", "--from", "--to", "--on"):
        assert option in add_help
    bad = run_cli("--db", str(db_file), "schedule", "add", "--segment", "2", "--at", "mai")
    assert bad.returncode == 2 and len(bad.stderr.strip().splitlines()) == 1 and "Traceback" not in bad.stderr
