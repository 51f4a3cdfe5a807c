"""Nhật ký phát sóng."""

from __future__ import annotations

from PySide6.QtWidgets import QVBoxLayout, QWidget

from app.station import Station
from ui.tasks import TaskRunner
from ui.widgets import hint, page_title


class LogPage(QWidget):
    def __init__(self, station: Station, runner: TaskRunner) -> None:
        super().__init__()
        self.station = station
        self.runner = runner
        layout = QVBoxLayout(self)
        layout.addWidget(page_title(self.tr("Nhật ký phát sóng")))
        layout.addWidget(hint(self.tr("Mỗi lần phát thật được ghi lại một dòng.")))
        layout.addStretch(1)
