"""Phát sóng."""

from __future__ import annotations

from PySide6.QtWidgets import QVBoxLayout, QWidget

from app.station import Station
from ui.tasks import TaskRunner
from ui.widgets import hint, page_title


class OnAirPage(QWidget):
    def __init__(self, station: Station, runner: TaskRunner) -> None:
        super().__init__()
        self.station = station
        self.runner = runner
        layout = QVBoxLayout(self)
        layout.addWidget(page_title(self.tr("Phát sóng")))
        layout.addWidget(hint(self.tr("Danh sách phát trong ngày, tiết mục đang phát và tiết mục tiếp theo.")))
        layout.addStretch(1)
