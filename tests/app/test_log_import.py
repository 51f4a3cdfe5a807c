"""`log import`: CSV files written as an operator or Excel would write them, into a real station."""

from __future__ import annotations

import argparse
import signal
import sqlite3
import subprocess
import sys
import time
import unicodedata
from datetime import date, datetime
from pathlib import Path

import pytest

from app.cli import CliContext, CliServices, OneLineParser
from app.commands.log import register_import
from app.database import connect_read_only
from app.errors import ImportRejected
from app.log import airings
from app.log.export import export_csv
from app.log.importer import apply_import, import_log, preview_import
from app.paths import StationPaths
from app.report import Period, build_report, report_to_json
from app.startup_checks import run_startup_checks
from app.station import Station
from tests.app.test_report import APRIL, MARCH, aired
from tests.conftest import TESTS_DIR, run_cli
from tests.log_files import cached_paper_log

NOW = datetime(2026, 11, 27, 9, 0, 0)
HEADER = "started_at,ended_at,title,topic,status,trigger,scheduled_at,operator,note"
GOOD_ROWS = [
    "2026-04-01 06:00:00,2026-04-01 06:03:00,Cảnh giác cuộc gọi giả danh,Phòng chống lừa đảo qua mạng,completed,"
    "scheduled,2026-04-01 06:00:00,Chị Lan,",
    "2026-04-01 23:59:00,2026-04-02 00:01:00,Bản tin đêm,Phòng chống lừa đảo qua mạng,completed,manual,,Anh Hùng,"
    "qua nửa đêm",
    "2026-04-02 17:00:00,2026-04-02 17:00:40,Nghị định 13 về dữ liệu cá nhân,Bảo vệ dữ liệu cá nhân,interrupted,"
    "scheduled,2026-04-02 17:00:00,,Mất điện",
    ",,Bản tin sáng,An toàn thông tin,missed,scheduled,2026-04-03 06:00:00,,Máy tắt",
    ",,Bản tin chiều,An toàn thông tin,skipped,,2026-04-03 17:00:00,,",
    "2026-04-04 06:00:05,2026-04-04 06:00:05,Bản tin lỗi tệp,An toàn thông tin,failed,scheduled,"
    "2026-04-04 06:00:00,,Tệp âm thanh hỏng",
]


def to_windows_1258(text: str) -> bytes:
    """Vietnamese as old Windows software saves it: shaped letters (ă, ơ, ...) plus a combining tone mark."""
    tones = "\u0300\u0301\u0303\u0309\u0323"
    out = b""
    for char in text:
        try:
            out += char.encode("cp1258")
        except UnicodeEncodeError:
            base, *marks = unicodedata.normalize("NFD", char)
            shape = "".join(mark for mark in marks if mark not in tones)
            tone = "".join(mark for mark in marks if mark in tones)
            out += unicodedata.normalize("NFC", base + shape).encode("cp1258") + tone.encode("cp1258")
    return out


def write(
    tmp_path: Path,
    lines: list[str],
    encoding: str = "utf-8",
    bom: bool = False,
    name: str = "log.csv",
    newline: str = "\r\n",
) -> Path:
    path = tmp_path / name
    data = newline.join(lines) + newline
    encoded = to_windows_1258(data) if encoding == "cp1258" else data.encode(encoding)
    path.write_bytes((b"\xef\xbb\xbf" if bom else b"") + encoded)
    return path


def imported_rows(db) -> list[dict]:
    return list(db.query("SELECT * FROM airings WHERE source = 'imported' ORDER BY id"))


@pytest.mark.parametrize("bom", [True, False])
def test_good_file_is_imported_into_the_chain_and_the_report(station, tmp_path, bom):
    db = station.db
    airings.record_not_aired(
        db, status="missed", title="Có sẵn", topic="An toàn thông tin", scheduled_at=datetime(2026, 3, 31, 6, 0)
    )
    path = write(tmp_path, [HEADER, *GOOD_ROWS], bom=bom)
    preview = preview_import(db, path, now=NOW)
    assert preview.ok and len(preview.rows) == 6 and preview.errors == ()
    assert preview.new_topics == ("Bảo vệ dữ liệu cá nhân",)
    counts = {
        count.topic: (count.airings, count.seconds, count.cut_short, count.cut_short_seconds, count.not_aired)
        for count in preview.topics
    }
    # The preview counts as the report below does: the interrupted 40 s row (no planned length) is cut short.
    assert counts == {
        "Phòng chống lừa đảo qua mạng": (2, 300.0, 0, 0.0, 0),
        "Bảo vệ dữ liệu cá nhân": (0, 0.0, 1, 40.0, 0),
        "An toàn thông tin": (0, 0.0, 0, 0.0, 3),
    }
    assert "2 lượt phát (5 phút), 3 lượt không phát, 1 lượt ngắt sớm (40 giây, không tính)" in preview.summary()
    assert db["airings"].count == 1  # a preview writes nothing

    ids = apply_import(db, preview)
    assert len(ids) == 6
    rows = imported_rows(db)
    assert all(row["row_hash"] and row["chain_index"] for row in rows)
    by_title = {row["title"]: row for row in rows}
    night = by_title["Bản tin đêm"]
    assert (night["duration_s"], night["trigger"], night["operator"], night["note"]) == (
        120.0,
        "manual",
        "Anh Hùng",
        "qua nửa đêm",
    )
    missed = by_title["Bản tin sáng"]
    assert missed["started_at"] is None and missed["scheduled_at"] == "2026-04-03 06:00:00"
    assert by_title["Bản tin chiều"]["trigger"] == "scheduled"
    check = airings.verify_chain(db)
    assert check.intact and check.rows_checked == 7
    assert db["topics"].count == 6 and db.execute(
        "SELECT colour FROM topics WHERE name = 'Bảo vệ dữ liệu cá nhân'"
    ).fetchone()[0].startswith("#")

    report = build_report(db, Period(date(2026, 4, 1), date(2026, 4, 30)), now=NOW)
    # The interrupted 40 s row has no planned length: under 60 s it is cut short, listed apart (issue 9).
    assert (report.period.airings, report.period.seconds, report.period.imported_airings) == (2, 300.0, 2)
    assert (report.period.cut_short, report.period.cut_short_seconds) == (1, 40.0)
    assert (preview.airings, preview.seconds, preview.cut_short, preview.cut_short_seconds) == (2, 300.0, 1, 40.0)
    assert report.not_aired.counts == {"missed": 1, "failed": 1, "skipped": 1, "cut_short": 1}
    assert report.topic("Phòng chống lừa đảo qua mạng").seconds == 300.0  # 23:59 one counts on 1 April


def test_importing_the_same_file_twice_adds_nothing_the_second_time(station, tmp_path):
    path = write(tmp_path, [HEADER, *GOOD_ROWS])
    first, ids = import_log(station.db, path, now=NOW)
    second, again = import_log(station.db, path, now=NOW)
    assert len(ids) == 6 and again == [] and second.already_present == 6
    assert "6 dòng đã có trong nhật ký, bỏ qua" in second.summary()
    assert len(imported_rows(station.db)) == 6


def test_one_bad_row_and_nothing_is_imported_every_bad_row_named(station, tmp_path):
    bad = [
        HEADER,
        GOOD_ROWS[0],
        "2026-04-05 06:10:00,2026-04-05 06:00:00,Ngược giờ,An toàn thông tin,completed,,,,",  # line 3
        GOOD_ROWS[2],
        "2026-04-06 06:00:00,2026-04-06 06:02:00,Sai trạng thái,An toàn thông tin,xong,,,,",  # line 5
        "06/04/2026 06:00,2026-04-06 06:02:00,Sai ngày,An toàn thông tin,completed,,,,",  # line 6
        ",,Thiếu giờ dự kiến,An toàn thông tin,missed,,,,",  # line 7
        "2026-04-07 06:00:00,2026-04-07 06:01:00,,An toàn thông tin,completed,robot,,,",  # line 8
    ]
    path = write(tmp_path, bad)
    preview = preview_import(station.db, path, now=NOW)
    assert not preview.ok and preview.rows == ()
    assert [error.line for error in preview.errors] == [3, 5, 6, 7, 8]
    message = preview.error_message()
    assert "5 dòng lỗi" in message
    assert "Dòng 3: giờ kết thúc (2026-04-05 06:00:00) trước giờ bắt đầu (2026-04-05 06:10:00)" in message
    assert "Dòng 5: trạng thái “xong” không hợp lệ" in message
    assert "Dòng 6: giờ bắt đầu (started_at) “06/04/2026 06:00” không đọc được" in message
    assert "Dòng 7: lượt “Bị lỡ” bỏ trống giờ bắt đầu, kết thúc thì cần giờ dự kiến" in message
    assert "Dòng 8: thiếu tiêu đề (title); kiểu phát “robot” không hợp lệ" in message
    assert "\n" not in message
    with pytest.raises(ImportRejected, match="Dòng 3"):
        apply_import(station.db, preview)
    with pytest.raises(ImportRejected):
        import_log(station.db, path, now=NOW)
    assert station.db["airings"].count == 0 and station.db["topics"].count == 5


@pytest.mark.parametrize("encoding", ["cp1258", "utf-16"])
def test_other_encodings_are_refused_with_advice(station, tmp_path, encoding):
    path = write(tmp_path, [HEADER, *GOOD_ROWS], encoding=encoding)
    preview = preview_import(station.db, path, now=NOW)
    assert not preview.ok and preview.rows == ()
    assert "CSV UTF-8" in preview.error_message()
    assert ("UTF-16" if encoding == "utf-16" else "không phải mã UTF-8") in preview.error_message()


def test_excel_style_file_semicolons_labels_and_quoted_multiline_note(station, tmp_path):
    lines = [
        "started_at;ended_at;title;topic;status",
        '2026-04-01 06:00:00;2026-04-01 06:02:00;"Bản tin; có dấu chấm phẩy";an toàn THÔNG TIN;Đã phát xong',
        "2026-04-02 06:00:00;2026-04-02 06:01:00;Bản tin hai;An toàn thông tin;Bị ngắt",
        "",
        '2026-04-03 06:00:00;2026-04-03 06:00:00;"Ghi chú',
        'nhiều dòng";An toàn thông tin;hoàn thành',  # line 6-7: a quoted title over two lines, bad status
    ]
    preview = preview_import(station.db, write(tmp_path, lines, newline="\n"), now=NOW)
    assert [error.line for error in preview.errors] == [5]
    assert "“hoàn thành” không hợp lệ" in preview.errors[0].message
    fixed = preview_import(station.db, write(tmp_path, lines[:3], newline="\n", name="ok.csv"), now=NOW)
    assert fixed.ok and [row["status"] for row in fixed.rows] == ["completed", "interrupted"]
    assert fixed.rows[0]["topic"] == "An toàn thông tin" and fixed.new_topics == ()
    assert fixed.rows[0]["title"] == "Bản tin; có dấu chấm phẩy"


@pytest.mark.parametrize(
    "lines, message",
    [
        (["started_at,ended_at,title,status"], "dòng tiêu đề thiếu cột: Chủ đề (topic)"),
        ([HEADER], "không có dòng dữ liệu"),
        ([], "Tệp trống"),
        ([HEADER, "2027-01-01 06:00:00,2027-01-01 06:01:00,Tương lai,An toàn thông tin,completed,,,,"], "ở tương lai"),
        ([HEADER, "2026-04-01 06:00:00,2026-04-03 06:00:00,Quá dài,An toàn thông tin,completed,,,,"], "dài hơn 24 giờ"),
        ([HEADER, "2026-04-01 06:00:00,,Thiếu giờ kết thúc,An toàn thông tin,completed,,,,"], "thiếu giờ kết thúc"),
        ([HEADER, GOOD_ROWS[0], GOOD_ROWS[0]], "trùng hoàn toàn với dòng 2"),
        (
            [HEADER, "2026-04-01 06:00:00,2026-04-01 06:01:00,Đang phát,An toàn thông tin,on_air,,,,"],
            "lượt đang phát (on_air), chưa kết thúc",
        ),
    ],
)
def test_refusals(station, tmp_path, lines, message):
    preview = preview_import(station.db, write(tmp_path, lines), now=NOW)
    assert not preview.ok and message in preview.error_message()
    with pytest.raises(ImportRejected):
        apply_import(station.db, preview)
    assert station.db["airings"].count == 0


def test_log_changed_since_the_preview_is_refused_whole(station, tmp_path):
    preview = preview_import(station.db, write(tmp_path, [HEADER, *GOOD_ROWS]), now=NOW)
    import_log(station.db, write(tmp_path, [HEADER, GOOD_ROWS[3]], name="one.csv"), now=NOW)
    with pytest.raises(ImportRejected, match="dòng 5 đã có trong nhật ký"):
        apply_import(station.db, preview)
    assert len(imported_rows(station.db)) == 1


def _cli(db_path: Path, *argv: str) -> tuple[int, argparse.Namespace]:
    """`log import` as the `log` command mounts it: a `log` parser whose subcommands get register_import."""
    parser = OneLineParser(prog="truyenthanh")
    log = parser.add_subparsers(dest="command").add_parser("log", description="Nhật ký")
    register_import(log.add_subparsers(dest="log_command", required=True))
    args = parser.parse_args(["log", *argv])
    ctx = CliContext(db_path=db_path, services=CliServices())
    try:
        return args.handler(ctx, args), args
    finally:
        ctx.close()


def test_cli_import_and_dry_run(db_path, tmp_path, capsys):
    path = write(tmp_path, [HEADER, *GOOD_ROWS])
    code, _ = _cli(db_path, "import", str(path), "--dry-run")
    assert code == 0 and "Chưa ghi gì" in capsys.readouterr().out
    code, _ = _cli(db_path, "import", str(path))
    out = capsys.readouterr().out
    assert code == 0 and "Đã nhập 6 dòng từ log.csv" in out and "Bảo vệ dữ liệu cá nhân (chủ đề mới)" in out
    bad = write(tmp_path, [HEADER, "x,y,z,t,completed,,,,"], name="bad.csv")
    with pytest.raises(ImportRejected, match="Dòng 2: giờ bắt đầu"):
        _cli(db_path, "import", str(bad))


def test_round_trip_through_log_export_gives_the_same_report(station, tmp_path):
    """A ward exports its April log; the town office imports it: both count the same."""
    ward = station.db
    aired(ward, "An toàn thông tin", "2026-03-20 06:00:00", 95.5)
    aired(ward, "Phòng chống lừa đảo qua mạng", "2026-04-01 06:00:00", 117.6)
    aired(ward, "Phòng chống lừa đảo qua mạng", "2026-04-30 23:59:00", 180, status="interrupted")
    aired(ward, "Chuyển đổi số", "2026-04-10 17:00:00", 300, trigger="manual")
    airings.record_not_aired(
        ward, status="missed", title="Lỡ", topic="An toàn thông tin", scheduled_at=datetime(2026, 4, 3, 6, 0)
    )
    airings.record_not_aired(
        ward,
        status="failed",
        title="Lỗi",
        topic="An toàn thông tin",
        scheduled_at=datetime(2026, 4, 4, 6, 0),
        at=datetime(2026, 4, 4, 6, 0, 2),
    )
    exported = tmp_path / "phuong.csv"
    assert export_csv(ward, date(2026, 3, 1), date(2026, 4, 30), exported) == 6

    office = Station.open(tmp_path / "thi-xa" / "dai.db")
    try:
        preview, ids = import_log(office.db, exported, now=NOW)
        assert len(ids) == 6 and preview.new_topics == ("Chuyển đổi số",)
        assert airings.verify_chain(office.db).intact

        def numbers(db):
            data = report_to_json(build_report(db, APRIL, MARCH, annex=False, verify_log=False, now=NOW))
            return {key: data[key] for key in ("period", "baseline", "topics", "not_aired")}

        ward_numbers, office_numbers = numbers(ward), numbers(office.db)
        assert office_numbers["period"]["imported_airings"] == 3
        office_numbers["period"]["imported_airings"] = ward_numbers["period"]["imported_airings"]
        office_numbers["baseline"]["imported_airings"] = ward_numbers["baseline"]["imported_airings"]
        for row in office_numbers["topics"]:  # a created topic gets a colour of its own
            row["colour"] = next(r["colour"] for r in ward_numbers["topics"] if r["topic"] == row["topic"])
        assert office_numbers == ward_numbers
        assert ward_numbers["period"]["seconds"] == 597.6
    finally:
        office.close()


def test_a_thousand_bad_rows_are_listed_then_counted(station, tmp_path):
    lines = [HEADER] + [
        f"2026-04-01 06:{n // 60:02d}:{n % 60:02d},,Thiếu giờ,An toàn thông tin,completed,,,," for n in range(1200)
    ]
    preview = preview_import(station.db, write(tmp_path, lines), now=NOW)
    assert len(preview.errors) == 1000 and preview.more_errors == 200
    message = preview.error_message()
    assert "1200 dòng lỗi" in message and message.endswith("| và 200 dòng lỗi khác")


def test_rows_stream_from_the_staging_file_and_it_goes_when_done(station, tmp_path):
    preview = preview_import(station.db, write(tmp_path, [HEADER, *GOOD_ROWS]), now=NOW)
    staging = preview.staging
    assert staging.is_file() and staging.parent == station.paths.data_dir / "imports"
    assert preview.rows[1:3] == list(preview.rows)[1:3] and preview.lines[0] == 2
    apply_import(station.db, preview)
    assert not staging.exists()
    [batch] = station.db.query("SELECT * FROM import_batches")
    assert (batch["state"], batch["rows_done"], batch["rows_total"]) == ("done", 6, 6)
    discarded = preview_import(station.db, write(tmp_path, [HEADER, GOOD_ROWS[0]], name="b.csv"), now=NOW)
    assert discarded.ok and discarded.rows == () and discarded.already_present == 1  # nothing to stage


ROWS_KILLED = 20_000


def _batch(db_path):
    conn = connect_read_only(db_path)
    try:
        return conn.execute("SELECT state, rows_done, rows_total FROM import_batches").fetchone()
    except sqlite3.OperationalError:
        return None
    finally:
        conn.close()


@pytest.mark.parametrize("when", ["checking", "appending"])
def test_an_import_killed_mid_way_leaves_none_or_all_of_its_rows(tmp_path, when):
    db_path = tmp_path / "dai.db"
    Station.open(db_path).close()
    paper = cached_paper_log(ROWS_KILLED)
    process = subprocess.Popen(
        [sys.executable, "-m", "ui.entry", "--db", str(db_path), "log", "import", str(paper)],
        cwd=TESTS_DIR.parent,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    staging = StationPaths.for_database(db_path).data_dir / "imports"
    deadline = time.monotonic() + 60
    while True:
        assert process.poll() is None and time.monotonic() < deadline, "the import ended before it could be killed"
        batch = _batch(db_path)
        if when == "checking" and staging.is_dir() and any(staging.iterdir()) and batch is None:
            break
        if when == "appending" and batch is not None and batch[1] > 0:
            break
        time.sleep(0.005)
    process.send_signal(signal.SIGKILL)
    process.wait(timeout=10)

    station = Station.open(db_path, read_only=True)
    try:
        held = station.db.execute("SELECT count(*) FROM airings").fetchone()[0]
    finally:
        station.close()
    batch = _batch(db_path)
    if when == "checking":
        assert held == 0 and batch is None  # the log never saw the file
        return
    assert batch[0] == "appending" and held == batch[1] < ROWS_KILLED  # past the commit point, part-way
    problems = run_startup_checks(StationPaths.for_database(db_path))
    assert [p.code for p in problems] == ["import_unfinished"]
    assert problems[0].message.startswith(
        f"Lần nhập nhật ký từ {paper.name} bị dừng giữa chừng: đã thêm {held}/{ROWS_KILLED}"
    )
    info = run_cli("--db", str(db_path), "info")
    assert f"bị dừng giữa chừng: đã thêm {held}/{ROWS_KILLED} dòng" in info.stdout

    checked = run_cli("--db", str(db_path), "check")
    assert checked.stdout.startswith(
        f"Đã hoàn tất lần nhập nhật ký dở dang từ {paper.name}: thêm {ROWS_KILLED - held} dòng."
    ), checked.stdout
    assert checked.returncode == 0, checked.stdout
    verified = run_cli("--db", str(db_path), "log", "verify")
    assert verified.returncode == 0 and f"đã kiểm tra {ROWS_KILLED} dòng" in verified.stdout
