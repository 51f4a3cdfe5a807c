"""A strip across the station's day: each rundown item where it is planned, coloured by what happened to it,
the quiet hours (giờ nghỉ) hatched, and a red line at the present moment, so the operator sees at a glance
where the day stands."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime, timedelta

from PySide6.QtCore import QPointF, QRectF, QSize, Qt
from PySide6.QtGui import QBrush, QColor, QFont, QPainter, QPen
from PySide6.QtWidgets import QSizePolicy, QToolTip, QWidget

from app.playout import RundownRow
from schedules.policy import NO_RULES, BroadcastRules
from ui.labels import state_label
from ui.rundown_model import STATE_COLOURS

MIN_BLOCK_PX = 4.0
QUIET_COLOUR = QColor("#b0bec5")


def hour_label_rect(x: float, text_width: float, widget_width: float) -> QRectF:
    """An hour's label under its tick, moved inside the widget at the ends (centred, 00h lost its first digit)."""
    width = text_width + 4
    left = min(max(x - width / 2, 1.0), widget_width - width - 1)
    return QRectF(left, 36, width, 16)


class DayTimeline(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.rows: tuple[RundownRow, ...] = ()
        self.now: datetime | None = None
        self.rules: BroadcastRules = NO_RULES
        self.setMinimumHeight(54)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.setMouseTracking(True)
        self.setToolTip(
            self.tr(
                "Dòng thời gian trong ngày: mỗi vạch là một tiết mục; vạch đỏ là bây giờ; vùng gạch chéo là giờ nghỉ."
            )
        )

    def sizeHint(self) -> QSize:  # noqa: N802
        return QSize(800, 54)

    def set_state(self, rows: Sequence[RundownRow], now: datetime, rules: BroadcastRules = NO_RULES) -> None:
        rows = tuple(rows)
        same_minute = self.now is not None and int(now.timestamp()) // 60 == int(self.now.timestamp()) // 60
        if rows == self.rows and rules == self.rules and same_minute:
            return  # nothing visible changed
        self.rows, self.now, self.rules = rows, now, rules
        self.update()

    def quiet_spans(self) -> list[tuple[datetime, datetime]]:
        """The quiet periods of the day shown, clipped to it."""
        if self.now is None:
            return []
        midnight = datetime.combine(self.now.date(), datetime.min.time())
        end_of_day = midnight + timedelta(days=1)
        spans = []
        for start, end in self.rules.quiet_periods(self.now.date()):
            start, end = max(start, midnight), min(end, end_of_day)
            if start < end:
                spans.append((start, end))
        return spans

    def _x(self, moment: datetime, width: float) -> float:
        midnight = (
            datetime.combine(self.now.date(), datetime.min.time())
            if self.now
            else moment.replace(hour=0, minute=0, second=0, microsecond=0)
        )
        return (moment - midnight).total_seconds() / 86400.0 * width

    def paintEvent(self, _event) -> None:  # noqa: N802
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        left, width = 8.0, self.width() - 16.0
        bar = QRectF(left, 6, width, 24)
        painter.fillRect(bar, QColor("#eceff1"))
        for quiet_start, quiet_end in self.quiet_spans():
            x0, x1 = left + self._x(quiet_start, width), left + self._x(quiet_end, width)
            band = QRectF(x0, 6, x1 - x0, 24)
            painter.fillRect(band, QUIET_COLOUR)
            painter.fillRect(band, QBrush(QColor("#78909c"), Qt.BrushStyle.BDiagPattern))
        small = QFont(self.font())
        small.setPointSize(max(7, small.pointSize() - 1))
        painter.setFont(small)
        for hour in range(0, 25):
            x = left + hour / 24.0 * width
            painter.setPen(QPen(QColor("#90a4ae"), 1))
            painter.drawLine(QPointF(x, 30), QPointF(x, 34 if hour % 3 else 38))
            if hour % 3 == 0 and hour < 24:
                painter.setPen(QColor("#455a64"))
                text = f"{hour:02d}h"
                label = hour_label_rect(x, painter.fontMetrics().horizontalAdvance(text), self.width())
                painter.drawText(label, Qt.AlignmentFlag.AlignCenter, text)
        for row in self.rows:
            start = left + self._x(row.item.planned_start, width)
            length = max(MIN_BLOCK_PX, row.item.planned_duration_s / 86400.0 * width)
            background, _text = STATE_COLOURS.get(row.state, ("#90caf9", "#000"))
            colour = QColor("#1e88e5") if background == "#ffffff" else QColor(background)
            if row.state == "completed":
                colour = QColor("#90a4ae")
            painter.fillRect(QRectF(start, 8, length, 20), colour)
        if self.now is not None:
            x = left + self._x(self.now, width)
            painter.setPen(QPen(QColor("#d50000"), 2))
            painter.drawLine(QPointF(x, 2), QPointF(x, 34))
        painter.end()

    def row_at(self, x: float) -> RundownRow | None:
        left, width = 8.0, self.width() - 16.0
        for row in self.rows:
            start = left + self._x(row.item.planned_start, width)
            length = max(MIN_BLOCK_PX, row.item.planned_duration_s / 86400.0 * width)
            if start - 2 <= x <= start + length + 2:
                return row
        return None

    def mouseMoveEvent(self, event) -> None:  # noqa: N802
        row = self.row_at(event.position().x())
        if row is not None:
            end = row.item.planned_start + timedelta(seconds=row.item.planned_duration_s)
            text = f"{row.item.planned_start:%H:%M:%S}–{end:%H:%M:%S}  {row.item.title}\n{state_label(row.state)}"
            QToolTip.showText(event.globalPosition().toPoint(), text, self)
        super().mouseMoveEvent(event)
