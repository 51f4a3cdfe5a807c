"""The report's two charts, built once and shown two ways: in a QChartView on the Báo cáo page, and
rendered into an image at print resolution for the printed report (`render_chart_images`).

- weekly chart: minutes on air per week, stacked by topic, baseline weeks (pale) then period weeks;
- comparison chart: minutes per day per topic, baseline against period (horizontal bars, so the long
  Vietnamese topic names stay readable).

Minutes per day rather than totals in the comparison: a baseline quarter and a report month differ in
length, and officials compare intensity.
"""

from __future__ import annotations

import html
from dataclasses import dataclass, field

from PySide6.QtCharts import (
    QBarCategoryAxis,
    QBarSet,
    QChart,
    QChartView,
    QHorizontalBarSeries,
    QStackedBarSeries,
    QValueAxis,
)
from PySide6.QtCore import QCoreApplication, QLocale, QMargins, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QFont, QImage, QPainter

from app.report import Report
from ui.formats import interface_locale

BASELINE_COLOUR = "#9e9e9e"
PERIOD_COLOUR = "#c62828"
# Chart pictures for the paper: laid out at this logical size (as on screen), painted this many times larger.
PAPER_CHART_SIZE = QSize(640, 300)
PAPER_CHART_SCALE = 3.0


@dataclass(frozen=True)
class ChartWeek:
    """One week (clipped to its period) and the minutes each topic had on air in it."""

    label: str  # e.g. "07/10"
    baseline: bool
    minutes: dict[str, float] = field(default_factory=dict)


@dataclass(frozen=True)
class ChartData:
    topics: list[tuple[str, str]]  # (name, colour) in display order
    weeks: list[ChartWeek]
    # per topic: (baseline minutes per day or None without a baseline, period minutes per day)
    per_day: dict[str, tuple[float | None, float]]
    has_baseline: bool
    baseline_label: str = ""
    period_label: str = ""


def _translator(paper: bool):
    """The printed report is an official Vietnamese document: its charts are never translated."""
    return (lambda _context, text: text) if paper else QCoreApplication.translate


def chart_data(report: Report, *, paper: bool = False) -> ChartData:
    """The charts' view of a report: week buckets labelled by their first day, minutes per day."""
    translate = _translator(paper)
    years = {bucket.first_day.year for bucket in report.weekly}
    pattern = "%d/%m" if len(years) <= 1 else "%d/%m/%y"
    seen: dict[str, int] = {}
    weeks = []
    for bucket in report.weekly:
        label = bucket.first_day.strftime(pattern)
        # Category labels must be unique; a week shared by overlapping periods would collapse.
        repeat = seen.get(label, 0)
        seen[label] = repeat + 1
        weeks.append(
            ChartWeek(
                label + "\u200b" * repeat,
                bucket.which == "baseline",
                {name: bucket.minutes(name) for name in bucket.seconds},
            )
        )
    per_day = {row.topic: (row.baseline_minutes_per_day, row.minutes_per_day) for row in report.topics}
    return ChartData(
        topics=[(row.topic, row.colour) for row in report.topics],
        weeks=weeks,
        per_day=per_day,
        has_baseline=report.baseline is not None,
        baseline_label=(
            translate("ReportCharts", "Kỳ so sánh ({period})").format(period=report.baseline.period.label)
            if report.baseline is not None
            else ""
        ),
        period_label=translate("ReportCharts", "Kỳ báo cáo ({period})").format(period=report.period.period.label),
    )


def _style(chart: QChart, font_family: str | None, point_size: float, paper: bool) -> None:
    chart.setAnimationOptions(QChart.AnimationOption.NoAnimation)
    chart.setLocalizeNumbers(True)  # the paper's decimal comma (2,5); the window's language on screen
    chart.setLocale(QLocale(QLocale.Language.Vietnamese, QLocale.Country.Vietnam) if paper else interface_locale())
    chart.setBackgroundRoundness(0)
    chart.setMargins(QMargins(4, 4, 4, 4))
    chart.legend().setAlignment(Qt.AlignmentFlag.AlignBottom)
    font = QFont(font_family) if font_family else QFont()
    font.setPointSizeF(point_size)
    chart.legend().setFont(font)
    title = QFont(font)
    title.setBold(True)
    title.setPointSizeF(point_size + 1)
    chart.setTitleFont(title)
    for axis in chart.axes():
        axis.setLabelsFont(font)
        axis.setTitleFont(font)


def _lighter(colour: str) -> QColor:
    pale = QColor(colour)
    return pale.lighter(160)


def weekly_chart(
    data: ChartData, font_family: str | None = None, point_size: float = 9.0, *, paper: bool = False
) -> QChart:
    translate = _translator(paper)
    chart = QChart()
    chart.setTitle(translate("ReportCharts", "Thời lượng phát sóng theo tuần (phút)"))
    series = QStackedBarSeries()
    series.setBarWidth(0.8)
    labels = [week.label for week in data.weeks]
    for name, colour in data.topics:
        for baseline in (True, False) if data.has_baseline else (False,):
            values = [week.minutes.get(name, 0.0) if week.baseline == baseline else 0.0 for week in data.weeks]
            bar_set = QBarSet(name)
            bar_set.append([round(v, 1) for v in values])
            bar_set.setColor(_lighter(colour) if baseline else QColor(colour))
            bar_set.setBorderColor(QColor(colour).darker(130))
            series.append(bar_set)
    chart.addSeries(series)
    x_axis = QBarCategoryAxis()
    x_axis.append(labels or [""])
    x_axis.setTitleText(
        translate("ReportCharts", "Tuần bắt đầu ngày (nhạt: kỳ so sánh, đậm: kỳ báo cáo)")
        if data.has_baseline
        else translate("ReportCharts", "Tuần bắt đầu ngày")
    )
    chart.addAxis(x_axis, Qt.AlignmentFlag.AlignBottom)
    series.attachAxis(x_axis)
    totals = [sum(week.minutes.values()) for week in data.weeks] or [0.0]
    y_axis = QValueAxis()
    y_axis.setRange(0, max(max(totals), 1.0))
    y_axis.applyNiceNumbers()
    y_axis.setLabelFormat("%.0f")
    y_axis.setTitleText(translate("ReportCharts", "phút"))
    chart.addAxis(y_axis, Qt.AlignmentFlag.AlignLeft)
    series.attachAxis(y_axis)
    _style(chart, font_family, point_size, paper)
    # QLegend cannot wrap and truncates long topic names: the legend is drawn beside the chart instead
    # (legend_html), where text wraps, in the page and on paper alike.
    chart.legend().setVisible(False)
    if len(labels) > 14:  # keep week labels from overlapping: rotate them
        x_axis.setLabelsAngle(-90)
    return chart


def comparison_chart(
    data: ChartData, font_family: str | None = None, point_size: float = 9.0, *, paper: bool = False
) -> QChart:
    translate = _translator(paper)
    chart = QChart()
    chart.setTitle(translate("ReportCharts", "Thời lượng bình quân mỗi ngày theo chủ đề (phút/ngày)"))
    series = QHorizontalBarSeries()
    series.setLabelsVisible(True)
    series.setLabelsFormat("@value")
    series.setLabelsPosition(QHorizontalBarSeries.LabelsPosition.LabelsOutsideEnd)
    names = [name for name, _ in data.topics]
    # Horizontal bars draw the first category at the bottom: reverse so the table's order reads top-down.
    ordered = list(reversed(names))
    if data.has_baseline:
        before = QBarSet(data.baseline_label or translate("ReportCharts", "Kỳ so sánh"))
        before.append([round(data.per_day.get(n, (0.0, 0.0))[0] or 0.0, 1) for n in ordered])
        before.setColor(QColor(BASELINE_COLOUR))
        series.append(before)
    after = QBarSet(data.period_label or translate("ReportCharts", "Kỳ báo cáo"))
    after.append([round(data.per_day.get(n, (0.0, 0.0))[1], 1) for n in ordered])
    after.setColor(QColor(PERIOD_COLOUR))
    series.append(after)
    chart.addSeries(series)
    y_axis = QBarCategoryAxis()
    y_axis.append([_wrap(n) for n in ordered] or [""])
    chart.addAxis(y_axis, Qt.AlignmentFlag.AlignLeft)
    series.attachAxis(y_axis)
    peak = max([v for pair in data.per_day.values() for v in pair if v is not None] or [0.0])
    x_axis = QValueAxis()
    x_axis.setRange(0, max(peak * 1.15, 1.0))
    x_axis.applyNiceNumbers()
    x_axis.setLabelFormat("%.0f")
    x_axis.setTitleText(translate("ReportCharts", "phút/ngày"))
    chart.addAxis(x_axis, Qt.AlignmentFlag.AlignBottom)
    series.attachAxis(x_axis)
    _style(chart, font_family, point_size, paper)
    series.setLabelsVisible(True)
    font = QFont(font_family) if font_family else QFont()
    font.setPointSizeF(point_size - 1)
    for bar_set in series.barSets():
        bar_set.setLabelFont(font)
        bar_set.setLabelColor(QColor("#222222"))
    return chart


def legend_html(data: ChartData) -> str:
    """The weekly chart's legend: a coloured square and the topic's full name, wrapping as text does."""
    items = [
        f'<span style="color:{colour}">&#9632;</span>&nbsp;{html.escape(name).replace(" ", "&nbsp;")}'
        for name, colour in data.topics
    ]
    return "&nbsp;&nbsp;&nbsp; ".join(items)


def _wrap(name: str, width: int = 30) -> str:
    """A long topic name over balanced lines at word boundaries so the axis stays narrow (axis labels
    take HTML): 'Văn hóa ứng xử<br>trên mạng xã hội'."""
    words = name.split()
    if len(name) <= width or len(words) < 2:
        return html.escape(name)
    best = min(range(1, len(words)), key=lambda cut: abs(len(" ".join(words[:cut])) - len(" ".join(words[cut:]))))
    head, tail = " ".join(words[:best]), " ".join(words[best:])
    return f"{html.escape(head)}<br>{_wrap(tail, width)}"


def chart_view(chart: QChart) -> QChartView:
    view = QChartView(chart)
    view.setRenderHint(QPainter.RenderHint.Antialiasing)
    view.setMinimumHeight(260)
    return view


def render_chart(chart: QChart, size: QSize, scale: float) -> QImage:
    """Lay the chart out at `size` (logical pixels) and paint it, as vectors, into an image `scale`
    times larger: crisp at print resolution with the same proportions as on screen."""
    view = QChartView(chart)
    view.setRenderHint(QPainter.RenderHint.Antialiasing)
    view.setFrameShape(QChartView.Shape.NoFrame)
    view.resize(size)
    chart.resize(size.width(), size.height())
    view.scene().setSceneRect(QRectF(0, 0, size.width(), size.height()))
    chart.layout().activate() if chart.layout() else None
    image = QImage(round(size.width() * scale), round(size.height() * scale), QImage.Format.Format_RGB32)
    image.fill(QColor("white"))
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setRenderHint(QPainter.RenderHint.TextAntialiasing)
    view.scene().render(painter, QRectF(0, 0, image.width(), image.height()), QRectF(0, 0, size.width(), size.height()))
    painter.end()
    view.setChart(QChart())  # the view owns the chart it shows; hand it back to Python's lifetime rules
    return image


@dataclass(frozen=True)
class ChartImages:
    """Both charts as pictures for the paper, and the weekly chart's legend."""

    weekly: QImage
    comparison: QImage
    legend_html: str


def render_chart_images(report: Report, family: str) -> ChartImages:
    """Both charts of the page, drawn with the report's serif, as pictures for the paper.
    Uses QtCharts (QGraphicsScene), so it runs on the GUI thread."""
    data = chart_data(report, paper=True)
    return ChartImages(
        weekly=render_chart(weekly_chart(data, family, 9.0, paper=True), PAPER_CHART_SIZE, PAPER_CHART_SCALE),
        comparison=render_chart(
            comparison_chart(data, family, 9.0, paper=True),
            QSize(PAPER_CHART_SIZE.width(), max(180, 90 + 46 * len(data.topics))),
            PAPER_CHART_SCALE,
        ),
        legend_html=legend_html(data),
    )
