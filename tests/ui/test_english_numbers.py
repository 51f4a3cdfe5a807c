"""The English window writes numbers the English way ("12.5", "1,234", "+25.0%", "new") on every page that
shows them: Nhật ký's totals, Báo cáo's headline, table and charts, the targets dashboard. The printed report
stays Vietnamese, an official document (ui/formats.py picks the style from the translation Qt loaded).

The log is test_report_pdf.py's (October 2026: 7 airings, 27,5 minutes; July: 3, 6,0; topic C is new),
plus 1,200 airings of 75 s imported for August 2026, so that thousands show their separator.
"""

from __future__ import annotations

import subprocess
from datetime import date, datetime, timedelta

import pytest
from PySide6.QtCore import QLocale

from app.log import airings
from app.report import Period, build_report, set_target
from tests.ui.test_report_pdf import JULY, NOW, OCTOBER, A, B, C, fill_log, finished_row, flat
from ui.formats import format_number, interface_formats
from ui.main_window import MainWindow

AUGUST = Period(date(2026, 8, 1), date(2026, 8, 31))


@pytest.fixture
def filled(station):
    fill_log(station.db)
    start = datetime(2026, 8, 1, 6, 0, 0)
    rows = [
        finished_row(B, start + timedelta(minutes=36 * n), 75.0, f"Sổ cũ số {n}", source="imported")
        for n in range(1200)
    ]
    airings.append_finished_rows(station.db, rows)
    set_target(station.db, A, "minutes_per_week", 12.5)
    return station


@pytest.fixture
def window(qtbot, filled):
    win = MainWindow(filled)
    qtbot.addWidget(win)
    win.resize(1366, 768)
    yield win
    win.shutdown()
    win.runner.wait_all(10_000)


def build(qtbot, reports, period: Period, baseline: Period | None):
    reports.period_picker.set_dates(period.start, period.end)
    if baseline is None:
        reports.baseline_picker.select("none")
    else:
        reports.baseline_picker.set_dates(baseline.start, baseline.end)
    with qtbot.waitSignal(reports.report_built, timeout=20_000) as blocker:
        reports.build_button.click()
    return blocker.args[0]


def cell(model, row: int, key: str) -> str:
    return model.data(model.index(row, model.columns.index(key)))


def test_the_formats_follow_the_loaded_translation(qapp, english):
    from ui.speech_dialog import speed_text

    assert interface_formats().language == "en" and format_number(1234.5, 1) == "1,234.5"
    assert speed_text(0.85) == "0.85" and speed_text(1.0) == "1"
    qapp.removeTranslator(english)
    assert interface_formats().language == "vi" and format_number(1234.5, 1) == "1.234,5"
    assert speed_text(0.85) == "0,85" and speed_text(0.8) == "0,8"
    qapp.installTranslator(english)


def test_log_totals_in_english(english, qtbot, window):
    window.show_page("log")
    log = window.page("log")
    log.set_filter(first=AUGUST.start, last=AUGUST.end)
    text = log.totals_label.text()
    # 1,200 airings of 75 s: 1,500 minutes, said as 25 h.
    assert "<b>1,200</b> rows shown" in text and "<b>25 h</b> on air" in text, text
    assert "1.200" not in text and "1.500,0" not in text
    log.set_filter(first=OCTOBER.start, last=OCTOBER.end)
    assert "<b>27 min 30 s</b> on air" in log.totals_label.text()


def test_reports_page_in_english(english, qtbot, window):
    window.show_page("reports")
    reports = window.page("reports")
    build(qtbot, reports, OCTOBER, JULY)
    model = reports.model
    total = model.rowCount() - 1
    rows = {cell(model, row, "topic"): row for row in range(total)}
    assert cell(model, total, "topic") == "Total"
    assert cell(model, total, "minutes") == "27.5" and cell(model, total, "baseline_minutes") == "6.0"
    assert cell(model, total, "airings_change") == "+133.3%" and cell(model, total, "minutes_change") == "+358.3%"
    assert cell(model, rows[C], "airings_change") == "new"
    assert cell(model, rows[A], "minutes") == "15.5" and cell(model, rows[A], "minutes_per_day") == "0.5"
    headline = reports.headline.text()
    assert "<b>27.5</b> minutes" in headline and "Frequency +133.3%, duration +358.3%" in headline, headline
    assert "27,5" not in headline and "mới" not in headline
    for view in (reports.weekly_view, reports.comparison_view):  # the charts' bar labels and axes
        assert view.chart().locale().language() == QLocale.Language.English
        assert view.chart().localizeNumbers()

    report = build(qtbot, reports, AUGUST, None)
    assert report.period.airings == 1200
    total = model.rowCount() - 1
    assert cell(model, total, "airings") == "1,200" and cell(model, total, "minutes") == "1,500.0"
    assert "<b>1,200</b> airings" in reports.headline.text()


def test_targets_dashboard_in_english(english, qtbot, window):
    window.show_page("reports")
    reports = window.page("reports")
    build(qtbot, reports, OCTOBER, None)
    model = reports.dashboard.model
    assert model.rowCount() == 1
    shown = [model.data(model.index(0, column)) for column in range(model.columnCount())]
    # 12.5 minutes a week over October's 31 days: 55.4 minutes expected, 15.5 aired.
    assert shown[1].startswith("At least 12.5 ") and shown[2] == "55.4 minutes" and shown[3] == "15.5 minutes"
    assert shown[4] == "39.9 minutes"
    summary = reports.dashboard.summary.text()
    assert "Short by 39.9 minutes" in summary and "39,9" not in summary, summary


def test_the_printed_report_stays_vietnamese_in_the_english_window(english, filled, tmp_path, qapp):
    from ui.report.printer import render_report_pdf

    pdf = tmp_path / "bao-cao.pdf"
    render_report_pdf(build_report(filled.db, OCTOBER, JULY, now=NOW), pdf)
    text = flat(subprocess.run(["pdftotext", str(pdf), "-"], capture_output=True, text=True, check=True).stdout)
    assert "tổng thời lượng 27,5 phút" in text and "mới" in text and "27.5" not in text
