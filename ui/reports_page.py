"""Báo cáo: frequency and duration per topic for a period against a baseline, the two charts, the
targets dashboard; print preview, printing and exports (PDF, Excel, CSV, JSON).

The report is built off the GUI thread on the TaskRunner, on its own read-only connection (so the
GUI's connection, which writes the airtime log, is never shared); the charts and the PDF are drawn on
the GUI thread (QtCharts is a widget toolkit). Everything shown comes from the `Report` model.

The report follows the log: `refresh_soon` (the window connects the playout's events to it, as it does
for Nhật ký) rebuilds it shortly while the page is shown; on showing, and every few seconds while shown,
the log's stamp (app.report.queries.log_stamp) is compared with the one the report was built from, which
also catches an import from Nhật ký or from the command line. The chosen period and baseline are
remembered in this computer's preferences (the QSettings of ui/window_geometry.py): a view choice, not
station data, so a read-only station remembers too and the station's database stays the log's.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    QSettings,
    QStandardPaths,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtGui import QBrush, QColor, QFont, QGuiApplication
from PySide6.QtPrintSupport import QPrintDialog, QPrinter, QPrintPreviewDialog
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QProgressBar,
    QPushButton,
    QSizePolicy,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from app.bulletins import list_topics
from app.database import open_database_read_only
from app.directives import list_directives
from app.errors import StationError
from app.report import (
    TAMPERED_WARNING,
    Change,
    Period,
    Report,
    baseline_period,
    build_report,
    export_report,
    quick_period,
)
from app.report.model import Totals
from app.report.queries import log_stamp
from app.station import Station
from ui.errors import show_error
from ui.file_dialogs import save_file_name
from ui.formats import format_amount, format_date, format_minutes, format_number, format_percent
from ui.qt_dates import from_qdate, to_qdate
from ui.report import charts as report_charts
from ui.report.page import prepare_printer
from ui.report.printer import paint_report, render_report_pdf
from ui.targets_dashboard import TargetsDashboard
from ui.tasks import Task, TaskRunner
from ui.time_fields import DateField
from ui.widgets import hint, page_title, scroll_page

# After an airing is logged, wait this long (more events come together) before rebuilding.
REFRESH_DELAY_MS = 1500
# While the page is shown, look this often for a change another process made (a `log import`).
LOG_POLL_MS = 5000
# Keys in this computer's preferences (ui/window_geometry.window_preferences).
PERIOD_KEY = "reports/period"
BASELINE_KEY = "reports/baseline"
UP_COLOUR = "#1b5e20"
DOWN_COLOUR = "#b00020"
EXPORT_FILTERS = {
    "pdf": "PDF (*.pdf)",
    "xlsx": "Excel (*.xlsx)",
    "csv": "CSV (*.csv)",
    "json": "JSON (*.json)",
}


# ---------------------------------------------------------------- the summary table


def change_text(change: Change) -> str:
    """A change in the window's language: '+25,0%' or '+25.0%', 'mới' or 'new', '—' when both were zero."""
    if change.percent is not None:
        return format_percent(change.percent)
    if change.is_new:
        return QCoreApplication.translate("ReportTableModel", "mới")
    return change.label


class ReportTableModel(QAbstractTableModel):
    """The per-topic table and its total line, as printed. Baseline columns only with a baseline."""

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.report: Report | None = None
        self.columns: list[str] = []

    def set_report(self, report: Report | None) -> None:
        self.beginResetModel()
        self.report = report
        self.columns = ["topic", "airings"]
        if report is not None and report.baseline is not None:
            self.columns += ["baseline_airings", "airings_change"]
        self.columns.append("minutes")
        if report is not None and report.baseline is not None:
            self.columns += ["baseline_minutes", "minutes_change"]
        self.columns += ["airings_per_day", "minutes_per_day"]
        self.endResetModel()

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: N802, B008
        if parent.isValid() or self.report is None:
            return 0
        return len(self.report.topics) + 1  # the total line

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: N802, B008
        return 0 if parent.isValid() else len(self.columns)

    def headerData(  # noqa: N802
        self,
        section: int,
        orientation: Qt.Orientation,
        role: int = Qt.ItemDataRole.DisplayRole,
    ):
        if role != Qt.ItemDataRole.DisplayRole or orientation != Qt.Orientation.Horizontal:
            return None
        if not 0 <= section < len(self.columns):
            return None
        return {
            "topic": self.tr("Chủ đề"),
            "airings": self.tr("Tần suất (lượt)"),
            "baseline_airings": self.tr("Lượt kỳ so sánh"),
            "airings_change": self.tr("Thay đổi số lượt"),
            "minutes": self.tr("Thời lượng (phút)"),
            "baseline_minutes": self.tr("Phút kỳ so sánh"),
            "minutes_change": self.tr("Thay đổi số phút"),
            "airings_per_day": self.tr("Lượt/ngày"),
            "minutes_per_day": self.tr("Phút/ngày"),
        }[self.columns[section]]

    def _values(self, row: int) -> dict[str, Any]:
        """Raw values of a row (the total line last), keyed like the columns."""
        report = self.report
        assert report is not None
        if row < len(report.topics):
            topic = report.topics[row]
            return {
                "topic": topic.topic,
                "colour": topic.colour,
                "airings": topic.airings,
                "baseline_airings": topic.baseline_airings,
                "airings_change": topic.airings_change,
                "minutes": topic.seconds / 60.0,
                "baseline_minutes": topic.baseline_minutes,
                "minutes_change": topic.seconds_change,
                "airings_per_day": topic.airings_per_day,
                "minutes_per_day": topic.minutes_per_day,
            }
        total, base = report.period, report.baseline
        return {
            "topic": self.tr("Tổng cộng"),
            "colour": None,
            "airings": total.airings,
            "baseline_airings": base.airings if base else None,
            "airings_change": report.airings_change,
            "minutes": total.minutes,
            "baseline_minutes": base.minutes if base else None,
            "minutes_change": report.seconds_change,
            "airings_per_day": total.airings_per_day,
            "minutes_per_day": total.minutes_per_day,
        }

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole):
        if (
            not index.isValid()
            or self.report is None
            or not (0 <= index.row() < self.rowCount())
            or not (0 <= index.column() < len(self.columns))
        ):
            return None
        key = self.columns[index.column()]
        values = self._values(index.row())
        value = values[key]
        total_line = index.row() == len(self.report.topics)
        if role == Qt.ItemDataRole.DisplayRole:
            if key == "topic":
                return value
            if isinstance(value, Change):
                return change_text(value)
            if value is None:
                return ""
            if key in ("airings", "baseline_airings"):
                return format_number(value)
            return format_number(value, 1)
        if role == Qt.ItemDataRole.UserRole:
            return value.percent if isinstance(value, Change) else value
        if role == Qt.ItemDataRole.TextAlignmentRole and key != "topic":
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.FontRole and total_line:
            font = QFont()
            font.setBold(True)
            return font
        if role == Qt.ItemDataRole.ForegroundRole and isinstance(value, Change):
            if value.is_new or (value.percent or 0) > 0:
                return QBrush(QColor(UP_COLOUR))
            if (value.percent or 0) < 0:
                return QBrush(QColor(DOWN_COLOUR))
        if role == Qt.ItemDataRole.DecorationRole and key == "topic" and values["colour"]:
            return QColor(values["colour"])
        if role == Qt.ItemDataRole.ToolTipRole and key == "topic":
            return value
        return None


# ---------------------------------------------------------------- periods the operator picks


class PeriodPicker(QWidget):
    """A choice of period plus its two dates; editing a date switches the choice to 'tùy chọn'."""

    changed = Signal()

    def __init__(
        self, choices: list[tuple[str, str]], resolve: Callable[[str], Period | None], parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.resolve = resolve
        self.choice = QComboBox()
        for key, label in choices:
            self.choice.addItem(label, key)
        self.choice.addItem(self.tr("Tùy chọn"), "custom")
        self.start = DateField()
        self.end = DateField()
        for edit in (self.start, self.end):
            edit.setCalendarPopup(True)
            edit.setDisplayFormat("dd/MM/yyyy")
            edit.dateChanged.connect(self._dates_edited)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.choice, 1)
        layout.addWidget(QLabel(self.tr("từ")))
        layout.addWidget(self.start)
        layout.addWidget(QLabel(self.tr("đến")))
        layout.addWidget(self.end)
        self._filling = False
        self.choice.currentIndexChanged.connect(self._choice_changed)
        self._choice_changed()

    def _choice_changed(self) -> None:
        key = self.choice.currentData()
        period = self.resolve(key) if key not in ("custom", "none") else None
        self._filling = True
        if period is not None:
            self.start.setDate(to_qdate(period.start))
            self.end.setDate(to_qdate(period.end))
        self._filling = False
        enabled = key != "none"
        self.start.setEnabled(enabled)
        self.end.setEnabled(enabled)
        self.changed.emit()

    def _dates_edited(self) -> None:
        if self._filling:
            return
        custom = self.choice.findData("custom")
        if self.choice.currentIndex() != custom:
            self.choice.blockSignals(True)
            self.choice.setCurrentIndex(custom)
            self.choice.blockSignals(False)
        self.changed.emit()

    def select(self, key: str) -> None:
        self.choice.setCurrentIndex(max(0, self.choice.findData(key)))

    def set_dates(self, start: date, end: date) -> None:
        self.select("custom")
        self.start.setDate(to_qdate(start))
        self.end.setDate(to_qdate(end))

    def refresh_dates(self) -> None:
        """A named choice seen again today ("Tháng này" after the month turned): its dates follow the day."""
        key = self.choice.currentData()
        if key in ("custom", "none"):
            return
        period = self.resolve(key)
        shown = (from_qdate(self.start.date()), from_qdate(self.end.date()))
        if period is not None and (period.start, period.end) != shown:
            self._choice_changed()

    def remembered(self) -> str:
        """The choice as remembered: its key ('month', 'previous'...), or 'custom:YYYY-MM-DD:YYYY-MM-DD'."""
        key = self.choice.currentData()
        if key != "custom":
            return key
        return f"custom:{from_qdate(self.start.date()).isoformat()}:{from_qdate(self.end.date()).isoformat()}"

    def restore(self, value: str) -> bool:
        """Choose what `remembered` gave; False (nothing changed) for a choice no longer offered or bad dates."""
        key, _, dates = value.partition(":")
        if key == "custom":
            try:
                period = Period.parse(*dates.split(":"))
            except (StationError, TypeError, ValueError):
                return False
            self.set_dates(period.start, period.end)
            return True
        if self.choice.findData(key) < 0:
            return False
        self.select(key)
        return True

    def period(self) -> Period | None:
        """The chosen period, None for 'không so sánh'; InputError when the dates are reversed."""
        if self.choice.currentData() == "none":
            return None
        return Period(from_qdate(self.start.date()), from_qdate(self.end.date()))


# ---------------------------------------------------------------- the page


class ReportsPage(QWidget):
    report_built = Signal(object)  # the Report, on the GUI thread
    report_failed = Signal(object)  # the exception
    export_finished = Signal(str)  # the written file
    busy_changed = Signal(bool)

    def __init__(self, station: Station, runner: TaskRunner, preferences: QSettings | None = None) -> None:
        super().__init__()
        self.station = station
        self.runner = runner
        self.preferences = preferences  # None: remember nothing (tests, a second window)
        self._built_stamp: tuple[int, int] | None = None  # the log's stamp the shown report was built from
        self._stale = False
        self.report: Report | None = None
        self.printer: QPrinter | None = None  # kept while a preview or print dialog lives
        self.preview: QPrintPreviewDialog | None = None
        self._task: Task | None = None
        self._task_conn: Any = None
        self._exports: set[Task] = set()
        self._shown_once = False
        # The newest directive with a date: "3 months before it" is a baseline to choose.
        self.directive = next((d for d in list_directives(station.db) if d.date), None)

        body = QWidget()
        body_layout = QVBoxLayout(body)
        body_layout.addWidget(page_title(self.tr("Báo cáo")))
        body_layout.addWidget(
            hint(
                self.tr(
                    "Báo cáo tần suất (số lượt) và thời lượng (số phút) phát sóng theo chủ đề, so với một kỳ trước, "
                    "để in trình lãnh đạo ký. Chỉ tính các lượt đã phát (kể cả bị ngắt); lượt bị lỡ, lỗi, bỏ qua "
                    "được liệt kê riêng."
                )
            )
        )
        body_layout.addWidget(self._build_choices())
        body_layout.addLayout(self._build_actions())
        for widget in self._build_results():
            body_layout.addWidget(widget)
        body_layout.addWidget(self._build_charts())
        body_layout.addWidget(self._build_dashboard())
        body_layout.addStretch(1)
        scroll_page(self, body)
        self._refresh_timer = QTimer(self)
        self._refresh_timer.setSingleShot(True)
        self._refresh_timer.setInterval(REFRESH_DELAY_MS)
        self._refresh_timer.timeout.connect(self._refresh_if_visible)
        self._poll_timer = QTimer(self)
        self._poll_timer.setInterval(LOG_POLL_MS)
        self._poll_timer.timeout.connect(self._check_log)
        self._restore_choices()

    # ------------------------------------------------------------ building the page

    def _build_pickers(self) -> None:
        """The period (this month by default), the baseline, which follows it, and the topic."""
        self.period_picker = PeriodPicker(
            [
                ("today", self.tr("Hôm nay")),
                ("week", self.tr("Tuần này")),
                ("month", self.tr("Tháng này")),
                ("last_month", self.tr("Tháng trước")),
                ("quarter", self.tr("Quý này")),
                ("last_quarter", self.tr("Quý trước")),
                ("year", self.tr("Năm nay")),
            ],
            self._resolve_period,
        )
        self.period_picker.setObjectName("period_picker")
        self.period_picker.select("month")
        baseline_choices = [
            ("none", self.tr("Không so sánh")),
            ("previous", self.tr("Kỳ liền trước")),
            ("last_year", self.tr("Cùng kỳ năm trước")),
        ]
        if self.directive is not None:
            baseline_choices.append(
                (
                    "before_directive",
                    self.tr("3 tháng trước văn bản chỉ đạo số {number}").format(number=self.directive.number),
                )
            )
        self.baseline_picker = PeriodPicker(baseline_choices, self._resolve_baseline)
        self.baseline_picker.setObjectName("baseline_picker")
        self.period_picker.changed.connect(self.baseline_picker._choice_changed)
        self.topic = QComboBox()
        self.topic.setObjectName("report_topic")
        self.topic.setMinimumContentsLength(24)
        self.topic.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.reload_topics()

    def _build_run_buttons(self) -> QHBoxLayout:
        """Lập báo cáo, and Dừng with a busy bar while a report is being built."""
        self.build_button = QPushButton(self.tr("Lập báo cáo"))
        self.build_button.setObjectName("build_report")
        self.build_button.setMinimumHeight(40)
        self.build_button.setStyleSheet(
            "QPushButton { background: #1565c0; color: white; font-weight: bold; "
            "border-radius: 4px; padding: 0 18px; } "
            "QPushButton:disabled { background: #9e9e9e; }"
        )
        self.build_button.clicked.connect(self.build)
        self.cancel_button = QPushButton(self.tr("Dừng"))
        self.cancel_button.setObjectName("cancel_report")
        self.cancel_button.clicked.connect(self.cancel)
        self.cancel_button.setVisible(False)
        self.progress = QProgressBar()
        self.progress.setRange(0, 0)
        self.progress.setMaximumWidth(160)
        self.progress.setVisible(False)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.progress)
        buttons.addWidget(self.cancel_button)
        buttons.addWidget(self.build_button)
        return buttons

    def _build_choices(self) -> QGroupBox:
        self._build_pickers()
        choose = QGroupBox(self.tr("Chọn kỳ báo cáo"))
        grid = QGridLayout(choose)
        grid.addWidget(QLabel(self.tr("Kỳ báo cáo")), 0, 0)
        grid.addWidget(self.period_picker, 0, 1, 1, 3)
        grid.addWidget(QLabel(self.tr("So sánh với")), 1, 0)
        grid.addWidget(self.baseline_picker, 1, 1, 1, 3)
        grid.addWidget(QLabel(self.tr("Chủ đề")), 2, 0)
        grid.addWidget(self.topic, 2, 1)
        grid.addLayout(self._build_run_buttons(), 2, 2, 1, 2)
        grid.setColumnStretch(1, 1)
        return choose

    def _build_actions(self) -> QHBoxLayout:
        """Print and export, enabled once a report is shown."""
        self.action_buttons: dict[str, QPushButton] = {}
        actions = QHBoxLayout()
        for key, label, slot in (
            ("preview", self.tr("Xem trước khi in"), self.show_preview),
            ("print", self.tr("In"), self.print_report),
            ("pdf", self.tr("Xuất PDF"), lambda: self.ask_export("pdf")),
            ("xlsx", self.tr("Xuất Excel"), lambda: self.ask_export("xlsx")),
            ("csv", self.tr("Xuất CSV"), lambda: self.ask_export("csv")),
            ("json", self.tr("Xuất JSON"), lambda: self.ask_export("json")),
        ):
            button = QPushButton(label)
            button.setObjectName(f"report_{key}")
            button.setMinimumHeight(36)
            button.clicked.connect(slot)
            button.setEnabled(False)
            self.action_buttons[key] = button
            actions.addWidget(button)
        actions.addStretch(1)
        return actions

    def _build_results(self) -> list[QWidget]:
        """The tampered-log banner, the report's notes, the headline and the per-topic table."""
        self.banner = QLabel()
        self.banner.setObjectName("log_tampered_banner")
        self.banner.setWordWrap(True)
        self.banner.setStyleSheet(
            "QLabel { background: #fdecee; color: #b00020; border: 2px solid #b00020; "
            "padding: 8px; font-weight: bold; }"
        )
        self.banner.setVisible(False)
        self.notes = QLabel()
        self.notes.setObjectName("report_notes")
        self.notes.setWordWrap(True)
        self.notes.setStyleSheet("color: #8a6d00;")
        self.notes.setVisible(False)
        self.headline = QLabel(self.tr("Chọn kỳ báo cáo rồi bấm “Lập báo cáo”."))
        self.headline.setObjectName("report_headline")
        self.headline.setWordWrap(True)
        headline_font = QFont(self.headline.font())
        headline_font.setPointSize(headline_font.pointSize() + 2)
        self.headline.setFont(headline_font)
        self.headline.setTextFormat(Qt.TextFormat.RichText)
        self.model = ReportTableModel(self)
        self.model.set_report(None)
        self.table = QTableView()
        self.table.setObjectName("report_table")
        self.table.setModel(self.model)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.verticalHeader().setVisible(False)
        self.table.setAlternatingRowColors(True)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        return [self.banner, self.notes, self.headline, self.table]

    def _build_charts(self) -> QGroupBox:
        self.weekly_view = report_charts.chart_view(report_charts.QChart())
        self.weekly_view.setObjectName("weekly_chart")
        self.comparison_view = report_charts.chart_view(report_charts.QChart())
        self.comparison_view.setObjectName("comparison_chart")
        for view in (self.weekly_view, self.comparison_view):
            view.set_base_height(320)
            view.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.legend = QLabel()
        self.legend.setObjectName("weekly_legend")
        self.legend.setWordWrap(True)
        self.legend.setTextFormat(Qt.TextFormat.RichText)
        charts = QGridLayout()
        charts.addWidget(self.weekly_view, 0, 0)
        charts.addWidget(self.comparison_view, 0, 1)
        charts.addWidget(self.legend, 1, 0)
        self.charts_box = QGroupBox(self.tr("Biểu đồ"))
        self.charts_box.setLayout(charts)
        self.charts_box.setVisible(False)
        return self.charts_box

    def _build_dashboard(self) -> TargetsDashboard:
        self.dashboard = TargetsDashboard(self.station)
        self.dashboard.setObjectName("targets_dashboard")
        self.dashboard.targets_changed.connect(self._targets_changed)
        return self.dashboard

    # ------------------------------------------------------------ choices

    def _today(self) -> date:
        return self.station.now().date()

    def _resolve_period(self, key: str) -> Period | None:
        return quick_period(key, self._today())

    def _resolve_baseline(self, key: str) -> Period | None:
        try:
            period = self.period_picker.period()
        except StationError:
            return None
        return baseline_period(key, period, self.directive.date if self.directive is not None else None)

    def reload_topics(self) -> None:
        current = self.topic.currentData()
        self.topic.clear()
        self.topic.addItem(self.tr("Tất cả chủ đề"), None)
        for topic in list_topics(self.station.db):
            self.topic.addItem(topic.name, topic.name)
        self.topic.setCurrentIndex(max(0, self.topic.findData(current)))

    def _restore_choices(self) -> None:
        """The period and baseline chosen before the last exit; the defaults when none (or no longer offered)."""
        if self.preferences is not None:
            for picker, key in ((self.period_picker, PERIOD_KEY), (self.baseline_picker, BASELINE_KEY)):
                value = self.preferences.value(key)
                if isinstance(value, str):
                    picker.restore(value)
        self.period_picker.changed.connect(self._remember_choices)
        self.baseline_picker.changed.connect(self._remember_choices)

    def _remember_choices(self) -> None:
        if self.preferences is None:
            return
        self.preferences.setValue(PERIOD_KEY, self.period_picker.remembered())
        self.preferences.setValue(BASELINE_KEY, self.baseline_picker.remembered())

    def showEvent(self, event) -> None:  # noqa: N802 (Qt naming)
        super().showEvent(event)
        self._poll_timer.start()
        if not self._shown_once:
            self._shown_once = True
            self.build()  # this month at a glance when the page first opens
        elif self._stale or self._log_changed():
            self.build()

    def hideEvent(self, event) -> None:  # noqa: N802 (Qt naming)
        super().hideEvent(event)
        self._poll_timer.stop()

    # ------------------------------------------------------------ following the log

    def refresh_soon(self) -> None:
        """The log changed (an airing started or ended): rebuild shortly, or when the page is next shown."""
        self._stale = True
        if not self._refresh_timer.isActive():  # a burst of events: one rebuild
            self._refresh_timer.start()

    def _refresh_if_visible(self) -> None:
        if self.isVisible() and self.report is not None and self._log_changed():
            self.build()

    def _check_log(self) -> None:
        """While shown: a change made elsewhere (another process's import) rebuilds the report."""
        if self._task is None and self.report is not None and self._log_changed():
            self.build()

    def _log_changed(self) -> bool:
        return self._built_stamp is None or log_stamp(self.station.db) != self._built_stamp

    # ------------------------------------------------------------ building, off the GUI thread

    def build(self) -> None:
        self.period_picker.refresh_dates()  # the baseline follows through the picker's signal
        self.baseline_picker.refresh_dates()
        try:
            period = self.period_picker.period()
            baseline = self.baseline_picker.period()
        except StationError as error:
            show_error(self, error)
            return
        if period is None:
            return
        if self._task is not None:
            self.cancel()
        topic = self.topic.currentData()
        self._stale = False
        self._built_stamp = log_stamp(self.station.db)  # read before the build: a later row rebuilds again
        timezone = self.station.settings.timezone
        now = self.station.now()  # the page's "today" (Tháng này) is the report's: averages over the days so far
        database = self.station.paths.database
        holder: dict[str, Any] = {}

        def work(_progress, cancel: threading.Event) -> Report:
            db = open_database_read_only(database)
            holder["conn"] = db.conn
            try:
                if cancel.is_set():
                    raise _CancelledError("Đã dừng lập báo cáo.")
                return build_report(db, period, baseline, topic, timezone, now=now)
            finally:
                holder.pop("conn", None)
                db.close()

        self._task = self.runner.start(
            work, succeeded=self._built, failed=self._build_failed, finished=self._build_finished
        )
        self._task_conn = holder
        self._set_busy(True)

    def cancel(self) -> None:
        """Stop the running build: the flag for the worker, and an interrupt for SQLite mid-query."""
        task, holder = self._task, self._task_conn
        if task is None:
            return
        task.cancel()
        self._built_stamp = None  # the shown report may be older than the log: the next look rebuilds
        conn = (holder or {}).get("conn")
        if conn is not None:
            conn.interrupt()
        self._task = None
        self._set_busy(False)
        self.headline.setText(self.tr("Đã dừng lập báo cáo."))

    def _is_current(self) -> bool:
        return self._task is not None and self.sender() is self._task.signals

    def _built(self, report: Report) -> None:
        if not self._is_current():
            return  # a cancelled or superseded build
        self._build_finished()
        self.show_report(report)
        self.report_built.emit(report)

    def _build_failed(self, error: BaseException) -> None:
        if not self._is_current():
            return
        self._build_finished()
        self.headline.setText(self.tr("Không lập được báo cáo."))
        self.report_failed.emit(error)
        if isinstance(error, StationError):
            show_error(self, error)
        else:
            show_error(self, StationError(self.tr("Không lập được báo cáo: {error}").format(error=error)))

    def _build_finished(self) -> None:
        if self._is_current():
            self._task = None
            self._set_busy(False)

    def _set_busy(self, busy: bool) -> None:
        self.progress.setVisible(busy)
        self.cancel_button.setVisible(busy)
        self.build_button.setEnabled(not busy)
        self.busy_changed.emit(busy)

    def _targets_changed(self) -> None:
        if self.report is not None:
            self.build()

    def shutdown(self) -> None:
        self._refresh_timer.stop()
        self._poll_timer.stop()
        self.cancel()
        for task in list(self._exports):
            task.cancel()

    # ------------------------------------------------------------ showing

    def show_report(self, report: Report) -> None:
        self.report = report
        self.model.set_report(report)
        # Tall enough for every row: the page scrolls, not the table.
        self.table.resizeRowsToContents()
        rows = sum(self.table.rowHeight(row) for row in range(self.model.rowCount()))
        scroll_bar = self.table.horizontalScrollBar().sizeHint().height()  # the table is wider than the page
        self.table.setFixedHeight(
            rows + self.table.horizontalHeader().height() + 2 * self.table.frameWidth() + scroll_bar + 2
        )
        self.banner.setVisible(report.log_tampered)
        if report.log_tampered:
            detail = next((w for w in report.warnings if w.startswith(TAMPERED_WARNING)), TAMPERED_WARNING)
            self.banner.setText(
                self.tr("⚠ {warning}. Báo cáo in ra sẽ mang cảnh báo này.\n{detail}").format(
                    warning=self.tr("Nhật ký đã bị sửa ngoài phần mềm"), detail=detail
                )
            )
        notes = [w for w in report.warnings if not w.startswith(TAMPERED_WARNING)]
        self.notes.setVisible(bool(notes))
        self.notes.setText("\n".join(f"• {note}" for note in notes))
        self.headline.setText(self.headline_text(report))

        data = report_charts.chart_data(report)
        self._set_chart(self.weekly_view, report_charts.weekly_chart(data))
        self._set_chart(self.comparison_view, report_charts.comparison_chart(data))
        self.comparison_view.set_base_height(max(320, 90 + 46 * len(data.topics)))
        self.legend.setText(report_charts.legend_html(data))
        self.charts_box.setVisible(bool(report.topics))
        self.dashboard.reload_topics()
        self.dashboard.show_results(report.targets)
        for button in self.action_buttons.values():
            button.setEnabled(True)

    @staticmethod
    def _set_chart(view, chart) -> None:
        old = view.chart()
        view.setChart(chart)
        if old is not None:
            old.deleteLater()

    def headline_text(self, report: Report) -> str:
        now = report.period
        text = self.tr(
            "Từ {start} đến {end} ({days} ngày): <b>{airings}</b> lượt, <b>{minutes}</b> phút; {averages}."
        ).format(
            start=format_date(now.period.start),
            end=format_date(now.period.end),
            days=now.period.days,
            airings=format_number(now.airings),
            minutes=format_minutes(now.seconds),
            averages=self.averages_text(now),
        )
        if report.baseline is not None:
            base = report.baseline
            text += "<br/>" + self.tr(
                "So với {start} - {end}: {airings} lượt, {minutes} phút. Tần suất {airings_change}, "
                "thời lượng {minutes_change}."
            ).format(
                start=format_date(base.period.start),
                end=format_date(base.period.end),
                airings=format_number(base.airings),
                minutes=format_minutes(base.seconds),
                airings_change=change_text(report.airings_change) or "—",
                minutes_change=change_text(report.seconds_change) or "—",
            )
        counts = report.not_aired.counts
        text += "<br/>" + self.tr("Không phát được: bị lỡ {missed}, lỗi {failed}, bỏ qua {skipped}.").format(**counts)
        text += " " + self.tr(
            "Ngắt sớm (phát chưa đủ {share} thời lượng dự kiến, không tính): {cut_short} lượt, {seconds} giây."
        ).format(
            share=f"{format_amount(report.rule.share_percent)}%",
            cut_short=format_number(now.cut_short),
            seconds=format_number(now.cut_short_seconds),
        )
        if report.policy is not None:
            kept = report.policy
            verdict = self.tr("đã tuân thủ") if kept.kept else self.tr("chưa tuân thủ")
            text += "<br/>" + self.tr(
                "Quy định giờ phát: {verdict}; nhiều nhất {sessions} buổi phát một ngày, buổi dài nhất {longest} "
                "phút, {quiet} lượt trong giờ nghỉ."
            ).format(
                verdict=verdict,
                sessions=format_number(kept.most_sessions_per_day),
                longest=format_amount(round(kept.longest_session_minutes, 1)),
                quiet=format_number(kept.quiet_hours_airings),
            )
        return text

    def averages_text(self, totals: Totals) -> str:
        """The per-day averages, and what they are over while the period runs (Totals.days_averaged)."""
        if totals.airings_per_day is None or totals.minutes_per_day is None:
            return self.tr("kỳ chưa bắt đầu, chưa có số bình quân")
        text = self.tr("bình quân {per_day} lượt, {minutes_per_day} phút mỗi ngày").format(
            per_day=format_number(totals.airings_per_day, 1),
            minutes_per_day=format_number(totals.minutes_per_day, 1),
        )
        if totals.so_far:
            text += " " + self.tr("(tính trên {days} ngày đã qua của kỳ)").format(days=totals.days_averaged)
        return text

    # ------------------------------------------------------------ print and export

    def _new_printer(self) -> QPrinter:
        self.printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        prepare_printer(self.printer)
        if self.report is not None:
            self.printer.setDocName(f"{self.report.title} {self.report.period.period.label}")
        return self.printer

    def _paint(self, printer: QPrinter) -> None:
        if self.report is None:
            return
        QGuiApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            paint_report(self.report, printer)
        except StationError as error:
            show_error(self, error)
        finally:
            QGuiApplication.restoreOverrideCursor()

    def show_preview(self) -> QPrintPreviewDialog | None:
        """Xem trước khi in: exactly the pages the PDF and the printer get. Non-blocking (window modal)."""
        if self.report is None:
            return None
        printer = self._new_printer()
        self.preview = QPrintPreviewDialog(printer, self)
        self.preview.setWindowTitle(self.tr("Xem trước báo cáo"))
        self.preview.resize(900, 1000)
        self.preview.paintRequested.connect(self._paint)
        self.preview.finished.connect(self._preview_closed)
        self.preview.open()
        return self.preview

    def _preview_closed(self) -> None:
        if self.preview is not None:
            self.preview.deleteLater()
        self.preview = None

    def print_report(self) -> None:
        if self.report is None:
            return
        printer = self._new_printer()
        dialog = QPrintDialog(printer, self)
        dialog.setWindowTitle(self.tr("In báo cáo"))
        dialog.setOption(QPrintDialog.PrintDialogOption.PrintPageRange, True)
        if dialog.exec() == QPrintDialog.DialogCode.Accepted:
            self._paint(printer)

    def default_file_name(self, fmt: str) -> str:
        period = self.report.period.period if self.report else quick_period("month", self._today())
        return f"bao-cao-phat-song_{period.start.isoformat()}_{period.end.isoformat()}.{fmt}"

    def ask_export(self, fmt: str) -> None:
        if self.report is None:
            return
        folder = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation) or str(Path.home())
        path, _ = save_file_name(
            self, self.tr("Lưu báo cáo"), str(Path(folder) / self.default_file_name(fmt)), EXPORT_FILTERS[fmt]
        )
        if path:
            if not path.lower().endswith(f".{fmt}"):
                path += f".{fmt}"
            self.export_to(fmt, Path(path))

    def export_to(self, fmt: str, path: Path) -> None:
        """Write the shown report: PDF here (its charts need the GUI thread), the others on the runner."""
        report = self.report
        if report is None:
            return
        if fmt == "pdf":
            QGuiApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
            try:
                export_report(report, fmt, path, render_pdf=render_report_pdf)
            except StationError as error:
                show_error(self, error)
                return
            finally:
                QGuiApplication.restoreOverrideCursor()
            self._exported(str(path))
            return
        task = self.runner.start(
            lambda _progress, _cancel: str(export_report(report, fmt, path)),
            succeeded=self._exported,
            failed=self._export_failed,
            finished=self._export_task_finished,
        )
        self._exports.add(task)

    def _export_task_finished(self) -> None:
        self._exports = {task for task in self._exports if task.signals is not self.sender()}

    def _exported(self, path: str) -> None:
        self.headline.setText(
            self.headline_text(self.report) + "<br/>" + self.tr("Đã lưu: {path}").format(path=path)
            if self.report
            else path
        )
        self.export_finished.emit(path)

    def _export_failed(self, error: BaseException) -> None:
        show_error(
            self,
            error
            if isinstance(error, StationError)
            else StationError(self.tr("Không lưu được báo cáo: {error}").format(error=error)),
        )


class _CancelledError(StationError):
    """A build stopped by the operator before it started its queries."""
