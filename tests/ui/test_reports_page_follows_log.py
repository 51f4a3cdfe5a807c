"""The Báo cáo page follows the log and remembers its choices: averages over the days so far of a period
under way, a rebuild when an airing is logged or rows are imported (here or by another process), and the
period and baseline kept across restarts in this computer's preferences (QSettings).

The log (by hand, as tests/app/test_report_averages_so_far.py): on 02/12/2026 at 10:00, December so far has
3 airings / 6 minutes (1,5 airings and 3,0 minutes a day over 2 days); November 2 airings / 10 minutes."""

from __future__ import annotations

from datetime import date, datetime, time

import pytest
from PySide6.QtCore import QSettings
from sqlite_utils import Database

import ui.reports_page as reports_page
from app.log import airings
from app.report import Period
from tests.app.test_report_averages_so_far import NOW, TOPIC
from tests.ui.test_report_pdf import aired, finished_row, flat, pdf_text
from ui.reports_page import ReportsPage
from ui.tasks import TaskRunner


@pytest.fixture
def logged(station, monkeypatch):
    for start, seconds in (
        ("2026-12-01 06:00:00", 120),
        ("2026-12-01 17:00:00", 60),
        ("2026-12-02 06:00:00", 180),
        ("2026-11-10 06:00:00", 300),
        ("2026-11-20 06:00:00", 300),
    ):
        aired(station.db, TOPIC, start, seconds)
    monkeypatch.setattr(type(station), "now", lambda _self: NOW)  # the station's clock: 02/12/2026 10:00
    return station


@pytest.fixture
def preferences(tmp_path):
    return QSettings(str(tmp_path / "window.ini"), QSettings.Format.IniFormat)


def open_page(qtbot, station, preferences=None) -> ReportsPage:
    runner = TaskRunner()
    page = ReportsPage(station, runner, preferences=preferences)
    qtbot.addWidget(page)
    page._test_runner = runner

    def close() -> None:
        page.shutdown()
        runner.wait_all(10_000)

    page._close = close
    return page


def show_and_build(qtbot, page) -> object:
    with qtbot.waitSignal(page.report_built, timeout=15_000) as blocker:
        page.show()  # the first show builds the chosen period
    return blocker.args[0]


def cell(page, row: int, key: str) -> str:
    return page.model.data(page.model.index(row, page.model.columns.index(key)))


def test_this_month_on_its_second_day_averages_over_two_days_and_says_so(qtbot, logged, tmp_path):
    page = open_page(qtbot, logged)
    assert page.period_picker.choice.currentData() == "month"  # Tháng này: 01/12 - 31/12
    page.baseline_picker.select("previous")
    report = show_and_build(qtbot, page)
    assert report.period.period.days == 31 and report.period.days_averaged == 2
    headline = flat(page.headline.text())
    assert "(31 ngày): <b>3</b> lượt, <b>6,0</b> phút" in headline
    assert "bình quân 1,5 lượt, 3,0 phút mỗi ngày (tính trên 2 ngày đã qua của kỳ)" in headline, headline
    total = page.model.rowCount() - 1
    assert cell(page, total, "airings_per_day") == "1,5" and cell(page, total, "minutes_per_day") == "3,0"
    # the printed report says the same
    page.export_to("pdf", tmp_path / "bao-cao.pdf")
    text = flat(pdf_text(tmp_path / "bao-cao.pdf"))
    assert "bình quân 1,5 lượt và 3,0 phút mỗi ngày (tính trên 2 ngày đã qua của kỳ)" in text
    # a month already over: averaged over all its days, nothing said
    page.period_picker.select("last_month")
    with qtbot.waitSignal(page.report_built, timeout=15_000) as blocker:
        page.build_button.click()
    assert blocker.args[0].period.days_averaged == 30
    assert "tính trên" not in page.headline.text() and "bình quân 0,1 lượt, 0,3 phút mỗi ngày" in page.headline.text()
    page._close()


def test_a_period_not_yet_begun_shows_no_averages(qtbot, logged):
    page = open_page(qtbot, logged)
    page.period_picker.set_dates(date(2027, 1, 1), date(2027, 1, 31))
    page.baseline_picker.select("none")
    show_and_build(qtbot, page)
    assert "kỳ chưa bắt đầu, chưa có số bình quân" in page.headline.text()
    assert cell(page, page.model.rowCount() - 1, "airings_per_day") == ""
    page._close()


def test_an_airing_logged_while_the_page_is_shown_refreshes_it(qtbot, logged):
    page = open_page(qtbot, logged)
    assert show_and_build(qtbot, page).period.airings == 3
    aired(logged.db, TOPIC, "2026-12-02 09:00:00", 120)  # as playout logs it, then reports the event
    with qtbot.waitSignal(page.report_built, timeout=15_000) as blocker:
        page.refresh_soon()  # what the window connects PlayoutDriver.event_reported to
    assert blocker.args[0].period.airings == 4 and "<b>4</b> lượt" in page.headline.text()
    # nothing new: an event alone does not rebuild
    with qtbot.assertNotEmitted(page.report_built, wait=reports_page.REFRESH_DELAY_MS + 500):
        page.refresh_soon()
    page._close()


def test_an_import_while_the_page_is_hidden_shows_when_it_is_opened_again(qtbot, logged):
    page = open_page(qtbot, logged)
    show_and_build(qtbot, page)
    page.hide()
    airings.append_finished_rows(
        logged.db, [finished_row(TOPIC, datetime(2026, 12, 1, 8, 0), 240, "Sổ cũ", source="imported")]
    )
    with qtbot.waitSignal(page.report_built, timeout=15_000) as blocker:
        page.show()
    assert blocker.args[0].period.airings == 4 and blocker.args[0].period.imported_airings == 1
    page._close()


def test_a_row_written_by_another_process_while_shown_is_picked_up(qtbot, logged, monkeypatch):
    monkeypatch.setattr(reports_page, "LOG_POLL_MS", 200)
    page = open_page(qtbot, logged)
    show_and_build(qtbot, page)
    other = Database(logged.paths.database)  # a second connection, as `truyenthanh log import` would be
    try:
        airings.append_finished_rows(
            other, [finished_row(TOPIC, datetime(2026, 12, 2, 7, 0), 60, "Nhập từ dòng lệnh", source="imported")]
        )
    finally:
        other.close()
    with qtbot.waitSignal(page.report_built, timeout=15_000) as blocker:
        pass
    assert blocker.args[0].period.airings == 4
    page._close()


def test_the_chosen_period_and_baseline_are_remembered_across_restarts(qtbot, logged, preferences):
    first = open_page(qtbot, logged, preferences)
    first.period_picker.select("last_quarter")
    first.baseline_picker.select("last_year")
    first._close()
    preferences.sync()

    again = QSettings(preferences.fileName(), QSettings.Format.IniFormat)  # as the next start reads the file
    second = open_page(qtbot, logged, again)
    assert second.period_picker.choice.currentData() == "last_quarter"
    assert second.baseline_picker.choice.currentData() == "last_year"
    assert second.period_picker.period().start == date(2026, 7, 1)  # resolved again: Q3 seen on 02/12/2026
    assert second.baseline_picker.period().start == date(2025, 7, 1)
    # custom dates are kept as dates
    second.period_picker.set_dates(date(2026, 10, 5), date(2026, 10, 25))
    second.baseline_picker.set_dates(date(2026, 9, 1), date(2026, 9, 21))
    second._close()
    again.sync()

    third = open_page(qtbot, logged, QSettings(preferences.fileName(), QSettings.Format.IniFormat))
    assert third.period_picker.choice.currentData() == "custom"
    assert (third.period_picker.period().start, third.period_picker.period().end) == (
        date(2026, 10, 5),
        date(2026, 10, 25),
    )
    assert third.baseline_picker.period().end == date(2026, 9, 21)
    report = show_and_build(qtbot, third)  # and the report is built for them
    assert report.period.period.start == date(2026, 10, 5) and report.baseline.period.end == date(2026, 9, 21)
    third._close()


def test_a_remembered_choice_no_longer_offered_falls_back_to_the_default(qtbot, logged, preferences):
    preferences.setValue(reports_page.PERIOD_KEY, "custom:2026-13-01:garbage")
    preferences.setValue(reports_page.BASELINE_KEY, "a_choice_since_removed")
    page = open_page(qtbot, logged, preferences)
    assert page.period_picker.choice.currentData() == "month"
    assert page.baseline_picker.choice.currentData() == "none"
    page._close()


def test_the_window_rebuilds_the_shown_report_when_playout_logs_an_airing(qtbot, station, monkeypatch):
    """The real engine and driver on a fake clock (tests/ui/playout_fakes.py): the window's wiring, end to end."""
    from app import schedule_store
    from tests.ui.playout_fakes import PlayoutRig
    from ui.main_window import MainWindow

    day = date(2025, 3, 17)
    rig = PlayoutRig(station, datetime(2025, 3, 17, 5, 59, 50))
    monkeypatch.setattr(type(station), "now", lambda _self: rig.clock.now)
    monkeypatch.setattr(reports_page, "LOG_POLL_MS", 600_000)  # only the playout's event can rebuild in time
    segment = rig.segment("Cảnh giác cuộc gọi giả danh công an", 60)
    window_id = schedule_store.add_window(rig.db, name="Bản tin sáng", start=time(6), end=time(6, 30))
    schedule_store.add_window_item(rig.db, window_id, segment, created_at=datetime(2025, 3, 17, 5, 0))
    window = MainWindow(station, playout=rig.driver)
    qtbot.addWidget(window)
    try:
        reports = window.reports_page
        reports.period_picker.select("today")
        window.show()
        with qtbot.waitSignal(reports.report_built, timeout=15_000) as blocker:
            window.show_page("reports")
        assert blocker.args[0].period.period == Period.day(day) and blocker.args[0].period.airings == 0
        with qtbot.waitSignal(reports.report_built, timeout=15_000) as blocker:
            rig.start()
            rig.run_until(datetime(2025, 3, 17, 6, 1, 5))  # the 60 s item plays out and is logged
        assert blocker.args[0].period.airings == 1 and blocker.args[0].period.seconds == pytest.approx(60, abs=1)
        assert "<b>1</b> lượt" in reports.headline.text()
    finally:
        window.shutdown()
        rig.stop()


def test_this_month_follows_the_calendar_when_the_month_turns(qtbot, logged, monkeypatch):
    page = open_page(qtbot, logged)
    page.baseline_picker.select("previous")
    assert show_and_build(qtbot, page).period.period.start == date(2026, 12, 1)
    monkeypatch.setattr(type(logged), "now", lambda _self: datetime(2027, 1, 1, 6, 0))  # the app ran over New Year
    with qtbot.waitSignal(page.report_built, timeout=15_000) as blocker:
        page.build_button.click()
    report = blocker.args[0]
    assert report.period.period == Period(date(2027, 1, 1), date(2027, 1, 31)) and report.period.days_averaged == 1
    assert report.baseline.period == Period(date(2026, 12, 1), date(2026, 12, 31))  # Kỳ liền trước follows
    page._close()
