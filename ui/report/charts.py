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
import math
from collections.abc import Iterator
from dataclasses import dataclass, field

from PySide6.QtCharts import (
    QBarCategoryAxis,
    QBarLegendMarker,
    QBarSet,
    QChart,
    QChartView,
    QHorizontalBarSeries,
    QStackedBarSeries,
    QValueAxis,
)
from PySide6.QtCore import QCoreApplication, QLocale, QMargins, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QFont, QFontMetricsF, QImage, QPainter, QResizeEvent

from app.report import Report
from ui.formats import interface_locale

BASELINE_COLOUR = "#9e9e9e"
PERIOD_COLOUR = "#c62828"
# Chart pictures for the paper: laid out at this logical size (as on screen), painted this many times larger.
PAPER_CHART_SIZE = QSize(640, 300)
PAPER_CHART_SCALE = 3.0
# At most this many intervals on a value axis: enough to read a bar against, few enough to stay apart.
MAX_INTERVALS = 6
# Minute steps a reader counts in (a clock's quarters and halves), then whole hours.
MINUTE_STEPS = (1, 2, 5, 10, 15, 30, 60, 120, 180, 300, 600)
# Topic names on the comparison chart's axis are wrapped to lines of about this many characters.
TOPIC_LINE_CHARS = 24
# The tallest the comparison chart grows to keep every topic's name whole (logical pixels).
MAX_COMPARISON_HEIGHT = 1200
FULL_LABELS = "full_labels"  # the week axis keeps its labels here while only some are shown


@dataclass(frozen=True)
class Scale:
    """A value axis from 0 to `top` in `intervals` equal whole-number steps of `step`."""

    step: int
    intervals: int

    @property
    def top(self) -> int:
        return self.step * self.intervals

    @property
    def ticks(self) -> list[int]:
        return [self.step * i for i in range(self.intervals + 1)]


def _count_steps() -> Iterator[int]:
    """1, 2, 5, 10, 20, 50, 100..."""
    power = 1
    while True:
        for factor in (1, 2, 5):
            yield factor * power
        power *= 10


def _minute_steps() -> Iterator[int]:
    """MINUTE_STEPS, then the count steps in units of 1000 minutes (1000, 2000, 5000...)."""
    yield from MINUTE_STEPS
    for step in _count_steps():
        yield step * 1000


def axis_scale(maximum: float, *, minutes: bool = False) -> Scale:
    """Whole-number ticks from 0 covering `maximum`: the smallest step (counts: 1, 2, 5, 10...; minutes:
    1, 2, 5, 10, 15, 30, 60, 120...) that needs at most MAX_INTERVALS intervals. Every label is then a
    different whole number, so "%.0f" never prints "0, 0, 1, 1" for a small range."""
    maximum = max(float(maximum), 0.0)
    for step in _minute_steps() if minutes else _count_steps():
        intervals = max(1, math.ceil(maximum / step - 1e-9))
        if intervals <= MAX_INTERVALS:
            return Scale(step, intervals)
    raise AssertionError("unreachable: the steps grow without bound")


def _apply_scale(axis: QValueAxis, scale: Scale) -> None:
    axis.setRange(0, scale.top)
    axis.setTickType(QValueAxis.TickType.TicksFixed)
    axis.setTickCount(scale.intervals + 1)
    axis.setMinorTickCount(0)
    axis.setLabelFormat("%.0f")


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
    # per topic: (baseline minutes per day, period minutes per day); None without a baseline or before
    # a period begins (no day to average over)
    per_day: dict[str, tuple[float | None, float | None]]
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
    _apply_scale(y_axis, axis_scale(max(totals), minutes=True))
    y_axis.setTitleText(translate("ReportCharts", "phút"))
    chart.addAxis(y_axis, Qt.AlignmentFlag.AlignLeft)
    series.attachAxis(y_axis)
    _style(chart, font_family, point_size, paper)
    # QLegend cannot wrap and truncates long topic names: the legend is drawn beside the chart instead
    # (legend_html), where text wraps, in the page and on paper alike.
    chart.legend().setVisible(False)
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
    after.append([round(data.per_day.get(n, (0.0, 0.0))[1] or 0.0, 1) for n in ordered])
    after.setColor(QColor(PERIOD_COLOUR))
    series.append(after)
    chart.addSeries(series)
    y_axis = QBarCategoryAxis()
    y_axis.append([wrap_topic(n) for n in ordered] or [""])
    chart.addAxis(y_axis, Qt.AlignmentFlag.AlignLeft)
    series.attachAxis(y_axis)
    peak = max([v for pair in data.per_day.values() for v in pair if v is not None] or [0.0])
    x_axis = QValueAxis()
    _apply_scale(x_axis, axis_scale(peak * 1.15, minutes=True))  # room for the value at the bar's end
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


def topic_lines(name: str, width: int | None = None) -> list[str]:
    """A topic name over as few lines of about `width` characters as its words allow, the lines balanced,
    broken only between words (never cut, never an ellipsis): ['Văn hóa ứng xử', 'trên mạng xã hội']."""
    width = width or TOPIC_LINE_CHARS
    words = name.split()
    if not words:
        return [name]
    count = max(1, math.ceil(len(name) / width))
    while True:
        lines = _balanced(words, count)
        if all(len(line) <= width or " " not in line for line in lines) or count >= len(words):
            return lines
        count += 1


def _balanced(words: list[str], count: int) -> list[str]:
    """`words` over `count` lines (fewer if there are fewer words), each close to an equal share of characters."""
    count = min(count, len(words))
    lines: list[str] = []
    rest = words
    for remaining in range(count, 1, -1):
        total = len(" ".join(rest))
        target = total / remaining
        cut = min(range(1, len(rest) - remaining + 2), key=lambda c: abs(len(" ".join(rest[:c])) - target))
        lines.append(" ".join(rest[:cut]))
        rest = rest[cut:]
    lines.append(" ".join(rest))
    return lines


def wrap_topic(name: str) -> str:
    """The axis label of a topic (axis labels take HTML): its lines joined by <br>."""
    return "<br>".join(html.escape(line) for line in topic_lines(name))


def _lay_out(chart: QChart, width: float, height: float) -> None:
    chart.resize(width, height)
    layout = chart.layout()
    if layout is not None:
        layout.activate()


def _truncated(chart: QChart) -> bool:
    return any(axis.labelsTruncated() for axis in chart.axes())


def _legend_fits(chart: QChart, labels: list[str]) -> bool:
    """Whether a one-row legend shows `labels` whole: QLegend gives each marker an equal share of its row,
    and a marker needs its square and gaps (about 2.5 line heights) besides its text."""
    if not labels:
        return True
    metrics = QFontMetricsF(chart.legend().font())
    share = chart.legend().geometry().width() / len(labels)
    return all(metrics.horizontalAdvance(label) + 2.5 * metrics.height() <= share for label in labels)


def fit_chart(chart: QChart, width: float, height: float) -> float:
    """Make the chart readable at `width` x `height`: week labels turned upright when they would be cut,
    the legend's period dates dropped when the labels would not fit one row, and for the comparison chart
    (topic names on the vertical axis) the height grown until no name is cut. Returns the height used."""
    legend = chart.legend()
    _lay_out(chart, width, height)
    if legend.isVisible():
        markers = [marker for marker in legend.markers() if isinstance(marker, QBarLegendMarker)]
        full = [marker.barset().label() for marker in markers]
        fits = _legend_fits(chart, full)
        for marker, label in zip(markers, full, strict=True):
            marker.setLabel(label if fits else label.split(" (", 1)[0])
        _lay_out(chart, width, height)
    category = next((axis for axis in chart.axes() if isinstance(axis, QBarCategoryAxis)), None)
    if category is None:
        return height
    if category.orientation() == Qt.Orientation.Horizontal:
        _fit_week_labels(chart, category, width, height)
        return height
    while _truncated(chart) and height < MAX_COMPARISON_HEIGHT:
        height += 20
        _lay_out(chart, width, height)
    return height


def _fit_week_labels(chart: QChart, axis: QBarCategoryAxis, width: float, height: float) -> None:
    """Week labels across, else upright; when even upright they would touch (a year of weeks), only every
    k-th week keeps its label (the others get distinct invisible ones: categories must stay unique)."""
    labels = axis.property(FULL_LABELS) or axis.categories()
    axis.setProperty(FULL_LABELS, labels)
    axis.setCategories(labels)
    axis.setTruncateLabels(True)
    axis.setLabelsAngle(0)
    _lay_out(chart, width, height)
    if not axis.labelsTruncated():
        return
    axis.setLabelsAngle(-90)
    _lay_out(chart, width, height)
    if not axis.labelsTruncated():
        return
    column = chart.plotArea().width() / max(1, len(labels))
    every = max(1, math.ceil((QFontMetricsF(axis.labelsFont()).height() + 4) / max(column, 0.1)))
    axis.setCategories([label if i % every == 0 else "\u200b" * (i + 1) for i, label in enumerate(labels)])
    # Upright labels `every` columns apart do not touch; Qt's own test is stricter than that.
    axis.setTruncateLabels(False)
    _lay_out(chart, width, height)


class ReportChartView(QChartView):
    """A chart on the Báo cáo page, fitted again (fit_chart) whenever the page resizes it: the comparison
    chart asks for the height its topic names need."""

    def __init__(self, chart: QChart, minimum_height: int = 260) -> None:
        super().__init__(chart)
        self.setRenderHint(QPainter.RenderHint.Antialiasing)
        self.base_height = minimum_height
        self.setMinimumHeight(minimum_height)

    def setChart(self, chart: QChart) -> None:  # noqa: N802 (Qt naming)
        super().setChart(chart)
        self.fit()

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802 (Qt naming)
        super().resizeEvent(event)
        self.fit()

    def set_base_height(self, height: int) -> None:
        """The height the chart starts from before fitting (the comparison chart: by its number of topics)."""
        self.base_height = height
        self.fit()

    def fit(self) -> None:
        chart = self.chart()
        if chart is None or self.width() <= 0:
            return
        needed = round(fit_chart(chart, self.width(), self.base_height))
        if needed != self.minimumHeight():
            self.setMinimumHeight(needed)
        _lay_out(chart, self.width(), self.height())  # back to the size shown


def chart_view(chart: QChart) -> ReportChartView:
    return ReportChartView(chart)


def render_chart(chart: QChart, size: QSize, scale: float) -> QImage:
    """Lay the chart out at `size` (logical pixels) and paint it, as vectors, into an image `scale`
    times larger: crisp at print resolution with the same proportions as on screen."""
    view = QChartView(chart)
    view.setRenderHint(QPainter.RenderHint.Antialiasing)
    view.setFrameShape(QChartView.Shape.NoFrame)
    view.resize(size)
    height = round(fit_chart(chart, size.width(), size.height()))
    size = QSize(size.width(), height)
    view.resize(size)
    _lay_out(chart, size.width(), size.height())
    view.scene().setSceneRect(QRectF(0, 0, size.width(), size.height()))
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
