"""`log import` in the operator's language: Vietnamese column names and status words, with or without accents,
in any case, from CSV and from Excel .xlsx, into a real station; a word it does not know refuses the file."""

from __future__ import annotations

import csv
from datetime import datetime
from pathlib import Path

from openpyxl import Workbook

from app.cli import run
from app.log.importer import import_log, preview_import
from app.station import Station

NOW = datetime(2026, 11, 27, 9, 0, 0)
ACCENTED = [
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
PLAIN = [
    "BAT DAU",
    "ket thuc",
    "Tieu de",
    "chu de",
    "trang thai",
    "kieu phat",
    "gio du kien",
    "nguoi van hanh",
    "ghi chu",
]
ROWS = [
    [
        "2026-04-01 06:00:00",
        "2026-04-01 06:03:00",
        "Cảnh giác lừa đảo",
        "An toàn thông tin",
        "Đã phát xong",
        "Theo lịch",
        "2026-04-01 06:00:00",
        "Chị Lan",
        "",
    ],
    ["2026-04-01 17:00:00", "2026-04-01 17:02:00", "Tiêm chủng", "Y tế", "BỊ NGẮT", "phát tay", "", "", "Mất điện"],
    ["", "", "Bản tin sáng", "Y tế", "bị lỡ", "", "2026-04-02 06:00:00", "", "Máy tắt"],
    [
        "2026-04-02 17:00:05",
        "2026-04-02 17:00:05",
        "Tệp hỏng",
        "Y tế",
        "Lỗi",
        "Theo lịch",
        "2026-04-02 17:00:00",
        "",
        "",
    ],
    ["", "", "Bản tin chiều", "Y tế", "bỏ qua", "", "2026-04-03 17:00:00", "", ""],
    ["2026-04-04 06:00:00", "2026-04-04 06:05:00", "Họp tổ dân phố", "Y tế", "đã phát", "Đọc trực tiếp", "", "", ""],
]
# The same words without accents, as typed on a keyboard without Vietnamese input, in any case.
PLAIN_WORDS = {
    "Đã phát xong": "da phat xong",
    "BỊ NGẮT": "Bi ngat",
    "bị lỡ": "BI LO",
    "Lỗi": "loi",
    "bỏ qua": "Bo Qua",
    "đã phát": "da phat",
    "Theo lịch": "theo lich",
    "phát tay": "PHAT TAY",
    "Đọc trực tiếp": "doc truc tiep",
}
EXPECTED = [
    ("Cảnh giác lừa đảo", "completed", "scheduled", 180.0),
    ("Tiêm chủng", "interrupted", "manual", 120.0),
    ("Bản tin sáng", "missed", "scheduled", 0.0),
    ("Tệp hỏng", "failed", "scheduled", 0.0),
    ("Bản tin chiều", "skipped", "scheduled", 0.0),
    ("Họp tổ dân phố", "completed", "live", 300.0),
]
FIELDS = "title, topic, started_at, ended_at, scheduled_at, status, trigger, operator, note, duration_s, source"


def write_csv(path: Path, header: list[str], rows: list[list[str]]) -> Path:
    with open(path, "w", encoding="utf-8-sig", newline="") as out:
        writer = csv.writer(out)
        writer.writerow(header)
        writer.writerows(rows)
    return path


def plain(rows: list[list[str]]) -> list[list[str]]:
    return [[PLAIN_WORDS.get(cell, cell) for cell in row] for row in rows]


def logged(db) -> list[tuple]:
    return db.execute(f"SELECT {FIELDS} FROM airings ORDER BY id").fetchall()


def summary(db) -> list[tuple]:
    return [(r[0], r[5], r[6], r[9]) for r in logged(db)]


def test_vietnamese_headers_and_statuses_with_accents(station, tmp_path):
    preview, ids = import_log(station.db, write_csv(tmp_path / "so-cu.csv", ACCENTED, ROWS), now=NOW)
    assert preview.ok and len(ids) == 6
    assert summary(station.db) == EXPECTED
    first = logged(station.db)[0]
    assert first[2:5] == ("2026-04-01 06:00:00", "2026-04-01 06:03:00", "2026-04-01 06:00:00")
    assert first[7] == "Chị Lan" and first[10] == "imported"


def test_without_accents_and_in_any_case_the_same_rows(tmp_path):
    stations = []
    for name, header, rows in (("co-dau", ACCENTED, ROWS), ("khong-dau", PLAIN, plain(ROWS))):
        station = Station.open(tmp_path / f"{name}.db")
        import_log(station.db, write_csv(tmp_path / f"{name}.csv", header, rows), now=NOW)
        stations.append(logged(station.db))
        station.close()
    assert stations[0] == stations[1] and len(stations[0]) == 6


def test_an_xlsx_with_vietnamese_headers_and_excel_dates(station, tmp_path):
    book = Workbook()
    sheet = book.active
    sheet.append(PLAIN[:5] + ["Kiểu phát (Theo lịch, Phát tay)", "Giờ dự kiến", "Người vận hành", "Ghi chú"])
    for row in plain(ROWS):
        # Times typed into Excel are date-time cells; Excel's float days come back a hair off the second.
        cells: list[object] = [
            datetime.fromisoformat(cell) if index in (0, 1, 6) and cell else cell for index, cell in enumerate(row)
        ]
        sheet.append(cells)
    sheet.append([None] * 9)  # an empty formatted row at the end is no row
    sheet["A2"].value = datetime(2026, 4, 1, 5, 59, 59, 999_600)
    path = tmp_path / "so-cu.xlsx"
    book.save(path)
    preview, ids = import_log(station.db, path, now=NOW)
    assert preview.ok and len(ids) == 6, preview.errors
    assert summary(station.db) == EXPECTED
    assert logged(station.db)[0][2] == "2026-04-01 06:00:00"


def test_a_bad_status_word_refuses_the_file_naming_the_allowed_words(station, tmp_path):
    rows = [row[:] for row in ROWS]
    rows[3][4] = "phát rồi"
    rows[4][4] = "bị"  # "Bị ngắt" or "Bị lỡ"? Not a guess to make in evidence
    path = write_csv(tmp_path / "sai.csv", ACCENTED, rows)
    preview = preview_import(station.db, path, now=NOW)
    assert not preview.ok
    allowed = "Đã phát xong, Bị ngắt, Bị lỡ, Lỗi, Bỏ qua"
    message = preview.error_message()
    assert f"Dòng 5: trạng thái “phát rồi” không hợp lệ (dùng: {allowed})" in message
    assert f"Dòng 6: trạng thái “bị” không hợp lệ (dùng: {allowed})" in message
    assert logged(station.db) == []  # the preview wrote nothing


def test_cli_bad_status_is_one_line_on_stderr(capsys, tmp_path):
    db_file = tmp_path / "dai.db"
    Station.open(db_file).close()
    path = write_csv(tmp_path / "sai.csv", PLAIN, [plain(ROWS)[0][:4] + ["xong"] + plain(ROWS)[0][5:]])
    code = run(["--db", str(db_file), "log", "import", str(path)])
    _, err = capsys.readouterr()
    assert code != 0 and len(err.strip().splitlines()) == 1
    assert "trạng thái “xong” không hợp lệ (dùng: Đã phát xong, Bị ngắt, Bị lỡ, Lỗi, Bỏ qua)" in err
    station = Station.open(db_file)
    assert logged(station.db) == []
    station.close()


def test_a_missing_column_is_named_in_vietnamese(station, tmp_path):
    path = write_csv(tmp_path / "thieu.csv", ACCENTED[:4], [row[:4] for row in ROWS])
    message = preview_import(station.db, path, now=NOW).error_message()
    assert "thiếu cột: Trạng thái (status) (cần: Bắt đầu, Kết thúc, Tiêu đề, Chủ đề, Trạng thái)" in message


def test_an_unreadable_xlsx_is_refused(station, tmp_path):
    path = tmp_path / "hong.xlsx"
    path.write_bytes(b"PK\x03\x04 not really a workbook")
    preview = preview_import(station.db, path, now=NOW)
    assert not preview.ok and "Không đọc được tệp Excel hong.xlsx" in preview.error_message()
    assert logged(station.db) == []
