"""The report's charts: whole-number ticks that never repeat, week labels and topic names never cut, a legend
that fits, on the Báo cáo page and on paper (the printed charts are checked in test_report_pdf.py)."""

from __future__ import annotations

import pytest
from PySide6.QtCharts import QBarCategoryAxis, QValueAxis
from PySide6.QtCore import QSize

from ui.report import charts

MINUTE_STEPS = {1, 2, 5, 10, 15, 30, 60, 120, 180, 300, 600}


def assert_readable(scale: charts.Scale, maximum: float) -> None:
    ticks = scale.ticks
    assert all(isinstance(tick, int) for tick in ticks)
    assert len(set(ticks)) == len(ticks) >= 2  # distinct labels: never "0, 0, 1, 1"
    gaps = {b - a for a, b in zip(ticks, ticks[1:], strict=False)}
    assert gaps == {scale.step}  # evenly spaced
    assert ticks[0] == 0 and ticks[-1] >= maximum  # covering the largest bar
    assert len(ticks) - 1 <= charts.MAX_INTERVALS
    # as "%.0f" prints them: the labels a reader sees are as distinct as the values
    labels = [f"{tick:.0f}" for tick in ticks]
    assert len(set(labels)) == len(labels)


@pytest.mark.parametrize("maximum", [0, 1, 2, 3, 7, 13, 100, 0.4, 2.5, 6.6, 49, 51, 999, 12345])
def test_count_ticks(maximum):
    scale = charts.axis_scale(maximum)
    assert_readable(scale, maximum)
    assert str(scale.step)[0] in "125" and set(str(scale.step)[1:]) <= {"0"}


def test_count_ticks_by_hand():
    assert charts.axis_scale(0).ticks == [0, 1]
    assert charts.axis_scale(2).ticks == [0, 1, 2]
    assert charts.axis_scale(3).ticks == [0, 1, 2, 3]
    assert charts.axis_scale(7).ticks == [0, 2, 4, 6, 8]
    assert charts.axis_scale(13).ticks == [0, 5, 10, 15]
    assert charts.axis_scale(100).ticks == [0, 20, 40, 60, 80, 100]


@pytest.mark.parametrize(
    "maximum", [0.5 * 1.37**n for n in range(22)] + [0.5, 1, 2.5, 7.6, 45, 59, 61, 90, 240, 361, 600]
)
def test_minute_ticks_from_half_a_minute_to_ten_hours(maximum):
    scale = charts.axis_scale(maximum, minutes=True)
    assert_readable(scale, maximum)
    assert scale.step in MINUTE_STEPS


def test_minute_ticks_by_hand():
    assert charts.axis_scale(0.5, minutes=True).ticks == [0, 1]
    assert charts.axis_scale(2.4, minutes=True).ticks == [0, 1, 2, 3]
    assert charts.axis_scale(45, minutes=True).ticks == [0, 10, 20, 30, 40, 50]
    assert charts.axis_scale(61, minutes=True).ticks == [0, 15, 30, 45, 60, 75]
    assert charts.axis_scale(150, minutes=True).ticks == [0, 30, 60, 90, 120, 150]
    assert charts.axis_scale(600, minutes=True).ticks == [0, 120, 240, 360, 480, 600]


LONG = "Nghị quyết 35-NQ/TW về bảo vệ nền tảng tư tưởng của Đảng"


@pytest.mark.parametrize(
    "name",
    ["An toàn thông tin", "Văn hóa ứng xử trên mạng xã hội", LONG, "Không thuộc chủ đề (nhạc hiệu, thông báo khác)"],
)
def test_topic_names_wrap_between_words_and_keep_every_word(name):
    lines = charts.topic_lines(name)
    assert " ".join(lines) == name  # nothing cut, no ellipsis
    assert all(len(line) <= charts.TOPIC_LINE_CHARS or " " not in line for line in lines)


def test_a_long_name_is_balanced():
    assert charts.topic_lines("Văn hóa ứng xử trên mạng xã hội") == ["Văn hóa ứng xử", "trên mạng xã hội"]
    assert charts.topic_lines("An toàn thông tin") == ["An toàn thông tin"]


def sample_data(weeks: int, topics: list[str], peak: float = 2.4) -> charts.ChartData:
    names = [(name, "#c62828") for name in topics]
    return charts.ChartData(
        topics=names,
        weeks=[
            charts.ChartWeek(f"{1 + 7 * i:02d}/07", i < weeks // 2, {topics[i % len(topics)]: peak})
            for i in range(weeks)
        ],
        per_day={name: (0.3, peak / 10) for name in topics},
        has_baseline=True,
        baseline_label="Kỳ so sánh (01/07/2026 - 31/07/2026)",
        period_label="Kỳ báo cáo (01/10/2026 - 31/10/2026)",
    )


def value_axis(chart) -> QValueAxis:
    return next(axis for axis in chart.axes() if isinstance(axis, QValueAxis))


def category_axis(chart) -> QBarCategoryAxis:
    return next(axis for axis in chart.axes() if isinstance(axis, QBarCategoryAxis))


def test_value_axes_use_the_whole_number_scale(qapp):
    data = sample_data(4, ["An toàn thông tin"], peak=2.4)
    weekly_chart = charts.weekly_chart(data)
    weekly = value_axis(weekly_chart)
    assert (weekly.min(), weekly.max(), weekly.tickCount()) == (0, 3, 4)  # 0, 1, 2, 3 -- not 0, 1, 1, 2, 2
    assert weekly.tickType() == QValueAxis.TickType.TicksFixed and weekly.labelFormat() == "%.0f"
    comparison_chart = charts.comparison_chart(data)
    comparison = value_axis(comparison_chart)
    assert (comparison.min(), comparison.max(), comparison.tickCount()) == (0, 1, 2)  # 0,24 minutes a day at most


@pytest.mark.parametrize("width", [360, 520, 640, 900])
def test_no_label_is_cut_at_any_width(qapp, width):
    topics = ["Phòng chống lừa đảo qua mạng", "Văn hóa ứng xử trên mạng xã hội", LONG, "An toàn thông tin"]
    data = sample_data(14, topics)
    weekly = charts.weekly_chart(data)
    charts.render_chart(weekly, QSize(width, 300), 1.0)
    assert not category_axis(weekly).labelsTruncated()
    comparison = charts.comparison_chart(data)
    image = charts.render_chart(comparison, QSize(width, 200), 1.0)
    assert not category_axis(comparison).labelsTruncated()
    assert image.height() > 200  # grown to hold every topic's name whole


def test_the_legend_keeps_its_dates_when_they_fit_and_drops_them_when_not(qapp):
    data = sample_data(2, ["An toàn thông tin"])
    wide = charts.comparison_chart(data)
    charts.fit_chart(wide, 640, 300)
    assert [marker.label() for marker in wide.legend().markers()] == [data.baseline_label, data.period_label]
    narrow = charts.comparison_chart(data)
    charts.fit_chart(narrow, 360, 300)
    assert [marker.label() for marker in narrow.legend().markers()] == ["Kỳ so sánh", "Kỳ báo cáo"]
    assert charts._legend_fits(narrow, ["Kỳ so sánh", "Kỳ báo cáo"])
    # the bars keep their full names (exports and tests read them)
    assert narrow.series()[0].barSets()[0].label() == data.baseline_label


def test_a_year_of_weeks_labels_every_kth_week_far_enough_apart(qapp):
    from PySide6.QtGui import QFontMetricsF

    data = sample_data(106, ["An toàn thông tin"])  # a year against the year before
    chart = charts.weekly_chart(data)
    charts.render_chart(chart, QSize(640, 300), 1.0)
    axis = category_axis(chart)
    shown = [i for i, label in enumerate(axis.categories()) if label.strip("\u200b")]
    assert 2 <= len(shown) < 106 and shown[0] == 0
    assert [axis.categories()[i] for i in shown] == [data.weeks[i].label for i in shown]
    column = chart.plotArea().width() / 106
    gap = (shown[1] - shown[0]) * column
    assert gap >= QFontMetricsF(axis.labelsFont()).height() + 4  # upright labels that do not touch
    assert len(set(axis.categories())) == 106  # still one distinct category per week
