"""Chỉ tiêu: a small dashboard of targets against what the report period actually reached, and the
editor that sets or removes a topic's target (through app.report's targets)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QModelIndex, QPersistentModelIndex, Qt, Signal
from PySide6.QtGui import QBrush, QColor, QFont
from PySide6.QtWidgets import (
    QComboBox,
    QDoubleSpinBox,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableView,
    QVBoxLayout,
)

from app.bulletins import list_topics
from app.errors import StationError
from app.labels import QT_TRANSLATE_NOOP
from app.report import METRICS, TargetResult, delete_target, list_targets, set_target
from app.station import Station
from ui.errors import show_error
from ui.formats import format_amount, format_number
from ui.table_model import HeaderedTableModel
from ui.widgets import row_table

MET_COLOUR = "#1b5e20"
SHORT_COLOUR = "#b00020"

# Source strings for the metric labels, so the editor's choices go through tr() like every string.
METRIC_CHOICES = {
    "airings_per_day": QT_TRANSLATE_NOOP("TargetsDashboard", "lượt/ngày"),
    "airings_per_week": QT_TRANSLATE_NOOP("TargetsDashboard", "lượt/tuần"),
    "minutes_per_day": QT_TRANSLATE_NOOP("TargetsDashboard", "phút/ngày"),
    "minutes_per_week": QT_TRANSLATE_NOOP("TargetsDashboard", "phút/tuần"),
}


def metric_label(metric: str) -> str:
    return QCoreApplication.translate("TargetsDashboard", METRIC_CHOICES[metric])


class TargetsTableModel(HeaderedTableModel):
    """One row per target measured over the report period."""

    TOPIC, TARGET, EXPECTED, ACTUAL, SHORTFALL, RATE, UNITS, RESULT = range(8)
    HEADERS = (
        QT_TRANSLATE_NOOP("TargetsTableModel", "Chủ đề"),
        QT_TRANSLATE_NOOP("TargetsTableModel", "Chỉ tiêu"),
        QT_TRANSLATE_NOOP("TargetsTableModel", "Yêu cầu cả kỳ"),
        QT_TRANSLATE_NOOP("TargetsTableModel", "Thực hiện"),
        QT_TRANSLATE_NOOP("TargetsTableModel", "Còn thiếu"),
        QT_TRANSLATE_NOOP("TargetsTableModel", "Tỷ lệ"),
        QT_TRANSLATE_NOOP("TargetsTableModel", "Ngày, tuần đạt"),
        QT_TRANSLATE_NOOP("TargetsTableModel", "Kết quả"),
    )
    CONTEXT = "TargetsTableModel"

    def row_count(self) -> int:
        return len(self.results)

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.results: list[TargetResult] = []

    def set_results(self, results: list[TargetResult] | tuple[TargetResult, ...]) -> None:
        self.beginResetModel()
        self.results = list(results)
        self.endResetModel()

    def _unit(self, result: TargetResult) -> str:
        return self.tr("lượt") if result.target.measure == "airings" else self.tr("phút")

    def _amount(self, result: TargetResult, value: float) -> str:
        decimals = 0 if result.target.measure == "airings" else 1
        return f"{format_number(value, decimals)} {self._unit(result)}"

    def shortfall_text(self, result: TargetResult) -> str:
        """'Đạt', or what is missing: 'Thiếu 2,5 phút'."""
        if result.met:
            return self.tr("Đạt")
        return self.tr("Thiếu {amount} {unit}").format(
            amount=format_amount(round(result.shortfall, 1)), unit=self._unit(result)
        )

    @staticmethod
    def rate(result: TargetResult) -> float:
        """Share of the period's requirement reached, 0..1 (a zero requirement counts as reached)."""
        return 1.0 if result.expected <= 0 else min(1.0, result.actual / result.expected)

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or not (0 <= index.row() < len(self.results)):
            return None
        result = self.results[index.row()]
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            if column == self.TOPIC:
                return result.target.topic
            if column == self.TARGET:
                return self.tr("Tối thiểu {amount} {unit}").format(
                    amount=format_amount(result.target.minimum), unit=metric_label(result.target.metric)
                )
            if column == self.EXPECTED:
                return self._amount(result, result.expected)
            if column == self.ACTUAL:
                return self._amount(result, result.actual)
            if column == self.SHORTFALL:
                return self._amount(result, result.shortfall) if not result.met else "—"
            if column == self.RATE:
                return f"{format_number(self.rate(result) * 100, 0)}%"
            if column == self.UNITS:
                unit = self.tr("ngày") if result.target.per == "day" else self.tr("tuần")
                return f"{result.units_met}/{result.units} {unit}"
            if column == self.RESULT:
                return self.tr("Đạt") if result.met else self.tr("Chưa đạt")
        if role == Qt.ItemDataRole.UserRole:
            return {
                self.EXPECTED: result.expected,
                self.ACTUAL: result.actual,
                self.SHORTFALL: result.shortfall,
                self.RATE: self.rate(result),
                self.RESULT: result.met,
            }.get(column)
        if role == Qt.ItemDataRole.TextAlignmentRole and column in (
            self.EXPECTED,
            self.ACTUAL,
            self.SHORTFALL,
            self.RATE,
        ):
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.ForegroundRole and column in (self.SHORTFALL, self.RESULT):
            return QBrush(QColor(MET_COLOUR if result.met else SHORT_COLOUR))
        if role == Qt.ItemDataRole.BackgroundRole and column == self.RATE:
            # Green to red by how much of the requirement was reached: a dashboard at a glance.
            rate = self.rate(result)
            return QBrush(QColor.fromHsvF(0.33 * rate, 0.35, 1.0))
        if role == Qt.ItemDataRole.FontRole and column == self.RESULT:
            font = QFont()
            font.setBold(True)
            return font
        if role == Qt.ItemDataRole.DecorationRole and column == self.TOPIC:
            return QColor(result.target.colour)
        return None


class TargetsDashboard(QGroupBox):
    """Targets vs actual for the report shown on the page, and the editor for the station's targets."""

    targets_changed = Signal()

    def __init__(self, station: Station, parent=None) -> None:
        super().__init__(parent)
        self.setTitle(self.tr("Chỉ tiêu phát sóng"))
        self.station = station
        self.model = TargetsTableModel(self)
        layout = QVBoxLayout(self)
        layout.addWidget(self._build_summary())
        layout.addWidget(self._build_empty_hint())
        layout.addWidget(self._build_table())
        layout.addLayout(self._build_editor())
        self.reload_topics()
        self.show_results([])

    def _build_table(self) -> QTableView:
        self.table = row_table("targets_table", self.model, alternating=False)
        self.table.setMinimumHeight(150)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(TargetsTableModel.TOPIC, QHeaderView.ResizeMode.Stretch)
        self.table.selectionModel().currentRowChanged.connect(self._pick_row)
        return self.table

    def _build_summary(self) -> QLabel:
        self.summary = QLabel()
        self.summary.setObjectName("targets_summary")
        self.summary.setWordWrap(True)
        return self.summary

    def _build_empty_hint(self) -> QLabel:
        self.empty_hint = QLabel(
            self.tr("Chưa đặt chỉ tiêu nào. Chọn chủ đề, loại chỉ tiêu và mức tối thiểu ở dưới rồi bấm “Lưu chỉ tiêu”.")
        )
        self.empty_hint.setObjectName("targets_empty")
        self.empty_hint.setWordWrap(True)
        self.empty_hint.setStyleSheet("color: #555;")
        return self.empty_hint

    def _build_editor(self) -> QHBoxLayout:
        """Topic, minimum, metric; save and delete (disabled on a database opened only for viewing)."""
        self.topic_choice = QComboBox()
        self.topic_choice.setObjectName("target_topic")
        self.topic_choice.setMinimumContentsLength(20)
        self.topic_choice.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.metric_choice = QComboBox()
        self.metric_choice.setObjectName("target_metric")
        for metric in METRICS:
            self.metric_choice.addItem(metric_label(metric), metric)
        self.minimum_input = QDoubleSpinBox()
        self.minimum_input.setObjectName("target_minimum")
        self.minimum_input.setRange(0, 10_000)
        self.minimum_input.setDecimals(1)
        self.minimum_input.setValue(2)
        self.save_button = QPushButton(self.tr("Lưu chỉ tiêu"))
        self.save_button.setObjectName("save_target")
        self.save_button.clicked.connect(self.save_target)
        self.delete_button = QPushButton(self.tr("Xóa chỉ tiêu"))
        self.delete_button.setObjectName("delete_target")
        self.delete_button.clicked.connect(self.delete_target)
        editor = QHBoxLayout()
        editor.addWidget(QLabel(self.tr("Chủ đề")))
        editor.addWidget(self.topic_choice, 1)
        editor.addWidget(QLabel(self.tr("tối thiểu")))
        editor.addWidget(self.minimum_input)
        editor.addWidget(self.metric_choice)
        editor.addWidget(self.save_button)
        editor.addWidget(self.delete_button)
        if getattr(self.station, "read_only", False):  # a database opened only for viewing
            for widget in (
                self.topic_choice,
                self.metric_choice,
                self.minimum_input,
                self.save_button,
                self.delete_button,
            ):
                widget.setEnabled(False)
        return editor

    def reload_topics(self) -> None:
        current = self.topic_choice.currentText()
        self.topic_choice.clear()
        for topic in list_topics(self.station.db):
            self.topic_choice.addItem(topic.name, topic.name)
        index = self.topic_choice.findData(current)
        if index >= 0:
            self.topic_choice.setCurrentIndex(index)

    def show_results(self, results) -> None:
        self.model.set_results(results)
        self.table.setVisible(bool(results))
        self.empty_hint.setVisible(not results and not list_targets(self.station.db))
        if not results:
            self.summary.setText("")
            return
        met = sum(1 for result in results if result.met)
        text = self.tr("Đạt {met}/{total} chỉ tiêu trong kỳ.").format(met=met, total=len(results))
        missing = [result for result in results if not result.met]
        if missing:
            worst = min(missing, key=TargetsTableModel.rate)
            text += " " + self.tr("Thiếu nhiều nhất: {topic} ({status}).").format(
                topic=worst.target.topic, status=self.model.shortfall_text(worst)
            )
        self.summary.setText(text)
        self.summary.setStyleSheet(f"color: {MET_COLOUR if not missing else SHORT_COLOUR}; font-weight: bold;")

    def _pick_row(self, current: QModelIndex, _previous: QModelIndex) -> None:
        if not current.isValid() or current.row() >= len(self.model.results):
            return
        target = self.model.results[current.row()].target
        self.topic_choice.setCurrentIndex(max(0, self.topic_choice.findData(target.topic)))
        self.metric_choice.setCurrentIndex(max(0, self.metric_choice.findData(target.metric)))
        self.minimum_input.setValue(target.minimum)

    def save_target(self) -> None:
        try:
            set_target(
                self.station.db,
                self.topic_choice.currentData() or "",
                self.metric_choice.currentData(),
                self.minimum_input.value(),
            )
        except StationError as error:
            show_error(self, error)
            return
        self.targets_changed.emit()

    def delete_target(self) -> None:
        try:
            delete_target(self.station.db, self.topic_choice.currentData() or "", self.metric_choice.currentData())
        except StationError as error:
            show_error(self, error)
            return
        self.targets_changed.emit()
