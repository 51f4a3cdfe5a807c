"""The report's annex shows the approval each airing aired under (approver, date), read from what the airing row
recorded, not from the bulletin's approval today: the real playout engine airs an approved bulletin and a jingle,
then the bulletin is edited and approved by someone else; the printed annex (pdftotext) and the JSON still name
the first approver for that airing, and '—' for the jingle; the CSV and XLSX annexes have it in their own columns."""

from __future__ import annotations

import csv
from datetime import date, datetime

import openpyxl

from app import approval
from app.bulletins import create_bulletin, update_bulletin
from app.report import Period, build_report, iter_annex
from app.report.as_json import report_to_json
from app.report.export import write_csv, write_xlsx
from tests.app.test_playout_engine import DAY, Rig, at
from tests.app.test_segment_text_hash import BODY, EDITED, TOPIC
from tests.ui.test_report_pdf import flat, pdf_info, pdf_text


def test_the_annex_names_who_approved_what_aired(qapp, station, tmp_path):
    rig = Rig(station, at("05:59:00"))
    db = rig.db
    bid = create_bulletin(db, title="Cảnh giác lừa đảo", topic=TOPIC, body=BODY)
    news = rig.segment("Tin cảnh giác", 5)
    db.execute("UPDATE segments SET bulletin_id = ? WHERE id = ?", [bid, news])
    db.conn.commit()
    jingle = rig.segment("Nhạc hiệu", 3)
    first = approval.approve(db, bid, by="Nguyễn Văn Bình")
    rig.window("Sáng", "06:00", "06:30", [jingle, news])
    rig.start()
    rig.run_until(at("06:01"))
    assert [row["status"] for row in rig.rows()] == ["completed", "completed"]
    update_bulletin(db, bid, title="Cảnh giác lừa đảo", topic=TOPIC, body=EDITED)
    approval.approve(db, bid, by="Trần Thị Hoa")  # today's approval is someone else's, of another text

    report = build_report(db, Period(DAY, DAY), None, now=datetime(2025, 3, 18, 9, 0))
    by_title = {row.title: row for row in report.annex}
    stamp = first.at[:16]
    assert (by_title["Tin cảnh giác"].approval.by, by_title["Tin cảnh giác"].approval.at) == ("Nguyễn Văn Bình", stamp)
    assert by_title["Nhạc hiệu"].approval is None
    airings = {item["title"]: item for item in report_to_json(report)["airings"]}
    assert airings["Tin cảnh giác"]["approval"] == {"by": "Nguyễn Văn Bình", "at": stamp}
    assert airings["Nhạc hiệu"]["approval"] is None

    from ui.report.printer import render_report_pdf

    path = render_report_pdf(report, tmp_path / "bc.pdf")
    last = pdf_info(path)["Pages"]  # the annex is the last page here (two airings)
    annex = flat(pdf_text(path, "-f", last, "-l", last))
    day = date.fromisoformat(stamp[:10])
    assert "Kiểu phát Duyệt (người, ngày)" in annex
    approved = f"Nguyễn Văn Bình, {stamp[11:16]} {day:%d/%m/%Y}"
    assert f"Tin cảnh giác {TOPIC} 5 giây Đã phát xong Theo lịch {approved}" in annex
    assert f"Nhạc hiệu {TOPIC} 3 giây Đã phát xong Theo lịch —" in annex
    assert "Trần Thị Hoa" not in flat(pdf_text(path))

    # The spreadsheets carry it in their own columns: "Người duyệt" and "Duyệt lúc" (a date-time cell in XLSX).
    book = openpyxl.load_workbook(write_xlsx(report, tmp_path / "bc.xlsx"))
    sheet = [list(row) for row in book["Phụ lục"].iter_rows(values_only=True)]
    header = sheet[0]
    by_sheet_title = {row[header.index("Tiêu đề")]: row for row in sheet[1:]}
    news_row = by_sheet_title["Tin cảnh giác"]
    assert news_row[header.index("Người duyệt")] == "Nguyễn Văn Bình"
    assert news_row[header.index("Duyệt lúc")] == datetime.fromisoformat(stamp)
    assert by_sheet_title["Nhạc hiệu"][header.index("Người duyệt")] is None

    lines = write_csv(report, tmp_path / "bc.csv", iter_annex(db, report)).read_text(encoding="utf-8-sig")
    rows = list(csv.reader(lines.splitlines()))
    header_at = next(i for i, row in enumerate(rows) if row[:3] == ["Ngày", "Giờ", "Tiêu đề"])
    columns = rows[header_at]
    by_csv_title = {row[columns.index("Tiêu đề")]: row for row in rows[header_at + 1 :]}
    assert by_csv_title["Tin cảnh giác"][columns.index("Người duyệt")] == "Nguyễn Văn Bình"
    assert by_csv_title["Tin cảnh giác"][columns.index("Duyệt lúc")] == stamp
    assert by_csv_title["Nhạc hiệu"][columns.index("Người duyệt")] == ""
