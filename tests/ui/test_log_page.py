"""Nhật ký: filters and totals against hand counts, a read-only model over ids with a row cache, CSV export and
import with a preview, and the red banner once a row is altered behind the program's back. Real SQLite."""

from __future__ import annotations

import csv
import sqlite3
from datetime import date, datetime, timedelta

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QListWidget, QTableWidget

from app.log import airings
from app.log.verify import inspect_log
from app.report import Period, build_report
from tests.ui.modal_helpers import WhenDialog
from ui.log_import_dialog import LogImportDialog
from ui.log_table_model import LogFilter, LogTableModel
from ui.tasks import TaskRunner

NOW = datetime(2025, 3, 18, 8, 0, 0)
F = "Phòng chống lừa đảo qua mạng"
V = "Văn hóa ứng xử trên mạng xã hội"


def moment(text: str) -> datetime:
    return datetime.fromisoformat(text)


def aired(
    db, title: str, topic: str, start: str, seconds: float, status: str = "completed", trigger: str = "scheduled"
) -> int:
    started = moment(start)
    airing_id = airings.start_airing(
        db,
        title=title,
        topic=topic,
        started_at=started,
        trigger=trigger,
        scheduled_at=started,
        planned_duration_s=seconds,
        operator="Nguyễn Văn An",
    )
    airings.finish_airing(
        db, airing_id, ended_at=started + timedelta(seconds=seconds), status=status, duration_s=seconds
    )
    return airing_id


@pytest.fixture
def log_rows(station):
    db = station.db
    ids = {
        "before": aired(db, "Tin cũ", F, "2025-03-15 06:00:00", 120),
        "sun_morning": aired(db, "Cảnh giác OTP", F, "2025-03-16 06:00:00", 90.5),
        "sun_evening": aired(db, "Ứng xử văn minh", V, "2025-03-16 17:00:00", 30.2, "interrupted"),
        "mon_morning": aired(db, "Cảnh giác OTP", F, "2025-03-17 06:00:00", 60),
        "missed": airings.record_not_aired(
            db,
            status="missed",
            title="Link lạ",
            topic=F,
            scheduled_at=moment("2025-03-17 06:05:00"),
            note="Phần mềm không chạy.",
        ),
        "last_second": aired(db, "Tin khuya", F, "2025-03-17 23:59:59", 45),
        "next_day": aired(db, "Ứng xử văn minh", V, "2025-03-18 00:00:00", 100),
        "live": aired(db, "Thông báo họp tổ dân phố", "", "2025-03-17 10:00:00", 240, trigger="live"),
        "failed": airings.record_not_aired(
            db,
            status="failed",
            title="Tệp hỏng",
            topic=F,
            scheduled_at=moment("2025-03-17 11:00:00"),
            at=moment("2025-03-17 11:00:00"),
            note="Tệp âm thanh bị hỏng",
        ),
        "on_air": airings.start_airing(
            db, title="Đang phát", topic=F, started_at=moment("2025-03-17 12:00:00"), trigger="manual"
        ),
    }
    return ids


@pytest.fixture
def page(qtbot, station, log_rows):
    from ui.log_page import LogPage

    widget = LogPage(station, TaskRunner(), clock=lambda: NOW)
    qtbot.addWidget(widget)
    widget.resize(1080, 720)
    widget.show()
    qtbot.waitUntil(lambda: widget._chain_task is None, timeout=5000)
    yield widget
    widget.shutdown()
    widget.runner.wait_all(5000)


def shown_ids(page) -> list[int]:
    model = page.model
    return [model.index(r, 0).data(LogTableModel.ID_ROLE) for r in range(model.rowCount())]


def test_filters_and_totals_match_hand_counts(page, log_rows, qtmodeltester):
    ids = log_rows
    # The default period: the last 7 days up to today (18/03): everything.
    assert page.from_edit.date().toString("dd/MM/yyyy") == "12/03/2025"
    assert page.model.rowCount() == 10

    page.set_filter(first=date(2025, 3, 16), last=date(2025, 3, 17))
    assert sorted(shown_ids(page)) == sorted(
        ids[k]
        for k in ("sun_morning", "sun_evening", "mon_morning", "missed", "last_second", "live", "failed", "on_air")
    )
    totals = page.model.totals()
    # Counted: completed and interrupted only; 90.5 + 30.2 + 60 + 45 + 240 = 465.7 s = 7.76 minutes.
    assert (totals.rows, totals.counted, totals.not_aired, totals.on_air) == (8, 5, 2, 1)
    assert totals.seconds == pytest.approx(465.7)
    text = page.totals_label.text()
    assert "<b>8</b> dòng" in text and "<b>5</b> lượt phát được tính" in text
    assert "<b>7 phút 46 giây</b> phát sóng" in text
    assert "2 lượt không phát" in text and "1 đang phát" in text

    # Newest first; a row that never started shows as such, by its scheduled time's date.
    model = page.model
    assert shown_ids(page)[0] == ids["last_second"]
    assert model.index(0, LogTableModel.STARTED).data() == "17/03/2025 23:59:59"
    assert model.index(0, LogTableModel.DURATION).data() == "45 giây"
    missed_row = shown_ids(page).index(ids["missed"])
    assert model.index(missed_row, LogTableModel.STARTED).data() == "(không phát)"
    assert model.index(missed_row, LogTableModel.STATUS).data() == "Bị lỡ"
    assert model.index(missed_row, LogTableModel.NOTE).data() == "Phần mềm không chạy."
    assert model.index(missed_row, LogTableModel.SCHEDULED).data() == "17/03/2025 06:05:00"
    live_row = shown_ids(page).index(ids["live"])
    assert model.index(live_row, LogTableModel.TRIGGER).data() == "Đọc trực tiếp"
    assert model.index(live_row, LogTableModel.SCHEDULED).data() == "10:00:00"  # same day: the time only
    qtmodeltester.check(model)

    # The report counts the same rows the same way (one rule, app.log.counting).
    same = build_report(page.db, Period(date(2025, 3, 16), date(2025, 3, 17)), now=NOW)
    assert (same.period.airings, same.period.seconds, same.not_aired.total) == (
        totals.counted,
        round(totals.seconds, 3),
        totals.not_aired,
    )

    page.set_filter(topic=F)
    totals = page.model.totals()
    # sun_morning 90.5 + mon_morning 60 + last_second 45 = 195.5 s; missed and failed listed, adding nothing.
    assert (totals.rows, totals.counted, totals.not_aired, totals.on_air) == (6, 3, 2, 1)
    assert totals.seconds == pytest.approx(195.5)
    assert "<b>3 phút 16 giây</b> phát sóng" in page.totals_label.text()

    page.set_filter(topic=V, status="counted")
    assert shown_ids(page) == [ids["sun_evening"]]
    assert "<b>30 giây</b> phát sóng" in page.totals_label.text()
    page.set_filter(topic=None, status="missed")
    assert shown_ids(page) == [ids["missed"]]
    page.set_filter(status="not_aired")
    assert sorted(shown_ids(page)) == sorted([ids["missed"], ids["failed"]])
    page.set_filter(first=date(2025, 3, 17), last=date(2025, 3, 18), topic="", status="all")
    assert shown_ids(page) == [ids["live"]]
    assert page.topic_combo.currentText() == "(không có chủ đề)"
    page.set_filter(topic=V)
    assert shown_ids(page) == [ids["next_day"]]  # midnight belongs to the day it starts

    # The combo boxes drive the same filter.
    page.set_filter(first=date(2025, 3, 12), last=date(2025, 3, 18), topic=None, status="all")
    page.status_combo.setCurrentIndex(page.status_combo.findData("interrupted"))
    assert shown_ids(page) == [ids["sun_evening"]]
    page.status_combo.setCurrentIndex(0)
    page.topic_combo.setCurrentIndex(page.topic_combo.findData(F))
    assert page.model.rowCount() == 7


def test_rows_are_evidence_the_model_cannot_edit_them(page):
    model = page.model
    index = model.index(0, LogTableModel.TITLE)
    assert not model.flags(index) & Qt.ItemFlag.ItemIsEditable
    assert model.setData(index, "sửa", Qt.ItemDataRole.EditRole) is False
    assert model.insertRows(0, 1) is False and model.removeRows(0, 1) is False


def test_rows_are_read_in_blocks_and_cached(station, qtmodeltester):
    rows = [
        {
            "title": f"Tin số {n}",
            "topic": F,
            "started_at": f"2025-03-17 {n // 3600:02d}:{n // 60 % 60:02d}:{n % 60:02d}",
            "ended_at": None,
            "duration_s": 1.0,
            "status": "completed",
            "trigger": "scheduled",
            "source": "imported",
            "note": "",
        }
        for n in range(450)
    ]
    for row in rows:
        row["ended_at"] = row["started_at"]
    airings.append_finished_rows(station.db, rows)
    model = LogTableModel(station.db)
    model.set_filter(LogFilter(date(2025, 3, 17), date(2025, 3, 17)))
    assert model.rowCount() == 450 and model.reads == 0
    assert model.index(0, LogTableModel.TITLE).data() == "Tin số 449"
    assert model.reads == 1
    assert model.index(199, LogTableModel.TITLE).data() == "Tin số 250"
    assert model.reads == 1  # same block
    assert model.index(200, LogTableModel.TITLE).data() == "Tin số 249"
    assert model.reads == 2
    assert model.index(449, LogTableModel.TITLE).data() == "Tin số 0"
    assert model.index(0, LogTableModel.TITLE).data(Qt.ItemDataRole.ToolTipRole).endswith("Nhập từ tệp CSV")
    assert model.reads == 3
    qtmodeltester.check(model)


def test_chain_banner_appears_after_a_row_is_altered_outside_the_program(page, station, log_rows, qtbot):
    assert not page.banner.isVisible() and page.chain_warning is None
    with sqlite3.connect(station.paths.database) as raw:
        raw.execute("DROP TRIGGER airings_finished_immutable")
        raw.execute("UPDATE airings SET duration_s = 3600 WHERE id = ?", [log_rows["mon_morning"]])
    page.check_chain()
    qtbot.waitUntil(lambda: page.banner.isVisible(), timeout=5000)
    assert page.banner.text().startswith(
        "⚠ Nhật ký đã bị sửa ngoài phần mềm: dòng số "
        f"{log_rows['mon_morning']} (06:00:00 ngày 17/03/2025, “Cảnh giác OTP”)"
    )


def test_cut_short_and_unsealed_rows_are_shown_apart_and_counted_nowhere(page, station, log_rows, qtbot):
    db = station.db
    began = moment("2025-03-17 07:00:00")
    cut = airings.start_airing(
        db, title="Bị ngắt sớm", topic=F, started_at=began, trigger="scheduled", planned_duration_s=180.0
    )
    airings.finish_airing(db, cut, ended_at=began + timedelta(seconds=20), status="interrupted", duration_s=20.0)
    with sqlite3.connect(station.paths.database) as raw:  # a row typed in with a database tool
        raw.execute(
            "INSERT INTO airings (title, topic, started_at, ended_at, duration_s, status, trigger) "
            f"VALUES ('Chèn tay', '{F}', '2025-03-17 08:00:00', '2025-03-17 08:30:00', 1800, 'completed', 'manual')"
        )
    forged = db.execute("SELECT max(id) FROM airings").fetchone()[0]
    page.set_filter(first=date(2025, 3, 16), last=date(2025, 3, 17), topic=None, status="all")
    totals = page.model.totals()
    assert (totals.rows, totals.counted, totals.cut_short, totals.unsealed) == (10, 5, 1, 1)
    assert totals.seconds == pytest.approx(465.7) and totals.cut_short_seconds == 20.0
    text = page.totals_label.text()
    assert "1 lượt ngắt sớm (20 giây, không tính)" in text
    assert "1 dòng không niêm phong, bị thêm ngoài phần mềm (không tính)" in text
    assert "ít nhất 50% thời lượng dự kiến" in page.totals_label.toolTip()

    page.set_filter(status="cut_short")
    assert shown_ids(page) == [cut]
    assert page.model.index(0, LogTableModel.STATUS).data() == "Ngắt sớm"
    assert "không cộng vào tần suất" in page.model.index(0, LogTableModel.TITLE).data(Qt.ItemDataRole.ToolTipRole)
    assert page.model.index(0, LogTableModel.DURATION).data() == "20 giây"
    page.set_filter(status="unsealed")
    assert shown_ids(page) == [forged]
    assert page.model.index(0, LogTableModel.STATUS).data() == "Không niêm phong"
    page.set_filter(status="counted")
    assert cut not in shown_ids(page) and forged not in shown_ids(page) and len(shown_ids(page)) == 5

    # The report agrees, and the banner says what log verify says.
    report = build_report(db, Period(date(2025, 3, 16), date(2025, 3, 17)), now=NOW)
    assert (report.period.airings, report.period.cut_short, report.period.cut_short_seconds) == (5, 1, 20.0)
    page.check_chain()
    qtbot.waitUntil(lambda: page.banner.isVisible(), timeout=5000)
    assert f"dòng số {forged} (08:00:00 ngày 17/03/2025, “Chèn tay”) không được niêm phong" in page.banner.text()
    assert page.chain_warning == inspect_log(db).message == report.chain_check.message


def test_export_writes_the_period_to_csv(page, tmp_path, qtbot):
    page.set_filter(first=date(2025, 3, 16), last=date(2025, 3, 17), topic=F)
    target = tmp_path / "nhat-ky.csv"
    page.export_to(target)
    qtbot.waitUntil(lambda: "Đã xuất" in page.status_label.text(), timeout=5000)
    raw = target.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")
    with target.open(encoding="utf-8-sig", newline="") as handle:
        table = list(csv.DictReader(handle))
    # The whole period, every topic: the export is the log itself, not the filtered view.
    assert len(table) == 8
    assert {row["Chủ đề"] for row in table} == {F, V, ""}
    assert "Đã xuất 8 dòng (16/03/2025 – 17/03/2025)" in page.status_label.text()
    assert page.export_button.isEnabled()


def write_csv(path, rows: list[str]) -> None:
    path.write_text("started_at,ended_at,title,topic,status\n" + "\n".join(rows) + "\n", encoding="utf-8")


def test_import_shows_what_will_be_added_then_adds_it(page, station, tmp_path, qtbot):
    source = tmp_path / "so-tay.csv"
    write_csv(
        source,
        [
            "2025-03-10 06:00:00,2025-03-10 06:02:00,Tin phòng chống ma túy,Phòng chống ma túy,completed",
            f"2025-03-10 17:00:00,2025-03-10 17:01:30,Cảnh giác OTP,{F},completed",
        ],
    )
    seen = {}

    def confirm(dialog: LogImportDialog) -> None:
        rows = dialog.findChild(QTableWidget, "import_rows")
        seen["rows"] = [rows.item(r, 2).text() for r in range(rows.rowCount())]
        seen["summary"] = dialog.findChild(QLabel, "import_summary").text()
        dialog.import_button.click()

    confirmer = WhenDialog(LogImportDialog, confirm)
    before = station.db.execute("SELECT count(*) FROM airings").fetchone()[0]
    page.preview_file(source)
    qtbot.waitUntil(lambda: confirmer.done, timeout=5000)
    confirmer.check()
    assert seen["rows"] == ["Tin phòng chống ma túy", "Cảnh giác OTP"]
    assert "2 dòng sẽ được thêm" in seen["summary"] and "chủ đề mới: Phòng chống ma túy" in seen["summary"]
    imported = list(station.db.query("SELECT * FROM airings WHERE source = 'imported' ORDER BY id"))
    assert [r["title"] for r in imported] == ["Tin phòng chống ma túy", "Cảnh giác OTP"]
    assert station.db.execute("SELECT count(*) FROM airings").fetchone()[0] == before + 2
    assert "Đã nhập 2 dòng" in page.status_label.text()
    assert page.topic_combo.findData("Phòng chống ma túy") > 0
    assert airings.verify_chain(station.db).intact
    page.set_filter(first=date(2025, 3, 10), last=date(2025, 3, 10))
    assert page.model.totals().counted == 2 and page.model.totals().seconds == pytest.approx(210)


def test_import_with_a_bad_row_adds_nothing_and_names_the_row(page, station, tmp_path, qtbot):
    source = tmp_path / "hong.csv"
    write_csv(
        source,
        [
            "2025-03-10 06:00:00,2025-03-10 06:02:00,Tin tốt,Chủ đề,completed",
            "2025-03-10 07:00:00,2025-03-10 06:59:00,Tin sai giờ,Chủ đề,completed",
        ],
    )
    seen = {}

    def read_and_close(dialog: LogImportDialog) -> None:
        errors = dialog.findChild(QListWidget, "import_errors")
        seen["errors"] = [errors.item(r).text() for r in range(errors.count())]
        seen["import_button"] = dialog.import_button
        dialog.reject()

    reader = WhenDialog(LogImportDialog, read_and_close)
    before = station.db.execute("SELECT count(*) FROM airings").fetchone()[0]
    page.preview_file(source)
    qtbot.waitUntil(lambda: reader.done, timeout=5000)
    reader.check()
    assert seen["import_button"] is None
    assert len(seen["errors"]) == 1 and seen["errors"][0].startswith("Dòng 3:")
    assert station.db.execute("SELECT count(*) FROM airings").fetchone()[0] == before
