"""Lịch phát."""

from __future__ import annotations

from PySide6.QtWidgets import QVBoxLayout, QWidget

from app.station import Station
from ui.tasks import TaskRunner
from ui.widgets import hint, page_title


class SchedulePage(QWidget):
    def __init__(self, station: Station, runner: TaskRunner) -> None:
        super().__init__()
        self.station = station
        self.runner = runner
        layout = QVBoxLayout(self)
        layout.addWidget(page_title(self.tr("Lịch phát")))
        layout.addWidget(hint(self.tr("Khung giờ phát và các tiết mục trong từng khung giờ.")))
        layout.addStretch(1)
