"""`truyenthanh log export`: a CSV Excel opens (UTF-8 with BOM), fixed leading columns, rows of the period by
the date they started, written atomically."""

from __future__ import annotations

import csv
import io
from dataclasses import replace
from datetime import date, datetime

import pytest

from app.cli import run
from app.errors import InputError
from app.log import airings
from app.log import export as log_export
from app.log.columns import column_code
from app.log.listing import AiringQuery, LogFilter
from app.station import Station
from tests.conftest import run_cli

LEADING = ["started_at", "ended_at", "title", "topic", "status", "trigger", "scheduled_at", "operator", "note"]
VIETNAMESE_LEADING = [
    "Bắt đầu",
    "Kết thúc",
    "Tiêu đề",
    "Chủ đề",
    "Trạng thái",
    "Kiểu phát",
    "Giờ dự kiến",
    "Người vận hành",
    "Ghi chú",
]


def fill_log(db) -> None:
    first = airings.start_airing(
        db,
        title='Cảnh giác cuộc gọi giả danh, "công an"',
        topic="Phòng chống lừa đảo qua mạng",
        trigger="scheduled",
        started_at=datetime(2025, 3, 16, 23, 59, 50),
        scheduled_at=datetime(2025, 3, 16, 23, 59, 50),
        planned_duration_s=30,
        operator="Nguyễn Thị Hoa",
    )
    airings.finish_airing(db, first, ended_at=datetime(2025, 3, 17, 0, 0, 20), duration_s=30.0)
    second = airings.start_airing(
        db,
        title="Đọc trực tiếp: họp tổ dân phố",
        topic="An toàn thông tin",
        started_at=datetime(2025, 3, 17, 6, 0, 0),
        trigger="live",
    )
    airings.finish_airing(
        db,
        second,
        ended_at=datetime(2025, 3, 17, 6, 2, 5),
        duration_s=125.25,
        status="interrupted",
        note="Mất điện\nlúc đang đọc",
    )
    airings.record_not_aired(
        db,
        status="missed",
        title="Bản tin trưa",
        topic="Nghị quyết 35-NQ/TW",
        scheduled_at=datetime(2025, 3, 17, 11, 0),
        note="Phần mềm không chạy lúc đến giờ phát.",
    )
    airings.start_airing(db, title="Ngày sau", topic="", started_at=datetime(2025, 3, 18, 0, 0, 0), trigger="manual")


def read(path, *, codes: bool = False) -> list[dict]:
    """The rows by column code; the header is checked to be the Vietnamese one (or the codes' one)."""
    raw = path.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf"), "no UTF-8 BOM: Excel would show broken Vietnamese"
    text = raw.decode("utf-8-sig")
    reader = csv.reader(io.StringIO(text, newline=""))
    header = next(reader)
    assert header[: len(LEADING)] == (LEADING if codes else VIETNAMESE_LEADING)
    if not codes:
        assert header[-2:] == ["Mã băm dòng trước", "Mã băm dòng"], "the hash columns come last"
        assert not [name for name in header if name.isascii()], "every column named in Vietnamese"
    return [dict(zip([column_code(name) for name in header], row, strict=True)) for row in reader]


def test_export_one_day_by_start_date(station, tmp_path):
    fill_log(station.db)
    out_dir = tmp_path / "xuat"
    out_dir.mkdir()
    target = out_dir / "nhật ký tháng 3.csv"
    assert log_export.export_csv(station.db, date(2025, 3, 17), date(2025, 3, 17), target, codes=True) == 2
    rows = read(target, codes=True)
    assert [(r["title"], r["status"], r["trigger"]) for r in rows] == [
        ("Đọc trực tiếp: họp tổ dân phố", "interrupted", "live"),
        ("Bản tin trưa", "missed", "scheduled"),  # never started: belongs to the day it was scheduled for
    ]
    live, missed = rows
    assert live["started_at"] == "2025-03-17 06:00:00" and live["ended_at"] == "2025-03-17 06:02:05"
    assert live["duration_s"] == "125.25" and live["note"] == "Mất điện\nlúc đang đọc"
    assert live["status_label"] == "Bị ngắt" and live["trigger_label"] == "Đọc trực tiếp"
    assert live["row_hash"] and live["chain_index"] == "2"
    assert missed["started_at"] == "" and missed["scheduled_at"] == "2025-03-17 11:00:00"
    assert missed["duration_s"] == "0"
    assert list(out_dir.iterdir()) == [target]  # no temporary file left behind


def test_export_a_range_keeps_quotes_commas_and_rows_on_air(station, tmp_path):
    fill_log(station.db)
    target = tmp_path / "log.csv"
    assert log_export.export_csv(station.db, date(2025, 3, 16), date(2025, 3, 18), target) == 4
    rows = read(target)
    assert rows[0]["title"] == 'Cảnh giác cuộc gọi giả danh, "công an"'
    assert rows[0]["started_at"] == "2025-03-16 23:59:50" and rows[0]["operator"] == "Nguyễn Thị Hoa"
    assert [(r["status"], r["trigger"]) for r in rows] == [
        ("Đã phát xong", "Theo lịch"),
        ("Bị ngắt", "Đọc trực tiếp"),
        ("Bị lỡ", "Theo lịch"),
        ("Đang phát", "Phát tay"),
    ]
    assert rows[-1]["ended_at"] == "" and rows[1]["duration_s"] == "125.25" and rows[1]["chain_index"] == "2"
    assert "status_label" not in rows[0]  # the label is in the status column itself


def test_a_failed_export_leaves_the_old_file_untouched(station, tmp_path):
    fill_log(station.db)
    out_dir = tmp_path / "xuat"
    out_dir.mkdir()
    target = out_dir / "log.csv"
    target.write_text("bản cũ", encoding="utf-8")
    with pytest.raises(InputError, match="sau ngày kết thúc"):
        log_export.export_csv(station.db, date(2025, 3, 18), date(2025, 3, 17), target)
    with pytest.raises(InputError, match="không tồn tại"):
        log_export.export_csv(station.db, date(2025, 3, 17), date(2025, 3, 17), tmp_path / "khong-co" / "log.csv")
    assert target.read_text(encoding="utf-8") == "bản cũ"
    assert sorted(p.name for p in out_dir.iterdir()) == ["log.csv"]


def test_cli_export(capsys, tmp_path):
    db = tmp_path / "dai.db"
    station = Station.open(db)
    fill_log(station.db)
    station.close()
    target = tmp_path / "out.csv"
    code = run(["--db", str(db), "log", "export", "--from", "2025-03-17", "--to", "2025-03-17", "-o", str(target)])
    out, err = capsys.readouterr()
    assert code == 0, err
    assert "Đã xuất 2 lượt phát" in out
    assert len(read(target)) == 2

    code = run(["--db", str(db), "log", "export", "--from", "2025-03-17", "-o", str(target)])
    _, err = capsys.readouterr()
    assert code == 2 and err.strip() == (
        "Lỗi: Thiếu --to (ví dụ: log export --from 2025-03-01 --to 2025-03-31 -o nhat-ky.csv)."
    )
    code = run(["--db", str(db), "log", "export", "--from", "17.03.2025", "--to", "2025-03-17", "-o", str(target)])
    _, err = capsys.readouterr()
    assert code == 2 and "Ngày không hợp lệ" in err and len(err.strip().splitlines()) == 1


def test_real_program_exports(tmp_path):
    db = tmp_path / "dai.db"
    station = Station.open(db)
    fill_log(station.db)
    station.close()
    target = tmp_path / "xuat.csv"
    result = run_cli("--db", str(db), "log", "export", "--from", "2025-03-16", "--to", "2025-03-16", "-o", str(target))
    assert result.returncode == 0, result.stderr
    assert [r["title"] for r in read(target)] == ['Cảnh giác cuộc gọi giả danh, "công an"']


def test_the_log_pages_filters_and_totals_count_by_the_rule(station):
    """The Nhật ký page's totals are the counting rule's (app.log.listing): the interrupted live reading with no
    planned length counts, being over 60 s."""
    fill_log(station.db)
    query = AiringQuery(station.db)
    days = LogFilter(date(2025, 3, 16), date(2025, 3, 18))
    totals = query.totals(days)
    assert (totals.rows, totals.counted, totals.seconds, totals.not_aired, totals.on_air) == (4, 2, 155.25, 1, 1)
    assert totals.cut_short == 0 and totals.unsealed == 0
    only = query.rows(query.ids(replace(days, topic="An toàn thông tin")))
    assert [row["title"] for row in only.values()] == ["Đọc trực tiếp: họp tổ dân phố"]
    missed = query.rows(query.ids(replace(days, statuses=("missed",))))
    assert [row["status"] for row in missed.values()] == ["missed"]
    assert query.ids(replace(days, statuses=())) == []
    exported = [row["title"] for row in log_export.iter_airings_between(station.db, days.first, days.last)]
    assert len(exported) == totals.rows
