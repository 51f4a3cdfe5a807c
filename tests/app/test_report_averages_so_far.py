"""Averages over a period that has not ended are over its days so far, and the report says so (JSON, XLSX,
the printed sentences); a period already over is unchanged; one not yet begun has no averages.

By hand, the report made at 10:00 on 02/12/2026 ("Tháng này" on the 2nd):
  December so far: 01/12 06:00 120 s, 01/12 17:00 60 s, 02/12 06:00 180 s -> 3 airings, 360 s = 6 minutes;
    over 2 days: 1,5 airings and 3,0 minutes a day (not 3/31 = 0,1 and 6/31 = 0,2);
  November (over): 2 airings of 300 s -> 10 minutes over 30 days: 0,0667 airings, 0,3333 minutes a day;
  January 2027 (not begun): 0 days, no averages.
"""

from __future__ import annotations

from datetime import date, datetime

import pytest
from openpyxl import load_workbook

from app.report import Period, build_report, export_report, report_to_json
from app.report.period import days_so_far, per_day, quick_period
from app.report.wording import summary, topic_lines
from tests.ui.test_report_pdf import aired

NOW = datetime(2026, 12, 2, 10, 0, 0)
TOPIC = "An toàn thông tin"
DECEMBER = quick_period("month", NOW.date())
NOVEMBER = Period(date(2026, 11, 1), date(2026, 11, 30))
JANUARY = Period(date(2027, 1, 1), date(2027, 1, 31))


@pytest.fixture
def log(station):
    for start, seconds in (
        ("2026-12-01 06:00:00", 120),
        ("2026-12-01 17:00:00", 60),
        ("2026-12-02 06:00:00", 180),
        ("2026-11-10 06:00:00", 300),
        ("2026-11-20 06:00:00", 300),
    ):
        aired(station.db, TOPIC, start, seconds)
    return station


def test_days_so_far_by_hand():
    assert DECEMBER == Period(date(2026, 12, 1), date(2026, 12, 31))
    assert days_so_far(DECEMBER, date(2026, 12, 2)) == 2  # the 1st and today
    assert days_so_far(DECEMBER, date(2026, 12, 1)) == 1
    assert days_so_far(DECEMBER, date(2026, 12, 31)) == 31
    assert days_so_far(NOVEMBER, date(2026, 12, 2)) == 30  # over: every day
    assert days_so_far(JANUARY, date(2026, 12, 2)) == 0  # not begun
    assert per_day(3, 2) == 1.5 and per_day(3, 0) is None


def string(text) -> str:
    return "".join(getattr(part, "text", part) for part in text)


def test_a_month_on_its_second_day_averages_over_two_days(log):
    report = build_report(log.db, DECEMBER, NOVEMBER, now=NOW)
    now, base = report.period, report.baseline
    assert (now.airings, now.seconds, now.period.days, now.days_averaged) == (3, 360, 31, 2)
    assert now.so_far and now.airings_per_day == pytest.approx(1.5) and now.minutes_per_day == pytest.approx(3.0)
    assert now.averages_note == "tính trên 2 ngày đã qua của kỳ"
    row = report.topic(TOPIC)
    assert row.airings_per_day == pytest.approx(1.5) and row.minutes_per_day == pytest.approx(3.0)
    # the baseline is over: unchanged
    assert not base.so_far and base.days_averaged == 30 and base.averages_note == ""
    assert base.airings_per_day == pytest.approx(2 / 30) and base.minutes_per_day == pytest.approx(10 / 30)
    assert row.baseline_minutes_per_day == pytest.approx(10 / 30)

    data = report_to_json(report)
    assert data["period"]["days"] == 31 and data["period"]["average_days"] == 2
    assert data["period"]["averages_note"] == "tính trên 2 ngày đã qua của kỳ"
    assert data["period"]["airings_per_day"] == 1.5 and data["period"]["minutes_per_day"] == 3.0
    assert data["topics"][0]["minutes_per_day"] == 3.0
    assert data["baseline"]["average_days"] == 30 and data["baseline"]["averages_note"] is None

    text = string(summary(report))
    assert "bình quân 1,5 lượt và 3,0 phút mỗi ngày (tính trên 2 ngày đã qua của kỳ)" in text, text
    # 2 days against 30: compared per day, 1,5 against 2/30 airings (x 22,5), 3,0 against 1/3 minutes (x 9)
    assert "Hai kỳ dài ngắn khác nhau" in text, text
    assert "tần suất tăng 2.150,0% (gấp 22,5 lần), thời lượng tăng 800,0% (gấp 9,0 lần)" in text, text
    assert topic_lines(report)[0].cells[-2:] == ("1,5", "3,0")


def test_a_period_already_over_is_unchanged(log):
    report = build_report(log.db, NOVEMBER, now=NOW)
    assert report.period.days_averaged == 30 and not report.period.so_far
    assert report.period.airings_per_day == pytest.approx(2 / 30)
    assert "tính trên" not in string(summary(report))
    assert report_to_json(report)["period"]["averages_note"] is None


def test_a_period_not_yet_begun_has_no_averages(log, tmp_path):
    report = build_report(log.db, JANUARY, NOVEMBER, now=NOW)
    now = report.period
    assert now.days_averaged == 0 and now.airings_per_day is None and now.minutes_per_day is None
    assert "kỳ chưa bắt đầu, chưa có số bình quân" in string(summary(report))
    assert "Hai kỳ dài ngắn khác nhau" not in string(summary(report))
    data = report_to_json(report)
    assert data["period"]["airings_per_day"] is None and data["period"]["average_days"] == 0
    total = topic_lines(report)[-1]
    assert total.cells[-2:] == ("—", "—")
    path = export_report(report, "xlsx", tmp_path / "r.xlsx")
    sheet = load_workbook(path).worksheets[0]
    values = {row[0].value: [cell.value for cell in row[1:3]] for row in sheet.iter_rows() if row[0].value}
    assert values["Số ngày tính bình quân"] == [0, 30]
    assert values["Lượt/ngày"][0] is None and values["Lượt/ngày"][1] == pytest.approx(0.067)


def test_xlsx_says_the_days_averaged_over(log, tmp_path):
    path = export_report(build_report(log.db, DECEMBER, NOVEMBER, now=NOW), "xlsx", tmp_path / "r.xlsx")
    sheet = load_workbook(path).worksheets[0]
    values = {row[0].value: [cell.value for cell in row[1:3]] for row in sheet.iter_rows() if row[0].value}
    assert values["Số ngày"] == [31, 30]
    assert values["Số ngày tính bình quân"] == [2, 30]
    assert values["Lượt/ngày"] == [1.5, 0.067] and values["Phút/ngày"] == [3.0, 0.333]
