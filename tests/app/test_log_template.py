"""`log template -o FILE.csv|FILE.xlsx`: Vietnamese headers with the allowed words, one example row; filled in
as an operator would (more rows typed under the example) it imports through `log import` as it stands."""

from __future__ import annotations

import csv
from datetime import datetime

import pytest
from openpyxl import load_workbook

from app.cli import run
from app.station import Station

FILLED = [
    ["2026-05-04 06:00:00", "2026-05-04 06:04:00", "Phòng cháy chữa cháy", "An toàn", "da phat xong", "", "", "", ""],
    ["", "", "Bản tin trưa", "An toàn", "Bị lỡ", "Theo lịch", "2026-05-04 11:00:00", "", "Mất điện"],
]


def airings(db_file) -> list[tuple]:
    station = Station.open(db_file)
    try:
        return station.db.execute(
            "SELECT title, topic, status, trigger, duration_s FROM airings ORDER BY id"
        ).fetchall()
    finally:
        station.close()


@pytest.mark.parametrize("suffix", [".csv", ".xlsx"])
def test_the_template_filled_in_imports(capsys, tmp_path, suffix):
    db_file = tmp_path / "dai.db"
    Station.open(db_file).close()
    template = tmp_path / f"mau{suffix}"
    assert run(["--db", str(db_file), "log", "template", "-o", str(template)]) == 0
    assert "Đã ghi tệp mẫu" in capsys.readouterr().out
    if suffix == ".csv":
        raw = template.read_bytes()
        assert raw.startswith(b"\xef\xbb\xbf")
        header, example = list(csv.reader(raw.decode("utf-8-sig").splitlines()))
        with open(template, "a", encoding="utf-8", newline="") as out:
            csv.writer(out).writerows(FILLED)
    else:
        book = load_workbook(template)
        assert book.sheetnames == ["Nhật ký", "Hướng dẫn"]
        sheet = book["Nhật ký"]
        header, example = ([cell.value or "" for cell in row] for row in sheet.iter_rows(max_row=2))
        guide = " ".join(str(cell.value) for row in book["Hướng dẫn"].iter_rows() for cell in row)
        assert "Đã phát xong, Bị ngắt, Bị lỡ, Lỗi, Bỏ qua" in guide
        first = FILLED[0][:]
        sheet.append([datetime.fromisoformat(first[0]), datetime.fromisoformat(first[1]), *first[2:]])
        sheet.append(FILLED[1])
        book.save(template)
    assert header[:5] == [
        "Bắt đầu (NNNN-TT-NN GG:PP:SS)",
        "Kết thúc (NNNN-TT-NN GG:PP:SS)",
        "Tiêu đề",
        "Chủ đề",
        "Trạng thái (Đã phát xong, Bị ngắt, Bị lỡ, Lỗi, Bỏ qua)",
    ]
    assert "Kiểu phát (Theo lịch, Phát tay, Khẩn cấp, Đọc trực tiếp)" in header
    assert example[4] == "Đã phát xong" and example[2]
    code = run(["--db", str(db_file), "log", "import", str(template)])
    out, err = capsys.readouterr()
    assert code == 0, err
    assert "Đã nhập 3 dòng" in out
    assert airings(db_file) == [
        ("Bản tin sáng: lịch tiêm chủng tháng 3", "Y tế", "completed", "scheduled", 330.0),
        ("Phòng cháy chữa cháy", "An toàn", "completed", "manual", 240.0),
        ("Bản tin trưa", "An toàn", "missed", "scheduled", 0.0),
    ]


def test_a_template_needs_csv_or_xlsx(capsys, tmp_path):
    target = tmp_path / "mau.txt"
    code = run(["--db", str(tmp_path / "dai.db"), "log", "template", "-o", str(target)])
    _, err = capsys.readouterr()
    assert code != 0 and err.strip() == "Lỗi: Tệp mẫu cần đuôi .csv hoặc .xlsx, không phải mau.txt."
    assert not target.exists()
