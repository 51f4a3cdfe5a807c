"""The Báo cáo page: periods, a report built off the GUI thread, the table, charts, targets dashboard,
the tampered-log banner, print preview, page ranges, exports read back.

The log is the one of test_report_pdf.py (hand totals in its docstring): October 2026 against July 2026,
7 airings / 27,5 minutes against 3 / 6,0; topic C is new ("mới").
"""

from __future__ import annotations

import csv
import json
import sqlite3
import subprocess
import threading
from datetime import date

import pytest
from openpyxl import load_workbook
from PySide6.QtCore import Qt
from PySide6.QtPrintSupport import QPrinter, QPrintPreviewWidget

import ui.reports_page as reports_page
from app.report import Period, build_report, set_target
from tests.ui.test_report_pdf import JULY, NOW, OCTOBER, A, B, C, fill_log, flat
from ui.reports_page import ReportsPage, ReportTableModel
from ui.targets_dashboard import TargetsTableModel
from ui.tasks import TaskRunner


@pytest.fixture
def filled(station):
    fill_log(station.db)
    return station


@pytest.fixture
def page(qtbot, filled):
    runner = TaskRunner()
    widget = ReportsPage(filled, runner)
    qtbot.addWidget(widget)
    widget.period_picker.set_dates(OCTOBER.start, OCTOBER.end)
    widget.baseline_picker.set_dates(JULY.start, JULY.end)
    yield widget
    widget.shutdown()
    runner.wait_all(10_000)


def build(qtbot, page) -> object:
    with qtbot.waitSignal(page.report_built, timeout=15_000) as blocker:
        page.build_button.click()
    return blocker.args[0]


def cell(model, row: int, key: str, role=Qt.ItemDataRole.DisplayRole):
    return model.data(model.index(row, model.columns.index(key)), role)


def test_baseline_choices_follow_the_period(page):
    page.period_picker.set_dates(date(2026, 10, 1), date(2026, 10, 31))
    page.baseline_picker.select("previous")
    assert page.baseline_picker.period() == Period(date(2026, 8, 31), date(2026, 9, 30))
    page.baseline_picker.select("last_year")
    assert page.baseline_picker.period() == Period(date(2025, 10, 1), date(2025, 10, 31))
    page.baseline_picker.select("before_directive")  # the starter directive, 30/08/2023
    assert page.baseline_picker.period() == Period(date(2023, 5, 30), date(2023, 8, 29))
    page.baseline_picker.select("none")
    assert page.baseline_picker.period() is None
    assert not page.baseline_picker.start.isEnabled()


def test_report_is_built_off_the_gui_thread_and_shows_the_totals(qtbot, page, monkeypatch):
    threads = []
    real_build = reports_page.build_report

    def recording_build(*args, **kwargs):
        threads.append(threading.current_thread())
        return real_build(*args, **kwargs)

    monkeypatch.setattr(reports_page, "build_report", recording_build)
    report = build(qtbot, page)
    assert threads and threads[0] is not threading.main_thread()
    assert not page.progress.isVisibleTo(page) and page.build_button.isEnabled()

    model = page.model
    assert model.rowCount() == 4  # A, B, C and the total line
    total = model.rowCount() - 1
    assert cell(model, total, "topic") == "Tổng cộng"
    assert cell(model, total, "airings") == "7" and cell(model, total, "baseline_airings") == "3"
    assert cell(model, total, "minutes") == "27,5" and cell(model, total, "baseline_minutes") == "6,0"
    assert cell(model, total, "airings_change") == "+133,3%"
    assert cell(model, total, "minutes_change", Qt.ItemDataRole.UserRole) == pytest.approx(358.333, abs=0.01)
    rows = {cell(model, row, "topic"): row for row in range(total)}
    assert list(rows) == [A, C, B]  # the station's topic order
    assert cell(model, rows[C], "airings_change") == "mới" and cell(model, rows[C], "minutes") == "7,0"
    assert cell(model, rows[A], "minutes") == "15,5"
    headline = page.headline.text()
    assert "<b>7</b> lượt" in headline and "<b>27,5</b> phút" in headline and "bị lỡ 1, lỗi 1" in headline
    assert report.period.airings == 7
    assert not page.banner.isVisible()
    assert all(button.isEnabled() for button in page.action_buttons.values())
    # Both charts drawn from the report: the weekly bars hold every minute of both periods.
    weekly = page.weekly_view.chart()
    total_minutes = sum(
        value for bar_set in weekly.series()[0].barSets() for value in (bar_set.at(i) for i in range(bar_set.count()))
    )
    assert total_minutes == pytest.approx(27.5 + 6.0, abs=0.05)
    comparison_sets = page.comparison_view.chart().series()[0].barSets()
    assert [bar_set.label() for bar_set in comparison_sets] == [
        "Kỳ so sánh (01/07/2026 - 31/07/2026)",
        "Kỳ báo cáo (01/10/2026 - 31/10/2026)",
    ]
    assert A.replace(" ", "&nbsp;") in page.legend.text()


def test_models_pass_the_model_tester(qtmodeltester, filled):
    report = build_report(filled.db, OCTOBER, JULY, now=NOW)
    model = ReportTableModel()
    model.set_report(report)
    qtmodeltester.check(model)
    without_baseline = ReportTableModel()
    without_baseline.set_report(build_report(filled.db, OCTOBER, now=NOW))
    assert "baseline_airings" not in without_baseline.columns
    qtmodeltester.check(without_baseline)
    set_target(filled.db, A, "airings_per_day", 1)
    set_target(filled.db, B, "minutes_per_week", 1)
    targets = TargetsTableModel()
    targets.set_results(build_report(filled.db, OCTOBER, now=NOW).targets)
    qtmodeltester.check(targets)


def test_targets_are_set_on_the_dashboard_and_measured(qtbot, page):
    build(qtbot, page)
    dashboard = page.dashboard
    assert dashboard.model.rowCount() == 0 and not dashboard.table.isVisibleTo(page)
    dashboard.topic_choice.setCurrentIndex(dashboard.topic_choice.findData(A))
    dashboard.metric_choice.setCurrentIndex(dashboard.metric_choice.findData("airings_per_day"))
    dashboard.minimum_input.setValue(1)
    with qtbot.waitSignal(page.report_built, timeout=15_000):
        dashboard.save_button.click()  # saving rebuilds the report
    model = dashboard.model
    assert model.rowCount() == 1
    index = model.index(0, TargetsTableModel.SHORTFALL)
    assert model.data(index) == "27 lượt"  # 31 days x 1, 4 aired
    assert model.data(model.index(0, TargetsTableModel.RESULT)) == "Chưa đạt"
    assert model.data(model.index(0, TargetsTableModel.UNITS)) == "4/31 ngày"
    assert "Đạt 0/1 chỉ tiêu" in dashboard.summary.text()
    with qtbot.waitSignal(page.report_built, timeout=15_000):
        dashboard.delete_button.click()
    assert dashboard.model.rowCount() == 0


def test_a_tampered_log_shows_the_banner(qtbot, page, filled):
    conn = sqlite3.connect(filled.paths.database)
    conn.execute("DROP TRIGGER airings_finished_immutable")
    conn.execute(f"UPDATE airings SET duration_s = 999 WHERE topic = '{B}'")
    conn.commit()
    conn.close()
    build(qtbot, page)
    assert page.banner.isVisibleTo(page)
    assert "Nhật ký đã bị sửa ngoài phần mềm" in page.banner.text()


def test_cancel_interrupts_a_running_build(qtbot, page, monkeypatch):
    started = threading.Event()

    def endless(db, *args, **kwargs):  # a query that would run for minutes unless SQLite is interrupted
        started.set()
        return db.execute(
            "WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n) SELECT count(*) FROM n"
        ).fetchone()

    monkeypatch.setattr(reports_page, "build_report", endless)
    with qtbot.assertNotEmitted(page.report_built), qtbot.assertNotEmitted(page.report_failed):
        page.build_button.click()
        qtbot.waitUntil(started.is_set, timeout=10_000)
        page.cancel_button.click()
        assert page.runner.wait_all(10_000)
        qtbot.wait(50)
    assert page.build_button.isEnabled() and "Đã dừng" in page.headline.text()


def test_exports_xlsx_csv_json_and_pdf(qtbot, page, tmp_path):
    build(qtbot, page)
    paths = {fmt: tmp_path / f"bao-cao.{fmt}" for fmt in ("xlsx", "csv", "json", "pdf")}
    for fmt, path in paths.items():
        with qtbot.waitSignal(page.export_finished, timeout=15_000) as blocker:
            page.export_to(fmt, path)
        assert blocker.args == [str(path)]
    data = json.loads(paths["json"].read_text(encoding="utf-8"))
    assert data["period"]["airings"] == 7 and data["baseline"]["airings"] == 3
    raw = paths["csv"].read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")
    rows = list(csv.reader(raw.decode("utf-8-sig").splitlines()))
    assert any(C in row for row in rows)
    book = load_workbook(paths["xlsx"], read_only=True)
    assert len(book.sheetnames) >= 2
    text = flat(
        subprocess.run(["pdftotext", str(paths["pdf"]), "-"], capture_output=True, text=True, check=True).stdout
    )
    assert "đã phát 7 lượt" in text and "27,5 phút" in text


def test_print_preview_paints_the_report(qtbot, page):
    build(qtbot, page)
    dialog = page.show_preview()
    qtbot.waitUntil(dialog.isVisible, timeout=5_000)
    preview = dialog.findChild(QPrintPreviewWidget)
    qtbot.waitUntil(lambda: preview.pageCount() >= 2, timeout=10_000)
    assert page.printer is not None  # kept alive while the dialog lives
    assert page.printer.pageLayout().pageSize().id() == page.printer.pageLayout().pageSize().PageSizeId.A4
    dialog.reject()
    qtbot.waitUntil(lambda: page.preview is None, timeout=5_000)


def test_printing_honours_the_chosen_page_range(qtbot, page, tmp_path):
    build(qtbot, page)
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    out = tmp_path / "trang-2.pdf"
    printer.setOutputFileName(str(out))
    printer.setFromTo(2, 2)  # as the print dialog sets it for "pages 2 to 2"
    page._paint(printer)
    del printer
    info = subprocess.run(["pdfinfo", str(out)], capture_output=True, text=True, check=True).stdout
    assert "Pages:          1" in info or "Pages:           1" in info
    text = flat(subprocess.run(["pdftotext", str(out), "-"], capture_output=True, text=True, check=True).stdout)
    assert "Trang 2/" in text and "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM" not in text
