"""Report files read back the way their readers will: openpyxl, a BOM-aware CSV reader, json; and
the real `truyenthanh report` program."""

from __future__ import annotations

import csv
import io
import json
from datetime import date, datetime, time

import openpyxl
import pytest

from app.cli import CliServices, run
from app.errors import StationError, StorageError
from app.report import build_report, iter_annex, set_target
from app.report.export import (
    export_report,
    json_bytes,
    write_csv,
    write_json,
    write_json_stream,
    write_xlsx,
)
from tests.app.test_report import APRIL, MARCH, NOW, A, B, C, D, fill_log
from tests.conftest import run_cli


@pytest.fixture
def report(station):
    fill_log(station.db)
    set_target(station.db, A, "airings_per_day", 1)
    return build_report(station.db, APRIL, MARCH, now=NOW)


def _rows(sheet) -> list[list]:
    return [list(row) for row in sheet.iter_rows(values_only=True)]


def test_xlsx_has_a_sheet_per_table_with_real_numbers(report, tmp_path):
    path = write_xlsx(report, tmp_path / "bao-cao.xlsx")
    book = openpyxl.load_workbook(path)
    assert book.sheetnames == ["Tổng hợp", "Theo chủ đề", "Theo tuần", "Chưa phát", "Chỉ tiêu", "Phụ lục"]

    topics = book["Theo chủ đề"]
    header, *body = _rows(topics)
    assert header[:3] == ["Chủ đề", "Số lượt phát", "Thời lượng (phút)"]
    by_topic = {row[0]: row for row in body}
    assert list(by_topic) == [A, C, D, B, "Tổng cộng"]
    a = by_topic[A]
    assert a[1] == 2 and isinstance(a[1], int)  # the 30 s cut-short airing of 15/04 is not one
    assert a[2] == pytest.approx(6.5) and a[3] == 390  # minutes, seconds
    assert a[6] == 2 and a[8] == 210  # baseline airings, seconds
    assert a[11] == pytest.approx(0.0) and a[12] == pytest.approx(180 / 210)  # changes as fractions
    assert by_topic[D][11] == "mới"
    total = by_topic["Tổng cộng"]
    assert (total[1], total[3], total[6], total[8]) == (5, 750, 4, 600)
    percent_cell = topics.cell(row=2, column=12)
    assert percent_cell.data_type == "n" and "%" in percent_cell.number_format

    summary = {row[0]: row[1:] for row in _rows(book["Tổng hợp"]) if row and row[0]}
    assert summary["Kỳ báo cáo"][:2] == [datetime(2026, 4, 1), datetime(2026, 4, 30)]
    assert summary["Số lượt phát"][:3] == [5, 4, pytest.approx(0.25)]
    assert summary["Lượt bị lỡ"][:2] == [1, 1] and summary["Lượt lỗi"][:2] == [2, 0]
    assert summary["Lượt ngắt sớm (không tính)"][:2] == [1, 0]
    assert summary["Giây đã phát của các lượt ngắt sớm"][:2] == [30, 0]
    assert summary["Mã kiểm tra nhật ký"][0] == report.chain_head_hash
    assert summary["Mã kiểm tra báo cáo"][0] == report.paper_code.text

    weeks = _rows(book["Theo tuần"])
    assert weeks[0][5] == f"{A} (phút)"
    assert len(weeks) == 1 + 11 and weeks[-1][1] == "Tuần 18/2026" and weeks[-1][5] == pytest.approx(4.0)

    annex = _rows(book["Phụ lục"])
    assert len(annex) == 1 + 10
    across = next(row for row in annex if row[2] == "Bản tin" and row[4] == 240)
    assert across[0] == datetime(2026, 4, 30) and across[1] == time(23, 58)
    assert across[6] == "Đã phát xong" and across[7] == "Theo lịch"

    targets = _rows(book["Chỉ tiêu"])
    assert targets[1][:7] == [A, "Tối thiểu 1 lượt/ngày", 1, "lượt/ngày", 30, 2, 28]
    not_aired = _rows(book["Chưa phát"])
    assert len(not_aired) == 1 + 5 + 1
    assert {row[5] for row in not_aired[1:]} == {"Bị lỡ", "Lỗi", "Bỏ qua", "Ngắt sớm"}
    cut = next(row for row in not_aired if row[5] == "Ngắt sớm")
    assert cut[1] == datetime(2026, 4, 15) and cut[2] == time(6, 0) and cut[6] == 30


def test_xlsx_without_annex_or_baseline(station, tmp_path):
    fill_log(station.db)
    report = build_report(station.db, APRIL, annex=False, now=NOW)
    book = openpyxl.load_workbook(write_xlsx(report, tmp_path / "r.xlsx"))
    assert "Phụ lục" not in book.sheetnames
    header = _rows(book["Theo chủ đề"])[0]
    assert len(header) == 6 and "Thay đổi tần suất (%)" not in header


def test_csv_has_a_bom_and_opens_as_utf8_sig(report, tmp_path):
    path = write_csv(report, tmp_path / "bao-cao.csv")
    raw = path.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")
    with open(path, encoding="utf-8-sig", newline="") as handle:
        rows = list(csv.reader(handle))
    assert rows[0][0] == "Chủ đề"  # no BOM glued to the first header
    assert [row[0] for row in rows[1:]] == [A, C, D, B, "Tổng cộng"]
    a = rows[1]
    assert (int(a[1]), float(a[3]), int(a[6]), float(a[8])) == (2, 390.0, 2, 210.0)
    assert float(a[11]) == 0.0 and float(a[12]) == pytest.approx(85.71)  # percent units in CSV
    assert rows[3][11] == "mới"
    assert rows[-1][1] == "5" and float(rows[-1][3]) == 750.0


def test_json_file(report, tmp_path):
    path = write_json(report, tmp_path / "bao-cao.json")
    data = json.loads(path.read_text(encoding="utf-8"))
    assert data["period"]["airings"] == 5 and data["baseline"]["seconds"] == 600.0
    assert "Bạch Sam" in path.read_text(encoding="utf-8")  # real letters, not \u escapes


def test_files_are_replaced_whole_and_no_temporary_is_left(report, tmp_path):
    out = tmp_path / "out"
    out.mkdir()
    target = out / "bao-cao.xlsx"
    target.write_bytes(b"old")
    write_xlsx(report, target)
    assert openpyxl.load_workbook(target)
    assert sorted(p.name for p in out.iterdir()) == ["bao-cao.xlsx"]
    with pytest.raises(StorageError, match="không tồn tại"):
        write_csv(report, tmp_path / "khong-co" / "r.csv")


def test_pdf_needs_the_qt_layer_and_a_failed_render_leaves_the_old_file(report, tmp_path):
    out = tmp_path / "out"
    out.mkdir()
    target = out / "bao-cao.pdf"
    with pytest.raises(StationError, match="PDF cần thành phần giao diện Qt"):
        export_report(report, "pdf", target)
    target.write_bytes(b"%PDF old")

    def renderer_that_fails(_report, path):
        path.write_bytes(b"%PDF half")
        raise OSError(28, "No space left on device")

    with pytest.raises(StorageError, match="Không ghi được tệp"):
        export_report(report, "pdf", target, render_pdf=renderer_that_fails)
    assert target.read_bytes() == b"%PDF old"
    assert sorted(p.name for p in out.iterdir()) == ["bao-cao.pdf"]


def test_cli_pdf_without_qt_services_is_one_line(db_path, capsys):
    code = run(
        [
            "--db",
            str(db_path),
            "report",
            "--from",
            "2026-04-01",
            "--to",
            "2026-04-30",
            "--format",
            "pdf",
            "-o",
            str(db_path.parent / "r.pdf"),
        ],
        CliServices(),
    )
    assert code == 1
    err = capsys.readouterr().err
    assert len(err.strip().splitlines()) == 1 and "PDF cần thành phần giao diện Qt" in err


# ---------------------------------------------------------------- the real program


@pytest.fixture
def filled_db(station, db_path):
    fill_log(station.db)
    return db_path


def test_cli_json_to_stdout(filled_db, tmp_path):
    result = run_cli(
        "--db",
        str(filled_db),
        "report",
        "--from",
        "2026-04-01",
        "--to",
        "30/04/2026",
        "--baseline-from",
        "2026-03-01",
        "--baseline-to",
        "2026-03-31",
        "--format",
        "json",
        "-o",
        "-",
        data_dir=tmp_path,
    )
    assert result.returncode == 0, result.stderr
    data = json.loads(result.stdout)
    assert (data["period"]["airings"], data["period"]["seconds"]) == (5, 750.0)
    assert (data["baseline"]["airings"], data["baseline"]["seconds"]) == (4, 600.0)
    assert data["not_aired"] == {"missed": 1, "failed": 2, "skipped": 1, "cut_short": 1}
    assert "Có 1 lượt đang phát" in result.stderr  # warnings go to stderr, never into the JSON


def test_cli_csv_to_stdout_and_topic_filter(filled_db, tmp_path):
    result = run_cli(
        "--db",
        str(filled_db),
        "report",
        "--from",
        "2026-04-01",
        "--to",
        "2026-04-30",
        "--topic",
        B,
        "--format",
        "csv",
        "-o",
        "-",
        data_dir=tmp_path,
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout.startswith("\ufeff")
    rows = list(csv.reader(io.StringIO(result.stdout.lstrip("\ufeff"))))
    assert [row[0] for row in rows[1:]] == [B, "Tổng cộng"] and rows[1][1] == "2"


def test_cli_writes_xlsx_inferring_the_format(filled_db, tmp_path):
    out = tmp_path / "quy.xlsx"
    result = run_cli(
        "--db",
        str(filled_db),
        "report",
        "--from",
        "2026-04-01",
        "--to",
        "2026-04-30",
        "-o",
        str(out),
        data_dir=tmp_path,
    )
    assert result.returncode == 0, result.stderr
    assert "5 lượt phát" in result.stdout and "1 lượt ngắt sớm không tính" in result.stdout
    assert "Mã kiểm tra báo cáo: TTP1-20260401-20260430-5-750-50-0-" in result.stdout
    assert _rows(openpyxl.load_workbook(out)["Theo chủ đề"])[-1][1] == 5


@pytest.mark.parametrize(
    "args, message",
    [
        (["--from", "2026-04-30", "--to", "2026-04-01", "-o", "-", "--format", "json"], "ở sau ngày kết thúc"),
        (["--from", "2026-02-30", "--to", "2026-04-01", "-o", "-", "--format", "json"], "Ngày không hợp lệ"),
        (["--from", "2026-04-01", "-o", "-", "--format", "json"], "Thiếu --to"),
        (
            [
                "--from",
                "2026-04-01",
                "--to",
                "2026-04-30",
                "--baseline-from",
                "2026-03-01",
                "-o",
                "-",
                "--format",
                "csv",
            ],
            "Thiếu --baseline-to",
        ),
        (["--from", "2026-04-01", "--to", "2026-04-30", "-o", "-", "--format", "xlsx"], "không in ra màn hình"),
        (["--from", "2026-04-01", "--to", "2026-04-30", "-o", "bao-cao.txt"], "Cần cho định dạng"),
        (
            ["--from", "2026-04-01", "--to", "2026-04-30", "--topic", "Thể thao", "-o", "-", "--format", "json"],
            "Không có chủ đề",
        ),
    ],
)
def test_cli_bad_input_is_one_vietnamese_line(filled_db, tmp_path, args, message):
    result = run_cli("--db", str(filled_db), "report", *args, data_dir=tmp_path)
    assert result.returncode == 2
    assert result.stdout == ""
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1 and message in lines[0], result.stderr


def test_annex_dates_are_date_cells(report, tmp_path):
    book = openpyxl.load_workbook(write_xlsx(report, tmp_path / "r.xlsx"))
    first = book["Phụ lục"].cell(row=2, column=1)
    assert first.is_date and first.number_format == "DD/MM/YYYY"
    assert first.value.date() == date(2026, 4, 1)


def test_cli_no_log_check_says_so(filled_db, tmp_path):
    out = tmp_path / "r.xlsx"
    result = run_cli(
        "--db",
        str(filled_db),
        "report",
        "--from",
        "2026-04-01",
        "--to",
        "2026-04-30",
        "--no-log-check",
        "-o",
        str(out),
        data_dir=tmp_path,
    )
    assert result.returncode == 0, result.stderr
    summary = {row[0]: row[1] for row in _rows(openpyxl.load_workbook(out)["Tổng hợp"]) if row and row[0]}
    assert summary["Kiểm tra nhật ký"] == "Chưa kiểm tra"
    checked = run_cli(
        "--db",
        str(filled_db),
        "report",
        "--from",
        "2026-04-01",
        "--to",
        "2026-04-30",
        "--format",
        "json",
        "-o",
        "-",
        data_dir=tmp_path,
    )
    assert json.loads(checked.stdout)["log"] == {
        **json.loads(checked.stdout)["log"],
        "verified": True,
        "intact": True,
        "rows_checked": 18,
    }


def test_control_characters_in_titles_do_not_break_the_xlsx(station, tmp_path):
    from tests.app.test_report import aired

    aired(station.db, A, "2026-04-02 06:00:00", 60, title="Bản tin\x07 có ký tự lạ")
    report = build_report(station.db, APRIL, now=NOW)
    book = openpyxl.load_workbook(write_xlsx(report, tmp_path / "r.xlsx"))
    assert _rows(book["Phụ lục"])[1][2] == "Bản tin có ký tự lạ"


def test_streamed_json_is_the_same_text_as_the_whole_report_in_memory(station):
    fill_log(station.db)
    whole = build_report(station.db, APRIL, MARCH, now=NOW)
    lean = build_report(station.db, APRIL, MARCH, annex=False, now=NOW)
    out = io.BytesIO()
    write_json_stream(lean, out, iter_annex(station.db, lean))
    assert out.getvalue() == json_bytes(whole)
    data = json.loads(out.getvalue())
    assert len(data["airings"]) == 10 and len(data["not_aired_items"]) == 5
    cut = next(item for item in data["not_aired_items"] if item["kind"] == "cut_short")
    assert (cut["status"], cut["seconds"], cut["planned_seconds"]) == ("interrupted", 30.0, 180.0)
    assert sum(row["counted"] for row in data["airings"]) == 5


def test_csv_with_the_annex_lists_every_airing_after_the_table(station, tmp_path):
    fill_log(station.db)
    report = build_report(station.db, APRIL, annex=False, now=NOW)
    path = write_csv(report, tmp_path / "r.csv", iter_annex(station.db, report))
    with open(path, encoding="utf-8-sig", newline="") as handle:
        rows = list(csv.reader(handle))
    blank = rows.index([])
    assert rows[blank - 1][0] == "Tổng cộng" and rows[blank + 1] == ["Phụ lục: danh sách các lượt phát"]
    annex = rows[blank + 3 :]
    assert rows[blank + 2][:3] == ["Ngày", "Giờ", "Tiêu đề"] and len(annex) == 10
    cut = next(row for row in annex if row[5] == "Bị ngắt (ngắt sớm)")
    assert (cut[0], cut[1], cut[4], cut[6]) == ("2026-04-15", "06:00:00", "30.0", "không")


def test_cli_streams_the_annex_to_stdout(filled_db, tmp_path):
    result = run_cli(
        "--db",
        str(filled_db),
        "report",
        "--from",
        "2026-04-01",
        "--to",
        "2026-04-30",
        "--annex",
        "--format",
        "json",
        "-o",
        "-",
        data_dir=tmp_path,
    )
    assert result.returncode == 0, result.stderr
    data = json.loads(result.stdout)
    assert len(data["airings"]) == 10 and data["log"]["paper_code"].startswith("TTP1-20260401-20260430-5-750-")
