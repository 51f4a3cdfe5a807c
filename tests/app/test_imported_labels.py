"""Rows `log import` brought in say so ("Nhập từ sổ cũ"), not "Phát tay": in the CSV export, in the report's
annex, and back through import as the same triggers. Derived from airings.source: no sealed row changes."""

from __future__ import annotations

import csv
from datetime import date

from app.labels import trigger_label
from app.log import airings
from app.log.export import export_csv
from app.log.importer import import_log
from app.report import Period, build_report
from app.station import Station


def _old_log(path) -> None:
    path.write_text(
        "Bắt đầu,Kết thúc,Tiêu đề,Chủ đề,Trạng thái,Giờ dự kiến\n"
        "2025-03-10 06:00:00,2025-03-10 06:02:00,Thông báo họp tổ dân phố,An toàn thông tin,đã phát,\n"
        "2025-03-10 17:00:00,2025-03-10 17:01:30,Cảnh giác OTP,Phòng chống lừa đảo qua mạng,đã phát,"
        "2025-03-10 17:00:00\n",
        encoding="utf-8",
    )


def _hashes(db) -> list[tuple]:
    return db.execute("SELECT id, row_hash, trigger FROM airings ORDER BY id").fetchall()


def test_imported_rows_are_labelled_as_imported_everywhere(station, tmp_path):
    source = tmp_path / "so-cu.csv"
    _old_log(source)
    import_log(station.db, source)
    before = _hashes(station.db)
    assert [row[2] for row in before] == ["manual", "scheduled"]  # the stored codes, sealed, unchanged

    exported = tmp_path / "xuat.csv"
    export_csv(station.db, date(2025, 3, 10), date(2025, 3, 10), exported)
    with open(exported, encoding="utf-8-sig", newline="") as handle:
        table = list(csv.reader(handle))
    trigger_column = table[0].index("Kiểu phát")
    assert [row[trigger_column] for row in table[1:]] == ["Nhập từ sổ cũ", "Theo lịch (sổ cũ)"]
    assert "Phát tay" not in exported.read_text(encoding="utf-8-sig")

    report = build_report(station.db, Period(date(2025, 3, 10), date(2025, 3, 10)))
    assert [row.trigger_label for row in report.annex] == ["Nhập từ sổ cũ", "Theo lịch (sổ cũ)"]
    assert _hashes(station.db) == before and airings.verify_chain(station.db).intact

    # The exported file imports into another station as the same triggers.
    other = Station.open(tmp_path / "thi-xa.db")
    try:
        import_log(other.db, exported)
        assert [row[2] for row in _hashes(other.db)] == ["manual", "scheduled"]
    finally:
        other.close()


def test_rows_the_program_aired_keep_their_trigger_words():
    assert trigger_label("manual") == "Phát tay"
    assert trigger_label("manual", "app") == "Phát tay"
    assert trigger_label("manual", "imported") == "Nhập từ sổ cũ"
    assert trigger_label("urgent", "imported") == "Khẩn cấp (sổ cũ)"
