"""The form of one broadcast window (khung giờ phát): name, hours, days of the week, campaign range, one date."""

from __future__ import annotations

from datetime import time

from PySide6.QtCore import QDate, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QDateEdit,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QWidget,
)

from app.station_time import now_local
from schedules import ALL_DAYS, Window
from ui.formats import format_duration
from ui.labels import day_name, day_short
from ui.qt_dates import from_qdate, from_qtime, to_qdate, to_qtime
from ui.time_fields import DateField, TimeField


class WindowEditor(QWidget):
    """Edits the fields of a window; `values()` gives keyword arguments for schedule_store.add_window /
    update_window. The store checks them (and says what is wrong in Vietnamese)."""

    modified = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.window_id: int | None = None
        self._loading = False
        self._modified = False
        self.name_edit = QLineEdit()
        self.name_edit.setObjectName("window_name")
        self.name_edit.setPlaceholderText(self.tr("Ví dụ: Bản tin sáng"))
        self.name_edit.setMinimumHeight(32)
        hours = self._build_hours()
        days = self._build_days()
        campaign, single = self._build_dates()
        self.active_box = QCheckBox(self.tr("Đang dùng"))
        self.active_box.setToolTip(self.tr("Bỏ chọn để tạm ngưng khung giờ này mà không xóa."))
        self.active_box.setObjectName("window_active")
        self._layout(hours, days, campaign, single)
        self._connect()
        self.load(None)

    def _build_hours(self) -> QHBoxLayout:
        self.start_edit = self._time_edit("window_start")
        self.end_edit = self._time_edit("window_end")
        hours = QHBoxLayout()
        hours.addWidget(QLabel(self.tr("Từ")))
        hours.addWidget(self.start_edit)
        hours.addWidget(QLabel(self.tr("đến")))
        hours.addWidget(self.end_edit)
        self.length_label = QLabel()
        self.length_label.setObjectName("window_length")
        self.length_label.setStyleSheet("color: #555;")
        hours.addWidget(self.length_label)
        hours.addStretch(1)
        return hours

    def _build_days(self) -> QHBoxLayout:
        self.day_boxes: dict[int, QCheckBox] = {}
        days = QHBoxLayout()
        for day in range(1, 8):
            box = QCheckBox(day_short(day))
            box.setObjectName(f"window_day_{day}")
            box.setToolTip(day_name(day))
            self.day_boxes[day] = box
            days.addWidget(box)
        self.every_day_button = QPushButton(self.tr("Cả tuần"))
        self.every_day_button.setObjectName("window_every_day")
        self.every_day_button.clicked.connect(lambda: self._set_days(ALL_DAYS))
        days.addWidget(self.every_day_button)
        days.addStretch(1)
        return days

    def _build_dates(self) -> tuple[QHBoxLayout, QHBoxLayout]:
        """A campaign's date range, or one single date."""
        today = to_qdate(now_local().date())
        self.range_box = QCheckBox(self.tr("Chỉ trong đợt tuyên truyền, từ"))
        self.range_box.setObjectName("window_use_range")
        self.from_edit = self._date_edit("window_date_from", today)
        self.to_edit = self._date_edit("window_date_to", today.addMonths(1))
        campaign = QHBoxLayout()
        campaign.addWidget(self.range_box)
        campaign.addWidget(self.from_edit)
        campaign.addWidget(QLabel(self.tr("đến")))
        campaign.addWidget(self.to_edit)
        campaign.addStretch(1)

        self.single_box = QCheckBox(self.tr("Chỉ phát một ngày:"))
        self.single_box.setObjectName("window_use_single")
        self.single_edit = self._date_edit("window_on_date", today)
        single = QHBoxLayout()
        single.addWidget(self.single_box)
        single.addWidget(self.single_edit)
        single.addStretch(1)
        return campaign, single

    def _layout(self, hours: QHBoxLayout, days: QHBoxLayout, campaign: QHBoxLayout, single: QHBoxLayout) -> None:
        form = QFormLayout(self)
        form.setContentsMargins(0, 0, 0, 0)
        form.addRow(self.tr("Tên khung giờ"), self.name_edit)
        form.addRow(self.tr("Giờ phát"), hours)
        form.addRow(self.tr("Ngày trong tuần"), days)
        form.addRow(self.tr("Đợt"), campaign)
        form.addRow(self.tr("Một ngày"), single)
        # The page puts its save button here, beside "Đang dùng".
        self.footer = QHBoxLayout()
        self.footer.addWidget(self.active_box)
        self.footer.addStretch(1)
        form.addRow("", self.footer)

    def _connect(self) -> None:
        self.name_edit.textChanged.connect(self._changed)
        for widget in (self.start_edit, self.end_edit):
            widget.timeChanged.connect(self._changed)
        for date_edit in (self.from_edit, self.to_edit, self.single_edit):
            date_edit.dateChanged.connect(self._changed)
        for box in (*self.day_boxes.values(), self.range_box, self.single_box, self.active_box):
            box.toggled.connect(self._changed)

    def _time_edit(self, name: str) -> TimeField:
        edit = TimeField()
        edit.setObjectName(name)
        edit.setDisplayFormat("HH:mm")
        edit.setMinimumHeight(32)
        edit.setMinimumWidth(80)
        return edit

    def _date_edit(self, name: str, day: QDate) -> QDateEdit:
        edit = DateField(day)
        edit.setObjectName(name)
        edit.setDisplayFormat("dd/MM/yyyy")
        edit.setCalendarPopup(True)
        edit.setMinimumHeight(30)
        return edit

    def _set_days(self, days) -> None:
        for day, box in self.day_boxes.items():
            box.setChecked(day in days)

    # Loading and reading.
    def load(self, window: Window | None) -> None:
        """Shows `window`, or the defaults of a new one (06:00-06:30 every day) for None."""
        self._loading = True
        try:
            self.window_id = window.id if window else None
            self.name_edit.setText(window.name if window else "")
            start = window.start if window else time(6, 0)
            end = window.end if window else time(6, 30)
            self.start_edit.setTime(to_qtime(start))
            self.end_edit.setTime(to_qtime(end))
            self._set_days(window.days if window else ALL_DAYS)
            has_range = bool(window and (window.date_from or window.date_to))
            self.range_box.setChecked(has_range)
            if window and window.date_from:
                self.from_edit.setDate(to_qdate(window.date_from))
            if window and window.date_to:
                self.to_edit.setDate(to_qdate(window.date_to))
            self.single_box.setChecked(bool(window and window.on_date))
            if window and window.on_date:
                self.single_edit.setDate(to_qdate(window.on_date))
            self.active_box.setChecked(window.active if window else True)
        finally:
            self._loading = False
        self._modified = False
        self._update_enabled()

    def values(self) -> dict:
        start, end = self.start_edit.time(), self.end_edit.time()
        single = self.single_box.isChecked()
        use_range = self.range_box.isChecked() and not single
        return {
            "name": self.name_edit.text(),
            "start": from_qtime(start),
            "end": from_qtime(end),
            "days": frozenset(day for day, box in self.day_boxes.items() if box.isChecked()),
            "date_from": from_qdate(self.from_edit.date()) if use_range else None,
            "date_to": from_qdate(self.to_edit.date()) if use_range else None,
            "on_date": from_qdate(self.single_edit.date()) if single else None,
            "active": self.active_box.isChecked(),
        }

    @property
    def is_modified(self) -> bool:
        return self._modified

    def mark_saved(self, window: Window) -> None:
        self.load(window)

    def _changed(self, *_args) -> None:
        self._update_enabled()
        if self._loading:
            return
        self._modified = True
        self.modified.emit()

    def _update_enabled(self) -> None:
        single = self.single_box.isChecked()
        for box in self.day_boxes.values():
            box.setEnabled(not single)
        self.every_day_button.setEnabled(not single)
        self.range_box.setEnabled(not single)
        self.from_edit.setEnabled(self.range_box.isChecked() and not single)
        self.to_edit.setEnabled(self.range_box.isChecked() and not single)
        self.single_edit.setEnabled(single)
        start, end = self.start_edit.time(), self.end_edit.time()
        minutes = (start.secsTo(end) // 60) % (24 * 60)
        if minutes == 0:
            self.length_label.setText(self.tr("(giờ bắt đầu trùng giờ kết thúc)"))
        else:
            length = format_duration(minutes * 60)
            text = self.tr("({length})").format(length=length)
            if end < start:
                text = self.tr("({length}, qua nửa đêm)").format(length=length)
            self.length_label.setText(text)
